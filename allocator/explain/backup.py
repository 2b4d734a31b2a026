"""Single points of failure and runners-up, read off the plan and the candidate arcs.

For a covered instance, a *backup* is a candidate who is not working on it: competent and
allowed by the rules. A backup *with hours* could take it over today from their eligible
hours left. Core work without any backup rests on one person (report: share knowledge, keep
backups).
"""

from __future__ import annotations

import numpy as np

from allocator.compile.program import AllocationProgram, ProgramSolution


def backups(program: AllocationProgram, solution: ProgramSolution,
            core_weight: np.ndarray) -> list[dict]:
    """One row per covered core instance: its workers, backups, and backups with hours."""
    spent = np.zeros_like(program.bucket_capacity)
    np.add.at(spent, program.arc_person, solution.arc_source_units)
    left = program.bucket_capacity - spent
    used = solution.arc_source_units.sum(axis=1) > 0
    rows = []
    for i, arcs in enumerate(program.arcs_of_instance()):
        if not solution.covered[i] or not core_weight[i]:
            continue
        workers = sorted({program.person_ids[program.arc_person[a]] for a in arcs if used[a]})
        others = [a for a in arcs if not used[a]
                  and program.person_ids[program.arc_person[a]] not in workers]
        with_hours = [program.person_ids[program.arc_person[a]] for a in others
                      if (left[program.arc_person[a]] * program.arc_sources[a]).sum()
                      >= program.arc_units[a]]
        rows.append({"task": program.instance_task[i], "school": program.instance_school[i],
                     "workers": workers,
                     "backups": sorted(program.person_ids[program.arc_person[a]]
                                       for a in others),
                     "backups_with_hours": sorted(with_hours),
                     "single_point_of_failure": len(workers) == 1 and not others})
    return rows


def runners_up(program: AllocationProgram, solution: ProgramSolution, instance: int,
               limit: int = 3) -> list[dict]:
    """Candidates who did not get ``instance`` and the plain reason why."""
    spent = np.zeros_like(program.bucket_capacity)
    np.add.at(spent, program.arc_person, solution.arc_source_units)
    left = program.bucket_capacity - spent
    used = solution.arc_source_units.sum(axis=1) > 0
    tasks_of = np.bincount(program.arc_person[used], minlength=program.n_people)
    arcs = program.arcs_of_instance()[instance]
    chosen_value = max((program.stages[-1].arc_weight[a] for a in arcs if used[a]),
                       default=0) if program.stages[-1].arc_weight is not None else 0
    rows = []
    for a in arcs:
        if used[a]:
            continue
        person = int(program.arc_person[a])
        limit_tasks = program.person_max_tasks[person]
        eligible = int((left[person] * program.arc_sources[a]).sum())
        if 0 <= limit_tasks <= tasks_of[person]:
            why = "max_tasks"
        elif eligible < 1:
            why = "no_hours_left"
        elif program.stages[-1].arc_weight is not None and \
                program.stages[-1].arc_weight[a] < chosen_value:
            why = "lower_fit"
        else:
            why = "equal_alternative"
        work = [f"{program.instance_task[program.arc_instance[b]]}@"
                f"{program.instance_school[program.arc_instance[b]] or 'central'}"
                for b in np.flatnonzero(used & (program.arc_person == person))][:3]
        rows.append({"person": program.person_ids[person], "why": why,
                     "hours_left": eligible / 2, "carries": work})
    order = {"equal_alternative": 0, "lower_fit": 1, "no_hours_left": 2, "max_tasks": 3}
    return sorted(rows, key=lambda r: (order[r["why"]], r["person"]))[:limit]
