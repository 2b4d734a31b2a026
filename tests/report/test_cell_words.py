"""The template and a problem written back out use one table of cell words (allocator/i18n/
cells.py), and the readers accept every word of it."""

from __future__ import annotations

import pytest
from openpyxl import load_workbook
from pydantic import TypeAdapter

from allocator.i18n.cells import CELL_CODES, cell_word, cell_words
from allocator.read import read_problem
from allocator.read.plan_layout import funding_code
from allocator.report.problem_out import write_problem
from allocator.report.template import write_template
from models import Preference
from models.domain import FundingEnum, cluster_from_text
from tests.builders import person, pin, problem, school, task


def _every_code():
    """A small group whose cells hold every coded value there is."""
    schools = [school("S1", pools=True), school("S2", pools="choose")]
    people = [person("a", site="S1", ict=4, bpt=2, other=2), person("c", site="central", ict=6)]
    tasks = [task("T1", cluster="technical", placement="local"),
             task("T2", cluster="pedagogical", placement="central"),
             task("T3", cluster="policy", placement="either", scope="group"),
             task("T4", cluster="administrative")]
    preferences = [Preference(person="a", task="pedagogical", score="never"),
                   Preference(person="c", task="T2", score=1)]
    pins = [pin("a", "T1", "S1", 1, "ict"), pin("a", "T4", "S1", 1, "bpt"),
            pin("a", "T4", "S2", 1, "other")]
    return problem(schools, people, tasks, preferences, pins).model_copy(
        update={"central_ict_hours": 6})


def _rows(path):
    book = load_workbook(path)
    return {name: [list(row) for row in book[name].iter_rows(values_only=True)]
            for name in book.sheetnames  # the template's Gids sheet holds no problem data
            if name not in ("Instructies", "Instructions", "Gids", "Guide")}


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_template_and_problem_out_write_the_same_cells_and_read_back(tmp_path, lang):
    group = _every_code()
    template, written = tmp_path / "template.xlsx", tmp_path / "written.xlsx"
    write_template(template, lang, tasks=group.tasks, example=group)
    write_problem(group, written, lang)
    assert _rows(template) == _rows(written)
    for path in (template, written):
        again = read_problem(path).problem
        assert [p.funding for p in again.pins] == [p.funding for p in group.pins]
        assert [s.pools for s in again.schools] == [s.pools for s in group.schools]
        assert [(t.cluster, t.scope, t.placement) for t in again.tasks] == [
            (t.cluster, t.scope, t.placement) for t in group.tasks]
        assert [(p.person, cluster_from_text(p.task) or p.task, p.score)
                for p in again.preferences] == [
            (p.person, cluster_from_text(p.task) or p.task, p.score) for p in group.preferences]
    cells = {value for rows in _rows(written).values() for row in rows for value in row}
    expected = {"nl": {"ICT-uren", "BPT-uren", "andere uren", "centraal", "beide", "kies",
                       "groep", "nooit", "pedagogisch"},
                "en": {"ICT hours", "BPT hours", "other hours", "central", "either", "choose",
                       "group", "never", "pedagogical"}}[lang]
    assert expected <= cells


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_every_funding_label_is_read_by_the_input_and_the_plan_readers(lang):
    funding = TypeAdapter(FundingEnum)
    for code, label in zip(CELL_CODES["funding"], cell_words("funding", lang), strict=True):
        assert funding.validate_python(label).value == code
        assert funding_code(label) == code
    assert cell_word("funding", "other", "nl") == "andere uren"
    for alias in ("andere", "andere_uren", "ict_uren", "ICT-uren", "bpt", "other"):
        assert funding.validate_python(alias)  # the documented aliases still read


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_specialisations_are_words_of_the_language_and_read_back_as_codes(tmp_path, lang):
    """The user test: the Dutch template's Taken sheet held 'network', 'cybersecurity' and the
    example's people 'network,cybersecurity' while the Personen comment said 'netwerk'."""
    from click.testing import CliRunner

    from allocator.cli.main import main
    from allocator.read.catalogue import default_tasks

    network, cyber = cell_word("specialisation", "network", lang), cell_word(
        "specialisation", "cybersecurity", lang)
    assert (network, cyber) == {"nl": ("netwerk", "cyberveiligheid"),
                                "en": ("network", "cybersecurity")}[lang]
    for example in ([], ["--example"]):
        path = tmp_path / f"{lang}{len(example)}.xlsx"
        result = CliRunner().invoke(main, ["template", *example, "-o", str(path), "--lang", lang])
        assert result.exit_code == 0, result.output
        book = load_workbook(path)
        tasks_sheet = book["Taken" if lang == "nl" else "Tasks"]
        column = [c.value for c in tasks_sheet[1]].index("specialisatie" if lang == "nl"
                                                         else "specialisation")
        words = {row[column] for row in tasks_sheet.iter_rows(min_row=2, values_only=True)
                 if row[column]}
        assert {network, cyber} <= words
        if lang == "nl":
            assert not words & {"network", "cybersecurity"}
    again = read_problem(path).problem  # the example reads back, codes as the catalogue's
    assert [t.specialisation for t in again.tasks] == [t.specialisation
                                                     for t in default_tasks()]
    people = book["Personen" if lang == "nl" else "People"]
    cells = " ".join(str(v) for row in people.iter_rows(values_only=True) for v in row if v)
    assert f"{network},{cyber}" in cells
    if lang == "nl":
        assert "network" not in cells and "cybersecurity" not in cells
    assert ["network", "cybersecurity"] in [p.specialisations for p in again.people]
    assert person("x", specialisations="Netwerk, cyberveiligheid,website").specialisations \
        == ["network", "cybersecurity", "website"]  # both languages read
