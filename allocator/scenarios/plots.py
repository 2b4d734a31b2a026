"""Plots for a paper: values on the bars, a baseline line, intervals; PNG, SVG and PDF.

Sizes and fonts are set for a printed page (6.5 × 3.8 inch, 9 pt); labels follow the output
language. Which plots: coverage of core and other work, hours used against hours available
per funding source and utilisation per person by role (for up to ``MAX_BARS`` cells); for a
sweep with repetitions, the mean core coverage over its first numeric axis with 95 % bands,
and a one-at-a-time (tornado) chart of each factor's paired effect.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pandas as pd

from allocator.i18n import Lang, text
from allocator.report.atomic import write_atomically
from allocator.scenarios.present import (
    axis_value,
    column_label,
    number,
    role_text,
    short_failure,
)
from allocator.scenarios.stats import cell_means, one_at_a_time, solved

if TYPE_CHECKING:  # matplotlib is imported when a plot is drawn, not with this module
    from types import ModuleType

    from matplotlib.axes import Axes
    from matplotlib.axis import Axis
    from matplotlib.figure import Figure
    from matplotlib.typing import RcKeyType

FORMATS = ("png", "svg", "pdf")
MAX_BARS = 12
STYLE: dict[RcKeyType, Any] = {"font.size": 9, "axes.titlesize": 10, "axes.labelsize": 9, "legend.fontsize": 8,
         "xtick.labelsize": 8, "ytick.labelsize": 8, "savefig.dpi": 200,
         "axes.spines.top": False, "axes.spines.right": False, "svg.fonttype": "none"}


def _save(figure: Figure, folder: Path, name: str) -> list[Path]:
    paths = []
    for extension in FORMATS:
        path = folder / f"{name}.{extension}"
        write_atomically(path, partial(figure.savefig, format=extension, bbox_inches="tight"))
        paths.append(path)
    return paths


def _cell_label(row: pd.Series, axes: list[str], lang: Lang) -> str:
    if len(axes) == 1:
        return axis_value(axes[0], row[axes[0]], lang)
    return ", ".join(f"{column_label(a, lang)} = {axis_value(a, row[a], lang)}" for a in axes)


def _decimal_comma(axis: Axis, lang: Lang) -> None:
    """Tick labels of a value axis with the output language's decimal mark."""
    if lang != "nl":
        return
    from matplotlib.ticker import FuncFormatter

    axis.set_major_formatter(FuncFormatter(lambda value, _: f"{value:g}".replace(".", ",")))


def _failed_cells(points: pd.DataFrame, axes: list[str], lang: Lang) -> list[str]:
    """'label (reason)' for each cell without a solved point (drawn as 'failed' or noted)."""
    cells = cell_means(points, axes, "core_coverage_pct")
    failed = []
    for _, row in cells[cells["n"] == 0].iterrows():
        mask = (points[axes].astype(str) == row[axes].astype(str)).all(axis=1)
        reason = short_failure(points[mask]["error"].dropna().iloc[0], lang, limit=70) \
            if "error" in points and points[mask]["error"].notna().any() else ""
        label = _cell_label(row, axes, lang)
        failed.append(f"{label} ({reason})" if reason else label)
    return failed


def _note(figure: Figure, axis: Axes, lines: list[str]) -> None:
    """Write a note under the plot and its tick labels (which cells failed)."""
    if not lines:
        return
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    canvas = figure.canvas
    assert isinstance(canvas, FigureCanvasAgg)  # draw_plots draws with Agg
    canvas.draw()  # the tick labels' extent is known once drawn
    tight = axis.get_tightbbox(canvas.get_renderer())
    if tight is None:  # an axis that draws nothing has no extent to write under
        return
    box = tight.transformed(figure.transFigure.inverted())
    figure.text(box.x0, box.y0 - 0.02, "\n".join(lines), ha="left", va="top", fontsize=7,
                color="#a33")


def _mark_failed(axis: Axes, x: Iterable[float], values: Iterable[float], lang: Lang) -> None:
    """Write 'failed' where a cell without a solved point would have its bars."""
    for position, value in zip(x, values, strict=True):
        if value != value:
            axis.text(position, 2, text("r_plot_failed", lang), rotation=90, ha="center",
                      va="bottom", fontsize=8, color="#a33")


def _varying(points: pd.DataFrame, axes: list[str]) -> list[str]:
    """The axes that take more than one value here (labels need not repeat the others)."""
    return [a for a in axes if points[a].nunique() > 1] or axes[:1]


def draw_plots(folder: Path, stem: str, points: pd.DataFrame, loads: pd.DataFrame,
               axes: list[str], baseline: dict[str, str], lang: Lang) -> list[Path]:
    """Draw the run's plots into ``folder`` (PNG, SVG, PDF); returns the files written."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    paths: list[Path] = []
    with plt.rc_context(STYLE):
        if solved(points).empty:
            return paths
        # a cell without a solved point keeps its place in the bar plots, marked 'failed',
        # and is named under every plot with its reason
        failed = _failed_cells(points, axes, lang)
        notes = [text("r_plot_failed_note", lang, cells="; ".join(failed))] if failed else []
        cells = cell_means(points, axes, "core_coverage_pct")
        if len(cells) <= MAX_BARS:
            paths += _coverage(plt, folder, stem, points, axes, baseline, lang, notes)
            paths += _hours(plt, folder, stem, points, axes, lang, notes)
            if not loads.empty and "utilisation_pct" in loads:
                paths += _utilisation(plt, folder, stem, points, loads, axes, lang, notes)
        if points["repetition"].nunique() > 1 or len(cells) > MAX_BARS or len(axes) > 1:
            bad = int((~points["status"].isin(("optimal", "feasible"))).sum())
            counted = [text("r_plot_failed_points", lang, count=bad, total=len(points))] \
                if bad else []
            paths += _sweep(plt, folder, stem, points, axes, baseline, lang, counted)
            paths += _tornado(plt, folder, stem, points, axes, baseline, lang, counted)
    return paths


def _coverage(plt: ModuleType, folder: Path, stem: str, points: pd.DataFrame, axes: list[str],
              baseline: dict[str, str], lang: Lang, notes: list[str]) -> list[Path]:
    import numpy as np

    core = cell_means(points, axes, "core_coverage_pct")
    other = cell_means(points, axes, "noncore_coverage_pct")
    shown = _varying(points, axes)
    labels = [_cell_label(row, shown, lang) for _, row in core.iterrows()]
    x = np.arange(len(labels))
    figure, axis = plt.subplots(figsize=(6.5, 3.8))
    for offset, frame, key, colour in ((-0.2, core, "r_core_short", "#1f5f8b"),
                                       (0.2, other, "r_noncore_short", "#9ecae1")):
        errors = None
        if frame["low"].notna().any():
            errors = [frame["mean"] - frame["low"], frame["high"] - frame["mean"]]
        bars = axis.bar(x + offset, frame["mean"], 0.4, yerr=errors, capsize=2,
                        label=text(key, lang), color=colour)
        axis.bar_label(bars, labels=["" if v != v else f"{v:.0f}" for v in frame["mean"]],
                       fontsize=7, padding=1)
    _mark_failed(axis, x, core["mean"], lang)
    is_base = [all(str(row[a]) == str(baseline[a]) for a in axes) for _, row in core.iterrows()]
    level = float(core["mean"][is_base].iloc[0]) if any(is_base) else math.nan
    if level == level:  # a failed baseline has no line
        axis.axhline(level, color="#444444", linestyle="--", linewidth=0.8,
                     label=f"{text('r_baseline', lang)} ({text('r_core_short', lang)})")
    axis.set_xticks(x, labels, rotation=20 if len(labels) > 3 else 0, ha="right"
                    if len(labels) > 3 else "center")
    interval = core["low"].notna().any()
    axis.set_ylabel(text("r_plot_coverage_y", lang)
                    + (f"\n{text('r_ci_note', lang)}" if interval else ""))
    axis.set_ylim(0, 110)
    _decimal_comma(axis.yaxis, lang)
    axis.set_title(text("r_plot_coverage", lang))
    axis.legend(loc="upper left", bbox_to_anchor=(1.0, 1.0), frameon=False)
    _note(figure, axis, notes)
    paths = _save(figure, folder, f"{stem}-coverage")
    plt.close(figure)
    return paths


def _hours(plt: ModuleType, folder: Path, stem: str, points: pd.DataFrame, axes: list[str],
           lang: Lang, notes: list[str]) -> list[Path]:
    import numpy as np

    sources = [s for s in ("ict", "bpt", "other") if f"hours_{s}" in points]
    if not sources or not all(f"available_{s}" in points for s in sources):
        return []
    used = {s: cell_means(points, axes, f"hours_{s}") for s in sources}
    available = {s: cell_means(points, axes, f"available_{s}") for s in sources}
    first = used[sources[0]]
    shown = _varying(points, axes)
    labels = [_cell_label(row, shown, lang) for _, row in first.iterrows()]
    figure, axis = plt.subplots(figsize=(6.5, 3.8))
    width = 0.8 / len(sources)
    colours = {"ict": "#1f5f8b", "bpt": "#e6842a", "other": "#5a9e4b"}
    x = np.arange(len(labels))
    for k, source in enumerate(sources):
        position = x - 0.4 + width * (k + 0.5)
        axis.bar(position, available[source]["mean"], width, color="none",
                 edgecolor=colours[source], linewidth=0.8, hatch="///")
        bars = axis.bar(position, used[source]["mean"], width * 0.6, color=colours[source],
                        label=text(f"r_{source}", lang))
        axis.bar_label(bars, labels=[  # hours with one decimal: 65,5 is not 66
            "" if u != u else f"{number(u, lang)}/{number(a, lang)}" for u, a in zip(
            used[source]["mean"], available[source]["mean"], strict=True)], fontsize=6,
            padding=1)
    _mark_failed(axis, x, used[sources[0]]["mean"], lang)
    from matplotlib.patches import Patch

    handles = [Patch(color=colours[s], label=f"{text(f'r_{s}', lang)}, {text('r_used', lang)}")
               for s in sources]
    handles.append(Patch(facecolor="none", edgecolor="#444444", hatch="///",
                         label=text("r_available", lang)))
    axis.set_xticks(x, labels, rotation=20 if len(labels) > 3 else 0,
                    ha="right" if len(labels) > 3 else "center")
    axis.set_ylabel(text("r_plot_hours_y", lang))
    _decimal_comma(axis.yaxis, lang)
    axis.set_title(text("r_plot_hours", lang))
    axis.legend(handles=handles, loc="upper left", bbox_to_anchor=(1.0, 1.0), frameon=False)
    _note(figure, axis, notes)
    paths = _save(figure, folder, f"{stem}-hours")
    plt.close(figure)
    return paths


def _utilisation(plt: ModuleType, folder: Path, stem: str, points: pd.DataFrame,
                 loads: pd.DataFrame, axes: list[str], lang: Lang,
                 notes: list[str]) -> list[Path]:
    import numpy as np

    order = [c for c in ("repetition", "cell") if c in points]
    points = points.sort_values(order) if order else points
    shown = _varying(points, axes)
    frame = loads.merge(points[["name", *axes]], on="name")
    frame = frame[frame["utilisation_pct"].notna()]
    if frame.empty:
        return []
    frame = frame.assign(role=[str(role_text(role, lang)) if isinstance(role, str) else "?"
                               for role in frame["role"]],
                         cell=[_cell_label(row, shown, lang) for _, row in frame.iterrows()])
    roles = sorted(frame["role"].unique())
    cell_order = [_cell_label(row, shown, lang) for _, row in points.iterrows()]
    cells = [c for c in dict.fromkeys(cell_order) if c in set(frame["cell"])][:6]
    figure, axis = plt.subplots(figsize=(6.5, 3.8))
    width = 0.8 / len(cells)
    colours = plt.get_cmap("tab10")
    for k, cell in enumerate(cells):
        part = frame[frame["cell"] == cell]
        data = [part[part["role"] == role]["utilisation_pct"].to_numpy() for role in roles]
        positions = [r - 0.4 + width * (k + 0.5) for r in range(len(roles))]
        kept = [(p, d) for p, d in zip(positions, data, strict=True) if len(d)]
        if not kept:
            continue
        boxes = axis.boxplot([d for _, d in kept], positions=[p for p, _ in kept],
                             widths=width * 0.8, patch_artist=True, manage_ticks=False,
                             showfliers=False,  # the dots show every person
                             medianprops={"color": "black", "linewidth": 1})
        for box in boxes["boxes"]:
            box.set_facecolor(colours(k))
            box.set_alpha(0.7)
        jitter = np.random.default_rng(k)  # every person as a dot: a box of equal values is a line
        for position, values in kept:
            axis.scatter(position + jitter.uniform(-width * 0.3, width * 0.3, len(values)),
                         values, s=4, color=colours(k), alpha=0.8, linewidths=0, zorder=3)
        axis.plot([], [], color=colours(k), linewidth=6, alpha=0.7, label=cell)
    axis.set_xticks(range(len(roles)), roles, rotation=25, ha="right")
    axis.set_ylabel(text("r_plot_load_y", lang))
    _decimal_comma(axis.yaxis, lang)
    axis.set_title(text("r_plot_load", lang))
    axis.legend(loc="upper left", bbox_to_anchor=(1.0, 1.0), frameon=False)
    _note(figure, axis, notes)
    paths = _save(figure, folder, f"{stem}-utilisation")
    plt.close(figure)
    return paths


def _numeric(values: Iterable[Any]) -> bool:
    try:
        [float(v) for v in values]
        return True
    except (TypeError, ValueError):
        return False


def _sweep(plt: ModuleType, folder: Path, stem: str, points: pd.DataFrame, axes: list[str],
           baseline: dict[str, str], lang: Lang, notes: list[str]) -> list[Path]:
    """Mean core coverage over the first numeric axis, a line (with band) per other cell.

    Only axes that take more than one value count: a line per value of an axis with one
    value would be one point, and its name in every legend entry says nothing.
    """
    varying = _varying(points, axes)
    x_axis = next((a for a in varying if _numeric(points[a].unique())), varying[0])
    others = [a for a in varying if a != x_axis]
    cells = cell_means(points, axes, "core_coverage_pct")
    figure, axis = plt.subplots(figsize=(6.5, 3.8))
    groups = cells.groupby(others, sort=False) if others else [((), cells)]
    for labels, part in groups:
        labels = labels if isinstance(labels, tuple) else (labels,)
        if _numeric(part[x_axis]):
            part = part.assign(x=part[x_axis].astype(float)).sort_values("x")
        else:
            part = part.assign(x=range(len(part)))
        name = ", ".join(f"{column_label(a, lang)} = {axis_value(a, v, lang)}"
                         for a, v in zip(others, labels, strict=True)) or None
        line = axis.plot(part["x"], part["mean"], marker="o", markersize=3, label=name)[0]
        if part["low"].notna().any():
            axis.fill_between(part["x"], part["low"], part["high"], alpha=0.2,
                              color=line.get_color(), linewidth=0)
    if _numeric(cells[x_axis]):
        ticks = sorted({float(v) for v in cells[x_axis]})
        axis.set_xticks(ticks, [axis_value(x_axis, t, lang) for t in ticks])
    else:
        axis.set_xticks(range(cells[x_axis].nunique()),
                        [axis_value(x_axis, v, lang) for v in dict.fromkeys(cells[x_axis])])
    axis.set_xlabel(column_label(x_axis, lang))
    axis.set_ylabel(text("r_plot_sweep_y", lang))
    axis.set_ylim(0, 105)  # coverage is a share: an interval past 0 or 100 % says no more
    _decimal_comma(axis.yaxis, lang)
    axis.set_title(text("r_plot_sweep", lang, axis=column_label(x_axis, lang)))
    _note(figure, axis, notes)
    if others:
        axis.legend(loc="upper left", bbox_to_anchor=(1.0, 1.0), frameon=False, fontsize=7)
    paths = _save(figure, folder, f"{stem}-core-{_slug(x_axis)}")
    plt.close(figure)
    return paths


def _tornado(plt: ModuleType, folder: Path, stem: str, points: pd.DataFrame, axes: list[str],
             baseline: dict[str, str], lang: Lang, notes: list[str]) -> list[Path]:
    effects = one_at_a_time(points, axes, "core_coverage_pct", baseline)
    effects = effects[effects["difference"].notna()]
    if effects.empty:
        return []
    effects = effects.assign(size=effects["difference"].abs()).sort_values("size")
    labels = [f"{column_label(row['axis'], lang)} = {axis_value(row['axis'], row['value'], lang)}"
              for _, row in effects.iterrows()]
    figure, axis = plt.subplots(figsize=(6.5, max(2.0, 0.35 * len(labels) + 1)))
    errors = None
    if effects["low"].notna().any():
        errors = [effects["difference"] - effects["low"], effects["high"] -
                  effects["difference"]]
    colours = ["#1f5f8b" if d >= 0 else "#c0392b" for d in effects["difference"]]
    bars = axis.barh(range(len(labels)), effects["difference"], xerr=errors, capsize=2,
                     color=colours)
    axis.bar_label(bars, labels=[number(d, lang, signed=True) for d in effects["difference"]],
                   fontsize=7, padding=3)
    axis.axvline(0, color="#444444", linewidth=0.8)
    axis.set_yticks(range(len(labels)), labels)
    axis.set_xlabel(text("r_plot_tornado_x", lang))
    _decimal_comma(axis.xaxis, lang)
    axis.set_title(text("r_plot_tornado", lang))
    _note(figure, axis, notes)
    paths = _save(figure, folder, f"{stem}-tornado")
    plt.close(figure)
    return paths


def _slug(name: str) -> str:
    return "".join(c if c.isalnum() else "-" for c in name).strip("-").lower() or "axis"
