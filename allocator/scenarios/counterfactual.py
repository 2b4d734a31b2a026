"""What if someone else did it: re-solve with that person pinned and compare the stage values."""

from __future__ import annotations

from allocator.compile import PinError
from allocator.engine import solve_problem
from allocator.i18n import Lang, hours, text
from allocator.solve import SolveOptions
from allocator.solve.driver import ProgressCallback
from models import Pin, Plan, Problem

WHAT_IF_SECONDS = 30.0


def what_if(problem: Problem, plan: Plan, person_id: str, task_id: str,
            school_id: str | None, options: SolveOptions | None = None,
            progress: ProgressCallback | None = None, lang: Lang = "nl") -> dict:
    """The plan's values if ``person_id`` must work on the instance, against the current plan.

    The question becomes one extra pin, last and without a row; when it cannot hold, ``why``
    says so in ``lang`` and names it as the question asked, never as a numbered pin.
    """
    from allocator.explain.pins import pin_conflict_text, pin_error_text

    pins = [*problem.pins, Pin(person=person_id, task=task_id, school=school_id)]
    asked = len(pins) - 1
    changed = problem.model_copy(update={"pins": pins})
    try:
        alternative = solve_problem(changed, options or SolveOptions(time_limit=WHAT_IF_SECONDS),
                                    progress=progress)
    except PinError as error:
        return {"possible": False, "why": pin_error_text(changed, error, lang, asked)}
    if alternative.status not in ("optimal", "feasible"):
        conflict = [row["pin"] - 1 for row in getattr(alternative, "conflict", None) or []]
        why = (pin_conflict_text(changed, conflict, lang, asked) if conflict
               else text(f"status.{alternative.status}", lang))
        return {"possible": False, "why": why}
    return {"possible": True, "status": alternative.status,
            "core_change": (alternative.objective.core or 0) - (plan.objective.core or 0),
            "noncore_change": (alternative.objective.noncore or 0)
            - (plan.objective.noncore or 0)}


def what_if_sentence(result: dict, person_id: str, task_id: str, lang: Lang) -> str:
    """The what-if's outcome in words: impossible and why, or what it costs the plan."""
    if not result["possible"]:
        return text("what_if.impossible", lang, person=person_id, task=task_id,
                    why=result["why"])
    core, noncore = 0.0 - result["core_change"], 0.0 - result["noncore_change"]
    core, noncore = core + 0.0, noncore + 0.0  # no "-0"
    return text("what_if.cost", lang, person=person_id, task=task_id,
                core=hours(core, lang), noncore=hours(noncore, lang),
                status=text(f"status.{result['status']}", lang))
