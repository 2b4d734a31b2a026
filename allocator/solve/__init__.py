"""CP-SAT over an allocation program: rule families, stage objectives, lexicographic solve."""

from allocator.solve.driver import (
    DEFAULT_TIME_LIMIT,
    SolveOptions,
    build_model,
    solve_program,
)

__all__ = ["DEFAULT_TIME_LIMIT", "SolveOptions", "build_model", "solve_program"]
