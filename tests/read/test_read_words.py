"""Every message the readers build reads in Dutch: no raw English string in allocator/read.

The readers write their messages in English and allocator/i18n says them in Dutch by matching
templates (``expected.*``, ``warning.*``). The scan below finds every English sentence in the
readers' code and fails on one that no template says in Dutch: a new message without its
words cannot slip in.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

from allocator.i18n.translate import from_english
from allocator.read import InputError, read_problem
from allocator.read.plan import read_plan
from allocator.read.text_load import LoadError, load_yaml
from allocator.report.problem_out import write_problem
from allocator.synth import generate_group
from tests.read.xlsx_parts import rewrite, sheet_part

READERS = Path(__file__).resolve().parents[2] / "allocator" / "read"
# English that is no message to a user, each with the reason
NOT_MESSAGES = {
    ("catalogue.py", "catalogue version "): "a programmer's error: the CLI offers 1 and 2 only",
    ("limits.py", "reading the input took"): "ReadTimeout: the CLI words it (limit.reading)",
    ("plan_layout.py", "allocator plan data"): "a marker in the hidden Plandata sheet",
    ("plan_layout.py", "task name"): "an English column header of the plan workbook",
    ("plan_layout.py", "ict hours"): "a funding label the plan reader accepts",
    ("plan_layout.py", "ict uren"): "a funding label the plan reader accepts",
    ("plan_layout.py", "bpt hours"): "a funding label the plan reader accepts",
    ("plan_layout.py", "bpt uren"): "a funding label the plan reader accepts",
    ("plan_layout.py", "andere uren"): "a funding label the plan reader accepts",
    ("plan_layout.py", "other hours"): "a funding label the plan reader accepts",
    ("records.py", "Value error, "): "a prefix pydantic puts before a message, removed",
    ("records.py", "Assertion failed, "): "a prefix pydantic puts before a message, removed",
    ("issues.py", "default catalogue"): "the shipped catalogue's place: input.default_catalogue",
    ("issues.py", "the default catalogue"): "the English location; Dutch: input.default_catalogue",
    ("text_load.py", " (line "): "the location LoadError appends (template expected.load.at)",
}


def _sample(node: ast.AST) -> str | None:
    """A string literal, or an f-string with each field replaced by a sample value."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.JoinedStr):
        return "".join(part.value if isinstance(part, ast.Constant) else f"x{k}"
                       for k, part in enumerate(node.values))
    return None


def english_sentences(source: str) -> list[tuple[int, str]]:
    """Literals of two or more words, docstrings and f-string pieces aside."""
    tree = ast.parse(source)
    skipped = set()
    for node in ast.walk(tree):
        body = getattr(node, "body", None)
        if isinstance(body, list) and body and isinstance(body[0], ast.Expr) \
                and isinstance(body[0].value, ast.Constant):
            skipped.add(id(body[0].value))  # a docstring
        if isinstance(node, ast.JoinedStr):
            skipped.update(id(part) for part in node.values)
    found = []
    for node in ast.walk(tree):
        text = None if id(node) in skipped else _sample(node)
        if text and " " in text and len(re.findall(r"[a-z]{2,}", text)) >= 2:
            found.append((node.lineno, text))
    return found


def _said_in_dutch(text: str) -> bool:
    return any(from_english(text, "nl", prefix) != text for prefix in ("expected.", "warning."))


def test_every_english_sentence_of_the_readers_has_dutch_words():
    missing = []
    for path in sorted(READERS.glob("*.py")):
        for line, text in english_sentences(path.read_text(encoding="utf-8")):
            known = any(path.name == name and text.startswith(start)
                        for name, start in NOT_MESSAGES)
            if not known and not _said_in_dutch(text):
                missing.append(f"{path.name}:{line}: {text!r}")
    assert not missing, "add a template in allocator/i18n (expected.*/warning.*):\n" + \
        "\n".join(missing)


def test_the_scan_finds_a_new_raw_message():
    code = ('def f(x):\n    """A docstring is no message."""\n'
            '    raise ValueError(f"the frobnicator broke at {x}")\n')
    found = english_sentences(code)
    assert [text for _, text in found] == ["the frobnicator broke at x1"]
    assert not _said_in_dutch(found[0][1])


@pytest.fixture(scope="module")
def workbook(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("words") / "groep.xlsx"
    write_problem(generate_group(2, seed=1), path, include_tasks=False)
    return path


@pytest.mark.parametrize(("change", "dutch"), [
    (lambda xml: xml.replace(b"<sheetData>", b"<sheetData><row>", 1),
     "beschadigde XML (tags die niet bij elkaar passen op regel"),
    (lambda xml: b'<!DOCTYPE x [<!ENTITY a "b">]>' + xml,
     "een DOCTYPE- of entiteitsdeclaratie (niet toegelaten in .xlsx)"),
])
def test_a_damaged_part_is_said_in_dutch_down_to_its_detail(workbook, tmp_path, change, dutch):
    path = rewrite(workbook, tmp_path / "kapot.xlsx", sheet_part(workbook, "Personen"), change)
    with pytest.raises(InputError) as caught:
        read_problem(path)
    text = caught.value.render(lang="nl")
    assert "een onbeschadigde .xlsx-werkmap" in text and "onderdeel xl/" in text
    assert dutch in text, text
    assert "damaged" not in text and "not allowed" not in text
    assert "damaged XML (mismatched tag" in caught.value.render(lang="en") or \
        "DOCTYPE" in caught.value.render(lang="en")


def test_yaml_errors_say_what_and_where_in_dutch():
    with pytest.raises(LoadError) as caught:
        load_yaml("a: &x 1\nb: *x\n")
    message = str(caught.value)
    assert message.startswith("no aliases (*x): write the values out (line 2")
    dutch = from_english(message, "nl", "expected.")
    assert dutch.startswith("geen aliassen (*x): schrijf de waarden uit (regel 2, kolom")


def test_a_plan_json_with_a_bad_value_is_said_in_dutch(tmp_path):
    path = tmp_path / "plan.json"
    path.write_text('{"status": "optimal", "objective": {"core": 1, "noncore": 0}, '
                    '"bound": {"core": 1, "noncore": 0}, "assignments": [{"person": "a", '
                    '"task": "T", "school": null, "hours": "veel", "funding": "ict"}]}',
                    encoding="utf-8")
    with pytest.raises(InputError) as caught:
        read_plan(path)
    dutch = caught.value.render(lang="nl")
    assert "assignments.0.hours" in dutch and "Input should" not in dutch, dutch
