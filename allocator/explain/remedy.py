"""What it would take to cover an uncovered instance: the least extra hours, whose, which source.

Two kinds of remedy, computed from the plan (not guessed):

- ``extra_hours``: existing candidates (competent, allowed, with a source that may pay) take
  their hours left plus ``extra`` more on the named source; the cheapest such combination of at
  most ``max_people`` candidates is chosen. Everything else in the plan stays as it is.
- ``new_person``: nobody may do it today; a new person at the named site with at least the
  task's levels and the instance's hours would.

Sources are preferred in the order ICT, other, BPT (BPT comes out of lessons).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from allocator.compile.program import AllocationProgram, InstanceKind, ProgramSolution
from allocator.solve.registry import blocking_rule
from allocator.solve.state import PlanState, plan_state
from models import CENTRAL, COMPETENCIES, Placement, Problem, Scope

SOURCE_PREFERENCE = ("ict", "other", "bpt")


@dataclass(frozen=True)
class Remedy:
    """What would cover an uncovered instance: extra hours of candidates, or a new person."""

    kind: str  # extra_hours | new_person
    extra_hours: float
    source: str
    site: str
    people: list[dict] = field(default_factory=list)  # person, hours they would do
    levels: dict[str, int] = field(default_factory=dict)

    def to_dict(self) -> dict:
        """The remedy as JSON-ready data."""
        return {"kind": self.kind, "extra_hours": self.extra_hours, "source": self.source,
                "site": self.site, "people": self.people, "levels": self.levels}


def _site_for(problem: Problem, task_id: str, school_id: str | None) -> str:
    task = problem.task_by_id()[task_id]
    if school_id is None or task.scope is Scope.group:
        return CENTRAL
    school = problem.school_by_id()[school_id]
    if school.pools and task.placement is not Placement.local:
        return CENTRAL if task.placement is Placement.central else school_id
    return school_id


def remedies(problem: Problem, program: AllocationProgram, solution: ProgramSolution,
             instances: list[int]) -> dict[int, Remedy]:
    """The cheapest remedy for each of ``instances`` that has one (see the module docstring)."""
    if solution.switches is not None and program.n_switches:  # 'kies' schools as decided
        problem = problem.with_pooling(dict(zip(program.switch_names,
                                                map(bool, solution.switches), strict=True)))
    state = plan_state(program, solution.arc_source_units)
    arcs_of = program.arcs_of_instance()
    tasks = problem.task_by_id()
    result: dict[int, Remedy] = {}
    for i in instances:
        arcs = [a for a in arcs_of[i]
                if blocking_rule(program, state, int(a)) is None]
        task = tasks[program.instance_task[i]]
        if not arcs:
            school = program.instance_school[i]
            site = CENTRAL if int(program.instance_kind[i]) == InstanceKind.bundle else \
                _site_for(problem, task.id, school)
            result[i] = Remedy("new_person", program.instance_units[i] / 2, "ict", site,
                               levels={c: task.min_level(c) for c in COMPETENCIES})
            continue
        result[i] = _extra_hours(program, i, arcs, state)
    return result


def _extra_hours(program: AllocationProgram, i: int, arcs: list[int],
                 state: PlanState) -> Remedy:
    def eligible_left(a: int) -> int:
        return state.eligible_left(program, a)

    def best_source(a: int) -> int:
        for name in SOURCE_PREFERENCE:
            s = program.source_names.index(name)
            if program.arc_sources[a, s]:
                return s
        raise AssertionError("an arc always has a source")

    max_people = int(program.instance_max_people[i])
    ranked = sorted(arcs, key=lambda a: (-eligible_left(a), program.person_ids[
        program.arc_person[a]]))
    if max_people == 1:
        a = min(arcs, key=lambda a: (max(1, int(program.arc_units[a]) - eligible_left(a)),
                                     program.person_ids[program.arc_person[a]]))
        extra = max(1, int(program.arc_units[a]) - eligible_left(a))
        chosen = [(a, int(program.arc_units[a]))]
    else:
        team = [a for a in ranked[:max_people] if eligible_left(a) > 0] or ranked[:1]
        units = int(program.instance_units[i])
        have = sum(eligible_left(a) for a in team)
        extra = max(1, units - have)
        shares = [min(eligible_left(a), units) for a in team]
        shares[0] += extra
        # never more than the instance needs, and every share at least half an hour
        surplus = sum(shares) - units
        for k in range(len(shares) - 1, -1, -1):
            cut = min(surplus, shares[k] - 1 if k == 0 else shares[k])
            shares[k] -= cut
            surplus -= cut
        chosen = [(a, s) for a, s in zip(team, shares, strict=True) if s > 0]
    first = chosen[0][0]
    site = program.instance_school[i] or CENTRAL
    return Remedy("extra_hours", extra / 2, program.source_names[best_source(first)], site,
                  people=[{"person": program.person_ids[int(program.arc_person[a])],
                           "hours": s / 2, "extra": extra / 2 if a == first else 0.0}
                          for a, s in chosen])
