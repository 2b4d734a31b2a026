"""Three-line builders for tiny problems, and the solve-then-check helper every test uses."""

from __future__ import annotations

from typing import Any

from allocator.check.checker import check_plan
from allocator.engine import solve_problem
from allocator.explain.render import render_plan
from allocator.solve import SolveOptions
from models import Person as _Person
from models import Pin as _Pin
from models import Plan, Preference, Problem, School, Task


def school(id: str = "S1", level: str = "basis", pupils: int = 200, pools: bool = False,
           region: str | None = None, **extra: Any) -> School:
    return School(id=id, name=f"School {id}", level=level, pupils=pupils, pools=pools,
                  region=region, **extra)


def person(id: str, site: str = "S1", levels: str = "2222", ict: float = 0, bpt: float = 0,
           other: float = 0, **extra: Any) -> _Person:
    T, P, B, A = (int(c) for c in levels)
    return _Person(id=id, name=f"Person {id}", site=site, T=T, P=P, B=B, A=A, ict=ict, bpt=bpt,
                   other=other, **extra)


def task(id: str, cluster: str = "technical", core: bool = True, priority: int = 3,
         levels: str = "0000", scope: str = "school", placement: str = "either",
         hours: float = 1.0, **extra: Any) -> Task:
    T, P, B, A = (int(c) for c in levels)
    return Task(id=id, cluster=cluster, name_nl=f"Taak {id}", name_en=f"Task {id}", core=core,
                strategic=core, priority=priority, T=T, P=P, B=B, A=A, scope=scope,
                placement=placement, base_hours=hours, **extra)


def problem(schools: list[School], people: list[_Person], tasks: list[Task],
            preferences: list[Preference] | None = None, pins: list[_Pin] | None = None
            ) -> Problem:
    return Problem(schools=schools, people=people, tasks=tasks, preferences=preferences or [],
                   pins=pins or [])


def pin(person_id: str, task_id: str, school_id: str | None = None, hours: float | None = None,
        funding: str | None = None) -> _Pin:
    return _Pin(person=person_id, task=task_id, school=school_id, hours=hours, funding=funding)


FAST = SolveOptions(time_limit=20, workers=1, seed=1)


def solve_checked(prob: Problem, options: SolveOptions = FAST, lang: str = "nl") -> Plan:
    """Solve and assert that the independent checker accepts the plan."""
    plan = render_plan(prob, solve_problem(prob, options), lang)  # type: ignore[arg-type]
    if plan.status in ("optimal", "feasible"):
        report = check_plan(prob, plan)
        assert report.ok, report.render()
    return plan
