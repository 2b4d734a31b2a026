"""One tidy row of numbers per solved variant, plus per-person loads."""

from __future__ import annotations

from collections import Counter

from allocator.check.checker import check_plan
from allocator.explain.recommend import RECOMMENDATIONS
from models import FUNDING_SOURCES, Cluster, Plan, Problem, Scope


def plan_metrics(problem: Problem, plan: Plan) -> dict:
    solved = plan.status in ("optimal", "feasible")  # an unsolved plan covers nothing
    problem = problem.with_pooling(getattr(plan, "pooling", None))  # 'kies' as decided
    uncovered = {(u.task, u.school) for u in plan.uncovered}
    bundled = set(plan.bundled)
    pools = {s.id for s in problem.schools if s.pools is True}
    totals: Counter = Counter()
    covered: Counter = Counter()
    for task in problem.tasks:
        places = [None] if task.scope is Scope.group else [
            s.id for s in problem.schools if task.applies_to(s)]
        for place in places:
            keys = ("core" if task.core else "noncore", task.cluster.value)
            done = solved and ((task.id, place) not in uncovered
                               or (task.id in bundled and place in pools))
            for key in keys:
                totals[key] += 1
                covered[key] += done
    hours = Counter()
    for row in plan.assignments:
        hours[row.funding.value] += row.hours
    distinct = {}
    for a in plan.assignments:
        distinct.setdefault((a.task, a.school), set()).add(a.person)
    recommendations = Counter(u.recommendation for u in plan.uncovered)
    gaps = [s.gap for s in plan.stages if s.name in ("core", "noncore") and s.gap == s.gap]
    row = {
        "status": plan.status, "core_value": plan.objective.core,
        "noncore_value": plan.objective.noncore,
        "core_coverage_pct": 100 * covered["core"] / max(1, totals["core"]),
        "noncore_coverage_pct": 100 * covered["noncore"] / max(1, totals["noncore"]),
        **{f"hours_{source.value}": hours[source.value] for source in FUNDING_SOURCES},
        "uncovered_core": sum(u.core for u in plan.uncovered),
        "people_per_task": (sum(len(v) for v in distinct.values()) / len(distinct))
        if distinct else 0.0,
        **{f"rec_{name}": recommendations[name] for name in RECOMMENDATIONS},
        **{f"coverage_{c.value}_pct": 100 * covered[c.value] / max(1, totals[c.value])
           for c in Cluster},
        "gap": max(gaps) if gaps else 0.0, "seconds": plan.seconds,
        "checked": check_plan(problem, plan).ok,
        "stability": (getattr(plan, "replan", None) or {}).get("stability"),
    }
    return row


def person_loads(problem: Problem, plan: Plan) -> list[dict]:
    used = Counter()
    for row in plan.assignments:
        used[row.person] += row.hours
    return [{"person": p.id, "site": p.site, "role": str(p.role) if p.role else None,
             "central": p.is_central, "hours": used[p.id], "capacity": p.ict + p.bpt + p.other,
             "utilisation_pct": 100 * used[p.id] / (p.ict + p.bpt + p.other)
             if p.ict + p.bpt + p.other else None} for p in problem.people]
