"""The one-direction pipeline: problem -> program -> solver -> plan (data, no words).

Sentences are rendered later, by the explain and report layers, in the reader's language.
"""

from __future__ import annotations

import time

import numpy as np

from allocator.compile import AllocationProgram, InstanceKind, ProgramSolution, compile_problem
from allocator.compile.evaluate import stage_value as stage_value_of
from allocator.explain import explain_uncovered
from allocator.solve import SolveOptions, TimeBudget, solve_program
from allocator.solve.driver import ProgressCallback
from models import Assignment, Funding, Plan, PlanDifference, Problem, StageValues, Status

# measured (CPU seconds, greedy plans of the frozen groups, plan + explanation + plan JSON):
# 20 schools 0.55 s for 1,044 instances, 100 schools 2.7 s for 4,988, 300 schools 10.2 s
# for 15,000; json.dumps and the file add about a quarter
POST_SOLVE_SECONDS_PER_INSTANCE = 0.0008
POST_SOLVE_MAX_SHARE = 0.5  # of the time left: a short limit still leaves the solver some


def _after_solve_reserve(budget: TimeBudget, instances: int) -> float:
    """Seconds of the budget left for turning the solution into a plan and writing it.

    A caller that names its outputs' cost (the CLI, whose limit caps the whole command) gets
    all of it: when it is more than the time left, no search starts and the quick plan
    answers (300 schools at --time-limit 3: a search the clock cut found nothing and cost
    0.6 s). Otherwise the engine's estimate, at most half of what is left, so that a short
    limit still gives the solver some.
    """
    if budget.output_seconds_per_instance is not None:
        return min(budget.remaining(), budget.output_seconds_per_instance * instances)
    return min(POST_SOLVE_MAX_SHARE * budget.remaining(),
               POST_SOLVE_SECONDS_PER_INSTANCE * instances)


def solution_to_plan(problem: Problem, program: AllocationProgram,
                     solution: ProgramSolution) -> Plan:
    """Assignments (one row per person, instance and paying source), bundles, uncovered."""
    assignments: list[Assignment] = []
    travel: list[dict] = []
    for a, s in zip(*np.nonzero(solution.arc_source_units), strict=True):
        i = int(program.arc_instance[a])
        if int(program.instance_kind[i]) == InstanceKind.travel:
            travel.append({"person": program.person_ids[int(program.arc_person[a])],
                           "school": program.instance_school[i],
                           "hours": solution.arc_source_units[a, s] / 2,
                           "funding": program.source_names[int(s)]})
            continue
        assignments.append(Assignment(
            person=program.person_ids[int(program.arc_person[a])], task=program.instance_task[i],
            school=program.instance_school[i], hours=solution.arc_source_units[a, s] / 2,
            funding=Funding(program.source_names[int(s)])))
    bundled = sorted(program.instance_task[b] for b, _ in program.bundles if solution.covered[b])
    stages = {stage.name: stage for stage in program.stages}

    def objective(name: str) -> float:
        """The value of the plan returned, whichever stage found it."""
        return stage_value_of(program, stages[name], solution.arc_source_units,
                              solution.covered, solution.switches) if name in stages else 0.0

    def bound(name: str) -> float:
        report = solution.stage(name)
        # a stage that found nothing (or never ran) proves nothing: no bound below it
        return float("nan") if report is None or report.bound is None else report.bound

    found = Status(solution.status).found
    pooling = pooling_decisions(problem, program, solution.switches)
    if found:
        travel += zero_travel_lines(problem, assignments)
    names = ["core", "noncore", "preferences"] + (["focus"] if "focus" in stages else [])
    return Plan(
        status=Status(solution.status),
        objective=StageValues(**{name: objective(name) for name in names}),
        bound=StageValues(**{name: bound(name) for name in names}),
        bundled=bundled,
        assignments=assignments,
        pooling=pooling,
        travel=sorted(travel, key=lambda line: (line["school"], line["person"])),
        uncovered=_with_remedies(problem, program, solution,
                                 explain_uncovered(problem, program, solution)) if found else [],
        stages=list(solution.stages),
        seconds=round(solution.seconds, 3),
        interrupted=solution.interrupted,
        repeatable=solution.repeatable,
        program=program.summary(),
        bundle_instances=int(np.count_nonzero(program.instance_kind == InstanceKind.bundle)),
        catalogue_version=problem.catalogue_version,
    )


def pooling_decisions(problem: Problem, program: AllocationProgram,
                      switches: np.ndarray | None) -> dict[str, bool]:
    """Every school's pooling, given or decided (``choose`` schools: the plan's switch)."""
    decided = dict(zip(program.switch_names, [bool(x) for x in switches], strict=True)) \
        if switches is not None and len(switches) == program.n_switches else {}
    return {school.id: decided.get(school.id, False) if school.chooses else bool(school.pools)
            for school in problem.schools}


def zero_travel_lines(problem: Problem, assignments: list[Assignment]) -> list[dict]:
    """Travel lines of 0 h: on-site service without travel cost (allocation-rules.md v2).

    One per central person and school with ``travel_hours`` 0 where they do local work.
    """
    schools = problem.school_by_id()
    people = problem.person_by_id()
    tasks = problem.task_by_id()
    seen: set[tuple[str, str]] = set()
    for row in assignments:
        school = schools.get(row.school or "")
        if (school is not None and school.travel_hours == 0 and people[row.person].is_central
                and tasks[row.task].placement.value == "local"):
            seen.add((row.person, school.id))
    return [{"person": person, "school": school, "hours": 0.0,
             "funding": "ict" if people[person].ict > 0 else "other"}
            for person, school in sorted(seen)]


def _with_remedies(problem: Problem, program: AllocationProgram, solution: ProgramSolution,
                   items: list) -> list:
    """Attach to each uncovered instance what it would take to cover it."""
    from allocator.explain.remedy import remedies
    from allocator.explain.uncovered import uncovered_instances

    open_instances = uncovered_instances(program, solution)
    fixes = remedies(problem, program, solution, open_instances)
    by_key = {(program.instance_task[i], program.instance_school[i]): fixes[i]
              for i in open_instances}
    for item in items:
        remedy = by_key.get((item.task, item.school))
        if remedy is not None:
            item.remedy = remedy.to_dict()
    return items


def plan_difference(before: Plan, after: Plan) -> PlanDifference:
    """Kept, moved, new and dropped work between two plans, and the share kept."""
    def people_by_instance(plan: Plan) -> dict:
        result: dict = {}
        for a in plan.assignments:
            result.setdefault((a.task, a.school), set()).add(a.person)
        return result

    old, new = people_by_instance(before), people_by_instance(after)
    old_rows = {(p, t, s) for (t, s), people in old.items() for p in people}
    new_rows = {(p, t, s) for (t, s), people in new.items() for p in people}
    kept = sorted(old_rows & new_rows, key=str)
    return PlanDifference(
        kept=[list(row) for row in kept],
        moved=sorted([t, s] for (t, s) in old.keys() & new.keys() if old[(t, s)] != new[(t, s)]),
        new=sorted([t, s] for (t, s) in new.keys() - old.keys()),
        dropped=sorted([t, s] for (t, s) in old.keys() - new.keys()),
        stability=round(len(kept) / len(old_rows), 4) if old_rows else 1.0,
    )


def solve_problem(problem: Problem, options: SolveOptions | None = None,
                  progress: ProgressCallback | None = None,
                  focus_tasks: set[str] | set[str | tuple[str, str]] | None = None,
                  previous: Plan | None = None,
                  budget: TimeBudget | None = None) -> Plan:
    """Compile, solve stage by stage and turn the result into a plan.

    Parameters
    ----------
    options
        How to solve (:class:`SolveOptions`; defaults shared with the CLI).
    progress
        Called with ``("compiled", sizes)``, ``("built", ...)`` and ``("stage", report)``.
    focus_tasks
        Tasks of a guideline focus stage, solved before every other stage: task ids, or
        ``(task id, school id)`` for one school's instance.
    previous
        With a previous plan, a stability stage keeps as many of its assignments as possible
        without losing coverage, and the plan carries the difference (``replan``).
    budget
        The command's time budget when it started before this call (reading counts too);
        by default it starts now with ``options.time_limit``.

    Returns
    -------
    Plan
        Data only: reason codes and facts, no sentences (``allocator.explain.render``).
    """
    options = options or SolveOptions()
    budget = budget or TimeBudget.for_options(options)
    started = time.perf_counter()
    kept = None if previous is None else {(a.person, a.task, a.school)
                                          for a in previous.assignments}
    kept_pooling = None if previous is None else getattr(previous, "pooling", None)
    program = compile_problem(problem, focus_tasks, kept, kept_pooling)
    compile_seconds = time.perf_counter() - started
    if progress:
        progress("compiled", {"seconds": compile_seconds, **program.summary()})
    # turning the solution into a plan, explaining it and writing it all take time after the
    # solve, about in proportion to the instances: leave it, so the command keeps to its limit
    budget.limit -= _after_solve_reserve(budget, program.n_instances)
    solve_budget = budget.remaining()
    solution = solve_program(program, options, progress, budget)
    quick = None
    if solution.status == Status.unknown:  # the limit ended the search before any plan
        from allocator.fallback import quick_plan

        quick = quick_plan(problem, program, solution)
    # explaining the solver's empty plan only to drop it took 1.3 s on 300 schools
    plan = quick or solution_to_plan(problem, program, solution)
    if solution.status == Status.infeasible and program.pins:
        from allocator.solve.conflicts import minimal_conflicting_pins  # loads CP-SAT

        conflict = minimal_conflicting_pins(program)
        if conflict is not None:
            plan.conflict = [{"pin": k + 1, **problem.pins[k].model_dump(mode="json")}
                             for k in conflict]
    if previous is not None and plan.status.found:
        plan.replan = plan_difference(previous, plan)
    plan.seconds = round(time.perf_counter() - started, 3)
    plan.timing = {"time_limit": options.time_limit, "compile_s": round(compile_seconds, 3),
                   "solve_budget": round(solve_budget, 3),
                   "stages": {r.name: r.time_limit for r in solution.stages}}
    return plan
