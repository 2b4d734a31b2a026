"""Repeatable by default: one worker under a deterministic work budget, the time limit a
wall-clock cap; a plan the cap cut short says so."""

from __future__ import annotations

from allocator.compile import compile_problem
from allocator.engine import solve_problem
from allocator.solve import SolveOptions, TimeBudget
from allocator.solve.backends.base import StageLimit
from allocator.solve.backends.cpsat.backend import CpsatBackend
from allocator.synth import generate_group


def _rows(plan) -> list[tuple]:
    return sorted((a.person, a.task, a.school or "", a.hours, a.funding.value)
                  for a in plan.assignments)


def test_two_default_solves_give_the_same_repeatable_plan():
    problem = generate_group(3, seed=5)
    first = solve_problem(problem, SolveOptions())
    second = solve_problem(problem, SolveOptions())
    assert first.status.found
    assert first.repeatable and second.repeatable
    assert all(stage.repeatable for stage in first.stages)
    assert _rows(first) == _rows(second)
    assert first.objective == second.objective
    assert "repeatable" in first.to_json_dict() and first.to_json_dict()["repeatable"] is True


def test_a_plan_cut_by_the_wall_clock_cap_is_not_repeatable():
    # a work budget far beyond what a tiny wall-clock limit lets the search use
    problem = generate_group(20, seed=1)
    plan = solve_problem(problem, SolveOptions(time_limit=0.2, work_limit=10_000.0))
    assert plan.repeatable is False
    assert plan.to_json_dict()["repeatable"] is False


def test_a_stage_ended_by_its_cap_is_not_repeatable_and_by_its_work_it_is():
    program = compile_problem(generate_group(20, seed=1))
    stage = program.stages[-1]  # preferences: not proven in a moment
    cut = CpsatBackend(program, workers=1).solve_stage(
        stage, StageLimit(10_000.0, deterministic=True, wall_cap=0.2))
    assert not cut.repeatable
    worked = CpsatBackend(program, workers=1).solve_stage(
        stage, StageLimit(0.05, deterministic=True, wall_cap=10_000.0))
    assert worked.repeatable
    assert worked.work >= 0.05 * 0.99 or worked.status.value in ("optimal", "infeasible")


def test_many_workers_are_never_repeatable():
    problem = generate_group(2, seed=3)
    plan = solve_problem(problem, SolveOptions(time_limit=10, workers=2, backend="cpsat"))
    assert plan.status.found and not plan.repeatable


def test_a_stage_may_use_more_than_its_share_of_the_wall_clock_and_the_last_all():
    budget = TimeBudget(100.0, deterministic=True, work=10.0)
    limit = budget.stage_limit(0.5)
    assert limit.deterministic and limit.seconds == 5.0
    assert limit.wall_cap is not None and 74.0 < limit.wall_cap <= 75.0
    last = budget.stage_limit(1.0)
    assert last.wall_cap is not None and 99.0 < last.wall_cap <= 100.0
    budget.charge(4.0)
    assert budget.stage_limit(0.5).seconds == 3.0


def test_a_cap_on_a_stage_limits_its_work_or_seconds_and_never_raises_it():
    budget = TimeBudget(100.0, deterministic=True, work=10.0)
    assert budget.stage_limit(1.0, cap=0.5).seconds == 0.5
    assert budget.stage_limit(0.5, cap=50.0).seconds == 5.0
    assert TimeBudget(100.0).stage_limit(1.0, cap=3.0).seconds == 3.0


def test_last_stage_work_caps_the_preferences_stage_only():
    problem = generate_group(6, seed=2)
    plan = solve_problem(problem, SolveOptions(time_limit=60, work_limit=4.0,
                                               last_stage_work=0.05))
    *earlier, last = plan.stages
    assert last.name == "preferences" and last.time_limit <= 0.05 and last.work <= 0.05 * 1.5
    assert all(stage.time_limit > 0.05 for stage in earlier)
    assert plan.repeatable  # ended by its work: the same plan on every run
