"""The lexicographic driver: solve each stage, keep its value as a floor, start the next from it.

Backend-neutral: it owns the time budget, which backend works on a stage and in which turns
(the portfolio), the hand-over of plans between backends, and the stage reports. Backends
(``backends/cpsat``, ``backends/highs``) know their solver and nothing of stages' meaning.

Portfolios (``SolveOptions.backend``):

- ``cpsat``: CP-SAT alone, every stage.
- ``highs``: HiGHS alone on the whole program, every stage with all the time left.
- ``auto`` (default): CP-SAT first; on an exact stage it has not proved within
  ``CPSAT_SHARE_BEFORE_MIP`` of the stage's time, HiGHS continues: on the stage's kernel when
  that is a real restriction (``backends/highs/kernel.py``), then, once the kernel is exhausted,
  on the whole program from the best plan so far. The better plan and the tighter
  whole-program bound win (a kernel's bound holds for the kernel only and is never reported).
  In deterministic mode (one worker, the default) CP-SAT works under a deterministic work
  limit; HiGHS continues within the wall-clock cap, and the stage stays repeatable when HiGHS
  proves it (a time-limited HiGHS turn makes it repeatable false). Also in deterministic
  mode, a later stage whose structure suits HiGHS better (``_mip_first``: the preference
  stage, an exact stage whose objective reaches most arcs) is HiGHS's alone, from the
  previous stage's plan (on large programs after a search of the stage's LP-support kernel);
  CP-SAT's model is freed after the last stage it works on.
"""

from __future__ import annotations

import contextlib
import logging
import math
import threading
import time
from collections.abc import Callable
from concurrent.futures import Future

import numpy as np

from allocator.compile.evaluate import stage_value
from allocator.compile.program import AllocationProgram, ProgramSolution, Stage
from allocator.solve.assignment import (
    AssignmentBound,
    assignment_plan,
    is_plain_assignment,
    solve_target,
)
from allocator.solve.backends.base import (
    Backend,
    ImprovementCallback,
    ProgramPlan,
    StageLimit,
    StageResult,
)
from allocator.solve.backends.highs.neighbourhood import SearchOutcome
from allocator.solve.backends.highs.stop import BuildStopped
from allocator.solve.budget import TimeBudget
from allocator.solve.interrupt import InterruptWatch, interrupt_watch
from allocator.solve.memory import release_memory
from allocator.solve.options import SolveOptions
from allocator.solve.registry import RuleFamily
from models import StageReport
from models.rules import Status

log = logging.getLogger(__name__)

# backend "auto": CP-SAT's share of an exact stage before HiGHS may take over the rest.
# CP-SAT finds good plans fast (LNS) but proves large coverage stages slowly; HiGHS's cuts
# prove them (benchmarks/results/README.md: 100 schools, stage 2), and HiGHS on the stage's
# kernel finds better plans than either on the whole of a large assignment (d20200).
CPSAT_SHARE_BEFORE_MIP = 0.15
MIN_MIP_SECONDS = 1.0
# a school group's exact stage is handed to HiGHS only when HiGHS's part of it has about the
# time HiGHS needs to prove it (100 schools' core stage: 16.8 s for 10,957 arcs); in less,
# HiGHS returned its first heuristic plan (100 schools at --time-limit 10: 166 core points,
# where CP-SAT alone proves 2,468 in 3.5 s; 60 schools at 5 s: 1,135 against 1,665 in 1 s)
MIP_TURN_SECONDS_PER_ARC = 1e-3
# a later exact stage whose objective reaches more than this share of the arcs goes to HiGHS
# first (LexicographicDriver._mip_first)
MIP_FIRST_ARC_SHARE = 0.5
# plain assignments (GAP shape): the share of HiGHS's time the Lagrangian dual may take
# before HiGHS searches the program it fixes
LAGRANGE_SHARE = 0.05
# plain assignments: the share of HiGHS's time (the dual's included) by which the target
# programs just below the bound (``_target_steps``) end; e20100 needs about 30 s of 51
TARGET_SHARE = 0.6
# ... then, a plan not proven, the kernel at most this share of what is left, rounds of
# re-solving part of the plan (``assignment_search.py``) this share of what is left after
# it, and the program the dual fixes the rest
PLAIN_KERNEL_SHARE = 0.5
PLAIN_ROUNDS_SHARE = 0.7
# the first, narrowest target at most this share: one that even this cannot settle
# marks a program whose proofs are out of reach (d20200: the first target, 467 of 4000 arcs,
# was still open after 27 s, which the kernel's search for a better plan then lacked)
FIRST_TARGET_SHARE = 0.1
# large programs (arcs), gap-limited HiGHS-first stages: the kernel of the stage's LP support
# (``_support_kernel``), or rounds of re-planning a few related people when the kernel finds
# no better plan (``_neighbourhoods``), before HiGHS searches the whole program from their
# plan; at most this share of the stage's wall-clock time, the rest left for HiGHS's bound.
# 40 schools, preferences: rounds then HiGHS 36.8 s (-5,328); the kernel (1.5 s) then HiGHS
# 27.3 s (-5,331); the kernel, rounds, then HiGHS 38.9 s (-5,340). 100 schools, cut by the
# cap: -13,735 at 6.0 % after rounds, -13,740 at 5.9 % after the kernel (10.3 s).
NEIGHBOURHOOD_MIN_ARCS = 3000
NEIGHBOURHOOD_SHARE = 0.5
NEIGHBOURHOOD_ROUNDS_PER_ARC = 0.04
NEIGHBOURHOOD_PATIENCE = 25
# very large programs, HiGHS-first exact stages: the MIP over the stage LP's support and the
# arcs of the start and its greedy extension (``_support_kernel``) before HiGHS searches the
# whole program from its plan, in at most this share of the stage's wall-clock time. 300
# schools (33,590 arcs), non-core stage: HiGHS on the whole program found nothing better than
# the stage-1 plan (2,413) in 370 s; the restriction is solved to 11,191 in 22 s (optimum
# 11,205). Below the threshold HiGHS proves the whole stage sooner without it (100 schools,
# 10,957 arcs: 29 s from the stage-1 plan, 41 s after the kernel's 4 s and 3,627).
SUPPORT_KERNEL_MIN_ARCS = 20_000
SUPPORT_KERNEL_SHARE = 0.5

# a search whose time left cannot even build the first model finds no plan: the caller's quick
# plan takes over at once (300 schools, 33,590 arcs, --time-limit 3: 0.26 s left after reading
# and compiling, while the CP-SAT model alone took 0.7-0.9 s to build)
MODEL_BUILD_SECONDS_PER_ARC = 20e-6

ProgressCallback = Callable[[str, dict], None]


class _StageRecord:
    """The best of one stage so far, over every backend turn."""

    def __init__(self, stage: Stage, limit: StageLimit) -> None:
        self.stage, self.limit = stage, limit
        self.began = time.perf_counter()
        self.status = Status.unknown
        self.objective, self.bound = 0.0, float("nan")
        self.plan: ProgramPlan | None = None
        self.solver = "-"
        self.improvements: list[tuple[float, float]] = []
        self.details: dict[str, object] = {}
        self.work = 0.0
        self.repeatable = False
        # CP-SAT's deterministic work only: HiGHS reports wall seconds, which must not move
        # the work budget of later stages (their limits would then depend on the load)
        self.deterministic_work = 0.0

    def first(self, result: StageResult) -> None:
        """The first turn's result, taken whole."""
        self.status, self.objective, self.bound = result.status, result.objective, result.bound
        self.plan, self.solver = result.plan, result.solver
        self.improvements = list(result.improvements)
        self.details.update(result.details)
        self.work += result.work
        self.deterministic_work += result.work if result.solver == "cp-sat" else 0.0
        self.repeatable = result.repeatable

    def offer(self, result: StageResult, restricted: bool) -> None:
        """A later turn: keep its plan when better.

        Keep its bound too, unless it holds for a restricted program only.
        """
        self.repeatable = self.repeatable and result.repeatable
        self.work += result.work
        self.deterministic_work += result.work if result.solver == "cp-sat" else 0.0
        if not restricted and not math.isnan(result.bound):
            self.bound = min(b for b in (self.bound, result.bound) if not math.isnan(b))
        if result.plan is not None and (self.plan is None or result.objective > self.objective):
            self.objective, self.plan = result.objective, result.plan
            self.improvements.append((round(time.perf_counter() - self.began, 4),
                                      result.objective))
            self.solver = f"{self.solver}+{result.solver}"

    @property
    def proven(self) -> bool:
        """Whether the best plan so far is proven optimal (its value meets the bound)."""
        return self.plan is not None and not math.isnan(self.bound) \
            and self.bound <= self.objective

    def tighten(self, bound: float) -> None:
        """A bound on the whole program from outside a backend turn (a Lagrangian dual)."""
        if math.isfinite(bound):
            bound = float(math.floor(bound + 1e-6))
            self.bound = bound if math.isnan(self.bound) else min(self.bound, bound)

    def close(self, last_whole: StageResult | None) -> None:
        """Settle status and bound after the turns."""
        if self.plan is None:
            if last_whole is not None and last_whole.status is Status.infeasible:
                self.status, self.solver = Status.infeasible, last_whole.solver
            return
        if self.status is Status.unknown:
            self.status = Status.feasible
        if self.bound <= self.objective:
            self.status, self.bound = Status.optimal, self.objective
        if "+" not in self.solver and last_whole is not None \
                and last_whole.status is Status.optimal and last_whole.solver != self.solver:
            self.solver = f"{self.solver} (proved by {last_whole.solver})"

    def report(self, interrupted: bool) -> StageReport:
        stage = self.stage
        within = None
        if self.plan is not None and stage.relative_gap and self.status is Status.feasible:
            gap = abs(self.bound - self.objective) / max(1.0, abs(self.bound))
            within = gap <= stage.relative_gap + 1e-12
        return StageReport(
            name=stage.name, status=self.status, objective=self.objective,
            bound=self.bound if self.plan is not None else float("nan"),
            seconds=round(time.perf_counter() - self.began, 3),
            time_limit=round(self.limit.seconds, 3), solver=self.solver,
            work=round(self.work, 3), improvements=self.improvements,
            details=self.details, within_gap_limit=within, interrupted=interrupted,
            repeatable=self.repeatable and not interrupted)


class LexicographicDriver:
    """Runs the stages of one program with the portfolio ``options.backend`` names."""

    def __init__(self, program: AllocationProgram, options: SolveOptions, budget: TimeBudget,
                 progress: ProgressCallback | None = None,
                 families: tuple[RuleFamily, ...] | None = None) -> None:
        self.program, self.options, self.budget = program, options, budget
        self.progress, self.families = progress, families
        self.backends: dict[str, Backend] = {}
        self.floors: list[tuple[Stage, float]] = []
        self._floors_in: dict[str, int] = {}
        self.reports: list[StageReport] = []
        self.best: ProgramPlan | None = None
        self.status = Status.unknown
        self.watch = InterruptWatch()
        self._cpsat_last: Stage | None = None  # the last stage CP-SAT works on
        self._highs_build: Future[Backend] | None = None  # HiGHS's model, built beside
        self._highs_unwanted = threading.Event()  # its build may stop: the run is over

    def backend(self, name: str) -> Backend:
        """The backend ``name``, built on first use and brought up to the current floors."""
        if name not in self.backends:
            started = time.perf_counter()
            if name == "cp-sat":
                # imported here: a run whose limit leaves no time for a model (300 schools at
                # --time-limit 3) answers with the quick plan without loading OR-Tools (0.25 s)
                from allocator.solve.backends.cpsat.backend import CpsatBackend

                options = self.options
                self.backends[name] = CpsatBackend(self.program, options.workers, options.seed,
                                                   options.log_search, self.families)
            elif self._highs_build is not None:
                self.backends[name] = self._highs_build.result()
                self._highs_build = None
            else:
                from allocator.solve.backends.highs.model import HighsProgram

                self.backends[name] = HighsProgram(self.program, families=self.families)
            self._floors_in[name] = 0
            if self.progress and not self.reports and name == self._primary():
                self.progress("built", {"seconds": time.perf_counter() - started,
                                        **self.program.summary()})
        backend = self.backends[name]
        for stage, value in self.floors[self._floors_in[name]:]:
            backend.add_floor(stage, value)
        self._floors_in[name] = len(self.floors)
        self.watch.watch(backend)
        return backend

    def _primary(self) -> str:
        return "highs" if self.options.backend == "highs" else "cp-sat"

    def run(self, watch: InterruptWatch) -> None:
        """Solve every stage in turn, each fixed as a floor for the next; stop when one fails."""
        self.watch = watch
        if self.budget.remaining() < MODEL_BUILD_SECONDS_PER_ARC * self.program.n_arcs:
            log.info("%.2f s left: too little to build the model of %d arcs",
                     self.budget.remaining(), self.program.n_arcs)
            return
        self.backend(self._primary())
        stages = self.program.stages
        cpsat_until = max((index for index, stage in enumerate(stages)
                           if self._uses_cpsat(index, stage)), default=-1)
        self._cpsat_last = stages[cpsat_until] if cpsat_until >= 0 else None
        if self.options.backend == "auto" and self.options.deterministic \
                and cpsat_until < len(stages) - 1:
            self._build_highs_beside()
        try:
            self._run_stages(cpsat_until)
        finally:
            if self._highs_build is not None:  # a run that ended before HiGHS's turn
                # stop the build rather than wait for it (300 schools, --time-limit 3: it
                # held the command for seconds after the search had ended)
                self._highs_unwanted.set()
                with contextlib.suppress(BuildStopped):
                    self._highs_build.result()
                self._highs_build = None

    def _run_stages(self, cpsat_until: int) -> None:
        stages = self.program.stages
        for index, stage in enumerate(stages):
            last = index == len(stages) - 1
            share = 1.0 if last or self.options.backend == "highs" else stage.time_share
            cap = self.options.last_stage_work if last else None
            if not self._run_stage(stage, self.budget.stage_limit(share, cap)):
                return
            if index == cpsat_until and self.backends.pop("cp-sat", None) is not None:
                # no later stage searches with CP-SAT: its model need not outlive its work
                # (memory per component: benchmarks/results/README.md, issue 17)
                release_memory()

    def _build_highs_beside(self) -> None:
        """Build the HiGHS model on the second core while CP-SAT searches the first stages.

        CP-SAT's search runs outside Python's lock, the model build inside it, so the two
        overlap: the model a later stage needs is ready when it starts (100 schools: both
        done in 4.6 s against 4.8 s one after the other). The model is the same either way,
        so plans are too.
        """
        from concurrent.futures import ThreadPoolExecutor

        from allocator.solve.backends.highs.model import HighsProgram

        pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="highs-build")
        self._highs_build = pool.submit(HighsProgram, self.program, families=self.families,
                                        stop=self._highs_unwanted)
        pool.shutdown(wait=False)  # the build goes on; its result is waited for where needed

    def _uses_cpsat(self, index: int, stage: Stage) -> bool:
        """Whether CP-SAT works on this stage (when every stage before it finds a plan)."""
        backend = self.options.backend
        return backend == "cpsat" or (backend == "auto" and not (
            index > 0 and self.options.deterministic and self._mip_first(stage)))

    def _event(self, event: str, **data: object) -> None:
        if self.progress:
            self.progress(event, data)

    def _improved(self, stage: Stage) -> ImprovementCallback | None:
        """Live progress from inside a backend's search (every better plan)."""
        if self.progress is None:
            return None
        return lambda seconds, value, bound: self._event(
            "improved", name=stage.name, seconds=seconds, objective=value, bound=bound)

    def _run_stage(self, stage: Stage, limit: StageLimit) -> bool:
        """One stage; False when the run must stop here."""
        record = _StageRecord(stage, limit)
        # what the user is told the stage may take: wall-clock seconds (a deterministic
        # limit's own figure is solver work, which read as "up to 0 s" on a short limit)
        wall = self._stage_wall(stage, limit)
        self._event("stage_started", name=stage.name, time_limit=limit.seconds,
                    wall_seconds=wall)
        if self.options.backend == "highs":
            result = self.backend("highs").solve_stage(stage, limit, self.best)
            record.first(result)
            record.close(result)
        else:
            self._auto_or_cpsat(stage, limit, record)
        self.budget.charge(record.deterministic_work)
        interrupted = self.watch.interrupted
        report = record.report(interrupted)
        self.reports.append(report)
        log.info("stage %s: %s, objective %s, bound %s, %.2fs (%s)", stage.name, report.status,
                 report.objective, report.bound, report.seconds, report.solver)
        if self.progress:
            self.progress("stage", {**report.model_dump(), "wall_seconds": wall})
        if record.plan is not None:
            self.best = record.plan
        if record.plan is None or interrupted:
            if self.best is None:
                self.status = (Status.infeasible if record.status is Status.infeasible
                               else Status.unknown)
            return False
        self.floors.append((stage, record.objective))
        return True

    def _auto_or_cpsat(self, stage: Stage, limit: StageLimit, record: _StageRecord) -> None:
        assist = self.options.backend == "auto"
        if self._goes_to_mip_first(stage):
            self._mip_stage(stage, limit, record)
            return
        # wall-clock seconds the stage may take in all (deterministic: its cap)
        wall = _wall_seconds(limit)
        # too short a stage for a MIP turn: CP-SAT keeps all of it
        assisted = (assist and not stage.relative_gap
                    and wall * (1 - CPSAT_SHARE_BEFORE_MIP) >= self._mip_turn_seconds(stage))
        # deterministic: CP-SAT's share of the stage's work, then HiGHS within the cap; a
        # stage HiGHS proves stays repeatable (the same model and start give the same proof)
        first_limit = (StageLimit(limit.seconds * CPSAT_SHARE_BEFORE_MIP, deterministic=True,
                                  wall_cap=limit.wall_cap)
                       if assisted and limit.deterministic
                       else StageLimit(limit.seconds * CPSAT_SHARE_BEFORE_MIP) if assisted
                       else limit)
        cpsat = self.backend("cp-sat")
        record.first(cpsat.solve_stage(stage, first_limit, self.best, self._improved(stage)))
        mip_seconds = wall - (time.perf_counter() - record.began)
        if not (assisted and record.status in (Status.feasible, Status.unknown)
                and not self.watch.interrupted and mip_seconds >= MIN_MIP_SECONDS / 2):
            if assist:
                self._offer_greedy(stage, record)
            record.close(None)
            return
        self._event("handover", name=stage.name, solver="highs", objective=record.objective,
                    bound=record.bound, time_limit=mip_seconds)
        if stage is self._cpsat_last and self.backends.pop("cp-sat", None) is not None:
            # CP-SAT's last turn is over: free its model before HiGHS builds its own (XL,
            # stage 1 handed over under load: 989 MB with both, 416-517 MB without)
            release_memory()
        self._highs_turn(stage, mip_seconds, record)

    def _stage_wall(self, stage: Stage, limit: StageLimit) -> float:
        """The wall-clock seconds a stage may take.

        An exact stage HiGHS takes first may use all the time left (``_mip_stage``); any
        other stage its limit's wall-clock cap.
        """
        if not stage.relative_gap and self._goes_to_mip_first(stage):
            return self.budget.remaining()
        return _wall_seconds(limit)

    def _goes_to_mip_first(self, stage: Stage) -> bool:
        """Whether ``_auto_or_cpsat`` hands ``stage`` to ``_mip_stage``."""
        return (self.options.backend == "auto" and self.options.deterministic
                and self.best is not None and self._mip_first(stage))

    def _mip_turn_seconds(self, stage: Stage) -> float:
        """The least time worth a MIP turn on an exact stage CP-SAT starts.

        By the program's size on school groups; plain assignments (GAP) keep the fixed
        minimum, as their MIP turn searches a kernel that CP-SAT's plan does not need.
        """
        if is_plain_assignment(self.program, stage):
            return MIN_MIP_SECONDS
        return max(MIN_MIP_SECONDS, MIP_TURN_SECONDS_PER_ARC * self.program.n_arcs)

    def _mip_first(self, stage: Stage) -> bool:
        """Whether HiGHS takes this later stage (one after the first, from its plan).

        Measured on the frozen school groups (benchmarks/results/README.md, issue 17): the
        gap-limited preference stage always (M: HiGHS 5-7 s against CP-SAT 14-38 s; L, XL:
        CP-SAT often finds nothing better than its start); an exact stage whose objective
        reaches more than ``MIP_FIRST_ARC_SHARE`` of the arcs (the non-core stage, 74-90 %
        of the arcs: a covering LP HiGHS's cuts close, M 2 s against CP-SAT 4.5 s, XL 50 s
        against CP-SAT's 22 s of search before HiGHS still had to prove it). The core stage
        (11-19 % of the arcs) stays CP-SAT's: it proves it sooner (XL 9.7 s, HiGHS 16.8 s).
        """
        if stage.relative_gap:
            # a work cap on the last stage (SolveOptions.last_stage_work) is CP-SAT's work
            return not (self.options.last_stage_work is not None
                        and stage is self.program.stages[-1])
        return objective_arc_share(self.program, stage) > MIP_FIRST_ARC_SHARE

    def _mip_stage(self, stage: Stage, limit: StageLimit, record: _StageRecord) -> None:
        """HiGHS alone on the whole program from the previous stage's plan.

        Within the stage's wall-clock time; HiGHS is deterministic, so a proof (or the gap
        limit) is repeatable and a stage cut by the clock is not. An exact stage may use all
        the time left, as HiGHS alone does: the stages after it start from its plan whatever
        it is, and an exact stage's value weighs more than every later one.
        On large programs HiGHS first searches the stage's LP-support kernel
        (``_support_kernel``); on the preference stage, neighbourhood rounds run instead when
        the kernel finds no better plan.
        """
        wall = self._stage_wall(stage, limit)
        began = time.perf_counter()
        mip = self.backend("highs")
        start, searched, kernel, extended = self.best, None, None, None
        large = self.program.n_arcs >= (NEIGHBOURHOOD_MIN_ARCS if stage.relative_gap
                                        else SUPPORT_KERNEL_MIN_ARCS)
        if large and start is not None and not self.watch.interrupted:
            kernel, extended = self._support_kernel(stage, start,
                                                    began + SUPPORT_KERNEL_SHARE * wall)
            if kernel is not None and kernel.plan is not None \
                    and kernel.objective > self._value(stage, start):
                start = kernel.plan
        if stage.relative_gap and large and start is self.best and start is not None:
            searched = self._neighbourhoods(stage, start, began + NEIGHBOURHOOD_SHARE * wall)
            start = searched.plan
            record.details.update(neighbourhood_rounds=searched.rounds,
                                  neighbourhood_improved=searched.improved,
                                  neighbourhood_seconds=round(searched.seconds, 3))
        if kernel is not None:
            # what the kernel's search freed inside HiGHS goes back before the whole search
            # grows its own (100 schools, preferences: 370 -> 255 MB); not on every stage, as
            # a collection costs small programs more than it gives back
            release_memory()
        left = StageLimit(max(MIN_MIP_SECONDS / 2, wall - (time.perf_counter() - began)))
        result = mip.solve_stage(stage, left, start, self._improved(stage))
        if searched is not None:
            result.repeatable = result.repeatable and not searched.ended_by_clock
            if result.plan is None or result.objective < searched.objective:
                # cut before HiGHS read its start back: the rounds' plan stands
                result.plan, result.objective = searched.plan, searched.objective
                result.status = Status.feasible
        record.first(result)
        if kernel is not None:
            # its bound holds for the restriction only; its plan stands if HiGHS was cut
            # before it read the plan back as its start
            record.offer(kernel, restricted=True)
            record.details.update(support_kernel_arcs=kernel.details["kernel_arcs"],
                                  support_kernel_status=kernel.status.value,
                                  support_kernel_seconds=round(kernel.seconds, 3))
        record.details.update(mip_seconds=round(result.seconds, 3),
                              mip_status=result.status.value)
        self._offer_greedy(stage, record, extended)  # it leaves a proven stage alone
        record.close(result)

    def _value(self, stage: Stage, plan: ProgramPlan) -> float:
        """``plan``'s value for ``stage``, counted from the plan itself."""
        return stage_value(self.program, stage, plan.units, plan.covered, plan.switches)

    def _support_kernel(self, stage: Stage, start: ProgramPlan, deadline: float,
                        ) -> tuple[StageResult | None, ProgramPlan]:
        """HiGHS on the stage's LP support plus the arcs of ``start`` and its extension.

        Returns the restricted search's result (None when the LP was not solved by
        ``deadline``, a ``time.perf_counter()`` value) and the greedy extension of ``start``.
        """
        from allocator.solve.backends.highs.kernel import support_kernel
        from allocator.solve.backends.highs.model import HighsProgram
        from allocator.solve.greedy import extend_plan

        mip = self.backend("highs")
        assert isinstance(mip, HighsProgram)
        extended = extend_plan(self.program, start, stage)
        relaxed = mip.relaxation(stage, deadline - time.perf_counter())
        if relaxed is None or self.watch.interrupted or deadline <= time.perf_counter():
            return None, extended
        arcs = support_kernel(relaxed.use, start.used_arcs | extended.used_arcs)
        better = self._value(stage, extended) > self._value(stage, start)
        result = mip.solve_stage(stage, StageLimit(deadline - time.perf_counter()),
                                 extended if better else start, self._improved(stage),
                                 arcs=arcs)
        result.details["kernel_arcs"] = int(arcs.sum())
        return result, extended

    def _neighbourhoods(self, stage: Stage, plan: ProgramPlan,
                        deadline: float) -> SearchOutcome:
        """Rounds of re-planning related people (``neighbourhood.py``) from ``plan``.

        A deterministic number of rounds (``NEIGHBOURHOOD_ROUNDS_PER_ARC`` of the arcs, or
        until ``NEIGHBOURHOOD_PATIENCE`` rounds in a row find nothing better), by
        ``deadline`` at the latest.
        """
        from allocator.solve.backends.highs.model import HighsProgram
        from allocator.solve.backends.highs.neighbourhood import NeighbourhoodSearch

        mip = self.backend("highs")
        assert isinstance(mip, HighsProgram)
        value = self._value(stage, plan)
        rounds = max(1, int(self.program.n_arcs * NEIGHBOURHOOD_ROUNDS_PER_ARC))
        try:
            return NeighbourhoodSearch(mip, self.options.seed).run(
                stage, plan, value, rounds, NEIGHBOURHOOD_PATIENCE, deadline)
        finally:
            # the rounds' own HiGHS and matrix need not live beside the whole-program search
            mip.drop_rounds()
            release_memory()

    def _offer_greedy(self, stage: Stage, record: _StageRecord,
                      extended: ProgramPlan | None = None) -> None:
        """A greedy plan for a coverage stage not proven optimal, when it is better.

        The previous plan with more of the stage covered greedily; on the first stage (no
        previous plan, no floor) the greedy baseline's plan. On 300 schools HiGHS's plan for
        the non-core stage was the stage-1 plan's (2,413) for 180 s, against 10,362 for the
        extension (0.8 s); on 100 schools at --time-limit 10 HiGHS's first-stage plan covered
        166 core points against the greedy's 2,327. Given to HiGHS as its start the extension
        slowed the proof on 100 schools (38.5 s against 30.4 s): a fallback, not a start.
        """
        from allocator.solve.greedy import extend_plan, keeps_pins, solve_greedy

        if stage.instance_weight is None \
                or record.status in (Status.optimal, Status.infeasible):
            return
        if self.best is not None:
            if extended is None:
                extended = extend_plan(self.program, self.best, stage)
        elif not self.floors and record.plan is not None:
            # a stage without any plan stays so: the quick plan answers, and says it is one
            greedy = solve_greedy(self.program)
            if greedy.status != "feasible" or greedy.switches is None \
                    or not keeps_pins(self.program, greedy.arc_source_units):
                return
            extended = ProgramPlan(greedy.arc_source_units, greedy.covered, greedy.switches)
        else:
            return
        value = self._value(stage, extended)
        if value > record.objective:
            record.offer(StageResult(Status.feasible, value, float("nan"), 0.0, "greedy",
                                     plan=extended, repeatable=True), restricted=True)

    def _highs_turn(self, stage: Stage, seconds: float, record: _StageRecord) -> None:
        """HiGHS on the stage's kernel first, then on the whole program.

        The kernel is tried when it is a real restriction; once it is exhausted (or empty) the whole
        program is solved from the best plan so far.
        """
        from allocator.solve.backends.highs.model import HighsProgram

        began = time.perf_counter()
        mip = self.backend("highs")
        assert isinstance(mip, HighsProgram)

        def left() -> StageLimit:
            return StageLimit(seconds - (time.perf_counter() - began))

        # a plain assignment (GAP shape): a Lagrangian bound, the targets just below it, then
        # the kernel and the program the bound fixes against the best plan
        plain = is_plain_assignment(self.program, stage) and not self.floors
        lagrange = (AssignmentBound(self.program, stage)
                    if plain and AssignmentBound.can_fix(self.program) else None)
        if lagrange is not None and record.plan is not None:
            self._lagrange(lagrange, record, LAGRANGE_SHARE * seconds)
            self._target_steps(stage, record, lagrange, began + TARGET_SHARE * seconds,
                               FIRST_TARGET_SHARE * seconds, lambda: mip.stop_requested)
        kernel_status = None
        kernel = None if record.proven else mip.kernel(stage, left().seconds)
        if kernel is not None and not self.watch.interrupted:
            # no start from CP-SAT's plan: on d20200 its plan as MIP start steered HiGHS's
            # sub-MIP heuristics to 12289-12315 over three seeds, against 12294 on all three
            limit = StageLimit(PLAIN_KERNEL_SHARE * left().seconds) if plain else left()
            result = mip.solve_stage(stage, limit, arcs=kernel)
            kernel_status = result.status
            record.details.update(mip_kernel_arcs=int(kernel.sum()),
                                  mip_kernel_status=result.status.value)
            record.offer(result, restricted=True)
        if plain and not record.proven and not self.watch.interrupted:
            self._assignment_rounds(stage, record,
                                    time.perf_counter() + PLAIN_ROUNDS_SHARE * left().seconds,
                                    lambda: mip.stop_requested)
        # a kernel still open when time is up leaves the whole program no time to do better
        # (a plain assignment's kernel and rounds leave it the rest of their shares)
        whole_program = not record.proven and (kernel_status is None or (
            (plain or kernel_status in (Status.optimal, Status.infeasible))
            and left().seconds >= MIN_MIP_SECONDS / 2))
        whole = None
        if whole_program and not self.watch.interrupted:
            arcs = self._fixed_arcs(record, lagrange)
            if arcs is not None:
                record.details.update(mip_fixed_arcs=int(arcs.sum()))
            # the fixed program holds the incumbent and every better plan: its bound counts
            whole = mip.solve_stage(stage, left(), start=record.plan, arcs=arcs)
            record.offer(whole, restricted=False)
        record.details.update(mip_seconds=round(time.perf_counter() - began, 3),
                              mip_status=whole.status.value if whole
                              else "kernel only" if kernel_status is not None
                              else "targets" if record.details.get("target_steps")
                              else "proven before")
        if whole is None or whole.status is not Status.optimal:
            self._offer_greedy(stage, record)
        record.close(whole)

    @staticmethod
    def _lagrange(lagrange: AssignmentBound, record: _StageRecord, seconds: float) -> None:
        """The Lagrangian dual from the LP's duals, then subgradient steps, in ``seconds``.

        Its bound holds for the whole program.
        """
        began = time.perf_counter()
        lagrange.start_from_lp(seconds / 2)
        lagrange.improve(record.objective, seconds - (time.perf_counter() - began))
        record.tighten(lagrange.bound)
        record.details.update(lagrange_bound=record.bound,
                              lagrange_iterations=lagrange.iterations)

    def _assignment_rounds(self, stage: Stage, record: _StageRecord, deadline: float,
                           stopped: Callable[[], bool]) -> None:
        """Rounds of re-solving part of a plain assignment's best plan, until ``deadline``."""
        from allocator.solve.assignment_search import AssignmentSearch

        if record.plan is None:
            return
        began = time.perf_counter()
        search = AssignmentSearch(self.program, stage, self.options.seed)
        found = search.run(record.plan.used_arcs, deadline,
                           lambda: stopped() or self.watch.interrupted)
        record.details.update(rounds=found.rounds, rounds_improved=found.improved)
        if found.improved:
            plan = assignment_plan(self.program, found.arcs)
            record.offer(StageResult(Status.feasible, self._value(stage, plan), float("nan"),
                                     time.perf_counter() - began, "rounds", plan=plan),
                         restricted=True)

    @staticmethod
    def _fixed_arcs(record: _StageRecord, lagrange: AssignmentBound | None) -> np.ndarray | None:
        """The arcs Lagrangian fixing keeps against the best plan so far.

        Plain assignments only (``assignment.py``); None to search the whole program.
        """
        if lagrange is None or record.plan is None:
            return None
        fixed = lagrange.fixing(record.objective, record.plan.used_arcs)
        return None if fixed is None or fixed.keep.all() else fixed.keep

    def _target_steps(self, stage: Stage, record: _StageRecord, lagrange: AssignmentBound,
                      deadline: float, first_seconds: float,
                      stopped: Callable[[], bool]) -> None:
        """Targets just below the bound, widened while none is reached (``assignment.py``).

        Each target's program holds every plan that reaches it: one reached at its optimum
        proves the whole stage, one proven unreachable lowers the bound. The width doubles
        from 1 until the target is the incumbent's value + 1, or a search runs out of time:
        the first search at ``first_seconds``, all of them by ``deadline``.
        """
        width = 1
        steps: list[tuple[int, int, str, float]] = []
        while record.plan is not None and not record.proven and not self.watch.interrupted:
            if math.isnan(record.bound):  # no dual yet: no target to aim at
                break
            left = deadline - time.perf_counter()
            if not steps:
                left = min(left, first_seconds)
            target = int(max(record.bound - width + 1, record.objective + 1))
            keep = lagrange.reaching(target)
            if keep is None or left < MIN_MIP_SECONDS / 2:
                break
            result = solve_target(self.program, stage, keep, target, left,
                                  lambda: stopped() or self.watch.interrupted)
            steps.append((target, int(keep.sum()), result.status, round(result.seconds, 2)))
            value = None
            if result.arcs is not None:
                plan = assignment_plan(self.program, result.arcs)
                value = self._value(stage, plan)
                proven = result.status == "optimal"
                record.offer(StageResult(Status.optimal if proven else Status.feasible,
                                         value, float("nan"), result.seconds, "highs-target",
                                         plan=plan, repeatable=proven), restricted=True)
            # the plan's own value proves the stage, never HiGHS's report of it
            if result.status == "optimal" and value is not None and value >= target:
                record.tighten(value)
            elif result.status == "infeasible":
                record.tighten(target - 1)
                width *= 2
            else:
                break
        record.details.update(target_steps=steps)


def _wall_seconds(limit: StageLimit) -> float:
    """A stage limit's wall-clock seconds (a deterministic limit's cap, else its seconds)."""
    return limit.wall_cap if limit.deterministic and limit.wall_cap else limit.seconds


def objective_arc_share(program: AllocationProgram, stage: Stage) -> float:
    """The share of the program's arcs the stage's objective reaches.

    Through their instance's weight, their own weight, or per-source or per-person terms.
    """
    if not program.n_arcs:
        return 0.0
    if (stage.source_unit_weight is not None and stage.source_unit_weight.any()) \
            or stage.group_weight or stage.site_weight or stage.small_share_weight:
        return 1.0
    reached = np.zeros(program.n_arcs, dtype=bool)
    if stage.instance_weight is not None:
        reached |= stage.instance_weight[program.arc_instance] != 0
    if stage.arc_weight is not None:
        reached |= stage.arc_weight != 0
    return float(reached.mean())


def solve_program(program: AllocationProgram, options: SolveOptions | None = None,
                  progress: ProgressCallback | None = None, budget: TimeBudget | None = None,
                  families: tuple[RuleFamily, ...] | None = None) -> ProgramSolution:
    """Solve every stage of ``program`` in order; return the last feasible solution found.

    Parameters
    ----------
    options
        Backend, workers, seed (:class:`SolveOptions`); its ``time_limit`` starts a budget
        now unless ``budget`` is given.
    progress
        Called with ``("built", {...})`` once the first model is built and with
        ``("stage", report)`` after every stage.
    budget
        The command's :class:`TimeBudget`, when it started before this call.
    families
        The rule families to state (default: every registered one); tests leave one out to
        show that it binds.
    """
    options = options or SolveOptions()
    budget = budget or TimeBudget.for_options(options)
    started = time.perf_counter()
    driver = LexicographicDriver(program, options, budget, progress, families)
    with interrupt_watch() as watch:
        driver.run(watch)
    interrupted = watch.interrupted
    driver.backends.clear()  # the models are done with: explaining and writing come next
    release_memory()
    if interrupted:
        log.warning("interrupted: returning the best plan found so far")
    if driver.best is None:
        empty = ProgramPlan.empty(program)
        return ProgramSolution(arc_source_units=empty.units, covered=empty.covered,
                               switches=empty.switches, stages=driver.reports, status=driver.status.value,
                               seconds=time.perf_counter() - started, interrupted=interrupted)
    # repeatable: every stage ran and each ended by something the same input reproduces
    repeatable = (not interrupted and len(driver.reports) == len(program.stages)
                  and all(report.repeatable for report in driver.reports))
    exact = [stage.name for stage in program.stages if not stage.relative_gap]
    reached = {report.name: report.status for report in driver.reports}
    status = (Status.optimal if all(reached.get(name) == Status.optimal for name in exact)
              else Status.feasible)
    return ProgramSolution(arc_source_units=driver.best.units, covered=driver.best.covered,
                           switches=driver.best.switches, stages=driver.reports, status=status.value,
                           seconds=time.perf_counter() - started, interrupted=interrupted,
                           repeatable=repeatable)
