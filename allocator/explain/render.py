"""Words for a plan's data: the sentences of uncovered instances and the plan's message.

The engine returns codes and facts (ids, numbers); this module words them in the reader's
language just before a plan is shown or written, so one solved plan reads in Dutch and in
English alike.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from allocator.i18n import Lang, text
from models import Plan, Problem

if TYPE_CHECKING:
    from allocator.compile.program import AllocationProgram, ProgramSolution


def plan_message(problem: Problem, plan: Plan, lang: Lang = "nl") -> str | None:
    """The plan's one-line message: which fixed assignments conflict, or interrupted."""
    if plan.conflict:
        from allocator.explain.pins import pin_conflict_text

        return pin_conflict_text(problem, [row["pin"] - 1 for row in plan.conflict], lang)
    if plan.interrupted:
        return text("plan.interrupted", lang)
    return plan.message


class _Explained:
    """The compiled input and the solution rebuilt from a plan's assignments.

    What wording the plan's reasons needs, kept on the plan so that each language does not
    compile again. Copies of the plan share it (it is large and never changed).
    """

    def __init__(self, problem: Problem, signature: tuple, program: AllocationProgram | None,
                 solution: ProgramSolution | None) -> None:
        self.problem, self.signature = problem, signature
        self.program, self.solution = program, solution

    def __copy__(self) -> _Explained:
        return self

    def __deepcopy__(self, memo: dict) -> _Explained:
        return self


def _signature(plan: Plan) -> tuple:
    # what the rebuilt solution depends on: a plan edited since is compiled again
    return (tuple((row.person, row.task, row.school, row.funding, row.hours)
                  for row in plan.assignments), tuple(plan.bundled),
            repr(plan.travel), repr(plan.pooling))


def _explained(problem: Problem, plan: Plan) -> _Explained:
    from allocator.compile import compile_problem
    from allocator.explain.from_plan import solution_from_plan

    signature = _signature(plan)
    cached = plan._explained
    if isinstance(cached, _Explained) and cached.problem is problem \
            and cached.signature == signature:
        return cached
    program: AllocationProgram | None = None
    solution: ProgramSolution | None = None
    try:
        program = compile_problem(problem)
        solution = solution_from_plan(program, plan)
    except ValueError:  # the plan no longer fits the input: its sentences stay as they are
        solution = None
    explained = plan._explained = _Explained(problem, signature, program, solution)
    return explained


def render_plan(problem: Problem, plan: Plan, lang: Lang = "nl") -> Plan:
    """A copy of ``plan`` with every sentence in ``lang``.

    The reasons for uncovered work are worded from the plan itself (its assignments on the
    compiled input), so they follow the plan's own facts; a plan that no longer fits the
    input (edited by hand) keeps the sentences it has, and the checker says why. The
    compiled input is kept on ``plan`` (and shared by its copies), so wording one plan in a
    second language does not compile the problem again.
    """
    from allocator.explain.uncovered import explain_uncovered

    if plan._words == lang:  # already worded in this language (writers share one rendering)
        return plan
    # only the uncovered items' sentences and the message change: a deep copy of the whole
    # plan took a quarter of the plan JSON's time on 100 schools
    rendered = plan.model_copy(update={"uncovered": [item.model_copy() for item in plan.uncovered]})
    rendered._words = lang
    rendered.message = plan_message(problem, rendered, lang)
    if not rendered.uncovered:
        return rendered
    explained = _explained(problem, plan)
    rendered._explained = explained
    if explained.program is None or explained.solution is None:
        return rendered
    worded = {(item.task, item.school): item
              for item in explain_uncovered(problem, explained.program, explained.solution,
                                            lang)}
    for item in rendered.uncovered:
        other = worded.get((item.task, item.school))
        if other is not None and other.reason == item.reason:
            item.detail = other.detail
            item.recommendation_text = other.recommendation_text
            item.facts = other.facts  # a plan read back from its workbook stores none
    return rendered
