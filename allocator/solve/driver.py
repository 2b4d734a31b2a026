"""Solve an allocation program stage by stage: fix each stage's value, hint the next."""

from __future__ import annotations

import logging
import math
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np
from ortools.sat.python import cp_model

from allocator.compile.program import AllocationProgram, ProgramSolution, Stage
from allocator.solve.backends.cpsat.objective import stage_expression
from allocator.solve.backends.cpsat.variables import ModelVariables, create_variables
from allocator.solve.interrupt import interrupt_watch
from allocator.solve.kernel import kernel_arcs
from allocator.solve.rules import RULE_FAMILIES

log = logging.getLogger(__name__)
# a plan in the program's own shape: (units per arc and source, covered, pooling switches)
Arrays = tuple[np.ndarray, np.ndarray, np.ndarray]

# Share of the time still left that each stage may use; what a stage does not use carries over.
STAGE_TIME_SHARE = (0.4, 0.6, 1.0)
FOCUS_TIME_SHARE = 0.25  # a guideline focus stage, when present, comes first
STABILITY_TIME_SHARE = 0.5  # re-planning: keep the previous plan, after non-core coverage
DEFAULT_TIME_LIMIT = 120.0
DETERMINISTIC_WALL_FACTOR = 10.0
# backend "auto": CP-SAT's share of an exact stage before HiGHS may take over the rest.
# CP-SAT finds good plans fast (LNS) but proves large coverage stages slowly; HiGHS's cuts
# prove them (benchmarks/results/README.md: 100 schools, stage 2), and HiGHS on the stage's
# kernel finds better plans than either on the whole of a large assignment (d20200).
CPSAT_SHARE_BEFORE_MIP = 0.15
# the kernel gets its own search only when it leaves out more than half of the arcs; nearer
# the whole program (100 schools, stage 2: 84 %) it would only delay the proof
KERNEL_MAX_FRACTION = 0.5
MIN_MIP_SECONDS = 1.0

_STATUS = {
    cp_model.OPTIMAL: "optimal",
    cp_model.FEASIBLE: "feasible",
    cp_model.INFEASIBLE: "infeasible",
    cp_model.MODEL_INVALID: "invalid",
    cp_model.UNKNOWN: "unknown",
}


@dataclass(frozen=True)
class SolveOptions:
    """Solver settings.

    With ``workers == 1`` the time limit is counted in CP-SAT's deterministic time (close to
    seconds on a typical machine), so the same input, seed and limit give the same plan on
    every run; wall-clock time is then capped at ``DETERMINISTIC_WALL_FACTOR`` × the limit (generous, so that the
    deterministic limit, not the machine's load, ends each stage).
    More workers search in parallel and may find different, equally optimal plans.
    """

    time_limit: float = DEFAULT_TIME_LIMIT
    workers: int = 0  # 0: CP-SAT's default (all cores)
    seed: int = 0
    log_search: bool = False
    # "auto": CP-SAT, and HiGHS closes exact stages CP-SAT leaves open (_StageRun._assist);
    # "cpsat": CP-SAT alone; "highs": the whole program as a MIP (solve/highs_backend.py)
    backend: str = "auto"


ProgressCallback = Callable[[str, dict], None]


class _Improvements(cp_model.CpSolverSolutionCallback):
    """Records (seconds, objective) of every improving solution: time to best, gap over time."""

    def __init__(self, on_improvement: Callable[[float, float, float], None] | None = None
                 ) -> None:
        super().__init__()
        self.trace: list[tuple[float, float]] = []
        self.on_improvement = on_improvement  # (seconds, objective, bound), e.g. live progress

    def on_solution_callback(self) -> None:
        self.trace.append((round(self.wall_time, 4), float(self.objective_value)))
        if self.on_improvement is not None:
            self.on_improvement(self.wall_time, self.objective_value, self.best_objective_bound)


def build_model(program: AllocationProgram) -> ModelVariables:
    """Variables plus every rule family's constraints; no objective yet."""
    variables = create_variables(program)
    for family in RULE_FAMILIES:
        family.add(program, variables)
    return variables


def solve_program(program: AllocationProgram, options: SolveOptions | None = None,
                  progress: ProgressCallback | None = None) -> ProgramSolution:
    """Solve every stage of ``program`` in order; return the last feasible solution found."""
    options = options or SolveOptions()
    started = time.perf_counter()
    variables = build_model(program)
    build_seconds = time.perf_counter() - started
    if progress:
        progress("built", {"seconds": build_seconds, **program.summary()})
    with interrupt_watch() as watch:
        run = _StageRun(program, variables, options, progress, watch, started)
        run.run()
    interrupted = watch.interrupted
    if run.best is None:
        return ProgramSolution(
            arc_source_units=np.zeros((program.n_arcs, len(program.source_names)), dtype=np.int64),
            covered=np.zeros(program.n_instances, dtype=bool), stage_reports=run.reports,
            status=run.status, seconds=time.perf_counter() - started, interrupted=interrupted,
            switches=np.zeros(program.n_switches, dtype=bool))
    exact_stages = [stage.name for stage in program.stages if not stage.relative_gap]
    reached = {report["name"]: report["status"] for report in run.reports}
    status = ("optimal" if all(reached.get(name) == "optimal" for name in exact_stages)
              else "feasible")
    if interrupted:
        log.warning("interrupted: returning the best plan found so far")
    units, covered, switches = run.best
    return ProgramSolution(arc_source_units=units, covered=covered, stage_reports=run.reports,
                           status=status, seconds=time.perf_counter() - started,
                           interrupted=interrupted, switches=switches)


class _StageRun:
    """The stages in order: fix each stage's value, hint the next, stop on failure or Ctrl-C."""

    def __init__(self, program: AllocationProgram, variables: ModelVariables,
                 options: SolveOptions, progress: ProgressCallback | None, watch,
                 started: float) -> None:
        self.program, self.variables, self.options = program, variables, options
        self.progress, self.watch, self.started = progress, watch, started
        self.deterministic = options.workers == 1
        # HiGHS's limit is wall-clock: with one worker (deterministic mode) CP-SAT works alone
        self.assist = options.backend == "auto" and not self.deterministic
        self.reports: list[dict] = []
        self.best: Arrays | None = None  # (units, covered)
        self.status = "unknown"
        self.spent = 0.0  # seconds, or deterministic time units with one worker
        self.floors: list[tuple[Stage, float]] = []
        self.mip = None  # a HighsProgram, built the first time an exact stage stays open
        self.mip_floors = 0  # how many of self.floors the HighsProgram has

    def run(self) -> None:
        program = self.program
        for index, stage in enumerate(program.stages):
            remaining = self.options.time_limit - (
                self.spent if self.deterministic else time.perf_counter() - self.started)
            named = {"focus": FOCUS_TIME_SHARE, "stability": STABILITY_TIME_SHARE}
            offset = 1 if program.stages[0].name == "focus" else 0
            share = named.get(stage.name) or STAGE_TIME_SHARE[
                min(index - offset, len(STAGE_TIME_SHARE) - 1)]
            if index == len(program.stages) - 1:
                share = 1.0
            if not self._solve_stage(stage, max(0.05, remaining * share)):
                return

    def _solve_stage(self, stage: Stage, stage_limit: float) -> bool:
        """One stage; False when the run must stop here."""
        model = self.variables.model
        expression = stage_expression(self.program, self.variables, stage)
        model.maximize(expression)
        # too short a stage for a MIP turn: CP-SAT keeps all of it
        assisted = (self.assist and not stage.relative_gap
                    and stage_limit * (1 - CPSAT_SHARE_BEFORE_MIP) >= MIN_MIP_SECONDS)
        cpsat_limit = stage_limit * CPSAT_SHARE_BEFORE_MIP if assisted else stage_limit
        if self.progress:
            self.progress("stage_started", {"name": stage.name, "time_limit": stage_limit})
        solver, code, improvements = self._cpsat(stage, cpsat_limit)
        found = code in (cp_model.OPTIMAL, cp_model.FEASIBLE)
        self.spent += (solver.response_proto.deterministic_time if self.deterministic
                       else solver.wall_time)
        report = {
            "name": stage.name,
            "status": _STATUS.get(code, "unknown"),
            # stage weights are integers: values are too (CP-SAT's LP may return 24.999...)
            "objective": float(round(solver.objective_value)) if found else 0.0,
            "bound": float(math.floor(solver.best_objective_bound + 1e-6)) if found
            else float("nan"),
            "seconds": round(solver.wall_time, 3),
            "time_limit": round(stage_limit, 3),
            "improvements": improvements.trace,
            "solver": "cp-sat",
        }
        solution = _solution_arrays(self.program, self.variables, solver) if found else None
        mip_limit = stage_limit - solver.wall_time
        if (assisted and report["status"] in ("feasible", "unknown")
                and not self.watch.interrupted and mip_limit >= MIN_MIP_SECONDS / 2):
            if self.progress:
                self.progress("handover", {"name": stage.name, "solver": "highs",
                                           "objective": report["objective"],
                                           "bound": report["bound"], "time_limit": mip_limit})
            solution = self._assist(stage, mip_limit, report, solution)
            found = solution is not None
        if found and stage.relative_gap and report["status"] == "feasible":
            gap = abs(report["bound"] - report["objective"]) / max(1.0, abs(report["bound"]))
            report["within_gap_limit"] = gap <= stage.relative_gap + 1e-12
        self.reports.append(report)
        log.info("stage %s: %s, objective %s, bound %s, %.2fs (%s)", stage.name,
                 report["status"], report["objective"], report["bound"], report["seconds"],
                 report["solver"])
        interrupted = self.watch.interrupted
        if interrupted:
            report["interrupted"] = True
        if self.progress:
            self.progress("stage", report)
        if solution is not None:
            self.best = solution
        if not found or interrupted:
            if self.best is None:
                self.status = "infeasible" if report["status"] == "infeasible" else "unknown"
            return False
        model.add(expression >= round(report["objective"]))
        self.floors.append((stage, report["objective"]))
        if report["solver"] == "cp-sat":
            _hint_from(model, solver)
        else:
            _hint_from_arrays(self.program, self.variables, *solution)
        return True

    def _cpsat(self, stage: Stage, limit: float):
        solver = cp_model.CpSolver()
        parameters = solver.parameters
        if self.deterministic:
            parameters.max_deterministic_time = limit
            parameters.max_time_in_seconds = limit * DETERMINISTIC_WALL_FACTOR
        else:
            parameters.max_time_in_seconds = limit
        parameters.num_workers = self.options.workers
        parameters.random_seed = self.options.seed
        parameters.log_search_progress = self.options.log_search
        if self.options.log_search:  # to stderr: stdout may carry the plan (solve -o -)
            parameters.log_to_stdout = False
            solver.log_callback = _log_to_stderr
        # the LP relaxation with cuts is what proves coverage and preference bounds here
        # (benchmarks: stage 3 on 20 schools, 1 worker: no solution in 30 s without, 10 s with)
        parameters.linearization_level = 2
        if stage.relative_gap:
            parameters.relative_gap_limit = stage.relative_gap
        parameters.catch_sigint_signal = False  # allocator/solve/interrupt.py does it
        improvements = _Improvements(None if self.progress is None else (
            lambda seconds, value, bound: self.progress("improved", {
                "name": stage.name, "seconds": seconds, "objective": value, "bound": bound})))
        self.watch.watch(solver)
        code = solver.solve(self.variables.model, improvements)
        return solver, code, improvements

    def _assist(self, stage: Stage, limit: float, report: dict,
                solution: Arrays | None
                ) -> Arrays | None:
        """HiGHS continues an exact stage CP-SAT left open: on the stage's kernel first when
        that is a real restriction (solve/kernel.py), then, once the kernel is exhausted, on
        the whole program from the best plan so far. The better plan and the tighter
        whole-program bound win; ``report`` says which solver did what."""
        from allocator.solve.backends.highs.model import HighsProgram

        began = time.perf_counter()
        if self.mip is None:
            self.mip = HighsProgram(self.program)
        for done, value in self.floors[self.mip_floors:]:  # stages fixed since the last call
            self.mip.add_floor(done, value)
        self.mip_floors = len(self.floors)
        self.watch.watch(self.mip)

        def left() -> float:
            return limit - (time.perf_counter() - began)

        kernel_status, solution = self._kernel_phase(stage, left, report, began, solution)
        # a kernel still open when time is up leaves the whole program no time to do better;
        # an exhausted (or empty) kernel hands the rest of the time over
        whole_program = kernel_status is None or (
            kernel_status in ("optimal", "infeasible") and left() >= MIN_MIP_SECONDS / 2)
        result = None
        if whole_program and not self.watch.interrupted:
            result = self.mip.solve_stage(stage, left(), start=solution)
            solution = _take_better(report, result, solution, time.perf_counter() - began,
                                    restricted=False)
        seconds = time.perf_counter() - began
        self.spent += seconds
        report["mip_seconds"] = round(seconds, 3)
        report["mip_status"] = result.status if result is not None else "kernel only"
        report["seconds"] = round(report["seconds"] + seconds, 3)
        if solution is None:
            if result is not None and result.status == "infeasible":
                report["status"] = "infeasible"
                report["solver"] = "highs"
            return None
        if report["status"] == "unknown":
            report["status"] = "feasible"
        if report["bound"] <= report["objective"]:
            report["status"] = "optimal"
            report["bound"] = report["objective"]
        if report["solver"] == "cp-sat" and result is not None and result.status == "optimal":
            report["solver"] = "cp-sat (proved by highs)"
        return solution

    def _kernel_phase(self, stage: Stage, left: Callable[[], float], report: dict,
                      began: float, solution: Arrays | None
                      ) -> tuple[str | None, Arrays | None]:
        """HiGHS on the stage's kernel: (its status, the best plan so far); the status is None
        when the kernel would not restrict enough to be worth a separate search."""
        relaxed = self.mip.relaxation(stage, left())
        if relaxed is None or self.watch.interrupted:
            return None, solution
        kernel = kernel_arcs(self.program, relaxed.use, relaxed.reduced_cost)
        if kernel.mean() > KERNEL_MAX_FRACTION:
            return None, solution
        # no start from CP-SAT's plan: on d20200 its plan as MIP start steered HiGHS's sub-MIP
        # heuristics to 12289-12315 over three seeds, against 12294 on all three without
        result = self.mip.solve_stage(stage, left(), arcs=kernel)
        report["mip_kernel_arcs"] = int(kernel.sum())
        report["mip_kernel_status"] = result.status
        return result.status, _take_better(report, result, solution,
                                           time.perf_counter() - began, restricted=True)


def _take_better(report: dict, result, solution: Arrays | None,
                 after: float, restricted: bool) -> Arrays | None:
    """Keep HiGHS's plan when it beats ``solution``; take its bound unless it holds only
    for a restricted (kernel) program."""
    if not restricted and not math.isnan(result.bound):
        bounds = [b for b in (report["bound"], result.bound) if not math.isnan(b)]
        report["bound"] = min(bounds)
    if result.units is not None and (solution is None or result.objective > report["objective"]):
        report["objective"] = result.objective
        report["improvements"].append((round(report["seconds"] + after, 4), result.objective))
        report["solver"] = "cp-sat+highs"
        return result.units, result.covered, result.switches
    return solution


def _log_to_stderr(line: str) -> None:
    print(line, file=sys.stderr, flush=True)


def _hint_from(model: cp_model.CpModel, solver: cp_model.CpSolver) -> None:
    model.clear_hints()
    for index, value in enumerate(solver.response_proto.solution):
        model.add_hint(model.get_int_var_from_proto_index(index), value)


def _hint_from_arrays(program: AllocationProgram, variables: ModelVariables,
                      units: np.ndarray, covered: np.ndarray, switches: np.ndarray) -> None:
    """Hint every model variable from a plan in the program's own shape (e.g. from HiGHS)."""
    hints: dict[int, tuple[cp_model.IntVar, int]] = {}  # by index: `1 * use` is `use` itself

    def hint(term, value: int) -> None:
        if isinstance(term, cp_model.IntVar):
            hints[term.index] = (term, value)

    arc_units = units.sum(axis=1)
    for a, used in enumerate(variables.use):
        hint(variables.share[a], int(arc_units[a]))
        for source, amount in variables.funded[a].items():
            hint(amount, int(units[a, source]))
        hint(used, int(arc_units[a] > 0))
    for i, cover in enumerate(variables.cover):
        if cover is not None:
            hint(cover, int(covered[i]))
    if variables.person_group:
        working = {(int(program.arc_person[a]), int(program.arc_group[a]))
                   for a in np.flatnonzero(arc_units > 0)}
        for key, indicator in variables.person_group.items():
            hint(indicator, int(key in working))
    if variables.person_site:
        at = {(int(program.arc_person[a]), int(program.arc_site[a]))
              for a in np.flatnonzero(arc_units > 0)}
        for key, indicator in variables.person_site.items():
            hint(indicator, int(key in at))
    for a, small in variables.small.items():
        hint(small, int(arc_units[a] == 1))
    for k, switch in enumerate(variables.switch):
        hint(switch, int(switches[k]))
    for k, member in enumerate(variables.member):
        item = program.switch_members[k]
        hint(member, int(covered[item.bundle] and switches[item.switch]))
    for bundle, needed in variables.demand.items():  # follows from the decisions
        item = next(d for d in program.bundle_demands if d.bundle == bundle)
        total = item.fixed_units + sum(m.units for m in program.switch_members
                                       if m.bundle == bundle and switches[m.switch])
        hint(needed, -(-item.numerator * total // item.denominator))
    model = variables.model
    model.clear_hints()
    for variable, value in hints.values():
        model.add_hint(variable, value)


def _solution_arrays(program: AllocationProgram, variables: ModelVariables,
                     solver: cp_model.CpSolver) -> Arrays:
    units = np.zeros((program.n_arcs, len(program.source_names)), dtype=np.int64)
    for a, parts in enumerate(variables.funded):
        if not solver.value(variables.use[a]):
            continue
        for source, amount in parts.items():
            units[a, source] = int(solver.value(amount))
    covered = np.array([cover is not None and bool(solver.value(cover))
                        for cover in variables.cover], dtype=bool)
    switches = np.array([bool(solver.value(switch)) for switch in variables.switch], dtype=bool)
    return units, covered, switches
