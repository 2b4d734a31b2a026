"""Fuzzing the workbook reader at the XML level (issue 18): mutated sheet XML, shared strings,
workbook parts and dimension tags. Every mutant reads as a problem or fails with located
input errors, within bounded time; a lying dimension tag never changes what is read.

The number of mutants is ALLOCATOR_FUZZ_EXAMPLES / 5 (400 by default).
"""

from __future__ import annotations

import functools
import os
import re
import tempfile
import time
import zipfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from allocator.read import InputError, read_problem
from allocator.report.problem_out import write_problem
from allocator.synth import generate_group
from models import Pin
from tests.read.xlsx_parts import rewrite, sheet_part, with_shared_strings

EXAMPLES = max(50, int(os.environ.get("ALLOCATOR_FUZZ_EXAMPLES", "2000")) // 5)
FOLDER = Path(tempfile.mkdtemp(prefix="allocator-xml-fuzz-"))

TOKENS = [b"<row>", b"</row>", b'<row r="', b"<c>", b"</c>", b'<c r="', b'" t="', b'" s="',
          b"<v>", b"</v>", b"<f>", b"</f>", b"<is><t>", b"</t></is>", b"<t>", b"</t>",
          b"<si>", b"</si>", b'<dimension ref="A1"/>', b"<sheetData>", b"</sheetData>",
          b"<!DOCTYPE x>", b'<!ENTITY a "b">', b"&a;", b"&amp;", b"&#0;", b"&#x1F600;",
          b"<![CDATA[", b"]]>", b"<?pi x?>", b"<!-- -->", b"\x00", b"\xff\xfe", b"'",
          b'"', b"<", b">", b"/", b"=", b"n", b"s", b"str", b"b", b"e", b"d", b"inlineStr",
          b"0", b"1", b"-1", b"99999", b"9" * 400, b"1e400", b"NaN", b"abc", b"A1",
          b"XFD1048576", b"ZZZZZZ1", b"A0", b"1.5", b" ", b"\n", b"<a>" * 70]


@functools.lru_cache(maxsize=1)
def _bases() -> dict[str, Path]:
    problem = generate_group(2, seed=5)
    person = problem.people[1]
    task = next(t for t in problem.tasks if t.scope.value == "school")
    school = person.site if person.site != "central" else problem.schools[0].id
    inline = FOLDER / "inline.xlsx"
    write_problem(problem.model_copy(update={"pins": [Pin(person=person.id, task=task.id,
                                                          school=school)]}),
                  inline, include_tasks=True)
    return {"inline": inline, "shared": with_shared_strings(inline, FOLDER / "shared.xlsx")}


def _members(base: Path) -> list[str]:
    with zipfile.ZipFile(base) as archive:
        return [name for name in archive.namelist() if name.endswith((".xml", ".rels"))]


@st.composite
def mutations(draw) -> tuple[str, str, list]:
    base = draw(st.sampled_from(["inline", "shared"]))
    member = draw(st.sampled_from(_members(_bases()[base])))
    steps = draw(st.lists(st.tuples(
        st.sampled_from(["insert", "delete", "replace", "duplicate", "attribute"]),
        st.floats(0, 1), st.floats(0, 1), st.sampled_from(TOKENS)), min_size=1, max_size=4))
    return base, member, steps


def _apply(data: bytes, steps: list) -> bytes:
    for action, where, extent, token in steps:
        at = int(where * len(data))
        length = int(extent * min(200, len(data) - at))
        if action == "insert":
            data = data[:at] + token + data[at:]
        elif action == "delete":
            data = data[:at] + data[at + length:]
        elif action == "replace":
            data = data[:at] + token + data[at + length:]
        elif action == "duplicate":
            data = data[:at] + data[at:at + length] * 3 + data[at:]
        else:  # change the value of the attribute nearest to ``at``
            match = re.compile(rb'="[^"]*"').search(data, at) or re.compile(
                rb'="[^"]*"').search(data)
            if match:
                data = data[:match.start()] + b'="' + token.replace(b'"', b"") + b'"' + \
                    data[match.end():]
    return data


def _read_within_bounds(path: Path) -> None:
    started = time.perf_counter()
    try:
        read_problem(path)
    except InputError as error:
        assert error.issues
        for issue in error.issues:
            assert issue.code and issue.expected
            assert len(str(issue)) < 2000
    assert time.perf_counter() - started < 10


@settings(max_examples=EXAMPLES, deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(mutations())
def test_every_mutated_workbook_reads_or_fails_with_located_errors(mutation):
    base, member, steps = mutation
    target = FOLDER / "mutant.xlsx"
    rewrite(_bases()[base], target, member, lambda data: _apply(data, steps))
    _read_within_bounds(target)


@settings(max_examples=max(30, EXAMPLES // 4), deadline=None,
          suppress_health_check=[HealthCheck.too_slow])
@given(st.sampled_from(["inline", "shared"]),
       st.sampled_from(["Scholen", "Personen", "Taken", "Voorkeuren", "Vast"]),
       st.one_of(st.sampled_from(["A1", "A1:A1", "", "B2:A1", "A1:XFD1048576", "Z", "1:1",
                                  "A1:B2 C3:D4"]),
                 st.text(st.characters(blacklist_categories=("Cs", "Cc"),
                                       blacklist_characters='"&<'), max_size=20)))
def test_a_dimension_tag_never_changes_what_is_read(base, sheet, ref):
    source = _bases()[base]
    expected = read_problem(source).problem
    target = FOLDER / "dimension.xlsx"
    escaped = ref.encode("utf-8", "replace")
    rewrite(source, target, sheet_part(source, sheet),
            lambda data: re.sub(rb'<dimension ref="[^"]*"\s*/>',
                                lambda _: b'<dimension ref="' + escaped + b'"/>', data))
    assert read_problem(target).problem == expected
