"""The faster plan writers write what the plain ones wrote.

The plan JSON through orjson against ``json.dumps(..., indent=2)``; workbooks saved by
``xlsx_fast.save_fast`` against openpyxl's own ``Workbook.save``, part by part, byte for byte;
``explain_plan(with_uncovered=False)`` against the whole explanation.
"""

from __future__ import annotations

import datetime
import json
import math
import zipfile
from importlib import resources
from pathlib import Path

import numpy as np
import pytest
from openpyxl import Workbook
from openpyxl.comments import Comment
from openpyxl.styles import Font, PatternFill

from allocator.cli.common import read_input
from allocator.engine import solve_problem
from allocator.explain.report import explain_plan
from allocator.report import cell_safety, plan_to_dict, plan_to_json, write_plan_workbook
from allocator.report.atomic import write_bytes_atomically
from allocator.report.json_out import (
    compact_json,
    finite,
    indented_json_bytes,
    plan_to_json_bytes,
)
from allocator.report.problem_out import write_problem
from allocator.report.template import write_template
from allocator.report.xlsx_fast import save_fast
from allocator.report.xlsx_style import fill_cells
from allocator.solve import SolveOptions


@pytest.fixture(scope="module")
def demo():
    with resources.as_file(resources.files("allocator.data").joinpath("demo_group.yaml")) as path:
        problem = read_input(Path(path))
    # names a writer must escape or keep as text: markup, a formula, spaces, non-ASCII
    people = list(problem.people)
    for k, name in enumerate(("Zoë & <Ölaf>", "=HYPERLINK(\"x\")", " Spatie ", "a\nb")):
        people[k] = people[k].model_copy(update={"name": name})
    problem = problem.model_copy(update={"people": people})
    plan = solve_problem(problem, SolveOptions(time_limit=20, workers=1, seed=1))
    assert plan.status.found and plan.uncovered and plan.assignments
    return problem, plan


def _parts(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as archive:  # core.xml holds the time it was saved
        return {name: archive.read(name) for name in archive.namelist()
                if name != "docProps/core.xml"}


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_plan_json_is_the_text_json_dumps_wrote(demo, lang):
    problem, plan = demo
    expected = json.dumps(plan_to_dict(problem, plan, lang), ensure_ascii=False, indent=2)
    assert plan_to_json(problem, plan, lang) == expected


def indented_json(data) -> str:
    return indented_json_bytes(data).decode()


def test_indented_json_reads_back_as_the_same_object():
    data = {"a": [1, 2.5, -0.0, 1e16, 1e-7, None, True, "é\u2028\x01"], 3: {"x": {}},
            None: [], 2.5: "float key", "n": 2**70, "deep": [[{"b": []}]]}
    text = indented_json(data)
    assert json.loads(text) == json.loads(json.dumps(data, ensure_ascii=False, indent=2))
    assert text.startswith('{\n  "a": [\n    1,')


def test_compact_json_reads_back_as_the_same_object():
    data = {"a": [1, 2.5, -0.0, 1e16, 1e-7, None, True, "é\u2028\x01"], 3: {"x": {}},
            None: [], 2.5: "float key", "n": 2**70, "deep": [[{"b": []}]]}
    plain = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    assert json.loads(compact_json(data)) == json.loads(plain)
    small = {"a": [1, 2.5, None, True, "é"], "b": {"c": []}}
    assert compact_json(small) == json.dumps(small, ensure_ascii=False, separators=(",", ":"))


def test_indented_json_hands_what_orjson_does_not_take_to_json():
    data = {"value": np.float64(2.25), "nan": np.float64("nan"), "inf": [math.inf]}
    assert indented_json(data) == json.dumps(finite(data), ensure_ascii=False, indent=2)
    assert json.loads(indented_json(data)) == {"value": 2.25, "nan": None, "inf": [None]}
    assert compact_json(data) == json.dumps(finite(data), ensure_ascii=False,
                                            separators=(",", ":"))


def test_non_finite_numbers_are_null_in_both_json_texts():
    data = {"a": [1.5, math.nan, {"b": -math.inf}], "c": math.inf, "d": "x"}
    plain = finite(data)
    assert indented_json(data) == json.dumps(plain, ensure_ascii=False, indent=2)
    assert compact_json(data) == json.dumps(plain, ensure_ascii=False, separators=(",", ":"))
    assert compact_json(plain) == json.dumps(plain, ensure_ascii=False, separators=(",", ":"))


def test_explanation_without_uncovered_is_the_rest_of_the_whole(demo):
    problem, plan = demo
    whole = explain_plan(problem, plan, "en")
    part = explain_plan(problem, plan, "en", with_uncovered=False)
    assert "uncovered" not in part
    assert part == {key: value for key, value in whole.items() if key != "uncovered"}


def _odd_cells() -> Workbook:
    book = Workbook()
    sheet = book.active
    values = [1, 2.5, -0.0, 1e16, 1e-7, True, False, "x", "", " lead", "trail ", " ",
              "a&b<c>d\"'", "é\u2028", None, math.nan, math.inf, np.int64(3), np.float64(2.25),
              datetime.date(2024, 1, 2), "=SUM(A1)", 10**20, "\n", "a\nb"]
    for row, value in enumerate(values, start=1):
        sheet.cell(row=row, column=1, value=value)
        styled = sheet.cell(row=row, column=2, value=value)
        styled.font = Font(bold=True)
        styled.fill = PatternFill("solid", fgColor="DDEBF7")
    sheet.cell(row=1, column=3, value="link").hyperlink = "https://example.org"
    sheet["D1"] = "noted"
    sheet["D1"].comment = Comment("a comment", "allocator")
    sheet["E5"].font = Font(italic=True)  # styled, no value
    sheet.row_dimensions[3].height = 30
    other = book.create_sheet("Other")
    other.append(["a", 1])
    other.freeze_panes = "A2"
    return book


def test_fast_save_writes_the_bytes_openpyxl_writes(tmp_path):
    _odd_cells().save(tmp_path / "openpyxl.xlsx")
    save_fast(_odd_cells(), tmp_path / "fast.xlsx")
    assert _parts(tmp_path / "fast.xlsx") == _parts(tmp_path / "openpyxl.xlsx")


def test_workbooks_saved_fast_are_the_workbooks_openpyxl_saved(demo, tmp_path, monkeypatch):
    problem, plan = demo

    def write_all(folder: Path) -> None:
        folder.mkdir()
        for lang in ("nl", "en"):
            write_plan_workbook(problem, plan, folder / f"plan-{lang}.xlsx", lang)
        write_problem(problem, folder / "problem.xlsx")
        write_template(folder / "example.xlsx", example=problem)
        write_template(folder / "template.xlsx")

    write_all(tmp_path / "fast")
    monkeypatch.setattr(cell_safety, "save_fast", lambda book, path: book.save(path))
    write_all(tmp_path / "openpyxl")
    for path in sorted((tmp_path / "openpyxl").iterdir()):
        assert _parts(tmp_path / "fast" / path.name) == _parts(path), path.name


def test_filling_cells_gives_what_setting_each_fill_gives(tmp_path):
    def book_with_cells() -> Workbook:
        book = Workbook()
        sheet = book.active
        sheet.append(["a", 1, None, 2.5])
        sheet.append(["b", "c", "d", "e"])
        sheet["A1"].font = Font(bold=True)
        sheet["B2"].number_format = "0%"
        return book

    fill = PatternFill("solid", fgColor="E4DFEC")
    one_by_one, at_once = book_with_cells(), book_with_cells()
    for row in one_by_one.active.iter_rows():
        for cell in row:
            cell.fill = fill
    fill_cells((cell for row in at_once.active.iter_rows() for cell in row), fill)
    for name, book in (("one.xlsx", one_by_one), ("once.xlsx", at_once)):
        save_fast(book, tmp_path / name)
    assert _parts(tmp_path / "one.xlsx") == _parts(tmp_path / "once.xlsx")
    cells = list(at_once.active.iter_rows())
    assert cells[0][0].font.bold and cells[0][0].fill == fill
    assert cells[1][1].number_format == "0%" and cells[1][1].fill == fill


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_plan_json_bytes_are_its_text_in_utf8(demo, lang):
    problem, plan = demo
    assert plan_to_json_bytes(problem, plan, lang) == plan_to_json(problem, plan, lang).encode()


def test_bytes_written_atomically_are_the_parts_in_order(tmp_path):
    target = tmp_path / "plan.json"
    target.write_text("old")
    write_bytes_atomically(target, "{\"é\": 1}".encode(), b"\n")
    assert target.read_bytes() == "{\"é\": 1}\n".encode()
    assert [p.name for p in tmp_path.iterdir()] == ["plan.json"]  # no temporary left
