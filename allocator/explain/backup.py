"""Single points of failure and runners-up, read off the plan and the candidate arcs.

For a covered instance, a *backup* is a candidate who is not working on it: competent and
allowed by the rules. A backup *with hours* could take it over today from their eligible
hours left. Core work without any backup rests on one person (report: share knowledge, keep
backups).
"""

from __future__ import annotations

from typing import Any

import numpy as np

from allocator.compile.program import AllocationProgram, ProgramSolution
from allocator.solve.registry import blocking_rule
from allocator.solve.state import PlanState


def backups(program: AllocationProgram, solution: ProgramSolution,
            core_weight: np.ndarray | None, state: PlanState,
            arcs_of: list[np.ndarray]) -> list[dict]:
    """One row per covered core instance: its workers, backups, and backups with hours.

    ``core_weight`` is the core stage's instance weight (nonzero for core work); a program
    without one has no core work, so no rows.
    """
    if core_weight is None:
        return []
    used = state.used
    rows = []
    for i, arcs in enumerate(arcs_of):
        if not solution.covered[i] or not core_weight[i]:
            continue
        workers = sorted({program.person_ids[program.arc_person[a]] for a in arcs if used[a]})
        others = [a for a in arcs if not used[a]
                  and program.person_ids[program.arc_person[a]] not in workers]
        with_hours = [program.person_ids[program.arc_person[a]] for a in others
                      if state.eligible_left(program, a) >= program.arc_units[a]]
        rows.append({"task": program.instance_task[i], "school": program.instance_school[i],
                     "workers": workers,
                     "backups": sorted(program.person_ids[program.arc_person[a]]
                                       for a in others),
                     "backups_with_hours": sorted(with_hours),
                     "single_point_of_failure": len(workers) == 1 and not others})
    return rows


def carried_work(program: AllocationProgram, state: PlanState,
                 limit: int = 3) -> dict[int, list[str]]:
    """Per person (index), the first ``limit`` instances they work on, as ``task@school``."""
    carried: dict[int, list[str]] = {}
    for b in np.flatnonzero(state.used):
        work = carried.setdefault(int(program.arc_person[b]), [])
        if len(work) < limit:
            work.append(f"{program.instance_task[program.arc_instance[b]]}@"
                        f"{program.instance_school[program.arc_instance[b]] or 'central'}")
    return carried


def runners_up(program: AllocationProgram, state: PlanState, arcs: np.ndarray,
               limit: int = 3, carried: dict[int, list[str]] | None = None) -> list[dict]:
    """Candidates among ``arcs`` (one instance's) who did not get it, and the plain reason.

    ``carried``: :func:`carried_work` of ``state``, when the caller asks for many instances.
    """
    used = state.used
    if carried is None:
        carried = carried_work(program, state)
    chosen_value = max((program.stages[-1].arc_weight[a] for a in arcs if used[a]),
                       default=0) if program.stages[-1].arc_weight is not None else 0
    rows: list[dict[str, Any]] = []
    for a in arcs:
        if used[a]:
            continue
        person = int(program.arc_person[a])
        eligible = state.eligible_left(program, a)
        rule = blocking_rule(program, state, int(a))
        if rule is not None:
            why = str(rule.rule)  # a rule family holds the person back (max_tasks...)
        elif eligible < 1:
            why = "no_hours_left"
        elif program.stages[-1].arc_weight is not None and \
                program.stages[-1].arc_weight[a] < chosen_value:
            why = "lower_fit"
        else:
            why = "equal_alternative"
        rows.append({"person": program.person_ids[person], "why": why,
                     "hours_left": eligible / 2, "carries": list(carried.get(person, []))})
    order = {"equal_alternative": 0, "lower_fit": 1, "no_hours_left": 2}
    return sorted(rows, key=lambda r: (order.get(r["why"], 3), r["person"]))[:limit]
