"""Where and with what a benchmark ran: machine, commit, versions, date."""

from __future__ import annotations

import datetime as dt
import os
import platform
from importlib import metadata

from allocator.provenance import commit, cpu_model

__all__ = ["commit", "cpu_model", "header"]


def header() -> str:
    """The Markdown lines that say where and with what a result was measured."""
    versions = ", ".join(f"{name} {metadata.version(name)}"
                         for name in ("ortools", "numpy", "pydantic"))
    return (f"- date: {dt.datetime.now(dt.timezone.utc):%Y-%m-%d %H:%M} UTC\n"
            f"- commit: {commit()}\n"
            f"- machine: {cpu_model()}, {os.cpu_count()} cores, {platform.system()} "
            f"{platform.release()}\n"
            f"- python {platform.python_version()}; {versions}\n")
