"""The input template: every sheet with its headers, the catalogue filled in (nl or en)."""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook

from allocator.read.catalogue import default_tasks
from allocator.read.schema import SHEETS, TASKS
from allocator.report.cell_safety import save_workbook
from allocator.report.xlsx_style import write_table
from models import Task


def _task_cells(task: Task, lang: str) -> list[object]:
    yes, no = ("ja", "nee") if lang == "nl" else ("yes", "no")
    values: dict[str, object] = task.model_dump(mode="json")
    cells = []
    for column in TASKS.columns:
        value = values[column.field]
        if isinstance(value, bool):
            value = yes if value else no
        elif isinstance(value, list):
            value = ",".join(str(item) for item in value)
        cells.append(value)
    return cells


def write_template(path: Path, lang: str = "nl", tasks: list[Task] | None = None) -> None:
    book = Workbook()
    book.remove(book.active)
    catalogue = tasks if tasks is not None else default_tasks()
    for spec in SHEETS:
        sheet = book.create_sheet(spec.name(lang))
        rows = [_task_cells(task, lang) for task in catalogue] if spec is TASKS else []
        write_table(sheet, [column.header(lang) for column in spec.columns], rows)
    save_workbook(book, path)
