"""Read an .xlsx workbook into raw tables (streamed, within limits, never written).

Only sheets with a known name are read; the others are named in a warning and never
unpacked. Every row present in a sheet is read (xlsx_sheet.py), a formula cell gives its
stored result, and a formula without one is reported rather than read as empty.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from allocator.read.cells import is_blank
from allocator.read.issues import InputError, InputIssue, excerpt
from allocator.read.limits import Deadline, check_workbook_container
from allocator.read.merged import merged_cell_issues
from allocator.read.records import RawTable
from allocator.read.schema import (
    GUIDE_SHEETS,
    INSTRUCTION_SHEETS,
    SheetSpec,
    normalise_header,
    sheet_by_name,
)
from allocator.read.xlsx_package import open_package
from allocator.read.xlsx_sheet import SheetCells, column_letters, read_sheet_cells

PLAN_NOT_INPUT = ("an input workbook with the sheets Schools, People and Tasks (this is a plan "
                  "written by 'allocator solve', not an input workbook: solve the input "
                  "workbook, and give this plan with --previous to stay close to it)")


def plan_workbook_instead(source: str, titles: list[str]) -> None:
    """Refuse a plan workbook given as the input workbook, and say so.

    Its Personen sheet would be read as people and the missing Scholen reported: true, but
    not what went wrong.

    Raises
    ------
    InputError
        With one issue, code ``plan_not_input``, when the workbook has the plan's sheets
        (Plan and its hidden data sheet) and no Schools sheet.
    """
    from allocator.read.plan_layout import DATA_SHEET

    names = {normalise_header(title) for title in titles}
    known = sheet_by_name()
    has_schools = any(known[name].key == "schools" for name in names if name in known)
    if not has_schools and {normalise_header("Plan"), normalise_header(DATA_SHEET)} <= names:
        raise InputError([InputIssue("plan_not_input", None, None, None, None, PLAN_NOT_INPUT,
                                     source)])


def read_tables(path: Path, deadline: Deadline | None = None
                ) -> tuple[list[RawTable], list[str]]:
    """The raw tables of the known sheets of an .xlsx workbook, and warnings.

    Raises
    ------
    InputError
        With every located issue of the package or its sheets (damaged, too large, formulas
        without a stored value, ...).
    """
    source = path.name
    check_workbook_container(path)
    tables: list[RawTable] = []
    warnings: list[str] = []
    issues: list[InputIssue] = []
    known = sheet_by_name()
    instructions = {normalise_header(name) for name in (*INSTRUCTION_SHEETS.values(),
                                                        *GUIDE_SHEETS.values())}
    seen: dict[str, str] = {}
    budget = [0]  # cells stored over all sheets
    merged: dict[str, list[str]] = {}
    with open_package(path, deadline) as package:
        plan_workbook_instead(path.name, [title for title, _ in package.sheets])
        for title, part in package.sheets:
            spec = known.get(normalise_header(title))
            if spec is None:
                if normalise_header(title) not in instructions:
                    warnings.append(f"sheet '{excerpt(title)}' is not used and ignored")
                continue
            if spec.key in seen:
                issues.append(InputIssue("duplicate_sheet", title, None, None, None,
                                         f"one sheet for {spec.nl}/{spec.en} "
                                         f"('{seen[spec.key]}' is one already)", source))
                continue
            seen[spec.key] = title
            if part is None:
                issues.append(InputIssue("unreadable_workbook", title, None, None, None,
                                         "a worksheet (this sheet is a chart or its part is "
                                         "missing)", source))
                continue
            cells = read_sheet_cells(package, title, part, budget)
            table = _table(title, spec, cells, warnings)
            issues += _uncomputed_formulas(table, cells, source)
            tables.append(table)
            merged[title] = cells.merged
    issues += merged_cell_issues(path, tables, merged)
    if issues:
        raise InputError(issues)
    return tables, warnings


def _table(title: str, spec: SheetSpec, cells: SheetCells, warnings: list[str]) -> RawTable:
    """The first row with a value is the header; every later row is data, in row order."""
    header_row: int | None = None
    headers: list[str | None] = []
    rows: list[tuple[int, list[Any]]] = []
    stray: list[str] = []  # values under no header: ignored, but not silently
    for number in sorted(cells.rows):
        by_column = cells.rows[number]
        values = [None] * max(by_column)
        for column, value in by_column.items():
            values[column - 1] = value
        if header_row is None:
            if all(is_blank(value) for value in values):
                continue
            header_row = number
            headers = [None if is_blank(v) else str(v) for v in values]
            continue
        stray += [f"{column_letters(column)}{number}" for column, value in by_column.items()
                  if (column > len(headers) or headers[column - 1] is None)
                  and not is_blank(value)]
        rows.append((number, values))
    if stray:
        where = f"{', '.join(stray[:5])}{', ...' if len(stray) > 5 else ''}"
        warnings.append(  # the noun agrees with the number (warning.stray_values)
            f"sheet '{excerpt(title)}': 1 value in columns without a header are ignored "
            f"({where})" if len(stray) == 1 else
            f"sheet '{excerpt(title)}': {len(stray)} values in columns without a header are "
            f"ignored ({where})")
    return RawTable(title, spec, headers, header_row, rows)


def _uncomputed_formulas(table: RawTable, cells: SheetCells, source: str) -> list[InputIssue]:
    """A formula with no stored result in a column that is read: say so instead of guessing."""
    used = table.spec.column_by_header()
    issues = []
    for row, column, formula in cells.formulas:
        if table.header_row is None or row <= table.header_row:
            continue
        header = table.headers[column - 1] if column - 1 < len(table.headers) else None
        if header is None or normalise_header(header) not in used:
            continue
        issues.append(InputIssue(
            "uncomputed_formula", table.sheet, row, header, excerpt(formula),
            "a value: this formula has no computed result (open and save the file in "
            "Excel or LibreOffice, or type the value)", source))
    return issues


__all__ = ["column_letters", "read_tables"]


SheetRows = tuple[str, list[tuple[int, list[Any]]], list[str]]


def read_sheet_rows(path: Path, wanted: set[str], deadline: Deadline | None = None
                    ) -> tuple[list[str], dict[str, SheetRows]]:
    """Every sheet's title, and the rows of the sheets named in ``wanted``.

    For each sheet whose normalised title is in ``wanted``: its title, rows and merged ranges;
    rows are ``(row number, values by column)`` for every row from 1 to its last (absent rows
    empty), read as :func:`read_tables` reads input sheets.
    """
    check_workbook_container(path)
    found: dict[str, SheetRows] = {}
    budget = [0]
    with open_package(path, deadline) as package:
        titles = [title for title, _ in package.sheets]
        for title, part in package.sheets:
            key = normalise_header(title)
            if key not in wanted or key in found or part is None:
                continue
            cells = read_sheet_cells(package, title, part, budget)
            rows: list[tuple[int, list[Any]]] = []
            for number in range(1, max(cells.rows, default=0) + 1):
                by_column = cells.rows.get(number, {})
                values: list[Any] = [None] * max(by_column, default=0)
                for column, value in by_column.items():
                    values[column - 1] = value
                rows.append((number, values))
            found[key] = (title, rows, cells.merged)
    return titles, found
