"""Shared formatting for the workbooks allocator writes: bold frozen headers, widths, fills."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from copy import copy
from typing import Any

from openpyxl.cell.cell import Cell
from openpyxl.styles import Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

HEADER_FILL = PatternFill("solid", fgColor="DDEBF7")
GOOD = PatternFill("solid", fgColor="C6EFCE")
FAIR = PatternFill("solid", fgColor="FFEB9C")
POOR = PatternFill("solid", fgColor="FFC7CE")
CORE = PatternFill("solid", fgColor="E4DFEC")  # the report marks core tasks in purple


def write_table(sheet: Worksheet, headers: Sequence[str], rows: Iterable[Sequence[Any]]) -> None:
    """Header row in bold, frozen and filtered; column widths from the content."""
    sheet.append(list(headers))
    for cell in sheet[1]:
        cell.font = Font(bold=True)
        cell.fill = HEADER_FILL
    widths = [len(str(header)) for header in headers]
    count = 0
    for row in rows:
        values = list(row)
        sheet.append(values)
        count += 1
        for k, value in enumerate(values):
            widths[k] = max(widths[k], min(60, len(str(value)) if value is not None else 0))
    for k, width in enumerate(widths, start=1):
        sheet.column_dimensions[get_column_letter(k)].width = width + 2
    sheet.freeze_panes = "A2"
    if count:
        sheet.auto_filter.ref = f"A1:{get_column_letter(len(headers))}{count + 1}"


def share_fill(share: float) -> PatternFill:
    """The cell fill for a coverage share: good from 80 %, fair from 50 %, else poor."""
    return GOOD if share >= 0.8 else FAIR if share >= 0.5 else POOR


def fill_cells(cells: Iterable[Cell], fill: PatternFill) -> None:
    """Give every cell ``fill``, as ``cell.fill = fill`` does.

    openpyxl looks the new style up in the workbook's style lists on every such assignment (a
    300-school plan workbook's 11,000 core cells: 0.2 s); here once per distinct style the
    cells had, the others take a copy of its result.
    """
    done: dict[tuple[int, ...] | None, Any] = {}
    for cell in cells:
        before = None if cell._style is None else tuple(cell._style)  # None: never styled
        styled = done.get(before)
        if styled is None:
            cell.fill = fill
            done[before] = cell._style
        else:
            cell._style = copy(styled)
