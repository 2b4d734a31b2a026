"""The checker catches every kind of broken plan (mutations of a valid one)."""

from __future__ import annotations

import pytest

from allocator.check.checker import check_plan
from models import Assignment
from tests.builders import person, problem, school, solve_checked, task


@pytest.fixture()
def solved():
    schools = [school("S1", pools=True), school("S2", pools=False)]
    people = [person("a", site="S1", ict=3, bpt=1), person("c", site="central", ict=4),
              person("n", site="S2", levels="0000", other=2)]
    tasks = [task("T1", hours=1), task("T2", hours=2, placement="local"),
             task("G", scope="group", hours=1, core=False)]
    prob = problem(schools, people, tasks)
    return prob, solve_checked(prob)


def _rules(prob, plan) -> set[str]:
    return {violation.rule for violation in check_plan(prob, plan).violations}


def test_a_solved_plan_passes(solved):
    prob, plan = solved
    assert check_plan(prob, plan).ok


def test_extra_hours_on_a_person_break_capacity_and_coverage(solved):
    prob, plan = solved
    first = plan.assignments[0]
    plan.assignments[0] = first.model_copy(update={"hours": first.hours + 10})
    assert {"capacity", "coverage"} <= _rules(prob, plan)


def test_incompetent_person_breaks_eligibility(solved):
    prob, plan = solved
    plan.assignments[0] = plan.assignments[0].model_copy(update={"person": "n"})
    assert "eligibility" in _rules(prob, plan)


def test_bpt_for_a_group_task_breaks_funding(solved):
    prob, plan = solved
    plan.assignments.append(Assignment(person="a", task="G", school=None, hours=1,
                                       funding="bpt"))
    assert "funding" in _rules(prob, plan)


def test_a_half_covered_instance_is_caught(solved):
    prob, plan = solved
    plan.assignments.append(Assignment(person="n", task="T2", school="S2", hours=0.5,
                                       funding="other"))
    assert "coverage" in _rules(prob, plan)


def test_a_wrong_objective_is_caught(solved):
    prob, plan = solved
    plan.objective.core += 1
    assert "objective" in _rules(prob, plan)


def test_an_unlisted_uncovered_instance_is_caught(solved):
    prob, plan = solved
    assert plan.uncovered, "the fixture leaves something uncovered"
    plan.uncovered.pop()
    assert "uncovered" in _rules(prob, plan)


def test_assignments_to_a_bundled_task_school_instance_are_caught():
    schools = [school("S1", pools=True), school("S2", pools=True)]
    people = [person("c", site="central", ict=4), person("a", site="S1", ict=2)]
    prob = problem(schools, people, [task("T", hours=1, bundle_factor=0.5)])
    plan = solve_checked(prob)
    assert plan.bundled == ["T"]
    plan.assignments.append(Assignment(person="a", task="T", school="S1", hours=1,
                                       funding="ict"))
    assert "instance" in _rules(prob, plan)


def test_numbers_in_check_results_look_like_every_other_dutch_number():
    from allocator.check.checker import Violation
    from allocator.check.render import violation_text
    from allocator.i18n import hours

    travel = Violation("travel", "travel_hours",
                       {"person": "c", "school": "S1", "hours": "1.5", "expected": "2.5"})
    assert f"{hours(1.5, 'nl')} u" in violation_text(travel, "nl")
    assert "2,5 u" in violation_text(travel, "nl") and "1.5" not in violation_text(travel, "nl")
    assert "1.5 h" in violation_text(travel, "en") and "2.5 h" in violation_text(travel, "en")
    envelope = Violation("envelope", "over_envelope", {"school": "S1", "hours": 3.25,
                                                       "limit": "3"})
    assert "3,25 u" in violation_text(envelope, "nl") and "3 u" in violation_text(envelope, "nl")
