"""Result tables: tidy data for programs, readable summaries for people.

- ``points``: one row per point (variant, or sweep cell × repetition): ids, repetition and
  group seed, the axis values, the group's descriptors (``n_*``, ``available_*``), every metric,
  status and error. Column names are stable identifiers (English), for programs.
- ``long``: the same numbers one row per point and metric (``metric``, ``value``).
- ``summary``: few columns in the output language, a mean with its 95 % interval per cell
  and the change against the baseline (stats.py states the method).
"""

from __future__ import annotations

import math

import pandas as pd

from allocator.i18n import Lang, text
from allocator.scenarios.stats import cell_means, paired_differences

FRONT = ["name", "repetition", "group_seed"]
STATUS = ["status", "error", "checked", "repeatable", "seconds"]
SOURCES = ("ict", "bpt", "other")


def tidy_points(points: pd.DataFrame, axes: list[str]) -> pd.DataFrame:
    """The points in a fixed order of rows and columns: ids and axes first, then status, metrics."""
    if points.empty:
        return points
    order = [c for c in ("repetition", "cell") if c in points]
    points = points.sort_values(order, kind="stable") if order else points.copy()
    for column in ("error",):
        if column not in points:
            points[column] = None
    first = [c for c in FRONT + axes + STATUS if c in points]
    described = [c for c in points if str(c).startswith(("n_", "available_")) and c not in first]
    rest = [c for c in points if c not in first and c not in described
            and c not in ("cell", "baseline_cell")]
    return points[first + described + rest].reset_index(drop=True)


def long_metrics(points: pd.DataFrame, axes: list[str]) -> pd.DataFrame:
    """The points' numeric metrics in long form: one row per point and metric."""
    ids = [c for c in FRONT + axes + ["status"] if c in points]
    numeric = [c for c in points.select_dtypes("number").columns
               if c not in ids and c not in ("cell",)]
    return points[ids + numeric].melt(id_vars=ids, value_vars=numeric, var_name="metric",
                                      value_name="value").dropna(subset=["value"])


def _interval(mean: float, low: float, high: float, digits: int = 1) -> str:
    if mean != mean:
        return ""
    if low != low:
        return f"{mean:.{digits}f}"
    return f"{mean:.{digits}f} ({low:.{digits}f} – {high:.{digits}f})"


def _signed(mean: float, low: float, high: float) -> str:
    if mean != mean:
        return ""
    shown = f"{mean:+.1f}"
    return shown if low != low else f"{shown} ({low:+.1f} – {high:+.1f})"


def summary(points: pd.DataFrame, axes: list[str], baseline: dict[str, str],
            lang: Lang = "nl") -> tuple[pd.DataFrame, pd.DataFrame]:
    """(numbers, text): per cell, coverage with intervals and the paired change vs baseline."""
    if points.empty or "core_coverage_pct" not in points:
        return pd.DataFrame(), pd.DataFrame()
    core = cell_means(points, axes, "core_coverage_pct")
    noncore = cell_means(points, axes, "noncore_coverage_pct")
    open_core = cell_means(points, axes, "uncovered_core")
    change = paired_differences(points, axes, "core_coverage_pct", baseline)
    numbers = core[axes + ["n", "runs"]].copy()
    for name, frame in (("core", core), ("noncore", noncore), ("uncovered_core", open_core)):
        numbers[name] = frame["mean"].to_numpy()
        numbers[f"{name}_low"] = frame["low"].to_numpy()
        numbers[f"{name}_high"] = frame["high"].to_numpy()
    merged = numbers.merge(change, on=axes, how="left")
    numbers["core_change"] = merged["difference"].to_numpy()
    numbers["core_change_low"] = merged["low"].to_numpy()
    numbers["core_change_high"] = merged["high"].to_numpy()
    for source in SOURCES:
        for kind in ("hours", "available"):
            column = f"{kind}_{source}"
            if column in points:
                means = cell_means(points, axes, column)["mean"].to_numpy()
                numbers[column] = means
    shown = numbers[axes].copy()
    shown[text("r_solved", lang)] = [f"{n}/{runs}" for n, runs in
                                     zip(numbers["n"], numbers["runs"], strict=True)]
    for name, key in (("core", "r_core"), ("noncore", "r_noncore"),
                      ("uncovered_core", "r_uncovered_core")):
        shown[text(key, lang)] = [_interval(m, lo, hi) for m, lo, hi in zip(
            numbers[name], numbers[f"{name}_low"], numbers[f"{name}_high"], strict=True)]
    is_base = [all(str(row[a]) == str(baseline[a]) for a in axes)
               for _, row in numbers.iterrows()]
    shown[text("r_core_change", lang)] = [
        text("r_baseline", lang) if base else _signed(m, lo, hi) for base, m, lo, hi in zip(
            is_base, numbers["core_change"], numbers["core_change_low"],
            numbers["core_change_high"], strict=True)]
    for source in SOURCES:
        if f"hours_{source}" in numbers and f"available_{source}" in numbers:
            shown[text("r_hours_used", lang, source=text(f"r_{source}", lang))] = [
                f"{_round(u)} / {_round(a)}" for u, a in zip(
                    numbers[f"hours_{source}"], numbers[f"available_{source}"], strict=True)]
    failed = points[~points["status"].isin(["optimal", "feasible"])]
    if not failed.empty and "error" in failed:
        first = failed.groupby(axes, sort=False)["error"].first()
        shown[text("r_error", lang)] = [
            _short(first.get(tuple(row[a] for a in axes) if len(axes) > 1 else row[axes[0]]))
            for _, row in numbers.iterrows()]
    return numbers, shown


def _short(error: object, limit: int = 90) -> str:
    if not isinstance(error, str):
        return ""
    line = error.splitlines()[0] if error else ""
    return line if len(line) <= limit else line[:limit - 1] + "…"


def _round(value: float) -> str:
    return "" if value != value or math.isinf(value) else f"{value:.0f}"
