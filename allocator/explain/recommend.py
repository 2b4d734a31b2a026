"""What to do with an uncovered task: the report's step 6 with v2's owners, as one rule.

Precedence (allocation-rules.md, v2 "Who else can take over a task"; first match wins):

1. ``directie``   the task's ``who`` is exactly {directie}: the directie must make room (the
                  named person's extra hours, and any level the work needs); never a vacancy;
2. ``train``      one existing person whose role is in ``who``, allowed by every other rule and
                  with enough eligible hours left, lacks exactly one level on exactly one
                  competency (bijscholen): person and level named;
3. ``hand_over``  ``outsourceable = koepel``: the umbrella organisation, the government,
                  Kenniscentrum Digisprong or a purchasing centre (report table 3);
4. ``outsource``  ``outsourceable = firma``: an external firm (report table 2);
5. ``recruit``    every core task left, and strategic non-core tasks that need technical
                  competence plus another (v1): a new person with the profile;
6. ``defer``      the rest (not core).

``directie``, ``train`` and ``recruit`` name a change that the tests verify like v1's remedies
(add it, pin the instance, re-solve: covered, stage 1 kept). The others are classifications;
``recommendation_detail["rule"]`` states which rule chose each.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from allocator.compile.program import AllocationProgram, InstanceKind, ProgramSolution, PruneReason
from allocator.explain import phrases
from allocator.i18n import Lang, hours, text
from allocator.solve.state import PlanState, plan_state, schools_per_person
from models import CENTRAL, COMPETENCIES, Outsource, Placement, Problem, Role, Scope, Task
from models.plan import Recommendation

RECOMMENDATIONS: tuple[Recommendation, ...] = ("directie", "train", "hand_over", "outsource", "recruit", "defer")
SOURCE_PREFERENCE = ("ict", "other", "bpt")  # bpt comes out of lessons: last
_DIRECTIE_SOURCES = ("other", "ict", "bpt")  # a directie's own hours are usually 'other'
_COORDINATOR_ROLES = (Role.tict, Role.pict, Role.ict_coordinator, Role.ict_diensthoofd)


def needs_technical_plus_other(task: Task) -> bool:
    """True when the task needs technical skill and another competency as well."""
    return task.T > 0 and max(task.P, task.B, task.A) > 0


def is_technical_only(task: Task) -> bool:
    """True when the task needs technical skill only."""
    return task.T > 0 and max(task.P, task.B, task.A) == 0


def is_directie_work(task: Task) -> bool:
    """True when only the school's management (directie) may do the task."""
    return bool(task.who) and set(task.who) == {Role.directie}


def recommendation(task: Task) -> Recommendation:
    """The classification that needs no plan (every rule but ``train``)."""
    if is_directie_work(task):
        return "directie"
    if task.outsourceable is Outsource.koepel:
        return "hand_over"
    if task.outsourceable is Outsource.firma:
        return "outsource"
    if task.core or (task.strategic and needs_technical_plus_other(task)):
        return "recruit"
    return "defer"


def rule_of(code: str, task: Task) -> str:
    """Which rule of the precedence chose ``code`` (a stable key, worded in i18n)."""
    if code == "recruit":
        return "recruit_core" if task.core else "recruit_strategic"
    return {"directie": "directie_only", "train": "one_level_short",
            "hand_over": "koepel", "outsource": "firma", "defer": "not_core"}[code]


def recruit_role(task: Task) -> Role | None:
    """The role a new person for ``task`` takes.

    A coordinator role ``who`` names, else the first role it names; without ``who`` a TICT for
    technical-led work, else a PICT.
    """
    if task.who:
        for role in _COORDINATOR_ROLES:
            if role in task.who:
                return role
        return next((role for role in task.who if role is not Role.directie), task.who[0])
    return Role.tict if task.T >= task.P else Role.pict


def site_for(problem: Problem, task: Task, school_id: str | None, bundled: bool) -> str:
    """Where a new person (or the directie) for an instance works."""
    if bundled or school_id is None or task.scope is Scope.group:
        return CENTRAL
    school = problem.school_by_id()[school_id]
    if school.always_pools and task.placement is Placement.central:
        return CENTRAL
    return school_id


@dataclass(frozen=True)
class Advice:
    """A recommendation for an uncovered instance: its code and specifics."""

    code: Recommendation
    detail: dict = field(default_factory=dict)


def advise(problem: Problem, program: AllocationProgram, solution: ProgramSolution,
           instances: list[int], state: PlanState | None = None) -> dict[int, Advice]:
    """The recommendation and its specifics for each uncovered instance."""
    state = state or plan_state(program, solution.arc_source_units)
    tasks = problem.task_by_id()
    schools_of = schools_per_person(program, state)
    people = _People.of(problem)
    learners = _one_level_short(problem, program, people, instances)
    result: dict[int, Advice] = {}
    for k, i in enumerate(instances):
        task = tasks[program.instance_task[i]]
        bundled = int(program.instance_kind[i]) == InstanceKind.bundle
        code = recommendation(task)
        if code == "directie":
            detail = _directie(problem, program, state, i, task, bundled)
        else:
            trained = _train(problem, program, state, schools_of, people, i, task,
                             np.flatnonzero(learners[:, k]))
            if trained is not None:
                code, detail = "train", trained
            elif code == "hand_over":
                detail = {"to": "koepel"}
            elif code == "outsource":
                detail = {"to": "firma"}
            elif code == "recruit":
                role = recruit_role(task)
                detail = {"site": site_for(problem, task, program.instance_school[i], bundled),
                          "role": role.value if role else None,
                          "levels": {c: task.min_level(c) for c in COMPETENCIES},
                          "hours": float(program.instance_units[i]) / 2}
            else:
                detail = {}
        result[i] = Advice(code, {"rule": rule_of(code, task), **detail})
    return result


def _pair_sources(problem: Problem, program: AllocationProgram, p: int, i: int) -> list[str]:
    """The funding sources that may pay person ``p`` on instance ``i`` (arc or not)."""
    person = problem.people[p]
    own_school = (int(program.instance_kind[i]) == InstanceKind.school
                  and program.instance_school[i] == person.site)
    return [name for name in program.source_names if name != "bpt" or own_school]


def _left_on(program: AllocationProgram, state: PlanState, p: int, sources: list[str]) -> int:
    return int(sum(max(0, int(state.left[p, program.source_names.index(s)])) for s in sources))


@dataclass(frozen=True)
class _People:
    """What every ``_train`` call reads of the people and schools, worked out once."""

    levels: np.ndarray  # (people, competencies)
    school_position: dict[str, int]

    @classmethod
    def of(cls, problem: Problem) -> _People:
        """The levels and school positions of ``problem``."""
        return cls(np.array([[person.level(c) for c in COMPETENCIES] for person in problem.people],
                            dtype=np.int64).reshape(len(problem.people), len(COMPETENCIES)),
                   {school.id: k for k, school in enumerate(problem.schools)})


def _one_level_short(problem: Problem, program: AllocationProgram, people: _People,
                     instances: list[int]) -> np.ndarray:
    """People x ``instances``: who is off the instance by one competency level alone.

    Only their competency keeps the person off, and they are one level short on one
    competency. Worked out for all instances at once: per instance, the numpy calls on a few
    people each cost more than the work (300 schools: 7,580 uncovered instances).
    """
    shape = (program.n_people, len(instances))
    if program.pair_rules is None or not instances:
        return np.zeros(shape, dtype=bool)
    columns = np.asarray(instances, dtype=np.int64)
    only_competency = program.pair_rules[:, columns] == np.uint8(1 << PruneReason.competency)
    tasks = problem.task_by_id()
    needed = np.array([[tasks[program.instance_task[i]].min_level(c) for c in COMPETENCIES]
                       for i in instances], dtype=np.int8).reshape(len(instances), -1)
    levels = people.levels.astype(np.int8)  # levels are 0-4: small arrays of small numbers
    short = np.zeros(shape, dtype=np.int8)
    for c in range(len(COMPETENCIES)):
        short += np.maximum(0, needed[None, :, c] - levels[:, c, None])
    return only_competency & (short == 1)


def _train(problem: Problem, program: AllocationProgram, state: PlanState,
           schools_of: list[set[int]], people: _People, i: int, task: Task,
           learners: np.ndarray) -> dict | None:
    """The one of ``learners`` with the most hours left who may still take the instance."""
    if not len(learners):
        return None
    units = int(program.instance_units[i])
    school = program.instance_school[i]
    school_index = None
    if int(program.instance_kind[i]) == InstanceKind.school and school is not None:
        school_index = people.school_position[school]
    best: tuple[int, str, dict] | None = None
    for p in learners:
        person = problem.people[int(p)]
        gaps = [(c, person.level(c), task.min_level(c)) for c in COMPETENCIES
                if person.level(c) < task.min_level(c)]
        if state.at_task_limit(program, int(p)):
            continue
        limit = (program.person_max_schools[int(p)]
                 if program.person_max_schools is not None else -1)
        if school_index is not None and 0 <= limit <= len(schools_of[int(p)]) \
                and school_index not in schools_of[int(p)]:
            continue
        left = _left_on(program, state, int(p), _pair_sources(problem, program, int(p), i))
        if left < units:
            continue
        competency, have, need = gaps[0]
        key = (-left, person.id)
        if best is None or key < (best[0], best[1]):
            best = (-left, person.id, {"person": person.id, "competency": competency,
                                       "from": have, "to": need})
    return None if best is None else best[2]


def _directie(problem: Problem, program: AllocationProgram, state: PlanState, i: int,
              task: Task, bundled: bool) -> dict:
    """The directie who should take it: what hours and levels they would need."""
    units = int(program.instance_units[i])
    site = site_for(problem, task, program.instance_school[i], bundled)
    allowed_anyway = np.uint8((1 << PruneReason.competency) | (1 << PruneReason.funding))
    rules = program.pair_rules[:, i] if program.pair_rules is not None else None
    best: tuple | None = None
    for p, person in enumerate(problem.people):
        if person.role is not Role.directie or rules is None or rules[p] & ~allowed_anyway:
            continue
        sources = _pair_sources(problem, program, p, i)
        left = _left_on(program, state, p, sources)
        key = (-min(left, units), person.id)
        if best is None or key < best[0]:
            best = (key, p, person, sources, left)
    if best is None:
        return {"person": None, "site": site, "extra_hours": float(units) / 2,
                "source": "other", "levels": {c: task.min_level(c) for c in COMPETENCIES
                                              if task.min_level(c)}}
    _, p, person, sources, left = best
    source = next(s for s in _DIRECTIE_SOURCES if s in sources)
    raise_to = {c: task.min_level(c) for c in COMPETENCIES
                if person.level(c) < task.min_level(c)}
    detail = {"person": person.id, "site": person.site,
              "extra_hours": float(max(0, units - left)) / 2,
              "source": source, "levels": raise_to}
    if state.at_task_limit(program, p):
        detail["max_tasks"] = int(program.person_max_tasks[p]) + 1
    return detail


def advice_sentence(problem: Problem, code: str, detail: dict, lang: Lang) -> str:
    """The recommendation in one sentence, with names and levels in words."""
    if code == "train":
        gap = phrases.level_gap(detail["competency"], detail["to"] - detail["from"], lang)
        return text("advice.train", lang,
                    name=phrases.person_name(problem, detail["person"], lang), gap=gap,
                    start=detail["from"], end=detail["to"])
    if code == "directie":
        needs = []
        if detail["extra_hours"]:
            needs.append(text("advice.extra_hours", lang, hours=hours(detail["extra_hours"], lang),
                              source=text(f"funding.{detail['source']}", lang)))
        if detail["levels"] and detail["person"] is not None:
            needs.append(phrases.levels_needed(detail["levels"], lang))
        if detail["person"] is None:
            return text("advice.directie_absent", lang,
                        site=phrases.site_name(problem, detail["site"], lang),
                        hours=hours(detail["extra_hours"], lang))
        return text("advice.directie", lang,
                    name=phrases.person_name(problem, detail["person"], lang),
                    needs=phrases.join(needs, lang) if needs else text("advice.room", lang))
    if code == "recruit":
        return text("advice.recruit", lang,
                    role=phrases.role_name(detail["role"], lang) if detail.get("role")
                    else text("word.new_person", lang),
                    site=phrases.site_name(problem, detail["site"], lang),
                    hours=hours(detail["hours"], lang),
                    levels=phrases.levels_needed(detail["levels"], lang))
    return text(f"advice.{code}", lang)
