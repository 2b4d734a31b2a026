"""The independent plan checker: every rule of shared/spec/allocation-rules.md, re-derived.

It reads only the problem (models) and the plan (models or its JSON). It shares no code with
the compiler or the solver: instances, eligibility, funding and stage values are worked out
here again, in the plainest form, so that a bug in the engine cannot hide itself.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from models import (
    CENTRAL,
    Assignment,
    Person,
    Placement,
    Plan,
    Problem,
    Role,
    Scope,
    Task,
    cluster_from_text,
)
from models.rules import Rule

TOLERANCE = 1e-6

# What each violation says, in English; allocator/check/render.py says it in the user's
# language with the same keys (allocator/i18n: "check.<key>"). Kept here so that the checker
# imports nothing but models.
MESSAGES: dict[str, str] = {
    "not_bundleable": "{task} is marked bundled but cannot be bundled",
    "pooling_unstated": "{school} may pool (kies) but the plan does not say whether it does",
    "pooling_differs": "{school}: the plan says pools={stated}, the input says {given}",
    "travel_twice": "travel {person}→{school}: more than one line (travel is paid once)",
    "travel_without_work": "travel {person}→{school}: no local work there by this central "
                           "person",
    "travel_hours": "travel {person}→{school}: {hours} h, the school's travel is {expected} h",
    "travel_funding": "travel {person}→{school}: paid from {paid}, expected ict or other",
    "travel_missing": "{person} does local work at {school} but pays no travel",
    "over_pool_budget": "central staff use {hours} h of ict, the pot holds {limit} h",
    "over_envelope": "{school}'s staff use {hours} h of ict, the envelope leaves them {limit} h",
    "over_max_schools": "{person} works at {count} schools, max {limit}",
    "unknown_person": "{where}: unknown person",
    "unknown_task": "{where}: unknown task",
    "no_instance": "{where}: no such instance in this plan",
    "not_half_hours": "{where}: {hours} h is not a multiple of 0.5 h >= 0.5",
    "not_allowed": "{where}: {why}",
    "bpt_elsewhere": "{where}: BPT hours pay only for own-school school tasks",
    "over_capacity": "{person} uses {hours} h of {funding}, has {limit} h",
    "over_max_tasks": "{person} works on {count} instances, max {limit}",
    "partly_covered": "{instance} gets {got} h of {hours} h (an instance is covered in full or "
                      "not at all)",
    "over_split_limit": "{instance} is split over {count} people, max {limit}",
    "bundle_uncovered": "{task} is bundled but its central instance is not covered",
    "pin_missing": "pin {pin} ({person}→{task}) is not in the plan",
    "pin_hours": "pin {pin}: {hours} h instead of {pinned} h",
    "pin_funding": "pin {pin}: paid from another source than {funding}",
    "objective_core": "plan says core {claimed}, the assignments give {value}",
    "objective_noncore": "plan says non-core {claimed}, the assignments give {value}",
    "bound_below": "the {stage} bound {bound} is below the value reached {value}",
    "not_listed": "{instance} is uncovered but not listed",
    "listed_covered": "{instance} is listed as uncovered but is covered or does not exist",
    "core_flag": "{task}: core flag {flag} is wrong",
    # why a person may not do an instance
    "why.role": "{person}'s role {role} is not among {task}'s roles ({roles})",
    "why.level": "{person} has {competency}={has} < {needs} required by {task}",
    "why.never": "{person} said never to {task}",
    "why.bundle_central": "{person} is not central staff (bundles are central work)",
    "why.not_pooling": "{person}'s school {school} does not pool",
    "why.placement": "{person} at {site} may not do {task} ({placement}) for {school} "
                     "(pools: {pools})",
    "why.region": "{person} does not serve region {region}",
}


@dataclass(frozen=True)
class Violation:
    """One broken rule: ``rule`` groups it, ``key`` and ``values`` say it in any language.

    ``row`` is where the offending line is in the plan workbook's Plan sheet (or, for a pin,
    on the Vast/Fixed sheet of the input), when the plan or pin was read from a workbook.
    """

    rule: str
    key: str
    values: dict = field(default_factory=dict)
    row: int | None = None
    sheet: str | None = None

    @property
    def message(self) -> str:
        """The violation in English, its ``why`` (a nested reason) worded too."""
        values = dict(self.values)
        if isinstance(values.get("why"), tuple):
            why_key, why_values = values["why"]
            values["why"] = MESSAGES[why_key].format(**why_values)
        return MESSAGES[self.key].format(**values)

    def __str__(self) -> str:
        where = f"{self.sheet or 'Plan'} row {self.row}: " if self.row is not None else ""
        return f"[{self.rule}] {where}{self.message}"


@dataclass
class CheckReport:
    """What the independent check found: every violation, and the stage values it recomputed."""

    violations: list[Violation] = field(default_factory=list)
    core_value: float = 0.0
    noncore_value: float = 0.0
    covered: int = 0
    instances: int = 0
    edited: bool = False  # the plan was changed by hand: its own values are not checked

    @property
    def ok(self) -> bool:
        """True when no rule is violated."""
        return not self.violations

    def add(self, rule: str, key: str, row: int | None = None, sheet: str | None = None,
            **values: object) -> None:
        """Record a violation of ``rule`` (message ``key`` filled in with ``values``)."""
        self.violations.append(Violation(rule, key, values, row, sheet))

    def render(self) -> str:
        """The report in English: the verdict with coverage and values, one line per violation."""
        head = (f"plan {'passes' if self.ok else 'FAILS'} the check: {self.covered}/"
                f"{self.instances} instances covered, core {self.core_value:g}, "
                f"non-core {self.noncore_value:g}")
        return "\n".join([head, *(f"  - {v}" for v in self.violations)])


def _half_multiple(hours: float) -> bool:
    return abs(hours * 2 - round(hours * 2)) < TOLERANCE


def _ceil_half(hours: float) -> float:
    whole = int(hours * 2)
    if whole < hours * 2 - TOLERANCE:
        whole += 1
    return whole / 2


def instance_hours(task: Task, pupils: int | None) -> float:
    """Hours of one instance per the spec: base + per-100 scaling, rounded up to 0.5, >= 0.5."""
    if task.scope is Scope.group or pupils is None:
        return max(0.5, task.base_hours)
    return max(0.5, _ceil_half(task.base_hours + task.hours_per_100_pupils * pupils / 100))


class RuleContext:
    """Lookups the rule functions need, built once per problem."""

    def __init__(self, problem: Problem) -> None:
        self.problem = problem
        self.people = problem.person_by_id()
        self.schools = problem.school_by_id()
        self.preferences: dict[str, list] = defaultdict(list)
        for preference in problem.preferences:
            self.preferences[preference.person].append(preference)

    def never(self, person_id: str, task: Task) -> bool:
        """True when the person said 'never' to the task (its own score before its cluster's)."""
        task_score = cluster_score = None
        for preference in self.preferences.get(person_id, []):
            if preference.task == task.id:
                task_score = preference.score
            elif cluster_from_text(preference.task) == task.cluster:
                cluster_score = preference.score
        return (task_score if task_score is not None else cluster_score) == "never"


def role_fits(person: Person, task: Task) -> bool:
    """Spec v2 "Roles": the person's role is in the task's ``who``.

    No ``who`` restricts nobody; no role passes (the reader warns). ICT-coördinator is a
    coordinator "not typed as T or P: counts as both TICT and PICT"; read the other way round,
    a ``who`` that names ICT-coördinator is open to TICT and PICT as well (docs/rules.md).
    """
    if not task.who or person.role is None:
        return True
    if person.role in task.who:
        return True
    if person.role is Role.ict_coordinator:
        return Role.tict in task.who or Role.pict in task.who
    if person.role in (Role.tict, Role.pict):
        return Role.ict_coordinator in task.who
    return False


def may_do(problem: Problem, person_id: str, task: Task, school_id: str | None,
           bundled: bool, context: RuleContext | None = None) -> str | None:
    """None when the person may do the instance; otherwise the rule that forbids it."""
    refusal = why_not(problem, person_id, task, school_id, bundled, context)
    return None if refusal is None else MESSAGES[refusal[0]].format(**refusal[1])


def why_not(problem: Problem, person_id: str, task: Task, school_id: str | None,
            bundled: bool, context: RuleContext | None = None) -> tuple[str, dict] | None:
    """None when the person may do the instance; otherwise (message key, values) of the rule."""
    context = context or RuleContext(problem)
    person = context.people[person_id]
    if not role_fits(person, task):
        return "why.role", {"person": person_id, "task": task.id,
                            "role": getattr(person.role, "value", person.role),
                            "roles": ", ".join(role.value for role in task.who)}
    for competency in "TPBA":
        if getattr(person, competency) < getattr(task, competency):
            return "why.level", {"person": person_id, "competency": competency,
                                 "has": getattr(person, competency),
                                 "needs": getattr(task, competency), "task": task.id}
    if context.never(person_id, task):
        return "why.never", {"person": person_id, "task": task.id}
    central = person.site == CENTRAL
    if bundled:
        return None if central else ("why.bundle_central", {"person": person_id})
    if task.scope is Scope.group:
        if central:
            return None
        school = context.schools[person.site]
        return None if school.pools is True else ("why.not_pooling", {"person": person_id,
                                                                       "school": school.id})
    assert school_id is not None
    school = context.schools[school_id]
    own = person.site == school_id
    if task.placement is Placement.local:
        # v2 proximity: central staff on site at a pooling school with travel hours
        allowed = own or (central and school.pools is True and school.travel_hours is not None)
    elif task.placement is Placement.either:
        allowed = own or (central and school.pools is True)
    else:
        allowed = central if school.pools is True else own
    if not allowed:
        return "why.placement", {"person": person_id, "site": person.site, "task": task.id,
                                 "placement": task.placement.value, "school": school_id,
                                 "pools": school.pools}
    if central and school.region and person.regions is not None \
            and school.region not in person.regions:
        return "why.region", {"person": person_id, "region": school.region}
    return None


def check_pooling(problem: Problem, plan: Plan, report: CheckReport) -> dict[str, bool]:
    """Every school's pooling as the plan states it, checked (v2).

    Given schools as given, 'choose' schools decided. Returns the decisions the rest of the check
    applies.
    """
    stated = getattr(plan, "pooling", None) or {}
    decisions: dict[str, bool] = {}
    for school in problem.schools:
        if school.chooses:
            if school.id not in stated:
                report.add("pooling", "pooling_unstated", school=school.id)
            decisions[school.id] = bool(stated.get(school.id, False))
        else:
            decisions[school.id] = bool(school.pools)
            if school.id in stated and bool(stated[school.id]) != decisions[school.id]:
                report.add("pooling", "pooling_differs", school=school.id,
                           stated=bool(stated[school.id]), given=school.pools)
    return decisions


def check_travel(problem: Problem, plan: Plan, report: CheckReport,
                 used: dict[tuple[str, str], float]) -> None:
    """Rule travel: one line per central person and pooling school where they do local work.

    Each line carries that school's travel hours, paid from ict or other (added to ``used``).
    """
    people = problem.person_by_id()
    schools = problem.school_by_id()
    tasks = problem.task_by_id()
    due = {(row.person, row.school) for row in plan.assignments
           if row.person in people and people[row.person].site == CENTRAL
           and row.school in schools and row.task in tasks
           and tasks[row.task].placement is Placement.local
           and tasks[row.task].scope is Scope.school}
    seen: set[tuple[str, str]] = set()
    for line in getattr(plan, "travel", None) or []:
        key = (str(line.get("person")), str(line.get("school")))
        where: dict[str, Any] = {"person": key[0], "school": key[1]}
        if key in seen:
            report.add("travel", "travel_twice", **where)
        seen.add(key)
        if key not in due:
            report.add("travel", "travel_without_work", **where)
            continue
        hours = float(line.get("hours", -1))
        expected = schools[key[1]].travel_hours or 0.0
        if abs(hours - expected) > TOLERANCE:
            report.add("travel", "travel_hours", hours=f"{hours:g}", expected=f"{expected:g}",
                       **where)
        funding = line.get("funding")
        if funding not in ("ict", "other"):
            report.add("travel", "travel_funding", paid=repr(funding), **where)
            continue
        used[(key[0], funding)] += hours
    for key in sorted(due - seen):
        report.add("travel", "travel_missing", person=key[0], school=key[1])


def check_caps(problem: Problem, report: CheckReport, used: dict[tuple[str, str], float],
               pool_budget: bool = True, envelopes: bool = True) -> None:
    """Pool budget and school envelopes (v2); ``problem`` has its pooling decided."""
    people = problem.person_by_id()
    if problem.central_capped and pool_budget:
        pot = (problem.central_ict_hours or 0.0) + sum(
            school.pool_hours or 0.0 for school in problem.schools if school.pools is True)
        central = sum(hours for (person, funding), hours in used.items()
                      if funding == "ict" and people[person].site == CENTRAL)
        if central > pot + TOLERANCE:
            report.add("pool_budget", "over_pool_budget", hours=f"{central:g}",
                       limit=f"{pot:g}")
    if problem.pool_priced and envelopes:
        for school in problem.schools:
            if school.ict_envelope_hours is None:
                continue
            limit = school.ict_envelope_hours - (
                school.pool_hours or 0.0 if school.pools is True else 0.0)
            own = sum(hours for (person, funding), hours in used.items()
                      if funding == "ict" and people[person].site == school.id)
            if own > limit + TOLERANCE:
                report.add("envelope", "over_envelope", school=school.id, hours=f"{own:g}",
                           limit=f"{limit:g}")


def check_max_schools(problem: Problem, plan: Plan, report: CheckReport) -> None:
    """Rule max_schools: nobody does school work at more schools than their ``max_schools``."""
    people = problem.person_by_id()
    schools_of: dict[str, set[str]] = defaultdict(set)
    for row in plan.assignments:
        if row.school is not None:  # school-scope work at a school (group and bundles aside)
            schools_of[row.person].add(row.school)
    for person_id, schools in schools_of.items():
        limit = people[person_id].max_schools if person_id in people else None
        if limit is not None and len(schools) > limit:
            report.add("max_schools", "over_max_schools", person=person_id,
                       count=len(schools), limit=limit)


def _instance(task_id: str, school_id: str | None) -> str:
    return f"{task_id}@{school_id or 'group'}"


@dataclass
class PlanFacts:
    """What a plan does, re-derived from the problem: instances, hours and who works where."""

    hours_of: dict[tuple[str, str | None], float]  # instance -> hours it needs
    members_of: dict[str, list[str]]  # bundled task -> pooling schools it replaces
    rows: list[tuple[Assignment, Task, bool]]  # valid rows: (row, task, is a bundle)
    assigned: dict[tuple[str, str | None], float]
    workers: dict[tuple[str, str | None], set[str]]
    rows_of: dict[tuple[str, str | None], list[int]]  # instance -> Excel rows of the Plan sheet
    rows_of_source: dict[tuple[str, str], list[int]]
    used: dict[tuple[str, str], float]  # (person, funding) -> hours, travel included
    instances_of_person: dict[str, set[tuple[str, str | None]]]
    covered: set[tuple[str, str | None]]


def _facts(problem: Problem, plan: Plan, report: CheckReport, context: RuleContext) -> PlanFacts:
    """The facts every rule checks: instances, hours and who works where.

    Instances and their hours come from the problem, who works where from the plan's rows
    (unknown people, tasks and instances are reported here); travel lines are added to ``used``.
    """
    tasks = problem.task_by_id()
    bundled = set(plan.bundled)
    hours_of: dict[tuple[str, str | None], float] = {}
    members_of: dict[str, list[str]] = {}
    for task in problem.tasks:
        if task.scope is Scope.group:
            hours_of[(task.id, None)] = instance_hours(task, None)
            continue
        applying = [school for school in problem.schools if task.applies_to(school)]
        pooling = [school for school in applying if school.pools]
        if task.id in bundled:
            if task.bundle_factor is None or not pooling:
                report.add("bundling", "not_bundleable", task=task.id)
                continue
            members_of[task.id] = [school.id for school in pooling]
            total = sum(instance_hours(task, school.pupils) for school in pooling)
            hours_of[(task.id, None)] = max(0.5, _ceil_half(task.bundle_factor * total))
            applying = [school for school in applying if not school.pools]
        for school in applying:
            hours_of[(task.id, school.id)] = instance_hours(task, school.pupils)

    rows: list[tuple[Assignment, Task, bool]] = []
    assigned: dict[tuple[str, str | None], float] = defaultdict(float)
    workers: dict[tuple[str, str | None], set[str]] = defaultdict(set)
    rows_of: dict[tuple[str, str | None], list[int]] = defaultdict(list)
    rows_of_source: dict[tuple[str, str], list[int]] = defaultdict(list)
    used: dict[tuple[str, str], float] = defaultdict(float)
    instances_of_person: dict[str, set[tuple[str, str | None]]] = defaultdict(set)
    for row in plan.assignments:
        line = getattr(row, "row", None)
        ref = _ref(row)
        if row.person not in context.people:
            report.add("reference", "unknown_person", line, **ref)
            continue
        found = tasks.get(row.task)
        if found is None:
            report.add("reference", "unknown_task", line, **ref)
            continue
        task = found
        key = (row.task, row.school)
        if key not in hours_of:
            report.add("instance", "no_instance", line, **ref)
            continue
        rows.append((row, task, row.school is None and task.scope is Scope.school))
        funding = row.funding.value
        assigned[key] += row.hours
        workers[key].add(row.person)
        if line is not None:
            rows_of[key].append(line)
            rows_of_source[(row.person, funding)].append(line)
        used[(row.person, funding)] += row.hours
        instances_of_person[row.person].add(key)
    # travel lines are hours too: checked here so that capacity and the caps see them
    check_travel(problem, plan, report, used)
    covered = {key for key, hours in hours_of.items()
               if assigned.get(key, 0.0) and abs(assigned[key] - hours) <= TOLERANCE}
    return PlanFacts(hours_of, members_of, rows, assigned, workers, rows_of, rows_of_source,
                     used, instances_of_person, covered)


def _ref(row: Assignment) -> dict[str, Any]:
    return {"where": f"{row.person}→{_instance(row.task, row.school)}",
            "person": row.person, "task": row.task, "school": row.school}


def check_eligibility(problem: Problem, plan: Plan, facts: PlanFacts, report: CheckReport,
                      context: RuleContext) -> None:
    """Roles, competency minimums, preferences 'never', sites, placement, pooling, regions."""
    for row, task, is_bundle in facts.rows:
        why = why_not(problem, row.person, task, row.school, is_bundle, context)
        if why:
            report.add("eligibility", "not_allowed", getattr(row, "row", None), why=why,
                       **_ref(row))


def check_funding(problem: Problem, plan: Plan, facts: PlanFacts, report: CheckReport,
                  context: RuleContext) -> None:
    """BPT hours pay only for school tasks of the person's own school."""
    for row, task, is_bundle in facts.rows:
        person = context.people[row.person]
        if row.funding.value == "bpt" and (task.scope is Scope.group or is_bundle
                                           or row.school != person.site):
            report.add("funding", "bpt_elsewhere", getattr(row, "row", None), **_ref(row))


def check_capacity(problem: Problem, plan: Plan, facts: PlanFacts, report: CheckReport,
                   context: RuleContext) -> None:
    """A person's hours per funding source stay within what that source gives."""
    for (person_id, funding), hours in facts.used.items():
        limit = getattr(context.people[person_id], funding)
        if hours > limit + TOLERANCE:
            rows = sorted(facts.rows_of_source.get((person_id, funding), []))
            report.add("capacity", "over_capacity", rows[0] if rows else None,
                       person=person_id, hours=f"{hours:g}", funding=funding,
                       limit=f"{limit:g}", rows=rows)


def check_max_tasks(problem: Problem, plan: Plan, facts: PlanFacts, report: CheckReport,
                    context: RuleContext) -> None:
    """At most ``max_tasks`` instances per person (a bundle counts once)."""
    for person_id, keys in facts.instances_of_person.items():
        limit = context.people[person_id].max_tasks
        if limit is not None and len(keys) > limit:
            report.add("max_tasks", "over_max_tasks", person=person_id, count=len(keys),
                       limit=limit)


def check_coverage(problem: Problem, plan: Plan, facts: PlanFacts, report: CheckReport,
                   context: RuleContext) -> None:
    """Half-hour shares; an instance in full or not at all, by at most ``max_people``."""
    tasks = problem.task_by_id()
    for row, _, _ in facts.rows:
        if not _half_multiple(row.hours) or row.hours < 0.5 - TOLERANCE:
            report.add("coverage", "not_half_hours", getattr(row, "row", None),
                       hours=f"{row.hours:g}", **_ref(row))
    for key, hours in facts.hours_of.items():
        got = facts.assigned.get(key, 0.0)
        if got == 0:
            continue
        rows = sorted(facts.rows_of.get(key, []))
        first_row = rows[0] if rows else None
        if abs(got - hours) > TOLERANCE:
            report.add("coverage", "partly_covered", first_row, instance=_instance(*key),
                       task=key[0], school=key[1], got=f"{got:g}", hours=f"{hours:g}",
                       rows=rows)
            continue
        task = tasks[key[0]]
        if len(facts.workers[key]) > task.max_people:
            report.add("split_limit", "over_split_limit", first_row, instance=_instance(*key),
                       task=key[0], school=key[1], count=len(facts.workers[key]),
                       limit=task.max_people, rows=rows)


def check_bundling(problem: Problem, plan: Plan, facts: PlanFacts, report: CheckReport,
                   context: RuleContext) -> None:
    """A task marked bundled has its central instance covered (members are then gone)."""
    for task_id in plan.bundled:
        if task_id in facts.members_of and (task_id, None) not in facts.covered:
            report.add("bundling", "bundle_uncovered", task=task_id)


def check_pins(problem: Problem, plan: Plan, facts: PlanFacts, report: CheckReport,
               context: RuleContext) -> None:
    """Every fixed assignment is in the plan, with its hours and source when given."""
    for index, pin in enumerate(problem.pins):
        key = (pin.task, pin.school)
        rows = [row for row in plan.assignments if row.person == pin.person
                and (row.task, row.school) == key]
        hours = sum(row.hours for row in rows)
        pin_row = getattr(pin, "row", None)
        sheet = "Vast" if pin_row is not None else None
        if not rows:
            report.add("pin", "pin_missing", pin_row, sheet, pin=index + 1, person=pin.person,
                       task=pin.task, school=pin.school)
        elif pin.hours is not None and abs(hours - pin.hours) > TOLERANCE:
            report.add("pin", "pin_hours", pin_row, sheet, pin=index + 1, hours=f"{hours:g}",
                       pinned=f"{pin.hours:g}", person=pin.person, task=pin.task)
        elif pin.funding is not None and any(row.funding != pin.funding for row in rows):
            report.add("pin", "pin_funding", pin_row, sheet, pin=index + 1,
                       funding=pin.funding.value, person=pin.person, task=pin.task)


def check_pool_budget(problem: Problem, plan: Plan, facts: PlanFacts, report: CheckReport,
                      context: RuleContext) -> None:
    """Central staff's ict hours within the central pot (v2, "Pooling has a price")."""
    check_caps(problem, report, facts.used, envelopes=False)


def check_envelope(problem: Problem, plan: Plan, facts: PlanFacts, report: CheckReport,
                   context: RuleContext) -> None:
    """A school's own staff's ict hours within its envelope (v2, "Pooling has a price")."""
    check_caps(problem, report, facts.used, pool_budget=False)


def check_school_count(problem: Problem, plan: Plan, facts: PlanFacts, report: CheckReport,
                       context: RuleContext) -> None:
    """At most ``max_schools`` distinct schools per person (v2, "Fragmentation")."""
    check_max_schools(problem, plan, report)


def _checked_with_the_facts(problem: Problem, plan: Plan, facts: PlanFacts,
                            report: CheckReport, context: RuleContext) -> None:
    """Pooling (check_pooling) and travel (check_travel) are checked while the facts are derived.

    Every other rule depends on them.
    """


RuleCheck = Callable[[Problem, Plan, PlanFacts, CheckReport, RuleContext], None]
# one function per rule of models.rules.Rule (tests/solve/test_registry.py checks the sets)
RULE_CHECKS: dict[Rule, RuleCheck] = {
    Rule.eligibility: check_eligibility,
    Rule.funding: check_funding,
    Rule.pooling: _checked_with_the_facts,
    Rule.travel: _checked_with_the_facts,
    Rule.pool_budget: check_pool_budget,
    Rule.envelope: check_envelope,
    Rule.max_schools: check_school_count,
    Rule.capacity: check_capacity,
    Rule.max_tasks: check_max_tasks,
    Rule.coverage: check_coverage,
    Rule.bundling: check_bundling,
    Rule.pins: check_pins,
}


def check_plan(problem: Problem, plan: Plan) -> CheckReport:
    """Check ``plan`` against every rule; recompute stage 1 and 2 values and the uncovered list.

    A plan changed by hand (``plan.edited``, see allocator/read/plan.py) is checked against
    the rules only: its stored values and uncovered list describe the plan before the edit.
    """
    report = CheckReport(edited=bool(getattr(plan, "edited", None)))
    problem = problem.with_pooling(check_pooling(problem, plan, report))
    context = RuleContext(problem)
    tasks = problem.task_by_id()
    facts = _facts(problem, plan, report, context)
    for check in RULE_CHECKS.values():
        check(problem, plan, facts, report, context)

    # stage values: each school a covered instance (or covering bundle) credits
    core_value = noncore_value = 0.0
    expected_uncovered: set[tuple[str, str | None]] = set()
    for key in facts.hours_of:
        task = tasks[key[0]]
        credits = len(facts.members_of.get(task.id, [])) if key[1] is None and task.scope is \
            Scope.school else 1
        if key in facts.covered:
            if task.core:
                core_value += task.priority * credits
            else:
                noncore_value += task.priority * credits
        else:
            expected_uncovered.add(key)
    report.core_value, report.noncore_value = core_value, noncore_value
    report.covered, report.instances = len(facts.covered), len(facts.hours_of)
    if plan.status in ("optimal", "feasible") and not report.edited:
        _check_claims(plan, report, tasks, expected_uncovered)
    return report


def _check_claims(plan: Plan, report: CheckReport, tasks: dict[str, Task],
                  expected_uncovered: set[tuple[str, str | None]]) -> None:
    """The plan's own values and uncovered list against what its assignments give."""
    core_value, noncore_value = report.core_value, report.noncore_value
    if abs((plan.objective.core or 0) - core_value) > TOLERANCE:
        report.add("objective", "objective_core", claimed=f"{plan.objective.core:g}",
                   value=f"{core_value:g}")
    if abs((plan.objective.noncore or 0) - noncore_value) > TOLERANCE:
        report.add("objective", "objective_noncore", claimed=f"{plan.objective.noncore:g}",
                   value=f"{noncore_value:g}")
    for name, bound, value in (("core", plan.bound.core, core_value),
                               ("noncore", plan.bound.noncore, noncore_value)):
        if bound is not None and math.isfinite(bound) and bound + TOLERANCE < value:
            report.add("bound", "bound_below", stage=name, bound=f"{bound:g}",
                       value=f"{value:g}")
    listed = {(row.task, row.school) for row in plan.uncovered}
    for key in sorted(expected_uncovered - listed, key=str):
        report.add("uncovered", "not_listed", instance=_instance(*key))
    for key in sorted(listed - expected_uncovered, key=str):
        report.add("uncovered", "listed_covered", instance=_instance(*key))
    for row in plan.uncovered:
        if row.task in tasks and row.core != tasks[row.task].core:
            report.add("uncovered", "core_flag", task=row.task, flag=row.core)
