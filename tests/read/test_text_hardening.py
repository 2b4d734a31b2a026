"""YAML and JSON inputs: aliases, nesting, duplicate keys and huge values are bounded
input errors (issue 18), and valid documents load exactly as PyYAML loads them."""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from allocator.read import InputError, read_problem
from allocator.read.text_load import LoadError, load_json, load_yaml
from tests.fuzz_base import VALID


def billion_laughs(levels: int = 9) -> str:
    text = 'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]\n'
    previous = "a"
    for name in "bcdefghijklmnop"[:levels - 1]:
        text += f"{name}: &{name} [" + ",".join([f"*{previous}"] * 9) + "]\n"
        previous = name
    return text + f"Scholen: *{previous}\nPersonen: *{previous}\n"


def _codes(path: Path) -> set[str]:
    with pytest.raises(InputError) as caught:
        read_problem(path)
    assert all(len(str(issue)) < 1500 for issue in caught.value.issues)
    return {issue.code for issue in caught.value.issues}


def test_a_billion_laughs_yaml_is_refused_at_once(tmp_path):
    path = tmp_path / "laughs.yaml"
    path.write_text(billion_laughs())
    assert len(path.read_bytes()) < 600
    started = time.perf_counter()
    assert _codes(path) == {"unreadable_file"}
    assert time.perf_counter() - started < 5


@pytest.mark.parametrize("name, text", [
    ("deep.yaml", "Scholen: " + "[" * 100_000 + "]" * 100_000),
    ("deep-block.yaml", "".join(f"{' ' * k}k{k}:\n" for k in range(1000)) + " " * 1000 + "x"),
    ("deep.json", '{"Scholen": ' + "[" * 100_000 + "]" * 100_000 + "}"),
    ("dup.yaml", "Scholen: []\nPersonen: []\nScholen: []\n"),
    ("dup.json", '{"Scholen": [], "Personen": [], "Scholen": []}'),
    ("digits.json", '{"Scholen": [{"leerlingen": ' + "9" * 5000 + "}]}"),
    ("digits.yaml", "Scholen:\n- leerlingen: " + "9" * 5000 + "\n"),
    ("tag.yaml", "Scholen: !!python/object/apply:os.system ['true']\n"),
    ("two.yaml", "Scholen: []\n---\nPersonen: []\n"),
    ("merge.yaml", "x: &x {id: S1}\nScholen:\n- <<: *x\n"),
], ids=lambda value: value if len(value) < 20 else "")
def test_hostile_structure_is_an_input_error(tmp_path, name, text):
    path = tmp_path / name
    path.write_text(text)
    assert _codes(path) == {"unreadable_file"}


def test_a_400_digit_integer_in_a_cell_is_a_located_bad_value(tmp_path):
    data = json.loads(json.dumps(VALID))
    data["Scholen"][0]["leerlingen"] = int("9" * 400)
    data["Personen"][0]["ict_uren"] = int("9" * 400)
    for suffix, dump in ((".json", json.dumps), (".yaml", yaml.safe_dump)):
        path = tmp_path / f"g{suffix}"
        path.write_text(dump(data))
        with pytest.raises(InputError) as caught:
            read_problem(path)
        assert {(i.code, i.sheet, i.row) for i in caught.value.issues} == {
            ("bad_value", "Scholen", 1), ("bad_value", "Personen", 1)}


def test_a_ten_megabyte_name_is_not_echoed_whole(tmp_path):
    data = json.loads(json.dumps(VALID))
    data["Personen"][0]["naam"] = "x" * 10_000_000
    data["Personen"][1]["y" * 100_000] = 1
    path = tmp_path / "g.json"
    path.write_text(json.dumps(data))
    with pytest.raises(InputError) as caught:
        read_problem(path)
    assert len(str(caught.value)) < 2000
    assert "10,000,000 characters" in str(caught.value)


def test_many_different_keys_cannot_blow_up_a_sheet(tmp_path):
    rows = [{f"k{r}-{c}": 1 for c in range(50)} for r in range(2000)]
    path = tmp_path / "wide.json"
    path.write_text(json.dumps({"Scholen": rows, "Personen": []}))
    started = time.perf_counter()
    assert "too_many_rows" in _codes(path)
    assert time.perf_counter() - started < 5


JSONISH = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False)
    | st.text(max_size=20) | st.dates() | st.datetimes(),
    lambda children: st.lists(children, max_size=4)
    | st.dictionaries(st.text(max_size=8) | st.integers(), children, max_size=4),
    max_leaves=25)


@settings(max_examples=300, deadline=None)
@given(JSONISH)
def test_valid_yaml_loads_as_pyyaml_loads_it(value):
    text = yaml.safe_dump({"data": value}, allow_unicode=True)
    assert load_yaml(text) == yaml.safe_load(text)


def test_the_plain_yaml_types_all_load():
    text = ("a: 1\nb: 1.5\nc: ja\nd: yes\ne: null\nf: ~\ng: 2024-09-01\nh: '007'\n"
            "i: !!str 12\nj: [1, 2]\nk: {x: 1}\nl: 0x1f\nm: .inf\n")
    assert load_yaml(text) == yaml.safe_load(text)


def test_json_finite_mode_refuses_infinity_and_overflowing_numbers():
    for text in ('{"h": Infinity}', '{"h": NaN}', '{"h": 1e400}', '{"h": -Infinity}'):
        assert load_json(text)  # accepted as data ...
        with pytest.raises(LoadError):
            load_json(text, finite=True)  # ... but not in a plan


def test_scenario_files_and_guide_answers_refuse_aliases_and_deep_nesting(tmp_path):
    from allocator.guide import GuideAnswers, GuideFileError
    from allocator.scenarios.design import load_sweep_file
    from allocator.scenarios.spec import ScenarioError, load_scenario_file

    for text in (billion_laughs(), "base: " + "[" * 100_000 + "]" * 100_000):
        path = tmp_path / "hostile.yaml"
        path.write_text(text)
        started = time.perf_counter()
        for load, error in ((load_scenario_file, ScenarioError), (load_sweep_file, ScenarioError),
                            (GuideAnswers.from_file, GuideFileError)):
            with pytest.raises(error):
                load(path)
        assert time.perf_counter() - started < 5
