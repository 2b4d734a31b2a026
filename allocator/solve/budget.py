"""One time budget for a whole command: reading, compiling, every stage and writing.

Created when the command starts and handed down, so no layer trims the limit on its own.
In deterministic mode (one CP-SAT worker) only solver work counts, in the solver's own
deterministic units, so that the plan does not depend on the machine's load.
"""

from __future__ import annotations

import time

from allocator.solve.backends.base import StageLimit
from allocator.solve.options import DETERMINISTIC_WALL_FACTOR, SolveOptions

MIN_STAGE_SECONDS = 0.05


class TimeBudget:
    """What is left of a time limit.

    Parameters
    ----------
    limit
        Seconds (or deterministic units when ``deterministic``).
    deterministic
        Count solver work (:meth:`charge`) instead of the wall clock.
    started
        ``time.perf_counter()`` at the start of the command (default: now).
    """

    def __init__(self, limit: float, deterministic: bool = False,
                 started: float | None = None) -> None:
        self.limit = limit
        self.deterministic = deterministic
        self.started = time.perf_counter() if started is None else started
        self.work = 0.0

    @classmethod
    def for_options(cls, options: SolveOptions, started: float | None = None) -> TimeBudget:
        return cls(options.time_limit, options.deterministic, started)

    def elapsed(self) -> float:
        """Wall-clock seconds since the command started."""
        return time.perf_counter() - self.started

    def spent(self) -> float:
        """What counts against the limit so far."""
        return self.work if self.deterministic else self.elapsed()

    def remaining(self) -> float:
        return max(0.0, self.limit - self.spent())

    def charge(self, work: float) -> None:
        """Record solver work (deterministic units, or seconds for wall-clock backends)."""
        self.work += work

    def stage_limit(self, share: float) -> StageLimit:
        """A limit for one stage: ``share`` of what remains."""
        seconds = max(MIN_STAGE_SECONDS, self.remaining() * share)
        if self.deterministic:
            return StageLimit(seconds, deterministic=True,
                              wall_cap=seconds * DETERMINISTIC_WALL_FACTOR)
        return StageLimit(seconds)
