"""The plan JSON (shared/spec/workbook.md), with extra keys.

Loads, coverage and the summary for management (docs/summary.md) are added.
"""

from __future__ import annotations

import json
import math
from typing import Any

import orjson

from allocator.explain.render import render_plan
from allocator.explain.report import explain_plan
from allocator.i18n import Lang
from allocator.report.fragmentation import plan_fragmentation
from allocator.report.summary import management_summary
from allocator.report.tables import coverage, people_load
from models import Plan, Problem


def finite(value: Any) -> Any:
    """``value`` with every NaN or infinite float, however deeply nested, replaced by None."""
    if isinstance(value, float) and not math.isfinite(value):
        return None
    if isinstance(value, dict):
        return {key: finite(item) for key, item in value.items()}
    if isinstance(value, list):
        return [finite(item) for item in value]
    return value


def plan_to_dict(problem: Problem, plan: Plan, lang: Lang = "nl") -> dict[str, Any]:
    """The plan JSON, its sentences in ``lang``."""
    return finite(_plan_data(problem, plan, lang))


def _plan_data(problem: Problem, plan: Plan, lang: Lang) -> dict[str, Any]:
    """The plan JSON before :func:`finite` (NaN and infinities still in it)."""
    plan = render_plan(problem, plan, lang)
    data = plan.to_json_dict()
    data["people"] = people_load(problem, plan).to_dict(orient="records")
    data["coverage"] = coverage(problem, plan).to_dict(orient="records")
    data["fragmentation"] = plan_fragmentation(problem, plan)
    data["summary"] = management_summary(problem, plan, lang)
    if plan.status in ("optimal", "feasible"):
        explanation = explain_plan(problem, plan, lang, with_uncovered=False)
        data["explanations"] = {key: explanation[key] for key in (
            "assignments", "single_points_of_failure", "recruitment")}
    return data


def plan_to_json(problem: Problem, plan: Plan, lang: Lang = "nl") -> str:
    """The plan JSON as text (UTF-8 characters kept, indented)."""
    return plan_to_json_bytes(problem, plan, lang).decode()


def plan_to_json_bytes(problem: Problem, plan: Plan, lang: Lang = "nl") -> bytes:
    """The plan JSON as UTF-8 bytes, what a file gets (:func:`plan_to_json`'s text, encoded).

    A 300-school plan is 67 MB: as text it was decoded, copied for its last newline and
    encoded again on its way to the file (0.1 s of a command at ``--time-limit 3``).
    """
    # without finite()'s copy (0.1-0.2 s on 100 schools): orjson writes NaN and infinities as
    # null, as finite() makes them
    return indented_json_bytes(_plan_data(problem, plan, lang))


def indented_json_bytes(data: Any) -> bytes:
    """``data`` as JSON indented by two spaces, in UTF-8, non-ASCII characters kept as they are.

    orjson writes what ``json.dumps(data, ensure_ascii=False, indent=2)`` writes (the same
    text on the plans of the frozen groups) ten times faster: ``indent`` makes Python use its
    pure-Python encoder (0.43 s of a 100-school plan's 17 MB). Floats it writes without an
    exponent's "+" and zero padding (1e16, not 1e+16), which reads back as the same number.
    NaN and infinities become null, as :func:`finite` makes them. What orjson does not take
    (numpy scalars, integers beyond 64 bits) goes to ``json.dumps`` after :func:`finite`.
    """
    try:
        return orjson.dumps(data, option=orjson.OPT_INDENT_2 | orjson.OPT_NON_STR_KEYS)
    except TypeError:  # orjson.JSONEncodeError is one
        return json.dumps(finite(data), ensure_ascii=False, indent=2).encode()


def compact_json(data: Any) -> str:
    """``data`` as compact JSON text (no spaces), UTF-8 characters kept, NaN and infinities null.

    orjson writes it (a 300-school plan's data sheet, 18 MB: 0.09 s against ``json.dumps``' 0.23 s),
    with floats as :func:`indented_json_bytes` says; what orjson does not take goes to
    ``json.dumps`` after :func:`finite`.
    """
    try:
        return orjson.dumps(data, option=orjson.OPT_NON_STR_KEYS).decode()
    except TypeError:  # orjson.JSONEncodeError is one
        return json.dumps(finite(data), ensure_ascii=False, separators=(",", ":"))
