"""The comparison as xlsx, csv and markdown, and plots: coverage per cluster, hours, loads."""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from allocator.report.atomic import write_atomically, write_text_atomically
from allocator.report.cell_safety import csv_for_spreadsheets, text_cells_only


def write_comparison(table: pd.DataFrame, loads: pd.DataFrame, folder: Path,
                     stem: str = "comparison") -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    csv_path = folder / f"{stem}.csv"
    # the csv is meant for a spreadsheet: formula-like text gets a leading apostrophe
    write_text_atomically(csv_path, csv_for_spreadsheets(table).to_csv(index=False))
    md_path = folder / f"{stem}.md"
    write_text_atomically(md_path, table.to_markdown(index=False, floatfmt=".2f") + "\n")
    xlsx_path = folder / f"{stem}.xlsx"

    def workbook(path: Path) -> None:
        with pd.ExcelWriter(path, engine="openpyxl") as writer:
            table.to_excel(writer, sheet_name="Vergelijking", index=False)
            if not loads.empty:
                loads.to_excel(writer, sheet_name="Belasting", index=False)
            text_cells_only(writer.book)

    write_atomically(xlsx_path, workbook)
    written += [csv_path, md_path, xlsx_path]
    written += _plots(table, loads, folder, stem)
    return written


def _plots(table: pd.DataFrame, loads: pd.DataFrame, folder: Path, stem: str) -> list[Path]:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    solved = table[table["status"].isin(["optimal", "feasible"])]
    if solved.empty:
        return []
    paths = []
    clusters = [c for c in solved.columns if c.startswith("coverage_") and c.endswith("_pct")]
    by_variant = solved.set_index("variant")
    for frame, ylabel, title, stacked, name in (
            (by_variant[clusters].rename(
                columns=lambda c: c.removeprefix("coverage_").removesuffix("_pct")),
             "% of task instances covered", "Coverage per cluster", False, "coverage"),
            (by_variant[["hours_ict", "hours_bpt", "hours_other"]], "hours per week used",
             "Hours per funding source", True, "hours")):
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
        axis.set_ylabel("hours per week per person")
        axis.set_title("Load per person")
        plt.setp(axis.get_xticklabels(), rotation=30, ha="right")
        figure.tight_layout()
        paths.append(folder / f"{stem}-load.png")
        _save_figure(figure, paths[-1])
        plt.close(figure)
    return paths


def _save_figure(figure, path: Path) -> None:
    write_atomically(path, lambda temporary: figure.savefig(temporary, dpi=110, format="png"))
