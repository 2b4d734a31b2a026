"""Outputs for people (workbook) and programs (JSON).

The names below load on first use: importing a light submodule (``report.atomic``, which
every command uses to check its output before any work) must not pull in pandas, openpyxl
and the explanations.
"""

from __future__ import annotations

from importlib import import_module
from typing import Any

_LAZY = {"plan_to_dict": "allocator.report.json_out", "plan_to_json": "allocator.report.json_out",
         "write_plan_workbook": "allocator.report.workbook_out"}

__all__ = ["plan_to_dict", "plan_to_json", "write_plan_workbook"]


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        value = getattr(import_module(_LAZY[name]), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
