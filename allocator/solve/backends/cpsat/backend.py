"""CP-SAT as a backend: one model of the program, kept across lexicographic stages."""

from __future__ import annotations

import math
import sys

import numpy as np
from ortools.sat.python import cp_model

from allocator.compile.program import AllocationProgram, Stage
from allocator.solve.backends.base import (
    ImprovementCallback,
    ProgramPlan,
    StageLimit,
    StageResult,
)
from allocator.solve.backends.cpsat.objective import stage_expression
from allocator.solve.backends.cpsat.variables import ModelVariables, create_variables
from allocator.solve.registry import RuleFamily, rule_families
from models.rules import Status

_STATUS = {
    cp_model.OPTIMAL: Status.optimal,
    cp_model.FEASIBLE: Status.feasible,
    cp_model.INFEASIBLE: Status.infeasible,
    cp_model.MODEL_INVALID: Status.unknown,
    cp_model.UNKNOWN: Status.unknown,
}


def build_model(program: AllocationProgram,
                families: tuple[RuleFamily, ...] | None = None) -> ModelVariables:
    """Variables plus every rule family's constraints; no objective yet."""
    variables = create_variables(program)
    for rule in rule_families() if families is None else families:
        rule.add_cpsat(program, variables)
    return variables


def _log_to_stderr(line: str) -> None:
    print(line, file=sys.stderr, flush=True)


class _Improvements(cp_model.CpSolverSolutionCallback):
    """Records (seconds, objective) of every improving solution: time to best, gap over time."""

    def __init__(self, on_improvement: ImprovementCallback | None = None) -> None:
        super().__init__()
        self.trace: list[tuple[float, float]] = []
        self.on_improvement = on_improvement  # (seconds, objective, bound): live progress

    def on_solution_callback(self) -> None:
        self.trace.append((round(self.wall_time, 4), float(self.objective_value)))
        if self.on_improvement is not None:
            self.on_improvement(self.wall_time, self.objective_value, self.best_objective_bound)


class CpsatBackend:
    """The program as a CP-SAT model; ``workers`` > 1 runs CP-SAT's parallel portfolio.

    Parameters
    ----------
    workers
        CP-SAT search workers (0: CP-SAT's default, all cores). With one worker and a
        deterministic :class:`StageLimit` a stage is repeatable.
    """

    name = "cp-sat"

    def __init__(self, program: AllocationProgram, workers: int = 1, seed: int = 0,
                 log_search: bool = False,
                 families: tuple[RuleFamily, ...] | None = None) -> None:
        self.program = program
        self.workers, self.seed, self.log_search = workers, seed, log_search
        self.variables = build_model(program, families)
        self._solver: cp_model.CpSolver | None = None
        self._stop_requested = False
        # the plan this backend returned last and the response that holds it: a start equal
        # to it is hinted from the full response (every auxiliary variable too)
        self._last: tuple[ProgramPlan, list[int]] | None = None

    def add_floor(self, stage: Stage, value: float) -> None:
        """Require ``stage``'s value to be at least ``value`` (rounded) in every later stage."""
        self.variables.model.add(
            stage_expression(self.program, self.variables, stage) >= round(value))

    def stop_search(self) -> None:
        """Stop the running search, or the next one before it starts."""
        self._stop_requested = True
        if self._solver is not None:
            self._solver.stop_search()

    def solve_stage(self, stage: Stage, limit: StageLimit, start: ProgramPlan | None = None,
                    on_improvement: ImprovementCallback | None = None) -> StageResult:
        """Maximise ``stage`` within ``limit``, hinted with ``start``.

        ``on_improvement`` is called with each better plan's value while the search runs.
        """
        model = self.variables.model
        model.maximize(stage_expression(self.program, self.variables, stage))
        if start is not None:
            self._hint(start)
        solver = cp_model.CpSolver()
        parameters = solver.parameters
        if limit.deterministic:
            parameters.max_deterministic_time = limit.seconds
            if limit.wall_cap is not None:
                parameters.max_time_in_seconds = limit.wall_cap
        else:
            parameters.max_time_in_seconds = limit.seconds
        parameters.num_workers = self.workers
        parameters.random_seed = self.seed
        parameters.log_search_progress = self.log_search
        if self.log_search:  # to stderr: stdout may carry the plan (solve -o -)
            parameters.log_to_stdout = False
            solver.log_callback = _log_to_stderr
        # the LP relaxation with cuts is what proves coverage and preference bounds here
        # (benchmarks: stage 3 on 20 schools, 1 worker: no solution in 30 s without, 10 s with)
        parameters.linearization_level = 2
        if stage.relative_gap:
            parameters.relative_gap_limit = stage.relative_gap
        parameters.catch_sigint_signal = False  # allocator/solve/interrupt.py does it
        improvements = _Improvements(on_improvement)
        self._solver = solver
        if self._stop_requested:
            solver.stop_search()
        code = solver.solve(model, improvements)
        self._solver = None
        status = _STATUS.get(code, Status.unknown)
        plan = self._read(solver) if status.found else None
        if plan is not None:
            self._last = (plan, list(solver.response_proto.solution))
        bound = solver.best_objective_bound
        # stage weights are integers: values are too (CP-SAT's LP may return 24.999...)
        objective = float(round(solver.objective_value)) if plan is not None else 0.0
        shown_bound = float(math.floor(bound + 1e-6)) if plan is not None else float("nan")
        if status is Status.optimal and shown_bound > objective:
            # CP-SAT says OPTIMAL once a ranked stage's relative gap limit is reached: within
            # the gap, not proven (the driver reports within_gap_limit)
            status = Status.feasible
        return StageResult(
            status=status,
            objective=objective,
            bound=shown_bound,
            seconds=solver.wall_time, work=solver.response_proto.deterministic_time,
            solver=self.name, plan=plan, improvements=improvements.trace,
            repeatable=self._ended_by_work(limit, stage, status, solver, bound))

    def _ended_by_work(self, limit: StageLimit, stage: Stage, status: Status,
                       solver: cp_model.CpSolver, bound: float) -> bool:
        """Whether the search ended by proof, gap or its deterministic limit.

        Not by the wall clock, nor by an interruption. Only one worker under a deterministic limit
        reproduces its path to that end.
        """
        if not limit.deterministic or self.workers != 1 or self._stop_requested:
            return False
        if status in (Status.optimal, Status.infeasible):
            return True
        work = solver.response_proto.deterministic_time
        if work >= limit.seconds * 0.99:
            return True
        if stage.relative_gap and status.found:
            gap = abs(bound - solver.objective_value) / max(1.0, abs(bound))
            if gap <= stage.relative_gap:
                return True
        # nothing deterministic ended it: the wall-clock cap did (a wall time short of the
        # cap proves nothing: CP-SAT's wall_time leaves out some of its own set-up)
        return False

    def _hint(self, start: ProgramPlan) -> None:
        model = self.variables.model
        if self._last is not None and self._last[0] is start:
            model.clear_hints()
            for index, value in enumerate(self._last[1]):
                model.add_hint(model.get_int_var_from_proto_index(index), value)
            return
        self._hint_from_plan(start)

    def _hint_from_plan(self, start: ProgramPlan) -> None:
        """Hint every model variable from a plan in the program's own shape (e.g. HiGHS's)."""
        program, variables = self.program, self.variables
        hints: dict[int, tuple[cp_model.IntVar, int]] = {}  # by index: `1 * use` is `use`

        def hint(term: object, value: int) -> None:
            if isinstance(term, cp_model.IntVar):
                hints[term.index] = (term, value)

        units = start.units
        arc_units = units.sum(axis=1)
        for a, used in enumerate(variables.use):
            hint(variables.share[a], int(arc_units[a]))
            for source, amount in variables.funded[a].items():
                hint(amount, int(units[a, source]))
            hint(used, int(arc_units[a] > 0))
        for i, cover in enumerate(variables.cover):
            if cover is not None:
                hint(cover, int(start.covered[i]))
        if variables.person_group:
            assert program.arc_group is not None
            working = {(int(program.arc_person[a]), int(program.arc_group[a]))
                       for a in np.flatnonzero(arc_units > 0)}
            for key, indicator in variables.person_group.items():
                hint(indicator, int(key in working))
        if variables.person_site:
            assert program.arc_site is not None
            at = {(int(program.arc_person[a]), int(program.arc_site[a]))
                  for a in np.flatnonzero(arc_units > 0)}
            for key, indicator in variables.person_site.items():
                hint(indicator, int(key in at))
        for a, small in variables.small.items():
            hint(small, int(arc_units[a] == 1))
        switches = start.switches
        for k, switch in enumerate(variables.switch):
            hint(switch, int(switches[k]))
        for k, member in enumerate(variables.member):
            item = program.switch_members[k]
            hint(member, int(start.covered[item.bundle] and switches[item.switch]))
        for bundle, needed in variables.demand.items():  # follows from the decisions
            demand = next(d for d in program.bundle_demands if d.bundle == bundle)
            total = demand.fixed_units + sum(m.units for m in program.switch_members
                                             if m.bundle == bundle and switches[m.switch])
            hint(needed, -(-demand.numerator * total // demand.denominator))
        model = variables.model
        model.clear_hints()
        for variable, value in hints.values():
            model.add_hint(variable, value)

    def _read(self, solver: cp_model.CpSolver) -> ProgramPlan:
        program, variables = self.program, self.variables
        units = np.zeros((program.n_arcs, len(program.source_names)), dtype=np.int64)
        for a, parts in enumerate(variables.funded):
            if not solver.value(variables.use[a]):
                continue
            for source, amount in parts.items():
                units[a, source] = int(solver.value(amount))
        covered = np.array([cover is not None and bool(solver.value(cover))
                            for cover in variables.cover], dtype=bool)
        switches = np.array([bool(solver.value(switch)) for switch in variables.switch],
                            dtype=bool)
        return ProgramPlan(units, covered, switches)


__all__ = ["CpsatBackend", "build_model"]

