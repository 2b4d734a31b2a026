"""Recommendations v2: the precedence, and every named change verified by a re-solve."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings

from allocator.check.checker import check_plan
from allocator.engine import solve_problem
from allocator.explain.recommend import (
    RECOMMENDATIONS,
    is_directie_work,
    needs_technical_plus_other,
    recommendation,
)
from allocator.solve import SolveOptions
from models import Outsource, Person, Pin, Problem, Role
from tests.builders import FAST, person, problem, school, solve_checked, task
from tests.strategies import problems

OPTIONS = SolveOptions(time_limit=20, workers=1, seed=0)


def apply_advice(prob: Problem, item) -> Problem:
    """The problem with the recommendation's named change made and its instance pinned."""
    detail = item.recommendation_detail
    people = list(prob.people)
    if item.recommendation == "train":
        people = [p.model_copy(update={detail["competency"]: detail["to"]})
                  if p.id == detail["person"] else p for p in people]
        who = detail["person"]
    elif item.recommendation == "directie" and detail["person"] is not None:
        def changed(p: Person) -> Person:
            update = {**detail["levels"],
                      detail["source"]: getattr(p, detail["source"]) + detail["extra_hours"]}
            if "max_tasks" in detail:
                update["max_tasks"] = detail["max_tasks"]
            return p.model_copy(update=update)
        people = [changed(p) if p.id == detail["person"] else p for p in people]
        who = detail["person"]
    else:  # recruit, or a directie the input does not list: a new person with the profile
        role = "directie" if item.recommendation == "directie" else detail["role"]
        hours = detail["extra_hours"] if item.recommendation == "directie" else detail["hours"]
        levels = {c: detail["levels"].get(c, 0) for c in "TPBA"}
        people.append(Person(id="NEW", name="Nieuw", site=detail["site"], role=role,
                             other=hours, **levels))
        who = "NEW"
    pins = [*prob.pins, Pin(person=who, task=item.task, school=item.school)]
    return prob.model_copy(update={"people": people, "pins": pins})


def test_the_precedence_on_single_tasks() -> None:
    assert recommendation(task("A", who="directie", outsourceable="koepel")) == "directie"
    assert recommendation(task("A", who="directie, TICT", outsourceable="koepel")) == "hand_over"
    assert recommendation(task("A", outsourceable="firma", core=True)) == "outsource"
    assert recommendation(task("A", core=True)) == "recruit"
    assert recommendation(task("A", core=False, levels="2100")) == "defer"
    strategic = task("A", core=False, levels="2100").model_copy(update={"strategic": True})
    assert recommendation(strategic) == "recruit"


def test_one_level_short_is_train_with_person_and_level() -> None:
    prob = problem([school()], [person("ann", role="PICT", levels="1200", ict=4)],
                   [task("COACH", levels="1300", who="PICT, digicoach", hours=2)])
    plan = solve_checked(prob, FAST)
    [item] = plan.uncovered
    assert item.recommendation == "train"
    assert item.recommendation_detail == {"rule": "one_level_short", "person": "ann",
                                          "competency": "P", "from": 2, "to": 3}


def test_directie_work_names_the_directie_and_never_a_vacancy() -> None:
    prob = problem([school()], [person("dir", role="directie", levels="0020", other=0.5),
                                person("t", role="TICT", levels="4444", ict=10)],
                   [task("PLAN", levels="0030", who="directie", hours=2)])
    plan = solve_checked(prob, FAST)
    [item] = plan.uncovered
    assert item.recommendation == "directie"
    assert item.recommendation_detail == {"rule": "directie_only", "person": "dir", "site": "S1",
                                          "extra_hours": 1.5, "source": "other",
                                          "levels": {"B": 3}}


def test_koepel_and_firma_are_classifications_with_their_rule() -> None:
    prob = problem([school()], [person("t", role="TICT", levels="0000", ict=1)],
                   [task("SSO", levels="4000", outsourceable="koepel"),
                    task("NET", levels="4000", outsourceable="ja")])
    plan = solve_checked(prob, FAST)
    details = {u.task: (u.recommendation, u.recommendation_detail) for u in plan.uncovered}
    assert details["SSO"] == ("hand_over", {"rule": "koepel", "to": "koepel"})
    assert details["NET"] == ("outsource", {"rule": "firma", "to": "firma"})


@settings(max_examples=40, deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(problems(max_people=4, max_tasks=4))
def test_each_named_change_covers_its_instance_without_losing_stage_1(prob: Problem) -> None:
    plan = solve_problem(prob, OPTIONS)
    assert plan.status == "optimal"
    tasks = prob.task_by_id()
    checked = 0
    for item in plan.uncovered:
        task_ = tasks[item.task]
        assert item.recommendation in RECOMMENDATIONS
        detail = item.recommendation_detail
        assert detail is not None and detail["rule"]
        # the classification follows the precedence
        if is_directie_work(task_):
            assert item.recommendation == "directie"
        elif item.recommendation != "train":
            assert item.recommendation == recommendation(task_)
        if item.recommendation == "recruit":
            assert task_.core or (task_.strategic and needs_technical_plus_other(task_))
            assert detail["role"] != Role.directie.value
        if item.recommendation == "hand_over":
            assert task_.outsourceable is Outsource.koepel
        if item.recommendation not in ("train", "directie", "recruit") or checked >= 3:
            continue
        checked += 1
        fixed = apply_advice(prob, item)
        replanned = solve_problem(fixed, OPTIONS)
        assert replanned.status == "optimal", (item, replanned.message)
        assert check_plan(fixed, replanned).ok
        assert (item.task, item.school) not in {(u.task, u.school) for u in replanned.uncovered}
        assert replanned.objective.core >= plan.objective.core
