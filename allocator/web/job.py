"""One plan's work in a worker process: solve, check, write the plan's files into its folder.

The folder (made by the server, inside its private temporary folder) holds ``problem.json``
and, for a re-plan, ``previous.json``; this writes ``plan.json`` and ``plan.xlsx`` (what the CLI
writes for the same input and options) and ``details.json`` (explanations in both languages and
the management summary, so that pages never re-derive them).
"""

from __future__ import annotations

import json
import math
import numbers
from collections.abc import Callable
from pathlib import Path
from typing import Any

from allocator.explain.render import plan_message
from allocator.i18n import LANGS, Lang, text
from models import Plan, Problem

Emit = Callable[[str, dict], None]
FOUND = ("optimal", "feasible")


def plain(value: Any, drop: tuple[str, ...] = ()) -> Any:
    """JSON-safe copy (numpy numbers, NaN as None, tuples as lists), without ``drop`` keys."""
    if isinstance(value, dict):
        return {str(k): plain(v, drop) for k, v in value.items() if k not in drop}
    if isinstance(value, (list, tuple)):
        return [plain(v, drop) for v in value]
    if isinstance(value, (bool, str)) or value is None:
        return value
    if isinstance(value, numbers.Integral):
        return int(value)
    if isinstance(value, numbers.Real):
        return float(value) if math.isfinite(value) else None
    return str(value)


# a stage report's improvement trace grows with the search; progress shows the stage's values
PROGRESS_DROP = ("improvements",)


def warm() -> None:
    """Import what a solve needs before the first plan arrives.

    The worker calls this when it starts: the first progress of the first plan would otherwise
    wait a second for it.
    """
    import allocator.check
    import allocator.engine
    import allocator.explain.report
    import allocator.report
    import allocator.report.summary  # noqa: F401


def run_job(job: dict, emit: Emit) -> dict:
    """Solve the plan described by ``job``; return {"status": "done"|"failed", ...}."""
    from allocator.check import check_plan
    from allocator.compile import PinError, ProblemTooLarge
    from allocator.engine import solve_problem
    from allocator.explain.pins import pin_error_text
    from allocator.solve import SolveOptions

    folder = Path(job["folder"])
    lang: Lang = job["lang"]
    problem = Problem.model_validate_json((folder / "problem.json").read_text(encoding="utf-8"))
    previous = None
    if job.get("previous"):
        previous = Plan.model_validate_json(
            (folder / "previous.json").read_text(encoding="utf-8"))
    options = SolveOptions(time_limit=job["time_limit"], workers=job["solver_workers"],
                           seed=job.get("seed", 0), backend="auto")
    focus = set(job["focus"]) if job.get("focus") else None
    try:
        plan = solve_problem(problem, options,
                             lambda event, data: emit(event, plain(data, PROGRESS_DROP)),
                             focus_tasks=focus, previous=previous)
    except PinError as error:
        return {"status": "failed", "reason": "infeasible",
                "message": pin_error_text(problem, error, lang)}
    except ProblemTooLarge as error:
        return {"status": "failed", "reason": "too_large", "message": str(error)}
    stages = [stage.model_dump(mode="json") for stage in plan.stages]
    if plan.status not in FOUND:
        key = "web.failed.infeasible" if plan.status == "infeasible" else (
            "web.failed.stopped" if getattr(plan, "interrupted", False) else "web.failed.no_plan")
        message = plan_message(problem, plan, lang)
        return {"status": "failed", "reason": plan.status, "stages": plain(stages, PROGRESS_DROP),
                "message": message if plan.status == "infeasible" and message
                else text(key, lang)}
    report = check_plan(problem, plan)
    if not report.ok:  # never hand a user a plan the independent checker rejects
        return {"status": "failed", "reason": "check", "message": report.render()}
    if previous is not None:  # the Wijzigingen sheet and the plan JSON's "changes", as the CLI
        from allocator.explain.changes import plan_changes

        plan.changes = plan_changes(problem, previous, plan)
        if job.get("applied"):  # a what-if: the changes it applied, in the plan's language
            plan.changes["applied"] = list(job["applied"])
    emit("writing", {})
    write_outputs(problem, plan, folder, lang)
    return {"status": "done", "plan_status": plan.status, "stages": plain(stages, PROGRESS_DROP),
            "interrupted": plan.interrupted,
            "replan": plan.replan.model_dump() if plan.replan is not None else None,
            "seconds": plan.seconds}


def write_outputs(problem: Problem, plan: Plan, folder: Path, lang: Lang) -> None:
    """Write the plan's outputs into ``folder``: plan.json, plan.xlsx and details.json."""
    from allocator.report import write_plan_workbook
    from allocator.report.atomic import (
        write_atomically,
        write_bytes_atomically,
        write_text_atomically,
    )
    from allocator.report.json_out import plan_to_json_bytes

    write_bytes_atomically(folder / "plan.json", plan_to_json_bytes(problem, plan, lang), b"\n")
    write_atomically(folder / "plan.xlsx",
                     lambda path: write_plan_workbook(problem, plan, path, lang))
    details = plan_details(problem, plan)
    write_text_atomically(folder / "details.json", json.dumps(details, ensure_ascii=False))


def plan_details(problem: Problem, plan: Plan) -> dict:
    """Explanations and the management summary in every language: what the pages show."""
    from allocator.explain.report import explain_plan
    from allocator.report.summary import management_summary

    explanations, summaries = {}, {}
    for lang in LANGS:
        # the solver's plan has no sentences yet (reasons, recommendations): word it in every
        # language, the plan's own included (render_plan reuses a plan already worded)
        worded = in_language(problem, plan, lang)
        explanations[lang] = explain_plan(problem, worded, lang)
        summaries[lang] = management_summary(problem, worded, lang)
    return plain({"summaries": summaries, "explanations": explanations})


def in_language(problem: Problem, plan: Plan, lang: Lang) -> Plan:
    """The plan with its sentences (reasons for uncovered work, its message) in ``lang``."""
    from allocator.explain.render import render_plan

    return render_plan(problem, plan, lang)
