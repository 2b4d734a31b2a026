"""Travel is paid from the hours it is drawn on: no table says those hours are still free."""

from __future__ import annotations

from allocator.explain.recruit import _suggestions
from allocator.report.summary import management_summary
from allocator.report.tables import people_load
from tests.builders import person, problem, school, solve_checked, task


def _visiting():
    """Central c does S1's local work on site (1 h), travelling 1 h; G (5 h) does not fit."""
    prob = problem([school("S1", pools=True, travel_hours=1)],
                   [person("c", site="central", ict=3, role="TICT")],
                   [task("L1", placement="local", hours=1, priority=5),
                    task("G", scope="group", hours=5, core=False, priority=1)])
    plan = solve_checked(prob)
    assert [(a.person, a.task, a.hours) for a in plan.assignments] == [("c", "L1", 1.0)]
    assert [(t["person"], t["hours"], t["funding"]) for t in plan.travel] == [("c", 1.0, "ict")]
    return prob, plan


def test_hours_spent_count_the_work_and_the_travel():
    _, plan = _visiting()
    assert plan.hours_spent() == {("c", "ict"): 2.0}


def test_the_people_table_and_the_load_in_the_summary_agree():
    prob, plan = _visiting()
    row = people_load(prob, plan).set_index("id").loc["c"]
    assert (row["ict_used"], row["ict_left"]) == (2.0, 1.0)
    load = {entry["id"]: entry for entry in management_summary(prob, plan, "nl")["load"]}
    assert load["c"]["used"]["ict"] == 2.0 and load["c"]["used_total"] == 2.0


def test_a_colleague_suggested_for_small_work_has_the_hours_travel_left():
    prob, plan = _visiting()
    [suggestion] = _suggestions(prob, plan, [("TICT", {"task": "G", "school": None,
                                                       "hours": 5.0})])
    assert suggestion.person == "c"
    assert suggestion.hours_left == 1.0  # 3 h, less 1 h of work and 1 h of travel


def test_suggestions_for_one_colleague_add_up_to_the_hours_they_have_free():
    prob, plan = _visiting()  # c has 1 h free
    first, second = _suggestions(prob, plan, [
        ("TICT", {"task": "G", "school": None, "hours": 0.5}),
        ("TICT", {"task": "G", "school": None, "hours": 1.0})])
    assert (first.person, first.hours_left) == ("c", 1.0)
    assert (second.person, second.hours_left) == ("c", 0.5)  # the first took half an hour
    assert second.to_dict()["extra_hours"] == 0.5
