"""The input template that teaches.

An instructions sheet, every input sheet with its headers, comments on the headers,
drop-down lists, sensible widths and frozen headers; the catalogue filled in (nl or en), and
with ``example`` a whole example group that solves.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.comments import Comment
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.worksheet import Worksheet

from allocator.i18n import Lang, text
from allocator.i18n.cells import cell_word, cell_words
from allocator.read.catalogue import default_tasks
from allocator.read.schema import GUIDE_SHEETS, INSTRUCTION_SHEETS, SHEETS, TASKS, SheetSpec
from allocator.report.cell_safety import save_workbook
from allocator.report.template_help import column_help, sheet_help
from allocator.report.xlsx_style import HEADER_FILL, write_table
from models import ROLES, Level, Problem, Task

VALIDATED_ROWS = 2000  # drop-downs and checks reach this far down each sheet
WIDE = {"name", "name_nl", "name_en", "specialisations", "who"}

def _yes_no(lang: Lang) -> tuple[str, str]:
    return text("word.yes", lang), text("word.no", lang)


def _choices(spec: SheetSpec, field: str, lang: Lang) -> tuple[list[str], str] | None:
    """(drop-down values, error style) for a column with a fixed vocabulary."""
    yes, no = _yes_no(lang)
    if field == "pools":
        return [yes, no, cell_word("pools", "choose", lang)], "warning"
    if field in ("core", "strategic"):
        return [yes, no], "warning"  # x, 1/0, true/false are accepted as well
    if field == "level" or (spec.key == "tasks" and field == "levels"):
        return [level.value for level in Level], "stop" if field == "level" else "warning"
    if field == "role":
        return [role.value for role in ROLES], "stop"
    if field in ("cluster", "scope", "placement", "funding"):
        return cell_words(field, lang), "stop"
    if field == "specialisation":  # another word is allowed: a suggestion, not a rule
        return cell_words(field, lang), "warning"
    if field == "outsourceable":
        return ["nee", "firma", "koepel"], "stop"
    if field == "score":
        return ["-2", "-1", "0", "1", "2", cell_word("score", "never", lang)], "stop"
    return None


def _numbers(field: str) -> DataValidation | None:
    """Range checks for numeric columns."""
    if field in ("T", "P", "B", "A"):
        return DataValidation(type="whole", operator="between", formula1="0", formula2="4")
    if field == "priority":
        return DataValidation(type="whole", operator="between", formula1="1", formula2="5")
    if field in ("pupils", "max_tasks", "max_people", "max_schools"):
        return DataValidation(type="whole", operator="greaterThanOrEqual", formula1="0")
    if field == "bundle_factor":
        return DataValidation(type="decimal", operator="between", formula1="0", formula2="1")
    if field in ("ict", "bpt", "other", "base_hours", "hours", "hours_per_100_pupils",
                 "ict_envelope_hours", "operating_budget_eur", "pool_hours", "travel_hours",
                 "central_ict_hours"):
        return DataValidation(type="decimal", operator="greaterThanOrEqual", formula1="0")
    return None


def _teach(sheet: Worksheet, spec: SheetSpec, lang: Lang) -> None:
    """Comments on the headers, drop-downs and checks, widths, frozen header row."""
    example_word = text("word.example", lang)
    for k, column in enumerate(spec.columns, start=1):
        letter = get_column_letter(k)
        description, example = column_help(spec.key, column.field, lang)
        header = sheet.cell(row=1, column=k)
        if description:
            note = description + (f"\n{example_word}: {example}" if example is not None else "")
            header.comment = Comment(note, "allocator", width=320, height=140)
        width = max(len(column.header(lang)) + 4, len(str(example or "")) + 2, 10)
        sheet.column_dimensions[letter].width = min(48, 36 if column.field in WIDE else width)
        cells = f"{letter}2:{letter}{VALIDATED_ROWS}"
        choices = _choices(spec, column.field, lang)
        if choices is not None:
            values, style = choices
            check = DataValidation(type="list", formula1='"' + ",".join(values) + '"',
                                   allow_blank=True, errorStyle=style)
            check.error = ", ".join(values)[:225]  # Excel's limits: 225 and 32 characters
            check.errorTitle = column.header(lang)[:32]
            check.showErrorMessage = True
        else:
            check = _numbers(column.field)
            if check is None:
                continue
            check.allow_blank = True
            check.showErrorMessage = True
            check.errorTitle = column.header(lang)[:32]
            check.error = description[:225]
        if description:
            check.prompt, check.promptTitle = description[:250], column.header(lang)[:32]
            check.showInputMessage = True
        check.add(cells)
        sheet.add_data_validation(check)
    sheet.freeze_panes = "B2"  # the header row and the id column stay in view


def _cell(field: str, value: Any, lang: Lang) -> Any:
    yes, no = _yes_no(lang)
    if isinstance(value, bool):
        return yes if value else no
    value = cell_word(field, value, lang)  # the same words as a problem written back out
    if isinstance(value, list):
        return ",".join(str(item) for item in value)
    return value  # the same words as a problem written back out


def _rows(records: list[Any], spec: SheetSpec, lang: Lang) -> list[list[Any]]:
    rows = []
    for record in records:
        values: dict[str, Any] = record.model_dump(mode="json")
        rows.append([_cell(column.field, values.get(column.field), lang)
                     for column in spec.columns])
    return rows


def write_instructions(sheet: Worksheet, lang: Lang) -> None:
    """What each sheet and column means, units and an example value for each column."""
    sheet.append([text("template.how_to", lang)])
    sheet["A1"].font = Font(bold=True, size=14)
    intro = [text(f"template.intro_{n}", lang) for n in range(1, 7)]
    intro.insert(3, text("template.intro_guide", lang))  # after the optional sheets
    for line in intro:
        sheet.append([line])
    headers = [text(f"template.head_{key}", lang)
               for key in ("sheet", "column", "required", "meaning", "example")]
    for spec in SHEETS:
        sheet.append([])
        purpose = sheet_help(spec.key, lang)
        sheet.append([spec.name(lang), purpose])
        sheet.cell(row=sheet.max_row, column=1).font = Font(bold=True, size=12)
        sheet.append(headers)
        for cell in sheet[sheet.max_row]:
            cell.font, cell.fill = Font(bold=True), HEADER_FILL
        for column in spec.columns:
            description, example = column_help(spec.key, column.field, lang)
            sheet.append([spec.name(lang), column.header(lang),
                          text("word.yes", lang) if column.required else "", description,
                          example])
    _guide_instructions(sheet, headers, lang)
    for letter, width in zip("ABCDE", (14, 26, 10, 90, 28), strict=True):
        sheet.column_dimensions[letter].width = width
    for row in sheet.iter_rows(min_row=2):
        for cell in row:
            cell.alignment = Alignment(wrap_text=True, vertical="top")


GUIDE_COLUMNS = ("key", "value", "school")  # the Gids sheet (allocator/guide.py reads it)


def _guide_instructions(sheet: Worksheet, headers: list[str], lang: Lang) -> None:
    """The Gids sheet's part of the instructions: the guideline's answers and step-5 marks."""
    sheet.append([])
    sheet.append([GUIDE_SHEETS[lang], text("template.guide.purpose", lang)])
    sheet.cell(row=sheet.max_row, column=1).font = Font(bold=True, size=12)
    sheet.append(headers)
    for cell in sheet[sheet.max_row]:
        cell.font, cell.fill = Font(bold=True), HEADER_FILL
    for column in GUIDE_COLUMNS:
        sheet.append([GUIDE_SHEETS[lang], text(f"template.guide.head_{column}", lang), "",
                      text(f"template.guide.help_{column}", lang),
                      text(f"template.guide.example_{column}", lang)])


def _write_guide_sheet(sheet: Worksheet, lang: Lang) -> None:
    """The empty Gids sheet: its headers with comments, and a drop-down of the step-5 marks."""
    write_table(sheet, [text(f"template.guide.head_{column}", lang)
                        for column in GUIDE_COLUMNS], [])
    for k, column in enumerate(GUIDE_COLUMNS, start=1):
        header = sheet.cell(row=1, column=k)
        header.comment = Comment(text(f"template.guide.help_{column}", lang), "allocator",
                                 width=320, height=160)
        sheet.column_dimensions[get_column_letter(k)].width = 24
    yes, no = _yes_no(lang)
    choices = DataValidation(type="list", formula1=f'"nvt,nu,later,nabij,{yes},{no}"',
                             allow_blank=True, showErrorMessage=False)  # a hint, not a rule
    choices.add(f"B2:B{VALIDATED_ROWS}")
    sheet.add_data_validation(choices)
    sheet.freeze_panes = "A2"


def write_template(path: Path, lang: Lang = "nl", tasks: list[Task] | None = None,
                   example: Problem | None = None) -> None:
    """Write the input template to ``path`` in ``lang``.

    With ``example`` its schools, people, preferences and fixed assignments are filled in (the
    catalogue is ``tasks``, or the default one).
    """
    book = Workbook()
    book.remove(book.active)
    write_instructions(book.create_sheet(INSTRUCTION_SHEETS[lang]), lang)
    catalogue = tasks if tasks is not None else default_tasks()
    for spec in SHEETS:
        sheet = book.create_sheet(spec.name(lang))
        if spec is TASKS:
            rows = _rows(catalogue, spec, lang)
        elif spec.key == "group":  # one row of group-wide settings, not a list of records
            hours = None if example is None else example.central_ict_hours
            rows = [] if hours is None else [[hours]]
        elif example is not None:
            rows = _rows(getattr(example, spec.key), spec, lang)
        else:
            rows = []
        write_table(sheet, [column.header(lang) for column in spec.columns], rows)
        _teach(sheet, spec, lang)
    _write_guide_sheet(book.create_sheet(GUIDE_SHEETS[lang]), lang)
    book.active = 0
    save_workbook(book, path)  # user text never becomes a formula
