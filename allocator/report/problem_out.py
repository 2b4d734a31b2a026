"""Write a problem back out as an input workbook, YAML or JSON (for generate and round trips)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import yaml
from openpyxl import Workbook

from allocator.i18n import Lang, text
from allocator.i18n.cells import cell_word
from allocator.read.schema import SHEETS, SheetSpec
from allocator.report.cell_safety import save_workbook
from allocator.report.xlsx_style import write_table
from models import Problem


def _cell(value: Any, lang: Lang, for_sheet: bool, field: str = "") -> Any:
    # in a workbook, coded values are written as a user types them (the template's words:
    # 'centraal', 'ICT-uren'); YAML and JSON keep the codes
    if for_sheet:
        value = cell_word(field, value, lang)
    if isinstance(value, bool) and for_sheet:
        return text("word.yes" if value else "word.no", lang)
    if isinstance(value, list):
        return ",".join(str(item) for item in value) if for_sheet else value
    return value


def problem_tables(problem: Problem, lang: Lang = "nl", include_tasks: bool = True,
                   for_sheet: bool = False) -> dict[str, tuple[SheetSpec, list[dict[str, Any]]]]:
    """Sheet name -> (spec, rows keyed by header in ``lang``)."""
    tables = {}
    for spec in SHEETS:
        if spec.key == "tasks" and not include_tasks:
            continue
        rows = []
        if spec.key == "group":
            if problem.central_ict_hours is not None:
                tables[spec.name(lang)] = (spec, [{spec.columns[0].header(lang):
                                                   problem.central_ict_hours}])
            continue
        for record in getattr(problem, spec.key):
            data = record.model_dump(mode="json")
            rows.append({column.header(lang): _cell(data.get(column.field), lang, for_sheet,
                                                    column.field)
                         for column in spec.columns})
        tables[spec.name(lang)] = (spec, rows)
    return tables


def write_problem(problem: Problem, path: Path, lang: Lang = "nl", include_tasks: bool = True,
                  suffix: str | None = None) -> None:
    """Write ``problem`` to ``path`` as an input the readers read back.

    Parameters
    ----------
    lang
        Language of the sheet names, headers and coded values (a workbook).
    include_tasks
        Write the catalogue too (without it, the default catalogue applies when read).
    suffix
        ``.xlsx``, ``.yaml`` or ``.json``, instead of the path's own.
    """
    suffix = (suffix or path.suffix).lower()
    if suffix in (".xlsx", ".xlsm"):
        book = Workbook()
        book.remove(book.active)
        for name, (spec, rows) in problem_tables(problem, lang, include_tasks, True).items():
            headers = [column.header(lang) for column in spec.columns]
            write_table(book.create_sheet(name), headers,
                        ([row[h] for h in headers] for row in rows))
        save_workbook(book, path)
        return
    data = {name: [{k: v for k, v in row.items() if v is not None and v != []} for row in rows]
            for name, (_, rows) in problem_tables(problem, lang, include_tasks).items()}
    if suffix == ".json":
        path.write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")
    else:
        path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False),
                        encoding="utf-8")
