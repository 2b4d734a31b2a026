"""Re-plan changes with bundles: work a school hands to the group's bundle moved, not lost."""

from __future__ import annotations

import json

import pytest

from allocator.engine import solve_problem
from allocator.explain.changes import people_text, plan_changes
from allocator.report import plan_to_json
from allocator.web.job import plan_details
from allocator.web.views import PlanView, difference
from tests.builders import FAST, person, problem, school, solve_checked, task

TASKS = [task("B", hours=2, bundle_factor=0.5, max_people=1, priority=5, levels="0300"),
         task("G", scope="group", hours=1, priority=1, levels="4000"),
         task("L", hours=1, core=False, priority=1)]


def group(s1: bool, s2: bool, g_hours: float = 1, c_hours: float = 6, local: str = "2322"):
    return problem([school("S1", pools=s1), school("S2", pools=s2)],
                   [person("c", site="central", levels="4322", ict=c_hours),
                    person("a", site="S2", levels=local, ict=2),
                    person("b", site="S1", levels=local, ict=2),
                    person("g", site="central", levels="4222", ict=g_hours)], TASKS)


def replan(before, after):
    previous = solve_checked(before)
    plan = solve_problem(after, FAST, previous=previous)
    plan.changes = plan_changes(after, previous, plan)
    return previous, plan


def rows_of(changes: dict) -> dict:
    return {(row["task"], row["school"]): row for row in changes["rows"]}


@pytest.fixture(scope="module")
def joins():
    """S2 starts pooling: the bundle (already doing S1's B) now does S2's B too."""
    before, after = group(True, False), group(True, True)
    previous, plan = replan(before, after)
    assert previous.bundled == ["B"] and plan.bundled == ["B"]
    assert ("B", "S2") in {(a.task, a.school) for a in previous.assignments}
    return before, after, previous, plan


def test_a_school_that_starts_pooling_hands_its_task_to_the_bundle(joins):
    _, after, previous, plan = joins
    rows = rows_of(plan.changes)
    row = rows[("B", "S2")]
    assert row["status"] == "moved" and row["reasons"] == [{"code": "bundled"}]
    assert all(r.get("via") == "bundle" for r in row["after"])
    assert people_text(row["after"], after, "nl").startswith("bundel van de groep: ")
    assert plan.changes["counts"]["dropped"] == 0
    # the bundle itself has one row (same person: kept); S1 went through it both times
    assert rows[("B", None)]["status"] == "kept" and ("B", "S1") not in rows


def test_a_bundle_that_ends_moves_the_work_back_to_its_schools():
    before, after = group(True, True), group(False, False)
    previous, plan = replan(before, after)
    assert previous.bundled == ["B"] and plan.bundled == []
    rows = rows_of(plan.changes)
    assert ("B", None) not in rows  # no "lost" bundle row
    for school_id in ("S1", "S2"):
        assert rows[("B", school_id)]["status"] == "moved"
        assert rows[("B", school_id)]["reasons"] == [{"code": "unbundled"}]
    # L is lost for a reason of its own: central staff work only at pooling schools
    assert {key for key, row in rows.items() if row["status"] == "dropped"} == {
        ("L", "S1"), ("L", "S2")}


def view(prob, plan) -> PlanView:
    data = json.loads(plan_to_json(prob, plan, "nl"))
    return PlanView(prob, data, plan_details(prob, plan), "nl")


def test_the_comparison_lists_what_changes_the_totals_and_a_group_row():
    # only central staff can do B: S2's B is open until S2 pools and the bundle does it; the
    # group task G then loses its people's hours: lost at the group level, not at a school
    before = group(True, False, local="2222")
    after = group(True, True, g_hours=0, c_hours=2, local="2222")
    previous, plan = replan(before, after)
    old, new = view(before, previous), view(after, plan)
    diff = difference(old, new, plan.replan.model_dump())
    assert ("G", None) in [(w["task"], w["school"]) for w in diff["dropped"]]
    assert ("B", "S2") in [(w["task"], w["school"]) for w in diff["new"]]
    tasks = after.task_by_id()
    for part, core in (("core", True), ("noncore", False)):
        listed = (sum(tasks[w["task"]].core is core for w in diff["new"])
                  - sum(tasks[w["task"]].core is core for w in diff["dropped"]))
        total = diff["after"][part]["covered"] - diff["before"][part]["covered"]
        rows = sum(s["after"][part]["covered"] - s["before"][part]["covered"]
                   for s in diff["schools"])
        assert listed == total == rows, part
    group_rows = [s for s in diff["schools"] if s["id"] is None]
    assert len(group_rows) == 1 and group_rows[0]["name"] == "Groepstaken (de groep)"
