"""The template teaches: instructions, comments, drop-downs, widths; --example solves."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner
from openpyxl import load_workbook

from allocator.cli.main import main
from allocator.i18n import merged_words
from allocator.read import read_problem
from allocator.read.schema import SHEETS
from allocator.report.template import write_template
from allocator.report.template_help import COLUMN_EXAMPLES
from models import ROLES


def test_every_column_of_every_sheet_has_help_and_an_example():
    words = merged_words()
    missing = [(spec.key, column.field) for spec in SHEETS for column in spec.columns
               if (spec.key, column.field) not in COLUMN_EXAMPLES
               or f"column_help.{spec.key}.{column.field}" not in words]
    assert not missing


@pytest.fixture(scope="module")
def dutch(tmp_path_factory):
    path = tmp_path_factory.mktemp("template") / "template.xlsx"
    write_template(path, "nl")
    return load_workbook(path)


def test_the_instructions_sheet_comes_first_and_explains_every_column(dutch):
    assert dutch.sheetnames[0] == "Instructies"
    rows = list(dutch["Instructies"].iter_rows(values_only=True))
    described = {(row[0], row[1]) for row in rows if row[3]}
    for spec in SHEETS:
        for column in spec.columns:
            assert (spec.nl, column.nl) in described
    budget = next(row for row in rows if row[1] == "werkingsmiddelen_eur")
    assert "euro per jaar voor de hele school" in budget[3] and budget[4] == 300.95


def test_headers_carry_comments_and_columns_are_wide_enough(dutch):
    people = dutch["Personen"]
    assert "centraal" in people["C1"].comment.text  # plaats
    assert "0 tot 4" in people["E1"].comment.text  # T
    for letter in "ABCDEFGHIJKLMN":
        assert people.column_dimensions[letter].width >= 10
    assert people.freeze_panes == "B2"


def _lists(sheet) -> dict[str, str]:
    """Header -> drop-down list of that column."""
    headers = {cell.column_letter: cell.value for cell in sheet[1]}
    found = {}
    for check in sheet.data_validations.dataValidation:
        if check.type == "list":
            letter = str(check.sqref).split(":")[0].rstrip("0123456789")
            found[headers[letter]] = check.formula1
    return found


def test_drop_down_lists_offer_levels_roles_booleans_placement_and_funding(dutch):
    schools, people = _lists(dutch["Scholen"]), _lists(dutch["Personen"])
    tasks, pins = _lists(dutch["Taken"]), _lists(dutch["Vast"])
    assert schools["niveau"] == '"basis,secundair,volwassenen,buitengewoon"'
    assert schools["poolt"] == '"ja,nee,kies"'
    assert people["rol"] == '"' + ",".join(role.value for role in ROLES) + '"'
    assert tasks["plaatsing"] == '"lokaal,centraal,beide"'
    assert tasks["cluster"] == '"technisch,pedagogisch,beleid,administratief"'
    assert pins["financiering"] == '"ICT-uren,BPT-uren,andere uren"'
    assert _lists(dutch["Voorkeuren"])["score"] == '"-2,-1,0,1,2,nooit"'
    competency = [c for c in dutch["Personen"].data_validations.dataValidation
                  if c.type == "whole" and str(c.sqref).startswith("E2")]
    assert competency[0].formula1 == "0" and competency[0].formula2 == "4"


def test_the_dutch_catalogue_uses_dutch_words_and_reads_back(dutch, tmp_path):
    tasks = dutch["Taken"]
    values = {cell.value for cell in tasks["B"][1:]} | {cell.value for cell in tasks["N"][1:]}
    assert "technisch" in values and "lokaal" in values and "technical" not in values


def test_example_template_solves_and_reads_without_warnings(tmp_path):
    runner = CliRunner()
    example = tmp_path / "voorbeeld.xlsx"
    assert runner.invoke(main, ["template", "--example", "-o", str(example)]).exit_code == 0
    result = read_problem(example)
    assert not result.warnings  # the instructions sheet is skipped silently
    assert len(result.problem.schools) == 5 and len(result.problem.people) == 25
    plan = tmp_path / "plan.json"
    solved = runner.invoke(main, ["solve", str(example), "-o", str(plan), "--time-limit", "10",
                                  "--workers", "1"])
    assert solved.exit_code == 0, solved.output
    data = json.loads(plan.read_text(encoding="utf-8"))
    assert data["status"] in ("optimal", "feasible") and data["assignments"]


def test_english_template_is_english(tmp_path):
    path = tmp_path / "t-en.xlsx"
    write_template(path, "en")
    book = load_workbook(path)
    assert book.sheetnames[0] == "Instructions"
    assert _lists(book["Tasks"])["placement"] == '"local,central,either"'
    assert "euro per year for the whole school" in str(
        next(r for r in book["Instructions"].iter_rows(values_only=True)
             if r[1] == "operating_budget_eur")[3])
