"""Solving an allocation program: rule registry, backends, the lexicographic driver, peers."""

from allocator.solve.backends.cpsat.backend import build_model
from allocator.solve.budget import TimeBudget
from allocator.solve.driver import solve_program
from allocator.solve.options import DEFAULT_TIME_LIMIT, DEFAULT_WORKERS, SolveOptions

__all__ = ["DEFAULT_TIME_LIMIT", "DEFAULT_WORKERS", "SolveOptions", "TimeBudget", "build_model",
           "solve_program"]
