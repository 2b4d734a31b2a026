"""The plan workbook's machine-readable layout, shared by its writer and its reader.

The Plan sheet holds one row per assignment. Its id columns (person, task, school), hours and
funding decide what the plan is; the other columns (name, task name, cluster, core) are labels
for people and are ignored when the plan is read back. A hidden sheet holds the rest of the
plan (status, stage values, bounds, uncovered work with reasons, solver details) as JSON, so
the workbook carries the whole plan. docs/plan-workbook.md describes both for users.
"""

from __future__ import annotations

from dataclasses import dataclass

from allocator.i18n import Lang
from allocator.read.schema import normalise_header


@dataclass(frozen=True)
class PlanColumn:
    """A column of the plan workbook's Plan sheet: its field and headers in both languages."""

    field: str
    nl: str
    en: str
    required: bool  # needed to read the plan back; the others are labels

    def header(self, lang: Lang) -> str:
        """The column's header in ``lang``."""
        return self.nl if lang == "nl" else self.en


PLAN_COLUMNS: tuple[PlanColumn, ...] = (
    PlanColumn("person", "persoon", "person", True),
    PlanColumn("name", "naam", "name", False),
    PlanColumn("task", "taak", "task", True),
    PlanColumn("task_name", "taaknaam", "task name", False),
    PlanColumn("cluster", "cluster", "cluster", False),
    PlanColumn("core", "kern", "core", False),
    PlanColumn("school", "school", "school", True),
    PlanColumn("hours", "uren", "hours", True),
    PlanColumn("funding", "financiering", "funding", True),
)

PLAN_SHEET_NAMES = ("Plan",)  # the same word in Dutch and English
DATA_SHEET = "Plandata"
DATA_MARKER = "allocator plan data (do not edit: change the Plan sheet instead)"
DATA_VERSION = 1
CHUNK_PREFIX = "j:"  # a chunk of JSON could start with '=': never let a cell look like a formula
CHUNK_LENGTH = 30_000  # an Excel cell holds at most 32,767 characters

# How the school column names a group-level (or bundled, central) instance.
GROUP_WORDS = ("groep", "group", "centraal", "central", "-")

FUNDING_WORDS: dict[str, str] = {
    # labels the workbook writes (nl, en) and the codes of the plan JSON
    "ict-uren": "ict", "ict hours": "ict", "ict": "ict", "ict uren": "ict",
    "bpt-uren": "bpt", "bpt hours": "bpt", "bpt": "bpt", "bpt uren": "bpt",
    "andere uren": "other", "other hours": "other", "other": "other", "andere": "other",
}


def column_by_header() -> dict[str, PlanColumn]:
    """Every Plan-sheet column under each of its normalised headers (Dutch, English, field name)."""
    mapping: dict[str, PlanColumn] = {}
    for column in PLAN_COLUMNS:
        for alias in (column.nl, column.en, column.field):
            mapping[normalise_header(alias)] = column
    return mapping


def funding_code(label: str) -> str | None:
    """The funding code (``ict``, ``bpt``, ``other``) a funding label stands for, or None."""
    return FUNDING_WORDS.get(" ".join(label.strip().lower().split()))
