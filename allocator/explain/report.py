"""The whole explanation of a plan as data, and its text and markdown renderings."""

from __future__ import annotations

from typing import Any

from allocator.compile import AllocationProgram, ProgramSolution, compile_problem
from allocator.explain import phrases
from allocator.explain.assignments import justify_assignments
from allocator.explain.backup import backups, carried_work, runners_up
from allocator.explain.from_plan import solution_from_plan
from allocator.explain.recruit import recruitment_profiles
from allocator.explain.remedy import remedies
from allocator.explain.uncovered import uncovered_instances
from allocator.i18n import Lang, hours, text
from allocator.solve.state import plan_state
from models import Plan, Problem


def explain_plan(problem: Problem, plan: Plan, lang: Lang = "nl",
                 with_uncovered: bool = True) -> dict[str, Any]:
    """Everything the explanation says about a plan, as data in ``lang``.

    Parameters
    ----------
    with_uncovered
        False leaves out ``uncovered``: the plan JSON and workbook say the plan's own uncovered
        items (on 100 schools their rows and remedies were 40 % of this call, thrown away).

    Returns
    -------
    dict
        ``uncovered`` (reasons and remedies; only ``with_uncovered``),
        ``single_points_of_failure``, ``assignments`` (justifications, runners-up, co-workers
        on the same instance) and ``recruitment``.
    """
    program = compile_problem(problem)
    solution = solution_from_plan(program, plan)
    found: dict[str, Any] = {"status": plan.status}
    if with_uncovered:
        found["uncovered"] = _uncovered_rows(problem, plan, program, solution, lang)
    instance_index = {(t, s): i for i, (t, s) in enumerate(zip(
        program.instance_task, program.instance_school, strict=True))}
    state = plan_state(program, solution.arc_source_units)
    arcs_of = program.arcs_of_instance()
    # who works on each instance: a task split over several people has co-workers, who are
    # neither runners-up nor "nobody else"
    on_instance: dict[tuple[str, str | None], dict[str, float]] = {}
    for a in plan.assignments:
        workers = on_instance.setdefault((a.task, a.school), {})
        workers[a.person] = workers.get(a.person, 0.0) + a.hours
    justifications = []
    carried = carried_work(program, state)  # once, not once per runner-up
    for justification in justify_assignments(problem, plan, lang):
        i = instance_index.get((justification.task, justification.school))
        shared = on_instance.get((justification.task, justification.school), {})
        justifications.append({
            "person": justification.person, "task": justification.task,
            "school": justification.school, "hours": justification.hours,
            "funding": justification.funding,
            "sentence": justification.sentence(lang, problem),
            "runners_up": runners_up(program, state, arcs_of[i], carried=carried)
            if i is not None else [],
            "co_workers": [{"person": pid, "hours": h} for pid, h in sorted(shared.items())
                           if pid != justification.person]})
    core_weight = program.stages[0].instance_weight
    single = backups(program, solution, core_weight, state, arcs_of)
    for row in single:
        row["label"] = phrases.task_at(problem, row["task"], row["school"], lang)
        row["worker_names"] = [phrases.person_name(problem, pid, lang) for pid in row["workers"]]
    return {**found, "assignments": justifications, "single_points_of_failure": single,
            "recruitment": [p.to_dict() for p in recruitment_profiles(problem, plan)]}


def _uncovered_rows(problem: Problem, plan: Plan, program: AllocationProgram,
                    solution: ProgramSolution, lang: Lang) -> list[dict[str, Any]]:
    """The plan's uncovered items as data, each with its label and remedy."""
    open_instances = uncovered_instances(program, solution)
    fixes = remedies(problem, program, solution, open_instances)
    by_key = {(program.instance_task[i], program.instance_school[i]): i for i in open_instances}
    uncovered = []
    for item in plan.uncovered:
        i = by_key.get((item.task, item.school))
        row = item.model_dump(mode="json")
        row["label"] = phrases.task_at(problem, item.task, item.school, lang)
        if i is not None:
            row["remedy"] = fixes[i].to_dict()
            row["remedy_text"] = remedy_sentence(row["remedy"], lang, problem)
        uncovered.append(row)
    return uncovered


def remedy_sentence(remedy: dict | None, lang: Lang, problem: Problem | None = None) -> str:
    """A remedy in one line: extra hours of which source for whom, or which new person.

    The new person by name and with levels in words when ``problem`` is given.
    """
    if not remedy:
        return ""
    source = text(f"funding.{remedy['source']}", lang)
    if remedy["kind"] == "new_person":
        if problem is not None:
            return text("remedy.new_person", lang,
                        site=phrases.site_name(problem, remedy["site"], lang),
                        levels=phrases.levels_needed(remedy["levels"], lang),
                        hours=hours(remedy["extra_hours"], lang))
        levels = ", ".join(f"{c}≥{v}" for c, v in remedy["levels"].items() if v)
        return text("remedy.new_person_codes", lang, site=remedy["site"], levels=levels,
                    hours=hours(remedy["extra_hours"], lang))
    who = remedy["people"][0]["person"]
    if problem is not None:
        return text("remedy.extra", lang, hours=hours(remedy["extra_hours"], lang), source=source,
                    name=phrases.person_name(problem, who, lang))
    return text("remedy.extra_codes", lang, hours=hours(remedy["extra_hours"], lang),
                source=source, who=who)


LEAVABLE = ("defer", "outsource", "hand_over")  # advice that leaves the work out of house


def what_it_takes(recommendation: str, advice: str, remedy: dict | None, lang: Lang,
                  problem: Problem | None = None) -> str:
    """Say what the plan workbook's Niet gedekt sheet (and the web) says open work takes.

    The recommendation in words (the plan's ``recommendation_text``, from its
    ``recommendation_detail``); for work the plan may leave (defer, outsource, hand over),
    also what covering it in house would take (v1's remedy).
    """
    fix = remedy_sentence(remedy, lang, problem)
    if not advice:
        return fix
    if fix and recommendation in LEAVABLE:
        return f"{advice} — {fix}"
    return advice


def render(explanation: dict[str, Any], lang: Lang = "nl", fmt: str = "text",
           top: int = 10) -> str:
    """The explanation as text (``fmt="text"``) or Markdown (``"md"``), ``top`` per section."""
    bullet = "- " if fmt == "md" else "  - "
    lines = []
    head = [text(f"explain.head.{key}", lang) for key in ("uncovered", "single", "assignments")]
    uncovered = sorted(explanation["uncovered"],
                       key=lambda u: (not u["core"], -u.get("priority", 0), u["task"]))
    lines.append(("## " if fmt == "md" else "") + f"{head[0]}: {len(uncovered)}")
    for item in uncovered[:top]:
        advice = item.get("recommendation_text") or text("rec." + item["recommendation"], lang)
        # as the plan workbook says it: what covering it in house takes, only for work the
        # plan may leave (a recruit or directie advice already is that)
        remedy = item.get("remedy_text")
        fix = f" — {remedy}" if remedy and item["recommendation"] in LEAVABLE else ""
        lines.append(f"{bullet}{item['label']}: {item['detail']} → {advice}{fix}")
    if len(uncovered) > top:
        lines.append(f"{bullet}… (+{len(uncovered) - top})")
    spof = [row for row in explanation["single_points_of_failure"]
            if row["single_point_of_failure"]]
    lines.append(("## " if fmt == "md" else "") + f"{head[1]}: {len(spof)}")
    for row in spof[:top]:
        lines.append(f"{bullet}{row['label']}: {row['worker_names'][0]}")
    lines.append(("## " if fmt == "md" else "") + f"{head[2]}: {len(explanation['assignments'])}")
    for row in explanation["assignments"][:top]:
        lines.append(f"{bullet}{row['sentence']}")
    return "\n".join(lines)
