"""A second, independent formulation of stages 1 and 2 as a MIP (HiGHS), for cross-checks.

It is built from the problem with the checker's rule functions, not from the compiled
program, so a compiler bug and a solver bug cannot agree by accident. v2: pooling decisions
of 'choose' schools are binaries; who may do what is asked of the checker twice (with every
such school pooling, and with none), and an arc allowed in only one of the two follows its
school's decision. Bundle hours follow the decisions, travel lines, the pool budget, school
envelopes and max_schools are stated here again in their own plain way.
"""

from __future__ import annotations

import math
from fractions import Fraction

from allocator.check.checker import RuleContext, instance_hours, may_do
from allocator.solve.backends.highs.model import new_highs
from models import CENTRAL, Placement, Problem, Scope


def reference_stage_values(problem: Problem) -> tuple[float, float]:
    """Optimal stage-1 and stage-2 values (core, then non-core with core fixed)."""
    highs = new_highs()
    # HiGHS's thread scheduler is global: a first instance on the default thread count makes
    # every later HighsProgram (threads=1) fail with "scheduler already initialized"
    highs.setOptionValue("threads", 1)
    choosing = [school.id for school in problem.schools if school.chooses]
    pools = {sid: highs.addBinary() for sid in choosing}
    if_pooling = problem.with_pooling(dict.fromkeys(choosing, True))
    if_not = problem.with_pooling(dict.fromkeys(choosing, False))
    contexts = (RuleContext(if_pooling), RuleContext(if_not))
    schools = problem.school_by_id()
    people = problem.person_by_id()

    # instances: (task, school or None, units (most), is_bundle); bundle members per bundle
    instances: list[tuple] = []
    members_of: dict[int, list[tuple[int, str]]] = {}  # bundle -> [(member instance, school)]
    for task in problem.tasks:
        if task.scope is Scope.group:
            instances.append((task, None, int(instance_hours(task, None) * 2), False))
            continue
        members = []
        for school in problem.schools:
            if task.applies_to(school):
                if task.bundle_factor is not None and school.may_pool:
                    members.append((len(instances), school.id))
                instances.append((task, school.id,
                                  int(instance_hours(task, school.pupils) * 2), False))
        if members:
            total = sum(instances[m][2] for m, _ in members)
            units = max(1, math.ceil(task.bundle_factor * total - 1e-9))
            members_of[len(instances)] = members
            instances.append((task, None, units, True))

    cover = [highs.addBinary() for _ in instances]
    capacity_terms: dict[tuple[str, str], list] = {}
    tasks_of_person: dict[str, list] = {}
    schools_of_person: dict[tuple[str, str], list] = {}
    local_uses: dict[tuple[str, str], list] = {}
    for k, (task, school_id, units, is_bundle) in enumerate(instances):
        shares, uses = [], []
        for person in problem.people:
            allowed = [may_do(fixed, person.id, task, school_id, is_bundle, context) is None
                       for fixed, context in zip((if_pooling, if_not), contexts, strict=True)]
            if not any(allowed):
                continue
            sources = [s for s in ("ict", "other") if getattr(person, s) > 0]
            if person.bpt > 0 and task.scope is Scope.school and not is_bundle \
                    and school_id == person.site:
                sources.append("bpt")
            if not sources:
                continue
            use = highs.addBinary()
            if not all(allowed):  # the decision of one 'choose' school rules this arc
                deciding = school_id if task.scope is Scope.school else person.site
                if allowed[0]:
                    highs.addConstr(use - pools[deciding] <= 0)
                else:
                    highs.addConstr(use + pools[deciding] <= 1)
            uses.append(use)
            tasks_of_person.setdefault(person.id, []).append(use)
            if school_id is not None and not is_bundle:
                schools_of_person.setdefault((person.id, school_id), []).append(use)
                if person.site == CENTRAL and task.placement is Placement.local:
                    local_uses.setdefault((person.id, school_id), []).append(use)
            for source in sources:
                amount = highs.addIntegral(lb=0, ub=units)
                shares.append(amount)
                capacity_terms.setdefault((person.id, source), []).append(amount)
                highs.addConstr(amount - units * use <= 0)
            highs.addConstr(sum(shares[-len(sources):]) - use >= 0)
        if not shares:
            highs.addConstr(cover[k] <= 0)
            continue
        highs.addConstr(sum(uses) <= task.max_people)
        chosen = [sid for _, sid in members_of.get(k, []) if schools[sid].chooses]
        if not chosen:
            highs.addConstr(sum(shares) - units * cover[k] == 0)
            continue
        # bundle hours: ceil(f * hours of the members that pool), exactly when covered
        fixed = sum(instances[m][2] for m, sid in members_of[k] if not schools[sid].chooses)
        total = fixed + sum(instances[m][2] * pools[sid] for m, sid in members_of[k]
                            if schools[sid].chooses)
        factor = Fraction(task.bundle_factor).limit_denominator(10_000)
        needed = highs.addIntegral(lb=0, ub=units)
        highs.addConstr(factor.denominator * needed - factor.numerator * total >= 0)
        highs.addConstr(factor.denominator * needed - factor.numerator * total
                        <= factor.denominator - 1)
        highs.addConstr(sum(shares) - needed <= 0)
        highs.addConstr(sum(shares) - needed - units * cover[k] >= -units)
        highs.addConstr(sum(shares) - units * cover[k] <= 0)
        if not fixed:
            highs.addConstr(cover[k] - sum(pools[sid] for sid in chosen) <= 0)

    # travel: paid once per central person and visited school, from ict or other
    for (person_id, school_id), uses in local_uses.items():
        hours = schools[school_id].travel_hours or 0.0
        if not hours:
            continue
        due = highs.addBinary()
        for use in uses:
            highs.addConstr(use - due <= 0)
        highs.addConstr(due - sum(uses) <= 0)
        paid = []
        for source in ("ict", "other"):
            if getattr(people[person_id], source) > 0:
                pay = highs.addBinary()
                paid.append(pay)
                capacity_terms.setdefault((person_id, source), []).append(int(hours * 2) * pay)
        highs.addConstr(sum(paid) - due == 0) if paid else highs.addConstr(due <= 0)

    for (person_id, source), amounts in capacity_terms.items():
        highs.addConstr(sum(amounts) <= int(getattr(people[person_id], source) * 2))
    for person in problem.people:
        if person.max_tasks is not None and tasks_of_person.get(person.id):
            highs.addConstr(sum(tasks_of_person[person.id]) <= person.max_tasks)
        if person.max_schools is not None:
            at = []
            for (person_id, _), uses in schools_of_person.items():
                if person_id == person.id:
                    here = highs.addBinary()
                    at.append(here)
                    for use in uses:
                        highs.addConstr(use - here <= 0)
            if at:
                highs.addConstr(sum(at) <= person.max_schools)
    _caps(problem, highs, pools, capacity_terms)

    credit: list = []  # (task, expression) per credited school
    for k, (task, _, _, is_bundle) in enumerate(instances):
        if not is_bundle:
            credit.append((task, cover[k]))
            continue
        for member, sid in members_of[k]:
            if schools[sid].chooses:
                both = highs.addBinary()  # bundled and the school pools
                highs.addConstr(both - cover[k] <= 0)
                highs.addConstr(both - pools[sid] <= 0)
                highs.addConstr(cover[k] + pools[sid] - both <= 1)
                highs.addConstr(both + cover[member] <= 1)
                credit.append((task, both))
            else:
                highs.addConstr(cover[k] + cover[member] <= 1)
                credit.append((task, cover[k]))

    def value(core: bool):
        return sum(task.priority * term for task, term in credit if task.core == core)

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


def _caps(problem: Problem, highs, pools: dict, capacity_terms: dict) -> None:
    """Pool budget and envelopes over the ict terms of the people concerned."""
    def ict_of(site: str) -> list:
        return [term for (person_id, source), terms in capacity_terms.items()
                if source == "ict" and problem.person_by_id()[person_id].site == site
                for term in terms]

    if problem.central_capped:
        fixed = (problem.central_ict_hours or 0.0) + sum(
            s.pool_hours or 0.0 for s in problem.schools if s.pools is True)
        terms = ict_of(CENTRAL)
        if terms:
            highs.addConstr(sum(terms) - sum(int((s.pool_hours or 0) * 2) * pools[s.id]
                                             for s in problem.schools if s.chooses)
                            <= int(fixed * 2))
    if problem.pool_priced:
        for school in problem.schools:
            terms = ict_of(school.id)
            if school.ict_envelope_hours is None or not terms:
                continue
            pool = int((school.pool_hours or 0.0) * 2)
            envelope = int(school.ict_envelope_hours * 2)
            if school.chooses:
                highs.addConstr(sum(terms) + pool * pools[school.id] <= envelope)
            else:
                highs.addConstr(sum(terms) <= envelope - (pool if school.pools is True else 0))
