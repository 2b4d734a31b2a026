"""Words for a plan's data: the sentences of uncovered instances and the plan's message.

The engine returns codes and facts (ids, numbers); this module words them in the reader's
language just before a plan is shown or written, so one solved plan reads in Dutch and in
English alike.
"""

from __future__ import annotations

from allocator.i18n import Lang, text
from models import Plan, Problem


def plan_message(problem: Problem, plan: Plan, lang: Lang = "nl") -> str | None:
    """The plan's one-line message: which fixed assignments conflict, or interrupted."""
    if plan.conflict:
        from allocator.explain.pins import pin_conflict_text

        return pin_conflict_text(problem, [row["pin"] - 1 for row in plan.conflict], lang)
    if plan.interrupted:
        return text("plan.interrupted", lang)
    return plan.message


def render_plan(problem: Problem, plan: Plan, lang: Lang = "nl") -> Plan:
    """A copy of ``plan`` with every sentence in ``lang``.

    The reasons for uncovered work are worded from the plan itself (its assignments on the
    compiled input), so they follow the plan's own facts; a plan that no longer fits the
    input (edited by hand) keeps the sentences it has, and the checker says why.
    """
    from allocator.compile import compile_problem
    from allocator.explain.from_plan import solution_from_plan
    from allocator.explain.uncovered import explain_uncovered

    if plan._words == lang:  # already worded in this language (writers share one rendering)
        return plan
    rendered = plan.model_copy(deep=True)
    rendered._words = lang
    rendered.message = plan_message(problem, rendered, lang)
    if not rendered.uncovered:
        return rendered
    try:
        program = compile_problem(problem)
        solution = solution_from_plan(program, rendered)
    except ValueError:
        return rendered
    worded = {(item.task, item.school): item
              for item in explain_uncovered(problem, program, solution, lang)}
    for item in rendered.uncovered:
        other = worded.get((item.task, item.school))
        if other is not None and other.reason == item.reason:
            item.detail = other.detail
            item.recommendation_text = other.recommendation_text
    return rendered
