"""Input problems with their location, collected and reported together."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any


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
        parts = []
        if self.source:
            parts.append(self.source)
        if self.sheet:
            parts.append(f"sheet '{self.sheet}'")
        if self.row is not None:
            parts.append(f"row {self.row}")
        if self.column:
            parts.append(f"column '{self.column}'")
        return ", ".join(parts) or "input"

    def __str__(self) -> str:
        shown = "" if self.value is None else f": value {self.value!r}"
        return f"{self.location()}{shown}: expected {self.expected} [{self.code}]"

    def text(self, lang: str = "en") -> str:
        """The issue in the user's language (Dutch by default in every command)."""
        if lang == "en":
            return str(self)
        from allocator.i18n import text
        from allocator.i18n.translate import from_english

        parts = [self.source] if self.source else []
        if self.sheet:
            parts.append(text("input.sheet", lang, sheet=self.sheet))
        if self.row is not None:
            parts.append(text("input.row", lang, row=self.row))
        if self.column:
            parts.append(text("input.column", lang, column=self.column))
        location = ", ".join(parts) or text("input.nowhere", lang)  # type: ignore[arg-type]
        shown = "" if self.value is None else \
            ": " + text("input.value", lang, value=repr(self.value))  # type: ignore[arg-type]
        expected = from_english(self.expected, lang, "expected.")  # type: ignore[arg-type]
        return f"{location}{shown}: " + text("input.expected", lang,  # type: ignore[arg-type]
                                             expected=expected)

    def to_dict(self) -> dict[str, Any]:
        value = self.value if isinstance(self.value, (str, int, float, bool, type(None))) \
            else str(self.value)
        return {"code": self.code, "sheet": self.sheet, "row": self.row, "column": self.column,
                "value": value, "expected": self.expected, "source": self.source}


class InputError(Exception):
    """Raised with every issue found, never only the first."""

    def __init__(self, issues: list[InputIssue]) -> None:
        self.issues = issues
        super().__init__(self.render())

    def render(self, limit: int | None = None, lang: str = "en") -> str:
        shown = self.issues if limit is None else self.issues[:limit]
        if lang == "en":
            lines = [f"{len(self.issues)} problem(s) in the input:"]
            lines += [f"  - {issue}" for issue in shown]
            if limit is not None and len(self.issues) > limit:
                lines.append(f"  ... and {len(self.issues) - limit} more")
            return "\n".join(lines)
        from allocator.i18n import text

        lines = [text("input.head", lang, count=len(self.issues))]  # type: ignore[arg-type]
        lines += [f"  - {issue.text(lang)}" for issue in shown]
        if limit is not None and len(self.issues) > limit:
            lines.append("  " + text("input.more", lang,  # type: ignore[arg-type]
                                     count=len(self.issues) - limit))
        return "\n".join(lines)
