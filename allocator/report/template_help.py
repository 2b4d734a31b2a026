"""What each sheet and column of the input workbook means, with units and an example value.

See shared/spec/workbook.md, allocation-rules.md and domain.md; Dutch and English. The
template writes these texts on its instructions sheet and as comments on the headers. The
words are in allocator/i18n/words_template_help.py (``sheet_help.<sheet>``,
``column_help.<sheet>.<field>``), the examples here. A column without an entry still gets a
header; the test suite checks that every column of the schema has one.
"""

from __future__ import annotations

from allocator.i18n import Lang, text
from models import ROLES, Level

# (sheet key, field) -> an example value; the descriptions are i18n words
# (allocator/i18n/words_template_help.py: column_help.<sheet>.<field>)
COLUMN_EXAMPLES: dict[tuple[str, str], object] = {
    ("schools", "id"): "S01",
    ("schools", "name"): "Basisschool De Linde",
    ("schools", "level"): "basis",
    ("schools", "pupils"): 343,
    ("schools", "pools"): "ja",
    ("schools", "pool_hours"): 4,
    ("schools", "travel_hours"): 0.5,
    ("schools", "region"): "R1",
    ("schools", "ict_envelope_hours"): 10,
    ("schools", "operating_budget_eur"): 300.95,
    ("people", "id"): "P001",
    ("people", "name"): "An Peeters",
    ("people", "site"): "S01",
    ("people", "role"): "TICT",
    ("people", "T"): 3,
    ("people", "P"): 1,
    ("people", "B"): 1,
    ("people", "A"): 2,
    ("people", "specialisations"): "netwerk,helpdesk",
    ("people", "ict"): 8,
    ("people", "bpt"): 2,
    ("people", "other"): 0,
    ("people", "max_tasks"): 6,
    ("people", "max_schools"): 2,
    ("people", "regions"): "R1,R2",
    ("tasks", "id"): "TECH-01",
    ("tasks", "cluster"): "technisch",
    ("tasks", "name_nl"): "Eerste hulp bij ICT-problemen",
    ("tasks", "name_en"): "First-line ICT help",
    ("tasks", "core"): "ja",
    ("tasks", "strategic"): "ja",
    ("tasks", "priority"): 5,
    ("tasks", "T"): 2,
    ("tasks", "P"): 0,
    ("tasks", "B"): 0,
    ("tasks", "A"): 1,
    ("tasks", "specialisation"): "helpdesk",
    ("tasks", "scope"): "school",
    ("tasks", "placement"): "lokaal",
    ("tasks", "base_hours"): 2,
    ("tasks", "hours_per_100_pupils"): 0.5,
    ("tasks", "max_people"): 2,
    ("tasks", "outsourceable"): "nee",
    ("tasks", "levels"): "secundair",
    ("tasks", "bundle_factor"): 0.6,
    ("tasks", "who"): "TICT,ICT-coördinator",
    ("preferences", "person"): "P001",
    ("preferences", "task"): "technisch",
    ("preferences", "score"): 2,
    ("group", "central_ict_hours"): 20,
    ("pins", "person"): "P001",
    ("pins", "task"): "TECH-01",
    ("pins", "school"): "S01",
    ("pins", "hours"): 2,
    ("pins", "funding"): "ICT-uren",
}


def _levels() -> str:
    return ", ".join(level.value for level in Level)


def _roles() -> str:
    return ", ".join(role.value for role in ROLES)


def sheet_help(sheet: str, lang: Lang) -> str:
    """What a sheet is for; empty for a sheet without help."""
    try:
        return text(f"sheet_help.{sheet}", lang)
    except KeyError:  # a sheet without help
        return ""


def column_help(sheet: str, field: str, lang: Lang) -> tuple[str, object]:
    """(description, example) for a column; empty for a column without help."""
    if (sheet, field) not in COLUMN_EXAMPLES:
        return "", None
    return (text(f"column_help.{sheet}.{field}", lang, levels=_levels(), roles=_roles()),
            COLUMN_EXAMPLES[(sheet, field)])
