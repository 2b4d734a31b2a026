"""The ICT head's workflow (issue 14): the plan workbook goes into every plan-reading command."""

from __future__ import annotations

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

    row = pd.read_csv(out / "comparison.csv").iloc[0]
    assert row["variant"] == "vertrek" and row["status"] in ("optimal", "feasible")
    assert 0 < row["stability"] < 1  # re-planned from the given plan: the leaver's work moved
