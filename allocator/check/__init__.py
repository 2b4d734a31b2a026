"""The independent plan checker: every rule re-derived from the problem, no solver code."""

from allocator.check.checker import CheckReport, check_plan

__all__ = ["CheckReport", "check_plan"]
