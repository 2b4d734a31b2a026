"""The parts of an .xlsx package, read within limits by a streaming XML parser.

Only the parts the reader needs are ever decompressed: the workbook, its relationships, the
styles (which number formats are dates), the shared strings and the sheets that hold input.
Each part has a cap on its unpacked size that is checked while it is decompressed (Python's
zipfile also refuses more bytes than the archive declares), and every part is parsed by expat
event by event, so memory does not grow with the part: no element tree is built. A DOCTYPE
(and with it every entity) is refused, as is nesting deeper than any workbook needs.
"""

from __future__ import annotations

import posixpath
import zipfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO
from xml.parsers import expat

from allocator.read.issues import InputError, InputIssue
from allocator.read.limits import (
    MAX_CELL_CHARS,
    MAX_PARSED_BYTES,
    MAX_SHARED_STRINGS,
    MAX_SHARED_STRINGS_BYTES,
    MAX_SMALL_PART_BYTES,
    MAX_XML_DEPTH,
    MAX_XML_ELEMENTS,
    Deadline,
)

CHUNK = 64 * 1024
_RELATIONSHIPS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_STRICT_RELATIONSHIPS = "http://purl.oclc.org/ooxml/officeDocument/relationships"


class PartError(Exception):
    """A part that cannot be read: damaged XML, refused content, or beyond its cap."""

    def __init__(self, part: str, detail: str, code: str = "unreadable_workbook") -> None:
        super().__init__(f"{part}: {detail}")
        self.part, self.detail, self.code = part, detail, code


def local(name: str) -> str:
    """An element or attribute name without its namespace (expat joins them with '}')."""
    return name.rsplit("}", 1)[-1]


class Budget:
    """What all parts of one workbook may cost together: bytes parsed and elements seen.

    Per-part caps alone would let a workbook spread its cost over many parts; the time a
    part takes grows with its elements (each is a Python call), not only with its bytes.
    """

    def __init__(self) -> None:
        self.bytes = 0
        self.elements = 0

    def spend_bytes(self, part: str, count: int) -> None:
        """Count ``count`` more bytes of XML; refuse a workbook over ``MAX_PARSED_BYTES`` in all."""
        self.bytes += count
        if self.bytes > MAX_PARSED_BYTES:
            raise PartError(part, f"more than {MAX_PARSED_BYTES // 2**20} MiB of XML to read "
                                  "in all", "workbook_too_large")

    def too_many_elements(self, part: str) -> PartError:
        """The error for a workbook with more than ``MAX_XML_ELEMENTS`` XML elements in all."""
        return PartError(part, f"more than {MAX_XML_ELEMENTS:,} XML elements to read in all",
                         "workbook_too_large")


class XmlEvents:
    """Feed one part through expat, calling back with local names.

    Calls ``start(name, attrs, depth)``, ``text(data)`` and ``end(name, depth)``; stops at the
    caps (the part's bytes, the workbook's bytes and elements) or at the deadline.
    """

    def __init__(self, part: str, cap: int, deadline: Deadline | None,
                 budget: Budget | None = None) -> None:
        self.part, self.cap, self.deadline = part, cap, deadline
        self.budget = budget or Budget()
        self.depth = 0

    def run(self, stream: IO[bytes], start: Callable[[str, dict, int], None],
            end: Callable[[str, int], None], text: Callable[[str], None] | None = None) -> None:
        """Parse ``stream`` with expat, calling ``start``, ``end`` and ``text`` per event.

        A DOCTYPE or entity declaration is refused, and the part's size, the elements in all and
        the deadline are checked as it goes.
        """
        parser = expat.ParserCreate(namespace_separator="}")
        parser.buffer_text = True

        def refuse_doctype(*_args: object) -> None:
            raise PartError(self.part, "a DOCTYPE or entity declaration (not allowed in .xlsx)")

        budget = self.budget

        def on_start(name: str, attrs: dict) -> None:
            self.depth += 1
            budget.elements += 1
            if self.depth > MAX_XML_DEPTH:
                raise PartError(self.part, f"elements nested deeper than {MAX_XML_DEPTH}")
            if budget.elements > MAX_XML_ELEMENTS:
                raise budget.too_many_elements(self.part)
            start(local(name), attrs, self.depth)

        def on_end(name: str) -> None:
            end(local(name), self.depth)
            self.depth -= 1

        parser.StartDoctypeDeclHandler = refuse_doctype
        parser.EntityDeclHandler = refuse_doctype
        parser.StartElementHandler = on_start
        parser.EndElementHandler = on_end
        if text is not None:
            parser.CharacterDataHandler = text
        read = 0
        try:
            while True:
                chunk = stream.read(CHUNK)
                read += len(chunk)
                if read > self.cap:
                    raise PartError(self.part, f"unpacks to more than {self.cap // 2**20} MiB",
                                    "workbook_too_large")
                budget.spend_bytes(self.part, len(chunk))
                if self.deadline is not None:
                    self.deadline.check()
                parser.Parse(chunk, not chunk)
                if not chunk:
                    return
        except expat.ExpatError as error:
            raise PartError(self.part, f"damaged XML ({expat.ErrorString(error.code)} at line "
                                       f"{error.lineno}, column {error.offset})") from error
        except (zipfile.BadZipFile, EOFError, OSError) as error:  # CRC, truncated data
            raise PartError(self.part, f"damaged zip data ({error})") from error


@dataclass
class Package:
    """An opened .xlsx: its sheets in order, date styles, epoch and shared strings."""

    archive: zipfile.ZipFile
    source: str
    deadline: Deadline | None
    sheets: list[tuple[str, str | None]] = field(default_factory=list)  # (name, part or None)
    date_styles: set[int] = field(default_factory=set)
    timedelta_styles: set[int] = field(default_factory=set)
    date1904: bool = False
    shared_part: str | None = None
    _shared: list[str] | None = None
    budget: Budget = field(default_factory=Budget)

    def open_part(self, name: str) -> IO[bytes]:
        """The part ``name`` of the archive, open for reading (PartError: missing or damaged)."""
        try:
            return self.archive.open(name)
        except KeyError as error:
            raise PartError(name, "missing from the workbook") from error
        except (zipfile.BadZipFile, NotImplementedError, RuntimeError, ValueError) as error:
            raise PartError(name, f"cannot be unpacked ({error})") from error

    def events(self, name: str, cap: int, start: Callable[[str, dict, int], None],
               end: Callable[[str, int], None],
               text: Callable[[str], None] | None = None) -> None:
        """Stream the XML events of part ``name`` (refused unread if it unpacks to over ``cap``)."""
        info = self.archive.NameToInfo.get(name)
        if info is not None and info.file_size > cap:  # refused before unpacking a byte
            raise PartError(name, f"unpacks to more than {cap // 2**20} MiB "
                                  f"({info.file_size / 2**20:.1f} MiB)", "workbook_too_large")
        with self.open_part(name) as stream:
            XmlEvents(name, cap, self.deadline, self.budget).run(stream, start, end, text)

    def shared_strings(self) -> list[str]:
        """Read on first use only: a workbook whose used sheets need none never parses them."""
        if self._shared is None:
            self._shared = _read_shared_strings(self) if self.shared_part else []
        return self._shared


def _relationships(package: Package, part: str) -> dict[str, tuple[str, str]]:
    """Relationship id -> (target part, type) for ``part``'s relationships file."""
    folder, name = posixpath.split(part)
    rels_part = posixpath.join(folder, "_rels", f"{name}.rels")
    if rels_part not in package.archive.NameToInfo:
        return {}
    found: dict[str, tuple[str, str]] = {}

    def start(tag: str, attrs: dict, depth: int) -> None:
        if tag == "Relationship" and len(found) < 100_000:
            target = attrs.get("Target", "")
            if attrs.get("TargetMode") == "External":
                return
            resolved = (posixpath.normpath(target.lstrip("/")) if target.startswith("/")
                        else posixpath.normpath(posixpath.join(folder, target)))
            found[attrs.get("Id", "")] = (resolved, attrs.get("Type", ""))

    package.events(rels_part, MAX_SMALL_PART_BYTES, start, lambda tag, depth: None)
    return found


def _workbook_part(package: Package) -> str:
    for target, kind in _relationships(package, "").values():
        if kind.endswith("/officeDocument"):
            return target
    return "xl/workbook.xml"


def _read_workbook(package: Package) -> None:
    part = _workbook_part(package)
    rels = _relationships(package, part)
    listed: list[tuple[str, str]] = []

    def start(tag: str, attrs: dict, depth: int) -> None:
        if tag == "workbookPr":
            package.date1904 = attrs.get("date1904", "0").lower() in ("1", "true")
        elif tag == "sheet" and len(listed) < 10_000:
            rid = attrs.get(f"{_RELATIONSHIPS}}}id") or attrs.get(f"{_STRICT_RELATIONSHIPS}}}id")
            listed.append((attrs.get("name", ""), rid or ""))

    package.events(part, MAX_SMALL_PART_BYTES, start, lambda tag, depth: None)
    for name, rid in listed:
        target, kind = rels.get(rid, ("", ""))
        is_sheet = kind.endswith("/worksheet") and target in package.archive.NameToInfo
        package.sheets.append((name, target if is_sheet else None))
    for target, kind in rels.values():
        if kind.endswith("/sharedStrings") and target in package.archive.NameToInfo:
            package.shared_part = target
        elif kind.endswith("/styles") and target in package.archive.NameToInfo:
            _read_styles(package, target)


def _read_styles(package: Package, part: str) -> None:
    """Which cell styles show a number as a date or a duration (as openpyxl decides it)."""
    from openpyxl.styles.numbers import (
        BUILTIN_FORMATS,
        is_date_format,
        is_timedelta_format,
    )

    custom: dict[int, str] = {}
    xf_formats: list[int] = []
    inside = {"cellXfs": False}

    def start(tag: str, attrs: dict, depth: int) -> None:
        if tag == "numFmt" and len(custom) < 100_000:
            with suppress(ValueError):
                custom[int(attrs.get("numFmtId", ""))] = attrs.get("formatCode", "")[:1000]
        elif tag == "cellXfs":
            inside["cellXfs"] = True
        elif tag == "xf" and inside["cellXfs"] and len(xf_formats) < 100_000:
            try:
                xf_formats.append(int(attrs.get("numFmtId", "0")))
            except ValueError:
                xf_formats.append(0)

    def end(tag: str, depth: int) -> None:
        if tag == "cellXfs":
            inside["cellXfs"] = False

    package.events(part, MAX_SMALL_PART_BYTES, start, end)
    for index, format_id in enumerate(xf_formats):
        code = custom.get(format_id, BUILTIN_FORMATS.get(format_id))
        if is_date_format(code):
            package.date_styles.add(index)
        if code is not None and is_timedelta_format(code):
            package.timedelta_styles.add(index)


def _read_shared_strings(package: Package) -> list[str]:
    """Each ``<si>``: its text, or the text of its runs; phonetic guides (rPh) left out."""
    part = package.shared_part
    assert part is not None
    strings: list[str] = []
    state = {"skip": 0, "chars": 0, "in_t": False}
    pieces: list[str] = []

    def start(tag: str, attrs: dict, depth: int) -> None:
        if tag == "si":
            pieces.clear()
            state["chars"] = 0
        elif tag == "rPh":
            state["skip"] += 1
        elif tag == "t" and not state["skip"]:
            state["in_t"] = True

    def text(data: str) -> None:
        if state["in_t"]:
            state["chars"] += len(data)
            if state["chars"] > MAX_CELL_CHARS:
                raise PartError(part, f"a text longer than {MAX_CELL_CHARS} characters "
                                      "(Excel's own limit)")
            pieces.append(data)

    def end(tag: str, depth: int) -> None:
        if tag == "t":
            state["in_t"] = False
        elif tag == "rPh":
            state["skip"] -= 1
        elif tag == "si":
            if len(strings) >= MAX_SHARED_STRINGS:
                raise PartError(part, f"more than {MAX_SHARED_STRINGS} shared strings",
                                "workbook_too_large")
            strings.append("".join(pieces))

    package.events(part, MAX_SHARED_STRINGS_BYTES, start, end, text)
    return strings


def _as_input_error(error: PartError, source: str, sheet: str | None = None) -> InputError:
    expected = ("a workbook within the size limits" if error.code == "workbook_too_large"
                else "an intact .xlsx workbook (open and save it again in Excel or "
                     "LibreOffice)")
    return InputError([InputIssue(error.code, sheet, None, None, None,
                                  f"{expected}; part {error.part}: {error.detail}", source)])


@contextmanager
def open_package(path: Path, deadline: Deadline | None = None) -> Iterator[Package]:
    """The package at ``path`` with its workbook, relationships and styles read."""
    try:
        archive = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError, ValueError) as error:
        raise InputError([InputIssue("unreadable_workbook", None, None, None, None,
                                     f"a readable .xlsx workbook ({error})", path.name)]) \
            from error
    with archive:
        package = Package(archive, path.name, deadline)
        try:
            _read_workbook(package)
        except PartError as error:
            raise _as_input_error(error, path.name) from error
        yield package
