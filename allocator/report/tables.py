"""Tables derived from a problem and its plan: load per person, coverage per school × cluster."""

from __future__ import annotations

from collections import defaultdict
from typing import Any

import pandas as pd

from allocator.check.checker import instance_hours
from models import FUNDING_SOURCES, Cluster, Plan, Problem, Scope


def people_load(problem: Problem, plan: Plan) -> pd.DataFrame:
    """Per person: hours used and left per funding source (travel included), and tasks."""
    used = defaultdict(float, plan.hours_spent())  # travel included: paid from these hours
    instances: dict[str, set] = defaultdict(set)
    for row in plan.assignments:
        instances[row.person].add((row.task, row.school))
    records = []
    for person in problem.people:
        record: dict[str, object] = {"id": person.id, "name": person.name, "site": person.site,
                                     "role": person.role.value if person.role else ""}
        for source in FUNDING_SOURCES:
            record[f"{source.value}_used"] = used[(person.id, source.value)]
            record[f"{source.value}_left"] = person.hours(source) - used[(person.id, source.value)]
        record["tasks"] = len(instances[person.id])
        records.append(record)
    return pd.DataFrame.from_records(records)


def coverage(problem: Problem, plan: Plan) -> pd.DataFrame:
    """Per school and cluster: school-scope instances covered (own or through a bundle)."""
    problem = problem.with_pooling(getattr(plan, "pooling", None))
    uncovered = {(row.task, row.school) for row in plan.uncovered}
    bundled = set(plan.bundled)
    records: list[dict[str, Any]] = []
    for school in problem.schools:
        for cluster in Cluster:
            total = covered = 0
            hours_total = hours_covered = 0.0
            for task in problem.tasks:
                if task.cluster is not cluster or not task.applies_to(school):
                    continue
                hours = instance_hours(task, school.pupils)
                total += 1
                hours_total += hours
                through_bundle = task.id in bundled and school.pools is True
                if through_bundle or (task.id, school.id) not in uncovered:
                    covered += 1
                    hours_covered += hours
            records.append({"school": school.id, "cluster": cluster.value, "instances": total,
                            "covered": covered, "hours": hours_total,
                            "hours_covered": hours_covered,
                            "share": covered / total if total else 1.0})
    group_tasks = [task for task in problem.tasks if task.scope is Scope.group]
    for cluster in Cluster:
        mine = [task for task in group_tasks if task.cluster is cluster]
        done = [task for task in mine if (task.id, None) not in uncovered]
        records.append({"school": None, "cluster": cluster.value, "instances": len(mine),
                        "covered": len(done), "hours": sum(t.base_hours for t in mine),
                        "hours_covered": sum(t.base_hours for t in done),
                        "share": len(done) / len(mine) if mine else 1.0})
    return pd.DataFrame.from_records(records)
