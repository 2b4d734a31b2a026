"""Rewrite one part of an .xlsx (a sheet's XML, shared strings) to build hostile workbooks."""

from __future__ import annotations

import re
import zipfile
from collections.abc import Callable
from pathlib import Path


def sheet_part(path: Path, sheet: str) -> str:
    """The zip member holding ``sheet`` (from workbook.xml and its relationships)."""
    with zipfile.ZipFile(path) as archive:
        workbook = archive.read("xl/workbook.xml").decode("utf-8")
        rels = archive.read("xl/_rels/workbook.xml.rels").decode("utf-8")
    match = re.search(rf'<sheet [^>]*name="{re.escape(sheet)}"[^>]*r:id="([^"]+)"', workbook)
    assert match, sheet
    target = re.search(rf'<Relationship [^>]*Id="{match.group(1)}"[^>]*Target="([^"]+)"', rels) \
        or re.search(rf'<Relationship [^>]*Target="([^"]+)"[^>]*Id="{match.group(1)}"', rels)
    assert target, match.group(1)
    name = target.group(1).lstrip("/")
    return name if name.startswith("xl/") else f"xl/{name}"


def rewrite(source: Path, target: Path, member: str, change: Callable[[bytes], bytes],
            compression: int = zipfile.ZIP_DEFLATED, extra: dict[str, bytes] | None = None
            ) -> Path:
    """Copy ``source`` to ``target`` with ``member`` passed through ``change``."""
    with zipfile.ZipFile(source) as original, zipfile.ZipFile(target, "w", compression) as copy:
        for item in original.infolist():
            data = original.read(item.filename)
            if item.filename == member:
                data = change(data)
            copy.writestr(item.filename, data)
        for name, data in (extra or {}).items():
            copy.writestr(name, data)
    return target


_INLINE = re.compile(rb'<c ([^>]*?)t="inlineStr"([^>]*)><is><t(?: [^>]*)?>(.*?)</t></is></c>',
                     re.S)


def with_shared_strings(source: Path, target: Path) -> Path:
    """``source`` with every inline string moved to a shared-strings part, as Excel writes."""
    strings: list[bytes] = []
    index: dict[bytes, int] = {}

    def share(match: re.Match) -> bytes:
        text = match.group(3)
        if text not in index:
            index[text] = len(strings)
            strings.append(text)
        return b'<c ' + match.group(1) + b't="s"' + match.group(2) + b'><v>' + \
            str(index[text]).encode() + b'</v></c>'

    with zipfile.ZipFile(source) as original:
        parts = {item.filename: original.read(item.filename) for item in original.infolist()}
    for name in parts:
        if name.startswith("xl/worksheets/"):
            parts[name] = _INLINE.sub(share, parts[name])
    items = b"".join(b"<si><t>" + text + b"</t></si>" for text in strings)
    parts["xl/sharedStrings.xml"] = (
        b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="http://schemas.'
        b'openxmlformats.org/spreadsheetml/2006/main" count="%d" uniqueCount="%d">%s</sst>'
        % (len(strings), len(strings), items))
    parts["xl/_rels/workbook.xml.rels"] = parts["xl/_rels/workbook.xml.rels"].replace(
        b"</Relationships>",
        b'<Relationship Id="rIdSST" Type="http://schemas.openxmlformats.org/officeDocument/'
        b'2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>')
    parts["[Content_Types].xml"] = parts["[Content_Types].xml"].replace(
        b"</Types>",
        b'<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxml'
        b'formats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>')
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as copy:
        for name, data in parts.items():
            copy.writestr(name, data)
    return target
