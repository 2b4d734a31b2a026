"""Limits on what a reader accepts, so a hostile or runaway file fails fast and clearly."""

from __future__ import annotations

import zipfile
from pathlib import Path

from allocator.read.issues import InputError, InputIssue

MAX_FILE_BYTES = 50 * 1024 * 1024
MAX_UNCOMPRESSED_BYTES = 200 * 1024 * 1024
MAX_COMPRESSION_RATIO = 100
MAX_ROWS_PER_SHEET = 50_000
MAX_CELLS = 2_000_000
MAX_TEXT_LENGTH = 1_000
OLE2_MAGIC = bytes.fromhex("D0CF11E0A1B11AE1")


def _refuse(code: str, source: str, expected: str) -> InputError:
    return InputError([InputIssue(code, None, None, None, None, expected, source)])


def check_file_size(path: Path) -> None:
    size = path.stat().st_size
    if size > MAX_FILE_BYTES:
        raise _refuse("file_too_large", path.name,
                      f"a file of at most {MAX_FILE_BYTES // 2**20} MiB (this one is "
                      f"{size / 2**20:.1f} MiB)")


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
    with zipfile.ZipFile(path) as archive:
        total = sum(info.file_size for info in archive.infolist())
        packed = max(1, sum(info.compress_size for info in archive.infolist()))
    if total > MAX_UNCOMPRESSED_BYTES or total / packed > MAX_COMPRESSION_RATIO:
        raise _refuse("workbook_too_large", path.name,
                      f"a workbook that unpacks to at most {MAX_UNCOMPRESSED_BYTES // 2**20} MiB"
                      f" and at most {MAX_COMPRESSION_RATIO}× its size (this one unpacks to "
                      f"{total / 2**20:.1f} MiB, {total / packed:.0f}×)")
