"""The default task catalogue ("Takenoverzicht ICT-coördinatie"), shipped as data.

``data/catalogue.csv`` is read through the same Taken/Tasks sheet reader users' workbooks go
through, so the shipped data obeys the same rules. Its ``basis`` column records where each
row comes from in the report; the reader ignores it. docs/catalogue.md explains the review.
"""

from __future__ import annotations

import csv
from functools import lru_cache
from importlib import resources

from allocator.read.issues import InputError, InputIssue
from allocator.read.records import RawTable, read_records
from allocator.read.schema import TASKS
from models import Task

CATALOGUE_FILE = "catalogue.csv"


@lru_cache(maxsize=1)
def _default_tasks() -> tuple[Task, ...]:
    text = resources.files("allocator.data").joinpath(CATALOGUE_FILE).read_text(encoding="utf-8")
    rows = list(csv.reader(text.splitlines()))
    table = RawTable(CATALOGUE_FILE, TASKS, rows[0], 1,
                     [(number, row) for number, row in enumerate(rows[1:], start=2)])
    issues: list[InputIssue] = []
    records = read_records(table, CATALOGUE_FILE, issues, [])
    if issues:
        raise InputError(issues)
    return tuple(record for record, _ in records)  # type: ignore[misc]


def default_tasks() -> list[Task]:
    """A fresh list of the shipped catalogue's tasks."""
    return list(_default_tasks())
