"""Limits on what a reader accepts, so a hostile or runaway file fails fast and clearly.

The numbers keep every hostile input we know of within about 300 MB and 10 s (see
docs/reliability.md for the measurements) while leaving room for the largest school groups:
a 300-school group's workbook unpacks to about 1 MB.
"""

from __future__ import annotations

import time
import zipfile
from pathlib import Path

from allocator.read.issues import InputError, InputIssue

MAX_FILE_BYTES = 50 * 1024 * 1024  # on disk, any input
MAX_TEXT_FILE_BYTES = 20 * 1024 * 1024  # JSON (parsed whole, by C code)
# a plan JSON as allocator writes it: 300 schools at --time-limit 3 (a greedy plan, 7,580
# uncovered instances, each with its reasons) is 66 MiB. What it may hold is bounded too, so
# that a hostile file of that size cannot become gigabytes of small Python objects: its
# commas bound its values (that plan: 2.1 million, most inside its sentences), its '{' and '['
# its objects and arrays (284,000)
MAX_PLAN_JSON_BYTES = 96 * 1024 * 1024
MAX_PLAN_JSON_VALUES = 3_000_000
MAX_PLAN_JSON_CONTAINERS = 1_000_000
# rows of one list in a plan (assignments, uncovered work, ...): a 300-school plan has 7,580 of
# each. Checked before the plan model is built: it reports every bad row, and 2.9 million
# numbers as assignments took 42 s and 4.7 GB to report
MAX_PLAN_ROWS = 100_000
MAX_YAML_BYTES = 4 * 1024 * 1024  # YAML is parsed event by event in Python: ~1 MB/s
MAX_UNCOMPRESSED_BYTES = 200 * 1024 * 1024  # all parts of a workbook together, as declared
MAX_COMPRESSION_RATIO = 100
MAX_SHEET_BYTES = 24 * 1024 * 1024  # one sheet's XML, unpacked (only sheets that are read)
MAX_SHARED_STRINGS_BYTES = 8 * 1024 * 1024
MAX_SHARED_STRINGS = 200_000
MAX_SMALL_PART_BYTES = 4 * 1024 * 1024  # workbook, relationships, styles
MAX_PARSED_BYTES = 32 * 1024 * 1024  # all parts read from one workbook together
MAX_XML_ELEMENTS = 1_000_000  # ... and their elements: each costs a Python call
MAX_XML_DEPTH = 64
MAX_CELL_CHARS = 32_767  # Excel's own limit for one cell
MAX_ROWS_PER_SHEET = 50_000
MAX_CELLS = 300_000  # stored cells over all sheets (a 300-school group has about 30,000)
MAX_COLUMNS = 1_000  # different column names in one YAML/JSON sheet
MAX_TEXT_LENGTH = 1_000  # one cell's text (names are at most 300 in the models)
MAX_LIST_ITEMS = 200  # one cell's list (specialisations, regions, levels, roles)
MAX_NESTING = 20  # YAML and JSON: sheet -> rows -> row -> cell -> list item is 5 deep
OLE2_MAGIC = bytes.fromhex("D0CF11E0A1B11AE1")


class ReadTimeout(Exception):
    """Reading went past the time limit (``--time-limit`` covers reading too)."""

    def __init__(self, limit: float) -> None:
        super().__init__(f"reading the input took longer than the time limit ({limit:g} s)")
        self.limit = limit


class Deadline:
    """A point in time (``time.perf_counter``) that readers check now and then."""

    def __init__(self, limit: float, started: float | None = None) -> None:
        self.limit = limit
        self.at = (time.perf_counter() if started is None else started) + limit

    def check(self) -> None:
        """Raise :class:`ReadTimeout` when reading has gone past the deadline."""
        if time.perf_counter() > self.at:
            raise ReadTimeout(self.limit)


def _refuse(code: str, source: str, expected: str) -> InputError:
    return InputError([InputIssue(code, None, None, None, None, expected, source)])


def check_file_size(path: Path, limit: int = MAX_FILE_BYTES) -> None:
    """Refuse a file larger than ``limit`` bytes before reading any of it (an InputError)."""
    size = path.stat().st_size
    if size > limit:
        raise _refuse("file_too_large", path.name,
                      f"a file of at most {limit // 2**20} MiB (this one is "
                      f"{size / 2**20:.1f} MiB)")


def check_plan_json_size(path: Path) -> None:
    """Refuse a plan JSON beyond ``MAX_PLAN_JSON_BYTES`` before reading it, saying what to use.

    The plan workbook of the same solve holds the same plan (its data sheet without the
    reasons' words) and reads back at any size.
    """
    size = path.stat().st_size
    if size > MAX_PLAN_JSON_BYTES:
        raise _refuse("file_too_large", path.name,
                      f"a plan JSON of at most {MAX_PLAN_JSON_BYTES // 2**20} MiB (this one is "
                      f"{size / 2**20:.1f} MiB): give the plan workbook (.xlsx) of the same "
                      "solve, which holds the same plan")


def check_plan_json_counts(raw: bytes, source: str) -> None:
    """Refuse a plan JSON with more values or containers than a plan of that size has."""
    values = raw.count(b",") + 1
    containers = raw.count(b"{") + raw.count(b"[")
    if values > MAX_PLAN_JSON_VALUES or containers > MAX_PLAN_JSON_CONTAINERS:
        raise _refuse("file_too_large", source,
                      f"a plan JSON of at most {MAX_PLAN_JSON_VALUES} values and "
                      f"{MAX_PLAN_JSON_CONTAINERS} objects and lists (this one has up to "
                      f"{values} and {containers}): give the plan workbook (.xlsx) of the same "
                      "solve, which holds the same plan")


def check_workbook_container(path: Path) -> None:
    """Refuse encrypted or old-format files, non-zip files and zip bombs before parsing."""
    check_file_size(path)
    with path.open("rb") as handle:
        head = handle.read(8)
    if head == OLE2_MAGIC:
        raise _refuse("protected_or_old_workbook", path.name,
                      "an unprotected .xlsx workbook (this file is password-protected or in "
                      "the old .xls format: remove the password or save it as .xlsx)")
    if not zipfile.is_zipfile(path):
        raise _refuse("not_a_workbook", path.name,
                      "an .xlsx workbook (this file is not one, whatever its name says)")
    try:
        with zipfile.ZipFile(path) as archive:
            infos = archive.infolist()
    except (zipfile.BadZipFile, OSError, ValueError) as error:
        raise _refuse("unreadable_workbook", path.name,
                      f"a readable .xlsx workbook ({error})") from error
    if len(infos) > 10_000:
        raise _refuse("workbook_too_large", path.name,
                      f"a workbook of at most 10,000 parts (this one has {len(infos)})")
    total = sum(info.file_size for info in infos)
    packed = max(1, sum(info.compress_size for info in infos))
    if total > MAX_UNCOMPRESSED_BYTES or total / packed > MAX_COMPRESSION_RATIO:
        raise _refuse("workbook_too_large", path.name,
                      f"a workbook that unpacks to at most {MAX_UNCOMPRESSED_BYTES // 2**20} MiB"
                      f" and at most {MAX_COMPRESSION_RATIO}× its size (this one unpacks to "
                      f"{total / 2**20:.1f} MiB, {total / packed:.0f}×)")
