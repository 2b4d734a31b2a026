"""The independent plan checker: every rule of shared/spec/allocation-rules.md, re-derived.

It reads only the problem (models) and the plan (models or its JSON). It shares no code with
the compiler or the solver: instances, eligibility, funding and stage values are worked out
here again, in the plainest form, so that a bug in the engine cannot hide itself.
"""

from __future__ import annotations

import math
from collections import defaultdict
from dataclasses import dataclass, field

from models import CENTRAL, Person, Placement, Plan, Problem, Role, Scope, Task, cluster_from_text

TOLERANCE = 1e-6


@dataclass(frozen=True)
class Violation:
    rule: str
    message: str

    def __str__(self) -> str:
        return f"[{self.rule}] {self.message}"


@dataclass
class CheckReport:
    violations: list[Violation] = field(default_factory=list)
    core_value: float = 0.0
    noncore_value: float = 0.0
    covered: int = 0
    instances: int = 0

    @property
    def ok(self) -> bool:
        return not self.violations

    def add(self, rule: str, message: str) -> None:
        self.violations.append(Violation(rule, message))

    def render(self) -> str:
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
    context = context or RuleContext(problem)
    person = context.people[person_id]
    if not role_fits(person, task):
        return f"{person_id}'s role {person.role} is not among {task.id}'s roles " \
               f"({', '.join(role.value for role in task.who)})"
    for competency in "TPBA":
        if getattr(person, competency) < getattr(task, competency):
            return f"{person_id} has {competency}={getattr(person, competency)} < " \
                   f"{getattr(task, competency)} required by {task.id}"
    if context.never(person_id, task):
        return f"{person_id} said never to {task.id}"
    central = person.site == CENTRAL
    if bundled:
        return None if central else f"{person_id} is not central staff (bundles are central work)"
    if task.scope is Scope.group:
        if central:
            return None
        school = context.schools[person.site]
        return None if school.pools is True else f"{person_id}'s school {school.id} does not pool"
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
        return f"{person_id} at {person.site} may not do {task.id} ({task.placement.value}) " \
               f"for {school_id} (pools: {school.pools})"
    if central and school.region and person.regions is not None \
            and school.region not in person.regions:
        return f"{person_id} does not serve region {school.region}"
    return None


def check_pooling(problem: Problem, plan: Plan, report: CheckReport) -> dict[str, bool]:
    """Every school's pooling as the plan states it: given schools as given, 'choose' schools
    decided (v2). Returns the decisions the rest of the check applies."""
    stated = getattr(plan, "pooling", None) or {}
    decisions: dict[str, bool] = {}
    for school in problem.schools:
        if school.chooses:
            if school.id not in stated:
                report.add("pooling", f"{school.id} may pool (kies) but the plan does not say "
                                      "whether it does")
            decisions[school.id] = bool(stated.get(school.id, False))
        else:
            decisions[school.id] = bool(school.pools)
            if school.id in stated and bool(stated[school.id]) != decisions[school.id]:
                report.add("pooling", f"{school.id}: the plan says pools={stated[school.id]}, "
                                      f"the input says {school.pools}")
    return decisions


def check_travel(problem: Problem, plan: Plan, report: CheckReport,
                 used: dict[tuple[str, str], float]) -> None:
    """One travel line per central person and pooling school with travel hours where they do
    local work, of that school's travel hours, paid from ict or other (added to ``used``)."""
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
        where = f"travel {key[0]}→{key[1]}"
        if key in seen:
            report.add("travel", f"{where}: more than one line (travel is paid once)")
        seen.add(key)
        if key not in due:
            report.add("travel", f"{where}: no local work there by this central person")
            continue
        hours = float(line.get("hours", -1))
        expected = schools[key[1]].travel_hours or 0.0
        if abs(hours - expected) > TOLERANCE:
            report.add("travel", f"{where}: {hours:g} h, the school's travel is {expected:g} h")
        funding = line.get("funding")
        if funding not in ("ict", "other"):
            report.add("travel", f"{where}: paid from {funding!r}, expected ict or other")
            continue
        used[(key[0], funding)] += hours
    for key in sorted(due - seen):
        report.add("travel", f"{key[0]} does local work at {key[1]} but pays no travel")


def check_caps(problem: Problem, report: CheckReport, used: dict[tuple[str, str], float]
               ) -> None:
    """Pool budget and school envelopes (v2); ``problem`` has its pooling decided."""
    people = problem.person_by_id()
    if problem.central_capped:
        pot = (problem.central_ict_hours or 0.0) + sum(
            school.pool_hours or 0.0 for school in problem.schools if school.pools is True)
        central = sum(hours for (person, funding), hours in used.items()
                      if funding == "ict" and people[person].site == CENTRAL)
        if central > pot + TOLERANCE:
            report.add("pool_budget", f"central staff use {central:g} h of ict, the pot holds "
                                      f"{pot:g} h")
    if problem.pool_priced:
        for school in problem.schools:
            if school.ict_envelope_hours is None:
                continue
            limit = school.ict_envelope_hours - (
                school.pool_hours or 0.0 if school.pools is True else 0.0)
            own = sum(hours for (person, funding), hours in used.items()
                      if funding == "ict" and people[person].site == school.id)
            if own > limit + TOLERANCE:
                report.add("envelope", f"{school.id}'s staff use {own:g} h of ict, the "
                                       f"envelope leaves them {limit:g} h")


def check_max_schools(problem: Problem, plan: Plan, report: CheckReport) -> None:
    people = problem.person_by_id()
    schools_of: dict[str, set[str]] = defaultdict(set)
    for row in plan.assignments:
        if row.school is not None:  # school-scope work at a school (group and bundles aside)
            schools_of[row.person].add(row.school)
    for person_id, schools in schools_of.items():
        limit = people[person_id].max_schools if person_id in people else None
        if limit is not None and len(schools) > limit:
            report.add("max_schools", f"{person_id} works at {len(schools)} schools, "
                                      f"max {limit}")


def check_plan(problem: Problem, plan: Plan) -> CheckReport:
    """Check ``plan`` against every rule; recompute stage 1 and 2 values and the uncovered list."""
    report = CheckReport()
    problem = problem.with_pooling(check_pooling(problem, plan, report))
    context = RuleContext(problem)
    people = context.people
    tasks = problem.task_by_id()
    bundled = set(plan.bundled)

    # the instances that exist, with their hours
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
                report.add("bundling", f"{task.id} is marked bundled but cannot be bundled")
                continue
            members_of[task.id] = [school.id for school in pooling]
            total = sum(instance_hours(task, school.pupils) for school in pooling)
            hours_of[(task.id, None)] = max(0.5, _ceil_half(task.bundle_factor * total))
            applying = [school for school in applying if not school.pools]
        for school in applying:
            hours_of[(task.id, school.id)] = instance_hours(task, school.pupils)

    assigned: dict[tuple[str, str | None], float] = defaultdict(float)
    workers: dict[tuple[str, str | None], set[str]] = defaultdict(set)
    used: dict[tuple[str, str], float] = defaultdict(float)
    instances_of_person: dict[str, set[tuple[str, str | None]]] = defaultdict(set)
    for row in plan.assignments:
        where = f"{row.person}→{row.task}@{row.school or 'group'}"
        if row.person not in people:
            report.add("reference", f"{where}: unknown person")
            continue
        task = tasks.get(row.task)
        if task is None:
            report.add("reference", f"{where}: unknown task")
            continue
        key = (row.task, row.school)
        if key not in hours_of:
            report.add("instance", f"{where}: no such instance in this plan "
                                   f"(bundled: {row.task in bundled})")
            continue
        if not _half_multiple(row.hours) or row.hours < 0.5 - TOLERANCE:
            report.add("coverage", f"{where}: {row.hours} h is not a multiple of 0.5 h >= 0.5")
        is_bundle = row.school is None and task.scope is Scope.school
        why = may_do(problem, row.person, task, row.school, is_bundle, context)
        if why:
            report.add("eligibility", f"{where}: {why}")
        person = people[row.person]
        funding = row.funding.value
        if funding == "bpt" and (task.scope is Scope.group or is_bundle
                                 or row.school != person.site):
            report.add("funding", f"{where}: BPT hours pay only for own-school school tasks")
        assigned[key] += row.hours
        workers[key].add(row.person)
        used[(row.person, funding)] += row.hours
        instances_of_person[row.person].add(key)

    check_travel(problem, plan, report, used)
    check_caps(problem, report, used)
    check_max_schools(problem, plan, report)
    for (person_id, funding), hours in used.items():
        limit = getattr(people[person_id], funding)
        if hours > limit + TOLERANCE:
            report.add("capacity", f"{person_id} uses {hours:g} h of {funding}, has {limit:g} h")
    for person_id, keys in instances_of_person.items():
        limit = people[person_id].max_tasks
        if limit is not None and len(keys) > limit:
            report.add("max_tasks", f"{person_id} works on {len(keys)} instances, max {limit}")

    covered: set[tuple[str, str | None]] = set()
    for key, hours in hours_of.items():
        got = assigned.get(key, 0.0)
        task = tasks[key[0]]
        if got == 0:
            continue
        if abs(got - hours) > TOLERANCE:
            report.add("coverage", f"{key[0]}@{key[1] or 'group'} gets {got:g} h of {hours:g} h "
                                   "(an instance is covered in full or not at all)")
            continue
        if len(workers[key]) > task.max_people:
            report.add("split_limit", f"{key[0]}@{key[1] or 'group'} is split over "
                                      f"{len(workers[key])} people, max {task.max_people}")
        covered.add(key)
    for task_id in bundled:
        if task_id in members_of and (task_id, None) not in covered:
            report.add("bundling", f"{task_id} is bundled but its central instance is not covered")

    for index, pin in enumerate(problem.pins):
        key = (pin.task, pin.school)
        rows = [row for row in plan.assignments if row.person == pin.person
                and (row.task, row.school) == key]
        hours = sum(row.hours for row in rows)
        if not rows:
            report.add("pin", f"pin {index + 1} ({pin.person}→{pin.task}) is not in the plan")
        elif pin.hours is not None and abs(hours - pin.hours) > TOLERANCE:
            report.add("pin", f"pin {index + 1}: {hours:g} h instead of {pin.hours:g} h")
        elif pin.funding is not None and any(row.funding != pin.funding for row in rows):
            report.add("pin", f"pin {index + 1}: paid from another source than {pin.funding.value}")

    # stage values: each school a covered instance (or covering bundle) credits
    core_value = noncore_value = 0.0
    expected_uncovered: set[tuple[str, str | None]] = set()
    for key in hours_of:
        task = tasks[key[0]]
        credits = len(members_of.get(task.id, [])) if key[1] is None and task.scope is \
            Scope.school else 1
        if key in covered:
            if task.core:
                core_value += task.priority * credits
            else:
                noncore_value += task.priority * credits
        else:
            expected_uncovered.add(key)
    report.core_value, report.noncore_value = core_value, noncore_value
    report.covered, report.instances = len(covered), len(hours_of)
    if plan.status in ("optimal", "feasible"):
        if abs((plan.objective.core or 0) - core_value) > TOLERANCE:
            report.add("objective", f"plan says core {plan.objective.core:g}, "
                                    f"the assignments give {core_value:g}")
        if abs((plan.objective.noncore or 0) - noncore_value) > TOLERANCE:
            report.add("objective", f"plan says non-core {plan.objective.noncore:g}, "
                                    f"the assignments give {noncore_value:g}")
        for name, bound, value in (("core", plan.bound.core, core_value),
                                   ("noncore", plan.bound.noncore, noncore_value)):
            if bound is not None and math.isfinite(bound) and bound + TOLERANCE < value:
                report.add("bound", f"the {name} bound {bound:g} is below the value reached "
                                    f"{value:g}")
        listed = {(row.task, row.school) for row in plan.uncovered}
        for key in sorted(expected_uncovered - listed, key=str):
            report.add("uncovered", f"{key[0]}@{key[1] or 'group'} is uncovered but not listed")
        for key in sorted(listed - expected_uncovered, key=str):
            report.add("uncovered", f"{key[0]}@{key[1] or 'group'} is listed as uncovered "
                                    "but is covered or does not exist")
        for row in plan.uncovered:
            if row.task in tasks and row.core != tasks[row.task].core:
                report.add("uncovered", f"{row.task}: core flag {row.core} is wrong")
    return report
