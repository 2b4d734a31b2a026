"""Statistics over repetitions: means with intervals, paired differences, one-at-a-time effects.

Method (stated in every summary as ``METHOD``): a cell's repetitions are independent draws of
a group (seeds ``10000 × seed + r``); its mean gets a two-sided 95 % Student t-interval,
mean ± t(0.975, n-1) · s / √n. A difference against the baseline is paired: repetition r of
a cell and repetition r of the baseline cell start from the same group, so the interval is
the t-interval of the n within-repetition differences (a paired t-interval). With one
repetition there is no interval (shown empty). Failed points drop out of a cell, and their
pairs drop out of a difference.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from typing import Any

import numpy as np
import pandas as pd
from scipy import stats

LEVEL = 0.95
METHOD = ("two-sided 95 % Student t-interval over repetitions; differences against the "
          "baseline are paired within a repetition (paired t-interval)")


def mean_ci(values: Iterable[Any]) -> tuple[float, float, float, int]:
    """(mean, low, high, n); low and high are NaN with fewer than two values."""
    data = np.asarray([v for v in values if v is not None and not _nan(v)], dtype=float)
    n = len(data)
    if n == 0:
        return math.nan, math.nan, math.nan, 0
    mean = float(data.mean())
    if n < 2:
        return mean, math.nan, math.nan, n
    half = float(stats.t.ppf(0.5 + LEVEL / 2, n - 1) * data.std(ddof=1) / math.sqrt(n))
    return mean, mean - half, mean + half, n


def _nan(value: object) -> bool:
    return isinstance(value, float) and math.isnan(value)


def solved(points: pd.DataFrame) -> pd.DataFrame:
    """The points whose plan was found (optimal or feasible)."""
    return points[points["status"].isin(["optimal", "feasible"])]


def cell_means(points: pd.DataFrame, axes: list[str], metric: str) -> pd.DataFrame:
    """Per cell (a combination of axis values): n, mean, low, high of ``metric``."""
    rows = []
    for labels, part in points.groupby(axes, sort=False) if axes else [((), points)]:
        labels = labels if isinstance(labels, tuple) else (labels,)
        mean, low, high, n = mean_ci(solved(part)[metric])
        rows.append({**dict(zip(axes, labels, strict=True)), "n": n, "runs": len(part),
                     "mean": mean, "low": low, "high": high})
    return pd.DataFrame(rows)


def paired_differences(points: pd.DataFrame, axes: list[str], metric: str,
                       baseline: dict[str, str]) -> pd.DataFrame:
    """Per cell: the mean of (cell − baseline cell) over repetitions both solved, with CI."""
    ok = solved(points)
    mask = np.logical_and.reduce([ok[a].astype(str) == str(baseline[a]) for a in axes])
    reference = ok[mask].set_index("repetition")[metric]
    rows = []
    for labels, part in ok.groupby(axes, sort=False):
        labels = labels if isinstance(labels, tuple) else (labels,)
        own = part.set_index("repetition")[metric]
        common = own.index.intersection(reference.index)
        mean, low, high, n = mean_ci((own[common] - reference[common]).tolist())
        rows.append({**dict(zip(axes, labels, strict=True)), "pairs": n, "difference": mean,
                     "low": low, "high": high})
    return pd.DataFrame(rows)


def one_at_a_time(points: pd.DataFrame, axes: list[str], metric: str,
                  baseline: dict[str, str]) -> pd.DataFrame:
    """For each axis value, the others at baseline: the paired effect (a tornado's bars)."""
    differences = paired_differences(points, axes, metric, baseline)
    rows = []
    for axis in axes:
        others = [a for a in axes if a != axis]
        mask = np.logical_and.reduce(
            [differences[a].astype(str) == str(baseline[a]) for a in others]) if others else \
            np.ones(len(differences), dtype=bool)
        for _, row in differences[mask].iterrows():
            if str(row[axis]) == str(baseline[axis]):
                continue
            rows.append({"axis": axis, "value": row[axis], "difference": row["difference"],
                         "low": row["low"], "high": row["high"], "pairs": row["pairs"]})
    return pd.DataFrame(rows, columns=["axis", "value", "difference", "low", "high", "pairs"])
