"""One tidy row of numbers per solved variant, plus per-person loads."""

from __future__ import annotations

from collections import Counter
from typing import Any

from allocator.check.checker import check_plan
from allocator.explain.recommend import RECOMMENDATIONS
from models import FUNDING_SOURCES, Cluster, Plan, Problem, Scope


def plan_metrics(problem: Problem, plan: Plan) -> dict:
    """One tidy row of numbers for a solved variant: coverage, hours, recommendations, gaps, ..."""
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
    hours: dict[str, float] = {}  # a Counter counts in int
    for assignment in plan.assignments:
        source = assignment.funding.value
        hours[source] = hours.get(source, 0) + assignment.hours
    distinct: dict[tuple[str, str | None], set[str]] = {}
    for a in plan.assignments:
        distinct.setdefault((a.task, a.school), set()).add(a.person)
    recommendations = Counter(u.recommendation for u in plan.uncovered)
    gaps = [s.gap for s in plan.stages if s.name in ("core", "noncore") and s.gap == s.gap]
    stage_gap = {s.name: s.gap for s in plan.stages if s.gap == s.gap}
    open_hours = _open_hours(problem, plan)
    metrics: dict[str, Any] = {
        "status": plan.status, "core_value": plan.objective.core,
        "noncore_value": plan.objective.noncore,
        "core_coverage_pct": 100 * covered["core"] / max(1, totals["core"]),
        "noncore_coverage_pct": 100 * covered["noncore"] / max(1, totals["noncore"]),
        **{f"hours_{source.value}": hours.get(source.value, 0) for source in FUNDING_SOURCES},
        "uncovered_core": sum(1 for u in plan.uncovered if u.core),
        "people_per_task": (sum(len(v) for v in distinct.values()) / len(distinct))
        if distinct else 0.0,
        **{f"rec_{name}": recommendations[name] for name in RECOMMENDATIONS},
        **{f"coverage_{c.value}_pct": 100 * covered[c.value] / max(1, totals[c.value])
           for c in Cluster},
        "gap": max(gaps) if gaps else 0.0, "seconds": plan.seconds,
        # counts and hours, so that totals over groups can be summed (Flanders)
        "core_instances": totals["core"], "core_covered": covered["core"],
        "noncore_instances": totals["noncore"], "noncore_covered": covered["noncore"],
        "gap_core": stage_gap.get("core"), "gap_noncore": stage_gap.get("noncore"),
        "gap_preferences": stage_gap.get("preferences"),
        "uncovered_core_hours": open_hours["core"], "recruit_hours": open_hours["recruit"],
        "checked": check_plan(problem, plan).ok,
        "stability": plan.replan.stability if plan.replan is not None else None,
    }
    return metrics


def _open_hours(problem: Problem, plan: Plan) -> dict[str, float]:
    """Weekly hours of the open core work, and of the open work recommended to recruit for."""
    from allocator.check.checker import instance_hours

    tasks, schools = problem.task_by_id(), problem.school_by_id()
    hours: dict[str, float] = {"core": 0, "recruit": 0}  # as a Counter starts
    for item in plan.uncovered:
        task = tasks.get(item.task)
        if task is None:
            continue
        pupils = schools[item.school].pupils if item.school in schools else None
        amount = instance_hours(task, pupils)
        hours["core"] += amount if task.core else 0.0
        hours["recruit"] += amount if item.recommendation == "recruit" else 0.0
    return {"core": hours["core"], "recruit": hours["recruit"]}


def person_loads(problem: Problem, plan: Plan) -> list[dict]:
    """Per person: site, role, hours worked, capacity and utilisation."""
    used: dict[str, float] = {}  # a Counter counts in int
    for row in plan.assignments:
        used[row.person] = used.get(row.person, 0) + row.hours
    return [{"person": p.id, "site": p.site, "role": str(p.role) if p.role else None,
             "central": p.is_central, "hours": used.get(p.id, 0), "capacity": p.ict + p.bpt + p.other,
             "utilisation_pct": 100 * used.get(p.id, 0) / (p.ict + p.bpt + p.other)
             if p.ict + p.bpt + p.other else None} for p in problem.people]
