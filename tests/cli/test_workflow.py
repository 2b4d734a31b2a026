"""The ICT head's workflow (issue 14): the plan workbook goes into every plan-reading command."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from openpyxl import load_workbook

from allocator.cli.main import EXIT_CHECK_FAILED, main

SOLVE = ["--time-limit", "20", "--workers", "1"]


@pytest.fixture(scope="module")
def solved(tmp_path_factory) -> tuple[Path, Path]:
    folder = tmp_path_factory.mktemp("workflow")
    runner = CliRunner()
    group = folder / "groep.xlsx"
    result = runner.invoke(main, ["generate", "--schools", "3", "--seed", "4", "-o", str(group)])
    assert result.exit_code == 0, result.output
    plan = folder / "plan.xlsx"
    result = runner.invoke(main, ["solve", str(group), "-o", str(plan), *SOLVE])
    assert result.exit_code == 0, result.output
    return group, plan


def test_check_reads_the_plan_workbook(solved):
    group, plan = solved
    result = CliRunner().invoke(main, ["check", str(group), str(plan)])
    assert result.exit_code == 0, result.output
    assert "Het plan voldoet aan de controle" in result.output


def test_explain_reads_the_plan_workbook(solved):
    group, plan = solved
    result = CliRunner().invoke(main, ["explain", str(group), str(plan), "--top", "2"])
    assert result.exit_code == 0, result.output
    assert "Niet gedekt" in result.output and "Toewijzingen" in result.output


def test_explain_words_a_dutch_plan_workbook_in_english(solved):
    group, plan = solved
    result = CliRunner().invoke(main, ["explain", str(group), str(plan), "--lang", "en",
                                       "--format", "json"])
    assert result.exit_code == 0, result.output
    uncovered = json.loads(result.output)["uncovered"]
    assert uncovered
    dutch = ("Wie ", " uren ", "Aanwerven", "Uitstellen", "Uitbesteden", " voor de ")
    for item in uncovered:  # worded again from the plan: English, with the facts it names
        assert item["detail"] and item["facts"] is not None
        assert not any(word in item["detail"] + item["recommendation_text"] for word in dutch)


def test_the_plan_data_sheet_stores_no_words(solved):
    _, plan = solved
    from allocator.read.plan import read_plan

    stored = read_plan(plan).uncovered
    assert stored and all(item.detail == "" and item.facts is None for item in stored)


def test_recruit_reads_the_plan_workbook(solved, tmp_path):
    group, plan = solved
    result = CliRunner().invoke(main, ["recruit", str(group), str(plan), "-o",
                                       str(tmp_path / "vacatures")])
    assert result.exit_code == 0, result.output
    assert list((tmp_path / "vacatures").glob("*.md"))


def test_solve_previous_reads_the_plan_workbook(solved, tmp_path):
    group, plan = solved
    out = tmp_path / "opnieuw.xlsx"
    result = CliRunner().invoke(main, ["solve", str(group), "--previous", str(plan), "-o",
                                       str(out), *SOLVE])
    assert result.exit_code == 0, result.output
    from allocator.read.plan import read_plan

    def work(path: Path) -> set[tuple]:
        return {(a.person, a.task, a.school) for a in read_plan(path).assignments}

    assert work(out) == work(plan)  # nothing changed in the input: everything kept


def test_a_plan_edited_by_hand_is_rechecked_with_excel_rows(solved, tmp_path):
    group, plan = solved
    edited = tmp_path / "bewerkt.xlsx"
    book = load_workbook(plan)
    sheet = book["Plan"]
    sheet.cell(row=5, column=8).value = 40  # far more hours than the task needs
    book.save(edited)
    result = CliRunner().invoke(main, ["check", str(group), str(edited)])
    assert result.exit_code == EXIT_CHECK_FAILED
    assert "met de hand gewijzigd" in result.output
    assert "blad Plan, rij 5" in result.output
    assert "Traceback" not in result.output


def test_explain_of_an_edited_plan_that_breaks_rules_says_so_first(solved, tmp_path):
    group, plan = solved
    edited = tmp_path / "bewerkt.xlsx"
    book = load_workbook(plan)
    book["Plan"].cell(row=5, column=8).value = 40
    book.save(edited)
    result = CliRunner().invoke(main, ["explain", str(group), str(edited), "--top", "1"])
    assert result.exit_code == 0, result.output  # explained as it is ...
    assert "bewerkt.xlsx: zoals het nu is, breekt het plan" in result.output  # ... and warned
    assert "'allocator check' zegt welke" in result.output
    # an edit that keeps the rules explains without the warning
    book = load_workbook(plan)
    book["Plan"].delete_rows(5)
    book.save(edited)
    result = CliRunner().invoke(main, ["explain", str(group), str(edited), "--top", "1"])
    assert result.exit_code == 0 and "breekt het plan" not in result.output


def test_a_plan_that_is_not_a_plan_is_an_input_error_in_dutch(solved):
    group, _ = solved
    result = CliRunner().invoke(main, ["check", str(group), str(group)])
    assert result.exit_code == 2
    assert "invoerwerkmap" in result.output and "UnicodeDecodeError" not in result.output


def test_a_scenario_file_replans_from_the_plan_workbook(solved, tmp_path):
    import yaml

    from allocator.read.plan import read_plan

    group, plan = solved
    leaver = read_plan(plan).assignments[0].person
    spec = {"base": {"file": str(group), "plan": str(plan)}, "time_limit": 5,
            "variants": [{"name": "vertrek", "changes": [{"type": "person_leaves",
                                                          "person": leaver}]}]}
    path = tmp_path / "s.yaml"
    path.write_text(yaml.safe_dump(spec), encoding="utf-8")
    out = tmp_path / "uit"
    result = CliRunner().invoke(main, ["scenarios", "run", str(path), "-o", str(out)])
    assert result.exit_code == 0, result.output
    import pandas as pd

    row = pd.read_csv(out / "comparison.csv", comment="#").iloc[0]  # provenance header
    assert row["variant"] == "vertrek" and row["status"] in ("optimal", "feasible")
    assert 0 < row["stability"] < 1  # re-planned from the given plan: the leaver's work moved


def _plan_rows(path: Path) -> list[tuple]:
    from allocator.read.plan import read_plan

    plan = read_plan(path)
    return sorted((a.person, a.task, a.school or "", a.hours, a.funding.value)
                  for a in plan.assignments)


def test_one_solve_writes_the_same_plan_to_the_workbook_and_the_json(solved, tmp_path):
    import json

    from allocator.cli.common import read_input
    from allocator.explain.render import render_plan
    from allocator.read.plan import read_plan

    group, _ = solved
    workbook, as_json = tmp_path / "plan.xlsx", tmp_path / "plan.json"
    result = CliRunner().invoke(main, ["solve", str(group), "-o", str(workbook), "-o",
                                       str(as_json), "--time-limit", "20"])  # default workers
    assert result.exit_code == 0, result.output
    assert _plan_rows(workbook) == _plan_rows(as_json)
    from_workbook, from_json = read_plan(workbook), read_plan(as_json)
    assert from_workbook.objective == from_json.objective
    # the workbook stores the uncovered work without words: worded again, they are the JSON's
    problem = read_input(group)
    assert render_plan(problem, from_workbook).uncovered == from_json.uncovered
    assert json.loads(as_json.read_text(encoding="utf-8"))["status"] == from_workbook.status


def test_two_default_solves_to_xlsx_and_json_give_the_same_plan(solved, tmp_path):
    """The reported case (issue 14): solving the same workbook twice, once to plan.xlsx and
    once to plan.json, gave two different plans. With default options (no --workers, no
    --time-limit) the solve is repeatable (issue 17), and each output path writes the plan it
    solved: the two plans as read back agree row for row, hours included."""
    from allocator.read.plan import read_plan

    group, _ = solved
    first, second = tmp_path / "plan.xlsx", tmp_path / "plan.json"
    for out in (first, second):
        result = CliRunner().invoke(main, ["solve", str(group), "-o", str(out)])
        assert result.exit_code == 0, result.output
    assert _plan_rows(first) and _plan_rows(first) == _plan_rows(second)
    from_workbook, from_json = read_plan(first), read_plan(second)
    assert from_workbook.repeatable and from_json.repeatable
    assert from_workbook.objective == from_json.objective
    assert [(u.task, u.school) for u in from_workbook.uncovered] == [
        (u.task, u.school) for u in from_json.uncovered]


def test_format_is_for_standard_output_and_the_extension_decides(solved, tmp_path):
    group, _ = solved
    result = CliRunner().invoke(main, ["solve", str(group), "-o", str(tmp_path / "p.json"),
                                       "--format", "xlsx"])
    assert result.exit_code == 2 and "extension decides" in result.output
    twice = CliRunner().invoke(main, ["solve", str(group), "-o", str(tmp_path / "p.json"),
                                      "-o", str(tmp_path / "p.json")])
    assert twice.exit_code == 2


def test_a_plan_held_open_is_refused_before_solving_with_a_clear_message(solved, tmp_path,
                                                                          monkeypatch):
    from allocator.cli import plan_outputs

    group, _ = solved
    out = tmp_path / "plan.xlsx"
    out.write_bytes(b"old")
    monkeypatch.setattr(plan_outputs, "held_open", lambda target: target == out)
    result = CliRunner().invoke(main, ["solve", str(group), "-o", str(out), *SOLVE])
    assert result.exit_code == 2
    assert "sluit plan.xlsx in Excel" in result.output
    assert out.read_bytes() == b"old"


def test_excel_taking_the_file_during_the_solve_saves_the_plan_elsewhere(solved, tmp_path,
                                                                         monkeypatch):
    from allocator.report import atomic

    group, _ = solved
    out = tmp_path / "plan.xlsx"
    real_replace = atomic.os.replace

    def locked(source, target):  # what Windows does while Excel has plan.xlsx open
        if str(target) == str(out.resolve()):
            raise PermissionError(13, "The process cannot access the file")
        real_replace(source, target)

    monkeypatch.setattr(atomic.os, "replace", locked)
    result = CliRunner().invoke(main, ["solve", str(group), "-o", str(out), *SOLVE])
    assert result.exit_code == 2
    assert "sluit plan.xlsx in Excel" in result.output and "plan-1.xlsx" in result.output
    assert _plan_rows(tmp_path / "plan-1.xlsx")
    assert not out.exists()


def test_an_excel_lock_file_beside_the_output_is_reported(solved, tmp_path):
    group, _ = solved
    out = tmp_path / "plan.json"
    (tmp_path / "~$plan.json").write_bytes(b"")
    result = CliRunner().invoke(main, ["solve", str(group), "-o", str(out), *SOLVE])
    assert result.exit_code == 0, result.output
    assert "~$plan.json" in result.output
