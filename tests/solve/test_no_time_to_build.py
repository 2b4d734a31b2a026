"""A search whose time left cannot build its model is not started: the quick plan answers."""

from __future__ import annotations

import time

from allocator.check.checker import check_plan
from allocator.compile import compile_problem
from allocator.engine import solve_problem
from allocator.solve import SolveOptions, TimeBudget, driver, solve_program
from allocator.synth import generate_group


def _spent_budget() -> TimeBudget:
    return TimeBudget(1.0, deterministic=True, started=time.perf_counter() - 2.0)


def test_no_model_is_built_without_the_time_to_build_it(monkeypatch):
    def must_not_build(*args, **kwargs):
        raise AssertionError("a model was built with no time left")

    monkeypatch.setattr(driver, "CpsatBackend", must_not_build)
    program = compile_problem(generate_group(4, seed=3))
    solution = solve_program(program, SolveOptions(time_limit=1.0), budget=_spent_budget())
    assert solution.status == "unknown"
    assert solution.stages == []


def test_a_budget_that_builds_the_model_searches():
    program = compile_problem(generate_group(4, seed=3))
    solution = solve_program(program, SolveOptions(time_limit=30.0))
    assert solution.status in ("optimal", "feasible")
    assert len(solution.stages) == len(program.stages)


def test_the_engine_answers_with_a_checked_quick_plan():
    problem = generate_group(4, seed=3)
    plan = solve_problem(problem, SolveOptions(time_limit=1.0), budget=_spent_budget())
    assert plan.quick == "greedy"
    assert plan.assignments
    assert check_plan(problem, plan).ok
