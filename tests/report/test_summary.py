"""The summary for management: numbers a director can re-count, in the workbook and JSON."""

from __future__ import annotations

import json

import pytest
from openpyxl import load_workbook

from allocator.report import plan_to_dict, write_plan_workbook
from allocator.report.load_chart import load_chart_png
from allocator.report.summary import management_summary
from tests.builders import person, problem, school, solve_checked, task


@pytest.fixture(scope="module")
def solved():
    prob = problem(
        [school("S1")],
        [person("P1", levels="2222", ict=4), person("C1", site="central", levels="0000")],
        [task("CORE-1", hours=2), task("CORE-2", levels="4000", hours=1),
         task("OTHER-1", core=False, hours=1), task("OTHER-2", core=False, hours=3)])
    return prob, solve_checked(prob)


def test_summary_counts_core_and_other_work_per_school_and_group(solved):
    prob, plan = solved
    summary = management_summary(prob, plan)
    s1 = summary["schools"][0]
    assert s1["core"] == {"tasks": 2, "covered": 1, "task_share": 0.5, "hours": 3.0,
                          "hours_covered": 2.0, "hours_share": round(2 / 3, 4)}
    assert s1["noncore"]["tasks"] == 2 and s1["noncore"]["covered"] == 1
    assert s1["noncore"]["hours_covered"] == 1.0
    assert s1["funding"]["ict"] == {"available": 4.0, "used": 3.0, "share": 0.75}
    assert s1["funding"]["bpt"]["share"] is None  # nothing available: no share to show
    assert summary["group"]["core"] == s1["core"]  # no group tasks here
    assert summary["group"]["funding"]["ict"]["used"] == 3.0
    assert summary["central"]["people"] == 1


def test_uncovered_core_work_is_one_line_each_with_a_recommendation(solved):
    prob, plan = solved
    summary = management_summary(prob, plan)
    assert [row["task"] for row in summary["uncovered_core"]] == ["CORE-2"]
    row = summary["uncovered_core"][0]
    assert row["recommendation"] == "recruit" and row["school_name"] == "School S1"
    assert row["hours"] == 1.0 and row["detail"]
    assert summary["uncovered_noncore"] == {"defer": {"tasks": 1, "hours": 3.0}}


def test_core_work_only_one_person_can_do_is_a_single_point_of_failure(solved):
    prob, plan = solved
    spof = management_summary(prob, plan)["single_points_of_failure"]
    assert spof["total"] == 1
    assert spof["top"][0] | {} == {"task": "CORE-1", "task_name": "Taak CORE-1", "school": "S1",
                                   "school_name": "School S1", "person": "P1",
                                   "person_name": "Person P1", "hours": 2.0, "priority": 3}


def test_load_lists_every_person_with_used_and_available_hours(solved):
    prob, plan = solved
    load = {row["id"]: row for row in management_summary(prob, plan)["load"]}
    assert load["P1"]["used_total"] == 3.0 and load["P1"]["available_total"] == 4.0
    assert load["C1"]["used_total"] == 0.0
    png = load_chart_png(list(load.values()))
    assert png.startswith(b"\x89PNG")


def test_plan_json_carries_the_summary_and_it_is_serialisable(solved):
    prob, plan = solved
    data = json.loads(json.dumps(plan_to_dict(prob, plan)))
    assert data["summary"]["version"] == 1
    assert data["summary"]["schools"][0]["core"]["covered"] == 1


def test_workbook_opens_on_the_summary_and_has_a_load_chart(solved, tmp_path):
    prob, plan = solved
    path = tmp_path / "plan.xlsx"
    write_plan_workbook(prob, plan, path, "nl")
    book = load_workbook(path)
    assert book.sheetnames[0] == "Samenvatting" and book.active.title == "Samenvatting"
    cells = [[c for c in row if c is not None] for row in
             book["Samenvatting"].iter_rows(values_only=True)]
    flat = [c for row in cells for c in row]
    assert "Samenvatting voor de directie" in flat
    assert "ICT-envelop van de school (uren/week)" in flat
    s1 = next(row for row in cells if row[:2] == ["S1", "School S1"])
    assert s1[2:5] == [2, 1, 0.5]  # core tasks, covered, share
    open_core = next(row for row in cells if "CORE-2" in row)
    assert "aanwerven" in open_core
    assert any("CORE-1" in row and "Person P1" in row for row in cells)
    assert "kerntaken (fase 1)" not in flat  # solver figures live on the technical sheet
    assert "kerntaken (fase 1)" in [r[0] for r in book["Technisch"].iter_rows(values_only=True)]
    load = book["Belasting"]
    assert [c.value for c in load[1]][:4] == ["persoon", "naam", "plaats", "rol"]
    assert len(load._charts) == 1
    assert load._charts[0].grouping == "stacked"


def test_english_workbook_summary_is_english(solved, tmp_path):
    prob, plan = solved
    path = tmp_path / "plan-en.xlsx"
    write_plan_workbook(prob, plan, path, "en")
    book = load_workbook(path)
    flat = [c for row in book["Summary"].iter_rows(values_only=True) for c in row if c]
    assert "Summary for management" in flat and "recruit" in flat
