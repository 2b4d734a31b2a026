"""Reading one cell: Dutch and English booleans, decimal commas, lists, numbers typed as text.

Each reader returns the value or raises :class:`CellError` with what was expected.
"""

from __future__ import annotations

import datetime as dt
import math
from typing import Any

from allocator.read.limits import MAX_LIST_ITEMS, MAX_TEXT_LENGTH
from allocator.read.schema import CellKind

TRUE_WORDS = {"ja", "yes", "true", "waar", "1", "x", "j", "y"}
FALSE_WORDS = {"nee", "no", "false", "onwaar", "0", "n"}


class CellError(ValueError):
    """A cell value that cannot be read as its column's kind; ``expected`` says what would do."""

    def __init__(self, expected: str) -> None:
        super().__init__(expected)
        self.expected = expected


def is_blank(value: Any) -> bool:
    """True for an empty cell: None, blank text or NaN."""
    if value is None:
        return True
    if isinstance(value, str):
        return not value.strip()
    return isinstance(value, float) and math.isnan(value)


def _number(value: Any, expected: str) -> float:
    if isinstance(value, (bool, dt.date, dt.datetime, dt.time)):
        raise CellError(expected)
    if isinstance(value, (int, float)):
        try:
            number = float(value)
        except OverflowError as error:  # an integer of hundreds of digits
            raise CellError(expected) from error
    elif isinstance(value, str):
        text = value.strip().replace("\u00a0", "").replace(" ", "")
        if text.count(",") == 1 and "." not in text:
            text = text.replace(",", ".")
        try:
            number = float(text)
        except ValueError as error:
            raise CellError(expected) from error
    else:
        raise CellError(expected)
    if not math.isfinite(number):
        raise CellError(expected)
    return number


def read_cell(value: Any, kind: CellKind) -> Any:
    """Convert a raw cell (from a workbook, YAML or JSON) to the value its model field takes."""
    if isinstance(value, str) and len(value) > MAX_TEXT_LENGTH:  # before any splitting
        raise CellError(f"at most {MAX_TEXT_LENGTH} characters")
    if isinstance(value, (list, tuple)) and len(value) > MAX_LIST_ITEMS:
        raise CellError(f"a list of at most {MAX_LIST_ITEMS} items")
    if kind == "text":
        if isinstance(value, bool):
            raise CellError("text")
        if isinstance(value, float) and value.is_integer():
            return str(int(value))
        if isinstance(value, (int, float, str)):
            return str(value).strip()
        raise CellError("text")
    if kind == "int":
        number = _number(value, "a whole number")
        if not number.is_integer():
            raise CellError("a whole number")
        return int(number)
    if kind == "number":
        return _number(value, "a number (decimals with . or ,)")
    if kind == "bool":
        if isinstance(value, bool):
            return value
        if isinstance(value, (int, float)) and value in (0, 1):
            return bool(value)
        if isinstance(value, str) and value.strip().lower() in TRUE_WORDS:
            return True
        if isinstance(value, str) and value.strip().lower() in FALSE_WORDS:
            return False
        raise CellError("ja/nee, yes/no, true/false, 1/0 or x")
    if kind == "outsource":
        # v1 wrote ja/nee; v2 adds firma/koepel (the model maps the words, ja = firma)
        if isinstance(value, bool):
            return "firma" if value else "nee"
        if isinstance(value, (int, float)) and value in (0, 1):
            return "firma" if value else "nee"
        if isinstance(value, str):
            return value.strip()
        raise CellError("nee, firma or koepel (ja = firma)")
    if kind == "pools":
        if isinstance(value, str) and value.strip().lower() in {"kies", "choose", "kiezen",
                                                                 "keuze"}:
            return "choose"
        try:
            return read_cell(value, "bool")
        except CellError as error:
            raise CellError("ja/nee, yes/no, 1/0, x, or kies/choose (the plan decides)") \
                from error
    if kind == "list":
        if isinstance(value, (list, tuple)):
            return [read_cell(item, "text") for item in value if not is_blank(item)]
        if isinstance(value, (str, int, float)) and not isinstance(value, bool):
            text = read_cell(value, "text")
            return [part.strip() for part in text.replace(";", ",").split(",") if part.strip()]
        raise CellError("a comma-separated list")
    if kind == "score":
        if isinstance(value, str) and value.strip().lower() in {"never", "nooit"}:
            return "never"
        number = _number(value, "a score from -2 to 2, or never/nooit")
        if not number.is_integer():
            raise CellError("a score from -2 to 2, or never/nooit")
        return int(number)
    raise AssertionError(kind)
