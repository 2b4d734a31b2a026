"""Large-neighbourhood search for plain assignments (GAP shape, ``assignment.py``).

A round frees part of the plan and re-solves it exactly as a small CP-SAT model, the rest of
the plan fixed: either a few people and every instance they hold (work moves between them),
or a few instances and every person (each may move to anyone with room). A round keeps its
plan only when it is better, so the search never loses value.

Why: on Yagiura's type D instances the kernel's search is still open when its time ends, and
the type's Lagrangian dual is too weak for the targets to help. From the engine's plan at 60 s,
rounds of four people or thirty instances took d40400 from 24,527 to 24,477 (best known
24,356) in 2.3 s and d20100 from 6,243 to 6,223 (optimum 6,185) in 9 s; started from
CP-SAT's first plan instead of the kernel's, they reached only 12,305 on d20200 in 45 s against
the kernel's 12,294, so they polish the kernel's plan rather than replace the kernel.

Repeatable up to the clock: the rounds come from a seeded generator and each round is limited
by CP-SAT's deterministic work, so only the number of rounds depends on the machine.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np
from ortools.sat.python import cp_model

from allocator.compile.program import AllocationProgram, Stage

PEOPLE_PER_ROUND = 4
INSTANCES_PER_ROUND = 30
# CP-SAT's deterministic work per round: most rounds are proven in far less
ROUND_WORK = 1.0
# rounds in a row without a better plan before the search leaves the rest of its time to
# HiGHS (d20200: 9 better plans in 412 rounds, at most about 100 rounds apart)
PATIENCE = 150


@dataclass
class SearchResult:
    """The best plan the rounds found (a mask over the arcs) and what it took."""

    arcs: np.ndarray
    objective: float
    rounds: int
    improved: int


class AssignmentSearch:
    """Rounds of re-solving part of a plain assignment's plan."""

    def __init__(self, program: AllocationProgram, stage: Stage, seed: int = 0) -> None:
        assert stage.arc_weight is not None
        self.person = program.arc_person.astype(np.int64)
        self.instance = program.arc_instance.astype(np.int64)
        self.units = program.arc_units.astype(np.int64)
        self.weight = stage.arc_weight.astype(np.int64)
        self.capacity = program.bucket_capacity[:, 0].astype(np.int64)
        self.people, self.instances = program.n_people, program.n_instances
        # the arc of (person, instance), -1 where there is none
        self.arc_of = np.full((self.people, self.instances), -1, dtype=np.int64)
        self.arc_of[self.person, self.instance] = np.arange(program.n_arcs)
        self.rng = np.random.default_rng(seed)

    def run(self, plan: np.ndarray, deadline: float, stopped: Callable[[], bool],
            patience: int = PATIENCE) -> SearchResult:
        """Rounds from ``plan`` (a mask over the arcs, one arc per instance).

        Until ``deadline``, or ``patience`` rounds in a row without a better plan.
        """
        chosen = np.full(self.instances, -1, dtype=np.int64)  # the arc of each instance
        used = np.flatnonzero(plan)
        chosen[self.instance[used]] = used
        objective = int(self.weight[used].sum())
        rounds = improved = idle = 0
        while time.perf_counter() < deadline and idle < patience and not stopped():
            instances = self._instances(chosen, rounds)
            rounds += 1
            better = self._round(chosen, instances, deadline)
            gain = 0 if better is None else int(self.weight[better].sum()
                                                - self.weight[chosen[instances]].sum())
            if better is not None and gain > 0:
                chosen[instances] = better
                objective += gain
                improved += 1
                idle = 0
            else:
                idle += 1
        arcs = np.zeros(len(self.person), dtype=bool)
        arcs[chosen] = True
        return SearchResult(arcs, float(objective), rounds, improved)

    def _instances(self, chosen: np.ndarray, round_number: int) -> np.ndarray:
        """The instances a round frees: a few people's, or a few at random, in turn."""
        if round_number % 2 == 0:
            people = self.rng.choice(self.people, size=min(PEOPLE_PER_ROUND, self.people),
                                     replace=False)
            return np.flatnonzero(np.isin(self.person[chosen], people))
        return np.sort(self.rng.choice(self.instances,
                                       size=min(INSTANCES_PER_ROUND, self.instances),
                                       replace=False))

    def _round(self, chosen: np.ndarray, instances: np.ndarray,
               deadline: float) -> np.ndarray | None:
        """The best arcs for ``instances`` with the rest of the plan fixed (None: none better)."""
        if not len(instances):
            return None
        held = np.bincount(self.person[chosen], weights=self.units[chosen],
                           minlength=self.people).astype(np.int64)
        freed = chosen[instances]
        room = self.capacity - held
        np.add.at(room, self.person[freed], self.units[freed])
        candidates = self.arc_of[:, instances].T  # instances x people
        fits = (candidates >= 0) & (self.units[np.maximum(candidates, 0)] <= room[None, :])
        model = cp_model.CpModel()
        choice: dict[int, cp_model.IntVar] = {}
        load: dict[int, list[tuple[int, cp_model.IntVar]]] = {}
        for row in range(len(instances)):
            arcs = candidates[row][fits[row]].tolist()
            variables = [model.new_bool_var("") for _ in arcs]
            model.add_exactly_one(variables)
            for arc, variable in zip(arcs, variables, strict=True):
                choice[arc] = variable
                load.setdefault(int(self.person[arc]), []).append((int(self.units[arc]),
                                                                   variable))
        for person, terms in load.items():
            model.add(sum(units * variable for units, variable in terms) <= int(room[person]))
        model.maximize(sum(int(self.weight[a]) * v for a, v in choice.items()))
        for arc in freed.tolist():
            model.add_hint(choice[arc], True)
        solver = cp_model.CpSolver()
        solver.parameters.num_workers = 1
        solver.parameters.max_deterministic_time = ROUND_WORK
        solver.parameters.max_time_in_seconds = max(0.01, deadline - time.perf_counter())
        status = solver.solve(model)
        if status not in (cp_model.OPTIMAL, cp_model.FEASIBLE):
            return None
        picked = {self.instance[a]: a for a, v in choice.items() if solver.boolean_value(v)}
        return np.array([picked[i] for i in instances.tolist()], dtype=np.int64)
