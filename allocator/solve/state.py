"""What a (partial) solution leaves: hours left per bucket, arcs in use, instances per person.

Shared by the greedy baseline (which grows it arc by arc), the rule families (which say from
it whether one more arc would break their rule) and the explain layer (which reads it).
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from allocator.compile.program import AllocationProgram, InstanceKind


@dataclass
class PlanState:
    """A plan's use of the program's capacity.

    Attributes
    ----------
    left
        ``(n_people, n_sources)`` half-hours not yet used.
    used
        ``(n_arcs,)`` the arc carries hours.
    task_count
        ``(n_people,)`` instances each person works on.
    switches
        ``(n_switches,)`` the pooling decisions of 'kies' schools when they are taken (the
        greedy baseline fixes them before it assigns anything); ``None``: not known.
    units
        ``(n_arcs, n_sources)`` half-hours on each arc from each source (the plan itself).
    demand
        ``(n_instances,)`` half-hours each instance needs under ``switches`` (a bundle's
        hours follow its members' decisions); ``None`` when the decisions are not known.
    cap_room
        ``(n_caps,)`` half-hours each hours cap (pool budget, envelopes) may still pay under
        ``switches``; ``None`` when the decisions are not known.
    """

    left: np.ndarray
    used: np.ndarray
    task_count: np.ndarray
    switches: np.ndarray | None = None
    units: np.ndarray | None = None
    demand: np.ndarray | None = None
    cap_room: np.ndarray | None = None
    # the caps each (person, source) bucket draws on, indices into program.caps
    cap_buckets: dict[tuple[int, int], list[int]] = field(default_factory=dict)

    @classmethod
    def empty(cls, program: AllocationProgram,
              switches: np.ndarray | None = None) -> PlanState:
        """Nothing assigned yet (with the pooling decisions ``switches``, when taken)."""
        decided = None if switches is None else np.asarray(switches, dtype=bool)
        demand = room = None
        if decided is not None:
            demand = program.instance_units.astype(np.int64).copy()
            for item in program.bundle_demands:
                demand[item.bundle] = program.demand_of(item.bundle, decided)
            room = np.array([cap.base_units + sum(units for k, units in cap.switch_units
                                                  if decided[k]) for cap in program.caps],
                            dtype=np.int64)
        buckets: dict[tuple[int, int], list[int]] = {}
        for c, cap in enumerate(program.caps):
            for person in cap.people:
                buckets.setdefault((int(person), int(cap.source)), []).append(c)
        return cls(left=program.bucket_capacity.astype(np.int64).copy(),
                   used=np.zeros(program.n_arcs, dtype=bool),
                   task_count=np.zeros(program.n_people, dtype=np.int64),
                   switches=decided,
                   units=np.zeros((program.n_arcs, len(program.source_names)), dtype=np.int64),
                   demand=demand, cap_room=room, cap_buckets=buckets)

    def eligible_left(self, program: AllocationProgram, arc: int) -> int:
        """Half-hours left in the buckets that may pay for ``arc``."""
        # plain Python over the few sources: numpy's per-call overhead made this the largest
        # cost of explaining a quick plan (50,000 calls on 300 schools)
        left = self.left[program.arc_person[arc]].tolist()
        return sum(max(0, units) for units, may in
                   zip(left, program.arc_sources[arc].tolist(), strict=True) if may)

    def at_task_limit(self, program: AllocationProgram, person: int) -> bool:
        """The person works on ``max_tasks`` instances already.

        Also for people with no arc yet (e.g. who would need training first), which the max_tasks
        family cannot answer: it needs an arc.
        """
        limit = program.person_max_tasks[person]
        return bool(0 <= limit <= self.task_count[person])

    def take(self, program: AllocationProgram, arc: int, source: int, units: int) -> None:
        """Record ``units`` half-hours on ``arc`` paid from ``source``."""
        person = int(program.arc_person[arc])
        self.left[person, source] -= units
        if self.units is not None:
            self.units[arc, source] += units
        if self.cap_room is not None:
            for c in self.cap_buckets.get((person, source), ()):
                self.cap_room[c] -= units
        if not self.used[arc]:
            self.used[arc] = True
            # travel lines are no tasks (one arc's kind: the whole mask per take cost 0.3 s
            # over the greedy's 7,000 takes on 300 schools)
            if int(program.instance_kind[program.arc_instance[arc]]) != InstanceKind.travel:
                self.task_count[person] += 1


def plan_state(program: AllocationProgram, arc_source_units: np.ndarray) -> PlanState:
    """The state a finished plan (half-hours per arc and source) leaves."""
    spent = np.zeros_like(program.bucket_capacity)
    np.add.at(spent, program.arc_person, arc_source_units)
    used = arc_source_units.sum(axis=1) > 0
    tasks = used & program.task_arc_mask()  # travel lines are no tasks
    return PlanState(left=program.bucket_capacity - spent, used=used,
                     task_count=np.bincount(program.arc_person[tasks],
                                            minlength=program.n_people),
                     units=arc_source_units)


def schools_per_person(program: AllocationProgram, state: PlanState) -> list[set[int]]:
    """Per person, the schools (sites) of the school-scope work they carry in ``state``."""
    schools: list[set[int]] = [set() for _ in range(program.n_people)]
    if program.arc_site is None:
        return schools
    for a in np.flatnonzero(state.used & (program.arc_site >= 0)).tolist():
        schools[int(program.arc_person[a])].add(int(program.arc_site[a]))
    return schools
