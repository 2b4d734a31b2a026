"""Reading workbooks, YAML and JSON: Dutch and English, every error located, input untouched."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
import yaml
from openpyxl import Workbook

from allocator.read import InputError, read_problem


def _workbook(path: Path, sheets: dict[str, list[list]]) -> Path:
    book = Workbook()
    book.remove(book.active)
    for name, rows in sheets.items():
        sheet = book.create_sheet(name)
        for row in rows:
            sheet.append(row)
    book.save(path)
    return path


DUTCH = {
    "Scholen": [["id", "naam", "niveau", "leerlingen", "poolt", "regio"],
                ["S1", "De Linde", "basis", 250, "ja", "Noord"],
                ["S2", "Campus Ter Beke", "secundair onderwijs", "640", "nee", None]],
    "Personen": [["ID", " Naam ", "Plaats", "Rol", "T", "P", "B", "A", "Specialisaties",
                  "ICT_uren", "BPT_uren", "Andere_uren", "max_taken", "regios"],
                 ["p1", "An", "centraal", "TICT", 4, 1, 2, 2, "network, helpdesk", "12,5", None,
                  None, None, "Noord"],
                 ["p2", "Bram", "S2", "leerkracht", 2, 3, 1, 1, None, None, "2,5", "1.5", 4,
                  None]],
    "Voorkeuren": [["persoon", "taak", "score"], ["p2", "pedagogisch", 2], ["p1", "PED-01", "nooit"]],
    "Vast": [["persoon", "taak", "school", "uren", "financiering"]],
}


def test_a_dutch_workbook_from_another_program_reads_correctly(tmp_path):
    path = _workbook(tmp_path / "groep.xlsx", DUTCH)
    problem = read_problem(path).problem
    assert [s.pools for s in problem.schools] == [True, False]
    assert problem.schools[1].level.value == "secundair"
    an, bram = problem.people
    assert an.site == "central" and an.ict == 12.5 and an.regions == ["Noord"]
    assert an.specialisations == ["network", "helpdesk"]
    assert bram.bpt == 2.5 and bram.other == 1.5 and bram.max_tasks == 4
    assert len(problem.tasks) == 99  # no Taken sheet: the default catalogue
    assert {(p.person, p.task, p.score) for p in problem.preferences} == {
        ("p2", "pedagogisch", 2), ("p1", "PED-01", "never")}


def test_the_input_file_is_never_modified(tmp_path):
    path = _workbook(tmp_path / "groep.xlsx", DUTCH)
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    modified = path.stat().st_mtime_ns
    read_problem(path)
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before
    assert path.stat().st_mtime_ns == modified


def test_all_errors_are_reported_together_with_their_location(tmp_path):
    sheets = {
        "Schools": [["id", "name", "level", "pupils", "pools"],
                    ["S1", "A", "kleuter", -3, "misschien"],
                    ["S1", "B", "primary", 10, "yes"]],
        "People": [["id", "name", "site", "T", "P", "B", "A", "ict", "bpt"],
                   ["p1", "X", "central", 5, 0, 0, 0, "1,25", 2],
                   ["p2", "Y", "S9", 1, 1, 1, 1, "abc", None]],
    }
    path = _workbook(tmp_path / "bad.xlsx", sheets)
    with pytest.raises(InputError) as caught:
        read_problem(path)
    found = {(i.sheet, i.row, i.column) for i in caught.value.issues}
    assert ("Schools", 2, "level") in found
    assert ("Schools", 2, "pupils") in found
    assert ("Schools", 2, "pools") in found
    assert ("People", 2, "T") in found
    assert ("People", 2, "ict") in found  # 1.25 is not a multiple of 0.5
    assert ("People", 3, "ict") in found
    for issue in caught.value.issues:
        assert issue.sheet and issue.row and issue.column and issue.expected


def test_cross_reference_errors_name_the_row(tmp_path):
    sheets = {
        "Schools": [["id", "name", "level", "pupils"], ["S1", "A", "basis", 100],
                    ["S1", "B", "basis", 100]],
        "People": [["id", "name", "site", "bpt"], ["p1", "X", "central", 2],
                   ["p2", "Y", "S7", 0]],
        "Fixed": [["person", "task", "school"], ["p1", "NOPE", "S1"]],
    }
    with pytest.raises(InputError) as caught:
        read_problem(_workbook(tmp_path / "refs.xlsx", sheets))
    found = {(i.sheet, i.row, i.column, i.code) for i in caught.value.issues}
    assert ("Schools", 3, "id", "bad_reference") in found
    assert ("People", 2, "bpt", "bad_reference") in found
    assert ("People", 3, "site", "bad_reference") in found
    assert ("Fixed", 2, "task", "bad_reference") in found


def test_missing_sheets_and_columns_are_named(tmp_path):
    sheets = {"Schools": [["id", "name", "pupils"], ["S1", "A", 10]]}
    with pytest.raises(InputError) as caught:
        read_problem(_workbook(tmp_path / "missing.xlsx", sheets))
    found = {(i.code, i.sheet, i.column) for i in caught.value.issues}
    assert ("missing_sheet", "Personen", None) in found
    assert ("missing_column", "Schools", "level") in found


def test_unknown_columns_are_kept_out_with_a_warning(tmp_path):
    sheets = {"Scholen": [["id", "naam", "niveau", "leerlingen", "opmerking"],
                          ["S1", "A", "basis", 10, "nieuwbouw"]],
              "Personen": [["id", "naam", "plaats"], ["p", "P", "S1"]]}
    result = read_problem(_workbook(tmp_path / "extra.xlsx", sheets))
    assert any("opmerking" in warning for warning in result.warnings)


def test_yaml_and_json_carry_the_same_data(tmp_path):
    data = {"Schools": [{"id": "S1", "name": "A", "level": "basis", "pupils": 120,
                         "pools": "x"}],
            "People": [{"id": "p", "name": "P", "site": "S1", "T": 2, "ict": "2,5"}],
            "Tasks": [{"id": "X", "cluster": "technisch", "name_nl": "x", "name_en": "x",
                       "core": "ja", "base_hours": 1}]}
    (tmp_path / "g.yaml").write_text(yaml.safe_dump(data), encoding="utf-8")
    import json
    (tmp_path / "g.json").write_text(json.dumps(data), encoding="utf-8")
    from_yaml = read_problem(tmp_path / "g.yaml").problem
    from_json = read_problem(tmp_path / "g.json").problem
    assert from_yaml == from_json
    assert [t.id for t in from_yaml.tasks] == ["X"] and from_yaml.people[0].ict == 2.5


def test_a_tasks_sheet_can_extend_the_default_catalogue(tmp_path):
    data = {"Schools": [{"id": "S1", "name": "A", "level": "basis", "pupils": 120}],
            "People": [{"id": "p", "name": "P", "site": "S1"}],
            "Tasks": [{"id": "EXTRA-1", "cluster": "policy", "name_nl": "x", "name_en": "x"},
                      {"id": "TECH-01", "cluster": "technical", "name_nl": "y", "name_en": "y",
                       "priority": 1}]}
    path = tmp_path / "g.yaml"
    path.write_text(yaml.safe_dump(data), encoding="utf-8")
    extended = read_problem(path, catalogue="extend").problem
    assert len(extended.tasks) == 100
    assert {t.id: t for t in extended.tasks}["TECH-01"].priority == 1
    assert len(read_problem(path).problem.tasks) == 2


def test_a_file_that_is_not_a_workbook_gets_a_clear_error(tmp_path):
    path = tmp_path / "fake.xlsx"
    path.write_text("not a zip", encoding="utf-8")
    with pytest.raises(InputError) as caught:
        read_problem(path)
    assert caught.value.issues[0].code == "not_a_workbook"


def test_an_empty_template_says_what_to_fill_in(tmp_path):
    from allocator.report.template import write_template

    path = tmp_path / "empty.xlsx"
    write_template(path, "nl")
    with pytest.raises(InputError) as caught:
        read_problem(path)
    assert {(i.code, i.sheet) for i in caught.value.issues} == {
        ("empty_sheet", "Scholen"), ("empty_sheet", "Personen")}


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_a_filled_in_template_reads_back_the_catalogue(tmp_path, lang):
    from openpyxl import load_workbook

    from allocator.read.catalogue import default_tasks
    from allocator.report.template import write_template

    path = tmp_path / "template.xlsx"
    write_template(path, lang)
    book = load_workbook(path)
    schools, people = (book["Scholen"], book["Personen"]) if lang == "nl" else (
        book["Schools"], book["People"])
    schools.append(["S1", "De Linde", "basis", 200, "nee"])
    people.append(["p1", "An", "S1", "TICT", 3, 1, 1, 1, None, 4])
    filled = tmp_path / "filled.xlsx"
    book.save(filled)
    problem = read_problem(filled).problem
    assert problem.tasks == default_tasks()
    assert problem.people[0].ict == 4


def test_huge_hours_are_an_input_error_not_an_overflow(tmp_path):
    data = {"Schools": [{"id": "S1", "name": "A", "level": "basis", "pupils": 10}],
            "People": [{"id": "p", "name": "P", "site": "S1", "ict": 1}],
            "Fixed": [{"person": "p", "task": "TECH-01", "school": "S1",
                       "hours": 8.98846567431158e307}]}
    path = tmp_path / "huge.yaml"
    path.write_text(yaml.safe_dump(data), encoding="utf-8")
    with pytest.raises(InputError) as caught:
        read_problem(path)
    assert [(i.sheet, i.row, i.column) for i in caught.value.issues] == [("Fixed", 1, "hours")]
