"""Sheets and columns of the input workbook (shared/spec/workbook.md), Dutch and English.

Each column maps a header (either language, case-insensitive) to a field of a
:mod:`models` record and says how its cells are read.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from allocator.i18n import Lang

CellKind = Literal["text", "int", "number", "bool", "list", "score", "outsource",
                   "pools"]


@dataclass(frozen=True)
class Column:
    """A column of an input sheet: model field, headers (en, nl), cell kind, whether required."""

    field: str
    en: str
    nl: str
    kind: CellKind
    required: bool = False

    def header(self, lang: Lang) -> str:
        """The column's header in ``lang``."""
        return self.nl if lang == "nl" else self.en


@dataclass(frozen=True)
class SheetSpec:
    """An input sheet: its key, names (en, nl), whether required, and its columns."""

    key: Literal["schools", "people", "tasks", "preferences", "pins", "group"]
    en: str
    nl: str
    required: bool
    columns: tuple[Column, ...]

    def name(self, lang: Lang) -> str:
        """The sheet's name in ``lang``."""
        return self.nl if lang == "nl" else self.en

    def column_by_header(self) -> dict[str, Column]:
        """Every column under each of its normalised headers (English, Dutch, field name)."""
        mapping: dict[str, Column] = {}
        for column in self.columns:
            for alias in {column.en, column.nl, column.field}:
                mapping[normalise_header(alias)] = column
        return mapping

    def column_by_field(self) -> dict[str, Column]:
        """Every column under its model field name."""
        return {column.field: column for column in self.columns}


def normalise_header(text: str) -> str:
    """A header as it is matched: lower case, ``_`` as a space, runs of spaces as one."""
    return " ".join(str(text).strip().lower().replace("_", " ").split())


RESEMBLANCE = 0.85  # difflib ratio from which an unknown header is taken for a known one


def _compact(text: str) -> str:
    return "".join(char for char in str(text).lower() if char.isalnum())


def resembling_column(header: str, spec: SheetSpec) -> Column | None:
    """The known column an unrecognised ``header`` resembles (spec: workbook.md, v2 columns).

    Resembles: equal after lower-casing and dropping everything but letters and digits
    (``ICT-uren`` for ``ict_uren``, ``Poolt?`` for ``poolt``), or a close match (difflib
    ratio >= 0.85). A known column silently missing would change the plan, so the caller
    makes this an error; unrelated extra columns stay warnings.
    """
    from difflib import SequenceMatcher

    compact = _compact(header)
    if not compact:
        return None
    best: tuple[float, Column] | None = None
    for column in spec.columns:
        for alias in {column.en, column.nl, column.field}:
            if _compact(alias) == compact:
                return column
            ratio = SequenceMatcher(None, normalise_header(header),
                                    normalise_header(alias)).ratio()
            if ratio >= RESEMBLANCE and (best is None or ratio > best[0]):
                best = (ratio, column)
    return None if best is None else best[1]


_LEVELS = [Column(c, c, c, "int") for c in ("T", "P", "B", "A")]

SCHOOLS = SheetSpec("schools", "Schools", "Scholen", True, (
    Column("id", "id", "id", "text", True),
    Column("name", "name", "naam", "text", True),
    Column("level", "level", "niveau", "text", True),
    Column("pupils", "pupils", "leerlingen", "int", True),
    Column("pools", "pools", "poolt", "pools"),
    Column("region", "region", "regio", "text"),
    Column("ict_envelope_hours", "ict_envelope_hours", "ict_envelop_uren", "number"),
    Column("operating_budget_eur", "operating_budget_eur", "werkingsmiddelen_eur", "number"),
    Column("pool_hours", "pool_hours", "pool_uren", "number"),
    Column("travel_hours", "travel_hours", "reistijd_uren", "number"),
))

PEOPLE = SheetSpec("people", "People", "Personen", True, (
    Column("id", "id", "id", "text", True),
    Column("name", "name", "naam", "text", True),
    Column("site", "site", "plaats", "text", True),
    Column("role", "role", "rol", "text"),
    *_LEVELS,
    Column("specialisations", "specialisations", "specialisaties", "list"),
    Column("ict", "ict", "ict_uren", "number"),
    Column("bpt", "bpt", "bpt_uren", "number"),
    Column("other", "other", "andere_uren", "number"),
    Column("max_tasks", "max_tasks", "max_taken", "int"),
    Column("regions", "regions", "regios", "list"),
    Column("max_schools", "max_schools", "max_scholen", "int"),
))

TASKS = SheetSpec("tasks", "Tasks", "Taken", False, (
    Column("id", "id", "id", "text", True),
    Column("cluster", "cluster", "cluster", "text", True),
    Column("name_nl", "name_nl", "naam_nl", "text", True),
    Column("name_en", "name_en", "naam_en", "text", True),
    Column("core", "core", "kern", "bool"),
    Column("strategic", "strategic", "strategisch", "bool"),
    Column("priority", "priority", "prioriteit", "int"),
    *_LEVELS,
    Column("specialisation", "specialisation", "specialisatie", "text"),
    Column("scope", "scope", "bereik", "text"),
    Column("placement", "placement", "plaatsing", "text"),
    Column("base_hours", "base_hours", "basisuren", "number"),
    Column("hours_per_100_pupils", "hours_per_100_pupils", "uren_per_100_leerlingen", "number"),
    Column("max_people", "max_people", "max_personen", "int"),
    Column("outsourceable", "outsourceable", "uitbesteedbaar", "outsource"),
    Column("levels", "levels", "niveaus", "list"),
    Column("bundle_factor", "bundle_factor", "bundelfactor", "number"),
    Column("who", "who", "wie", "list"),
))

PREFERENCES = SheetSpec("preferences", "Preferences", "Voorkeuren", False, (
    Column("person", "person", "persoon", "text", True),
    Column("task", "task", "taak", "text", True),
    Column("score", "score", "score", "score", True),
))

PINS = SheetSpec("pins", "Fixed", "Vast", False, (
    Column("person", "person", "persoon", "text", True),
    Column("task", "task", "taak", "text", True),
    Column("school", "school", "school", "text"),
    Column("hours", "hours", "uren", "number"),
    Column("funding", "funding", "financiering", "text"),
))

# v2: one row of group-wide settings
GROUP = SheetSpec("group", "Group", "Groep", False, (
    Column("central_ict_hours", "central_ict_hours", "centrale_ict_uren", "number"),
))

SHEETS: tuple[SheetSpec, ...] = (SCHOOLS, PEOPLE, TASKS, PREFERENCES, PINS, GROUP)

# the template's instructions sheet: skipped by the reader without a warning
INSTRUCTION_SHEETS: dict[str, str] = {"nl": "Instructies", "en": "Instructions"}
# the guideline's answers (allocator/guide.py reads them; the problem reader skips them)
GUIDE_SHEETS: dict[str, str] = {"nl": "Gids", "en": "Guide"}


def sheet_by_name() -> dict[str, SheetSpec]:
    """Every input sheet under each of its normalised names (English, Dutch, key)."""
    mapping: dict[str, SheetSpec] = {}
    for sheet in SHEETS:
        for alias in (sheet.en, sheet.nl, sheet.key):
            mapping[normalise_header(alias)] = sheet
    return mapping
