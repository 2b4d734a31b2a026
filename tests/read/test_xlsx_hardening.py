"""The workbook reader reads every row present and names every damaged cell (issue 18).

Each hostile workbook is a valid one with one part rewritten at the XML level.
"""

from __future__ import annotations

import re
import time
from pathlib import Path

import pytest
from click.testing import CliRunner
from openpyxl import load_workbook

from allocator.cli.main import EXIT_INPUT, EXIT_NO_PLAN, main
from allocator.read import Deadline, InputError, ReadTimeout, read_problem
from allocator.read.records import RawTable
from allocator.read.xlsx_reader import read_tables
from allocator.report.problem_out import write_problem
from allocator.synth import generate_group
from models import Pin
from tests.read.xlsx_parts import rewrite, sheet_part, with_shared_strings


@pytest.fixture(scope="module")
def base(tmp_path_factory) -> Path:
    """Three schools, preferences and one pin, written by openpyxl (inline strings)."""
    problem = generate_group(3, seed=1)
    person = problem.people[3]
    task = next(t for t in problem.tasks if t.scope.value == "school")
    pin = Pin(person=person.id, task=task.id,
              school=person.site if person.site != "central" else problem.schools[0].id)
    path = tmp_path_factory.mktemp("base") / "base.xlsx"
    write_problem(problem.model_copy(update={"pins": [pin]}), path, include_tasks=False)
    return path


def _mutated(base: Path, tmp_path: Path, sheet: str, change) -> Path:
    return rewrite(base, tmp_path / "mutated.xlsx", sheet_part(base, sheet), change)


def _issues(path: Path) -> list:
    with pytest.raises(InputError) as caught:
        read_problem(path)
    return caught.value.issues


@pytest.mark.parametrize("sheet", ["Vast", "Voorkeuren", "Personen"])
def test_a_lying_dimension_tag_loses_no_row(base, tmp_path, sheet):
    expected = read_problem(base).problem
    assert expected.pins and expected.preferences
    path = _mutated(base, tmp_path, sheet,
                    lambda xml: re.sub(rb'<dimension ref="[^"]*"', b'<dimension ref="A1"', xml))
    assert read_problem(path).problem == expected


def test_rows_out_of_order_and_cells_without_references_are_read_by_position(base, tmp_path):
    expected = read_problem(base).problem

    def shuffle(xml: bytes) -> bytes:
        head, rest = xml.split(b"<sheetData>")
        body, tail = rest.split(b"</sheetData>")
        rows = re.findall(rb"<row .*?</row>", body, re.S)
        rows = [re.sub(rb' r="[A-Z]+[0-9]+"', b"", row) for row in rows]  # no cell refs
        return head + b"<sheetData>" + b"".join(reversed(rows)) + b"</sheetData>" + tail

    path = _mutated(base, tmp_path, "Personen", shuffle)
    assert read_problem(path).problem == expected


def test_shared_strings_read_as_inline_strings_do(base, tmp_path):
    shared = with_shared_strings(base, tmp_path / "shared.xlsx")
    assert read_problem(shared).problem == read_problem(base).problem


def _openpyxl_tables(path: Path) -> dict[str, list[list]]:
    """What openpyxl sees when it is told to ignore the dimension tags."""
    book = load_workbook(path, read_only=True, data_only=True)
    tables = {}
    for sheet in book.worksheets:
        sheet.reset_dimensions()
        rows = [list(row) for row in sheet.iter_rows(values_only=True)]
        tables[sheet.title] = [[v for v in row] for row in rows if any(v is not None
                                                                     for v in row)]
    book.close()
    return tables


def _our_tables(tables: list[RawTable]) -> dict[str, list[list]]:
    return {t.sheet: [list(t.headers)] + [v for _, v in t.rows] for t in tables}


@pytest.mark.parametrize("schools", [2, 7])
def test_the_reader_sees_what_openpyxl_sees_on_valid_workbooks(tmp_path, schools):
    path = tmp_path / "g.xlsx"
    write_problem(generate_group(schools, seed=schools), path, include_tasks=True)
    for candidate in (path, with_shared_strings(path, tmp_path / "s.xlsx")):
        ours = _our_tables(read_tables(candidate)[0])
        theirs = _openpyxl_tables(candidate)
        for sheet, rows in ours.items():
            trimmed = [row + [None] * (len(theirs[sheet][k]) - len(row))
                       for k, row in enumerate(rows)]
            assert trimmed == theirs[sheet], sheet


DAMAGED_CELLS = {
    "number that is text": (b'<c r="E2" t="n"><v>2</v></c>', b'<c r="E2" t="n"><v>abc</v></c>'),
    "shared string out of range": (b'<c r="E2" t="n"><v>2</v></c>',
                                   b'<c r="E2" t="s"><v>99999</v></c>'),
    "column ZZZZZZ": (b'<c r="E2" t="n">', b'<c r="ZZZZZZ2" t="n">'),
    "row r=abc": (b'<row r="2">', b'<row r="abc">'),
    "row r=-5": (b'<row r="2">', b'<row r="-5">'),
    "400-digit integer": (b'<c r="E2" t="n"><v>2</v></c>',
                          b'<c r="E2" t="n"><v>' + b"9" * 400 + b"</v></c>"),
    "5000-digit integer": (b'<c r="E2" t="n"><v>2</v></c>',
                           b'<c r="E2" t="n"><v>' + b"9" * 5000 + b"</v></c>"),
    "boolean that is text": (b'<c r="E2" t="n"><v>2</v></c>', b'<c r="E2" t="b"><v>x</v></c>'),
    "date that is text": (b'<c r="E2" t="n"><v>2</v></c>', b'<c r="E2" t="d"><v>x</v></c>'),
    "unknown cell type": (b'<c r="E2" t="n">', b'<c r="E2" t="zz">'),
    "cell in another row": (b'<c r="E2" t="n">', b'<c r="E9" t="n">'),
    "cell given twice": (b'<c r="E2" t="n"><v>2</v></c>',
                         b'<c r="E2" t="n"><v>2</v></c><c r="E2" t="n"><v>3</v></c>'),
}


@pytest.mark.parametrize("name", sorted(DAMAGED_CELLS))
def test_a_damaged_cell_is_a_located_input_error(base, tmp_path, name):
    old, new = DAMAGED_CELLS[name]
    path = _mutated(base, tmp_path, "Personen", lambda xml: xml.replace(old, new, 1))
    issues = _issues(path)
    assert any(issue.sheet == "Personen" and issue.row is not None for issue in issues), issues
    assert all(len(str(issue)) < 1000 for issue in issues)


@pytest.mark.parametrize("change", [
    lambda xml: xml[: len(xml) // 2],  # truncated
    lambda xml: xml.replace(b"<sheetData>", b"<sheetData><row>", 1),  # unclosed
    lambda xml: b'<!DOCTYPE x [<!ENTITY a "b">]>' + xml,  # a DTD
    lambda xml: xml.replace(b"<sheetData>", b"<sheetData>" + b"<a>" * 100, 1),  # deep
])
def test_damaged_sheet_xml_is_an_input_error_naming_the_sheet(base, tmp_path, change):
    issues = _issues(_mutated(base, tmp_path, "Personen", change))
    assert [issue.code for issue in issues][-1] == "unreadable_workbook"
    assert issues[-1].sheet == "Personen"


def test_damaged_shared_strings_are_an_input_error(base, tmp_path):
    shared = with_shared_strings(base, tmp_path / "shared.xlsx")
    path = rewrite(shared, tmp_path / "bad.xlsx", "xl/sharedStrings.xml", lambda xml: xml[:-40])
    assert _issues(path)[-1].code == "unreadable_workbook"


def test_an_ignored_sheet_is_never_unpacked(base, tmp_path):
    """A huge or broken sheet that is not used costs nothing (it took 58 s before)."""
    with_extra = rewrite(base, tmp_path / "extra.xlsx", "xl/workbook.xml",
                         lambda xml: xml.replace(b"</sheets>", b'<sheet name="Notities" '
                                                 b'sheetId="99" r:id="rIdX"/></sheets>'),
                         extra={"xl/worksheets/notes.xml": b"<not xml" * 1000})
    path = rewrite(with_extra, tmp_path / "extra2.xlsx", "xl/_rels/workbook.xml.rels",
                   lambda xml: xml.replace(b"</Relationships>", b'<Relationship Id="rIdX" '
                                           b'Type="http://schemas.openxmlformats.org/'
                                           b'officeDocument/2006/relationships/worksheet" '
                                           b'Target="worksheets/notes.xml"/></Relationships>'))
    result = read_problem(path)
    assert result.problem == read_problem(base).problem
    assert any("Notities" in warning for warning in result.warnings)


def test_shared_strings_beyond_their_cap_are_refused_while_unpacking(base, tmp_path,
                                                                     monkeypatch):
    import allocator.read.xlsx_package as package

    monkeypatch.setattr(package, "MAX_SHARED_STRINGS_BYTES", 1000)
    shared = with_shared_strings(base, tmp_path / "shared.xlsx")
    assert _issues(shared)[-1].code == "workbook_too_large"


def test_values_under_no_header_are_named_in_a_warning(base, tmp_path):
    path = _mutated(base, tmp_path, "Personen",
                    lambda xml: xml.replace(b'<c r="E2" t="n">', b'<c r="XFD2" t="n">', 1))
    warnings = read_problem(path).warnings
    assert any("XFD2" in warning for warning in warnings)


def test_reading_stops_at_the_deadline(base):
    with pytest.raises(ReadTimeout):
        read_problem(base, deadline=Deadline(0.0, started=time.perf_counter() - 1))


def test_the_cli_exits_2_on_damaged_cells_and_4_past_the_time_limit(base, tmp_path,
                                                                    monkeypatch):
    old, new = DAMAGED_CELLS["shared string out of range"]
    path = _mutated(base, tmp_path, "Personen", lambda xml: xml.replace(old, new, 1))
    result = CliRunner().invoke(main, ["solve", str(path), "-o", str(tmp_path / "p.json")])
    assert result.exit_code == EXIT_INPUT and "Traceback" not in result.output

    import allocator.read.limits as limits

    def late(self) -> None:
        raise ReadTimeout(self.limit)

    monkeypatch.setattr(limits.Deadline, "check", late)
    result = CliRunner().invoke(main, ["solve", str(base), "-o", str(tmp_path / "p.json"),
                                       "--time-limit", "3", "--lang", "en"])
    assert result.exit_code == EXIT_NO_PLAN, result.output
    assert "reading the input took longer than the time limit (3 s)" in result.output
