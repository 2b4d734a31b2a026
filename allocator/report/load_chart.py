"""The load chart as a PNG: one bar per person, hours per funding source and the unused rest."""

from __future__ import annotations

import io
from typing import Any

from allocator.i18n import Lang, text
from models import FUNDING_SOURCES

COLOURS = {"ict": "#2E75B6", "bpt": "#ED7D31", "other": "#70AD47", "unused": "#D9D9D9"}


def load_chart_png(load: list[dict[str, Any]], lang: Lang = "nl", title: str | None = None
                   ) -> bytes:
    """A horizontal stacked bar chart of ``load`` (the summary's ``load`` rows) as PNG bytes."""
    import matplotlib

    matplotlib.use("Agg")  # no display needed; safe in worker threads and on servers
    from matplotlib.figure import Figure

    names = [row["name"] for row in load]
    figure = Figure(figsize=(8, max(2.5, 0.32 * len(names) + 1.4)), dpi=110)
    axes = figure.subplots()
    left = [0.0] * len(load)
    positions = list(range(len(load)))
    for source in FUNDING_SOURCES:
        values = [row["used"][source.value] for row in load]
        axes.barh(positions, values, left=left, color=COLOURS[source.value],
                  label=text(f"funding.{source.value}", lang))
        left = [a + b for a, b in zip(left, values, strict=True)]
    unused = [max(0.0, row["available_total"] - row["used_total"]) for row in load]
    axes.barh(positions, unused, left=left, color=COLOURS["unused"],
              label=text("col.unused", lang))
    axes.set_yticks(positions, names)
    axes.invert_yaxis()  # first person on top, as in the tables
    axes.set_xlabel(text("chart.hours", lang))
    axes.set_title(title or text("chart.load_title", lang))
    axes.legend(loc="upper center", bbox_to_anchor=(0.5, -0.08), ncol=4, frameon=False,
                fontsize="small")
    axes.grid(axis="x", alpha=0.3)
    figure.tight_layout()
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png", bbox_inches="tight")  # keeps the legend
    return buffer.getvalue()
