"""The summary for management, computed once as data (docs/summary.md describes every key).

What a director or a board asks of a plan: how much of the core and the other work is covered
(tasks and hours, as shares) per school and for the group, how many hours of each funding
source are used against what is available, which core work stays open and what to do about
it, which core work rests on one person, and how loaded each person is.

The plan workbook, the plan JSON (``summary``), the director's report and the web app all
render this one dictionary; it holds ids, numbers and codes, plus task and school names and
the "what to do" sentence in the language asked for.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from allocator.i18n import Lang
from models import CENTRAL, FUNDING_SOURCES, Person, Plan, Problem, School, Scope, Task

SUMMARY_VERSION = 1
TOP_SINGLE_POINTS = 10


def _share(part: float, whole: float) -> float | None:
    return round(part / whole, 4) if whole else None


def _block(tasks: int, covered: int, hours: float, hours_covered: float) -> dict[str, Any]:
    """Covered work as counts, hours and shares (a share is None when there is no work)."""
    return {"tasks": tasks, "covered": covered, "task_share": _share(covered, tasks),
            "hours": round(hours, 2), "hours_covered": round(hours_covered, 2),
            "hours_share": _share(hours_covered, hours)}


class _Tally:
    """Adds instances up into core and non-core blocks."""

    def __init__(self) -> None:
        self.counts: dict[str, list[float]] = {"core": [0, 0, 0.0, 0.0],
                                               "noncore": [0, 0, 0.0, 0.0]}

    def add(self, core: bool, hours: float, covered: bool) -> None:
        row = self.counts["core" if core else "noncore"]
        row[0] += 1
        row[2] += hours
        if covered:
            row[1] += 1
            row[3] += hours

    def merge(self, other: _Tally) -> None:
        for key, values in other.counts.items():
            for k, value in enumerate(values):
                self.counts[key][k] += value

    def blocks(self) -> dict[str, dict[str, Any]]:
        return {key: _block(int(v[0]), int(v[1]), v[2], v[3]) for key, v in self.counts.items()}


def _pools(plan: Plan, school: School) -> bool:
    """The plan's pooling decision where it records one, else the school's own column."""
    decisions = getattr(plan, "pooling", None) or {}
    value = decisions.get(school.id, school.pools)
    return value is True


def _funding(available: dict[str, float], used: dict[str, float]) -> dict[str, dict[str, Any]]:
    return {source.value: {"available": round(available[source.value], 2),
                           "used": round(used[source.value], 2),
                           "share": _share(used[source.value], available[source.value])}
            for source in FUNDING_SOURCES}


def management_summary(problem: Problem, plan: Plan, lang: Lang = "nl",
                       top: int = TOP_SINGLE_POINTS) -> dict[str, Any]:
    """The summary for management of ``plan`` (a JSON-serialisable dict, docs/summary.md)."""
    from allocator.explain.render import render_plan

    plan = render_plan(problem, plan, lang)
    tasks = problem.task_by_id()
    schools = problem.school_by_id()
    people = problem.person_by_id()
    uncovered = {(u.task, u.school) for u in plan.uncovered}
    bundled = set(plan.bundled)

    per_school: dict[str, _Tally] = {}
    for school in problem.schools:
        tally = _Tally()
        pools = _pools(plan, school)
        for task in problem.tasks:
            if not task.applies_to(school):
                continue
            through_bundle = task.id in bundled and pools
            tally.add(task.core, task.hours_at(school),
                      through_bundle or (task.id, school.id) not in uncovered)
        per_school[school.id] = tally
    group_tasks = _Tally()
    for task in problem.tasks:
        if task.scope is Scope.group:
            group_tasks.add(task.core, task.hours_at(None), (task.id, None) not in uncovered)
    whole = _Tally()
    for tally in [*per_school.values(), group_tasks]:
        whole.merge(tally)

    available: dict[str, dict[str, float]] = defaultdict(lambda: defaultdict(float))
    used: dict[str, dict[str, float]] = defaultdict(lambda: defaultdict(float))
    for person in problem.people:
        for source in FUNDING_SOURCES:
            available[person.site][source.value] += person.hours(source)
            available["*"][source.value] += person.hours(source)
    central_at: dict[str, float] = defaultdict(float)
    used_by_person: dict[str, dict[str, float]] = defaultdict(lambda: defaultdict(float))
    for row in plan.assignments:
        worker = people.get(row.person)
        if worker is not None and worker.site == CENTRAL and row.school is not None:
            central_at[row.school] += row.hours
    # travel included (v2): it is paid from the same hours, so it is not "left"
    for (person_id, funding), spent in plan.hours_spent().items():
        worker = people.get(person_id)
        site = worker.site if worker is not None else "?"
        used[site][funding] += spent
        used["*"][funding] += spent
        used_by_person[person_id][funding] += spent

    open_count: dict[str | None, list[int]] = defaultdict(lambda: [0, 0])
    for u in plan.uncovered:
        open_count[u.school][0 if u.core else 1] += 1

    school_rows = []
    for school in problem.schools:
        school_rows.append({
            "id": school.id, "name": school.name, "level": school.level.value,
            "pupils": school.pupils, "pools": _pools(plan, school),
            "ict_envelope_hours": school.ict_envelope_hours,
            **per_school[school.id].blocks(),
            "funding": _funding(available[school.id], used[school.id]),
            "central_hours": round(central_at[school.id], 2),
            "uncovered_core": open_count[school.id][0],
            "uncovered_noncore": open_count[school.id][1],
        })

    return {
        "version": SUMMARY_VERSION,
        "status": plan.shown_status,
        "interrupted": bool(getattr(plan, "interrupted", False)),
        "group": {**whole.blocks(),
                  "funding": _funding(available["*"], used["*"]),
                  "uncovered_core": sum(u.core for u in plan.uncovered),
                  "uncovered_noncore": sum(not u.core for u in plan.uncovered)},
        "group_tasks": group_tasks.blocks(),
        "central": {"people": sum(p.is_central for p in problem.people),
                    "funding": _funding(available[CENTRAL], used[CENTRAL]),
                    "hours_at_schools": round(sum(central_at.values()), 2)},
        "schools": school_rows,
        "uncovered_core": _uncovered_core(problem, plan, tasks, schools, lang),
        "uncovered_noncore": _uncovered_noncore(problem, plan, tasks, schools),
        "single_points_of_failure": _single_points(problem, plan, lang, top),
        "load": [_load(person, used_by_person[person.id]) for person in
                 sorted(problem.people, key=lambda p: (p.site != CENTRAL, p.site, p.id))],
        "bundled": sorted(bundled),
    }


def _instance_hours(task: Task, school: School | None) -> float:
    return task.hours_at(school if task.scope is Scope.school else None)


def _uncovered_core(problem: Problem, plan: Plan, tasks: dict[str, Task],
                    schools: dict[str, School], lang: Lang) -> list[dict[str, Any]]:
    """Every uncovered core instance, one line each, most important first."""
    from allocator.explain.report import remedy_sentence

    rows = []
    for u in plan.uncovered:
        task = tasks.get(u.task)
        if not u.core or task is None:
            continue
        school = schools.get(u.school) if u.school else None
        rows.append({
            "task": u.task, "task_name": task.name(lang), "cluster": task.cluster.value,
            "school": u.school, "school_name": school.name if school else None,
            "hours": _instance_hours(task, school), "priority": task.priority,
            "reason": u.reason, "detail": u.detail, "recommendation": u.recommendation,
            "action": getattr(u, "recommendation_text", None)
            or remedy_sentence(getattr(u, "remedy", None), lang, problem),
        })
    return sorted(rows, key=lambda r: (-r["priority"], r["school"] or "", r["task"]))


def _uncovered_noncore(problem: Problem, plan: Plan, tasks: dict[str, Task],
                       schools: dict[str, School]) -> dict[str, dict[str, float]]:
    """Uncovered non-core work per recommendation: counts and hours, not a long list."""
    totals: dict[str, dict[str, float]] = {}
    for u in plan.uncovered:
        task = tasks.get(u.task)
        if u.core or task is None:
            continue
        row = totals.setdefault(u.recommendation, {"tasks": 0, "hours": 0.0})
        row["tasks"] += 1
        row["hours"] += _instance_hours(task, schools.get(u.school) if u.school else None)
    return dict(sorted(totals.items()))


def _single_points(problem: Problem, plan: Plan, lang: Lang, top: int) -> dict[str, Any]:
    found = single_points_of_failure(problem, plan, lang)
    return {"total": len(found), "top": found[:top]}


def single_points_of_failure(problem: Problem, plan: Plan, lang: Lang = "nl"
                             ) -> list[dict[str, Any]]:
    """Covered core work that one person does and nobody else may or can take over.

    Most important first.
    """
    if plan.status not in ("optimal", "feasible"):
        return []
    from allocator.compile import compile_problem
    from allocator.explain.backup import backups
    from allocator.explain.from_plan import solution_from_plan
    from allocator.solve.state import plan_state

    program = compile_problem(problem)
    try:
        solution = solution_from_plan(program, plan)
    except ValueError:  # a plan that does not fit this input: the checker says why
        return []
    state = plan_state(program, solution.arc_source_units)
    rows = backups(program, solution, program.stages[0].instance_weight, state,
                   program.arcs_of_instance())
    tasks, people, schools = problem.task_by_id(), problem.person_by_id(), problem.school_by_id()
    hours: dict[tuple[str, str | None], float] = defaultdict(float)
    for a in plan.assignments:
        hours[(a.task, a.school)] += a.hours
    found = []
    for row in rows:
        if not row["single_point_of_failure"]:
            continue
        task, person = tasks[row["task"]], people.get(row["workers"][0])
        school = schools.get(row["school"]) if row["school"] else None
        found.append({"task": row["task"], "task_name": task.name(lang),
                      "school": row["school"], "school_name": school.name if school else None,
                      "person": row["workers"][0],
                      "person_name": person.name if person else row["workers"][0],
                      "hours": hours[(row["task"], row["school"])], "priority": task.priority})
    found.sort(key=lambda r: (-r["priority"], -r["hours"], r["school"] or "", r["task"]))
    return found


def _load(person: Person, used: dict[str, float]) -> dict[str, Any]:
    available = {source.value: person.hours(source) for source in FUNDING_SOURCES}
    spent = {source.value: round(used.get(source.value, 0.0), 2) for source in FUNDING_SOURCES}
    return {"id": person.id, "name": person.name, "site": person.site, "role": person.role,
            "available": available, "used": spent,
            "available_total": sum(available.values()), "used_total": sum(spent.values())}
