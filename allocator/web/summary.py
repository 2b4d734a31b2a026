"""A short summary of a plan for management: coverage, hours, open core work, fragile work.

Built from the plan and the problem only (no solver state). The ICT head's workflow issue adds
a management summary to the plan workbook and JSON; when it lands, the web app shows that one.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from allocator.check.checker import instance_hours
from models import FUNDING_SOURCES, Plan, Problem, Scope

TOP_UNCOVERED_CORE = 25


def _share(part: float, whole: float) -> float:
    return round(part / whole, 4) if whole else 1.0


def _instances(problem: Problem):
    """Every piece of work the plan should cover: (task, school id or None, hours)."""
    for task in problem.tasks:
        if task.scope is Scope.group:
            yield task, None, instance_hours(task, None)
            continue
        for school in problem.schools:
            if task.applies_to(school):
                yield task, school.id, instance_hours(task, school.pupils)


def management_summary(problem: Problem, plan: Plan,
                       single_points_of_failure: list[dict] | None = None) -> dict[str, Any]:
    open_work = {(u.task, u.school) for u in plan.uncovered}
    totals: dict[str, dict[str, float]] = {kind: defaultdict(float) for kind in ("core",
                                                                                 "noncore")}
    per_school: dict[str, dict[str, dict[str, float]]] = defaultdict(
        lambda: {"core": defaultdict(float), "noncore": defaultdict(float)})
    for task, school, hours in _instances(problem):
        kind = "core" if task.core else "noncore"
        covered = (task.id, school) not in open_work
        for bucket in [totals[kind]] + ([per_school[school][kind]] if school else []):
            bucket["tasks"] += 1
            bucket["hours"] += hours
            bucket["tasks_covered"] += covered
            bucket["hours_covered"] += hours if covered else 0.0

    def shaped(bucket: dict[str, float]) -> dict[str, float]:
        return {"tasks": int(bucket["tasks"]), "tasks_covered": int(bucket["tasks_covered"]),
                "hours": bucket["hours"], "hours_covered": bucket["hours_covered"],
                "share": _share(bucket["tasks_covered"], bucket["tasks"]),
                "hours_share": _share(bucket["hours_covered"], bucket["hours"])}

    used: dict[str, float] = defaultdict(float)
    for row in plan.assignments:
        used[row.funding.value] += row.hours
    funding = {source.value: {"used": used[source.value],
                              "available": sum(p.hours(source) for p in problem.people)}
               for source in FUNDING_SOURCES}
    tasks = problem.task_by_id()
    open_core = sorted((u for u in plan.uncovered if u.core),
                       key=lambda u: (-tasks[u.task].priority, u.school or "", u.task))
    fragile = [row for row in (single_points_of_failure or [])
               if row.get("single_point_of_failure")]
    return {
        "status": plan.status,
        "interrupted": bool(getattr(plan, "interrupted", False)),
        "core": shaped(totals["core"]),
        "noncore": shaped(totals["noncore"]),
        "schools": {school.id: {kind: shaped(per_school[school.id][kind])
                                for kind in ("core", "noncore")} for school in problem.schools},
        "funding": funding,
        "assignments": len(plan.assignments),
        "people_working": len({row.person for row in plan.assignments}),
        "people": len(problem.people),
        "uncovered": len(plan.uncovered),
        "uncovered_core": len(open_core),
        "uncovered_core_top": [{"task": u.task, "school": u.school,
                                "recommendation": u.recommendation,
                                "hours": getattr(u, "hours", None)}
                               for u in open_core[:TOP_UNCOVERED_CORE]],
        "recommendations": {rec: sum(1 for u in plan.uncovered if u.recommendation == rec)
                            for rec in ("recruit", "outsource", "defer")},
        "single_points_of_failure": len(fragile),
        "seconds": plan.seconds,
    }
