"""Tables of raw cells (from a workbook, YAML or JSON) -> a validated :class:`Problem`.

Every cell, row and cross-reference problem is collected with its location; the caller gets
either a problem or one :class:`InputError` listing all of them.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError
from pydantic_core import ErrorDetails

from allocator.read.cells import CellError, is_blank, read_cell
from allocator.read.issues import DEFAULT_CATALOGUE, InputError, InputIssue, IssueList, excerpt
from allocator.read.schema import (
    SHEETS,
    Column,
    SheetSpec,
    normalise_header,
    resembling_column,
)
from models import Person, Pin, Preference, Problem, School, Task

CatalogueMode = Literal["replace", "extend"]

class GroupRow(BaseModel):
    """The one row of the Groep / Group sheet (allocation-rules.md v2, "Pooling has a price")."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    central_ict_hours: float | None = Field(default=None, ge=0, le=100_000)


_MODEL: dict[str, type[BaseModel]] = {
    "schools": School, "people": Person, "tasks": Task, "preferences": Preference, "pins": Pin,
    "group": GroupRow,
}


@dataclass
class RawTable:
    """One sheet (or YAML list) as found: its name, headers and rows of raw values."""

    sheet: str
    spec: SheetSpec
    headers: Sequence[str | None]  # None: a column without a header
    header_row: int | None
    rows: list[tuple[int, list[Any]]]  # (row number as the user sees it, values by header)


@dataclass
class ReadResult:
    """A problem read and validated, with the warnings found on the way."""

    problem: Problem
    warnings: list[str] = field(default_factory=list)


@dataclass
class _Origin:
    sheet: str
    row: int | None
    headers: dict[str, str]  # field -> header as written
    raw: dict[str, Any]


def pydantic_expected(error: ErrorDetails) -> str:
    """What a pydantic error expected, as the ``expected.*`` templates of i18n say it in Dutch."""
    message = str(error.get("msg", "a valid value"))
    for prefix in ("Value error, ", "Assertion failed, ", "expected "):
        message = message.removeprefix(prefix)
    if error.get("type") == "missing":
        return "a value (this column is required)"
    return message[0].lower() + message[1:] if message else "a valid value"


def read_records(table: RawTable, source: str | None, issues: list[InputIssue],
                warnings: list[str]) -> list[tuple[BaseModel, _Origin]]:
    """Validate each row of ``table`` into its model record, with where it came from.

    Columns are matched by header (Dutch, English or field name); unknown columns give a
    warning. A row with an unreadable cell or a failed validation is left out and its issues
    appended to ``issues`` (sheet, row, column, value and what was expected).
    """
    by_header = table.spec.column_by_header()
    positions: dict[str, int] = {}
    written: dict[str, str] = {}
    for position, header in enumerate(table.headers):
        if header is None or is_blank(header):
            continue
        column = by_header.get(normalise_header(str(header)))
        if column is None:
            # a resemblance is looked for in header-sized text only (difflib is quadratic)
            similar = (resembling_column(str(header), table.spec)
                       if len(str(header)) <= 100 else None)
            if similar is not None:
                name = similar.header("nl" if table.sheet == table.spec.nl else "en")
                issues.append(InputIssue(
                    "resembles_column", table.sheet, table.header_row, str(header), None,
                    f"the column '{name}' (this header resembles it but is not it: rename "
                    f"it to '{name}', or to something clearly different if it is not that "
                    "column)", source))
                continue
            warnings.append(f"sheet '{excerpt(table.sheet)}': column '{excerpt(header)}' is "
                            "not used and ignored")
            continue
        if column.field in positions:
            issues.append(InputIssue("duplicate_column", table.sheet, table.header_row,
                                     str(header), header,
                                     f"one column for {column.en}/{column.nl}", source))
            continue
        positions[column.field] = position
        written[column.field] = str(header)
    if all(all(is_blank(value) for value in values) for _, values in table.rows):
        return []  # an empty sheet needs no columns
    missing = [c for c in table.spec.columns if c.required and c.field not in positions]
    for column in missing:
        issues.append(InputIssue("missing_column", table.sheet, table.header_row, column.header("nl")
                                 if table.sheet == table.spec.nl else column.header("en"), None,
                                 f"a column '{column.nl}' (or '{column.en}')", source))
    if missing:
        return []
    columns: dict[str, Column] = table.spec.column_by_field()
    records: list[tuple[BaseModel, _Origin]] = []
    model = _MODEL[table.spec.key]
    for row_number, values in table.rows:
        raw = {name: values[pos] if pos < len(values) else None for name, pos in positions.items()}
        if all(is_blank(value) for value in raw.values()):
            continue
        data: dict[str, Any] = {}
        row_ok = True
        unreadable: set[str] = set()
        for name, value in raw.items():
            if is_blank(value):
                continue
            try:
                data[name] = read_cell(value, columns[name].kind)
            except CellError as error:
                issues.append(InputIssue("bad_value", table.sheet, row_number, written[name],
                                         value, error.expected, source))
                row_ok = False
                unreadable.add(name)
        origin = _Origin(table.sheet, row_number, written, raw)
        try:
            if table.spec.key == "pins" and row_number is not None:
                data["row"] = row_number  # messages about the pin name its Excel row
            record = model.model_validate(data)
        except ValidationError as error:
            for detail in error.errors():
                name = str(detail["loc"][0]) if detail["loc"] else ""
                if name in unreadable:
                    continue  # already reported as an unreadable cell
                if name in data or detail.get("type") == "missing":
                    issues.append(InputIssue(
                        "missing_value" if detail.get("type") == "missing" else "bad_value",
                        table.sheet, row_number,
                        written.get(name, columns[name].en if name in columns else name),
                        raw.get(name), pydantic_expected(detail), source))
            continue
        if row_ok:
            records.append((record, origin))
    return records


def build_problem(tables: list[RawTable], source: str | None = None,
                  default_tasks: list[Task] | None = None,
                  catalogue: CatalogueMode = "replace",
                  catalogue_version: int | None = None) -> ReadResult:
    """Validate ``tables`` into a problem, or raise :class:`InputError` with every issue.

    Parameters
    ----------
    tables
        The sheets as read (``xlsx_reader`` or ``text_reader``).
    source
        The file's name, for the issues' location.
    default_tasks
        The default catalogue, used when there is no (or an empty) Taken sheet.
    catalogue
        ``replace``: a Taken sheet replaces the default catalogue; ``extend``: its tasks
        replace or add to the default ones.
    catalogue_version
        The default catalogue's version, recorded on the problem when it was used.
    """
    issues: list[InputIssue] = IssueList()  # stops at MAX_ISSUES: bounded time and memory
    warnings: list[str] = []
    found = {table.spec.key: table for table in tables}
    for spec in SHEETS:
        if spec.required and spec.key not in found:
            issues.append(InputIssue("missing_sheet", spec.nl, None, None, None,
                                     f"a sheet '{spec.nl}' (or '{spec.en}')", source))
    read: dict[str, list[tuple[BaseModel, _Origin]]] = {
        key: read_records(table, source, issues, warnings) for key, table in found.items()}

    task_records = read.get("tasks")
    tasks: list[tuple[BaseModel, _Origin]]
    default_origin = _Origin(DEFAULT_CATALOGUE, None, {}, {})
    used_default = True
    if task_records is None or (not task_records and not found["tasks"].rows):
        tasks = [(task, default_origin) for task in (default_tasks or [])]
    elif catalogue == "extend":
        overridden = {record.id for record, _ in task_records if isinstance(record, Task)}
        tasks = [(task, default_origin) for task in (default_tasks or [])
                 if task.id not in overridden] + task_records
    else:
        tasks = task_records
        used_default = False
    if not tasks:
        issues.append(InputIssue("no_tasks", "Taken", None, None, None,
                                 "at least one task (or no Taken sheet: the default catalogue)",
                                 source))
    rows_were_valid = not issues
    for spec in SHEETS:
        if spec.required and spec.key in found and not read[spec.key] and rows_were_valid:
            issues.append(InputIssue("empty_sheet", found[spec.key].sheet, None, None, None,
                                     "at least one row", source))
    collections = {key: read.get(key, []) for key in ("schools", "people", "preferences", "pins")}
    collections["tasks"] = tasks
    group_rows = read.get("group", [])
    if len(group_rows) > 1:
        _, origin = group_rows[1]
        issues.append(InputIssue("bad_value", origin.sheet, origin.row, None, None,
                                 "one row: the Groep sheet holds the group's settings once",
                                 source))
    if issues:
        raise InputError(issues)
    settings = group_rows[0][0] if group_rows else None
    central = settings.central_ict_hours if isinstance(settings, GroupRow) else None
    try:  # validated from a mapping: each sheet's records under its collection's name
        problem = Problem.model_validate({
            **{key: [record for record, _ in items] for key, items in collections.items()},
            "central_ict_hours": central,
            "catalogue_version": catalogue_version if used_default else None})
    except ValidationError as error:  # central hours not in half hours
        _, origin = group_rows[0]
        header = origin.headers.get("central_ict_hours", "centrale_ict_uren")
        raise InputError([InputIssue("bad_value", origin.sheet, origin.row, header, central,
                                     pydantic_expected(error.errors()[0]), source)]) from error
    for reference in problem.reference_issues():
        _, origin = collections[reference.collection][reference.index]
        column = origin.headers.get(reference.field, reference.field)
        value = origin.raw.get(reference.field, reference.value)
        issues.append(InputIssue("bad_reference", origin.sheet, origin.row, column,
                                 value, reference.message, source))
    if issues:
        raise InputError(issues)
    warnings += role_warnings(problem)
    return ReadResult(problem=problem, warnings=warnings)


def role_warnings(problem: Problem) -> list[str]:
    """People without a role pass every ``who`` check: say who they are when it matters."""
    if not any(task.who for task in problem.tasks):
        return []
    unnamed = [f"{person.name} ({person.id})" for person in problem.people if person.role is None]
    if not unnamed:
        return []
    return [f"no role for {', '.join(unnamed)}: they pass every task's 'who'/'wie' check "
            "(give each person a role from the vocabulary to apply it)"]
