"""Read the same data from YAML or JSON: top-level keys are sheet names, values are lists."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from allocator.read.issues import InputError, InputIssue, excerpt
from allocator.read.limits import (
    MAX_CELLS,
    MAX_COLUMNS,
    MAX_ROWS_PER_SHEET,
    MAX_TEXT_FILE_BYTES,
    MAX_YAML_BYTES,
    Deadline,
    check_file_size,
)
from allocator.read.records import RawTable
from allocator.read.schema import normalise_header, sheet_by_name
from allocator.read.text_load import LoadError, load_json, load_yaml


def read_tables(path: Path, deadline: Deadline | None = None
                ) -> tuple[list[RawTable], list[str]]:
    """The raw tables of a YAML or JSON file, and warnings (unknown top-level keys).

    Raises
    ------
    InputError
        When the file is too large, cannot be read or parsed, or is not a mapping of lists.
    """
    source = path.name
    is_json = path.suffix.lower() == ".json"
    check_file_size(path, MAX_TEXT_FILE_BYTES if is_json else MAX_YAML_BYTES)
    try:
        text = path.read_text(encoding="utf-8")
        data: Any = load_json(text) if is_json else load_yaml(text, deadline)
    except (OSError, UnicodeDecodeError, LoadError) as error:
        raise InputError([InputIssue("unreadable_file", None, None, None, None,
                                     f"valid {'JSON' if is_json else 'YAML'} ({error})",
                                     source)]) from error
    if deadline is not None:
        deadline.check()
    return tables_from_mapping(data, source)


def tables_from_mapping(data: Any, source: str | None = None) -> tuple[list[RawTable], list[str]]:
    """Raw tables from ``{sheet: [ {header: value}, ... ]}``; rows are numbered from 1."""
    if not isinstance(data, dict):
        raise InputError([InputIssue("bad_structure", None, None, None, type(data).__name__,
                                     "a mapping of sheet names to lists of rows", source)])
    known = sheet_by_name()
    tables: list[RawTable] = []
    warnings: list[str] = []
    issues: list[InputIssue] = []
    for name, rows in data.items():
        spec = known.get(normalise_header(str(name)))
        if spec is None:
            warnings.append(f"key '{excerpt(str(name))}' is not used and ignored")
            continue
        if rows is None:
            rows = []
        if isinstance(rows, list) and len(rows) > MAX_ROWS_PER_SHEET:
            issues.append(InputIssue("too_many_rows", str(name), None, None, len(rows),
                                     f"at most {MAX_ROWS_PER_SHEET} rows", source))
            continue
        if not isinstance(rows, list):
            issues.append(InputIssue("bad_structure", str(name), None, None, type(rows).__name__,
                                     "a list of rows", source))
            continue
        found: dict[str, None] = {}  # insertion-ordered set: linear in the number of keys
        for row in rows:
            if isinstance(row, dict):
                found.update((str(key), None) for key in row)
                if len(found) > MAX_COLUMNS:
                    break
        headers = list(found)
        if len(headers) > MAX_COLUMNS or len(headers) * len(rows) > MAX_CELLS:
            issues.append(InputIssue("too_many_rows", str(name), None, None, None,
                                     f"at most {MAX_COLUMNS} different column names and "
                                     f"{MAX_CELLS} cells a sheet", source))
            continue
        table_rows = []
        for number, row in enumerate(rows, start=1):
            if not isinstance(row, dict):
                issues.append(InputIssue("bad_structure", str(name), number, None, row,
                                         "a mapping of column names to values", source))
                continue
            by_header = {str(key): value for key, value in row.items()}
            table_rows.append((number, [by_header.get(header) for header in headers]))
        tables.append(RawTable(str(name), spec, headers, None, table_rows))
    if issues:
        raise InputError(issues)
    return tables, warnings
