"""Read an .xlsx workbook into raw tables (openpyxl, values only, never written)."""

from __future__ import annotations

import zipfile
from pathlib import Path

from openpyxl import load_workbook

from allocator.io.cells import is_blank
from allocator.io.issues import InputError, InputIssue
from allocator.io.records import RawTable
from allocator.io.schema import normalise_header, sheet_by_name


def read_tables(path: Path) -> tuple[list[RawTable], list[str]]:
    source = path.name
    try:
        workbook = load_workbook(path, read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, OSError, ValueError) as error:
        raise InputError([InputIssue("unreadable_workbook", None, None, None, None,
                                     f"an .xlsx workbook ({error.__class__.__name__}: {error})",
                                     source)]) from error
    tables: list[RawTable] = []
    warnings: list[str] = []
    known = sheet_by_name()
    seen: dict[str, str] = {}
    issues: list[InputIssue] = []
    try:
        for worksheet in workbook.worksheets:
            spec = known.get(normalise_header(worksheet.title))
            if spec is None:
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
    if issues:
        raise InputError(issues)
    return tables, warnings
