"""What people read of a scenario run: the workbook, markdown, console and plots in words.

The csv and parquet files keep codes for programs; the workbook's every header, coded cell
and failure reason is in the output language, its numbers are numbers with a format; a
failed variant is an exit code of its own and is marked in the tables and the plots.
"""

from __future__ import annotations

import math
import re
from pathlib import Path

import pandas as pd
import pytest
import yaml
from click.testing import CliRunner
from openpyxl import load_workbook

from allocator.cli.common import EXIT_SOME_FAILED
from allocator.cli.main import main
from allocator.i18n import merged_words, text
from allocator.scenarios.outputs import write_results
from allocator.scenarios.point import death_message, failure_message
from allocator.scenarios.present import failure_text, has_words

SCENARIO = {"version": 2, "base": {"generate": {"schools": 3, "seed": 2}}, "time_limit": 2,
            "variants": [{"name": "vandaag"},
                         {"name": "iedereen-poolt", "changes": [{"type": "pool",
                                                                 "schools": "all"}]},
                         {"name": "weg", "changes": [{"type": "person_leaves",
                                                      "person": "P999"}]}]}
# a scenario file's error as the runner stores it (English), for runs without a solver
LEAVE_ERROR = ("s.yaml, key variants[2 'weg'].changes[0].person: value 'P999': expected the id "
               "of a person of the group")
LEAVE_DUTCH = "waarde 'P999': verwacht: de id van een persoon van de groep"


@pytest.fixture(scope="module")
def dutch_run(tmp_path_factory) -> tuple[Path, str, int]:
    folder = tmp_path_factory.mktemp("run")
    path = folder / "s.yaml"
    path.write_text(yaml.safe_dump(SCENARIO), encoding="utf-8")
    result = CliRunner().invoke(main, ["scenarios", "run", str(path), "-o",
                                       str(folder / "out")])
    return folder / "out", result.output, result.exit_code


def test_a_failed_variant_is_exit_3_and_said_on_the_console(dutch_run):
    out, output, code = dutch_run
    assert code == EXIT_SOME_FAILED == 3, output
    assert f"variant weg mislukt: s.yaml, sleutel variants[2 'weg'].changes[0].person: " \
           f"{LEAVE_DUTCH}" in output
    assert "2 van 3 opgelost, 1 mislukt" in output and "afsluitcode 3" in output


def test_every_header_of_the_workbook_is_in_words(dutch_run):
    out, _, _ = dutch_run
    book = load_workbook(out / "comparison.xlsx")
    assert book.sheetnames == ["Samenvatting", "Vergelijking", "Belasting", "Kolommen",
                               "Herkomst"]
    codes = set(pd.read_csv(out / "comparison.csv", comment="#").columns)
    codes |= set(pd.read_parquet(out / "comparison-loads.parquet").columns)
    codes |= set(pd.read_csv(out / "comparison-summary.csv", comment="#").columns)
    assert all(has_words(code) for code in pd.read_csv(out / "comparison.csv",
                                                       comment="#").columns)
    for sheet in book.worksheets:
        headers = [cell.value for cell in sheet[1]]
        assert all(isinstance(h, str) and h for h in headers), sheet.title
        # the user's report: raw codes such as n_schools, utilisation_pct, key, value
        raw = [h for h in headers if h in codes and h not in ("variant", "status")  # Dutch too
               or h in ("key", "value") or re.fullmatch(r"[a-z]+(_[a-z0-9]+)+", h)]
        assert not raw, (sheet.title, raw)
    vergelijking = [c.value for c in book["Vergelijking"][1]]
    assert {"aantal scholen", "scholen die poolen", "leerlingen", "ICT-uren beschikbaar",
            "kerntaken (taak per school, aantal)", "afstand tot de grens: kerntaken",
            "open kernwerk (u/week)", "aan te werven (u/week)", "CPU-seconden",
            "herhaalbaar (zelfde plan bij elke run)"} <= set(vergelijking)
    assert [c.value for c in book["Belasting"][1]] == [
        "variant", "persoon", "plaats", "rol", "centrale dienst", "uren", "uren beschikbaar",
        "bezetting (%)"]
    assert [c.value for c in book["Herkomst"][1]] == ["gegeven (code)", "betekenis", "waarde"]
    # the data dictionary maps every csv column to its header
    dictionary = {(row[0], row[1]): row[2] for row in book["Kolommen"].iter_rows(
        min_row=2, values_only=True)}
    assert dictionary[("comparison.csv", "n_schools")] == "aantal scholen"
    assert dictionary[("comparison-loads.parquet", "utilisation_pct")] == "bezetting (%)"
    assert all(("comparison.csv", code) in dictionary
               for code in pd.read_csv(out / "comparison.csv", comment="#").columns)


def test_numbers_in_the_workbook_are_numbers_with_a_format(dutch_run):
    out, _, _ = dutch_run
    book = load_workbook(out / "comparison.xlsx")
    summary = book["Samenvatting"]
    headers = [c.value for c in summary[1]]
    rows = list(summary.iter_rows(min_row=2))
    by_variant = {row[0].value: row for row in rows}
    covered = by_variant["vandaag"][headers.index("kerntaken gedekt (%)")]
    assert covered.data_type == "n" and isinstance(covered.value, float)
    assert covered.number_format == "0.0"
    solved = by_variant["vandaag"][headers.index("opgelost")]
    assert solved.value == 1 and solved.number_format == "0"
    change = by_variant["iedereen-poolt"][headers.index("kerntaken t.o.v. basis (%-punt)")]
    assert isinstance(change.value, float) and not change.quotePrefix
    for row in rows:  # no number stored as text ('73.1', '18.0', '-3.1')
        for cell in row:
            assert not (isinstance(cell.value, str)
                        and re.fullmatch(r"[-+]?\d+([.,]\d+)?", cell.value)), cell.coordinate
    failed = by_variant["weg"][headers.index("fout")].value
    assert failed.startswith("mislukt: ") and failed.endswith(LEAVE_DUTCH)
    comparison = book["Vergelijking"]
    reasons = [row[[c.value for c in comparison[1]].index("fout")]
               for row in comparison.iter_rows(min_row=2, values_only=True)]
    assert any(reason and reason.endswith(LEAVE_DUTCH) for reason in reasons)
    assert by_variant["weg"][headers.index("kerntaken gedekt (%)")].value is None
    comparison = book["Vergelijking"]
    columns = [c.value for c in comparison[1]]
    first = next(comparison.iter_rows(min_row=2))
    gap = first[columns.index("afstand tot de grens: kerntaken")]
    assert gap.data_type == "n" and gap.number_format == "0.0%"


def test_codes_in_cells_are_words(dutch_run):
    out, _, _ = dutch_run
    book = load_workbook(out / "comparison.xlsx")
    loads = list(book["Belasting"].iter_rows(min_row=2, values_only=True))
    roles = {row[3] for row in loads}
    assert "digicoach of leerkracht" in roles and "digicoach" not in roles
    assert {row[4] for row in loads} <= {"ja", "nee"}
    assert "central" not in {row[2] for row in loads}
    comparison = book["Vergelijking"]
    columns = [c.value for c in comparison[1]]
    values = list(comparison.iter_rows(min_row=2, values_only=True))
    assert {row[columns.index("status")] for row in values} == {"optimaal", "fout"}
    assert {row[columns.index("herhaalbaar (zelfde plan bij elke run)")]
            for row in values} <= {"ja", "nee", None}
    assert "naam" not in columns and "herhaling" not in columns  # the variant says it


def test_the_markdown_writes_dutch_numbers_and_marks_the_failed_variant(dutch_run):
    out, _, _ = dutch_run
    markdown = (out / "comparison.md").read_text(encoding="utf-8")
    table = markdown.split("\n\n")[0]
    assert re.search(r"\| \d+,\d ", table) and not re.search(r"\d\.\d", table)
    assert f"mislukt: s.yaml, sleutel variants[2 'weg'].changes[0].person: {LEAVE_DUTCH}" \
        in table
    # the data files keep the English, for programs
    assert "expected the id of a person" in (out / "comparison.csv").read_text(encoding="utf-8")
    assert "statistische methode (`statistics`)" in markdown


def test_the_plots_mark_the_failed_variant(dutch_run):
    out, _, _ = dutch_run
    coverage = (out / "comparison-coverage.svg").read_text(encoding="utf-8")
    assert "Gedekte taken: kern en andere" in coverage
    assert "mislukt" in coverage  # where the variant's bars would be
    assert "Mislukt, niet getekend: weg" in coverage
    assert "Mislukt, niet getekend: weg" in (out / "comparison-hours.svg").read_text(
        encoding="utf-8")


# --- without a solver: the same outputs from rows as the runner stores them ------------------

def _points(failed_error: str | None = LEAVE_ERROR) -> tuple[pd.DataFrame, pd.DataFrame]:
    solved = {"status": "optimal", "error": None, "checked": True, "repeatable": True,
              "core_coverage_pct": 73.125, "noncore_coverage_pct": 18.0, "uncovered_core": 4,
              "hours_ict": 20.5, "available_ict": 23.0, "hours_bpt": 7.0, "available_bpt": 7.0,
              "hours_other": 19.0, "available_other": 20.0, "gap_core": 0.0,
              "n_schools": 3}
    rows = [{"name": "vandaag", "repetition": 0, "cell": 0, "variant": "vandaag", **solved},
            {"name": "meer-ict", "repetition": 0, "cell": 1, "variant": "meer-ict", **solved,
             "core_coverage_pct": 81.25}]
    if failed_error is not None:
        rows.append({"name": "weg", "repetition": 0, "cell": 2, "variant": "weg",
                     "status": "error", "error": failed_error})
    loads = pd.DataFrame([
        {"name": "vandaag", "person": "P1", "site": "central", "role": "TICT",
         "central": True, "hours": 30.0, "capacity": 36.0, "utilisation_pct": 83.3},
        {"name": "vandaag", "person": "P2", "site": "S01", "role": "directie",
         "central": False, "hours": 2.5, "capacity": 2.5, "utilisation_pct": 100.0}])
    return pd.DataFrame(rows), loads


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_outputs_are_worded_in_either_language(tmp_path, lang):
    points, loads = _points()
    write_results(tmp_path, "comparison", points, loads, ["variant"], {"variant": "vandaag"},
                  {"allocator": "0", "kind": "scenario", "backend": "2 local processes"}, lang)
    book = load_workbook(tmp_path / "comparison.xlsx")
    words = {"nl": ["Samenvatting", "Vergelijking", "Belasting", "Kolommen", "Herkomst"],
             "en": ["Summary", "Comparison", "Loads", "Columns", "Provenance"]}
    assert book.sheetnames == words[lang]
    loads_sheet = list(book[words[lang][2]].iter_rows(values_only=True))
    assert loads_sheet[0][:5] == (("variant", "persoon", "plaats", "rol", "centrale dienst")
                                  if lang == "nl" else
                                  ("variant", "person", "site", "role", "central service"))
    assert loads_sheet[1][2:5] == (("centraal", "technisch ICT-coördinator (TICT)", "ja")
                                   if lang == "nl" else
                                   ("central", "technical ICT coordinator (TICT)", "yes"))
    summary = list(book[words[lang][0]].iter_rows(values_only=True))
    assert summary[0][:4] == (("variant", "basis", "opgelost", "herhalingen") if lang == "nl"
                              else ("variant", "baseline", "solved", "repetitions"))
    assert summary[1][4] == 73.125 and summary[2][7] == pytest.approx(8.125)
    assert summary[3][-1] == (f"mislukt: s.yaml, sleutel variants[2 'weg'].changes[0].person: "
                              f"{LEAVE_DUTCH}" if lang == "nl" else f"failed: {LEAVE_ERROR}")
    markdown = (tmp_path / "comparison.md").read_text(encoding="utf-8")
    assert ("73,1" if lang == "nl" else "73.1") in markdown
    assert ("+8,1" if lang == "nl" else "+8.1") in markdown
    provenance = list(book[words[lang][4]].iter_rows(values_only=True))
    kind = next(row for row in provenance if row[0] == "kind")
    assert kind[1:] == (("soort berekening", "scenariobestand") if lang == "nl"
                        else ("kind of run", "scenario file"))
    backend = next(row for row in provenance if row[0] == "backend")
    assert backend[2] == ("2 lokale processen" if lang == "nl" else "2 local processes")
    coverage = (tmp_path / "comparison-coverage.svg").read_text(encoding="utf-8")
    assert text("r_plot_coverage", lang) in coverage
    assert text("r_plot_failed_note", lang, cells="weg") in coverage


def test_sweep_plots_and_tables_word_their_axes_with_the_decimal_comma(tmp_path):
    rows = []
    for repetition in range(3):
        for share in ("0", "0.5"):
            for factor in ("1", "1.7"):
                covered = 50 + 10 * float(share) + 5 * float(factor) + repetition
                rows.append({"name": f"p-{share}-{factor}-{repetition}",
                             "repetition": repetition, "pool_share": share,
                             "ict_factor": factor, "status": "optimal",
                             "core_coverage_pct": covered, "noncore_coverage_pct": 20.0,
                             "uncovered_core": 3})
    rows[-1] = {**rows[-1], "status": "timeout",
                "error": "stopped after the point's wall-clock budget of 8 s",
                "core_coverage_pct": math.nan}
    write_results(tmp_path, "sweep", pd.DataFrame(rows), pd.DataFrame(),
                  ["pool_share", "ict_factor"], {"pool_share": "0", "ict_factor": "1"},
                  {"kind": "sweep"}, "nl")
    line = (tmp_path / "sweep-core-pool-share.svg").read_text(encoding="utf-8")
    assert "Kerntaken gedekt volgens aandeel scholen dat poolt" in line
    assert "factor ICT-budget = 1,7" in line and "0,5" in line  # legend and ticks
    assert "1 van 12 punten mislukt (niet meegeteld)" in line
    tornado = (tmp_path / "sweep-tornado.svg").read_text(encoding="utf-8")
    assert "aandeel scholen dat poolt = 0,5" in tornado and "pool_share" not in tornado
    markdown = (tmp_path / "sweep.md").read_text(encoding="utf-8")
    header = markdown.splitlines()[0]
    assert "aandeel scholen dat poolt" in header and "pool_share" not in header
    assert "gestopt na het tijdsbudget van het punt (8 s)" in markdown
    sheet = load_workbook(tmp_path / "sweep.xlsx")["Samenvatting"]
    shares = [row[0] for row in sheet.iter_rows(min_row=2, values_only=True)]
    assert 0.5 in shares  # the axis value is a number in the workbook


# --- failure reasons, as the runner writes them, said again in Dutch -------------------------

def test_every_failure_template_is_said_in_dutch():
    templates = {key: words for key, words in merged_words().items()
                 if key.startswith("scen_fail.")}
    assert templates
    for key, words in templates.items():
        fields = dict.fromkeys(re.findall(r"\{(\w+)\}", words["en"]), "X7")
        english = words["en"].format(**fields)
        assert failure_text(english, "nl") == words["nl"].format(**fields), key
        assert failure_text(english, "en") == english


def test_the_runner_writes_failures_the_templates_know():
    said = [failure_text(message, "nl") for message in (
        death_message(-9), death_message(-11), death_message(3),
        failure_message(ValueError("a value")))]
    assert said[0].startswith("het proces dat dit punt berekende, is gestopt: signaal SIGKILL")
    assert "geheugen op" in said[0] and "SIGSEGV" in said[1]
    assert said[2].endswith("stopte met code 3")
    assert said[3] == "interne fout (ValueError): a value"


def test_the_help_names_the_exit_code_of_a_partial_run():
    english = {"ALLOCATOR_LANG": "", "LANG": "en_US.UTF-8", "LC_ALL": "", "LC_MESSAGES": "",
               "LANGUAGE": ""}
    for environ, words, codes in (
            ({"ALLOCATOR_LANG": "nl"}, "Afsluitcode 3: sommige varianten",
             "3 sommige varianten of punten mislukt"),
            (english, "Exit code 3: some variants failed", "3 some variants or points failed")):
        result = CliRunner(env=environ).invoke(main, ["scenarios", "run", "--help"])
        assert result.exit_code == 0 and words in " ".join(result.output.split())
        group = CliRunner(env=environ).invoke(main, ["scenarios", "--help"])
        assert codes in " ".join(group.output.split())


def test_too_many_parallel_solves_are_warned_in_the_output_language(caplog):
    from allocator.scenarios.run import warn_oversubscription

    warn_oversubscription(999, 2, "nl")
    assert "999 berekeningen tegelijk × 2 zoekprocessen van CP-SAT" in caplog.text


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_half_hours_keep_their_decimal_and_counts_have_none(tmp_path, lang):
    """The user test: '56 / 56' and '66 / 66' for 55,5/55,5 and 65,5/66; BPT and other hours
    formatted '0' in Samenvatting (65,5 shown as 66); plot labels '66/66'; 'open kerntaken 3,0'."""
    points, loads = _points(failed_error=None)
    points = points.assign(hours_bpt=55.5, available_bpt=55.5, hours_other=65.5,
                           available_other=66.0, uncovered_core=3)
    write_results(tmp_path, "comparison", points, loads, ["variant"], {"variant": "vandaag"},
                  {"allocator": "0", "kind": "scenario"}, lang)
    comma = "," if lang == "nl" else "."
    markdown = (tmp_path / "comparison.md").read_text(encoding="utf-8")
    assert f"55{comma}5 / 55{comma}5" in markdown and f"65{comma}5 / 66{comma}0" in markdown
    assert "56 / 56" not in markdown and "66 / 66" not in markdown
    rows = [line.split("|") for line in markdown.splitlines() if "vandaag" in line]
    header = next(line.split("|") for line in markdown.splitlines()
                  if text("r_uncovered_core", lang) in line)
    column = [cell.strip() for cell in header].index(text("r_uncovered_core", lang))
    assert rows and rows[0][column].strip() == "3"  # a count: no '3,0'
    book = load_workbook(tmp_path / "comparison.xlsx")
    summary = book["Samenvatting" if lang == "nl" else "Summary"]
    headers = [cell.value for cell in summary[1]]
    for code in ("hours_bpt", "available_bpt", "hours_other", "available_other", "hours_ict"):
        from allocator.scenarios.present import column_label

        cell = summary.cell(row=2, column=headers.index(column_label(code, lang)) + 1)
        assert cell.number_format == "0.0", (code, cell.number_format)
    assert summary.cell(row=2, column=headers.index(text("r_uncovered_core", lang)) + 1
                        ).number_format == "0"
    plot = (tmp_path / "comparison-hours.svg").read_text(encoding="utf-8")
    assert f"65{comma}5/66{comma}0" in plot and f"55{comma}5/55{comma}5" in plot
