"""Names of the allocation rules and of the reasons an instance stays uncovered.

Declared once, here, so that the solver's rule registry, the independent checker, the
explanations and the words (``allocator/i18n``) share the names without sharing code. The
checker and the solver each implement every rule in their own way; tests check that both
cover exactly the rules named here.
"""

from __future__ import annotations

from enum import Enum


class Rule(str, Enum):
    """A rule of ``allocation-rules.md`` that a plan must keep."""

    # constraint families: the solver enforces them with constraints in every backend
    coverage = "coverage"  # full hours or none, from at most max_people people
    capacity = "capacity"  # a person's hours per funding source
    bundling = "bundling"  # a covered bundle replaces the pooling schools' own instances
    max_tasks = "max_tasks"  # at most max_tasks instances per person
    pins = "pins"  # fixed assignments hold
    # v2 constraint families
    pooling = "pooling"  # a 'kies' school's decision rules its arcs, bundles and bundle hours
    travel = "travel"  # a central person's travel to a school served on site is paid once
    pool_budget = "pool_budget"  # central ict hours within the central pot
    envelope = "envelope"  # a school's own ict hours within its envelope
    max_schools = "max_schools"  # at most max_schools distinct schools per person
    # arc rules: the compiler enforces them by leaving the arc out of the program
    eligibility = "eligibility"  # competency minimums, preferences 'never', sites, regions
    funding = "funding"  # which funding source may pay which work

    def __str__(self) -> str:
        return self.value

    @property
    def is_constraint_family(self) -> bool:
        """True for rules the solver backends state as constraints."""
        return self in CONSTRAINT_FAMILIES


CONSTRAINT_FAMILIES: frozenset[Rule] = frozenset(
    {Rule.coverage, Rule.capacity, Rule.bundling, Rule.max_tasks, Rule.pins, Rule.pooling,
     Rule.travel, Rule.pool_budget, Rule.envelope, Rule.max_schools})
ARC_RULES: frozenset[Rule] = frozenset({Rule.eligibility, Rule.funding})


class Reason(str, Enum):
    """Why an instance stays uncovered, from the most basic cause to the most contingent."""

    no_competent_person = "no_competent_person"
    excluded_by_preference = "excluded_by_preference"
    site_rules = "site_rules"
    funding_rule = "funding_rule"
    split_limit = "split_limit"
    max_tasks = "max_tasks"
    capacity_spent = "capacity_spent"
    pinned_work = "pinned_work"
    capacity_elsewhere = "capacity_elsewhere"
    # v2
    role_not_allowed = "role_not_allowed"
    max_schools = "max_schools"
    pool_budget = "pool_budget"
    envelope = "envelope"

    def __str__(self) -> str:
        return self.value


class Status(str, Enum):
    """How far a solve (or one stage of it) got."""

    optimal = "optimal"  # proven
    feasible = "feasible"  # a plan, not proven optimal
    infeasible = "infeasible"  # proven: no plan keeps every hard rule
    unknown = "unknown"  # no plan found within the limit, nothing proven

    def __str__(self) -> str:
        return self.value

    @property
    def found(self) -> bool:
        """A plan exists."""
        return self in (Status.optimal, Status.feasible)
