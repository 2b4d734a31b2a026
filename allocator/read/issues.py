"""Input problems with their location, collected and reported together."""

from __future__ import annotations

import reprlib
from dataclasses import dataclass
from typing import Any

from allocator.i18n import Lang

EXCERPT_CHARS = 80  # of a value shown in a message: a 10 MB name is not echoed whole
EXPECTED_CHARS = 600
RENDERED_ISSUES = 200
MAX_ISSUES = 1_000  # a reader stops collecting here: the user has enough to fix first
DEFAULT_CATALOGUE = "default catalogue"  # where the shipped catalogue's tasks come from
_SHORT = reprlib.Repr()
_SHORT.maxlevel, _SHORT.maxtuple, _SHORT.maxlist, _SHORT.maxdict = 2, 4, 4, 4
_SHORT.maxset = _SHORT.maxfrozenset = _SHORT.maxdeque = _SHORT.maxarray = 4
_SHORT.maxstring, _SHORT.maxlong, _SHORT.maxother = EXCERPT_CHARS, 40, EXCERPT_CHARS


def excerpt(value: Any, limit: int = EXCERPT_CHARS) -> Any:
    """``value`` as it may appear in a message, bounded.

    Short scalars as they are, anything long or nested cut to a bounded excerpt (computing it
    never walks a whole huge structure).
    """
    if value is None or isinstance(value, (bool, float)):
        return value
    if isinstance(value, int):
        return value if abs(value) < 10**30 else _SHORT.repr(value)
    if isinstance(value, str):
        if len(value) <= limit:
            return value
        return f"{value[:limit]}… ({len(value):,} characters)"
    return _SHORT.repr(value)


@dataclass(frozen=True)
class InputIssue:
    """One thing wrong with the input: where it is, what it holds, what was expected."""

    code: str
    sheet: str | None
    row: int | None
    column: str | None
    value: Any
    expected: str
    source: str | None = None  # the file

    def location(self) -> str:
        """Where the issue is, in English: file, sheet, row and column as the user sees them."""
        parts = []
        if self.source:
            parts.append(excerpt(self.source))
        if self.sheet == DEFAULT_CATALOGUE:
            parts.append("the default catalogue")
        elif self.sheet:
            parts.append(f"sheet '{excerpt(self.sheet)}'")
        if self.row is not None:
            parts.append(f"row {self.row}")
        if self.column:
            parts.append(f"column '{excerpt(self.column)}'")
        return ", ".join(parts) or "input"

    def __str__(self) -> str:
        shown = "" if self.value is None else f": value {excerpt(self.value)!r}"
        expected = excerpt(self.expected, EXPECTED_CHARS)
        return f"{self.location()}{shown}: expected {expected} [{self.code}]"

    def text(self, lang: Lang = "en") -> str:
        """The issue in the user's language (Dutch by default in every command)."""
        if lang == "en":
            return str(self)
        from allocator.i18n import text

        parts = [excerpt(self.source)] if self.source else []
        if self.sheet == DEFAULT_CATALOGUE:
            parts.append(text("input.default_catalogue", lang))
        elif self.sheet:
            parts.append(text("input.sheet", lang, sheet=excerpt(self.sheet)))
        if self.row is not None:
            parts.append(text("input.row", lang, row=self.row))
        if self.column:
            parts.append(text("input.column", lang, column=excerpt(self.column)))
        location = ", ".join(parts) or text("input.nowhere", lang)
        shown = "" if self.value is None else \
            ": " + text("input.value", lang,
                        value=repr(excerpt(self.value)))
        return f"{location}{shown}: " + text("input.expected", lang,
                                             expected=self.expected_text(lang))

    def expected_text(self, lang: Lang = "en") -> str:
        """What was expected, in the user's language (a bounded excerpt)."""
        from allocator.i18n.translate import from_english

        return from_english(excerpt(self.expected, EXPECTED_CHARS), lang,
                            "expected.")

    def to_dict(self) -> dict[str, Any]:
        """The issue as JSON-ready data, long values cut to an excerpt."""
        value = excerpt(self.value)
        value = value if isinstance(value, (str, int, float, bool, type(None))) else str(value)
        return {"code": self.code, "sheet": excerpt(self.sheet), "row": self.row,
                "column": excerpt(self.column), "value": value,
                "expected": excerpt(self.expected, EXPECTED_CHARS), "source": self.source}


class InputError(Exception):
    """Raised with every issue found, never only the first."""

    def __init__(self, issues: list[InputIssue]) -> None:
        self.issues = list(issues)
        super().__init__(self.render(limit=RENDERED_ISSUES))

    def render(self, limit: int | None = None, lang: Lang = "en") -> str:
        """Every issue in ``lang``, a line each after a head line; at most ``limit`` shown."""
        shown = self.issues if limit is None else self.issues[:limit]
        from allocator.i18n import text

        lines = [text("input.head", lang, count=len(self.issues))]
        lines += [f"  - {issue.text(lang)}" for issue in shown]
        if limit is not None and len(self.issues) > limit:
            lines.append("  " + text("input.more", lang,
                                     count=len(self.issues) - limit))
        return "\n".join(lines)


class IssueList(list):
    """Collects issues until :data:`MAX_ISSUES`, then stops the reading with them all."""

    def append(self, issue: InputIssue) -> None:
        """Add ``issue``; at ``MAX_ISSUES`` stop reading: raise :class:`InputError` with all."""
        super().append(issue)
        if len(self) >= MAX_ISSUES:
            raise InputError([*self, InputIssue(
                "too_many_issues", None, None, None, None,
                f"fewer problems: reading stopped after {MAX_ISSUES}", issue.source)])
