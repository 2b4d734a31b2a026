"""Solver settings and their defaults: one set, shared by the CLI, the web app, scenarios and
benchmarks."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

DEFAULT_TIME_LIMIT = 120.0  # seconds for the whole command
# CP-SAT's portfolio: 8 workers interleaved on 2 cores prove stage 2 on 20-40 school groups in
# seconds where 2 workers did not within 40 s (benchmarks/results/groups.md)
DEFAULT_WORKERS = 8
DEFAULT_SEED = 0
DEFAULT_BACKEND = "auto"
BACKENDS = ("auto", "cpsat", "highs")
# deterministic mode: the wall clock may exceed the deterministic limit by this factor (a
# loaded machine runs slower), generous so that the work, not the load, ends each stage
DETERMINISTIC_WALL_FACTOR = 10.0

BackendName = Literal["auto", "cpsat", "highs"]


@dataclass(frozen=True)
class SolveOptions:
    """How to solve.

    Parameters
    ----------
    time_limit
        Seconds for the whole command. With ``workers == 1`` the limit counts CP-SAT's
        deterministic time instead, so the same input, seed and limit give the same plan on
        every run (the wall clock is capped at ``DETERMINISTIC_WALL_FACTOR`` times the limit).
    workers
        CP-SAT search workers; 0 lets CP-SAT pick (one per core).
    seed
        CP-SAT's random seed.
    log_search
        CP-SAT's search log (to stderr).
    backend
        ``auto``: CP-SAT, and HiGHS closes exact stages CP-SAT leaves open; ``cpsat``: CP-SAT
        alone; ``highs``: the whole program as a MIP in HiGHS.
    """

    time_limit: float = DEFAULT_TIME_LIMIT
    workers: int = DEFAULT_WORKERS
    seed: int = DEFAULT_SEED
    log_search: bool = False
    backend: BackendName = "auto"

    @property
    def deterministic(self) -> bool:
        """One CP-SAT worker and a deterministic-time limit: repeatable plans."""
        return self.workers == 1
