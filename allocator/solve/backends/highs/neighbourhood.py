"""Large-neighbourhood search on the HiGHS model: re-plan a few related people at a time.

A round frees the arcs of a small set of people, keeps the rest of the incumbent plan, and
lets HiGHS re-plan the freed part under every rule and floor of the model, as its own small
MIP (``submodel.py``; the incumbent stays feasible, so a round never loses value). The sets are related
people, so that work can move between them (Shaw 1998; Pisinger & Ropke 2010): people who
could do the same instances as a seed person, or the people who could work at one school.

Why: on the later stages of large school groups HiGHS spends its time on the bound while its
own heuristics leave the plan where the previous stage put it (100 schools, preferences:
-14,894 after 100 s against an LP bound of -12,979; 300 schools, non-core coverage: the stage
1 plan's 2,413 for 180 s against a bound of 11,223; benchmarks/results/README.md, issue 17).
A round is a small MIP HiGHS closes in tenths of a second, and a better incumbent also lets
the whole program's search stop sooner at its gap limit.

Repeatable: the sets come from a seeded generator and each round is limited by nodes, not by
the clock, so the same program and seed give the same rounds; only a round cut by the
deadline makes the search depend on the machine (``SearchOutcome.ended_by_clock``).
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np

from allocator.compile.program import Stage
from allocator.solve.backends.base import ProgramPlan

if TYPE_CHECKING:
    from allocator.solve.backends.highs.model import HighsProgram

# arcs a round frees (all arcs of the people chosen), at most a third of the program. 40
# schools, preferences, from -5,741: 80 rounds of 700 arcs reached -5,359 in 18 s, 40 of
# 1,500 -5,340 in 26 s, 30 of 3,000 -5,340 in 20 s (exploratory runs, issue 17, when a round
# was the whole model with the rest fixed by bounds: 0.28 s a round on 100 schools, now 0.17 s)
FREE_ARCS = 700
# branch-and-bound nodes per round: a deterministic limit (rounds rarely need more)
ROUND_NODES = 200
ROUND_GAP = 1e-4


@dataclass
class SearchOutcome:
    """What the rounds achieved."""

    plan: ProgramPlan
    objective: float
    rounds: int
    improved: int
    seconds: float
    ended_by_clock: bool


class NeighbourhoodSearch:
    """Rounds of re-planning related people on one :class:`HighsProgram`."""

    def __init__(self, mip: HighsProgram, seed: int = 0, free_arcs: int = FREE_ARCS) -> None:
        self.mip = mip
        program = mip.program
        self.program = program
        self.rng = np.random.default_rng(seed)
        self.free_arcs = max(1, min(free_arcs, program.n_arcs // 3))
        self.arcs_of_person = program.arcs_of_person()
        self.arcs_of_instance = program.arcs_of_instance()
        sites = program.arc_site
        self.people_at_site: list[np.ndarray] = []
        if sites is not None and (sites >= 0).any():
            self.people_at_site = [np.unique(program.arc_person[sites == site])
                                   for site in range(int(sites.max()) + 1)]

    def related_people(self) -> np.ndarray:
        """A seed person and the people who share most candidate instances with them."""
        program = self.program
        seed = int(self.rng.integers(program.n_people))
        instances = program.arc_instance[self.arcs_of_person[seed]]
        shared = np.bincount(program.arc_person[np.concatenate(
            [self.arcs_of_instance[i] for i in instances])] if len(instances) else
            np.zeros(0, dtype=np.int64), minlength=program.n_people).astype(float)
        # ties broken at random, so rounds from the same seed person differ
        shared += self.rng.random(program.n_people) * 0.5
        shared[seed] = np.inf
        return self._fill(np.argsort(-shared, kind="stable"), shared > 0.5)

    def school_people(self) -> np.ndarray:
        """The people who could work at a few schools, school by school in random order."""
        chosen: list[int] = []
        seen: set[int] = set()
        arcs = 0
        for site in self.rng.permutation(len(self.people_at_site)):
            for person in self.people_at_site[int(site)]:
                if int(person) not in seen:
                    seen.add(int(person))
                    chosen.append(int(person))
                    arcs += len(self.arcs_of_person[person])
            if arcs >= self.free_arcs:
                break
        return np.array(chosen, dtype=np.int64)

    def _fill(self, order: np.ndarray, eligible: np.ndarray) -> np.ndarray:
        chosen: list[int] = []
        arcs = 0
        for person in order:
            if not eligible[person] or arcs >= self.free_arcs:
                break
            chosen.append(int(person))
            arcs += len(self.arcs_of_person[person])
        return np.array(chosen, dtype=np.int64)

    def people(self, round_number: int) -> np.ndarray:
        """The people a round frees: related people and schools' people in turn."""
        if self.people_at_site and round_number % 2:
            return self.school_people()
        return self.related_people()

    def run(self, stage: Stage, plan: ProgramPlan, objective: float, rounds: int,
            patience: int, deadline: float) -> SearchOutcome:
        """Up to ``rounds`` rounds from ``plan``.

        Stops early after ``patience`` rounds in a row without a better plan, or at
        ``deadline`` (a ``time.perf_counter()`` value).
        """
        began = time.perf_counter()
        done = improved = idle = 0
        ended_by_clock = False
        while done < rounds and idle < patience:
            left = deadline - time.perf_counter()
            if left <= 0 or self.mip.stop_requested:
                ended_by_clock = left <= 0
                break
            free = np.zeros(self.program.n_arcs, dtype=bool)
            for person in self.people(done):
                free[self.arcs_of_person[person]] = True
            result, ended_by_clock = self.mip.solve_round(stage, left, plan, ROUND_GAP,
                                                          ROUND_NODES, np.flatnonzero(~free))
            done += 1
            if result.plan is not None and result.objective > objective:
                plan, objective = result.plan, result.objective
                improved += 1
                idle = 0
            else:
                idle += 1
            if ended_by_clock:
                break
        return SearchOutcome(plan, objective, done, improved,
                             time.perf_counter() - began, ended_by_clock)
