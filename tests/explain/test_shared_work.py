"""A task split over several people: the explanation names the co-workers, never "nobody else"."""

from __future__ import annotations

import json

from allocator.explain.report import explain_plan
from allocator.report import plan_to_json
from allocator.web.job import plan_details
from allocator.web.views import PlanView
from tests.builders import person, problem, school, solve_checked, task


def _shared():
    # 3 h of work, two people with 2 h each at the school, nobody else: both must work on it
    prob = problem([school("S1")], [person("p1", ict=2), person("p2", ict=2)],
                   [task("T", hours=3, max_people=2)])
    plan = solve_checked(prob)
    assert sorted(a.person for a in plan.assignments) == ["p1", "p2"]
    return prob, plan


def test_co_workers_are_named_and_are_not_runners_up():
    prob, plan = _shared()
    rows = explain_plan(prob, plan, "nl")["assignments"]
    for row in rows:
        other = "p2" if row["person"] == "p1" else "p1"
        assert [c["person"] for c in row["co_workers"]] == [other]
        assert row["runners_up"] == []


def test_the_page_says_the_task_is_shared_and_nobody_besides_them():
    prob, plan = _shared()
    view = PlanView(prob, json.loads(plan_to_json(prob, plan, "nl")), plan_details(prob, plan),
                    "nl")
    from allocator.i18n import text
    from allocator.web.pages import templates

    macros = templates.get_template("_macros.html").module
    html = str(macros.assignment_table(  # type: ignore[attr-defined]
        view.assignments(), lambda key, **values: text(key, "nl", **values), view.hours_text,
        {"id": "x"}, ""))
    assert "gedeeld met Person p2 (" in html and "gedeeld met Person p1 (" in html
    assert "Niemand anders kon dit doen" not in html
    assert "Buiten hen kon niemand anders dit doen" in html
