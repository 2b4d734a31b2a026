"""Plots people would rather see than read: cactus plot and gap over time."""

from __future__ import annotations

from pathlib import Path

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402


def cactus(rows: list[dict], solvers: dict[str, str], path: Path, title: str) -> None:
    """Instances solved to proven optimality (x) within a time (y), one line per solver."""
    figure, axis = plt.subplots(figsize=(7, 4.5))
    for prefix, label in solvers.items():
        status_key = f"{prefix}status" if prefix else "status"
        seconds_key = f"{prefix}seconds" if prefix else "seconds"
        times = sorted(r[seconds_key] for r in rows if r.get(status_key) == "optimal")
        axis.step(range(1, len(times) + 1), times, where="post", label=f"{label} ({len(times)})")
    axis.set_yscale("log")
    axis.set_xlabel("instances proven optimal")
    axis.set_ylabel("seconds (log)")
    axis.set_title(title)
    axis.grid(True, which="both", alpha=0.3)
    axis.legend()
    figure.tight_layout()
    figure.savefig(path, dpi=120)
    plt.close(figure)


def gap_over_time(rows: list[dict], path: Path, title: str) -> None:
    """The engine's relative gap to the known value as its solutions improve."""
    figure, axis = plt.subplots(figsize=(7, 4.5))
    for row in rows:
        known = row.get("known")
        points = [(t, abs(v - known) / abs(known) * 100) for t, v in row.get("progress", [])
                  if known and v is not None]
        if points:
            times, gaps = zip(*points, strict=True)
            axis.step(times, gaps, where="post", label=row["instance"])
    axis.set_xscale("symlog", linthresh=0.1)
    axis.set_yscale("symlog", linthresh=0.1)
    axis.axhline(0.5, color="grey", linestyle=":", linewidth=1)
    axis.set_xlabel("seconds")
    axis.set_ylabel("gap to known value (%, symlog)")
    axis.set_title(title)
    axis.grid(True, alpha=0.3)
    axis.legend(fontsize=7, ncol=2)
    figure.tight_layout()
    figure.savefig(path, dpi=120)
    plt.close(figure)
