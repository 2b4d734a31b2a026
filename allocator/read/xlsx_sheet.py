"""One worksheet's cells, read event by event; a damaged cell is a located error.

Every row present is read, whatever the sheet's ``<dimension>`` tag claims, in row order.
openpyxl's read-only mode (used before) trusts the dimension tag, drops rows that come out
of order and cells after a row's last declared column; here rows and cells are kept by their
own ``r`` attributes and checked: a row number or cell reference Excel could not write, a
number that is not one, a shared string that does not exist, a cell given twice.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from allocator.read.issues import InputError, InputIssue
from allocator.read.limits import (
    MAX_CELL_CHARS,
    MAX_CELLS,
    MAX_ROWS_PER_SHEET,
    MAX_SHEET_BYTES,
)
from allocator.read.merged import MAX_MERGED_RANGES
from allocator.read.xlsx_package import Package, PartError

EXCEL_MAX_ROW = 1_048_576
EXCEL_MAX_COLUMN = 16_384
MAX_DIGITS = 300  # an integer cell longer than this is no count of hours, pupils or points
MAX_ISSUES = 200
_REFERENCE = re.compile(r"([A-Za-z]{1,3})([0-9]{1,7})")
_INTEGER = re.compile(r"[+-]?[0-9]+")


class SpreadsheetError:
    """A cell holding a spreadsheet error such as ``#REF!``: no value for any column."""

    def __init__(self, code: str) -> None:
        self.code = code

    def __repr__(self) -> str:
        return self.code

    def __str__(self) -> str:
        return self.code


def column_index(letters: str) -> int:
    """The column number (1 for ``A``) of Excel column letters."""
    index = 0
    for letter in letters.upper():
        index = index * 26 + ord(letter) - 64
    return index


def column_letters(index: int) -> str:
    """The Excel column letters of column number ``index`` (``A`` for 1)."""
    letters = ""
    while index > 0:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


class _Bad(Exception):
    def __init__(self, expected: str, value: Any = None) -> None:
        super().__init__(expected)
        self.expected, self.value = expected, value


@dataclass
class SheetCells:
    """The non-empty cells of one sheet by row number, and formulas with no stored result."""

    rows: dict[int, dict[int, Any]] = field(default_factory=dict)
    formulas: list[tuple[int, int, str]] = field(default_factory=list)  # (row, column, text)
    merged: list[str] = field(default_factory=list)  # merged ranges such as "A2:A4"


class _SheetParser:
    def __init__(self, package: Package, sheet: str, budget: list[int]) -> None:
        self.package, self.sheet, self.budget = package, sheet, budget
        self.cells = SheetCells()
        self.issues: list[InputIssue] = []
        self.row = 0  # the current row's number
        self.column = 0  # the last cell's column in the current row
        self.in_data = False
        self.cell: dict[str, Any] | None = None
        self.capture: str | None = None  # "v", "f" or "t" while their text is collected
        self.pieces: list[str] = []
        self.chars = 0
        self.phonetic = 0

    # -- events ---------------------------------------------------------------------------
    def start(self, tag: str, attrs: dict, depth: int) -> None:
        if depth == 2 and tag == "sheetData":
            self.in_data = True
        elif depth == 3 and tag == "mergeCell" and not self.in_data:
            if attrs.get("ref") and len(self.cells.merged) < MAX_MERGED_RANGES:
                self.cells.merged.append(str(attrs["ref"])[:40])
        elif not self.in_data:
            return
        elif depth == 3 and tag == "row":
            self._start_row(attrs.get("r"))
        elif depth == 4 and tag == "c":
            self.cell = {"r": attrs.get("r"), "t": attrs.get("t", "n"), "s": attrs.get("s"),
                         "v": None, "f": None, "is": None}
        elif self.cell is not None:
            if tag == "rPh":
                self.phonetic += 1
            elif depth == 5 and tag in ("v", "f"):
                self._collect(tag)
            elif depth == 5 and tag == "is":
                self.cell["is"] = []
                self.pieces = self.cell["is"]
                self.chars = 0
            elif tag == "t" and self.cell["is"] is not None and not self.phonetic:
                self.capture = "t"

    def text(self, data: str) -> None:
        if self.capture is None:
            return
        self.chars += len(data)
        if self.chars > MAX_CELL_CHARS:
            raise _CellTooLong()
        self.pieces.append(data)

    def end(self, tag: str, depth: int) -> None:
        if not self.in_data:
            return
        if depth == 2 and tag == "sheetData":
            self.in_data = False
        elif depth == 3 and tag == "row":
            self._end_row()
        elif depth == 4 and tag == "c" and self.cell is not None:
            self._end_cell()
            self.cell = None
        elif self.cell is not None:
            if tag == "rPh":
                self.phonetic -= 1
            elif depth == 5 and tag in ("v", "f") and self.capture == tag:
                # an empty <v/> is no value (a formula Excel has not computed, openpyxl's own)
                self.cell[tag] = "".join(self.pieces) or (None if tag == "v" else "")
                self.capture = None
            elif tag == "t" and self.capture == "t":
                self.capture = None

    # -- rows and cells -------------------------------------------------------------------
    def _collect(self, tag: str) -> None:
        self.capture = tag
        self.pieces = []
        self.chars = 0

    def _start_row(self, number: str | None) -> None:
        self.column = 0
        if number is None:
            self.row += 1
            return
        if not number.isdigit() or not 1 <= int(number) <= EXCEL_MAX_ROW:
            self.row += 1
            self._issue(None, f"a row number from 1 to {EXCEL_MAX_ROW} (the sheet's XML "
                              f"numbers the row after row {self.row - 1} so)", number)
            return
        self.row = int(number)

    def _end_row(self) -> None:
        cells = self.cells.rows.get(self.row)
        if cells:
            self.budget[0] += max(cells)  # a row is stored up to its last cell
            if len(self.cells.rows) > MAX_ROWS_PER_SHEET or self.budget[0] > MAX_CELLS:
                raise _TooMany(self.row)
        if len(self.cells.rows) % 1000 == 0 and self.package.deadline is not None:
            self.package.deadline.check()

    def _end_cell(self) -> None:
        cell = self.cell
        assert cell is not None
        column = self._position(cell["r"])
        if column is None:
            return
        try:
            value = self._value(cell)
        except _Bad as bad:
            self._issue(column, bad.expected, bad.value)
            return
        if value is None:
            return
        row = self.cells.rows.setdefault(self.row, {})
        if column in row:
            self._issue(column, "each cell once (this cell is in the sheet's XML twice)")
            return
        row[column] = value

    def _position(self, reference: str | None) -> int | None:
        if reference is None:
            self.column += 1
        else:
            match = _REFERENCE.fullmatch(reference)
            column = column_index(match.group(1)) if match else 0
            if not match or not 1 <= column <= EXCEL_MAX_COLUMN:
                self._issue(None, f"a cell reference from A{self.row} to "
                                  f"{column_letters(EXCEL_MAX_COLUMN)}{self.row}", reference)
                return None
            if int(match.group(2)) != self.row:
                self._issue(None, f"a cell of row {self.row} (the sheet's XML puts cell "
                                  f"{reference} in row {self.row})", reference)
                return None
            self.column = column
        if self.column > EXCEL_MAX_COLUMN:
            self._issue(None, f"at most {EXCEL_MAX_COLUMN} columns (XFD)")
            return None
        return self.column

    def _value(self, cell: dict[str, Any]) -> Any:
        kind, raw = cell["t"], cell["v"]
        if cell["f"] is not None and raw is None and kind != "inlineStr":
            self.cells.formulas.append((self.row, self.column, "=" + cell["f"]))
            return None
        if kind == "inlineStr":
            return None if cell["is"] is None else "".join(cell["is"])
        if raw is None:
            return None
        if kind == "n":
            return self._number(raw, cell["s"])
        if kind == "s":
            strings = self.package.shared_strings()
            if not raw.strip().isdigit() or int(raw) >= len(strings):
                raise _Bad(f"one of the workbook's {len(strings)} shared strings (the cell "
                           "points to one that does not exist)", raw)
            return strings[int(raw)]
        if kind == "str":
            return raw
        if kind == "b":
            if raw.strip().lower() not in ("0", "1", "true", "false"):
                raise _Bad("a true/false cell holding 0 or 1", raw)
            return raw.strip().lower() in ("1", "true")
        if kind == "e":
            return SpreadsheetError(raw)
        if kind == "d":
            from openpyxl.utils.datetime import from_ISO8601

            try:
                return from_ISO8601(raw)
            except (ValueError, TypeError, OverflowError) as error:
                raise _Bad("a date cell holding an ISO 8601 date", raw) from error
        raise _Bad("a cell of a known type (n, s, str, inlineStr, b, e, d)", kind)

    def _number(self, raw: str, style: str | None) -> Any:
        text = raw.strip()
        if _INTEGER.fullmatch(text):
            if len(text.lstrip("+-")) > MAX_DIGITS:
                raise _Bad(f"a number of at most {MAX_DIGITS} digits", text)
            number: int | float = int(text)
        else:
            try:
                number = float(text)
            except ValueError as error:
                raise _Bad("a number (the cell is marked as a number)", text) from error
        if style is not None and style.isdigit() and int(style) in self.package.date_styles:
            from openpyxl.utils.datetime import (
                CALENDAR_MAC_1904,
                CALENDAR_WINDOWS_1900,
                from_excel,
            )

            epoch = CALENDAR_MAC_1904 if self.package.date1904 else CALENDAR_WINDOWS_1900
            try:
                return from_excel(number, epoch,
                                  timedelta=int(style) in self.package.timedelta_styles)
            except (OverflowError, ValueError, TypeError):
                return SpreadsheetError("#VALUE!")  # as Excel shows a date out of range
        return number

    def _issue(self, column: int | None, expected: str, value: Any = None) -> None:
        where = column_letters(column) if column else None
        self.issues.append(InputIssue("bad_cell", self.sheet, self.row, where, value,
                                      expected, self.package.source))
        if len(self.issues) >= MAX_ISSUES:
            raise InputError(self.issues)


class _TooMany(Exception):
    def __init__(self, row: int) -> None:
        super().__init__(row)
        self.row = row


class _CellTooLong(Exception):
    pass


def read_sheet_cells(package: Package, sheet: str, part: str, budget: list[int]) -> SheetCells:
    """Every non-empty cell of ``part``; ``budget[0]`` counts stored cells over all sheets.

    Raises :class:`InputError` with located issues (damaged cells, limits) or a damaged part.
    """
    parser = _SheetParser(package, sheet, budget)
    source = package.source
    try:
        package.events(part, MAX_SHEET_BYTES, parser.start, parser.end, parser.text)
    except _TooMany as too_many:
        raise InputError([InputIssue(
            "too_many_rows", sheet, too_many.row, None, None,
            f"at most {MAX_ROWS_PER_SHEET} rows a sheet and {MAX_CELLS} cells in all",
            source)]) from None
    except _CellTooLong:
        raise InputError([InputIssue(
            "bad_cell", sheet, parser.row, None, None,
            f"a cell of at most {MAX_CELL_CHARS} characters (Excel's own limit)",
            source)]) from None
    except PartError as error:
        code = error.code
        expected = ("a workbook within the size limits" if code == "workbook_too_large"
                    else "an intact .xlsx workbook (open and save it again in Excel or "
                         "LibreOffice)")
        raise InputError([*parser.issues, InputIssue(
            code, sheet, parser.row or None, None, None,
            f"{expected}; part {error.part}: {error.detail}", source)]) from error
    if parser.issues:
        raise InputError(parser.issues)
    return parser.cells
