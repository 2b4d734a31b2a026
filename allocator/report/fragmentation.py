"""How fragmented a plan is and what pooling gives and costs (allocation-rules.md v2).

Per person: tasks (instances worked on), distinct schools (school-scope work), clusters and
the median share (hours per instance). For the group: a fragmentation summary, the load
spread (most and least hours per person, the Gini coefficient of hours per person, overall
and per role) and, for every school that may pool (``kies``), the decision with what it
gives the school (work central staff do there, its part of the bundles that cover it) and
what it costs (its pool hours handed to the group's pot, travel central staff pay to get
there).
"""

from __future__ import annotations

import statistics
from collections import defaultdict
from typing import Any

from models import CENTRAL, Plan, Problem, School, Scope


def gini(values: list[float]) -> float:
    """Gini coefficient of non-negative values (0 = all equal, near 1 = one holds all)."""
    data = sorted(v for v in values if v >= 0)
    total = sum(data)
    if len(data) < 2 or total == 0:
        return 0.0
    weighted = sum((2 * (k + 1) - len(data) - 1) * v for k, v in enumerate(data))
    return round(weighted / (len(data) * total), 4)


def person_fragmentation(problem: Problem, plan: Plan) -> list[dict[str, Any]]:
    """Per person: how many tasks, schools and clusters they work on, and their median share."""
    tasks = problem.task_by_id()
    shares: dict[tuple[str, str, str | None], float] = defaultdict(float)
    for row in plan.assignments:
        shares[(row.person, row.task, row.school)] += row.hours
    # each person's shares and travel lines, in the plan's order (one pass, not one per person)
    shares_of: dict[str, dict[tuple[str, str, str | None], float]] = defaultdict(dict)
    for key, hours in shares.items():
        shares_of[key[0]][key] = hours
    travel_of: dict[str, list[float]] = defaultdict(list)
    for line in getattr(plan, "travel", None) or []:
        travel_of[line["person"]].append(float(line["hours"]))
    rows = []
    for person in problem.people:
        mine = shares_of.get(person.id, {})
        schools = {school for (_, task, school) in mine
                   if school is not None and tasks[task].scope is Scope.school}
        clusters = {tasks[task].cluster.value for (_, task, _) in mine}
        travel = sum(travel_of.get(person.id, []))
        rows.append({"person": person.id, "role": person.role or "", "tasks": len(mine),
                     "schools": len(schools), "clusters": len(clusters),
                     "median_share": statistics.median(mine.values()) if mine else 0.0,
                     "shares_under_1h": sum(1 for hours in mine.values() if hours < 1),
                     "hours": sum(mine.values()) + travel, "travel_hours": travel})
    return rows


def load_spread(rows: list[dict[str, Any]]) -> dict[str, Any]:
    """Most and least hours per person and the Gini of hours, overall and by role."""
    working = [row for row in rows if row["hours"] > 0]
    by_role: dict[str, list[float]] = defaultdict(list)
    for row in rows:
        by_role[row["role"] or "-"].append(row["hours"])
    return {
        "max_hours": max((row["hours"] for row in rows), default=0.0),
        "min_hours": min((row["hours"] for row in rows), default=0.0),
        "min_hours_working": min((row["hours"] for row in working), default=0.0),
        "gini": gini([row["hours"] for row in rows]),
        "gini_by_role": {role: gini(hours) for role, hours in sorted(by_role.items())},
    }


def fragmentation_summary(rows: list[dict[str, Any]]) -> dict[str, Any]:
    """The group's fragmentation in a few numbers (means, maxima, people at 3+ schools, ...)."""
    working = [row for row in rows if row["tasks"]]
    shares = [row["median_share"] for row in working]
    return {
        "people_working": len(working),
        "mean_tasks": round(statistics.fmean(r["tasks"] for r in working), 2) if working else 0,
        "max_tasks": max((r["tasks"] for r in working), default=0),
        "people_at_3_or_more_schools": sum(1 for r in working if r["schools"] >= 3),
        "people_in_3_or_more_clusters": sum(1 for r in working if r["clusters"] >= 3),
        "shares_under_1h": sum(r["shares_under_1h"] for r in working),
        "median_of_median_shares": statistics.median(shares) if shares else 0.0,
    }


def pooling_by_school(problem: Problem, plan: Plan) -> list[dict[str, Any]]:
    """For every school that pools or may pool: the decision, what it gives and what it costs.

    The decision is the given one, or the plan's for a 'choose' school.
    """
    decided = getattr(plan, "pooling", None) or {}
    people = problem.person_by_id()
    tasks = problem.task_by_id()

    def pools(school: School) -> bool:
        return bool(decided.get(school.id, school.always_pools))

    # what does not depend on the school, worked out once (the sums keep the plan's order)
    central_at: dict[str | None, list[float]] = defaultdict(list)
    bundle_hours: dict[str, list[float]] = defaultdict(list)
    for row in plan.assignments:
        if people[row.person].site == CENTRAL:
            central_at[row.school].append(row.hours)
        if row.school is None:
            bundle_hours[row.task].append(row.hours)
    travel_at: dict[str, list[float]] = defaultdict(list)
    for line in getattr(plan, "travel", None) or []:
        travel_at[line["school"]].append(float(line["hours"]))
    members_of: dict[str, tuple[set[str], float]] = {}
    for task_id in plan.bundled if any(pools(s) for s in problem.schools) else []:
        task = tasks[task_id]
        members = [s for s in problem.schools if task.applies_to(s) and pools(s)]
        # school ids are unique: a school is among the members when its id is
        members_of[task_id] = ({s.id for s in members}, sum(task.hours_at(s) for s in members))

    rows = []
    for school in problem.schools:
        if not school.may_pool:
            continue
        central_here = sum(central_at.get(school.id, []))
        bundled = 0.0
        if pools(school):  # its part of each bundle that covers it, by its own hours for it
            for task_id in plan.bundled:
                task = tasks[task_id]
                member_ids, total = members_of[task_id]
                if school.id in member_ids and total:
                    hours = sum(bundle_hours.get(task_id, []))
                    bundled += hours * task.hours_at(school) / total
        travel = sum(travel_at.get(school.id, []))
        rows.append({"school": school.id, "pools": pools(school), "chosen": school.chooses,
                     "gives": {"central_hours_at_school": central_here,
                               "bundled_hours_for_school": round(bundled, 2)},
                     "costs": {"pool_hours": (school.pool_hours or 0.0) if pools(school)
                               else 0.0, "travel_hours": travel}})
    return rows


def pooling_decisions(problem: Problem, plan: Plan) -> list[dict[str, Any]]:
    """For every 'choose' school: the decision, what it gives and what it costs."""
    return [{key: value for key, value in row.items() if key != "chosen"}
            for row in pooling_by_school(problem, plan) if row["chosen"]]


def plan_fragmentation(problem: Problem, plan: Plan) -> dict[str, Any]:
    """Everything above as one JSON-ready mapping."""
    rows = person_fragmentation(problem, plan)
    return {"people": rows, "summary": fragmentation_summary(rows),
            "load_spread": load_spread(rows),
            "pooling_decisions": pooling_decisions(problem, plan)}
