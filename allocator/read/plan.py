"""Read a plan back: the plan workbook (.xlsx) a user keeps and may edit, or the plan JSON.

``read_plan(path)`` is what every plan-reading command (check, explain, recruit, solve
--previous, scenarios, the web app) calls. In a workbook the Plan sheet decides the
assignments: a row moved, changed or deleted by hand counts. When the Plan sheet no longer
matches the plan the solver wrote, the plan carries ``edited`` (what changed, with Excel row
numbers) and makes no claims about its values: ``allocator.explain.refresh`` recomputes them
against the input and the checker checks the rules with the rows located.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from allocator.read.cells import CellError, is_blank, read_cell
from allocator.read.issues import InputError, InputIssue
from allocator.read.limits import MAX_PLAN_ROWS, check_plan_json_counts, check_plan_json_size
from allocator.read.merged import merged_rows
from allocator.read.plan_layout import (
    CHUNK_PREFIX,
    DATA_MARKER,
    DATA_SHEET,
    GROUP_WORDS,
    PLAN_COLUMNS,
    column_by_header,
    funding_code,
)
from allocator.read.records import pydantic_expected
from allocator.read.schema import normalise_header, sheet_by_name
from allocator.read.text_load import LoadError, load_json
from allocator.read.xlsx_reader import SheetRows, read_sheet_rows
from models import Plan

PLAN_SUFFIXES = (".xlsx", ".xlsm", ".json")


def read_plan(path: str | Path) -> Plan:
    """The plan in ``path`` (.xlsx plan workbook or .json); :class:`InputError` when unusable."""
    path = Path(path)
    if not path.is_file():
        raise InputError([InputIssue("missing_file", None, None, None, str(path),
                                     "an existing plan file (.xlsx or .json)", path.name)])
    suffix = path.suffix.lower()
    if suffix == ".json":
        return _plan_from_json(path)
    if suffix in (".xlsx", ".xlsm"):
        return _plan_from_workbook(path)
    raise InputError([InputIssue("unknown_format", None, None, None, path.suffix,
                                 "a plan file ending in .xlsx or .json", path.name)])


def _validated(data: Any, source: str, sheet: str | None = None) -> Plan:
    try:
        return Plan.model_validate(data)
    except ValidationError as error:
        issues = [InputIssue("bad_plan", sheet, None,
                             ".".join(str(part) for part in detail["loc"]) or None,
                             detail.get("input") if not isinstance(detail.get("input"), dict)
                             else None,
                             "a value (this key is required)" if detail["type"] == "missing"
                             else pydantic_expected(detail), source)
                  for detail in error.errors()[:50]]
        raise InputError(issues) from error


def _plan_from_json(path: Path) -> Plan:
    check_plan_json_size(path)
    try:  # finite numbers only: Infinity hours would pass the model and break the checker
        raw = path.read_bytes()
        check_plan_json_counts(raw, path.name)
        text = raw.decode("utf-8")
        del raw  # a large plan's bytes need not stay beside its text while it is parsed
        data = load_json(text, finite=True)
    except (OSError, UnicodeDecodeError, LoadError) as error:
        raise InputError([InputIssue(
            "unreadable_plan", None, None, None, None,
            f"a plan JSON written by 'allocator solve -o plan.json' ({error.__class__.__name__}"
            f": {str(error)[:200]})", path.name)]) from error
    if not isinstance(data, dict) or "assignments" not in data:
        raise InputError([InputIssue("not_a_plan", None, None, None, None,
                                     "a plan JSON written by 'allocator solve -o plan.json' "
                                     "(this file holds no assignments)", path.name)])
    long = [InputIssue("too_many_rows", None, None, key, len(value),
                       f"at most {MAX_PLAN_ROWS} rows", path.name)
            for key, value in data.items() if isinstance(value, list)
            and len(value) > MAX_PLAN_ROWS]
    if long:
        raise InputError(long)
    return _validated(data, path.name)


def _plan_from_workbook(path: Path) -> Plan:
    # the same streaming reader as input workbooks: every row, damaged cells located, bounded
    data_key = normalise_header(DATA_SHEET)
    titles, found = read_sheet_rows(path, {"plan", data_key})
    if "plan" not in found:
        input_sheets = [t for t in titles if normalise_header(t) in sheet_by_name()]
        expected = ("a plan workbook written by 'allocator solve' (this looks like the input "
                    "workbook: give the plan as the second file)" if input_sheets else
                    "a sheet 'Plan' (the plan workbook written by 'allocator solve')")
        # an input workbook where a plan belongs has its own code: the web names its field
        raise InputError([InputIssue("input_not_plan" if input_sheets else "missing_sheet",
                                     "Plan", None, None, None, expected, path.name)])
    sheet_title, rows, merged = found["plan"]
    if merged:
        raise InputError([InputIssue(
            "merged_cells", sheet_title, merged_rows(ref)[0], None, ref,
            "cells that are not merged (a merged range keeps its value in its first cell "
            "only; the other cells read as empty: unmerge them and fill in every cell)",
            path.name) for ref in merged])
    stored = _stored_plan(found.get(data_key), path.name)
    assignments = _assignments(rows, sheet_title, path.name)
    if stored is None:  # a Plan sheet without the solver's data: a plan made by hand
        base: dict[str, Any] = {"status": "feasible", "objective": {}, "bound": {
            "core": None, "noncore": None}}
        edited: dict[str, Any] | None = {"rows": [row["row"] for row in assignments],
                                         "removed": [], "made_by_hand": True}
    else:
        base = stored
        edited = _difference(stored.get("assignments", []), assignments)
    base = {**base, "assignments": assignments}
    if edited is not None:
        # an edited plan makes no claims: explain.refresh recomputes these against the input
        base.update(edited=edited, bound={"core": None, "noncore": None}, stages=[])
        base["status"] = "feasible" if base.get("status") == "optimal" else base.get("status")
    return _validated(base, path.name, sheet_title)


def _stored_plan(sheet: SheetRows | None, source: str) -> dict[str, Any] | None:
    if sheet is None:
        return None
    title, rows, _ = sheet
    values = [row[0] for _, row in rows if row and isinstance(row[0], str)]
    if not values or values[0] != DATA_MARKER:
        return None
    text = "".join(value[len(CHUNK_PREFIX):] for value in values[2:]
                   if value.startswith(CHUNK_PREFIX))
    try:
        data = load_json(text, finite=True)
    except LoadError as error:
        raise InputError([InputIssue(
            "damaged_plan_data", title, None, None, None,
            "the hidden sheet as allocator wrote it (it was changed; edit the Plan sheet only, "
            "or delete the sheet to check the Plan sheet on its own)", source)]) from error
    return data if isinstance(data, dict) else None


def _assignments(rows: list[tuple[int, list[Any]]], sheet: str, source: str) -> list[dict]:
    header_row = next(((number, values) for number, values in rows
                       if not all(is_blank(value) for value in values)), None)
    if header_row is None:
        return []
    number, headers = header_row
    known = column_by_header()
    positions: dict[str, int] = {}
    for position, header in enumerate(headers):
        column = None if is_blank(header) else known.get(normalise_header(str(header)))
        if column is not None and column.field not in positions:
            positions[column.field] = position
    issues = [InputIssue("missing_column", sheet, number, column.nl, None,
                         f"a column '{column.nl}' (or '{column.en}')", source)
              for column in PLAN_COLUMNS if column.required and column.field not in positions]
    if issues:
        raise InputError(issues)
    header_of = {column.field: str(headers[positions[column.field]]) for column in PLAN_COLUMNS
                 if column.field in positions}
    assignments = []
    for row_number, values in rows:
        if row_number <= number:
            continue
        raw = {field: values[position] if position < len(values) else None
               for field, position in positions.items() if field in header_of}
        needed = {field: raw.get(field) for field in ("person", "task", "school", "hours",
                                                       "funding")}
        if all(is_blank(value) for value in needed.values()):
            continue
        row = _assignment(needed, row_number, sheet, header_of, source, issues)
        if row is not None:
            assignments.append(row)
    if issues:
        raise InputError(issues)
    return assignments


def _assignment(raw: dict[str, Any], row: int, sheet: str, header_of: dict[str, str],
                source: str, issues: list[InputIssue]) -> dict | None:
    """One Plan row as an assignment dict, or None with its problems added to ``issues``."""
    before = len(issues)

    def problem(code: str, field: str, expected: str) -> None:
        issues.append(InputIssue(code, sheet, row, header_of[field], raw[field], expected,
                                 source))

    found: dict[str, Any] = {"row": row}
    for field in ("person", "task", "school"):
        value = raw[field]
        if field == "school" and (is_blank(value) or str(value).strip().lower() in GROUP_WORDS):
            found[field] = None
        elif is_blank(value):
            problem("missing_value", field, "a value (this column is required)")
        else:
            try:  # a date, a spreadsheet error or a 10 MB text is no id
                found[field] = read_cell(value, "text")
            except CellError as error:
                problem("bad_value", field, error.expected)
    if is_blank(raw["hours"]):
        problem("missing_value", "hours", "a value (this column is required)")
    else:
        try:
            found["hours"] = read_cell(raw["hours"], "number")
        except CellError as error:
            problem("bad_value", "hours", error.expected)
        else:
            if found["hours"] <= 0:
                problem("bad_value", "hours", "a number of hours above 0 (delete the row to "
                                              "drop the assignment)")
    code = None if is_blank(raw["funding"]) else funding_code(str(raw["funding"]))
    if code is None:
        problem("bad_value", "funding", "ICT-uren, BPT-uren or andere uren (ict, bpt, other)")
    found["funding"] = code
    return found if len(issues) == before else None


def _key(row: dict) -> tuple:
    return (row.get("person"), row.get("task"), row.get("school"), float(row.get("hours", 0)),
            row.get("funding"))


def _difference(stored: list[dict], current: list[dict]) -> dict[str, Any] | None:
    """None when the Plan sheet holds exactly the stored assignments; else what changed."""
    before = Counter(_key(row) for row in stored)
    after = Counter(_key(row) for row in current)
    if before == after:
        return None
    added = after - before
    changed_rows = []
    for row in current:
        key = _key(row)
        if added[key]:
            added[key] -= 1
            changed_rows.append(row["row"])
    changed = {key[:3] for key in (after - before)}
    removed = [dict(zip(("person", "task", "school", "hours", "funding"), key, strict=True))
               for key in (before - after).elements() if key[:3] not in changed]
    return {"rows": changed_rows, "removed": removed, "made_by_hand": False}
