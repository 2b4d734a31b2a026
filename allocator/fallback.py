"""When the time limit ends the search before the solver has any plan: a quick plan.

A short ``--time-limit`` on a large group under load can end stage 1 before CP-SAT reports a
first solution, although a plan that keeps every rule always exists when no pin forces work:
the empty plan (everything reported as uncovered). Rather than exit 4, the plan returned is
the best of a few quick candidates that the independent checker (allocator/check) accepts:
the greedy baseline (which places pinned assignments first) and the empty plan. Its stage
bounds are trivial upper bounds (all weight covered) unless the solver proved better, so the
gap is honest. With pins that no quick plan can honour, there is no plan yet: exit 4 stays.
"""

from __future__ import annotations

import numpy as np

from allocator.check.checker import check_plan
from allocator.compile import AllocationProgram, ProgramSolution
from allocator.compile.evaluate import stage_value
from models import Plan, Problem, StageReport, Status


def _trivial_bound(program: AllocationProgram, name: str) -> float:
    """Every positive weight collected at once: no plan of the stage can do better."""
    stage = next(s for s in program.stages if s.name == name)
    if stage.source_unit_weight is not None and np.any(stage.source_unit_weight > 0):
        return float("nan")  # more hours may pay more: no simple bound
    if max(stage.group_weight, stage.site_weight, stage.small_share_weight) > 0:
        return float("nan")
    total = 0.0  # penalties (negative weights) only lower a plan's value
    for weights in (stage.instance_weight, stage.arc_weight, stage.switch_weight,
                    stage.member_weight):
        if weights is not None:
            total += float(np.clip(np.asarray(weights, dtype=float), 0, None).sum())
    return total


def _candidates(program: AllocationProgram) -> list[tuple[str, np.ndarray, np.ndarray,
                                                          np.ndarray | None]]:
    from allocator.solve.greedy import solve_greedy

    empty_units = np.zeros((program.n_arcs, len(program.source_names)), dtype=np.int64)
    empty_cover = np.zeros(program.n_instances, dtype=bool)
    found: list[tuple[str, np.ndarray, np.ndarray, np.ndarray | None]] = []
    greedy = solve_greedy(program)
    if greedy.status == "feasible":  # with its pooling decisions for 'kies' schools
        found.append(("greedy", greedy.arc_source_units, greedy.covered,
                      greedy.switches if program.n_switches else None))
    if program.n_switches:
        for pooled in (False, True):
            found.append(("empty", empty_units, empty_cover,
                          np.full(program.n_switches, pooled, dtype=bool)))
    else:
        found.append(("empty", empty_units, empty_cover, None))
    return found


def quick_plan(problem: Problem, program: AllocationProgram,
               solution: ProgramSolution) -> Plan | None:
    """A checked plan for a search that ended without one, or None (then there is none)."""
    from allocator.engine import solution_to_plan

    for kind, units, covered, switches in _candidates(program):
        stage_reports = []
        for stage in program.stages:
            ran = solution.stage(stage.name)
            proved = ran.bound if ran is not None and ran.bound is not None else float("nan")
            stage_reports.append(StageReport(
                name=stage.name, status=Status.feasible,
                objective=stage_value(program, stage, units, covered, switches),
                bound=proved if proved == proved else _trivial_bound(program, stage.name),
                solver=kind, seconds=ran.seconds if ran is not None else 0.0,
                time_limit=ran.time_limit if ran is not None else 0.0))
        quick = ProgramSolution(
            arc_source_units=units, covered=covered, stages=stage_reports,
            status=Status.feasible.value, seconds=solution.seconds,
            interrupted=solution.interrupted,
            switches=switches if switches is not None else np.zeros(0, dtype=bool))
        plan = solution_to_plan(problem, program, quick)
        if check_plan(problem, plan).ok:
            plan.quick = kind  # the words: text("limit.quick_plan", kind=...)
            return plan
    return None
