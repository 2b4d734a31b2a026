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
from allocator.scenarios.present import (
    SOLVED,
    as_numbers,
    axis_value,
    cells_in_words,
    column_label,
    failure_text,
    number,
    short_failure,
)
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


def _interval(mean: float, low: float, high: float, lang: Lang, digits: int = 1) -> str:
    if mean != mean:
        return ""
    if low != low:
        return number(mean, lang, digits)
    return (f"{number(mean, lang, digits)} ({number(low, lang, digits)} – "
            f"{number(high, lang, digits)})")


def _count(mean: float, low: float, high: float, lang: Lang) -> str:
    """A count (open core tasks): whole when every figure is (one run), else a mean of counts."""
    whole = all(v != v or float(v).is_integer() for v in (mean, low, high))
    return _interval(mean, low, high, lang, 0 if whole else 1)


def _signed(mean: float, low: float, high: float, lang: Lang) -> str:
    if mean != mean:
        return ""
    shown = number(mean, lang, signed=True)
    return shown if low != low else (f"{shown} ({number(low, lang, signed=True)} – "
                                     f"{number(high, lang, signed=True)})")


def _is_base(numbers: pd.DataFrame, axes: list[str], baseline: dict[str, str]) -> list[bool]:
    return [all(str(row[a]) == str(baseline[a]) for a in axes) for _, row in numbers.iterrows()]


def summary(points: pd.DataFrame, axes: list[str], baseline: dict[str, str],
            lang: Lang = "nl") -> tuple[pd.DataFrame, pd.DataFrame]:
    """(numbers, text): per cell, coverage with intervals and the paired change vs baseline.

    ``numbers`` keeps codes as headers and a cell's first failure in English (``error``, for
    programs); ``text`` is the markdown's table in ``lang`` (intervals written out, a failed
    cell as 'mislukt: <reason>').
    """
    if points.empty or "core_coverage_pct" not in points:
        if points.empty or "status" not in points:
            return pd.DataFrame(), pd.DataFrame()
        points = points.assign(core_coverage_pct=math.nan, noncore_coverage_pct=math.nan,
                               uncovered_core=math.nan)  # every point failed
    core = cell_means(points, axes, "core_coverage_pct")
    noncore = cell_means(points, axes, "noncore_coverage_pct")
    open_core = cell_means(points, axes, "uncovered_core")
    change = paired_differences(points, axes, "core_coverage_pct", baseline)
    numbers = core[axes + ["n", "runs"]].copy()
    for name, frame in (("core", core), ("noncore", noncore), ("uncovered_core", open_core)):
        numbers[name] = frame["mean"].to_numpy()
        numbers[f"{name}_low"] = frame["low"].to_numpy()
        numbers[f"{name}_high"] = frame["high"].to_numpy()
    merged = numbers.merge(change, on=axes, how="left") if not change.empty else \
        numbers.assign(difference=math.nan, low=math.nan, high=math.nan)
    numbers["core_change"] = merged["difference"].to_numpy()
    numbers["core_change_low"] = merged["low"].to_numpy()
    numbers["core_change_high"] = merged["high"].to_numpy()
    for source in SOURCES:
        for kind in ("hours", "available"):
            column = f"{kind}_{source}"
            if column in points:
                numbers[column] = cell_means(points, axes, column)["mean"].to_numpy()
    numbers["error"] = _first_failures(points, numbers, axes)
    shown = pd.DataFrame({column_label(axis, lang): [axis_value(axis, value, lang)
                                                     for value in numbers[axis]]
                          for axis in axes})
    shown[text("r_solved", lang)] = [f"{n}/{runs}" for n, runs in
                                     zip(numbers["n"], numbers["runs"], strict=True)]
    for name, key in (("core", "r_core"), ("noncore", "r_noncore"),
                      ("uncovered_core", "r_uncovered_core")):
        shown_as = _count if name == "uncovered_core" else _interval  # a count: no ',0'
        shown[text(key, lang)] = [shown_as(m, lo, hi, lang) for m, lo, hi in zip(
            numbers[name], numbers[f"{name}_low"], numbers[f"{name}_high"], strict=True)]
    is_base = _is_base(numbers, axes, baseline)
    shown[text("r_core_change", lang)] = [
        text("r_baseline", lang) if base else _signed(m, lo, hi, lang) for base, m, lo, hi in zip(
            is_base, numbers["core_change"], numbers["core_change_low"],
            numbers["core_change_high"], strict=True)]
    for source in SOURCES:
        if f"hours_{source}" in numbers and f"available_{source}" in numbers:
            shown[text("r_hours_used", lang, source=text(f"r_{source}", lang))] = [
                f"{number(u, lang)} / {number(a, lang)}" if u == u else "" for u, a in zip(
                    numbers[f"hours_{source}"], numbers[f"available_{source}"], strict=True)]
    if numbers["error"].notna().any():
        shown[text("r_error", lang)] = [
            text("r_failed_cell", lang, reason=short_failure(error, lang, limit=160))
            if isinstance(error, str) else "" for error in numbers["error"]]
    return numbers, shown


def _first_failures(points: pd.DataFrame, numbers: pd.DataFrame, axes: list[str]) -> list:
    """Per cell, the first failed point's reason (None when none failed)."""
    failed = points[~points["status"].isin(SOLVED)]
    if failed.empty:
        return [None] * len(numbers)
    reasons = failed.assign(error=[
        e if isinstance(e, str) and e else f"no result (status {s})"
        for e, s in zip(failed.get("error", [None] * len(failed)), failed["status"],
                        strict=True)])
    first = reasons.groupby(axes, sort=False)["error"].first()
    return [first.get(tuple(row[a] for a in axes) if len(axes) > 1 else row[axes[0]])
            for _, row in numbers.iterrows()]


_INTERVALS = ("core", "noncore", "uncovered_core", "core_change")
_INTERVAL_WORDS = dict(zip(_INTERVALS, ("r_core", "r_noncore", "r_uncovered_core",
                                        "r_core_change"), strict=True))


def summary_label(code: str, lang: Lang = "nl") -> str:
    """A column of the numbers (``{stem}-summary.csv``) in words: its data dictionary."""
    fixed = {"n": "r_col_solved", "runs": "r_col_runs", "error": "r_error"}
    if code in fixed:
        return text(fixed[code], lang)
    for name, key in _INTERVAL_WORDS.items():
        if code == name:
            return text(key, lang)
        for end, bound in (("_low", "r_col_low"), ("_high", "r_col_high")):
            if code == name + end:
                return text(bound, lang, what=text(key, lang))
    return column_label(code, lang)


def summary_sheet(numbers: pd.DataFrame, axes: list[str], baseline: dict[str, str],
                  lang: Lang = "nl") -> pd.DataFrame:
    """The summary for a workbook: numbers as numbers, headers in ``lang``.

    Intervals are columns of their own (left out when no cell has one: a scenario file has
    one repetition); the baseline is marked in a yes/no column, its change is 0.
    """
    if numbers.empty:
        return numbers
    sheet = as_numbers(cells_in_words(numbers[axes], lang)).rename(
        columns=lambda axis: column_label(str(axis), lang))
    sheet[text("r_col_baseline", lang)] = [text("word.yes" if base else "word.no", lang)
                                           for base in _is_base(numbers, axes, baseline)]
    sheet[text("r_col_solved", lang)] = numbers["n"].to_numpy()
    sheet[text("r_col_runs", lang)] = numbers["runs"].to_numpy()
    for name, key in _INTERVAL_WORDS.items():
        what = text(key, lang)
        sheet[what] = numbers[name].to_numpy()
        if numbers[f"{name}_low"].notna().any():
            sheet[text("r_col_low", lang, what=what)] = numbers[f"{name}_low"].to_numpy()
            sheet[text("r_col_high", lang, what=what)] = numbers[f"{name}_high"].to_numpy()
    for source in SOURCES:
        for kind in ("hours", "available"):
            if f"{kind}_{source}" in numbers:
                sheet[column_label(f"{kind}_{source}", lang)] = \
                    numbers[f"{kind}_{source}"].to_numpy()
    if numbers["error"].notna().any():  # a cell holds the whole reason, every line of it
        sheet[text("r_error", lang)] = [
            text("r_failed_cell", lang, reason="; ".join(failure_text(error, lang).splitlines()))
            if isinstance(error, str) else None for error in numbers["error"]]
    return sheet
