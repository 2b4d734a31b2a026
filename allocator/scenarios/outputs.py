"""Scenario and sweep results on disk: tidy data, readable summaries, provenance, plots.

Files (``stem`` is ``comparison`` for a scenario file, ``sweep`` for a sweep):

- ``{stem}.parquet`` / ``{stem}.csv``: one row per point (tables.tidy_points);
- ``{stem}-long.parquet`` / ``.csv``: one row per point and metric;
- ``{stem}-loads.parquet``: one row per point and person (hours, capacity, utilisation);
- ``{stem}-summary.csv`` (numbers) and ``{stem}.md`` (text): per cell or variant, means with
  95 % intervals and the change against the baseline, in the output language;
- ``{stem}.xlsx``: for people, in the output language (present.py): the summary as numbers
  with number formats, the points and the loads with every header and coded cell in words,
  a data dictionary (csv code beside header) and the provenance with each item's meaning;
- ``provenance.json``; plots as PNG, SVG and PDF (plots.py).

Every file carries the provenance: parquet as file metadata (key ``allocator``), csv as a
header block of ``# key: value`` lines (read with ``pandas.read_csv(path, comment="#")``),
markdown as a closing list, the workbook as a sheet. Csv files are opened in spreadsheets,
so text that looks like a formula (= + - @) gets a leading apostrophe there; the parquet
files keep every value as it is (data for programs).
"""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd

from allocator.i18n import Lang, text
from allocator.report.atomic import write_atomically, write_text_atomically
from allocator.report.cell_safety import csv_for_spreadsheets, text_cells_only
from allocator.scenarios.present import (
    column_label,
    is_gap,
    is_hours,
    presented,
    provenance_rows,
)
from allocator.scenarios.stats import METHOD
from allocator.scenarios.tables import long_metrics, summary, summary_sheet, tidy_points

__all__ = ["column_label", "presented", "read_provenance", "write_csv", "write_parquet",
           "write_results"]


def _flat(provenance: dict) -> list[tuple[str, str]]:
    rows = []
    for key, value in provenance.items():
        if isinstance(value, dict):
            rows += [(f"{key}.{k}", str(v)) for k, v in value.items()]
        else:
            rows.append((key, json.dumps(value) if isinstance(value, list) else str(value)))
    return rows


def write_csv(frame: pd.DataFrame, path: Path, provenance: dict) -> None:
    """Csv files get opened in spreadsheets: formula-like text gets a leading apostrophe."""
    header = "".join(f"# {k}: {v}\n" for k, v in _flat(provenance))
    write_text_atomically(path, header + csv_for_spreadsheets(frame).to_csv(index=False))


def write_parquet(frame: pd.DataFrame, path: Path, provenance: dict) -> None:
    """Write ``frame`` to ``path`` as parquet (atomically), with ``provenance`` in its metadata."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    table = pa.Table.from_pandas(frame, preserve_index=False)
    metadata = {**(table.schema.metadata or {}),
                b"allocator": json.dumps(provenance, default=str).encode()}
    write_atomically(path, lambda temporary: pq.write_table(
        table.replace_schema_metadata(metadata), temporary))


def read_provenance(path: Path) -> dict:
    """The provenance stored in one of these parquet files."""
    import pyarrow.parquet as pq

    return json.loads(pq.read_schema(path).metadata[b"allocator"])


def _number_format(code: str, values: pd.Series) -> str | None:
    """Excel's number format for a column of codes ``code`` (None: not a number column)."""
    if not pd.api.types.is_numeric_dtype(values) or pd.api.types.is_bool_dtype(values):
        return None
    if is_gap(code):
        return "0.0%"
    if code.endswith("_eur"):
        return "#,##0.00"
    if is_hours(code):  # half hours are real: 65,5 must not show as 66
        return "0.0"
    present = values.dropna()
    if len(present) and (present == present.round()).all():
        return "0"
    return "0.00" if code == "people_per_task" else "0.0"


def _sheet(table: pd.DataFrame, shown: pd.DataFrame,
           lang: Lang) -> tuple[pd.DataFrame, list[str | None]]:
    """``shown`` (headers in words) with a number format per column of ``table`` (codes)."""
    codes = {column_label(str(code), lang): str(code) for code in table.columns}
    formats = [_number_format(str(codes.get(column, column)), shown[column])
               for column in shown.columns]
    return shown, formats


def _workbook(path: Path, sheets: list[tuple[str, pd.DataFrame, list[str | None]]]) -> None:
    with pd.ExcelWriter(path, engine="openpyxl") as writer:
        for name, frame, formats in sheets:
            frame.to_excel(writer, sheet_name=name[:31], index=False)
            sheet = writer.sheets[name[:31]]
            sheet.freeze_panes = "B2"
            for column, number_format in zip(sheet.columns, formats, strict=False):
                width = max(len(str(c.value or "")) for c in column[:200])
                sheet.column_dimensions[column[0].column_letter].width = min(60, width + 2)
                if number_format is not None:
                    for cell in column[1:]:
                        cell.number_format = number_format
        text_cells_only(writer.book)  # names are data: never a formula in Excel


def data_dictionary(files: dict[str, pd.DataFrame], lang: Lang) -> pd.DataFrame:
    """Each column of the csv and parquet files (codes) beside its header in words."""
    from allocator.scenarios.tables import summary_label

    rows = []
    for file, table in files.items():
        label = summary_label if file.endswith("-summary.csv") else column_label
        rows += [(file, str(code), label(str(code), lang)) for code in table.columns]
    return pd.DataFrame(rows, columns=[text("r_col_file", lang), text("r_col_code", lang),
                                       text("r_col_words", lang)])


def write_results(folder: Path, stem: str, points: pd.DataFrame, loads: pd.DataFrame,
                  axes: list[str], baseline: dict[str, str], provenance: dict,
                  lang: Lang = "nl", plots: bool = True) -> list[Path]:
    """Write a run's results: points and long metrics (parquet, CSV), summary tables and plots.

    Returns
    -------
    list of Path
        Every file written.
    """
    folder.mkdir(parents=True, exist_ok=True)
    provenance = {**provenance, "statistics": METHOD}
    tidy = tidy_points(points, axes)
    long = long_metrics(tidy, axes) if not tidy.empty else tidy
    numbers, shown = summary(tidy, axes, baseline, lang)
    paths = {"points_parquet": folder / f"{stem}.parquet", "points_csv": folder / f"{stem}.csv",
             "long_parquet": folder / f"{stem}-long.parquet",
             "long_csv": folder / f"{stem}-long.csv",
             "loads_parquet": folder / f"{stem}-loads.parquet",
             "summary_csv": folder / f"{stem}-summary.csv", "md": folder / f"{stem}.md",
             "xlsx": folder / f"{stem}.xlsx", "provenance": folder / "provenance.json"}
    write_parquet(tidy, paths["points_parquet"], provenance)
    write_csv(tidy, paths["points_csv"], provenance)
    write_parquet(long, paths["long_parquet"], provenance)
    write_csv(long, paths["long_csv"], provenance)
    write_parquet(loads if not loads.empty else pd.DataFrame({"name": []}), paths["loads_parquet"],
             provenance)
    write_csv(numbers, paths["summary_csv"], provenance)
    method = f"{text('r_method', lang)}: {text('r_method_text', lang)}"
    provenance_lines = "\n".join(
        f"- {meaning} (`{code}`): {value}" if meaning else f"- `{code}`: {value}"
        for code, meaning, value in provenance_rows(provenance, lang).itertuples(index=False))
    markdown = (shown.to_markdown(index=False) if not shown.empty else "") + \
        f"\n\n{method}\n\n{text('r_sheet_provenance', lang)}:\n\n{provenance_lines}\n"
    write_text_atomically(paths["md"], markdown)
    loads_shown = presented(loads, lang, "variant" if axes == ["variant"] else "name")
    dictionary = data_dictionary({paths["points_csv"].name: tidy, paths["long_csv"].name: long,
                                  paths["loads_parquet"].name: loads,
                                  paths["summary_csv"].name: numbers}, lang)
    sheets: list[tuple[str, pd.DataFrame, list[str | None]]] = [
        (text("r_sheet_summary", lang),
         *_sheet(numbers, summary_sheet(numbers, axes, baseline, lang), lang)),
        (text("scenario.sheet", lang), *_sheet(tidy, presented(tidy, lang), lang)),
        (text("r_sheet_loads", lang), *_sheet(loads, loads_shown, lang)),
        (text("r_sheet_columns", lang), dictionary, [None] * 3),
        (text("r_sheet_provenance", lang), provenance_rows(provenance, lang), [None] * 3)]
    write_atomically(paths["xlsx"], lambda path: _workbook(path, sheets))
    write_text_atomically(paths["provenance"],
                          json.dumps(provenance, indent=2, default=str) + "\n")
    written = list(paths.values())
    if plots and not tidy.empty:
        from allocator.scenarios.plots import draw_plots

        written += draw_plots(folder, stem, tidy, loads, axes, baseline, lang)
    return written
