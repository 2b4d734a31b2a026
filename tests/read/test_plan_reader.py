"""Reading a plan back from the plan workbook (and JSON), as written and as edited by hand."""

from __future__ import annotations

import json

import pytest
from openpyxl import load_workbook

from allocator.check.checker import check_plan
from allocator.check.render import render_report
from allocator.explain.refresh import refresh_edited_plan
from allocator.explain.render import render_plan
from allocator.read import InputError
from allocator.read.plan import read_plan
from allocator.report import plan_to_json, write_plan_workbook
from tests.builders import person, problem, school, solve_checked, task


@pytest.fixture(scope="module")
def solved():
    schools = [school("S1", pools=True), school("S2", pools=False)]
    people = [person("a", site="S1", ict=3, bpt=1), person("c", site="central", ict=4),
              person("n", site="S2", other=2)]
    tasks = [task("T1", hours=1), task("T2", hours=2, placement="local"),
             task("G", scope="group", hours=1, core=False), task("BIG", hours=9, priority=1)]
    prob = problem(schools, people, tasks)
    plan = solve_checked(prob)
    assert plan.assignments and plan.uncovered
    return prob, plan


@pytest.fixture()
def files(solved, tmp_path):
    prob, plan = solved
    workbook = tmp_path / "plan.xlsx"
    write_plan_workbook(prob, plan, workbook)
    as_json = tmp_path / "plan.json"
    as_json.write_text(plan_to_json(prob, plan), encoding="utf-8")
    return workbook, as_json


def _codes(item) -> dict:
    """An uncovered item without its words (the workbook's data sheet stores none)."""
    return item.model_dump(exclude={"detail", "recommendation_text", "facts"})


def _rows(plan) -> list[tuple]:
    return sorted((a.person, a.task, a.school, a.hours, a.funding.value)
                  for a in plan.assignments)


def test_the_workbook_and_the_json_hold_the_same_plan(solved, files):
    prob, plan = solved
    from_workbook, from_json = (read_plan(path) for path in files)
    assert _rows(from_workbook) == _rows(from_json) == _rows(plan)
    worded = render_plan(prob, plan, "en").uncovered
    for read in (from_workbook, from_json):
        assert read.status == plan.status and read.objective == plan.objective
        assert [_codes(item) for item in read.uncovered] == [_codes(i) for i in plan.uncovered]
        assert read.bundled == plan.bundled
        # the words and their facts: worded again from the plan, as when it was written
        assert render_plan(prob, read, "en").uncovered == worded
        assert not getattr(read, "edited", None)
        assert check_plan(prob, read).ok
    assert all(a.row >= 2 for a in from_workbook.assignments)  # Excel rows, header on row 1


def _edit(path, change) -> None:
    book = load_workbook(path)
    change(book["Plan"])
    book.save(path)


def test_hours_moved_by_hand_are_checked_with_the_excel_row(solved, files):
    prob, _ = solved
    workbook, _ = files
    _edit(workbook, lambda sheet: setattr(sheet.cell(row=2, column=8), "value", 7))
    plan = refresh_edited_plan(prob, read_plan(workbook))
    assert plan.edited["rows"] == [2]
    report = check_plan(prob, plan)
    assert not report.ok and report.edited
    located = [v for v in report.violations if v.row == 2]
    assert {v.rule for v in located} >= {"coverage"}
    text = render_report(report, "nl")
    assert "blad Plan, rij 2" in text and "met de hand gewijzigd" in text


def test_a_deleted_row_leaves_a_plan_that_still_passes_when_the_rules_hold(solved, files):
    prob, plan = solved
    workbook, _ = files
    # delete every row of one single-person instance: the rules still hold, less is covered
    book = load_workbook(workbook)
    sheet = book["Plan"]
    target = next(a for a in plan.assignments
                  if sum(1 for b in plan.assignments if (b.task, b.school) == (a.task, a.school))
                  == 1)
    for row in range(sheet.max_row, 1, -1):
        values = [cell.value for cell in sheet[row]]
        if values[0] == target.person and values[2] == target.task:
            sheet.delete_rows(row)
    book.save(workbook)
    read = read_plan(workbook)
    assert read.edited["removed"] and not read.edited["rows"]
    refreshed = refresh_edited_plan(prob, read)
    report = check_plan(prob, refreshed)
    assert report.ok, report.render()
    assert (target.task, target.school) in {(u.task, u.school) for u in refreshed.uncovered}
    assert refreshed.objective.core + refreshed.objective.noncore < \
        plan.objective.core + plan.objective.noncore


def test_a_plan_sheet_without_plan_data_is_read_as_made_by_hand(solved, files):
    prob, plan = solved
    workbook, _ = files
    book = load_workbook(workbook)
    del book["Plandata"]
    book.save(workbook)
    read = read_plan(workbook)
    assert read.edited["made_by_hand"] and _rows(read) == _rows(plan)
    refreshed = refresh_edited_plan(prob, read)
    assert refreshed.objective.core == plan.objective.core
    assert check_plan(prob, refreshed).ok


def test_bad_cells_in_the_plan_sheet_are_located(files):
    workbook, _ = files

    def spoil(sheet) -> None:
        sheet.cell(row=2, column=8).value = "veel"
        sheet.cell(row=3, column=9).value = "euro"
        sheet.cell(row=3, column=1).value = None

    _edit(workbook, spoil)
    with pytest.raises(InputError) as caught:
        read_plan(workbook)
    found = {(i.sheet, i.row, i.column) for i in caught.value.issues}
    assert found == {("Plan", 2, "uren"), ("Plan", 3, "financiering"), ("Plan", 3, "persoon")}
    dutch = caught.value.render(lang="nl")
    assert "blad 'Plan', rij 3, kolom 'financiering'" in dutch and "ICT-uren" in dutch


def test_a_missing_id_column_is_named(files):
    workbook, _ = files
    _edit(workbook, lambda sheet: sheet.delete_cols(3))
    with pytest.raises(InputError) as caught:
        read_plan(workbook)
    assert [(i.code, i.column) for i in caught.value.issues] == [("missing_column", "taak")]


def test_the_input_workbook_given_as_plan_says_so(tmp_path):
    from allocator.report.problem_out import write_problem

    path = tmp_path / "groep.xlsx"
    write_problem(problem([school()], [person("p", ict=1)], [task("T")]), path)
    with pytest.raises(InputError) as caught:
        read_plan(path)
    assert "input workbook" in caught.value.issues[0].expected
    assert caught.value.issues[0].code == "input_not_plan"
    assert "invoerwerkmap" in caught.value.render(lang="nl")


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_a_plan_workbook_given_as_the_input_says_so(solved, tmp_path, lang):
    """Not 'expected a sheet Scholen': the file is a plan, and the input goes with it."""
    from allocator.read import read_problem

    prob, plan = solved
    path = tmp_path / "plan.xlsx"
    write_plan_workbook(prob, plan, path, lang)
    with pytest.raises(InputError) as caught:
        read_problem(path)
    [issue] = caught.value.issues
    assert issue.code == "plan_not_input" and issue.source == "plan.xlsx"
    dutch = caught.value.render(lang="nl")
    assert "dit is een plan" in dutch and "geen invoerwerkmap" in dutch
    assert "--previous" in dutch and "Scholen" in dutch
    assert "this is a plan" in caught.value.render(lang="en")


def test_a_damaged_or_foreign_json_is_an_input_error(tmp_path):
    path = tmp_path / "plan.json"
    path.write_text("{not json", encoding="utf-8")
    with pytest.raises(InputError):
        read_plan(path)
    path.write_text(json.dumps({"assignments": [{"person": "p"}]}), encoding="utf-8")
    with pytest.raises(InputError) as caught:
        read_plan(path)
    assert caught.value.issues[0].code == "bad_plan"
    with pytest.raises(InputError) as caught:
        read_plan(tmp_path / "plan.csv")
    assert caught.value.issues[0].code == "missing_file"


def test_a_plan_json_larger_than_other_json_inputs_is_read(solved, files):
    """A 300-school plan JSON is 66 MiB; other JSON inputs stop at 20 MiB."""
    _, as_json = files
    data = json.loads(as_json.read_text(encoding="utf-8"))
    data["notes"] = "x" * (21 * 2**20)  # one long value: past 20 MiB, few values
    as_json.write_text(json.dumps(data), encoding="utf-8")
    assert _rows(read_plan(as_json)) == _rows(read_plan(files[0]))


@pytest.mark.parametrize(("body", "found"), [
    ('{"assignments": [' + ",".join(["0"] * 3_000_001) + "]}", "3000001 en 2"),
    ('{"assignments": [' + ",".join(["{}"] * 1_000_000) + "]}", "1000000 en 1000002"),
])
def test_a_plan_json_with_more_values_than_a_plan_has_is_refused_before_parsing(
        tmp_path, body, found):
    path = tmp_path / "plan.json"
    path.write_text(body)
    with pytest.raises(InputError) as error:
        read_plan(path)
    issue = error.value.issues[0]
    assert issue.code == "file_too_large"
    assert issue.expected_text("nl").startswith("een plan-JSON met hoogstens 3000000 waarden")
    assert f"(dit heeft er tot {found}): geef de planwerkmap (.xlsx)" in issue.expected_text("nl")


def test_a_plan_json_past_the_size_cap_is_refused_unread(tmp_path):
    path = tmp_path / "plan.json"
    with path.open("wb") as out:  # sparse: nothing is written but its size
        out.truncate(97 * 2**20)
    with pytest.raises(InputError) as error:
        read_plan(path)
    issue = error.value.issues[0]
    assert issue.code == "file_too_large"
    assert issue.expected_text("nl") == ("een plan-JSON van hoogstens 96 MiB (dit is 97.0 MiB): "
                                         "geef de planwerkmap (.xlsx) van dezelfde berekening, "
                                         "die hetzelfde plan bevat")


def test_a_plan_json_with_more_rows_than_a_plan_has_is_refused_before_the_model(tmp_path):
    """Each bad row becomes an error: 2.9 million of them took 42 s and 4.7 GB."""
    path = tmp_path / "plan.json"
    path.write_text('{"status": "optimal", "assignments": [' + ",".join(["0"] * 100_001)
                    + "]}")
    with pytest.raises(InputError) as error:
        read_plan(path)
    issue = error.value.issues[0]
    assert (issue.code, issue.column, issue.value) == ("too_many_rows", "assignments", 100_001)
    assert issue.expected_text("nl") == "hoogstens 100000 rijen"
