"""YAML and JSON loaded within bounds: no aliases, bounded nesting, no duplicate keys.

PyYAML's ``safe_load`` follows aliases (a 600-byte "billion laughs" file becomes a structure
of billions of references that any later walk over it expands) and recurses once per level
(libyaml's composer crashes the interpreter at about 100,000 levels). Here the YAML event
stream is read in one loop, without recursion: an alias, a second document, a key given
twice, a tag other than the plain YAML types or nesting deeper than ``MAX_NESTING`` is
refused with where it is. JSON is parsed by the standard library (which stops runaway
nesting with a RecursionError) with the same duplicate-key rule.
"""

from __future__ import annotations

import json
import math
from pathlib import Path
from typing import Any

import yaml

from allocator.read.limits import MAX_NESTING, MAX_YAML_BYTES, Deadline

_YAML = "tag:yaml.org,2002:"
_SCALAR_TAGS = {f"{_YAML}{name}" for name in ("str", "int", "float", "bool", "null",
                                               "timestamp")}
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class LoadError(ValueError):
    """Structured text that is refused.

    The message says what and, given the parser's ``event``, where (its line and column).
    """

    def __init__(self, message: str, event: Any = None) -> None:
        super().__init__(message + _where(event))


def _where(event: Any) -> str:
    mark = getattr(event, "start_mark", None)
    return f" (line {mark.line + 1}, column {mark.column + 1})" if mark is not None else ""


def load_yaml_file(path: Path) -> Any:
    """The YAML file at ``path`` (at most MAX_YAML_BYTES); raises :class:`LoadError`."""
    if path.stat().st_size > MAX_YAML_BYTES:
        raise LoadError(f"a YAML file of at most {MAX_YAML_BYTES // 2**20} MiB")
    return load_yaml(path.read_text(encoding="utf-8"))


def load_yaml(text: str, deadline: Deadline | None = None) -> Any:
    """The one document in ``text`` as plain Python data; raises :class:`LoadError`."""
    loader = _LOADER(text)
    try:
        return _build(loader, deadline)
    except yaml.YAMLError as error:
        raise LoadError(f"not valid YAML: {str(error)[:300]}") from error
    except ValueError as error:  # an integer beyond Python's 4,300-digit conversion limit
        if isinstance(error, LoadError):
            raise
        raise LoadError(f"a value YAML cannot hold: {str(error)[:200]}") from error
    finally:
        loader.dispose()


def _build(loader: Any, deadline: Deadline | None) -> Any:
    stack: list[tuple[Any, list]] = []  # (container, [pending key]) being filled
    documents = 0
    result: Any = None
    events = 0
    while loader.check_event():
        event = loader.get_event()
        events += 1
        if deadline is not None and events % 10_000 == 0:
            deadline.check()
        if isinstance(event, yaml.DocumentStartEvent):
            documents += 1
            if documents > 1:
                raise LoadError("one YAML document, not several", event)
            continue
        if isinstance(event, yaml.AliasEvent):
            raise LoadError(f"no aliases (*{str(event.anchor)[:40]}): write the values out",
                            event)
        if isinstance(event, (yaml.MappingStartEvent, yaml.SequenceStartEvent)):
            if event.tag not in (None, "!", f"{_YAML}map", f"{_YAML}seq"):
                raise LoadError(f"plain YAML without the tag {str(event.tag)[:40]}", event)
            if len(stack) >= MAX_NESTING:
                raise LoadError(f"at most {MAX_NESTING} levels of nesting", event)
            container: Any = {} if isinstance(event, yaml.MappingStartEvent) else []
            stack.append((container, []))
            continue
        if isinstance(event, (yaml.MappingEndEvent, yaml.SequenceEndEvent)):
            value, _ = stack.pop()
        elif isinstance(event, yaml.ScalarEvent):
            value = _scalar(loader, event)
        else:  # stream and document ends
            continue
        if not stack:
            result = value
            continue
        _add(stack[-1], value, event)
    return result


def _scalar(loader: Any, event: Any) -> Any:
    tag = event.tag
    if tag in (None, "!"):
        tag = loader.resolve(yaml.ScalarNode, event.value, event.implicit)
    if tag not in _SCALAR_TAGS:
        raise LoadError(f"plain YAML without the tag {str(tag)[:40]}", event)
    name = tag.removeprefix(_YAML)
    return getattr(loader, f"construct_yaml_{name}")(yaml.ScalarNode(tag, event.value))


def _add(top: tuple[Any, list], value: Any, event: Any) -> None:
    container, pending = top
    if isinstance(container, list):
        container.append(value)
        return
    if not pending:
        if isinstance(value, (dict, list)):
            raise LoadError("a plain key, not a list or mapping", event)
        if value in container:
            raise LoadError(f"each key once ('{str(value)[:40]}' appears twice)", event)
        pending.append(value)
        return
    container[pending.pop()] = value


def _unique_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    mapping: dict[str, Any] = {}
    for key, value in pairs:
        if key in mapping:
            raise LoadError(f"each key once ('{key[:40]}' appears twice)")
        mapping[key] = value
    return mapping


def _no_constant(name: str) -> float:
    raise LoadError(f"finite numbers only ({name} is not one)")


def _finite_float(text: str) -> float:
    number = float(text)
    if not math.isfinite(number):
        raise LoadError(f"finite numbers only ({text[:40]} is too large)")
    return number


def load_json(text: str, finite: bool = False) -> Any:
    """``text`` as JSON; raises :class:`LoadError` (also for nesting beyond Python's limit).

    With ``finite``, NaN, Infinity and numbers beyond a float's range are refused too.
    """
    extra: dict[str, Any] = {"parse_constant": _no_constant,
                             "parse_float": _finite_float} if finite else {}
    try:
        return json.loads(text, object_pairs_hook=_unique_keys, **extra)
    except LoadError:
        raise
    except json.JSONDecodeError as error:
        raise LoadError(f"not valid JSON: {error}") from error
    except RecursionError as error:
        raise LoadError("JSON nested too deeply") from error
    except ValueError as error:  # e.g. an integer of more than 4,300 digits
        raise LoadError(f"a value JSON readers cannot hold: {str(error)[:200]}") from error
