"""The allocator command as a user runs it: files in, files out, exit codes."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from allocator.check.checker import check_plan
from allocator.cli.main import EXIT_CHECK_FAILED, EXIT_INFEASIBLE, EXIT_INPUT, main
from allocator.read import read_problem
from models import Plan


@pytest.fixture()
def runner() -> CliRunner:
    return CliRunner()


@pytest.fixture()
def group(tmp_path: Path, runner: CliRunner) -> Path:
    path = tmp_path / "groep.xlsx"
    result = runner.invoke(main, ["generate", "--schools", "3", "--seed", "4", "-o", str(path)])
    assert result.exit_code == 0, result.output
    return path


def test_template_writes_dutch_and_english_workbooks(tmp_path, runner):
    from openpyxl import load_workbook

    for lang, first in (("nl", "Instructies"), ("en", "Instructions")):
        path = tmp_path / f"t-{lang}.xlsx"
        result = runner.invoke(main, ["template", "-o", str(path), "--lang", lang])
        assert result.exit_code == 0, result.output
        assert load_workbook(path).sheetnames[0] == first


def test_solve_writes_a_plan_workbook_with_every_sheet(group, runner):
    from openpyxl import load_workbook

    before = hashlib.sha256(group.read_bytes()).hexdigest()
    out = group.with_name("plan.xlsx")
    result = runner.invoke(main, ["solve", str(group), "-o", str(out), "--time-limit", "20"])
    assert result.exit_code == 0, result.output
    book = load_workbook(out)
    visible = [sheet.title for sheet in book.worksheets if sheet.sheet_state == "visible"]
    assert visible == ["Samenvatting", "Plan", "Personen", "Dekking", "Niet gedekt", "Uitleg",
                       "Belasting", "Versnippering", "Technisch"]
    assert book["Plandata"].sheet_state == "hidden"  # the whole plan, for reading it back
    assert hashlib.sha256(group.read_bytes()).hexdigest() == before
    assert not list(group.parent.glob(".*.part"))


def test_english_plan_workbook_has_english_sheets(group, runner):
    from openpyxl import load_workbook

    out = group.with_name("plan-en.xlsx")
    result = runner.invoke(main, ["solve", str(group), "-o", str(out), "--lang", "en"])
    assert result.exit_code == 0, result.output
    visible = [sheet.title for sheet in load_workbook(out).worksheets
               if sheet.sheet_state == "visible"]
    assert visible == ["Summary", "Plan", "People", "Coverage", "Uncovered", "Explanation",
                       "Load", "Fragmentation", "Technical"]


def test_json_to_stdout_is_the_specified_plan_and_passes_check(group, runner, tmp_path):
    result = runner.invoke(main, ["solve", str(group), "--format", "json", "-o", "-"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert {"status", "objective", "bound", "bundled", "assignments", "uncovered"} <= set(data)
    assert set(data["objective"]) >= {"core", "noncore"}
    for row in data["assignments"]:
        assert set(row) >= {"person", "task", "school", "hours", "funding"}
    for row in data["uncovered"]:
        assert set(row) >= {"task", "school", "core", "reason", "detail", "recommendation"}
    plan_path = tmp_path / "plan.json"
    plan_path.write_text(result.stdout, encoding="utf-8")
    checked = runner.invoke(main, ["check", str(group), str(plan_path), "--lang", "en"])
    assert checked.exit_code == 0, checked.output
    assert "passes" in checked.output
    problem = read_problem(group).problem
    assert check_plan(problem, Plan.model_validate(data)).ok


def test_check_rejects_a_tampered_plan(group, runner, tmp_path):
    result = runner.invoke(main, ["solve", str(group), "--format", "json", "-o", "-"])
    data = json.loads(result.stdout)
    data["assignments"][0]["hours"] += 3
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    checked = runner.invoke(main, ["check", str(group), str(path)])
    assert checked.exit_code == EXIT_CHECK_FAILED
    assert "voldoet NIET" in checked.output


def test_solve_refuses_to_overwrite_its_input(group, runner):
    result = runner.invoke(main, ["solve", str(group), "-o", str(group)])
    assert result.exit_code == EXIT_INPUT
    assert "niet over het invoerbestand" in result.output


def test_bad_input_exits_2_with_located_errors_and_no_traceback(tmp_path, runner):
    path = tmp_path / "bad.yaml"
    path.write_text("Schools:\n- {id: S1, name: A, level: basis, pupils: -4}\n"
                    "People:\n- {id: p, name: P, site: S1, ict: abc}\n", encoding="utf-8")
    result = runner.invoke(main, ["solve", str(path), "--lang", "en"])
    assert result.exit_code == EXIT_INPUT
    assert "sheet 'Schools', row 1, column 'pupils'" in result.output
    assert "sheet 'People', row 1, column 'ict'" in result.output
    dutch = runner.invoke(main, ["solve", str(path)])
    assert "blad 'Schools', rij 1, kolom 'pupils'" in dutch.output
    assert "verwacht: een waarde van minstens 0" in dutch.output
    assert "Traceback" not in result.output


def test_a_forbidden_pin_exits_3(tmp_path, runner):
    path = tmp_path / "pin.yaml"
    path.write_text(
        "Schools:\n- {id: S1, name: A, level: basis, pupils: 100}\n"
        "People:\n- {id: p, name: P, site: S1, T: 0, ict: 4}\n"
        "Fixed:\n- {person: p, task: TECH-03, school: S1}\n", encoding="utf-8")
    result = runner.invoke(main, ["solve", str(path), "-o", str(tmp_path / "x.json")])
    assert result.exit_code == EXIT_INFEASIBLE
    assert "rij 1: P (p) → «" in result.output and "(TECH-03) @ A kan niet" in result.output  # YAML: the item's number
    assert not (tmp_path / "x.json").exists()


def test_demo_solves_the_embedded_group(tmp_path, runner):
    out = tmp_path / "demo.json"
    result = runner.invoke(main, ["demo", "-o", str(out)])
    assert result.exit_code == 0, result.output
    plan = json.loads(out.read_text(encoding="utf-8"))
    assert plan["status"] == "optimal" and plan["assignments"]


def test_generate_is_reproducible_from_its_seed(tmp_path, runner):
    paths = [tmp_path / "a.yaml", tmp_path / "b.yaml"]
    for path in paths:
        runner.invoke(main, ["generate", "--schools", "6", "--seed", "9", "-o", str(path)])
    assert paths[0].read_text() == paths[1].read_text()


def test_show_versions_names_the_solver(runner):
    result = runner.invoke(main, ["show-versions"])
    assert result.exit_code == 0 and "ortools:" in result.output


def test_the_highs_backend_gives_the_same_stage_values(group, runner):
    values = []
    for backend in ("auto", "cpsat", "highs"):
        result = runner.invoke(main, ["solve", str(group), "--format", "json", "-o", "-",
                                      "--backend", backend])
        assert result.exit_code == 0, result.output
        data = json.loads(result.stdout)
        assert data["status"] == "optimal"
        values.append((data["objective"]["core"], data["objective"]["noncore"]))
    assert values[0] == values[1] == values[2]
