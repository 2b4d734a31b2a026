"""Merged cells and Excel's lock file: two ways a workbook says less than it shows.

A merged range keeps its value in its first cell only; every other cell of it reads as
empty, although Excel shows the value across the range. openpyxl's read-only mode does not
expose merged ranges, so they are read from each sheet's XML (``<mergeCell ref="A2:A4"/>``).
"""

from __future__ import annotations

import posixpath
import zipfile
from pathlib import Path
from xml.etree import ElementTree

from openpyxl.utils.cell import range_boundaries

_MAIN = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
_RELATIONSHIPS = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
_PACKAGE_RELS = "{http://schemas.openxmlformats.org/package/2006/relationships}"
MAX_MERGED_RANGES = 10_000  # per sheet; more is not a school group's workbook


def _sheet_parts(archive: zipfile.ZipFile) -> dict[str, str]:
    """Sheet title -> the zip member holding its XML."""
    workbook = ElementTree.fromstring(archive.read("xl/workbook.xml"))
    relations = ElementTree.fromstring(archive.read("xl/_rels/workbook.xml.rels"))
    targets = {rel.get("Id"): rel.get("Target", "") for rel in relations.iter(
        f"{_PACKAGE_RELS}Relationship")}
    parts = {}
    for sheet in workbook.iter(f"{_MAIN}sheet"):
        target = targets.get(sheet.get(f"{_RELATIONSHIPS}id"), "")
        if not target:
            continue
        member = target.lstrip("/") if target.startswith("/") else \
            posixpath.normpath(posixpath.join("xl", target))
        parts[sheet.get("name", "")] = member
    return parts


def merged_ranges(path: Path, titles: set[str]) -> dict[str, list[str]]:
    """Merged ranges (``"A2:A4"``) of the sheets named in ``titles``.

    Empty when unreadable: the workbook reader reports a damaged file on its own.
    """
    found: dict[str, list[str]] = {}
    try:
        with zipfile.ZipFile(path) as archive:
            for title, member in _sheet_parts(archive).items():
                if title not in titles or member not in archive.namelist():
                    continue
                ranges: list[str] = []
                with archive.open(member) as handle:
                    for _, element in ElementTree.iterparse(handle):
                        if element.tag == f"{_MAIN}mergeCell" and element.get("ref"):
                            ranges.append(str(element.get("ref")))
                            if len(ranges) >= MAX_MERGED_RANGES:
                                break
                        element.clear()  # keep memory flat on large sheets
                if ranges:
                    found[title] = ranges
    except (zipfile.BadZipFile, KeyError, ElementTree.ParseError, OSError):
        return {}
    return found


def merged_rows(ref: str) -> tuple[int, int]:
    """First and last row of a range such as ``A2:C4``."""
    _, min_row, _, max_row = range_boundaries(ref)
    return int(min_row or 1), int(max_row or min_row or 1)


def excel_lock_file(path: Path) -> Path | None:
    """Excel's owner file beside a workbook it has open (``~$groep.xlsx``), if any."""
    for name in (f"~${path.name}", f"~${path.name[2:]}"):
        candidate = path.with_name(name)
        if candidate.is_file():
            return candidate
    return None


def merged_cell_issues(path: Path, tables: list,
                       ranges_by_title: dict[str, list[str]] | None = None) -> list:
    """One issue per merged range that touches a table's header or data rows.

    ``ranges_by_title``: the ranges as the streaming reader found them (else read here).
    """
    from allocator.read.issues import InputIssue

    by_title = {table.sheet: table for table in tables if table.header_row is not None}
    issues = []
    if ranges_by_title is None:
        ranges_by_title = merged_ranges(path, set(by_title))
    for title, ranges in ranges_by_title.items():
        if title not in by_title:
            continue
        table = by_title[title]
        for ref in ranges:
            try:
                first, last = merged_rows(ref)
            except (ValueError, TypeError):
                continue  # a range Excel could not write: nothing it hides
            if last < table.header_row:
                continue  # a title above the table: not read
            min_col = range_boundaries(ref)[0] or 1
            header = table.headers[min_col - 1] if min_col - 1 < len(table.headers) else None
            issues.append(InputIssue(
                "merged_cells", title, max(first, table.header_row), header, ref,
                "cells that are not merged (a merged range keeps its value in its first cell "
                "only; the other cells read as empty: unmerge them and fill in every cell)",
                path.name))
    return issues
