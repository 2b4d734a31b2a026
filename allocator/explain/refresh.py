"""A plan changed by hand, brought up to date: its values and uncovered work recomputed.

The Plan sheet of a plan workbook is what a user edits (allocator/read/plan.py marks such a
plan ``edited``). Its stored values, bounds and uncovered list then describe the plan before
the edit; here they are derived again from the rows against the input, so that check,
explain and recruit talk about the plan the user has, not the one the solver wrote.
"""

from __future__ import annotations

from allocator.compile import compile_problem
from allocator.compile.evaluate import stage_value
from allocator.explain.from_plan import solution_from_plan
from allocator.explain.uncovered import explain_uncovered
from allocator.i18n import Lang
from models import Plan, Problem, Scope, StageValues


def refresh_edited_plan(problem: Problem, plan: Plan, lang: Lang = "nl") -> Plan:
    """``plan`` itself when it was not edited; else a copy with values derived from its rows.

    When a row breaks a rule (a person who may not do the task, an unknown id), the rows
    cannot be placed on the input's candidates: the copy keeps the stored uncovered list and
    the checker names the rows.
    """
    if not getattr(plan, "edited", None):
        return plan
    tasks = problem.task_by_id()
    bundled = sorted({row.task for row in plan.assignments if row.school is None
                      and row.task in tasks and tasks[row.task].scope is Scope.school})
    plan = plan.model_copy(update={"bundled": bundled}, deep=True)
    program = compile_problem(problem)
    try:
        solution = solution_from_plan(program, plan)
    except ValueError:
        return plan
    values = {stage.name: stage_value(program, stage, solution.arc_source_units,
                                      solution.covered) for stage in program.stages}
    # stages beyond core and noncore are extra fields of StageValues, hence the mapping
    plan.objective = StageValues.model_validate({"core": values.get("core", 0.0),
                                                 "noncore": values.get("noncore", 0.0),
                                                 "preferences": values.get("preferences")})
    plan.bound = StageValues(core=None, noncore=None)
    plan.uncovered = explain_uncovered(problem, program, solution)
    return plan
