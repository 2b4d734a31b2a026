"""The comparison as xlsx, csv and markdown, and plots: coverage per cluster, hours, loads.

The csv keeps the column codes and values as data for programs (``core_value``, ``optimal``);
the workbook, the markdown table and the plots are for people: their headers, statuses and
labels are in the user's language (``scenario.col.*`` in allocator/i18n).
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from allocator.i18n import Lang, text
from allocator.i18n.core import merged_words
from allocator.report.atomic import write_atomically, write_text_atomically
from allocator.report.cell_safety import csv_for_spreadsheets, text_cells_only
from models import Cluster


def column_label(column: str, lang: Lang) -> str:
    """A comparison column in words; a column without words (a sweep's axis) as it is."""
    words = merged_words()
    if f"scenario.col.{column}" in words:
        return text(f"scenario.col.{column}", lang)
    if column.startswith("rec_") and f"rec.{column[4:]}" in words:
        return text("scenario.col.recommendation", lang, what=text(f"rec.{column[4:]}", lang))
    name = column.removeprefix("coverage_").removesuffix("_pct")
    if column.startswith("coverage_") and f"cluster.{name}" in words:
        return text("scenario.col.cluster_covered", lang, cluster=text(f"cluster.{name}", lang))
    return column


def presented(table: pd.DataFrame, lang: Lang) -> pd.DataFrame:
    """The table as people read it: headers, statuses and yes/no in ``lang``."""
    shown = table.copy()
    if "status" in shown:
        words = merged_words()
        shown["status"] = shown["status"].map(
            lambda value: text(f"status.{value}", lang) if f"status.{value}" in words
            else text("scenario.error", lang) if value == "error" else value)
    if "checked" in shown:
        shown["checked"] = shown["checked"].map(
            lambda value: text("word.yes" if value else "word.no", lang)
            if isinstance(value, bool) else value)
    return shown.rename(columns=lambda column: column_label(str(column), lang))


def write_comparison(table: pd.DataFrame, loads: pd.DataFrame, folder: Path,
                     stem: str = "comparison", lang: Lang = "nl") -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    csv_path = folder / f"{stem}.csv"
    # the csv is meant for a spreadsheet: formula-like text gets a leading apostrophe
    write_text_atomically(csv_path, csv_for_spreadsheets(table).to_csv(index=False))
    md_path = folder / f"{stem}.md"
    write_text_atomically(md_path, presented(table, lang).to_markdown(index=False,
                                                                      floatfmt=".2f") + "\n")
    xlsx_path = folder / f"{stem}.xlsx"

    def workbook(path: Path) -> None:
        with pd.ExcelWriter(path, engine="openpyxl") as writer:
            presented(table, lang).to_excel(writer, sheet_name=text("scenario.sheet", lang),
                                            index=False)
            if not loads.empty:
                presented(loads, lang).to_excel(writer, sheet_name=text("sheet.load", lang),
                                                index=False)
            text_cells_only(writer.book)

    write_atomically(xlsx_path, workbook)
    written += [csv_path, md_path, xlsx_path]
    written += _plots(table, loads, folder, stem, lang)
    return written


def _plots(table: pd.DataFrame, loads: pd.DataFrame, folder: Path, stem: str,
           lang: Lang = "nl") -> list[Path]:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    solved = table[table["status"].isin(["optimal", "feasible"])]
    if solved.empty:
        return []
    paths = []
    clusters = [c for c in solved.columns if c.startswith("coverage_") and c.endswith("_pct")]
    by_variant = solved.set_index("variant")
    by_variant.index.name = text("scenario.col.variant", lang)
    known = {cluster.value for cluster in Cluster}

    def cluster_words(column: str) -> str:
        name = column.removeprefix("coverage_").removesuffix("_pct")
        return text(f"cluster.{name}", lang) if name in known else name

    sources = ["hours_ict", "hours_bpt", "hours_other"]
    for frame, ylabel, title, stacked, name in (
            (by_variant[clusters].rename(columns=cluster_words),
             text("scenario.plot.coverage_axis", lang), text("scenario.plot.coverage", lang),
             False, "coverage"),
            (by_variant[sources].rename(
                columns=lambda c: text(f"funding.{c.removeprefix('hours_')}", lang)),
             text("scenario.plot.hours_axis", lang), text("scenario.plot.hours", lang), True,
             "hours")):
        figure, axis = plt.subplots(figsize=(8, 4.5))
        frame.plot.bar(ax=axis, stacked=stacked)
        axis.set_ylabel(ylabel)
        axis.set_title(title)
        axis.legend(fontsize=8, loc="upper left", bbox_to_anchor=(1.0, 1.0))
        plt.setp(axis.get_xticklabels(), rotation=25, ha="right")
        figure.tight_layout()
        paths.append(folder / f"{stem}-{name}.png")
        _save_figure(figure, paths[-1])
        plt.close(figure)

    if not loads.empty:
        figure, axis = plt.subplots(figsize=(8, 4.5))
        variants = list(solved["variant"])
        data = [loads[loads["variant"] == v]["hours"].to_numpy() for v in variants]
        axis.boxplot(data, tick_labels=variants)
        axis.set_ylabel(text("scenario.plot.load_axis", lang))
        axis.set_title(text("scenario.plot.load", lang))
        plt.setp(axis.get_xticklabels(), rotation=30, ha="right")
        figure.tight_layout()
        paths.append(folder / f"{stem}-load.png")
        _save_figure(figure, paths[-1])
        plt.close(figure)
    return paths


def _save_figure(figure, path: Path) -> None:
    write_atomically(path, lambda temporary: figure.savefig(temporary, dpi=110, format="png"))
