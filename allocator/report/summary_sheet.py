"""The summary for management as workbook sheets.

Samenvatting, Belasting (with a chart), and Technisch (the solver's figures, for whoever
reviews the plan).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from openpyxl.chart import BarChart, Reference
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from allocator.i18n import Lang, decimal, hours, text
from allocator.report.xlsx_style import CORE, HEADER_FILL, share_fill, write_table
from models import FUNDING_SOURCES, Plan

TITLE = Font(bold=True, size=14)
SECTION = Font(bold=True, size=12)
PERCENT = "0%"


def words(key: str, lang: Lang, **values: object) -> str:
    """The text for ``key`` in ``lang`` (:func:`allocator.i18n.text`)."""
    return text(key, lang, **values)


def recommendation(code: str, lang: Lang) -> str:
    """The words for a recommendation code; an unknown code is shown as it is."""
    try:
        return text(f"rec.{code}", lang)
    except KeyError:
        return code


def _put(sheet: Worksheet, row: int, column: int, value: Any) -> Any:
    cell = sheet.cell(row=row, column=column, value=value)
    if isinstance(value, str) and value.startswith("="):
        cell.data_type = "s"  # text a user typed is never a formula
    return cell


class _Writer:
    """Writes sections one below the other, keeping track of the row and column widths."""

    def __init__(self, sheet: Worksheet) -> None:
        self.sheet, self.row = sheet, 1
        self.widths: dict[int, int] = {}

    def line(self, value: str, font: Font | None = None) -> None:
        cell = _put(self.sheet, self.row, 1, value)
        if font is not None:
            cell.font = font
        self.row += 1

    def table(self, headers: Sequence[str], rows: Sequence[Sequence[Any]],
              percent: Sequence[int] = (), fill_share: Sequence[int] = (),
              highlight: Sequence[bool] = ()) -> None:
        for k, header in enumerate(headers, start=1):
            cell = _put(self.sheet, self.row, k, header)
            cell.font, cell.fill = Font(bold=True), HEADER_FILL
            cell.alignment = Alignment(wrap_text=True, vertical="top")
            self.widths[k] = max(self.widths.get(k, 8), min(18, len(header) + 2))
        self.row += 1
        for index, values in enumerate(rows):
            for k, value in enumerate(values, start=1):
                cell = _put(self.sheet, self.row, k, value)
                if k - 1 in percent:
                    cell.number_format = PERCENT
                    if k - 1 in fill_share and isinstance(value, (int, float)):
                        cell.fill = share_fill(float(value))
                elif index < len(highlight) and highlight[index]:
                    cell.fill = CORE
                shown = len(str(value)) if value is not None else 0
                self.widths[k] = max(self.widths.get(k, 8), min(60, shown + 2))
            self.row += 1
        self.row += 1

    def finish(self) -> None:
        for k, width in self.widths.items():
            self.sheet.column_dimensions[get_column_letter(k)].width = width


def _coverage_row(label: str, name: str, block: dict, open_core: int | str,
                  central: float | str) -> list[Any]:
    core, other = block["core"], block["noncore"]
    return [label, name,
            core["tasks"], core["covered"], core["task_share"],
            core["hours"], core["hours_covered"], core["hours_share"],
            other["tasks"], other["covered"], other["task_share"],
            other["hours"], other["hours_covered"], other["hours_share"],
            open_core, central]


def write_summary_sheet(sheet: Worksheet, summary: dict, lang: Lang,
                        applied: list[str] | None = None) -> None:
    """What a director asks of the plan, in five short sections.

    ``applied``: a what-if's changes to the input, in words (said under the status).
    """
    out = _Writer(sheet)
    out.line(words("summary.title", lang), TITLE)
    status = text(f"status.{summary['status']}", lang)
    if summary["interrupted"]:
        status += f" ({words('summary.interrupted', lang)})"
    out.line(f"{words('summary.status', lang)}: {status}")
    if applied:
        out.line(text("change.applied_summary", lang, changes="; ".join(applied)))
    out.row += 1

    out.line(words("summary.coverage", lang), SECTION)
    out.line(words("summary.coverage_note", lang))
    share = words("col.share", lang)
    headers = [words("col.school", lang), words("col.name", lang),
               words("col.core_tasks", lang), words("col.core_tasks_covered", lang), share,
               words("col.core_hours", lang), words("col.core_hours_covered", lang), share,
               words("col.noncore_tasks", lang), words("col.noncore_tasks_covered", lang), share,
               words("col.noncore_hours", lang), words("col.noncore_hours_covered", lang), share,
               words("col.open_core", lang), words("col.central_hours", lang)]
    rows = [_coverage_row(s["id"], s["name"], s, s["uncovered_core"], s["central_hours"])
            for s in summary["schools"]]
    group_open = sum(1 for u in summary["uncovered_core"] if u["school"] is None)
    rows.append(_coverage_row(words("summary.group_tasks", lang), "", summary["group_tasks"],
                              group_open, ""))
    rows.append(_coverage_row(words("summary.group_total", lang), "", summary["group"],
                              summary["group"]["uncovered_core"],
                              summary["central"]["hours_at_schools"]))
    out.table(headers, rows, percent=(4, 7, 10, 13), fill_share=(4, 7))

    out.line(words("summary.funding", lang), SECTION)
    out.line(words("summary.funding_note", lang))
    headers = [words("col.site", lang), words("col.name", lang)]
    for source in FUNDING_SOURCES:
        label = text(f"funding.{source.value}", lang)
        headers += [words("col.available", lang, source=label),
                    words("col.used", lang, source=label), share]

    headers.append(words("col.envelope", lang))

    def funding_row(label: str, name: str, funding: dict, envelope: Any = "") -> list[Any]:
        values: list[Any] = [label, name]
        for source in FUNDING_SOURCES:
            item = funding[source.value]
            values += [item["available"], item["used"], item["share"]]
        return [*values, envelope]

    rows = [funding_row(s["id"], s["name"], s["funding"], s["ict_envelope_hours"])
            for s in summary["schools"]]
    rows.append(funding_row(words("summary.central", lang), "", summary["central"]["funding"]))
    envelopes = [s["ict_envelope_hours"] for s in summary["schools"]
                 if s["ict_envelope_hours"] is not None]
    rows.append(funding_row(words("summary.group_total", lang), "", summary["group"]["funding"],
                            sum(envelopes) if envelopes else ""))
    out.table(headers, rows, percent=(4, 7, 10))

    out.line(words("summary.open_core", lang), SECTION)
    if summary["uncovered_core"]:
        out.table([words("col.school", lang), words("col.task", lang),
                   words("col.task_name", lang), words("col.hours", lang),
                   words("col.priority", lang), words("col.recommendation", lang),
                   words("col.action", lang), words("col.why", lang)],
                  [[u["school_name"] or text("word.group", lang), u["task"], u["task_name"],
                    u["hours"], u["priority"], recommendation(u["recommendation"], lang),
                    u["action"], u["detail"]] for u in summary["uncovered_core"]],
                  highlight=[True] * len(summary["uncovered_core"]))
    else:
        out.line(words("summary.open_core_none", lang))
        out.row += 1

    out.line(words("summary.open_noncore", lang), SECTION)
    out.table([words("col.recommendation", lang), words("col.tasks", lang),
               words("col.hours", lang)],
              [[recommendation(code, lang), item["tasks"], item["hours"]]
               for code, item in summary["uncovered_noncore"].items()])

    spof = summary["single_points_of_failure"]
    out.line(words("summary.spof", lang, top=len(spof["top"]), total=spof["total"]), SECTION)
    if spof["top"]:
        out.line(words("summary.spof_note", lang))
        out.table([words("col.school", lang), words("col.task", lang),
                   words("col.task_name", lang), words("col.person", lang),
                   words("col.hours", lang), words("col.priority", lang)],
                  [[r["school_name"] or text("word.group", lang), r["task"], r["task_name"],
                    r["person_name"], r["hours"], r["priority"]] for r in spof["top"]])
    else:
        out.line(words("summary.spof_none", lang))
    out.finish()
    sheet.column_dimensions["B"].width = max(sheet.column_dimensions["B"].width or 0, 24)
    sheet.sheet_view.showGridLines = False


def load_rows(summary: dict, lang: Lang) -> tuple[list[str], list[list[Any]]]:
    """The load table behind the chart: used hours per source, then what is left unused."""
    headers = [words("col.person", lang), words("col.name", lang), words("col.site", lang),
               words("col.role", lang)]
    headers += [text(f"funding.{source.value}", lang) for source in FUNDING_SOURCES]
    headers += [words("col.unused", lang), words("col.available_total", lang),
                words("col.used_total", lang)]
    rows = []
    for person in summary["load"]:
        site = words("summary.central", lang) if person["site"] == "central" else person["site"]
        rows.append([person["id"], person["name"], site, person["role"] or "",
                     *(person["used"][source.value] for source in FUNDING_SOURCES),
                     round(max(0.0, person["available_total"] - person["used_total"]), 2),
                     person["available_total"], person["used_total"]])
    return headers, rows


def write_load_sheet(sheet: Worksheet, summary: dict, lang: Lang) -> None:
    """One row per person and a stacked bar chart of hours per source.

    The unused rest is a segment too, so each bar is as long as the person's hours.
    """
    headers, rows = load_rows(summary, lang)
    write_table(sheet, headers, rows)
    if not rows:
        return
    chart = BarChart()
    chart.type, chart.grouping, chart.overlap = "bar", "stacked", 100
    chart.title = words("chart.load_title", lang)
    chart.x_axis.title = None
    chart.y_axis.title = words("chart.hours", lang)
    first_series = 5  # the three sources and 'unused' follow name, site and role
    data = Reference(sheet, min_col=first_series, max_col=first_series + 3, min_row=1,
                     max_row=len(rows) + 1)
    chart.add_data(data, titles_from_data=True)
    chart.set_categories(Reference(sheet, min_col=2, min_row=2, max_row=len(rows) + 1))
    chart.x_axis.scaling.orientation = "maxMin"  # first person at the top, as in the table
    chart.height = max(7.5, 0.5 * len(rows) + 3)
    chart.width = 22
    chart.legend.position = "b"
    sheet.add_chart(chart, f"{get_column_letter(len(headers) + 2)}2")


_TECHNICAL_ROWS = ("status", "core", "core_bound", "noncore", "noncore_bound", "preferences",
                   "assignments", "uncovered", "uncovered_core", "bundled", "seconds")


def write_technical_sheet(sheet: Worksheet, plan: Plan, lang: Lang) -> None:
    """The solver's figures per stage: status, value, bound, time."""
    labels = [text(f"technical.{key}", lang) for key in _TECHNICAL_ROWS]

    def shown(value: float | None) -> float | str:
        return "-" if value is None or value != value else value

    values = [text(f"status.{plan.shown_status}", lang), plan.objective.core, shown(plan.bound.core),
              plan.objective.noncore, shown(plan.bound.noncore),
              getattr(plan.objective, "preferences", None), len(plan.assignments),
              len(plan.uncovered), sum(u.core for u in plan.uncovered),
              ", ".join(plan.bundled) or "-", plan.seconds]
    write_table(sheet, [text("word.item", lang), text("word.value", lang)],
                zip(labels, values, strict=True))
    def number(value: float | None) -> str:
        return "-" if value is None or value != value else hours(value, lang)

    for stage in plan.stages:
        by = "" if stage.solver in (None, "cp-sat") else f" ({stage.solver})"
        # stage and status in words (the codes stay in the plan JSON and Plandata); numbers
        # as the language writes them ("233 / 233, 0,2 s")
        sheet.append([text("summary.stage_name", lang, stage=text(f"stage.{stage.name}", lang)),
                      f"{text(f'status.{stage.status}', lang)}, {number(stage.objective)} / "
                      f"{number(stage.bound)}, {decimal(stage.seconds, lang)} s{by}"])
    sheet.append([])
    sheet.append([words("summary.technical_note", lang)])
