"""Solver settings and their defaults.

One set, shared by the CLI, the web app, scenarios and benchmarks.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

DEFAULT_TIME_LIMIT = 120.0  # wall-clock seconds for the whole command
# repeatable by default: one CP-SAT worker under a deterministic work budget gives the same
# plan on every run. CP-SAT's parallel portfolio (workers > 1) is not deterministic, and its
# deterministic variant (interleave_search) was measured 35x slower on group S
# (benchmarks/results/README.md, "Repeatable by default").
DEFAULT_WORKERS = 1
# the default work budget (CP-SAT deterministic time, summed over the stages) per second of
# the wall-clock limit: CP-SAT counted 0.1-0.2 units per wall second on this 2-core machine
# under a load of 12-24, so a budget this size is used up before the wall clock in most runs,
# while an idle machine (~1 unit a second) leaves the rest of the limit for reading and writing
WORK_PER_SECOND = 0.25
DEFAULT_SEED = 0
DEFAULT_BACKEND = "auto"
BACKENDS = ("auto", "cpsat", "highs")

BackendName = Literal["auto", "cpsat", "highs"]


@dataclass(frozen=True)
class SolveOptions:
    """How to solve.

    Parameters
    ----------
    time_limit
        Wall-clock seconds for the whole command: a cap, never exceeded by the search.
    work_limit
        With ``workers == 1``: the deterministic work budget (CP-SAT deterministic time, all
        stages together; default ``WORK_PER_SECOND * time_limit``). A plan whose every stage
        ends by proof, by its gap limit or by this budget, before the wall-clock cap, is
        repeatable: the same input, options and machine give the same plan, also under load.
    workers
        CP-SAT search workers; 0 lets CP-SAT pick (one per core). More than one worker runs
        CP-SAT's parallel portfolio on wall-clock limits: faster on some groups, never
        repeatable.
    seed
        CP-SAT's random seed.
    log_search
        CP-SAT's search log (to stderr).
    backend
        ``auto``: CP-SAT, and HiGHS closes exact stages CP-SAT leaves open; ``cpsat``: CP-SAT
        alone; ``highs``: the whole program as a MIP in HiGHS.
    last_stage_work
        At most this much for the last stage (the preferences, stage 3) instead of all the
        budget the earlier stages left: deterministic work with one worker, seconds
        otherwise. ``None``: all of it. For runs that report stages 1 and 2 (coverage) and
        spend most of their time on stage 3 otherwise (the Flanders snapshot); the last
        stage's gap then says how far from its optimum it ended.
    """

    time_limit: float = DEFAULT_TIME_LIMIT
    work_limit: float | None = None
    workers: int = DEFAULT_WORKERS
    seed: int = DEFAULT_SEED
    log_search: bool = False
    backend: BackendName = "auto"
    last_stage_work: float | None = None

    @property
    def deterministic(self) -> bool:
        """One CP-SAT worker and a deterministic work budget: repeatable plans."""
        return self.workers == 1 and self.backend != "highs"

    @property
    def work(self) -> float:
        """The deterministic work budget of the whole solve."""
        return (self.work_limit if self.work_limit is not None
                else WORK_PER_SECOND * self.time_limit)
