"""Errors in scenario and sweep files, said where they are and what was expected (nl/en).

Each problem is one line: the file, the key path in it, the value found (when it is a single
value) and what was expected, in words of allocator/i18n (``scen_err.*``, and the readers'
``expected.*`` for what a model says). A :class:`ScenarioError` keeps its lines as words, so the
CLI and the web app say them in the user's language (Dutch by default); ``str()`` is English,
which is what a result row keeps, and :func:`scenario_text` says such a stored line in
another language again.
"""

from __future__ import annotations

import types
from collections.abc import Mapping
from dataclasses import dataclass, field
from inspect import isclass
from typing import Annotated, Any, Union, get_args, get_origin

from pydantic import BaseModel, ValidationError

from allocator.i18n import Lang, hours, text
from allocator.i18n.translate import from_english
from allocator.read.issues import excerpt

PREFIXES = ("scen_err.", "expected.")  # the words a scenario message is made of


@dataclass(frozen=True)
class Said:
    """Words to be said in the reader's language: an i18n key and its values.

    A value may be :class:`Said` itself, or :class:`English` text of a model or reader.
    """

    key: str
    values: dict[str, Any] = field(default_factory=dict)

    def text(self, lang: Lang) -> str:
        """The words in ``lang``."""
        return text(self.key, lang, **{name: _shown(value, lang)
                                       for name, value in self.values.items()})


@dataclass(frozen=True)
class English:
    """A message a model or a reader wrote in English (said in Dutch by its template)."""

    message: str


@dataclass(frozen=True)
class Number:
    """A number, shown as every number is in ``lang`` (2,5 in Dutch)."""

    value: Any

    def text(self, lang: Lang) -> str:
        """The number as ``lang`` writes it."""
        return hours(float(self.value), lang) if isinstance(self.value, (int, float)) \
            else str(self.value)


def _shown(value: Any, lang: Lang) -> Any:
    if isinstance(value, Number):
        return value.text(lang)
    if isinstance(value, Said):
        return value.text(lang)
    if isinstance(value, English):
        return from_english(value.message, lang, PREFIXES)
    return value


def say(key: str, **values: Any) -> Said:
    """The words ``scen_err.<key>`` with ``values``."""
    return Said(f"scen_err.{key}", values)


_NO_VALUE = object()


@dataclass(frozen=True)
class Place:
    """Where a problem is: the file (or a what-if, a sweep point) and the key path in it."""

    source: str
    path: str = ""

    def child(self, key: str | int) -> Place:
        """The place of ``key`` (a list index when an int) below this one."""
        step = f"[{key}]" if isinstance(key, int) else (f".{key}" if self.path else key)
        return Place(self.source, f"{self.path}{step}")

    def said(self, expected: Said, value: Any = _NO_VALUE) -> Said:
        """One located line: where, the value found (if any) and what was expected."""
        shown = value if value is _NO_VALUE else _value(value)
        what = (Said("scen_err.expected", {"inner": expected}) if shown is _NO_VALUE
                else Said("scen_err.value", {"value": shown, "inner": expected}))
        if not self.path:
            return Said("scen_err.in_file", {"file": self.source, "inner": what})
        return Said("scen_err.at", {"file": self.source, "path": self.path, "inner": what})


def _value(value: Any) -> Any:
    if isinstance(value, (list, tuple)):
        return ", ".join(str(excerpt(item)) for item in value)
    return repr(excerpt(value))


class ScenarioProblem(ValueError):
    """Raised inside a model validator.

    Pydantic adds the place, :func:`validation_lines` keeps the words.
    """

    def __init__(self, said: Said) -> None:
        super().__init__(said.text("en"))
        self.said = said


class ScenarioError(ValueError):
    """A scenario file or change that cannot be used: located lines in words."""

    def __init__(self, *lines: Said) -> None:
        super().__init__("\n".join(line.text("en") for line in lines))
        self.lines = lines

    @classmethod
    def at(cls, place: Place, expected: Said, value: Any = _NO_VALUE) -> ScenarioError:
        """One located problem: ``expected`` at ``place``, with the ``value`` found."""
        return cls(place.said(expected, value))

    def text(self, lang: Lang = "nl") -> str:
        """Every line in ``lang``."""
        return "\n".join(line.text(lang) for line in self.lines)


def scenario_text(message: str, lang: Lang) -> str:
    """A scenario message kept as English text (a result row's error), said in ``lang``."""
    return "\n".join(from_english(line, lang, PREFIXES) for line in message.splitlines())


# --- pydantic's findings, said as what was expected --------------------------------------

_NUMBER_BOUNDS = {"greater_than_equal": ("at_least", "ge"), "greater_than": ("above", "gt"),
                  "less_than_equal": ("at_most", "le"), "less_than": ("below", "lt")}
_KINDS = {"int_parsing": "whole_number", "int_type": "whole_number",
          "int_from_float": "whole_number", "float_parsing": "number", "float_type": "number",
          "bool_parsing": "boolean", "bool_type": "boolean", "string_type": "text",
          "list_type": "list", "dict_type": "mapping", "model_type": "mapping",
          "model_attributes_type": "mapping", "missing": "required", "none_required": "empty"}


def validation_lines(error: ValidationError, data: Any, place: Place,
                     model: type[BaseModel] | None = None) -> list[Said]:
    """Each of pydantic's findings as a line located below ``place``.

    ``data`` is what was validated (for the variant names in key paths), ``model`` its model
    (for the keys an unknown key could have been).
    """
    lines = []
    for detail in error.errors():
        loc = tuple(detail["loc"])
        where = Place(place.source, key_path(data, loc, place.path))
        expected, value, where = _expected(detail, loc, where, model)
        lines.append(where.said(expected, value))
    return lines


def _expected(detail: Mapping[str, Any], loc: tuple, place: Place, model: type[BaseModel] | None
              ) -> tuple[Said, Any, Place]:
    kind, ctx, given = detail["type"], detail.get("ctx") or {}, detail.get("input")
    scalar = given if isinstance(given, (str, int, float, bool)) else _NO_VALUE
    if kind == "value_error" and isinstance(ctx.get("error"), ScenarioProblem):
        return ctx["error"].said, _NO_VALUE, place
    if kind == "extra_forbidden":
        keys = _keys_at(model, loc) if model is not None else []
        return (say("known_key", keys=", ".join(f"'{key}'" for key in keys)) if keys
                else say("no_key"),
                _NO_VALUE, place)
    if kind in ("union_tag_invalid", "union_tag_not_found"):
        options = ", ".join(f"'{tag}'" for tag in str(ctx.get("expected_tags", "")).replace(
            "'", "").split(", ") if tag)
        tag = ctx.get("tag", _NO_VALUE)
        return say("change_type", options=options), tag, place.child("type")
    if kind in ("literal_error", "enum"):
        options = str(ctx.get("expected", "")).replace(" or ", ", ")
        if loc == ("version",):
            return say("version", options=options), scalar, place
        return say("one_of", options=options), scalar, place
    if kind in _NUMBER_BOUNDS:
        word, bound = _NUMBER_BOUNDS[kind]
        return say(f"number_{word}", limit=Number(ctx.get(bound))), scalar, place
    if kind in ("string_too_short", "string_too_long", "too_short", "too_long"):
        limit = ctx.get("min_length", ctx.get("max_length"))
        return say(kind, limit=limit), scalar, place
    if kind in _KINDS:
        return say(_KINDS[kind]), (_NO_VALUE if kind == "missing" else scalar), place
    message = str(detail.get("msg", "")).removeprefix("Value error, ")
    return say("valid", inner=English(message[:1].lower() + message[1:])), scalar, place


def key_path(data: Any, loc: tuple, start: str = "") -> str:
    """The key path of ``loc`` in ``data`` as the file writes it.

    A list item shows its variant's name when it has one:
    ``variants[0 'leave'].changes[1].factor``. A discriminated union's tag (pydantic puts the
    change type in ``loc``) is left out.
    """
    parts = [start] if start else []
    node: Any = data
    for step in loc:
        if isinstance(node, list) and isinstance(step, int):
            name = node[step].get("name") if step < len(node) and isinstance(
                node[step], dict) else None
            node = node[step] if step < len(node) else None
            shown = f"[{step}{' ' + repr(name) if name else ''}]"
            if parts:
                parts[-1] += shown
            else:
                parts.append(shown)
            continue
        if isinstance(node, dict) and node.get("type") == step and step not in node:
            continue  # the union's tag, not a key of the file
        parts.append(str(step))
        node = node.get(step) if isinstance(node, dict) else None
    return ".".join(parts)


def _keys_at(model: type[BaseModel], loc: tuple) -> list[str]:
    """The keys a mapping may have where ``loc`` names an unknown one."""
    current: Any = model
    for step in loc[:-1]:
        current = _step(current, step)
        if current is None:
            return []
    if isclass(current) and issubclass(current, BaseModel):
        return [name for name in current.model_fields if name != "type"]
    return []


def _step(annotation: Any, step: Any) -> Any:
    if isclass(annotation) and issubclass(annotation, BaseModel):
        found = annotation.model_fields.get(str(step))
        return None if found is None else found.annotation
    origin, args = get_origin(annotation), get_args(annotation)
    if origin is Annotated:
        return _step(args[0], step)
    if origin is list and isinstance(step, int):
        return args[0]
    if origin is dict:
        return args[1]
    if origin is Union or origin is types.UnionType:
        for member in args:  # a change: the member whose 'type' is the tag
            if isclass(member) and issubclass(member, BaseModel) and "type" in \
                    member.model_fields and step in get_args(member.model_fields["type"]
                                                             .annotation):
                return member
        for member in args:  # an optional model
            if member is not type(None):
                found = _step(member, step)
                if found is not None:
                    return found
    return None
