"""Plain assignments (GAP shape): the Lagrangian bound holds, fixing keeps every better plan,
and a target's program holds every plan that reaches the target."""

from __future__ import annotations

import time
from types import SimpleNamespace
from unittest import mock

import numpy as np
from hypothesis import given

import allocator.solve.driver as lexicographic
from allocator.compile import compile_problem
from allocator.compile.gap import GapInstance, assignment_from_solution, compile_gap
from allocator.solve import SolveOptions, TimeBudget
from allocator.solve.assignment import (
    AssignmentBound,
    assignment_plan,
    is_plain_assignment,
    solve_target,
)
from allocator.solve.assignment_search import AssignmentSearch
from allocator.solve.backends.base import StageLimit, StageResult
from allocator.solve.driver import LexicographicDriver, _StageRecord
from benchmarks.gap_check import check_gap_solution
from benchmarks.gap_plain import solve_plain
from models import Status
from tests.builders import person, problem, school, task
from tests.solve.test_kernel import SETTINGS, gap_instances


def _optimum(instance: GapInstance) -> tuple[float, np.ndarray]:
    """The stage optimum (maximised: minimisation is negated) and its arcs, by plain CP-SAT."""
    program = compile_gap(instance)
    plain = solve_plain(instance, time_limit=20, workers=2)
    assert plain["status"] == "optimal"
    agent_of = plain["solution"]
    used = np.array([agent_of[j] == p for p, j in zip(program.arc_person,
                                                       program.arc_instance, strict=True)])
    value = program.stages[0].arc_weight[used].sum()
    assert abs(value) == plain["objective"]
    return float(value), used


@SETTINGS
@given(gap_instances())
def test_the_lagrangian_bound_is_never_below_the_optimum(instance):
    program = compile_gap(instance)
    optimum, _ = _optimum(instance)
    dual = AssignmentBound(program, program.stages[0])
    bound = dual.improve(incumbent=optimum - 5, seconds=5, max_iterations=60)
    assert bound >= optimum - 1e-6
    # from the LP's duals: at least the LP's bound at once, never below the optimum after
    from_lp = AssignmentBound(program, program.stages[0])
    lp = from_lp.start_from_lp(seconds=5)
    assert lp is not None and from_lp.bound <= lp + 1e-6 and from_lp.bound >= optimum - 1e-6
    assert from_lp.improve(incumbent=optimum - 5, seconds=5, max_iterations=60) >= optimum - 1e-6


@SETTINGS
@given(gap_instances())
def test_fixing_keeps_every_arc_of_a_plan_better_than_the_incumbent(instance):
    program = compile_gap(instance)
    optimum, arcs = _optimum(instance)
    dual = AssignmentBound(program, program.stages[0])
    # pretend the best known plan is one worse than the optimum: the optimum is better
    incumbent = optimum - 1
    dual.improve(incumbent, seconds=5, max_iterations=60)
    nothing = np.zeros(program.n_arcs, dtype=bool)
    fixed = dual.fixing(incumbent, nothing)
    assert fixed is not None
    assert fixed.keep[arcs].all()
    # against the optimum itself nothing better exists: the incumbent's arcs are kept
    fixed = dual.fixing(optimum, arcs)
    assert fixed is not None and fixed.keep[arcs].all()


def test_only_gap_shaped_programs_are_plain_assignments():
    instance = GapInstance(name="tiny", sense="min", value=np.array([[3, 1], [1, 3]]),
                           weight=np.array([[1, 1], [1, 1]]), capacity=np.array([1, 1]))
    program = compile_gap(instance)
    assert is_plain_assignment(program, program.stages[0])
    group = compile_problem(problem([school()], [person("P1"), person("P2")],
                                     [task("T1"), task("T2", core=False)]))
    assert not any(is_plain_assignment(group, stage) for stage in group.stages)


def test_a_tight_lagrangian_bound_fixes_arcs_out():
    """Two agents, two jobs, each job far cheaper on its own agent: the dual closes the gap and
    against the optimum every other arc is fixed out."""
    instance = GapInstance(name="tiny", sense="min", value=np.array([[1, 50], [50, 1]]),
                           weight=np.array([[1, 1], [1, 1]]), capacity=np.array([1, 1]))
    program = compile_gap(instance)
    dual = AssignmentBound(program, program.stages[0])
    assert dual.improve(incumbent=-2, seconds=5) <= -2 + 1e-6  # proves the optimum -2
    diagonal = program.arc_person == program.arc_instance
    fixed = dual.fixing(-3, np.zeros(program.n_arcs, dtype=bool))
    assert fixed is not None and not fixed.keep[~diagonal].any()


@SETTINGS
@given(gap_instances())
def test_the_engine_with_bound_and_fixing_ends_at_the_true_optimum(instance):
    """HiGHS's turn with the Lagrangian bound, the kernel left early and the fixed program:
    the plan is checked and optimal, whichever of them proves it."""
    program = compile_gap(instance)
    optimum, _ = _optimum(instance)
    with mock.patch.multiple(lexicographic, CPSAT_SHARE_BEFORE_MIP=0.0, MIN_MIP_SECONDS=0.0):
        solution = lexicographic.solve_program(program, SolveOptions(time_limit=20, workers=2))
    [report] = solution.stages
    assert solution.status == "optimal" and report.objective == optimum, report
    check = check_gap_solution(instance, assignment_from_solution(program,
                                                                  solution.arc_source_units))
    assert check.feasible and check.objective == abs(optimum)


@SETTINGS
@given(gap_instances())
def test_a_target_program_holds_the_optimum_or_proves_that_nothing_reaches_it(instance):
    program = compile_gap(instance)
    stage = program.stages[0]
    optimum, arcs = _optimum(instance)
    dual = AssignmentBound(program, stage)
    dual.improve(optimum - 5, seconds=5, max_iterations=60)
    reaching = dual.reaching(optimum)
    assert reaching is not None and reaching[arcs].all()
    found = solve_target(program, stage, reaching, int(optimum), 10, lambda: False)
    assert found.status == "optimal" and found.arcs is not None
    assert stage.arc_weight[found.arcs].sum() == optimum
    agent_of = [-1] * instance.jobs
    for arc in found.arcs:
        agent_of[program.arc_instance[arc]] = int(program.arc_person[arc])
    check = check_gap_solution(instance, agent_of)
    assert check.feasible and check.objective == abs(optimum)
    beyond = dual.reaching(optimum + 1)
    assert beyond is not None
    nothing = solve_target(program, stage, beyond, int(optimum) + 1, 10, lambda: False)
    assert nothing.status == "infeasible" and nothing.arcs is None


def _record_at(program, value: float, arcs: np.ndarray) -> _StageRecord:
    """A stage record whose best plan uses ``arcs`` and is said to be worth ``value``."""
    plan = assignment_plan(program, arcs)
    record = _StageRecord(program.stages[0], StageLimit(20))
    record.first(StageResult(Status.feasible, value, float("nan"), 0.1, "cp-sat", plan=plan))
    return record


@SETTINGS
@given(gap_instances())
def test_targets_alone_prove_the_stage_from_either_side(instance):
    """From the optimal plan the targets above it are proven out of reach, which lowers the
    bound onto it; from a record one below the optimum a target finds the optimum."""
    program = compile_gap(instance)
    stage = program.stages[0]
    optimum, arcs = _optimum(instance)
    driver = LexicographicDriver(program, SolveOptions(), TimeBudget(60))
    driver.watch = SimpleNamespace(interrupted=False)
    for claimed in (optimum, optimum - 1):
        record = _record_at(program, claimed, arcs)
        dual = AssignmentBound(program, stage)
        driver._lagrange(dual, record, seconds=1.0)
        driver._target_steps(stage, record, dual, time.perf_counter() + 20, 20, lambda: False)
        record.close(None)
        assert record.status is Status.optimal and record.objective == optimum, record.details
        assert record.bound == optimum
        if record.bound < dual.bound - 1:  # the dual left a gap: targets closed it
            assert any(step[2] == "infeasible" for step in record.details["target_steps"])


@SETTINGS
@given(gap_instances())
def test_rounds_never_lose_value_and_their_plan_passes_the_checker(instance):
    """From the worst feasible plan the rounds reach a checked plan at least as good, and
    with room to move they reach the optimum of these small instances."""
    program = compile_gap(instance)
    stage = program.stages[0]
    optimum, _ = _optimum(instance)
    worst = solve_plain(GapInstance(name="worst", sense="max" if instance.sense == "min"
                                    else "min", value=instance.value, weight=instance.weight,
                                    capacity=instance.capacity), time_limit=20, workers=2)
    start = np.array([worst["solution"][j] == p for p, j in zip(program.arc_person,
                                                                 program.arc_instance,
                                                                 strict=True)])
    value = stage.arc_weight[start].sum()
    found = AssignmentSearch(program, stage, seed=0).run(
        start, time.perf_counter() + 5, lambda: False)
    assert found.objective == stage.arc_weight[found.arcs].sum() >= value
    assert found.objective <= optimum
    agent_of = [-1] * instance.jobs
    for arc in np.flatnonzero(found.arcs):
        agent_of[program.arc_instance[arc]] = int(program.arc_person[arc])
    check = check_gap_solution(instance, agent_of)
    assert check.feasible and check.objective == abs(found.objective)
    if found.improved:
        assert found.objective > value
