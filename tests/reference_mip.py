"""A second, independent formulation of stages 1 and 2 as a MIP (HiGHS), for cross-checks.

It is built from the problem with the checker's rule functions, not from the compiled
program, so a compiler bug and a solver bug cannot agree by accident.
"""

from __future__ import annotations

import math

from allocator.check.checker import RuleContext, instance_hours, may_do
from allocator.solve.backends.highs.model import new_highs
from models import Problem, Scope


def reference_stage_values(problem: Problem) -> tuple[float, float]:
    """Optimal stage-1 and stage-2 values (core, then non-core with core fixed)."""
    highs = new_highs()
    instances = []  # (task, school or None, units, credit, is_bundle)
    bundle_members: dict[int, list[int]] = {}
    for task in problem.tasks:
        if task.scope is Scope.group:
            instances.append((task, None, int(instance_hours(task, None) * 2), 1, False))
            continue
        members = []
        total = 0.0
        for school in problem.schools:
            if task.applies_to(school):
                if task.bundle_factor is not None and school.pools:
                    members.append(len(instances))
                    total += instance_hours(task, school.pupils)
                instances.append((task, school.id, int(instance_hours(task, school.pupils) * 2),
                                  1, False))
        if members:
            units = max(1, math.ceil(task.bundle_factor * total * 2 - 1e-9))
            bundle_members[len(instances)] = members
            instances.append((task, None, units, len(members), True))

    context = RuleContext(problem)
    cover = [highs.addBinary() for _ in instances]
    capacity_terms: dict[tuple[str, str], list] = {}
    tasks_of_person: dict[str, list] = {}
    for k, (task, school_id, units, _, is_bundle) in enumerate(instances):
        shares = []
        uses = []
        for person in problem.people:
            if may_do(problem, person.id, task, school_id, is_bundle, context) is not None:
                continue
            sources = [s for s in ("ict", "other") if getattr(person, s) > 0]
            if person.bpt > 0 and task.scope is Scope.school and not is_bundle \
                    and school_id == person.site:
                sources.append("bpt")
            if not sources:
                continue
            use = highs.addBinary()
            uses.append(use)
            tasks_of_person.setdefault(person.id, []).append(use)
            parts = []
            for source in sources:
                amount = highs.addIntegral(lb=0, ub=units)
                parts.append(amount)
                capacity_terms.setdefault((person.id, source), []).append(amount)
                highs.addConstr(amount - units * use <= 0)
            highs.addConstr(sum(parts) - use >= 0)
            shares.extend(parts)
        if shares:
            highs.addConstr(sum(shares) - units * cover[k] == 0)
            highs.addConstr(sum(uses) <= task.max_people)
        else:
            highs.addConstr(cover[k] <= 0)
    for (person_id, source), amounts in capacity_terms.items():
        person = problem.person_by_id()[person_id]
        highs.addConstr(sum(amounts) <= int(getattr(person, source) * 2))
    for person in problem.people:
        if person.max_tasks is not None and tasks_of_person.get(person.id):
            highs.addConstr(sum(tasks_of_person[person.id]) <= person.max_tasks)
    for bundle, members in bundle_members.items():
        for member in members:
            highs.addConstr(cover[bundle] + cover[member] <= 1)

    def value(core: bool):
        return sum(task.priority * credit * cover[k]
                   for k, (task, _, _, credit, _) in enumerate(instances) if task.core == core)

    core_expr = value(True)
    core_value = 0
    if not isinstance(core_expr, int):
        highs.maximize(core_expr)
        core_value = round(highs.getInfo().objective_function_value)
        highs.addConstr(core_expr >= core_value)
    noncore_expr = value(False)
    if isinstance(noncore_expr, int):
        return float(core_value), 0.0
    highs.maximize(noncore_expr)
    return float(core_value), float(round(highs.getInfo().objective_function_value))
