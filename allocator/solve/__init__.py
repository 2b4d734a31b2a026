"""Solving an allocation program: rule registry, backends, the lexicographic driver, peers.

Names are loaded on first use, so that reading the shared defaults (``solve.options``), as the
command line does for its ``--help``, does not load the solvers.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

from allocator.solve.options import DEFAULT_TIME_LIMIT, DEFAULT_WORKERS, SolveOptions

if TYPE_CHECKING:
    from allocator.solve.backends.cpsat.backend import build_model
    from allocator.solve.budget import TimeBudget
    from allocator.solve.driver import solve_program

_LAZY = {"TimeBudget": "allocator.solve.budget",
         "build_model": "allocator.solve.backends.cpsat.backend",
         "solve_program": "allocator.solve.driver"}


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        return getattr(import_module(_LAZY[name]), name)
    raise AttributeError(name)


__all__ = ["DEFAULT_TIME_LIMIT", "DEFAULT_WORKERS", "SolveOptions", "TimeBudget", "build_model",
           "solve_program"]
