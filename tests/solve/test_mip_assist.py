"""Backend "auto": HiGHS takes over exact stages CP-SAT leaves open; plans move between models."""

from __future__ import annotations

import threading
from unittest import mock

from hypothesis import HealthCheck, given, settings

import allocator.solve.driver as lexicographic
from allocator.check.checker import check_plan
from allocator.compile import compile_problem
from allocator.engine import solve_problem
from allocator.solve import SolveOptions
from allocator.solve.backends.base import StageLimit
from allocator.solve.backends.cpsat.backend import CpsatBackend
from allocator.solve.backends.highs.model import HighsProgram
from allocator.synth import generate_group
from tests.reference_mip import reference_stage_values
from tests.strategies import problems

SETTINGS = settings(max_examples=30, deadline=None,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])


def _highs_does_every_exact_stage():
    """CP-SAT gets no time on exact stages, so HiGHS must find and prove them from scratch."""
    return mock.patch.multiple(lexicographic, CPSAT_SHARE_BEFORE_MIP=0.0, MIN_MIP_SECONDS=0.0)


@SETTINGS
@given(problems())
def test_stages_handed_to_highs_stay_optimal_and_pass_the_checker(problem):
    with _highs_does_every_exact_stage():
        plan = solve_problem(problem, SolveOptions(time_limit=20, workers=2, backend="auto"))
    assert plan.status == "optimal", (plan.stages, plan.message)
    assert check_plan(problem, plan).ok
    assert (plan.objective.core, plan.objective.noncore) == reference_stage_values(problem)


def test_a_highs_plan_becomes_a_complete_valid_cp_sat_hint():
    program = compile_problem(generate_group(5, seed=3))
    mip = HighsProgram(program)
    first = mip.solve_stage(program.stages[0], StageLimit(30))
    assert first.status == "optimal" and first.plan is not None
    cpsat = CpsatBackend(program)
    cpsat._hint_from_plan(first.plan)
    variables = cpsat.variables
    assert variables.model.validate() == ""
    hinted = {entry for entry in variables.model.proto.solution_hint.vars}
    assert len(hinted) == len(variables.model.proto.variables)  # nothing left to guess


def test_the_report_says_which_solver_closed_each_stage():
    program = compile_problem(generate_group(5, seed=3))
    with _highs_does_every_exact_stage():
        solution = lexicographic.solve_program(program, SolveOptions(time_limit=30, workers=2))
    exact = [r for r, s in zip(solution.stages, program.stages, strict=True)
             if not s.relative_gap]
    assert exact and all(r.status == "optimal" and "mip_seconds" in r.details for r in exact)
    assert all(r.solver in ("highs", "cp-sat+highs", "cp-sat (proved by highs)")
               for r in exact)


def test_deterministic_mode_hands_over_to_highs_and_a_highs_proof_stays_repeatable():
    program = compile_problem(generate_group(5, seed=3))
    with _highs_does_every_exact_stage():
        solution = lexicographic.solve_program(program, SolveOptions(time_limit=60, workers=1))
    exact = [r for r in solution.stages if r.name in ("core", "noncore")]
    assert all("mip_seconds" in r.details and r.status == "optimal" for r in exact)
    assert all(r.repeatable for r in exact)


def test_a_stop_request_from_another_thread_ends_a_highs_solve():
    """What Ctrl-C does through interrupt.py's watcher thread."""
    program = compile_problem(generate_group(40, seed=1))
    mip = HighsProgram(program)
    threading.Timer(1.0, mip.stop_search).start()
    result = mip.solve_stage(program.stages[-1], StageLimit(300))  # minutes when not stopped
    assert result.details["highs_status"] == "Interrupted by user"
    assert result.status in ("feasible", "unknown")


def test_a_highs_stage_cut_before_its_first_bound_keeps_its_start_and_claims_no_bound():
    """A short --time-limit on 40 schools ended stage 2 inside HiGHS's presolve: its dual
    bound was still infinite (an OverflowError before this was handled)."""
    program = compile_problem(generate_group(40, seed=1))
    mip = HighsProgram(program)
    first = mip.solve_stage(program.stages[0], StageLimit(60))
    assert first.plan is not None
    mip.add_floor(program.stages[0], first.objective)
    second = mip.solve_stage(program.stages[1], StageLimit(0.01), start=first.plan)
    assert second.plan is not None and second.status in ("feasible", "optimal")
    assert second.bound != second.bound or second.bound >= second.objective  # NaN: none yet


def test_deterministic_auto_gives_cp_sat_the_core_stage_and_highs_the_stages_after_it():
    """The per-stage choice by structure: the non-core objective reaches most arcs and the
    preference stage has a gap limit, so both are HiGHS's from the plan before them."""
    program = compile_problem(generate_group(5, seed=3))
    shares = [lexicographic.objective_arc_share(program, s) for s in program.stages]
    assert shares[0] <= lexicographic.MIP_FIRST_ARC_SHARE < shares[1] and shares[2] == 1.0
    solution = lexicographic.solve_program(program, SolveOptions(time_limit=60, workers=1))
    assert [r.solver for r in solution.stages] == ["cp-sat", "highs", "highs"]
    assert solution.repeatable
    plan_values = [r.objective for r in solution.stages[:2]]
    cpsat = lexicographic.solve_program(program, SolveOptions(time_limit=60, backend="cpsat"))
    assert plan_values == [r.objective for r in cpsat.stages[:2]]
