"""Text stays text when a plan is opened in a spreadsheet (no formula injection).

A name such as ``=WEBSERVICE("http://…"&B2)`` comes from the input as it is. In an .xlsx file
it must be a text cell: openpyxl stores any string starting with ``=`` as a formula, so every
workbook allocator writes goes through :func:`save_workbook`, which turns such cells back
into text cells and marks every text cell that a spreadsheet could read as a formula with
the quote prefix (Excel's leading apostrophe: the text stays text when the cell is edited).
In a .csv file meant for a spreadsheet there are no cell types, so such a value gets a
leading apostrophe (OWASP's advice). Data files for programs (JSON, YAML, parquet) keep
every value as it is.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pandas as pd
from openpyxl.workbook.workbook import Workbook

from allocator.report.xlsx_fast import save_fast

# what Excel, LibreOffice and Google Sheets may read as the start of a formula
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "\n")


def looks_like_formula(value: Any) -> bool:
    """True for text a spreadsheet would take for a formula (starting =, +, -, @ or a control)."""
    return isinstance(value, str) and value.startswith(FORMULA_STARTS)


def text_cells_only(book: Workbook) -> int:
    """Make every cell of ``book`` that holds a formula or formula-like text a text cell.

    Returns how many cells were changed (the project writes no formulas of its own).
    """
    changed = 0
    for sheet in book.worksheets:
        # the cells the sheet holds, not iter_rows' whole rectangle: that built a cell object
        # for every empty place in it (a 300-school plan workbook: 376,000 lookups, 0.4 s)
        for cell in list(sheet._cells.values()):
            if cell.data_type == "f" or looks_like_formula(cell._value):
                cell.value = str(cell._value)
                cell.data_type = "s"
                cell.quotePrefix = True
                changed += 1
    return changed


def save_workbook(book: Workbook, path: Path) -> None:
    """Save ``book`` to ``path`` with every formula-like text stored as text."""
    text_cells_only(book)
    save_fast(book, path)  # what book.save(path) writes, faster


def csv_for_spreadsheets(frame: pd.DataFrame) -> pd.DataFrame:
    """A copy of ``frame`` whose formula-like text cells start with an apostrophe."""
    def escape(value: Any) -> Any:
        return "'" + value if looks_like_formula(value) else value

    safe = frame.copy()
    for column in safe.columns:
        if not pd.api.types.is_numeric_dtype(safe[column]):  # object or string columns
            safe[column] = safe[column].map(escape)
    safe.columns = [escape(str(column)) for column in safe.columns]
    return safe
