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
        # from the plan itself: its stability stage keeps what the question does not move,
        # so the work lost and freed is the question's, not a reshuffle among equal plans
        alternative = solve_problem(changed, options or SolveOptions(time_limit=WHAT_IF_SECONDS),
                                    progress=progress, previous=plan)
    except PinError as error:
        return {"possible": False, "why": pin_error_text(changed, error, lang, asked)}
    if alternative.status not in ("optimal", "feasible"):
        conflict = [row["pin"] - 1 for row in getattr(alternative, "conflict", None) or []]
        why = (pin_conflict_text(changed, conflict, lang, asked) if conflict
               else text(f"status.{alternative.status}", lang))
        return {"possible": False, "why": why}
    before = {(u.task, u.school) for u in plan.uncovered}
    after = {(u.task, u.school) for u in alternative.uncovered}
    return {"possible": True, "status": alternative.status,
            "core_change": (alternative.objective.core or 0) - (plan.objective.core or 0),
            "noncore_change": (alternative.objective.noncore or 0)
            - (plan.objective.noncore or 0),
            # the work the question costs, and the work it frees: [task, school] pairs
            "lost": [list(pair) for pair in sorted(after - before, key=_order)],
            "gained": [list(pair) for pair in sorted(before - after, key=_order)]}


def _order(pair: tuple[str, str | None]) -> tuple[str, str]:
    return pair[0], pair[1] or ""


SHOWN_WORK = 5  # pieces of work named in a what-if sentence; the rest counted


def what_if_sentence(problem: Problem, result: dict, person_id: str, task_id: str,
                     school_id: str | None, lang: Lang) -> str:
    """The what-if's answer in words: who on what, and which work that leaves open or frees."""
    from allocator.explain import phrases

    person = phrases.person_name(problem, person_id, lang)
    task = phrases.task_at(problem, task_id, school_id, lang)
    if not result["possible"]:
        return text("what_if.impossible", lang, person=person, task=task, why=result["why"])

    def work(pairs: list[list]) -> str:
        named = [phrases.task_at(problem, t, s, lang) for t, s in pairs[:SHOWN_WORK]]
        if len(pairs) > SHOWN_WORK:
            named.append(text("what_if.more_work", lang, count=len(pairs) - SHOWN_WORK))
        return phrases.join(named, lang)

    core, noncore = 0.0 - result["core_change"], 0.0 - result["noncore_change"]
    core, noncore = core + 0.0, noncore + 0.0  # no "-0"
    parts = [text("what_if.head", lang, person=person, task=task)]
    if result["lost"]:
        parts.append(text("what_if.lost", lang, work=work(result["lost"])))
    if result["gained"]:
        parts.append(text("what_if.gained", lang, work=work(result["gained"])))
    if core == noncore == 0 and not result["lost"]:
        parts.append(text("what_if.free", lang))
    else:
        parts.append(text("what_if.values", lang, core=hours(core, lang),
                          noncore=hours(noncore, lang)))
    if result["status"] != "optimal":
        parts.append(text("what_if.not_proven", lang))
    return " ".join(parts)
