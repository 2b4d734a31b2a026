"""The load chart as a PNG: one bar per person, hours per funding source and the unused rest."""

from __future__ import annotations

import io
from typing import TYPE_CHECKING, Any

from allocator.i18n import Lang, text
from models import FUNDING_SOURCES

if TYPE_CHECKING:
    from matplotlib.figure import Figure

COLOURS = {"ict": "#2E75B6", "bpt": "#ED7D31", "other": "#70AD47", "unused": "#D9D9D9"}


def load_chart_png(load: list[dict[str, Any]], lang: Lang = "nl", title: str | None = None
                   ) -> bytes:
    """A horizontal stacked bar chart of ``load`` (the summary's ``load`` rows) as PNG bytes."""
    figure = load_chart_figure(load, lang, title)
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png", bbox_inches="tight")
    return buffer.getvalue()


def load_chart_figure(load: list[dict[str, Any]], lang: Lang = "nl",
                      title: str | None = None) -> Figure:
    """The load chart's figure: bars, axis label, and the legend in a row of its own below."""
    import matplotlib

    matplotlib.use("Agg")  # no display needed; safe in worker threads and on servers
    from matplotlib.figure import Figure

    names = [row["name"] for row in load]
    # constrained layout makes room for the legend outside the axes, under the axis label
    # (a legend anchored just below the axes sat on the label "uren per week")
    figure = Figure(figsize=(8, max(2.8, 0.32 * len(names) + 1.8)), dpi=110,
                    layout="constrained")
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
    # a little room right of the longest bar, so that it does not run into the frame
    longest = max((a + b for a, b in zip(left, unused, strict=True)), default=0.0)
    axes.set_xlim(0, max(1.0, longest) * 1.04)
    axes.set_yticks(positions, names)
    axes.invert_yaxis()  # first person on top, as in the tables
    axes.set_xlabel(text("chart.hours", lang))
    axes.set_title(title or text("chart.load_title", lang))
    figure.legend(loc="outside lower center", ncol=4, frameon=False, fontsize="small")
    axes.grid(axis="x", alpha=0.3)
    return figure
