"""What an Excel user does that must not silently change the plan (issue 14): a header that
looks like a known column, merged cells, the workbook still open in Excel."""

from __future__ import annotations

import copy
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook

from allocator.read import InputError, read_problem
from allocator.read.plan import read_plan
from allocator.read.schema import PEOPLE, SCHOOLS, resembling_column

GROUP = {
    "Scholen": [["id", "naam", "niveau", "leerlingen", "poolt"],
                ["S1", "De Linde", "basis", 250, "ja"],
                ["S2", "Ter Beke", "secundair", 640, "nee"]],
    "Personen": [["id", "naam", "plaats", "T", "P", "B", "A", "ict_uren"],
                 ["p1", "An", "centraal", 4, 1, 2, 2, 12],
                 ["p2", "Bram", "S1", 2, 3, 1, 1, 4],
                 ["p3", "Chris", "S2", 2, 3, 1, 1, 4]],
}


def _workbook(path: Path, sheets: dict[str, list[list]]) -> Path:
    book = Workbook()
    book.remove(book.active)
    for name, rows in sheets.items():
        sheet = book.create_sheet(name)
        for row in rows:
            sheet.append(row)
    book.save(path)
    return path


def _renamed(old: str, new: str) -> dict[str, list[list]]:
    sheets = copy.deepcopy(GROUP)
    for rows in sheets.values():
        rows[0] = [new if header == old else header for header in rows[0]]
    return sheets


@pytest.mark.parametrize(("header", "sheet", "column"), [
    ("ICT-uren", "Personen", "ict_uren"),  # the reported case: the tool's own output label
    ("Poolt?", "Scholen", "poolt"),  # the reported case
    ("leerlingenn", "Scholen", "leerlingen"),  # a typo: difflib ratio >= 0.85
])
def test_a_header_that_resembles_a_known_column_is_an_error_naming_it(tmp_path, header, sheet,
                                                                     column):
    path = _workbook(tmp_path / "groep.xlsx", _renamed(column, header))
    with pytest.raises(InputError) as caught:
        read_problem(path)
    [issue] = [i for i in caught.value.issues if i.code == "resembles_column"]
    assert (issue.code, issue.sheet, issue.row, issue.column) == ("resembles_column", sheet, 1,
                                                                   header)
    assert f"'{column}'" in issue.expected
    assert f"de kolom '{column}'" in caught.value.render(lang="nl")


def test_the_ict_hours_renamed_to_the_output_label_no_longer_solve_with_zero_hours(tmp_path):
    """The reported case end to end: exit 2 naming the column, not a plan with 0 ICT hours."""
    from click.testing import CliRunner

    from allocator.cli.main import main

    path = _workbook(tmp_path / "groep.xlsx", _renamed("ict_uren", "ICT-uren"))
    result = CliRunner().invoke(main, ["solve", str(path), "-o", str(tmp_path / "p.json")])
    assert result.exit_code == 2
    assert "kolom 'ICT-uren'" in result.output and "'ict_uren'" in result.output
    assert not (tmp_path / "p.json").exists()


def test_an_unrelated_extra_column_stays_a_warning(tmp_path):
    path = _workbook(tmp_path / "groep.xlsx", _renamed("poolt", "opmerking"))
    result = read_problem(path)
    assert any("opmerking" in warning for warning in result.warnings)


def test_resemblance_follows_the_spec_rule():
    assert resembling_column("ICT-uren", PEOPLE).field == "ict"
    assert resembling_column("Poolt?", SCHOOLS).field == "pools"
    assert resembling_column("ICT_Uren", PEOPLE).field == "ict"
    assert resembling_column("opmerking", SCHOOLS) is None
    assert resembling_column("telefoon", PEOPLE) is None


def test_merged_cells_in_a_data_range_are_reported_with_their_place(tmp_path):
    path = _workbook(tmp_path / "groep.xlsx", GROUP)
    book = load_workbook(path)
    book["Personen"].merge_cells("C3:C4")  # Bram's and Chris's plaats: Chris's reads empty
    book.save(path)
    with pytest.raises(InputError) as caught:
        read_problem(path)
    merged = [issue for issue in caught.value.issues if issue.code == "merged_cells"]
    assert [(i.sheet, i.row, i.column, i.value) for i in merged] == [
        ("Personen", 3, "plaats", "C3:C4")]
    assert "samengevoegd" in caught.value.render(lang="nl")


def test_merged_cells_in_the_plan_sheet_are_reported(tmp_path):
    from allocator.report import write_plan_workbook
    from tests.builders import person, problem, school, solve_checked, task

    prob = problem([school("S1")], [person("a", ict=4), person("b", ict=4)],
                   [task("T1", hours=1), task("T2", hours=1)])
    path = tmp_path / "plan.xlsx"
    write_plan_workbook(prob, solve_checked(prob), path)
    book = load_workbook(path)
    book["Plan"].merge_cells("A2:A3")
    book.save(path)
    with pytest.raises(InputError) as caught:
        read_plan(path)
    assert [(i.code, i.row, i.value) for i in caught.value.issues] == [
        ("merged_cells", 2, "A2:A3")]


def test_an_excel_lock_file_beside_the_input_is_reported(tmp_path):
    path = _workbook(tmp_path / "groep.xlsx", GROUP)
    assert not any("Excel" in w for w in read_problem(path).warnings)
    (tmp_path / "~$groep.xlsx").write_bytes(b"owner")
    warnings = read_problem(path).warnings
    assert any("~$groep.xlsx" in w and "open in Excel" in w for w in warnings)


def test_reader_warnings_are_dutch_in_the_cli(tmp_path):
    from click.testing import CliRunner

    from allocator.cli.main import main

    path = _workbook(tmp_path / "groep.xlsx", _renamed("poolt", "opmerking"))
    (tmp_path / "~$groep.xlsx").write_bytes(b"owner")
    result = CliRunner().invoke(main, ["solve", str(path), "-o", str(tmp_path / "p.json"),
                                       "--workers", "1", "--time-limit", "10"])
    assert result.exit_code == 0, result.output
    assert "waarschuwing: blad 'Scholen': kolom 'opmerking' wordt niet gebruikt" in result.output
    assert "is geopend in Excel (~$groep.xlsx staat ernaast)" in result.output


def test_every_input_error_of_the_nasty_corpus_reads_in_dutch():
    """Each 'expected' of a known bad input has Dutch words (none falls back to English)."""
    from allocator.i18n.translate import from_english

    corpus = Path(__file__).parent / "fixtures" / "nasty"
    untranslated = []
    for path in sorted(corpus.iterdir()):
        if path.name == "expected.yaml":
            continue
        try:
            read_problem(path)
        except InputError as error:
            for issue in error.issues:
                if from_english(issue.expected, "nl", "expected.") == issue.expected:
                    untranslated.append((path.name, issue.expected))
    assert not untranslated
