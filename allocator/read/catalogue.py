"""The default task catalogue ("Takenoverzicht ICT-coördinatie"), shipped as data.

``data/catalogue.csv`` is read through the same Taken/Tasks sheet reader users' workbooks go
through, so the shipped data obeys the same rules. Its ``basis`` column records where each
row comes from in the report; the reader ignores it. docs/catalogue.md explains the review.

Version 2 (the default) adds ``who``, recalibrated minimums and firma/koepel; version 1 is kept
as it was (``data/catalogue_v1.csv``) so that ``--catalogue-version 1`` reproduces v1 plans.
"""

from __future__ import annotations

import csv
from functools import lru_cache
from importlib import resources

from allocator.read.issues import InputError, InputIssue
from allocator.read.records import RawTable, read_records
from allocator.read.schema import TASKS
from models import Task

CATALOGUE_VERSION = 2  # the default
CATALOGUE_FILES = {1: "catalogue_v1.csv", 2: "catalogue.csv"}
CATALOGUE_FILE = CATALOGUE_FILES[CATALOGUE_VERSION]


@lru_cache(maxsize=len(CATALOGUE_FILES))
def _default_tasks(version: int) -> tuple[Task, ...]:
    name = CATALOGUE_FILES[version]
    text = resources.files("allocator.data").joinpath(name).read_text(encoding="utf-8")
    rows = list(csv.reader(text.splitlines()))
    table = RawTable(name, TASKS, rows[0], 1,
                     [(number, row) for number, row in enumerate(rows[1:], start=2)])
    issues: list[InputIssue] = []
    records = read_records(table, name, issues, [])
    if issues:
        raise InputError(issues)
    # every record read with the TASKS spec is a Task: the check only narrows the type
    return tuple(record for record, _ in records if isinstance(record, Task))


def default_tasks(version: int = CATALOGUE_VERSION) -> list[Task]:
    """A fresh list of the shipped catalogue's tasks (``version`` 1 or 2)."""
    if version not in CATALOGUE_FILES:
        raise ValueError(f"catalogue version {version}: expected one of "
                         f"{', '.join(map(str, sorted(CATALOGUE_FILES)))}")
    return list(_default_tasks(version))
