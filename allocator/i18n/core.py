"""User-facing words in Dutch (default) and English.

The words live in ``words_*.py`` modules, one per area (plan, messages, web, ...), so that
parallel work on different areas does not edit the same dictionary; ``text`` looks them up
in all of them. A key may be defined once only (a test checks it).
"""

from __future__ import annotations

import re
from typing import Literal

Lang = Literal["nl", "en"]
LANGS: tuple[Lang, ...] = ("nl", "en")  # ``x in LANGS`` narrows a str to ``Lang``


def hours(value: float, lang: Lang = "nl") -> str:
    """Hours as a user writes them: 2,5 in Dutch, 2.5 in English."""
    shown = f"{value:g}"
    return shown.replace(".", ",") if lang == "nl" else shown


def decimal(value: float, lang: Lang = "nl", digits: int = 1, signed: bool = False) -> str:
    """A measured number with a fixed number of decimals: 4,1 in Dutch, 4.1 in English.

    ``signed`` writes the sign of a positive number too (+4,1), for differences.
    """
    shown = f"{value:{'+' if signed else ''}.{digits}f}"
    return shown.replace(".", ",") if lang == "nl" else shown


def euros(value: float, lang: Lang = "nl") -> str:
    """An amount in euros: € 1 234,50 in Dutch, €1,234.50 in English."""
    amount = f"{value:,.2f}"
    if lang == "nl":  # a space groups thousands, a comma marks the decimals
        amount = amount.replace(",", " ").replace(".", ",")
    return text("money.eur", lang, amount=amount)


# "{count|taak|taken}": the singular when the value of ``count`` is 1, else the plural
_PLURAL = re.compile(r"\{(\w+)\|([^|{}]*)\|([^|{}]*)\}")


def text(key: str, lang: Lang = "nl", **values: object) -> str:
    """The text for ``key`` in ``lang``, with ``{name}`` fields filled in.

    A field ``{name|one|more}`` is a word that agrees with the number in ``name``: "1 taak",
    "2 taken".
    """
    template = _all_words()[key][lang]
    if not values:
        return template
    return fill(template, values)


def fill(template: str, values: dict[str, object]) -> str:
    """``template`` with its fields filled in, plural fields agreeing with their number."""
    template = _PLURAL.sub(lambda match: match.group(2) if _is_one(values.get(match.group(1)))
                           else match.group(3), template)
    return template.format(**values)


def _is_one(value: object) -> bool:
    try:
        return float(str(value).replace(",", ".")) == 1  # a number, or one already shown
    except ValueError:
        return value in ("één", "one")


def _all_words() -> dict[str, dict[str, str]]:
    global _WORDS
    if _WORDS is None:
        _WORDS = merged_words()
    return _WORDS


_WORDS: dict[str, dict[str, str]] | None = None


def merged_words() -> dict[str, dict[str, str]]:
    """Every ``words_*`` module's dictionary in one; a key defined twice is an error."""
    import importlib
    import pkgutil

    import allocator.i18n as package

    merged: dict[str, dict[str, str]] = {}
    for module in sorted(pkgutil.iter_modules(package.__path__), key=lambda m: m.name):
        if not module.name.startswith("words_"):
            continue
        words = importlib.import_module(f"allocator.i18n.{module.name}").WORDS
        duplicated = merged.keys() & words.keys()
        if duplicated:
            raise RuntimeError(f"i18n keys defined twice: {sorted(duplicated)}")
        merged.update(words)
    return merged
