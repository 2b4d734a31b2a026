"""A scenario or sweep file that cannot be used says where (file, key path), the value found
and what was expected, in Dutch by default and in English with --lang en; never a traceback."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from allocator.cli.main import EXIT_INPUT, main
from allocator.scenarios.design import load_sweep_file
from allocator.scenarios.errors import scenario_text
from allocator.scenarios.run import load_base, scenario_jobs
from allocator.scenarios.spec import ScenarioError, load_scenario_file

BASE = "version: 2\nbase: {generate: {schools: 2}}\n"
ONE_CHANGE = BASE + "variants:\n  - name: weg\n    changes:\n      - CHANGE\n"

def _one(change: str) -> str:
    return ONE_CHANGE.replace("CHANGE", change)


# file text -> (English line, Dutch line), each naming the file and the key path
REFUSED = {
    "bad key": (_one("{type: person_leaves, persn: P1}"),
                "s.yaml, key variants[0 'weg'].changes[0].persn: expected one of the keys "
                "'person' (this key is unknown here: check its spelling)",
                "s.yaml, sleutel variants[0 'weg'].changes[0].persn: verwacht: één van de "
                "sleutels 'person' (deze sleutel is hier onbekend: controleer de spelling)"),
    "missing key": (_one("{type: person_leaves, persn: P1}"),
                    "s.yaml, key variants[0 'weg'].changes[0].person: expected this key (it is "
                    "required)",
                    "s.yaml, sleutel variants[0 'weg'].changes[0].person: verwacht: deze "
                    "sleutel (hij is verplicht)"),
    "bad value": (_one("{type: scale_funding, source: ict, factor: -0.5}"),
                  "s.yaml, key variants[0 'weg'].changes[0].factor: value -0.5: expected a "
                  "number of at least 0",
                  "s.yaml, sleutel variants[0 'weg'].changes[0].factor: waarde -0.5: verwacht: "
                  "een getal van minstens 0"),
    "bad kind": (_one("{type: fly}"),
                 "s.yaml, key variants[0 'weg'].changes[0].type: value 'fly': expected a kind "
                 "of change, one of 'pool', ",
                 "s.yaml, sleutel variants[0 'weg'].changes[0].type: waarde 'fly': verwacht: "
                 "een soort wijziging, één van 'pool', "),
    "bad source": (_one("{type: scale_funding, source: geld, factor: 2}"),
                   "value 'geld': expected one of 'ict', 'bpt', 'other'",
                   "waarde 'geld': verwacht: één van 'ict', 'bpt', 'other'"),
    "version": ("version: 7\nbase: {generate: {schools: 2}}\nvariants: [{name: a}]\n",
                "s.yaml, key version: value 7: expected a file version allocator knows: 1, 2",
                "s.yaml, sleutel version: waarde 7: verwacht: een bestandsversie die allocator "
                "kent: 1, 2"),
    "two bases": ("base: {file: g.xlsx, generate: {schools: 2}}\nvariants: [{name: a}]\n",
                  "s.yaml, key base: expected exactly one of 'file' or 'generate'",
                  "s.yaml, sleutel base: verwacht: precies één van 'file' of 'generate'"),
    "no mapping": ("- 1\n- 2\n", "s.yaml: expected a mapping with the keys 'base', 'variants'",
                   "s.yaml: verwacht: een verzameling met de sleutels 'base', 'variants'"),
    "alias": ("a: &x 1\nb: *x\n",
              "s.yaml: expected a readable YAML file (no aliases (*x): write the values out "
              "(line 2",
              "s.yaml: verwacht: een leesbaar YAML-bestand (geen aliassen (*x): schrijf de "
              "waarden uit (regel 2"),
}


def _file(tmp_path: Path, body: str) -> Path:
    path = tmp_path / "s.yaml"
    path.write_text(body, encoding="utf-8")
    return path


@pytest.mark.parametrize("case", sorted(REFUSED))
def test_a_refused_file_is_located_and_worded_in_both_languages(tmp_path, case):
    body, english, dutch = REFUSED[case]
    with pytest.raises(ScenarioError) as caught:
        load_scenario_file(_file(tmp_path, body))
    assert english in str(caught.value) and english in caught.value.text("en")
    assert dutch in caught.value.text("nl"), caught.value.text("nl")
    assert dutch in caught.value.text()  # Dutch by default


@pytest.mark.parametrize("case", ["bad key", "bad value", "version"])
def test_the_cli_refuses_the_file_in_dutch_by_default_and_english_on_request(tmp_path, case):
    body, english, dutch = REFUSED[case]
    path = _file(tmp_path, body)
    runner = CliRunner()
    for lang, expected in ((None, dutch), ("en", english)):
        arguments = ["scenarios", "run", str(path), "-o", str(tmp_path / "out")]
        result = runner.invoke(main, arguments + (["--lang", lang] if lang else []))
        assert result.exit_code == EXIT_INPUT == 2, result.output
        assert expected in result.output
        assert "Traceback" not in result.output and result.exception is None or \
            isinstance(result.exception, SystemExit)
    assert not (tmp_path / "out").exists()  # nothing solved, nothing written


def test_a_change_that_does_not_fit_the_group_names_the_key_and_the_value(tmp_path):
    path = _file(tmp_path, _one("{type: person_leaves, person: NOBODY}"))
    spec = load_scenario_file(path)
    jobs, failed = scenario_jobs(spec, load_base(spec, tmp_path), path.name)
    assert not jobs and len(failed) == 1
    english = failed[0]["error"]  # a result row keeps the English text
    assert english == ("s.yaml, key variants[0 'weg'].changes[0].person: value 'NOBODY': "
                       "expected the id of a person of the group")
    assert scenario_text(english, "nl") == (
        "s.yaml, sleutel variants[0 'weg'].changes[0].person: waarde 'NOBODY': verwacht: de id "
        "van een persoon van de groep")


def test_the_cli_says_a_variant_that_does_not_fit_in_dutch_without_a_traceback(tmp_path):
    path = _file(tmp_path, _one("{type: person_leaves, person: NOBODY}"))
    result = CliRunner().invoke(main, ["scenarios", "run", str(path), "-o",
                                       str(tmp_path / "out")])
    assert "waarde 'NOBODY': verwacht: de id van een persoon van de groep" in result.output
    assert "Traceback" not in result.output and "ScenarioError" not in result.output


def test_a_sweep_file_is_worded_the_same_way(tmp_path):
    path = tmp_path / "sweep.yaml"
    path.write_text("base: {generate: {schools: 2}}\naxes:\n  - {name: n, generator: schools, "
                    "values: [2, 3], colour: red}\n", encoding="utf-8")
    with pytest.raises(ScenarioError) as caught:
        load_sweep_file(path)
    assert "sweep.yaml, sleutel axes[0 'n'].colour: verwacht: één van de sleutels 'name', " \
           "'values'" in caught.value.text("nl")
    assert "sweep.yaml, key axes[0 'n'].colour: expected one of the keys" in str(caught.value)


def test_scenario_errors_are_raised_with_words_never_with_raw_text():
    """A ScenarioError (or a validator's ValueError in a scenario model) made of a literal
    would be English for a Dutch user: errors carry words (errors.say) instead."""
    import ast

    folder = Path(__file__).resolve().parents[2] / "allocator" / "scenarios"
    raw = []
    for path in sorted(folder.glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and getattr(node.func, "id", None) in (
                    "ScenarioError", "ScenarioProblem", "ValueError") and any(
                    isinstance(arg, (ast.JoinedStr, ast.Constant)) for arg in node.args):
                raw.append(f"{path.name}:{node.lineno}")
    assert not raw
