"""Fuzzing the YAML and JSON loaders with aliases, anchors, tags and deep nesting (issue 18):
every text loads as plain data or is refused with LoadError, quickly, never with a crash or
a RecursionError, and what loads is what PyYAML itself would load.

The number of generated texts is ALLOCATOR_FUZZ_EXAMPLES / 4 (500 by default).
"""

from __future__ import annotations

import json
import os
import time

import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from allocator.read import InputError
from allocator.read.text_load import LoadError, load_json, load_yaml
from allocator.read.text_reader import tables_from_mapping

EXAMPLES = max(50, int(os.environ.get("ALLOCATOR_FUZZ_EXAMPLES", "2000")) // 4)

YAML_TOKENS = ["&a ", "&b ", "*a", "*b", "[", "]", "{", "}", "- ", ": ", ", ", "\n", "\n  ",
               "\n    ", "!!str ", "!!python/object:os.system ", "!!binary ", "!!set ",
               "<<: ", "---\n", "...\n", "? ", "|\n  ", ">\n  ", "'", '"', "#", "%YAML 1.1\n",
               "Scholen", "Personen", "id", "naam", "x", "1", "0x1F", "1e400", ".inf", "~",
               "ja", "2024-01-01", "9" * 5000, "é", "\t", "\x00", "&a [*a]"]


@st.composite
def yaml_texts(draw) -> str:
    parts = draw(st.lists(st.sampled_from(YAML_TOKENS), max_size=40))
    depth = draw(st.sampled_from([0, 0, 0, 25, 1000, 50_000]))
    return "".join(parts) + "[" * depth + "]" * depth


def _bounded(load, text: str):
    started = time.perf_counter()
    try:
        value = load(text)
    except LoadError as error:
        assert str(error)
        value = None
    assert time.perf_counter() - started < 5
    return value


@settings(max_examples=EXAMPLES, deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(yaml_texts())
def test_any_yaml_loads_as_plain_data_or_is_refused(text):
    value = _bounded(load_yaml, text)
    if value is not None and "*" not in text and "<<" not in text:
        # what loads is what PyYAML loads with the same (libyaml) parser
        assert value == yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    if isinstance(value, dict):  # and the reader turns it into tables or located errors
        try:
            tables_from_mapping(value, "fuzz.yaml")
        except InputError as error:
            assert all(len(str(issue)) < 2000 for issue in error.issues)


@settings(max_examples=EXAMPLES, deadline=None,
          suppress_health_check=[HealthCheck.too_slow])
@given(st.integers(1, 200_000), st.sampled_from(["[", '{"a":', "[{}, "]),
       st.booleans())
def test_deep_json_is_refused_or_loaded_never_a_crash(depth, opener, finite):
    closer = {"[": "]", '{"a":': "}", "[{}, ": "]"}[opener]
    text = opener * depth + "1" + closer * depth
    value = _bounded(lambda t: load_json(t, finite=finite), text)
    if value is not None:
        assert json.loads(text) == value


@settings(max_examples=max(30, EXAMPLES // 5), deadline=None)
@given(st.integers(2, 40), st.integers(2, 12))
def test_alias_chains_of_any_width_and_depth_are_refused_at_once(width, levels):
    text = "a0: &a0 [x]\n" + "".join(
        f"a{k}: &a{k} [{', '.join([f'*a{k - 1}'] * width)}]\n" for k in range(1, levels))
    started = time.perf_counter()
    assert _bounded(load_yaml, text) is None
    assert time.perf_counter() - started < 1
