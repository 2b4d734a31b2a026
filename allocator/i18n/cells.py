"""The one table of coded cell values in an input workbook, in Dutch and English.

The template (allocator/report/template.py) and a problem written back out
(allocator/report/problem_out.py) both write these words, so a value reads the same in every
workbook the tool makes; the readers accept every one of them (models/domain.py aliases and
allocator/read/plan_layout.py for funding; a test holds them together).
"""

from __future__ import annotations

from typing import Any

from allocator.i18n.core import Lang, text
from models.domain import SPECIALISATIONS

CLUSTERS = ("technical", "pedagogical", "policy", "administrative")
# field -> its codes in the order a drop-down lists them
CELL_CODES: dict[str, tuple[str, ...]] = {
    "cluster": CLUSTERS,
    "task": CLUSTERS,  # a preference for a whole cluster names it in the task column
    "scope": ("school", "group"),
    "placement": ("local", "central", "either"),
    "funding": ("ict", "bpt", "other"),
    "site": ("central",),
    "pools": ("choose",),
    "score": ("never",),
    "specialisation": SPECIALISATIONS,  # Taken: one; Personen: a list (cell_word per item)
    "specialisations": SPECIALISATIONS,
}


def _key(field: str, code: str) -> str:
    if field == "funding":  # the labels the plan workbook writes, one table for both
        return f"funding.{code}"
    if field == "specialisations":
        return f"cell.specialisation.{code}"
    return f"cell.{'cluster' if field == 'task' else field}.{code}"


def cell_word(field: str, value: Any, lang: Lang) -> Any:
    """``value`` of column ``field`` as a user types it in ``lang``.

    Anything that is not a code of that column (an id, a number) is returned as it is.
    """
    if isinstance(value, str) and value in CELL_CODES.get(field, ()):
        return text(_key(field, value), lang)
    if isinstance(value, list) and field in CELL_CODES:  # a list cell: each item's word
        return [cell_word(field, item, lang) for item in value]
    return value


def cell_words(field: str, lang: Lang) -> list[str]:
    """Every code of ``field`` in ``lang``, in drop-down order."""
    return [text(_key(field, code), lang) for code in CELL_CODES[field]]
