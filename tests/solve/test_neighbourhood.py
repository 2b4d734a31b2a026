"""Neighbourhood rounds and the greedy extension: valid plans, never worse, repeatable.

Both start from a real plan of a stage (``allocator/solve/backends/highs/neighbourhood.py``,
``greedy.extend_plan``) and hand the driver a better one; the independent checker judges every
plan they return.
"""

from __future__ import annotations

import time

import numpy as np
from hypothesis import HealthCheck, given, settings

from allocator.check.checker import check_plan
from allocator.compile import ProgramSolution, compile_problem
from allocator.compile.evaluate import stage_value
from allocator.engine import solution_to_plan
from allocator.solve.backends.base import ProgramPlan, StageLimit
from allocator.solve.backends.highs.model import HighsProgram
from allocator.solve.backends.highs.neighbourhood import NeighbourhoodSearch
from allocator.solve.greedy import extend_plan
from tests.strategies import v2_problems


def _on_generated_problems(test):
    """Run the property ``test`` on 25 generated problems (v2: pooling, envelopes, travel)."""
    return settings(max_examples=25, deadline=None,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])(
        given(v2_problems())(test))


def _checked(prob, program, plan: ProgramPlan) -> None:
    solution = ProgramSolution(arc_source_units=plan.units, covered=plan.covered,
                               switches=plan.switches, stages=[], status="feasible",
                               seconds=0.0)
    report = check_plan(prob, solution_to_plan(prob, program, solution))
    assert report.ok, report.render()


def _value(program, stage, plan: ProgramPlan) -> float:
    return stage_value(program, stage, plan.units, plan.covered, plan.switches)


def _first_stage(program):
    """A HiGHS model with stage 1 solved and kept as a floor, and its plan."""
    mip = HighsProgram(program)
    first = program.stages[0]
    result = mip.solve_stage(first, StageLimit(20))
    if result.plan is None:
        return None, None
    mip.add_floor(first, result.objective)
    return mip, result.plan


def _group(schools: int = 6, seed: int = 3):
    from allocator.synth import generate_group

    prob = generate_group(schools, seed=seed)
    return prob, compile_problem(prob)


def test_the_extension_keeps_the_plan_and_covers_more_of_the_stage():
    prob, program = _group()
    mip, plan = _first_stage(program)
    assert plan is not None
    second = program.stages[1]
    extended = extend_plan(program, plan, second)
    _checked(prob, program, extended)
    used = plan.units > 0
    assert (extended.units[used] == plan.units[used]).all()  # nothing undone
    assert (extended.covered >= plan.covered).all()
    assert _value(program, second, extended) > _value(program, second, plan)
    # the earlier stage keeps its value: the extension only adds
    assert _value(program, program.stages[0], extended) >= _value(program, program.stages[0],
                                                                  plan)


@_on_generated_problems
def test_extended_plans_of_generated_problems_pass_the_checker(prob):
    program = compile_problem(prob)
    mip, plan = _first_stage(program)
    if plan is None:
        return
    for stage in program.stages[1:]:
        extended = extend_plan(program, plan, stage)
        _checked(prob, program, extended)
        assert (extended.covered >= plan.covered).all()


def _rounds(program, mip, plan, seed: int = 0):
    last = program.stages[-1]
    start = _value(program, last, plan)
    search = NeighbourhoodSearch(mip, seed=seed, free_arcs=60)
    return start, search.run(last, plan, start, rounds=12, patience=12,
                             deadline=time.perf_counter() + 60)


def test_rounds_return_a_checked_plan_no_worse_and_worth_what_they_say():
    prob, program = _group()
    mip, plan = _first_stage(program)
    assert plan is not None
    start, outcome = _rounds(program, mip, plan)
    _checked(prob, program, outcome.plan)
    assert outcome.objective >= start
    # the value is the plan's own, not the solver's claim (HiGHS has reported one 29 higher)
    assert outcome.objective == _value(program, program.stages[-1], outcome.plan)
    assert outcome.rounds == 12 and not outcome.ended_by_clock
    assert outcome.improved > 0  # a stage-1 plan leaves room in the preferences


def test_rounds_are_repeatable_and_leave_the_model_as_they_found_it():
    _, program = _group()
    mip, plan = _first_stage(program)
    _, first = _rounds(program, mip, plan)
    _, again = _rounds(program, mip, plan)
    assert np.array_equal(first.plan.units, again.plan.units)
    # every column free again: HiGHS on the whole stage reaches at least the rounds' value
    last = program.stages[-1]
    whole = mip.solve_stage(last, StageLimit(20), first.plan)
    assert whole.objective >= first.objective


def test_rounds_stop_at_the_deadline_and_say_so():
    _, program = _group()
    mip, plan = _first_stage(program)
    last = program.stages[-1]
    outcome = NeighbourhoodSearch(mip, seed=0, free_arcs=60).run(
        last, plan, _value(program, last, plan), rounds=50, patience=50,
        deadline=time.perf_counter() - 1)
    assert outcome.rounds == 0 and outcome.ended_by_clock
    assert outcome.plan is plan


def test_the_driver_searches_the_kernel_before_the_preference_stage(monkeypatch):
    """Large programs only by default; here the threshold is lowered for a small group."""
    from allocator.solve import SolveOptions, driver, solve_program

    monkeypatch.setattr(driver, "NEIGHBOURHOOD_MIN_ARCS", 0)
    prob, program = _group()
    runs = [solve_program(program, SolveOptions(time_limit=60)) for _ in range(2)]
    for solution in runs:
        preferences = solution.stages[-1]
        assert preferences.details["support_kernel_arcs"] >= 1
        assert solution.repeatable
        assert check_plan(prob, solution_to_plan(prob, program, solution)).ok
    assert np.array_equal(runs[0].arc_source_units, runs[1].arc_source_units)


def test_rounds_search_the_preference_stage_when_the_kernel_cannot(monkeypatch):
    """No LP optimum in time, so no kernel: the neighbourhood rounds take its place."""
    from allocator.solve import SolveOptions, driver, solve_program

    monkeypatch.setattr(driver, "NEIGHBOURHOOD_MIN_ARCS", 0)
    monkeypatch.setattr(HighsProgram, "relaxation", lambda self, stage, seconds: None)
    prob, program = _group()
    solution = solve_program(program, SolveOptions(time_limit=60))
    preferences = solution.stages[-1]
    assert "support_kernel_arcs" not in preferences.details
    assert preferences.details["neighbourhood_rounds"] >= 1
    assert check_plan(prob, solution_to_plan(prob, program, solution)).ok


def test_a_start_highs_over_values_is_searched_again_without_it():
    """HiGHS valued the empty start at 2 in its presolved space and returned it as worth 2.

    The stage's value is the plan's own, and the search without the start finds the plan
    worth 2 (the example hypothesis found in tests/solve/test_properties.py).
    """
    from models import Problem

    prob = Problem.model_validate({
        "schools": [{"id": "S0", "name": "S0", "level": "basis", "pupils": 0, "pools": True,
                     "travel_hours": 0.0},
                    {"id": "S1", "name": "S1", "level": "basis", "pupils": 0,
                     "pools": "choose"}],
        "people": [{"id": "p0", "name": "p0", "site": "S1", "other": 0.5},
                   {"id": "p1", "name": "p1", "site": "central", "other": 1.0},
                   {"id": "p2", "name": "p2", "site": "central", "other": 0.0}],
        "tasks": [{"id": "T0", "cluster": "technical", "name_nl": "T0", "name_en": "T0",
                   "core": False, "priority": 1, "scope": "school", "placement": "local",
                   "base_hours": 0.5, "hours_per_100_pupils": 0.0, "max_people": 1,
                   "outsourceable": "nee", "bundle_factor": 0.6}]})
    program = compile_problem(prob)
    mip, plan = _first_stage(program)
    second = program.stages[1]
    result = mip.solve_stage(second, StageLimit(10), plan)
    assert result.objective == _value(program, second, result.plan) == 2.0
    assert result.status.value == "optimal"


@_on_generated_problems
def test_a_round_cut_out_of_a_generated_model_keeps_the_rest_of_the_plan(prob):
    """A round is its own small MIP (``submodel.py``): fixed arcs stay, the plan is valid."""
    program = compile_problem(prob)
    mip, plan = _first_stage(program)
    if plan is None or program.n_arcs < 2:
        return
    last = program.stages[-1]
    fixed = np.arange(0, program.n_arcs, 2)  # every other arc keeps its use
    result, clock = mip.solve_round(last, 20, plan, 1e-4, 200, fixed)
    assert not clock
    if result.plan is None:
        return
    _checked(prob, program, result.plan)
    used = result.plan.units.sum(axis=1) > 0
    assert np.array_equal(used[fixed], (plan.units.sum(axis=1) > 0)[fixed])
    assert result.objective >= _value(program, last, plan)
    assert result.objective == _value(program, last, result.plan)


def test_a_round_plan_that_breaks_a_row_of_the_whole_model_is_refused():
    from allocator.solve.backends.highs.submodel import RoundModel

    _, program = _group()
    mip, plan = _first_stage(program)
    rounds = RoundModel(mip)
    values = mip.start_values(plan)
    assert rounds._plan_if_feasible(values) is not None
    unused = np.flatnonzero(plan.units.sum(axis=1) == 0)
    broken = values.copy()
    broken[mip.use_columns()[unused[0]]] = 1.0  # used, but no hours funded
    assert rounds._plan_if_feasible(broken) is None


def test_the_driver_searches_the_support_kernel_before_a_coverage_stage(monkeypatch):
    """Very large programs only by default; here the threshold is lowered for a small group.

    The kernel's plan is checked and never worse than the greedy extension of the stage-1
    plan; the whole-program search after it still proves the stage, to the value HiGHS alone
    proves, and the run stays repeatable.
    """
    from allocator.solve import SolveOptions, driver, solve_program

    monkeypatch.setattr(driver, "SUPPORT_KERNEL_MIN_ARCS", 0)
    prob, program = _group()
    runs = [solve_program(program, SolveOptions(time_limit=60)) for _ in range(2)]
    alone = solve_program(program, SolveOptions(time_limit=60, backend="highs"))
    for solution in runs:
        second = solution.stages[1]
        assert second.details["support_kernel_arcs"] >= 1
        assert second.details["support_kernel_status"] in ("optimal", "feasible")
        assert second.status.value == alone.stages[1].status.value == "optimal"
        assert second.objective == alone.stages[1].objective
        assert solution.repeatable
        assert check_plan(prob, solution_to_plan(prob, program, solution)).ok
    assert np.array_equal(runs[0].arc_source_units, runs[1].arc_source_units)


def test_the_support_kernel_holds_the_start_and_its_extension():
    """The LP's support alone may hold no plan meeting stage 1's floor; the kept arcs do."""
    from allocator.solve.backends.highs.kernel import support_kernel

    _, program = _group()
    mip, plan = _first_stage(program)
    second = program.stages[1]
    extended = extend_plan(program, plan, second)
    relaxed = mip.relaxation(second, 20)
    assert relaxed is not None
    kept = (plan.units.sum(axis=1) > 0) | (extended.units.sum(axis=1) > 0)
    arcs = support_kernel(relaxed.use, kept)
    assert arcs[kept].all() and arcs[relaxed.use > 1e-6].all()
    result = mip.solve_stage(second, StageLimit(20), extended, arcs=arcs)
    assert result.plan is not None
    assert not (result.plan.units.sum(axis=1)[~arcs] > 0).any()
    assert result.objective >= _value(program, second, extended)


def test_an_lp_after_a_long_mip_gets_its_own_time():
    """HiGHS counts an LP's limit from the instance's summed run time, a MIP's from its start."""
    _, program = _group(schools=12)
    mip, _ = _first_stage(program)
    spent = mip.highs.getRunTime()  # stage 1's MIP: about 0.3 s, the LP needs about 0.01 s
    assert spent > 0.1
    relaxed = mip.relaxation(program.stages[1], spent / 2)
    assert relaxed is not None
