"""Validated domain objects of allocator. Imports nothing from the ``allocator`` package."""

from models.domain import (
    CENTRAL,
    COMPETENCIES,
    FUNDING_SOURCES,
    Cluster,
    Funding,
    Level,
    Person,
    Pin,
    Placement,
    Preference,
    Problem,
    ReferenceIssue,
    School,
    Scope,
    Task,
    cluster_from_text,
    round_up_to_half,
)
from models.plan import Assignment, Plan, StageReport, StageValues, Uncovered

__all__ = [
    "CENTRAL", "COMPETENCIES", "FUNDING_SOURCES", "Assignment", "Cluster", "Funding", "Level",
    "Person", "Pin", "Placement", "Plan", "Preference", "Problem", "ReferenceIssue", "School",
    "Scope", "StageReport", "StageValues", "Task", "Uncovered", "cluster_from_text",
    "round_up_to_half",
]
