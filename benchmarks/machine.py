"""Where and with what a benchmark ran: machine, commit, versions, date."""

from __future__ import annotations

import datetime as dt
import os
import platform
import subprocess
from importlib import metadata


def commit() -> str:
    try:
        out = subprocess.run(["git", "rev-parse", "--short", "HEAD"], capture_output=True,
                             text=True, check=True, cwd=os.path.dirname(__file__))
        dirty = subprocess.run(["git", "status", "--porcelain", "--untracked-files=no"],
                               capture_output=True, text=True, cwd=os.path.dirname(__file__))
        return out.stdout.strip() + ("+dirty" if dirty.stdout.strip() else "")
    except (OSError, subprocess.CalledProcessError):
        return "unknown"


def cpu_model() -> str:
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as handle:
            for line in handle:
                if line.startswith("model name"):
                    return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown"


def header() -> str:
    versions = ", ".join(f"{name} {metadata.version(name)}"
                         for name in ("ortools", "numpy", "pydantic"))
    return (f"- date: {dt.datetime.now(dt.timezone.utc):%Y-%m-%d %H:%M} UTC\n"
            f"- commit: {commit()}\n"
            f"- machine: {cpu_model()}, {os.cpu_count()} cores, {platform.system()} "
            f"{platform.release()}\n"
            f"- python {platform.python_version()}; {versions}\n")
