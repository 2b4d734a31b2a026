"""Reasons for what the plan does and does not do."""

from allocator.explain.recommend import recommendation
from allocator.explain.uncovered import explain_uncovered, uncovered_instances

__all__ = ["explain_uncovered", "recommendation", "uncovered_instances"]
