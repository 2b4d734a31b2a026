"""From validated problems (or literature files) to allocation programs."""

from allocator.compile.program import (
    AllocationProgram,
    InstanceKind,
    PinnedArc,
    ProgramSolution,
    PruneReason,
    Stage,
)
from allocator.compile.school_group import PinError, ProblemTooLarge, compile_problem

__all__ = ["AllocationProgram", "InstanceKind", "PinError", "ProblemTooLarge", "PinnedArc", "ProgramSolution",
           "PruneReason", "Stage", "compile_problem"]
