"""What changed between a previous plan and a new one, per task instance, and why.

Each instance (task, school) that either plan works on is *kept* (the same people), *moved*
(other people), *new* (covered now, not before) or *dropped* (covered before, not now). For
moved and dropped work the forced causes found in the input come first: a person who did it
has left, a person's hours of the paying source went down below what they did, the rules no
longer allow that person on it (site, competency, role or region changed), the task or school
is gone, or the work's hours changed. Without such a cause the change is the plan's choice,
made to cover more (or higher-priority) work elsewhere.

Bundles: a pooling school's instance of a bundled task is done by the group's bundle. Such an
instance is compared as covered *through the bundle* (its rows carry ``"via": "bundle"``): a
school that starts pooling and whose task the bundle now does has that work *moved* into the
bundle (reason ``bundled``), not dropped; a bundle that ends while its schools do the task
themselves has it *moved* back (``unbundled``). The bundle (task, None) has a row of its own
only when it exists in both plans (kept or moved); a bundle that starts or ends is told by
its schools' rows, so every count is per school instance and nothing is told twice.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from allocator.i18n import Lang, hours, text
from models import Person, Plan, Problem, School, Scope, Task

ORDER = {"dropped": 0, "moved": 1, "new": 2, "kept": 3}
Key = tuple[str, str | None]


def _work(plan: Plan) -> dict[Key, list[dict[str, Any]]]:
    rows: dict[Key, list[dict[str, Any]]] = defaultdict(list)
    for a in plan.assignments:
        rows[(a.task, a.school)].append({"person": a.person, "hours": a.hours,
                                         "funding": a.funding.value})
    return rows


def _through_bundle(problem: Problem, plan: Plan) -> set[Key]:
    """(task, school) instances ``plan`` covers through a bundle: bundled task, pooling school."""
    decisions = getattr(plan, "pooling", None) or {}
    tasks = problem.task_by_id()
    result: set[Key] = set()
    for task_id in plan.bundled:
        task = tasks.get(task_id)
        if task is None or task.scope is not Scope.school:
            continue
        for school in problem.schools:
            if decisions.get(school.id, school.pools) is True and task.applies_to(school):
                result.add((task_id, school.id))
    return result


def _is_bundle(key: Key, tasks: dict[str, Task]) -> bool:
    task = tasks.get(key[0])
    return key[1] is None and task is not None and task.scope is Scope.school


def _allowed(problem: Problem) -> set[tuple[str, str, str | None]]:
    """(person, task, school) pairs the rules allow today (the compiled candidate arcs)."""
    from allocator.compile import compile_problem

    program = compile_problem(problem)
    return {(program.person_ids[int(p)], program.instance_task[int(i)],
             program.instance_school[int(i)])
            for p, i in zip(program.arc_person, program.arc_instance, strict=True)}


def plan_changes(problem: Problem, previous: Plan, plan: Plan) -> dict[str, Any]:
    """What changed from ``previous`` to ``plan``, per task instance, and why.

    Returns ``{"counts": {status: n}, "rows": [...], "names": {person id: name}}``; each row
    has ``status``, ``task``, ``school``, ``before`` and ``after`` (person, hours, funding),
    ``hours_before``, ``hours_after`` and ``reasons`` (codes with their person, source or
    hours).
    """
    people, tasks, schools = problem.person_by_id(), problem.task_by_id(), problem.school_by_id()
    before, after = _work(previous), _work(plan)
    via_before, via_after = _through_bundle(problem, previous), _through_bundle(problem, plan)
    allowed = _allowed(problem)
    # travel (v2) included: fewer hours than work and travel took is a forced cause too
    used_before = defaultdict(float, previous.hours_spent())
    rows = []
    keys = before.keys() | after.keys() | via_before | via_after
    for key in sorted(keys, key=lambda k: (k[1] or "", k[0])):
        if _is_bundle(key, tasks) and not (before.get(key) and after.get(key)):
            continue  # a bundle that starts or ends: its schools' rows tell it
        if key in via_before and key in via_after:
            continue  # done by the bundle in both plans: the bundle's own row tells it
        bundle = (key[0], None)
        old = ([{**row, "via": "bundle"} for row in before.get(bundle, [])]
               if key in via_before else before.get(key, []))
        new = ([{**row, "via": "bundle"} for row in after.get(bundle, [])]
               if key in via_after else after.get(key, []))
        old_people = {(row["person"], row.get("via")) for row in old}
        new_people = {(row["person"], row.get("via")) for row in new}
        status = ("new" if not old else "dropped" if not new
                  else "kept" if old_people == new_people else "moved")
        reasons: list[dict[str, Any]] = []
        if status == "moved" and (key in via_before) != (key in via_after):
            reasons = [{"code": "bundled" if key in via_after else "unbundled"}]
        elif status in ("moved", "dropped"):
            reasons = _forced(bundle if key in via_before else key, old,
                              {person for person, _ in new_people}, people, tasks, schools,
                              allowed, used_before)
            if not reasons:
                reasons = [{"code": "plan_choice"}]
        rows.append({"status": status, "task": key[0], "school": key[1], "before": old,
                     "after": new, "hours_before": sum(r["hours"] for r in old),
                     "hours_after": sum(r["hours"] for r in new), "reasons": reasons})
    rows.sort(key=lambda r: (ORDER[r["status"]], r["school"] or "", r["task"]))
    counts = {status: sum(r["status"] == status for r in rows) for status in ORDER}
    # names of people who left, from the previous plan's own people table when it has one
    names = {row["id"]: row["name"] for row in getattr(previous, "people", None) or []
             if isinstance(row, dict) and "id" in row and "name" in row}
    return {"counts": counts, "rows": rows, "names": names}


def _forced(key: Key, old: list[dict], new_people: set[str], people: dict[str, Person],
            tasks: dict[str, Task], schools: dict[str, School],
            allowed: set[tuple[str, str, str | None]],
            used_before: dict[tuple[str, str], float]) -> list[dict[str, Any]]:
    task_id, school_id = key
    task = tasks.get(task_id)
    if task is None:
        return [{"code": "task_removed"}]
    if school_id is not None and school_id not in schools:
        return [{"code": "school_removed"}]
    reasons: list[dict[str, Any]] = []
    seen: set[str] = set()  # a person paid from two sources has two rows, one reason
    # a bundle's hours depend on which schools pool that year: not compared
    bundle = school_id is None and task.scope is Scope.school
    if not bundle:
        needed = task.hours_at(schools.get(school_id) if school_id else None)
        was = sum(row["hours"] for row in old)
        if abs(needed - was) > 1e-9:
            reasons.append({"code": "task_hours_changed", "from": was, "to": needed})
    for row in old:
        person_id = row["person"]
        if person_id in new_people or person_id in seen:
            continue
        seen.add(person_id)
        person = people.get(person_id)
        if person is None:
            reasons.append({"code": "person_left", "person": person_id})
            continue
        source = row["funding"]
        had, now = used_before[(person_id, source)], float(getattr(person, source))
        if now < had - 1e-9:  # first: with no hours left the rules prune the person too
            reasons.append({"code": "hours_reduced", "person": person_id, "source": source,
                            "from": had, "to": now})
        elif (person_id, task_id, school_id) not in allowed:
            reasons.append({"code": "not_allowed", "person": person_id})
    return reasons


def _name(person_id: str, problem: Problem, names: dict[str, str]) -> str:
    person = problem.person_by_id().get(person_id)
    return person.name if person is not None else names.get(person_id, person_id)


def reason_sentence(reason: dict[str, Any], problem: Problem, lang: Lang,
                    names: dict[str, str] | None = None) -> str:
    """A change's reason (``change.why.<code>``) in ``lang``, with the person's name and hours."""
    person_id = reason.get("person")
    name = _name(person_id, problem, names or {}) if person_id else ""
    values = {"person": name, "from": hours(reason.get("from", 0), lang),
              "to": hours(reason.get("to", 0), lang),
              "source": text(f"funding.{reason['source']}", lang) if "source" in reason else ""}
    return text(f"change.why.{reason['code']}", lang, **values)


def people_text(rows: list[dict[str, Any]], problem: Problem, lang: Lang,
                names: dict[str, str] | None = None) -> str:
    """Who did the work and how: "name (hours h source)", comma-separated.

    ``names`` overrides the people's names (e.g. pseudonymised plans).
    """
    unit = text("word.hours_short", lang)
    said = ", ".join(
        f"{_name(r['person'], problem, names or {})} "
        f"({hours(r['hours'], lang)} {unit} {text('funding.' + r['funding'], lang)})"
        for r in rows)
    # work done through the group's bundle: the people and hours are the bundle's
    if said and any(r.get("via") == "bundle" for r in rows):
        return text("change.via_bundle", lang, people=said)
    return said
