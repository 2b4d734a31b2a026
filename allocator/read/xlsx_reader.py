"""Read an .xlsx workbook into raw tables (openpyxl, values only, never written)."""

from __future__ import annotations

from pathlib import Path

from openpyxl import load_workbook

from allocator.read.cells import is_blank
from allocator.read.issues import InputError, InputIssue
from allocator.read.limits import MAX_CELLS, MAX_ROWS_PER_SHEET, check_workbook_container
from allocator.read.merged import merged_cell_issues
from allocator.read.records import RawTable
from allocator.read.schema import INSTRUCTION_SHEETS, normalise_header, sheet_by_name


def _open(path: Path, data_only: bool):
    try:
        return load_workbook(path, read_only=True, data_only=data_only)
    except Exception as error:  # openpyxl raises many kinds on damaged or hostile files
        raise InputError([InputIssue("unreadable_workbook", None, None, None, None,
                                     f"a readable .xlsx workbook ({error.__class__.__name__}: "
                                     f"{str(error)[:200]})", path.name)]) from error


def _formula_cells(path: Path) -> dict[tuple[str, int, int], str]:
    """Formula cells by (sheet, row, column), read without cached values."""
    formulas = {}
    workbook = _open(path, data_only=False)
    try:
        for worksheet in workbook.worksheets:
            for row in worksheet.iter_rows():
                for cell in row:
                    if getattr(cell, "data_type", None) == "f":
                        formulas[(worksheet.title, cell.row, cell.column)] = str(cell.value)
    finally:
        workbook.close()
    return formulas


def read_tables(path: Path) -> tuple[list[RawTable], list[str]]:
    source = path.name
    check_workbook_container(path)
    workbook = _open(path, data_only=True)
    tables: list[RawTable] = []
    warnings: list[str] = []
    known = sheet_by_name()
    instructions = {normalise_header(name) for name in INSTRUCTION_SHEETS.values()}
    seen: dict[str, str] = {}
    issues: list[InputIssue] = []
    cells = 0
    try:
        for worksheet in workbook.worksheets:
            spec = known.get(normalise_header(worksheet.title))
            if spec is None:
                if normalise_header(worksheet.title) not in instructions:
                    warnings.append(f"sheet '{worksheet.title}' is not used and ignored")
                continue
            if spec.key in seen:
                issues.append(InputIssue("duplicate_sheet", worksheet.title, None, None, None,
                                         f"one sheet for {spec.nl}/{spec.en} "
                                         f"('{seen[spec.key]}' is one already)", source))
                continue
            seen[spec.key] = worksheet.title
            header_row: int | None = None
            headers: list[str] = []
            rows: list[tuple[int, list]] = []
            for number, values in enumerate(worksheet.iter_rows(values_only=True), start=1):
                cells += len(values)
                if number > MAX_ROWS_PER_SHEET or cells > MAX_CELLS:
                    raise InputError([InputIssue(
                        "too_many_rows", worksheet.title, number, None, None,
                        f"at most {MAX_ROWS_PER_SHEET} rows a sheet and {MAX_CELLS} cells in "
                        "all", source)])
                if header_row is None:
                    if all(is_blank(value) for value in values):
                        continue
                    header_row = number
                    headers = [None if is_blank(v) else str(v) for v in values]  # type: ignore[misc]
                    continue
                rows.append((number, list(values)))
            tables.append(RawTable(worksheet.title, spec, headers, header_row, rows))
    finally:
        workbook.close()
    issues += merged_cell_issues(path, tables)
    if issues:
        raise InputError(issues)
    _flag_uncomputed_formulas(path, tables)
    return tables, warnings


def _flag_uncomputed_formulas(path: Path, tables: list[RawTable]) -> None:
    """A formula without a stored result reads as empty: say so instead of guessing."""
    empty = {(table.sheet, number, column + 1) for table in tables
             for number, values in table.rows for column, value in enumerate(values)
             if value is None}
    if not empty:
        return
    issues = []
    for (sheet, row, column), formula in sorted(_formula_cells(path).items()):
        if (sheet, row, column) in empty:
            table = next(t for t in tables if t.sheet == sheet)
            header = table.headers[column - 1] if column - 1 < len(table.headers) else None
            issues.append(InputIssue(
                "uncomputed_formula", sheet, row, header, formula,
                "a value: this formula has no computed result (open and save the file in "
                "Excel or LibreOffice, or type the value)", path.name))
    if issues:
        raise InputError(issues)
