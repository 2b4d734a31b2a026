"""A search whose time left cannot build its model is not started: the quick plan answers."""

from __future__ import annotations

import subprocess
import sys
import time

from allocator.check.checker import check_plan
from allocator.compile import compile_problem
from allocator.engine import solve_problem
from allocator.solve import SolveOptions, TimeBudget, solve_program
from allocator.solve.backends.cpsat import backend as cpsat_backend
from allocator.synth import generate_group


def _spent_budget() -> TimeBudget:
    return TimeBudget(1.0, deterministic=True, started=time.perf_counter() - 2.0)


def test_no_model_is_built_without_the_time_to_build_it(monkeypatch):
    def must_not_build(*args, **kwargs):
        raise AssertionError("a model was built with no time left")

    monkeypatch.setattr(cpsat_backend, "CpsatBackend", must_not_build)
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


def test_a_quick_plan_alone_never_loads_or_tools():
    """300 schools at --time-limit 3 answer with the quick plan: loading CP-SAT cost 0.25 s."""
    script = (
        "import sys, time\n"
        "from allocator.engine import solve_problem\n"
        "from allocator.solve import SolveOptions, TimeBudget\n"
        "from allocator.synth import generate_group\n"
        "budget = TimeBudget(1.0, deterministic=True, started=time.perf_counter() - 2.0)\n"
        "plan = solve_problem(generate_group(4, seed=3), SolveOptions(time_limit=1.0),\n"
        "                     budget=budget)\n"
        "assert plan.quick == 'greedy'\n"
        "print(sorted(name for name in sys.modules if name.startswith('ortools')))\n")
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                          check=True)
    assert done.stdout.strip() == "[]"
