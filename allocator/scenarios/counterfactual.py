"""What if someone else did it: re-solve with that person pinned and compare the stage values."""

from __future__ import annotations

from allocator.compile import PinError
from allocator.engine import solve_problem
from allocator.solve import SolveOptions
from allocator.solve.driver import ProgressCallback
from models import Pin, Plan, Problem

WHAT_IF_SECONDS = 30.0


def what_if(problem: Problem, plan: Plan, person_id: str, task_id: str,
            school_id: str | None, options: SolveOptions | None = None,
            progress: ProgressCallback | None = None) -> dict:
    """The plan's values if ``person_id`` must work on the instance, against the current plan."""
    pins = [*problem.pins, Pin(person=person_id, task=task_id, school=school_id)]
    changed = problem.model_copy(update={"pins": pins})
    try:
        alternative = solve_problem(changed, options or SolveOptions(time_limit=WHAT_IF_SECONDS),
                                    progress=progress)
    except PinError as error:
        return {"possible": False, "why": str(error)}
    if alternative.status not in ("optimal", "feasible"):
        return {"possible": False, "why": alternative.message or alternative.status}
    return {"possible": True, "status": alternative.status,
            "core_change": (alternative.objective.core or 0) - (plan.objective.core or 0),
            "noncore_change": (alternative.objective.noncore or 0)
            - (plan.objective.noncore or 0)}


def what_if_sentence(result: dict, person_id: str, task_id: str, lang: str) -> str:
    if not result["possible"]:
        return (f"{person_id} kan {task_id} niet doen: {result['why']}" if lang == "nl"
                else f"{person_id} cannot do {task_id}: {result['why']}")
    core, noncore = 0.0 - result["core_change"], 0.0 - result["noncore_change"]
    core, noncore = core + 0.0, noncore + 0.0  # no "-0"
    if lang == "nl":
        return (f"{task_id} aan {person_id} geven kost {core:g} kernwaarde en "
                f"{noncore:g} waarde van andere taken ({result['status']}).")
    return (f"Giving {task_id} to {person_id} costs {core:g} of core value and {noncore:g} "
            f"of other value ({result['status']}).")
