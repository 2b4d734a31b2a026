"""Where and with what a result was made: versions, commit, machine, command line, time.

Every scenario and sweep output carries it (a JSON file, a sheet in the workbook, a header in
the csv, metadata in the parquet files), and the benchmarks use the same facts.
"""

from __future__ import annotations

import datetime as dt
import os
import platform
import subprocess
import sys
from importlib import metadata
from pathlib import Path

import allocator

SOLVERS = ("ortools", "highspy")
LIBRARIES = ("numpy", "pandas", "pydantic", "pyarrow", "dask", "distributed")


def commit() -> str:
    """The git commit of the allocator source (``+dirty`` with uncommitted changes)."""
    here = Path(allocator.__file__).resolve().parent
    try:
        out = subprocess.run(["git", "rev-parse", "--short", "HEAD"], capture_output=True,
                             text=True, check=True, cwd=here, timeout=10)
        dirty = subprocess.run(["git", "status", "--porcelain", "--untracked-files=no"],
                               capture_output=True, text=True, cwd=here, timeout=10)
        return out.stdout.strip() + ("+dirty" if dirty.stdout.strip() else "")
    except (OSError, subprocess.SubprocessError):
        return "unknown (not a git checkout)"


def cpu_model() -> str:
    """The processor's model name (Linux /proc/cpuinfo, else the platform's), or "unknown"."""
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as handle:
            for line in handle:
                if line.startswith("model name"):
                    return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown"


def _version(package: str) -> str:
    try:
        return metadata.version(package)
    except metadata.PackageNotFoundError:
        return "not installed"


def command_line() -> str:
    """The command as the user typed it (``python -m allocator`` for the module's main)."""
    program = Path(sys.argv[0]).name if sys.argv and sys.argv[0] else "python"
    if program == "__main__.py":  # python -m allocator
        program = "python -m allocator"
    return " ".join([program, *sys.argv[1:]])


def provenance(**extra: object) -> dict:
    """The facts of this run; ``extra`` adds the run's own (seeds, settings, design)."""
    return {
        "allocator": allocator.__version__,
        "commit": commit(),
        "solvers": {name: _version(name) for name in SOLVERS},
        "libraries": {name: _version(name) for name in LIBRARIES},
        "python": platform.python_version(),
        "machine": f"{cpu_model()}, {os.cpu_count()} cores, {platform.system()} "
                   f"{platform.release()}",
        "command": command_line(),
        "started": dt.datetime.now(dt.timezone.utc).strftime("%Y-%m-%d %H:%M:%S UTC"),
        **extra,
    }
