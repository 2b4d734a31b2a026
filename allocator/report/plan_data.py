"""The plan workbook's hidden data sheet: the whole plan as JSON, for reading it back."""

from __future__ import annotations

import json

from openpyxl import Workbook

from allocator.read.plan_layout import (
    CHUNK_LENGTH,
    CHUNK_PREFIX,
    DATA_MARKER,
    DATA_SHEET,
    DATA_VERSION,
)
from allocator.report.json_out import finite
from models import Plan


def add_plan_data(book: Workbook, plan: Plan) -> None:
    """A hidden sheet with the plan JSON in chunks; the Plan sheet stays what a user edits."""
    data = finite(plan.to_json_dict())
    for row in data.get("assignments", []):
        row.pop("row", None)  # where a row was read from says nothing about this workbook
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    sheet = book.create_sheet(DATA_SHEET)
    sheet.sheet_state = "hidden"
    sheet.append([DATA_MARKER])
    sheet.append([f"version {DATA_VERSION}"])
    for start in range(0, len(text), CHUNK_LENGTH):
        cell = sheet.cell(row=sheet.max_row + 1, column=1,
                          value=CHUNK_PREFIX + text[start:start + CHUNK_LENGTH])
        cell.data_type = "s"
