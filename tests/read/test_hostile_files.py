"""Hostile and broken files end in one clear input error, never a crash or a hang."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from openpyxl import Workbook

from allocator.read import InputError, read_problem
from allocator.read.limits import OLE2_MAGIC


def _codes(path: Path) -> set[str]:
    with pytest.raises(InputError) as caught:
        read_problem(path)
    return {issue.code for issue in caught.value.issues}


def _valid_workbook(path: Path) -> Path:
    book = Workbook()
    schools = book.active
    schools.title = "Scholen"
    schools.append(["id", "naam", "niveau", "leerlingen"])
    schools.append(["S1", "A", "basis", 100])
    people = book.create_sheet("Personen")
    people.append(["id", "naam", "plaats", "ict_uren"])
    people.append(["p1", "An", "S1", 2])
    book.save(path)
    return path


def test_a_password_protected_or_old_format_file_is_named_as_such(tmp_path):
    path = tmp_path / "secret.xlsx"
    path.write_bytes(OLE2_MAGIC + b"\0" * 512)
    assert _codes(path) == {"protected_or_old_workbook"}


def test_a_zip_bomb_is_refused_before_it_is_unpacked(tmp_path):
    path = tmp_path / "bomb.xlsx"
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("xl/worksheets/sheet1.xml", b"0" * (50 * 2**20))
    assert _codes(path) == {"workbook_too_large"}


def test_xml_entity_expansion_is_refused(tmp_path):
    source = _valid_workbook(tmp_path / "ok.xlsx")
    hostile = tmp_path / "laughs.xlsx"
    bomb = (b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
            b'<!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">'
            b'<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>')
    with zipfile.ZipFile(source) as original, zipfile.ZipFile(hostile, "w") as copy:
        for item in original.infolist():
            data = original.read(item.filename)
            if item.filename == "xl/workbook.xml":
                body = data.split(b"?>", 1)[1] if data.startswith(b"<?xml") else data
                data = bomb + body
            copy.writestr(item, data)
    assert _codes(hostile) == {"unreadable_workbook"}


def test_a_formula_without_a_computed_result_is_reported_not_read_as_empty(tmp_path):
    path = _valid_workbook(tmp_path / "formula.xlsx")
    from openpyxl import load_workbook

    book = load_workbook(path)
    book["Personen"]["D2"] = "=1+1"
    book.save(path)
    with pytest.raises(InputError) as caught:
        read_problem(path)
    [issue] = caught.value.issues
    assert (issue.code, issue.sheet, issue.row, issue.column) == (
        "uncomputed_formula", "Personen", 2, "ict_uren")


def test_too_many_rows_are_refused_with_the_limit(tmp_path, monkeypatch):
    import allocator.read.xlsx_sheet as reader

    monkeypatch.setattr(reader, "MAX_ROWS_PER_SHEET", 2)
    path = tmp_path / "long.xlsx"
    book = Workbook()
    sheet = book.active
    sheet.title = "Scholen"
    sheet.append(["id", "naam", "niveau", "leerlingen"])
    for k in range(5):
        sheet.append([f"S{k}", "A", "basis", 10])
    book.save(path)
    assert _codes(path) == {"too_many_rows"}


def test_a_valid_workbook_still_reads(tmp_path):
    problem = read_problem(_valid_workbook(tmp_path / "ok.xlsx")).problem
    assert [p.id for p in problem.people] == ["p1"]
