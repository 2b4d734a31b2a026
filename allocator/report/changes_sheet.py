"""The Wijzigingen / Changes sheet of a re-plan (solve --previous).

Kept, moved, new and dropped work, with people and hours, and why each forced change
happened.
"""

from __future__ import annotations

from typing import Any

from openpyxl.styles import Font
from openpyxl.worksheet.worksheet import Worksheet

from allocator.explain.changes import people_text, reason_sentence
from allocator.i18n import Lang, text
from allocator.report.xlsx_style import FAIR, GOOD, POOR, write_table
from models import Problem

FILLS = {"dropped": POOR, "moved": FAIR, "new": GOOD}


def write_changes_sheet(sheet: Worksheet, problem: Problem, changes: dict[str, Any],
                        lang: Lang) -> None:
    """Fill ``sheet`` with what a re-plan changed per instance and why (``explain/changes.py``)."""
    tasks, schools = problem.task_by_id(), problem.school_by_id()
    headers = [text("change.col.change", lang), text("col.school", lang),
               text("col.task", lang), text("col.task_name", lang),
               text("change.col.before", lang), text("change.col.after", lang),
               text("change.col.hours_before", lang), text("change.col.hours_after", lang),
               text("change.col.why", lang)]
    names = changes.get("names", {})
    rows = []
    for row in changes["rows"]:
        task, school = tasks.get(row["task"]), schools.get(row["school"] or "")
        rows.append([
            text(f"change.{row['status']}", lang),
            school.name if school else (row["school"] or text("word.group", lang)),
            row["task"], task.name(lang) if task else "",
            people_text(row["before"], problem, lang, names),
            people_text(row["after"], problem, lang, names),
            row["hours_before"], row["hours_after"],
            "; ".join(reason_sentence(reason, problem, lang, names)
                      for reason in row["reasons"])])
    write_table(sheet, headers, rows)
    for cells, row in zip(sheet.iter_rows(min_row=2, max_col=1), changes["rows"], strict=False):
        fill = FILLS.get(row["status"])
        if fill is not None:
            cells[0].fill = fill
    applied = changes.get("applied")
    if applied:  # a what-if (web app): the changes to the input it was re-planned for
        sheet.append([])
        sheet.append([text("change.applied", lang)])
        sheet.cell(row=sheet.max_row, column=1).font = Font(bold=True)
        for line in applied:
            sheet.append([line])
