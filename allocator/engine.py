"""The one-direction pipeline: problem -> program -> CP-SAT -> plan (with reasons)."""

from __future__ import annotations

import time
from dataclasses import replace

import numpy as np

from allocator.compile import AllocationProgram, InstanceKind, ProgramSolution, compile_problem
from allocator.compile.evaluate import stage_value as stage_value_of
from allocator.explain import explain_uncovered
from allocator.i18n import Lang
from allocator.solve import SolveOptions, solve_program
from allocator.solve.conflicts import minimal_conflicting_pins
from allocator.solve.driver import ProgressCallback
from models import Assignment, Plan, Problem, StageReport, StageValues


def solution_to_plan(problem: Problem, program: AllocationProgram, solution: ProgramSolution,
                     lang: Lang = "nl") -> Plan:
    """Assignments (one row per person, instance and paying source), bundles, uncovered."""
    assignments: list[Assignment] = []
    travel: list[dict] = []
    for a, s in zip(*np.nonzero(solution.arc_source_units), strict=True):
        i = int(program.arc_instance[a])
        if program.instance_kind[i] == InstanceKind.travel:
            travel.append({"person": program.person_ids[int(program.arc_person[a])],
                           "school": program.instance_school[i],
                           "hours": solution.arc_source_units[a, s] / 2,
                           "funding": program.source_names[int(s)]})
            continue
        assignments.append(Assignment(
            person=program.person_ids[int(program.arc_person[a])], task=program.instance_task[i],
            school=program.instance_school[i], hours=solution.arc_source_units[a, s] / 2,
            funding=program.source_names[int(s)]))
    bundled = sorted(program.instance_task[b] for b, _ in program.bundles if solution.covered[b])
    reports = {r["name"]: r for r in solution.stage_reports}
    stages = {stage.name: stage for stage in program.stages}

    def stage_value(name: str, key: str) -> float:
        if key == "objective":  # the value of the solution returned, whichever stage found it
            return stage_value_of(program, stages[name], solution.arc_source_units,
                                  solution.covered, solution.switches) if name in stages else 0.0
        value = reports.get(name, {}).get(key, float("nan"))
        if value != value:  # a stage that found nothing proves nothing: no bound below it
            return float("nan")
        return value

    found = solution.status in ("optimal", "feasible")
    pooling = pooling_decisions(problem, program, solution.switches)
    if found:
        travel += zero_travel_lines(problem, assignments)
    focus = {"focus": stage_value("focus", "objective")} if "focus" in stages else {}
    focus_bound = {"focus": stage_value("focus", "bound")} if "focus" in stages else {}
    return Plan(
        status=solution.status,  # type: ignore[arg-type]
        objective=StageValues(core=stage_value("core", "objective"),
                              noncore=stage_value("noncore", "objective"),
                              preferences=stage_value("preferences", "objective"), **focus),
        bound=StageValues(core=stage_value("core", "bound"),
                          noncore=stage_value("noncore", "bound"),
                          preferences=stage_value("preferences", "bound"), **focus_bound),
        bundled=bundled,
        assignments=assignments,
        pooling=pooling,
        travel=sorted(travel, key=lambda line: (line["school"], line["person"])),
        uncovered=_with_remedies(problem, program, solution,
                                 explain_uncovered(problem, program, solution, lang))
        if found else [],
        stages=[StageReport(**{k: v for k, v in r.items() if k in StageReport.model_fields})
                for r in solution.stage_reports],
        seconds=round(solution.seconds, 3),
        interrupted=solution.interrupted,
        message=("interrupted: the best plan found before Ctrl-C or SIGTERM"
                 if solution.interrupted else None),
        program=program.summary(),
        bundle_instances=int(sum(1 for k in program.instance_kind if k == InstanceKind.bundle)),
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
    """Travel lines of 0 h: on-site service without travel cost (allocation-rules.md v2),
    one per central person and school with ``travel_hours`` 0 where they do local work."""
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


def plan_difference(before: Plan, after: Plan) -> dict:
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
    return {
        "kept": [list(row) for row in kept],
        "moved": sorted([t, s] for (t, s) in old.keys() & new.keys() if old[(t, s)] != new[(t, s)]),
        "new": sorted([t, s] for (t, s) in new.keys() - old.keys()),
        "dropped": sorted([t, s] for (t, s) in old.keys() - new.keys()),
        "stability": round(len(kept) / len(old_rows), 4) if old_rows else 1.0,
    }


def conflict_message(problem: Problem, conflict: list[int], lang: Lang) -> str:
    listed = "; ".join(
        f"#{k + 1} {problem.pins[k].person}→{problem.pins[k].task}@"
        f"{problem.pins[k].school or '-'}" for k in conflict)
    if lang == "nl":
        return (f"Deze vaste toewijzingen kunnen niet samen: {listed}. "
                "Laat er één los (of geef de persoon meer uren) en los opnieuw op.")
    return (f"These fixed assignments cannot hold together: {listed}. "
            "Release one of them (or give the person more hours) and solve again.")


def solve_problem(problem: Problem, options: SolveOptions | None = None, lang: Lang = "nl",
                  progress: ProgressCallback | None = None,
                  focus_tasks: set[str] | None = None, previous: Plan | None = None) -> Plan:
    """Compile, solve stage by stage and turn the result into a plan.

    With ``previous``, a stability stage keeps as many of its assignments as possible without
    losing coverage, and the plan carries the difference (``replan``).
    """
    started = time.perf_counter()
    kept = None if previous is None else {(a.person, a.task, a.school)
                                          for a in previous.assignments}
    kept_pooling = None if previous is None else getattr(previous, "pooling", None)
    program = compile_problem(problem, focus_tasks, kept, kept_pooling)
    compile_seconds = time.perf_counter() - started
    if progress:
        progress("compiled", {"seconds": compile_seconds, **program.summary()})
    options = options or SolveOptions()
    requested = options.time_limit
    if options.workers != 1:  # with one worker the budget is deterministic time, kept whole
        options = replace(options, time_limit=max(0.1, options.time_limit - compile_seconds))
    if options.backend == "highs":
        from allocator.solve.backends.highs.whole_program import solve_highs

        solution = solve_highs(program, options.time_limit)
        if progress:
            for report in solution.stage_reports:
                progress("stage", {"time_limit": options.time_limit, **report})
    else:
        solution = solve_program(program, options, progress)
    plan = solution_to_plan(problem, program, solution, lang)
    if solution.status == "unknown":  # the limit ended the search before any plan
        from allocator.fallback import quick_plan

        plan = quick_plan(problem, program, solution, lang) or plan
    if solution.status == "infeasible" and program.pins:
        conflict = minimal_conflicting_pins(program)
        if conflict is not None:
            plan.conflict = [{"pin": k + 1, **problem.pins[k].model_dump(mode="json")}  # type: ignore[attr-defined]
                             for k in conflict]
            plan.message = conflict_message(problem, conflict, lang)
    if previous is not None and plan.status in ("optimal", "feasible"):
        plan.replan = plan_difference(previous, plan)  # type: ignore[attr-defined]
    plan.seconds = round(time.perf_counter() - started, 3)
    plan.timing = {"time_limit": requested, "compile_s": round(compile_seconds, 3),  # type: ignore[attr-defined]
                   "solve_budget": round(options.time_limit, 3),
                   "stages": {r["name"]: r.get("time_limit") for r in solution.stage_reports}}
    return plan
