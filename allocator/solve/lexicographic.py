"""Solve an allocation program stage by stage: fix each stage's value, hint the next."""

from __future__ import annotations

import logging
import math
import time
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np
from ortools.sat.python import cp_model

from allocator.compile.program import AllocationProgram, ProgramSolution
from allocator.solve.interrupt import interrupt_watch
from allocator.solve.objective import stage_expression
from allocator.solve.rules import RULE_FAMILIES
from allocator.solve.variables import ModelVariables, create_variables

log = logging.getLogger(__name__)

# Share of the time still left that each stage may use; what a stage does not use carries over.
STAGE_TIME_SHARE = (0.4, 0.6, 1.0)
FOCUS_TIME_SHARE = 0.25  # a guideline focus stage, when present, comes first
STABILITY_TIME_SHARE = 0.5  # re-planning: keep the previous plan, after non-core coverage
DEFAULT_TIME_LIMIT = 120.0
DETERMINISTIC_WALL_FACTOR = 10.0

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
    backend: str = "cpsat"  # or "highs": the same program as a MIP (allocator/solve/highs_backend)


ProgressCallback = Callable[[str, dict], None]


class _Improvements(cp_model.CpSolverSolutionCallback):
    """Records (seconds, objective) of every improving solution: time to best, gap over time."""

    def __init__(self) -> None:
        super().__init__()
        self.trace: list[tuple[float, float]] = []

    def on_solution_callback(self) -> None:
        self.trace.append((round(self.wall_time, 4), float(self.objective_value)))


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
    deterministic = options.workers == 1
    with interrupt_watch() as watch:
        best, reports, status = _run_stages(program, variables, options, progress, watch,
                                            deterministic, started)
    interrupted = watch.interrupted
    if best is None:
        return ProgramSolution(
            arc_source_units=np.zeros((program.n_arcs, len(program.source_names)), dtype=np.int64),
            covered=np.zeros(program.n_instances, dtype=bool), stage_reports=reports,
            status=status, seconds=time.perf_counter() - started, interrupted=interrupted)
    exact_stages = [stage.name for stage in program.stages if not stage.relative_gap]
    reached = {report["name"]: report["status"] for report in reports}
    status = ("optimal" if all(reached.get(name) == "optimal" for name in exact_stages)
              else "feasible")
    if interrupted:
        log.warning("interrupted: returning the best plan found so far")
    return ProgramSolution(
        arc_source_units=_funded_units(program, variables, best),
        covered=np.array([cover is not None and bool(best.value(cover))
                          for cover in variables.cover], dtype=bool),
        stage_reports=reports, status=status, seconds=time.perf_counter() - started,
        interrupted=interrupted)


def _run_stages(program: AllocationProgram, variables: ModelVariables, options: SolveOptions,
                progress: ProgressCallback | None, watch, deterministic: bool,
                started: float) -> tuple[cp_model.CpSolver | None, list[dict], str]:
    """Solve the stages in order; stop after a stage that found nothing or was interrupted."""
    model = variables.model
    reports: list[dict] = []
    best: cp_model.CpSolver | None = None
    status = "unknown"
    spent = 0.0  # seconds, or deterministic time units with one worker
    for index, stage in enumerate(program.stages):
        remaining = options.time_limit - (spent if deterministic
                                          else time.perf_counter() - started)
        named = {"focus": FOCUS_TIME_SHARE, "stability": STABILITY_TIME_SHARE}
        offset = 1 if program.stages[0].name == "focus" else 0
        share = named.get(stage.name) or STAGE_TIME_SHARE[
            min(index - offset, len(STAGE_TIME_SHARE) - 1)]
        if index == len(program.stages) - 1:
            share = 1.0
        stage_limit = max(0.05, remaining * share)
        expression = stage_expression(program, variables, stage)
        model.maximize(expression)
        solver = cp_model.CpSolver()
        if deterministic:
            solver.parameters.max_deterministic_time = stage_limit
            solver.parameters.max_time_in_seconds = stage_limit * DETERMINISTIC_WALL_FACTOR
        else:
            solver.parameters.max_time_in_seconds = stage_limit
        solver.parameters.num_workers = options.workers
        solver.parameters.random_seed = options.seed
        solver.parameters.log_search_progress = options.log_search
        # the LP relaxation with cuts is what proves coverage and preference bounds here
        # (benchmarks: stage 3 on 20 schools, 1 worker: no solution in 30 s without, 10 s with)
        solver.parameters.linearization_level = 2
        if stage.relative_gap:
            solver.parameters.relative_gap_limit = stage.relative_gap
        solver.parameters.catch_sigint_signal = False  # allocator/solve/interrupt.py does it
        improvements = _Improvements()
        watch.watch(solver)
        code = solver.solve(model, improvements)
        stage_status = _STATUS.get(code, "unknown")
        found = code in (cp_model.OPTIMAL, cp_model.FEASIBLE)
        used = solver.response_proto.deterministic_time if deterministic else solver.wall_time
        spent += used
        interrupted = watch.interrupted
        report = {
            "name": stage.name,
            "status": stage_status,
            # stage weights are integers: values are too (CP-SAT's LP may return 24.999...)
            "objective": float(round(solver.objective_value)) if found else 0.0,
            "bound": float(math.floor(solver.best_objective_bound + 1e-6)) if found
            else float("nan"),
            "seconds": round(solver.wall_time, 3),
            "time_limit": round(stage_limit, 3),
            "improvements": improvements.trace,
        }
        if found and stage.relative_gap and stage_status == "feasible":
            gap = abs(report["bound"] - report["objective"]) / max(1.0, abs(report["bound"]))
            report["within_gap_limit"] = gap <= stage.relative_gap + 1e-12
        reports.append(report)
        log.info("stage %s: %s, objective %s, bound %s, %.2fs", stage.name, stage_status,
                 report["objective"], report["bound"], solver.wall_time)
        if interrupted:
            report["interrupted"] = True
        if progress:
            progress("stage", report)
        if not found or interrupted:
            if found:
                best = solver
            if best is None:
                status = "infeasible" if code == cp_model.INFEASIBLE else "unknown"
            break
        best = solver
        objective = round(solver.objective_value)
        model.add(expression >= objective)
        _hint_from(model, solver)
    return best, reports, status


def _hint_from(model: cp_model.CpModel, solver: cp_model.CpSolver) -> None:
    model.clear_hints()
    for index, value in enumerate(solver.response_proto.solution):
        model.add_hint(model.get_int_var_from_proto_index(index), value)


def _funded_units(program: AllocationProgram, variables: ModelVariables,
                  solver: cp_model.CpSolver) -> np.ndarray:
    units = np.zeros((program.n_arcs, len(program.source_names)), dtype=np.int64)
    for a, parts in enumerate(variables.funded):
        if not solver.value(variables.use[a]):
            continue
        for source, amount in parts.items():
            units[a, source] = int(solver.value(amount))
    return units
