"""A short time limit returns the best plan found with its gap; exit 4 only without any plan
(issue 18: with --time-limit 10 on 60 schools, 2 runs in 3 under load ended in exit 4)."""

from __future__ import annotations

import json
from dataclasses import replace

import pytest
from click.testing import CliRunner

from allocator.check.checker import check_plan
from allocator.cli.main import EXIT_NO_PLAN, main
from allocator.read import read_problem
from allocator.report.problem_out import write_problem
from allocator.synth import generate_group
from models import Pin, Plan


@pytest.fixture()
def starved(monkeypatch):
    """The search ends before CP-SAT reports any solution (as on a loaded machine)."""
    import allocator.engine as engine

    original = engine.solve_program

    def nothing_found(program, options, progress=None, budget=None):
        solution = original(program, options, progress, budget)
        reports = [r.model_copy(update={"status": "unknown", "objective": 0.0,
                                        "bound": float("nan")})
                   for r in solution.stages[:1]]
        return replace(solution, arc_source_units=solution.arc_source_units * 0,
                       covered=solution.covered & False, stages=reports, status="unknown")

    monkeypatch.setattr(engine, "solve_program", nothing_found)


def _solve(source, out, *extra):
    return CliRunner().invoke(main, ["solve", str(source), "-o", str(out), "--time-limit", "5",
                                     "--workers", "1", "--lang", "en", *extra])


def test_without_a_solver_plan_a_checked_quick_plan_is_written_with_its_gap(tmp_path,
                                                                           starved):
    source = tmp_path / "g.yaml"
    write_problem(generate_group(4, seed=3), source, include_tasks=False)
    out = tmp_path / "plan.json"
    result = _solve(source, out)
    assert result.exit_code == 0, result.output
    assert "quick plan" in result.output
    data = json.loads(out.read_text())
    plan = Plan.model_validate(data)
    assert plan.status == "feasible" and data["quick"] == "greedy"
    assert plan.assignments  # greedy covers work, not only the empty plan
    assert plan.bound.core is not None and plan.bound.core >= plan.objective.core > 0
    assert check_plan(read_problem(source).problem, plan).ok


def test_the_quick_plan_honours_the_pins(tmp_path, starved):
    from allocator.compile import compile_problem
    from allocator.engine import solution_to_plan
    from allocator.solve.greedy import solve_greedy

    problem = generate_group(4, seed=3)
    program = compile_problem(problem)
    greedy = solution_to_plan(problem, program, solve_greedy(program)).assignments
    taken = {(a.person, a.task, a.school) for a in greedy}
    pin = None  # a person greedy would not choose, with the hours to do the work alone
    for arc in range(program.n_arcs):
        i, person = int(program.arc_instance[arc]), int(program.arc_person[arc])
        key = (program.person_ids[person], program.instance_task[i], program.instance_school[i])
        hours = (program.bucket_capacity[person] * program.arc_sources[arc]).sum()
        if (program.instance_kind[i] == 0 and key not in taken
                and any(k[1:] == key[1:] for k in taken)
                and hours >= program.instance_units[i]):
            pin = Pin(person=key[0], task=key[1], school=key[2])
            break
    assert pin is not None
    source = tmp_path / "g.yaml"
    write_problem(problem.model_copy(update={"pins": [pin]}), source, include_tasks=False)
    out = tmp_path / "plan.json"
    result = _solve(source, out)
    assert result.exit_code == 0, result.output
    plan = Plan.model_validate(json.loads(out.read_text()))
    assert any((a.person, a.task, a.school) == (pin.person, pin.task, pin.school)
               for a in plan.assignments)


def test_exit_4_when_no_quick_plan_keeps_the_rules(tmp_path, starved, monkeypatch):
    import allocator.fallback as fallback

    real = fallback.check_plan
    monkeypatch.setattr(fallback, "check_plan",
                        lambda problem, plan: type("R", (), {"ok": False})()
                        if getattr(plan, "status", "") == "feasible" else real(problem, plan))
    source = tmp_path / "g.yaml"
    write_problem(generate_group(2, seed=1), source, include_tasks=False)
    out = tmp_path / "plan.json"
    result = _solve(source, out)
    assert result.exit_code == EXIT_NO_PLAN, result.output
    assert not out.exists()
