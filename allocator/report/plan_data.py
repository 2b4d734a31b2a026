"""The plan workbook's hidden data sheet: the whole plan as JSON, for reading it back."""

from __future__ import annotations

from openpyxl import Workbook

from allocator.i18n import Lang, text
from allocator.read.plan_layout import (
    CHUNK_LENGTH,
    CHUNK_PREFIX,
    DATA_MARKER,
    DATA_SHEET,
    DATA_VERSION,
)
from allocator.report.json_out import compact_json
from models import Plan, Problem

# what an uncovered item says in words, and the facts those words name: worded again from the
# plan on reading (explain/render.py), in the reader's language. Stored, they were most of the
# data: a 300-school plan's 33 MB of sheet XML, beyond what a workbook's sheet may be when read
# (24 MiB, read/limits.py), so the plan workbook could not be read back.
_WORDED = ("recommendation_text", "facts")


def _without_words(item: dict) -> None:
    item["detail"] = ""  # a required key of an uncovered item: kept, empty
    for key in _WORDED:
        item.pop(key, None)


def add_plan_data(book: Workbook, plan: Plan, problem: Problem, lang: Lang = "nl") -> None:
    """Add a hidden sheet with the plan JSON in chunks; the Plan sheet stays what a user edits.

    The data also names the plan's people, so that a later plan can name who left
    (``solve --previous``: the Wijzigingen sheet).
    """
    data = plan.to_json_dict()
    for row in data.get("assignments", []):
        row.pop("row", None)  # where a row was read from says nothing about this workbook
    for item in data.get("uncovered", []):
        _without_words(item)
    assigned = {row.person for row in plan.assignments}
    data["people"] = [{"id": person.id, "name": person.name} for person in problem.people
                      if person.id in assigned]
    body = compact_json(data)
    sheet = book.create_sheet(DATA_SHEET)
    sheet.sheet_state = "hidden"
    # the marker (column A) is what the reader looks for; the note beside it is for people
    sheet.append([DATA_MARKER, text("plan_data.note", lang)])
    sheet.append([f"version {DATA_VERSION}"])
    for start in range(0, len(body), CHUNK_LENGTH):
        cell = sheet.cell(row=sheet.max_row + 1, column=1,
                          value=CHUNK_PREFIX + body[start:start + CHUNK_LENGTH])
        cell.data_type = "s"
