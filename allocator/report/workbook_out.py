"""The plan workbook.

Sheets: Samenvatting (for management), Plan, Personen, Dekking, Niet gedekt, Uitleg,
Belasting (load chart), Versnippering (fragmentation, load spread, pooling) and Technisch
(solver figures).
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import Any

from openpyxl import Workbook

from allocator.explain.render import render_plan
from allocator.explain.report import explain_plan, what_it_takes
from allocator.i18n import Lang, text
from allocator.read.plan_layout import PLAN_COLUMNS
from allocator.report.cell_safety import save_workbook
from allocator.report.changes_sheet import write_changes_sheet
from allocator.report.fragmentation_sheet import write_fragmentation_sheet
from allocator.report.plan_data import add_plan_data
from allocator.report.summary import management_summary
from allocator.report.summary_sheet import (
    write_load_sheet,
    write_summary_sheet,
    write_technical_sheet,
)
from allocator.report.tables import coverage, people_load
from allocator.report.xlsx_style import CORE, fill_cells, share_fill, write_table
from models import CENTRAL, Plan, Problem, Uncovered

# the columns of the plan workbook's tables; their headers are i18n words out.<table>.<column>
_COLUMNS = {
    "people": ("id", "name", "site", "role", "ict_used", "ict_left", "bpt_used", "bpt_left",
               "other_used", "other_left", "tasks"),
    "coverage": ("school", "cluster", "instances", "covered", "hours", "hours_covered",
                 "coverage"),
    "uncovered": ("task", "task_name", "school", "core", "priority", "hours", "reason",
                  "detail", "recommendation", "what_it_would_take"),
    "explanation": ("person", "task", "school", "explanation", "runners_up"),
}


def _headers(table: str, lang: Lang) -> list[str]:
    if table == "plan":
        return [column.header(lang) for column in PLAN_COLUMNS]
    return [text(f"out.{table}.{column}", lang) for column in _COLUMNS[table]]


def _what_it_takes(item: Uncovered, problem: Problem, lang: Lang) -> str:
    """The recommendation in words.

    For work the plan may leave, also what covering it in house would take (v1's remedy).
    """
    return what_it_takes(item.recommendation, getattr(item, "recommendation_text", None) or "",
                         getattr(item, "remedy", None), lang, problem)


def _yes(value: bool, lang: Lang) -> str:
    return text("word.yes" if value else "word.no", lang)


def _reason_words(code: str, lang: Lang) -> str:
    """Why work stays uncovered, in a few words (the sentence is in the next column)."""
    try:
        return text(f"reason_name.{code}", lang)
    except KeyError:  # a reason without short words yet: its code rather than nothing
        return code


def _where(school: str | None, lang: Lang) -> str:
    return school if school else text("word.group", lang)


def write_plan_workbook(problem: Problem, plan: Plan, path: Path, lang: Lang = "nl") -> None:
    """Write the plan workbook to ``path`` (callers make this atomic)."""
    plan = render_plan(problem, plan, lang)
    tasks = problem.task_by_id()
    people = problem.person_by_id()
    book = Workbook()
    sheet = book.active
    sheet.title = text("sheet.plan", lang)
    write_table(sheet, _headers("plan", lang), (
        [row.person, people[row.person].name, row.task, tasks[row.task].name(lang),
         text(f"cluster.{tasks[row.task].cluster.value}", lang), _yes(tasks[row.task].core, lang),
         _where(row.school, lang), row.hours, text(f"funding.{row.funding.value}", lang)]
        for row in sorted(plan.assignments, key=lambda r: (r.school or "", r.task, r.person))))

    load = people_load(problem, plan)
    # the central service as the load and fragmentation sheets say it
    load["site"] = load["site"].map(lambda site: text("summary.central", lang)
                                    if site == CENTRAL else site)
    write_table(book.create_sheet(text("sheet.people", lang)), _headers("people", lang),
                load.itertuples(index=False))

    # rows of tables.coverage; pandas does not type a frame's columns
    cover: Iterable[Any] = coverage(problem, plan).itertuples(index=False)
    sheet = book.create_sheet(text("sheet.coverage", lang))
    write_table(sheet, _headers("coverage", lang), (
        [_where(r.school, lang), text(f"cluster.{r.cluster}", lang), r.instances, r.covered,
         r.hours, r.hours_covered, round(r.share, 3)] for r in cover))
    for row in sheet.iter_rows(min_row=2, min_col=7, max_col=7):
        row[0].fill = share_fill(float(row[0].value))
        row[0].number_format = "0%"

    sheet = book.create_sheet(text("sheet.uncovered", lang))
    ordered = sorted(plan.uncovered, key=lambda u: (not u.core, -(u.priority or 0),
                                                    u.school or "", u.task))
    write_table(sheet, _headers("uncovered", lang), (
        [u.task, tasks[u.task].name(lang), _where(u.school, lang), _yes(u.core, lang),
         tasks[u.task].priority, u.hours, _reason_words(u.reason, lang),
         u.detail,
         text(f"rec.{u.recommendation}", lang),
         _what_it_takes(u, problem, lang)] for u in ordered))
    fill_cells((cell for row, item in zip(sheet.iter_rows(min_row=2), ordered, strict=False)
                if item.core for cell in row), CORE)
    for item in getattr(plan, "deferred", None) or []:  # the guide's step 5: 'later'
        sheet.append([item["task"], item["name_nl" if lang == "nl" else "name_en"],
                      _where(item["school"], lang), _yes(item["core"], lang),
                      item.get("priority"), item["hours"], "later",
                      text("guide.deferred_detail", lang), text("rec.defer", lang), ""])

    explanation = explain_plan(problem, plan, lang, with_uncovered=False)
    write_table(book.create_sheet(text("sheet.explanation", lang)),
                _headers("explanation", lang),
                ([row["person"], row["task"], _where(row["school"], lang), row["sentence"],
                  "; ".join(f"{people[r['person']].name} ({text('why.' + r['why'], lang)})"
                            for r in row["runners_up"])]
                 for row in explanation["assignments"]))

    summary = management_summary(problem, plan, lang)
    applied = (getattr(plan, "changes", None) or {}).get("applied")
    write_summary_sheet(book.create_sheet(text("sheet.summary", lang), 0), summary, lang,
                        applied)
    write_load_sheet(book.create_sheet(text("sheet.load", lang)), summary, lang)
    write_fragmentation_sheet(book.create_sheet(text("sheet.fragmentation", lang)), problem,
                              plan, lang)
    write_technical_sheet(book.create_sheet(text("sheet.technical", lang)), plan, lang)
    changes = getattr(plan, "changes", None)
    if changes:  # a re-plan (solve --previous): what changed, right after the summary
        write_changes_sheet(book.create_sheet(text("sheet.changes", lang), 1), problem,
                            changes, lang)
    book.active = 0
    add_plan_data(book, plan, problem, lang)
    save_workbook(book, path)
