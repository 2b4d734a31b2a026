"""Reasons worked out once per plan: reused for the same plan, never for another one."""

from __future__ import annotations

from importlib import resources
from pathlib import Path

import numpy as np
import pytest

import allocator.explain.uncovered as uncovered
from allocator.cli.common import read_input
from allocator.compile import ProgramSolution, compile_problem
from allocator.engine import solve_problem
from allocator.explain.from_plan import solution_from_plan
from allocator.explain.uncovered import explain_uncovered
from allocator.solve import SolveOptions


@pytest.fixture(scope="module")
def demo():
    with resources.as_file(resources.files("allocator.data").joinpath("demo_group.yaml")) as path:
        problem = read_input(Path(path))
    plan = solve_problem(problem, SolveOptions(time_limit=20, workers=1, seed=1))
    program = compile_problem(problem)
    solution = solution_from_plan(program, plan)
    assert len(plan.uncovered) > 10
    return problem, program, solution


def _fresh(problem, program, solution, lang):
    uncovered._last = None
    return [item.model_dump() for item in explain_uncovered(problem, program, solution, lang)]


def _copy(solution: ProgramSolution, **changes) -> ProgramSolution:
    arrays = {"arc_source_units": solution.arc_source_units.copy(),
              "covered": solution.covered.copy(), **changes}
    return ProgramSolution(stages=solution.stages, status=solution.status,
                           seconds=solution.seconds, switches=solution.switches, **arrays)


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_an_equal_plan_is_worded_from_the_reasons_already_found(demo, lang):
    problem, program, solution = demo
    expected = _fresh(problem, program, solution, lang)
    explain_uncovered(problem, program, solution)  # the engine's call: no words
    kept = uncovered._last
    again = explain_uncovered(problem, program, _copy(solution), lang)
    assert uncovered._last is kept  # reused, not worked out again
    assert [item.model_dump() for item in again] == expected
    assert all(item.detail for item in again)


def test_another_plan_gets_its_own_reasons(demo):
    problem, program, solution = demo
    explain_uncovered(problem, program, solution, "en")
    # drop the first assignment: its instance opens and other people have hours left
    units = solution.arc_source_units.copy()
    arc = int(np.flatnonzero(units.sum(axis=1))[0])
    units[arc] = 0
    covered = solution.covered.copy()
    covered[int(program.arc_instance[arc])] = False
    other = _copy(solution, arc_source_units=units, covered=covered)
    found = [item.model_dump() for item in explain_uncovered(problem, program, other, "en")]
    assert found == _fresh(problem, program, other, "en")
    assert found != _fresh(problem, program, solution, "en")
