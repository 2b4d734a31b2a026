"""Where one solve writes its plan: one or more files (``-o plan.xlsx -o plan.json``) or ``-``.

Every output holds the one plan that was solved. A file's extension decides its format;
``--format`` decides for ``-`` (standard output) and for names without .xlsx/.json (devices).
A plan workbook that Excel holds open cannot be replaced on Windows: that is found before the
solve where possible, and said plainly when it happens at the end (the plan is then saved
under another name, not lost).
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import click

from allocator.read.merged import excel_lock_file

__all__ = ["PlanOutput", "alternative_name", "excel_lock_file", "held_open", "plan_outputs"]

FORMAT_OF_SUFFIX = {".json": "json", ".xlsx": "xlsx", ".xlsm": "xlsx"}


@dataclass(frozen=True)
class PlanOutput:
    """One place to write the plan: a path or ``-`` (standard output), and its format."""

    target: str  # a path, or "-" for standard output
    fmt: str  # "xlsx" or "json"

    @property
    def is_stdout(self) -> bool:
        """True when the plan goes to standard output."""
        return self.target == "-"


def plan_outputs(outputs: tuple[str, ...], fmt: str | None, input_path: Path) -> list[PlanOutput]:
    """The outputs asked for, each with its format; a usage error when they contradict."""
    if not outputs:
        chosen = fmt or "xlsx"
        return [PlanOutput(str(input_path.with_name(f"{input_path.stem}-plan.{chosen}")),
                           chosen)]
    if sum(1 for target in outputs if target == "-") > 1:
        raise click.UsageError("-o - (standard output) can be given once")
    found: list[PlanOutput] = []
    for target in outputs:
        if target == "-":
            found.append(PlanOutput(target, fmt or "json"))
            continue
        by_name = FORMAT_OF_SUFFIX.get(Path(target).suffix.lower())
        if by_name is not None and fmt is not None and fmt != by_name:
            raise click.UsageError(
                f"-o {target}: the name says {by_name}, --format says {fmt}; the extension "
                "decides (--format is for -o - and names without .xlsx or .json)")
        found.append(PlanOutput(target, by_name or fmt or "xlsx"))
    real = [os.path.realpath(output.target) for output in found if not output.is_stdout]
    if len(set(real)) < len(real):
        raise click.UsageError("the same file is named twice with -o")
    return found


def held_open(target: Path) -> bool:
    """True when another program holds ``target`` so that it cannot be written.

    Windows: Excel opens a workbook without write sharing. Opening for update changes nothing.
    """
    if not target.is_file():
        return False
    try:
        with target.open("r+b"):
            return False
    except PermissionError:
        return True
    except OSError:
        return False  # not ours to judge: the writer reports it


def alternative_name(target: Path) -> Path:
    """``plan-1.xlsx``, ``plan-2.xlsx``, ... : the first that does not exist yet."""
    for number in range(1, 1000):
        candidate = target.with_name(f"{target.stem}-{number}{target.suffix}")
        if not candidate.exists():
            return candidate
    raise FileExistsError(target)
