"""Validated domain objects of allocator. Imports nothing from the ``allocator`` package."""

from models.domain import (
    CENTRAL,
    CHOOSE,
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
from models.plan import Assignment, Plan, PlanDifference, StageReport, StageValues, Uncovered
from models.roles import (
    ROLE_ALIASES,
    ROLES,
    Outsource,
    Role,
    parse_role,
    role_key,
    vocabulary_text,
)
from models.rules import Reason, Rule, Status

__all__ = [
    "CENTRAL", "CHOOSE", "COMPETENCIES", "FUNDING_SOURCES", "ROLES", "ROLE_ALIASES", "Assignment",
    "Cluster", "Funding", "Level", "Outsource", "Person", "Pin", "Placement", "Plan",
    "PlanDifference", "Preference", "Problem", "Reason", "ReferenceIssue", "Role", "Rule",
    "School", "Scope", "StageReport", "StageValues", "Status", "Task", "Uncovered",
    "cluster_from_text", "parse_role", "role_key", "round_up_to_half", "vocabulary_text",
]
