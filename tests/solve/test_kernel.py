"""The kernel phase of backend "auto": which arcs it keeps, and that it never costs optimality."""

from __future__ import annotations

import contextlib
from unittest import mock

import numpy as np
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

import allocator.solve.backends.highs.model as highs_model
import allocator.solve.driver as lexicographic
from allocator.compile import compile_problem
from allocator.compile.gap import GapInstance, assignment_from_solution, compile_gap
from allocator.solve import SolveOptions
from allocator.solve.backends.base import StageLimit
from allocator.solve.backends.highs.kernel import kernel_arcs
from allocator.solve.backends.highs.model import HighsProgram
from benchmarks.gap_check import check_gap_solution
from benchmarks.gap_plain import solve_plain
from tests.strategies import problems

SETTINGS = settings(max_examples=25, deadline=None,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])


@st.composite
def gap_instances(draw) -> GapInstance:
    """Small generalized assignment problems, feasible by construction (a hidden assignment
    always fits), with more candidate agents per job than a kernel keeps."""
    agents = draw(st.integers(4, 6))
    jobs = draw(st.integers(6, 16))
    rng = np.random.default_rng(draw(st.integers(0, 2**32 - 1)))
    weight = rng.integers(1, 20, size=(agents, jobs))
    hidden = rng.integers(0, agents, size=jobs)
    load = np.bincount(hidden, weights=weight[hidden, np.arange(jobs)], minlength=agents)
    slack = draw(st.integers(0, 15))
    return GapInstance(name="generated", sense=draw(st.sampled_from(["min", "max"])),
                       value=rng.integers(1, 50, size=(agents, jobs)), weight=weight,
                       capacity=(load + slack).astype(np.int64))


def _kernel_always_searched():
    """CP-SAT gets no time and every kernel counts as a restriction worth a search (no
    Lagrangian proof or fixing first: tests/solve/test_assignment.py tests those)."""
    return contextlib_chain(
        mock.patch.multiple(lexicographic, CPSAT_SHARE_BEFORE_MIP=0.0, MIN_MIP_SECONDS=0.0,
                            is_plain_assignment=lambda program, stage: False),
        mock.patch.object(highs_model, "KERNEL_MAX_FRACTION", 1.0))


@contextlib.contextmanager
def contextlib_chain(*managers):
    with contextlib.ExitStack() as stack:
        for manager in managers:
            stack.enter_context(manager)
        yield


# CI found it: the plain CP-SAT model's objective came back as 193.00000000000003
FLOAT_NOISE = GapInstance(
    name="generated", sense="max",
    value=np.array([[35, 21, 26, 32, 27, 36], [25, 34, 16, 18, 33, 20],
                    [28, 16, 29, 29, 32, 10], [48, 25, 40, 42, 48, 28]]),
    weight=np.array([[11, 5, 14, 1, 16, 13], [13, 18, 5, 14, 9, 5],
                     [16, 10, 12, 2, 13, 13], [1, 6, 11, 11, 6, 17]]),
    capacity=np.array([1, 15, 55, 7]))


@SETTINGS
@given(gap_instances())
@example(FLOAT_NOISE)
def test_the_kernel_phase_ends_at_the_true_optimum_with_a_checked_plan(instance):
    program = compile_gap(instance)
    with _kernel_always_searched():
        solution = lexicographic.solve_program(program, SolveOptions(time_limit=20, workers=2))
    [report] = solution.stages
    assert report.details["mip_kernel_arcs"] <= program.n_arcs
    assert solution.status == "optimal", report
    agent_of = assignment_from_solution(program, solution.arc_source_units)
    check = check_gap_solution(instance, agent_of)
    plain = solve_plain(instance, time_limit=20, workers=2)
    assert check.feasible and plain["status"] == "optimal"
    assert check.objective == plain["objective"]
    assert abs(report.objective) == plain["objective"]


@SETTINGS
@given(gap_instances())
def test_the_relaxation_bounds_the_optimum_and_its_support_is_in_the_kernel(instance):
    program = compile_gap(instance)
    stage = program.stages[0]
    relaxed = HighsProgram(program).relaxation(stage, 10)
    optimum = HighsProgram(program).solve_stage(stage, StageLimit(20))
    assert relaxed is not None and optimum.status == "optimal"
    assert relaxed.objective >= optimum.objective - 1e-6
    kernel = kernel_arcs(program, relaxed.use, relaxed.reduced_cost)
    assert kernel[relaxed.use > 1e-6].all()


def test_an_empty_kernel_hands_the_stage_to_the_whole_program():
    instance = GapInstance(name="tiny", sense="min", value=np.array([[3, 1], [1, 3]]),
                           weight=np.array([[1, 1], [1, 1]]), capacity=np.array([1, 1]))
    program = compile_gap(instance)
    nothing = np.zeros(program.n_arcs, dtype=bool)  # every job must be done: no plan in it
    with _kernel_always_searched(), mock.patch.object(highs_model, "kernel_arcs",
                                                      return_value=nothing):
        solution = lexicographic.solve_program(program, SolveOptions(time_limit=10, workers=2))
    [report] = solution.stages
    assert report.details["mip_kernel_status"] == "infeasible"
    assert solution.status == "optimal" and report.objective == -2
    assert report.details["mip_status"] == "optimal"


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(problems(), st.integers(0, 2**32 - 1), st.integers(1, 4))
def test_kernel_keeps_support_pins_and_the_least_reluctant_arcs(problem, seed, per_instance):
    program = compile_problem(problem)
    rng = np.random.default_rng(seed)
    lp_use = np.where(rng.random(program.n_arcs) < 0.2, rng.random(program.n_arcs), 0.0)
    reduced_cost = -rng.integers(0, 5, size=program.n_arcs).astype(float)  # ties on purpose
    kernel = kernel_arcs(program, lp_use, reduced_cost, per_instance)
    assert kernel[lp_use > 1e-6].all()
    assert all(kernel[pin.arc] for pin in program.pins)
    for instance, arcs in enumerate(program.arcs_of_instance()):
        wanted = per_instance + max(0, int(program.instance_max_people[instance]) - 1)
        kept, dropped = arcs[kernel[arcs]], arcs[~kernel[arcs]]
        assert len(kept) >= min(len(arcs), wanted)
        if len(dropped):  # nothing left out is less reluctant than the wanted-th best arc
            wanted_best = np.sort(reduced_cost[arcs])[::-1][wanted - 1]
            assert reduced_cost[dropped].max() <= wanted_best


def test_a_kernel_bound_never_becomes_the_stage_bound():
    """The kernel's bound holds for the kernel only; a whole-program bound tightens the stage."""
    from allocator.compile.program import Stage
    from allocator.solve.backends.base import ProgramPlan, StageResult
    from models import Status

    plan = ProgramPlan(np.ones((2, 1), dtype=np.int64), np.ones(2, dtype=bool),
                       np.zeros(0, dtype=bool))
    record = lexicographic._StageRecord(Stage("s"), StageLimit(10))
    record.first(StageResult(Status.feasible, 10.0, 20.0, 1.0, "cp-sat", plan=plan))
    kernel_plan = ProgramPlan(plan.units.copy(), plan.covered.copy(), plan.switches)
    record.offer(StageResult(Status.optimal, 12.0, 12.0, 1.0, "highs", plan=kernel_plan),
                 restricted=True)
    assert record.plan is kernel_plan and record.objective == 12.0 and record.bound == 20.0
    assert record.solver == "cp-sat+highs" and record.improvements[-1][1] == 12.0
    record.offer(StageResult(Status.feasible, 11.0, 15.0, 1.0, "highs", plan=plan),
                 restricted=False)
    assert record.plan is kernel_plan and record.objective == 12.0 and record.bound == 15.0
