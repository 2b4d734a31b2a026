"""Reading problems from workbooks, YAML and JSON; writing outputs atomically."""

from __future__ import annotations

from pathlib import Path

from allocator.read.issues import InputError, InputIssue
from allocator.read.limits import Deadline, ReadTimeout
from allocator.read.records import CatalogueMode, ReadResult, build_problem

READABLE_SUFFIXES = (".xlsx", ".xlsm", ".yaml", ".yml", ".json")


def read_problem(path: str | Path, catalogue: CatalogueMode = "replace",
                 catalogue_version: int | None = None,
                 deadline: Deadline | None = None) -> ReadResult:
    """Read a workbook (.xlsx), YAML or JSON file into a validated problem.

    Without a Taken/Tasks sheet the shipped catalogue's ``catalogue_version`` (default: the
    current one) supplies the tasks, and the problem records that version.

    Raises :class:`InputError` with every issue found, :class:`ReadTimeout` past ``deadline``.
    The file is only ever opened for reading.
    """
    from allocator.read import text_reader, xlsx_reader
    from allocator.read.catalogue import CATALOGUE_VERSION, default_tasks

    path = Path(path)
    if not path.is_file():
        raise InputError([InputIssue("missing_file", None, None, None, str(path),
                                     "an existing .xlsx, .yaml or .json file", path.name)])
    suffix = path.suffix.lower()
    if suffix in (".xlsx", ".xlsm"):
        tables, warnings = xlsx_reader.read_tables(path, deadline)
    elif suffix in (".yaml", ".yml", ".json"):
        tables, warnings = text_reader.read_tables(path, deadline)
    else:
        raise InputError([InputIssue("unknown_format", None, None, None, path.suffix,
                                     "a file ending in .xlsx, .yaml, .yml or .json", path.name)])
    version = CATALOGUE_VERSION if catalogue_version is None else catalogue_version
    result = build_problem(tables, path.name, default_tasks(version), catalogue, version)
    result.warnings[:0] = warnings
    if suffix in (".xlsx", ".xlsm"):
        from allocator.read.merged import excel_lock_file

        lock = excel_lock_file(path)
        if lock is not None:
            result.warnings.insert(0, f"{path.name} is open in Excel ({lock.name} is beside "
                                      "it): what was read is the file as last saved; save it "
                                      "in Excel first if it has changes")
    return result


__all__ = ["READABLE_SUFFIXES", "CatalogueMode", "Deadline", "InputError", "InputIssue",
           "ReadResult", "ReadTimeout", "build_problem", "read_problem"]
