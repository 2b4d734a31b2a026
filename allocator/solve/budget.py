"""One time budget for a whole command: reading, compiling, every stage and writing.

Created when the command starts and handed down, so no layer trims the limit on its own.
The wall-clock limit is always a cap on the whole command. In deterministic mode (one CP-SAT
worker) stages are also given a share of a deterministic work budget, in the solver's own
units, so that a stage ends by its work, not by the machine's load: a plan whose stages all
ended so is repeatable. Each stage may use more than its share of the wall-clock time left
(half of it plus its share of the other half), so a loaded machine ends a stage by the cap
only when the command is short of time.
"""

from __future__ import annotations

import time

from allocator.solve.backends.base import StageLimit
from allocator.solve.options import SolveOptions

MIN_STAGE_SECONDS = 0.05


class TimeBudget:
    """What is left of a time limit (and, in deterministic mode, of a work budget).

    Parameters
    ----------
    limit
        Wall-clock seconds for the whole command.
    deterministic
        Give stages deterministic work limits out of ``work`` as well.
    started
        ``time.perf_counter()`` at the start of the command (default: now).
    work
        The deterministic work budget (solver units) when ``deterministic``.
    """

    def __init__(self, limit: float, deterministic: bool = False,
                 started: float | None = None, work: float | None = None) -> None:
        self.limit = limit
        self.deterministic = deterministic
        self.started = time.perf_counter() if started is None else started
        self.work_limit = limit if work is None else work
        self.work = 0.0
        # seconds per task instance that explaining, checking and writing the plan take after
        # the solve, when the caller knows its outputs (the CLI); None: the engine's estimate
        self.output_seconds_per_instance: float | None = None

    @classmethod
    def for_options(cls, options: SolveOptions, started: float | None = None) -> TimeBudget:
        """The budget of ``options`` (its time limit and work budget), started at ``started``."""
        return cls(options.time_limit, options.deterministic, started, options.work)

    def elapsed(self) -> float:
        """Wall-clock seconds since the command started."""
        return time.perf_counter() - self.started

    def spent(self) -> float:
        """Wall-clock seconds counted against the limit so far."""
        return self.elapsed()

    def remaining(self) -> float:
        """Wall-clock seconds left."""
        return max(0.0, self.limit - self.elapsed())

    def work_remaining(self) -> float:
        """Deterministic work left."""
        return max(0.0, self.work_limit - self.work)

    def charge(self, work: float) -> None:
        """Record solver work (deterministic units, or seconds for wall-clock backends)."""
        self.work += work

    def stage_limit(self, share: float, cap: float | None = None) -> StageLimit:
        """A limit for one stage: ``share`` of what remains, at most ``cap``.

        Of the work budget in deterministic mode (with a wall-clock cap), else of the seconds;
        ``cap`` is work (or seconds).
        """
        if self.deterministic:
            # a stage ended by its work is repeatable, so it may use much more than its share
            # of the wall clock (a loaded machine does the same work slower), but not all of
            # it: a stage cut by the cap leaves half the rest (at least) to the stages after
            wall = max(MIN_STAGE_SECONDS, self.remaining() * (1.0 + share) / 2)
            work = self.work_remaining() * share
            return StageLimit(max(MIN_STAGE_SECONDS, work if cap is None else min(work, cap)),
                              deterministic=True, wall_cap=wall)
        seconds = self.remaining() * share
        return StageLimit(max(MIN_STAGE_SECONDS, seconds if cap is None else min(seconds, cap)))
