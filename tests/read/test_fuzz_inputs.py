"""Fuzzing the readers: thousands of damaged inputs, each a valid problem or located errors.

The number of generated inputs is ALLOCATOR_FUZZ_EXAMPLES (2,000 by default in CI; set it
higher for a nightly run).
"""

from __future__ import annotations

import copy
import os
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from allocator.read import InputError
from allocator.read.records import build_problem
from allocator.read.text_reader import tables_from_mapping
from tests.fuzz_base import VALID

EXAMPLES = int(os.environ.get("ALLOCATOR_FUZZ_EXAMPLES", "2000"))
CELL_CODES = {"bad_value", "missing_value", "bad_reference"}

NASTY_VALUES = st.one_of(
    st.text(max_size=40), st.integers(-10**12, 10**12), st.floats(allow_nan=True),
    st.sampled_from(["", " ", "nooit", "never", "ja", "nee", "-1", "4,25", "1e400", "NaN",
                     "inf", "centraal", "7", "5", "=SUM(A1:A3)", "x" * 5000, "🙂", "S1", "S2",
                     "p1", "X1", "technical", None, True, False, [], {}, [1, [2]], {"a": 1},
                     "0.5", "0,5", "1.000,5", "2.5.1"]),
    st.dates(), st.datetimes(), st.times())


@st.composite
def damaged_inputs(draw) -> dict[str, Any]:
    data = copy.deepcopy(VALID)
    for _ in range(draw(st.integers(1, 4))):
        action = draw(st.sampled_from(["cell", "cell", "cell", "drop_cell", "duplicate_row",
                                       "drop_sheet", "rename_header", "extra_sheet",
                                       "many_rows", "not_a_row"]))
        sheet = draw(st.sampled_from(sorted(data)))
        rows = data[sheet]
        if action == "drop_sheet":
            del data[sheet]
            continue
        if action == "extra_sheet":
            data[draw(st.text(min_size=1, max_size=10))] = [{"a": 1}]
            continue
        if not isinstance(rows, list) or not rows:
            continue
        index = draw(st.integers(0, len(rows) - 1))
        row = rows[index]
        if not isinstance(row, dict):
            continue
        if action == "duplicate_row":
            rows.append(dict(row))
        elif action == "many_rows":
            rows.extend(dict(row, id=f"{row.get('id', 'r')}-{k}") for k in range(300))
        elif action == "not_a_row":
            rows[index] = draw(NASTY_VALUES)
        elif row:
            key = draw(st.sampled_from(sorted(row)))
            if action == "cell":
                row[key] = draw(NASTY_VALUES)
            elif action == "drop_cell":
                del row[key]
            else:
                row[draw(st.text(max_size=12))] = row.pop(key)
    return data


@settings(max_examples=EXAMPLES, deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(damaged_inputs())
def test_every_damaged_input_reads_or_fails_with_located_errors(data):
    try:
        tables, _ = tables_from_mapping(data, "fuzz.yaml")
        result = build_problem(tables, "fuzz.yaml", [], "replace")
    except InputError as error:
        assert error.issues
        for issue in error.issues:
            assert issue.code and issue.expected
            if issue.code in CELL_CODES:
                assert issue.sheet and issue.row is not None and issue.column, issue
        assert str(error)
    else:
        assert result.problem.schools and result.problem.people
