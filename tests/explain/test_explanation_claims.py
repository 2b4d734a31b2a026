"""Every claim of every explanation, re-derived from the plan and the input.

The problems carry names unlike their ids, so that a test can tell a name from an internal
code. Eligibility is re-derived with the independent checker's rule functions, never with the
compiler's arrays.
"""

from __future__ import annotations

import re
from collections import defaultdict

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from allocator.check.checker import RuleContext, may_do, role_fits
from allocator.engine import solve_problem
from allocator.explain import phrases
from allocator.explain.render import render_plan
from allocator.explain.report import explain_plan
from allocator.explain.uncovered import MAX_NAMED
from allocator.i18n import hours, text
from allocator.solve import SolveOptions
from models import COMPETENCIES, Plan, Problem, Scope, Task
from tests.builders import person, problem, school, task
from tests.strategies import problems

OPTIONS = SolveOptions(time_limit=20, workers=1, seed=0)
PEOPLE = ["Anna Claes", "Bert Jacobs", "Carla Maes", "Dirk Wouters", "Els Peeters",
          "Filip Mertens", "Greet Willems"]
SCHOOLS = ["De Linde", "Het Anker", "Sint-Jozef", "De Regenboog"]
TASKS = [("Netwerk beheren", "Run the network"), ("Leraren coachen", "Coach teachers"),
         ("Beleidsplan schrijven", "Write the policy plan"), ("Accounts beheren",
                                                              "Manage accounts"),
         ("Helpdesk bemannen", "Staff the helpdesk"), ("Inventaris bijhouden", "Keep the inventory")]
CODE_WORDS = re.compile(r"@|≥|[{}]|\b[TPBA] ?\d|\b[a-z]+_[a-z_]+\b|punten|points")


@st.composite
def busy_problems(draw) -> Problem:
    """Few hours for many tasks at low levels: most gaps come from busy candidates."""
    n_schools = draw(st.integers(1, 2))
    schools = [school(f"S{k}", pools=draw(st.booleans())) for k in range(n_schools)]
    sites = [s.id for s in schools] + ["central"]
    people = [person(f"p{k}", site=(site := draw(st.sampled_from(sites))),
                     levels=draw(st.sampled_from(["1111", "2222", "2100", "1021"])),
                     ict=draw(st.integers(0, 6)) / 2, other=draw(st.integers(0, 2)) / 2,
                     bpt=0 if site == "central" else draw(st.integers(0, 2)) / 2,
                     max_tasks=draw(st.sampled_from([None, None, 1, 2])))
              for k in range(draw(st.integers(1, 4)))]
    tasks = [task(f"T{k}", core=draw(st.booleans()), priority=draw(st.integers(1, 5)),
                  levels=draw(st.sampled_from(["0000", "1000", "0100", "1010"])),
                  scope=draw(st.sampled_from(["school", "school", "group"])),
                  placement="either", hours=draw(st.integers(1, 5)) / 2,
                  max_people=draw(st.integers(1, 2)))
             for k in range(draw(st.integers(2, 6)))]
    return problem(schools, people, tasks)


@st.composite
def named_problems(draw) -> Problem:
    prob = draw(st.one_of(problems(max_people=5, max_tasks=5), busy_problems()))
    people = [p.model_copy(update={"name": PEOPLE[k]}) for k, p in enumerate(prob.people)]
    schools = [s.model_copy(update={"name": SCHOOLS[k]}) for k, s in enumerate(prob.schools)]
    # fewer role restrictions and lower levels than the general strategy, so that most gaps
    # come from busy candidates, whose explanations make the most claims
    tasks = [t.model_copy(update={"name_nl": TASKS[k][0], "name_en": TASKS[k][1],
                                  "who": t.who if draw(st.integers(0, 3)) == 0 else [],
                                  **({c: 0 for c in COMPETENCIES} if draw(st.booleans())
                                     else {})})
             for k, t in enumerate(prob.tasks)]
    return prob.model_copy(update={"people": people, "schools": schools, "tasks": tasks})


def _no_codes(sentence: str, prob: Problem) -> None:
    assert not CODE_WORDS.search(sentence), sentence
    # a word said twice ("P026 en en nog één andere kandidaten") is a seam between phrases
    assert not re.search(r"\b(\w+) \1\b", sentence, re.IGNORECASE), sentence
    ids = [p.id for p in prob.people] + [s.id for s in prob.schools] + [t.id for t in prob.tasks]
    for identifier in ids:
        assert not re.search(rf"\b{re.escape(identifier)}\b", sentence), (identifier, sentence)


def _candidates(prob: Problem, task: Task, school: str | None, context: RuleContext
                ) -> list[str]:
    """People who may do the instance and have hours that may pay for it (checker's rules)."""
    bundled = school is None and task.scope is Scope.school
    result = []
    for someone in prob.people:
        if may_do(prob, someone.id, task, school, bundled, context) is not None:
            continue
        if _sources(someone, task, school):
            result.append(someone.id)
    return result


def _check_nobody_else(prob: Problem, plan: Plan, row: dict, context: RuleContext) -> None:
    """Co-workers are the plan's others on the instance; "nobody else" means nobody at all."""
    others = {a.person for a in plan.assignments
              if (a.task, a.school) == (row["task"], row["school"])} - {row["person"]}
    assert {c["person"] for c in row["co_workers"]} == others
    assert not others & {r["person"] for r in row["runners_up"]}
    if not row["runners_up"]:  # the page says nobody (else) could do it under the rules
        task = prob.task_by_id()[row["task"]]
        eligible = set(_candidates(prob, task, row["school"], context))
        assert eligible <= {row["person"]} | others, (row, eligible)


def _sources(person, task: Task, school: str | None) -> list[str]:
    own = task.scope is Scope.school and school is not None and person.site == school
    return [s for s in ("ict", "other", "bpt") if getattr(person, s) > 0
            and (s != "bpt" or own)]


def _payable_sources(person, task: Task, school: str | None) -> set[str]:
    own = task.scope is Scope.school and school is not None and person.site == school
    return {"ict", "other"} | ({"bpt"} if own else set())


def _check_uncovered(prob: Problem, plan: Plan, item, lang: str) -> None:
    tasks = prob.task_by_id()
    people = prob.person_by_id()
    task = tasks[item.task]
    context = RuleContext(prob)
    facts = item.facts
    _no_codes(item.detail, prob)
    _no_codes(item.recommendation_text, prob)
    fitting = [p for p in prob.people if role_fits(p, task)]
    competent = [p for p in fitting if all(p.level(c) >= task.min_level(c) for c in COMPETENCIES)]
    candidates = _candidates(prob, task, item.school, context)
    named = lambda ids: all(people[pid].name in item.detail for pid in ids)  # noqa: E731
    if item.reason == "role_not_allowed":
        assert not fitting and not candidates
        assert facts["roles"] == [r.value for r in task.who]
    elif item.reason == "no_competent_person":
        assert fitting and not competent
        totals = {p.id: sum(max(0, task.min_level(c) - p.level(c)) for c in COMPETENCIES)
                  for p in fitting}
        for pid, gaps in facts["closest"].items():
            person = people[pid]
            assert gaps == {c: task.min_level(c) - person.level(c) for c in COMPETENCIES
                            if person.level(c) < task.min_level(c)}
            assert all(totals[pid] <= total for other, total in totals.items()
                       if other not in facts["closest"])
            assert person.name in item.detail
            for c, gap in gaps.items():
                assert phrases.level_gap(c, gap, lang) in item.detail
    elif item.reason == "excluded_by_preference":
        assert set(facts["people"]) == {p.id for p in competent}
        assert all(context.never(pid, task) for pid in facts["people"]) and named(
            facts["people"][:MAX_NAMED])
    elif item.reason == "site_rules":
        assert facts["people"] and not candidates
        assert set(facts["people"]) == {p.id for p in competent if not context.never(p.id, task)}
        for pid in facts["people"]:
            bundled = item.school is None and task.scope is Scope.school
            assert may_do(prob, pid, task, item.school, bundled, context) is not None
    elif item.reason == "funding_rule":
        assert facts["people"] and not candidates
        for pid in facts["people"]:
            assert not _sources(people[pid], task, item.school)
    elif item.reason == "split_limit":
        assert facts["candidate_count"] == len(candidates)
        capacity = {pid: sum(getattr(people[pid], s) for s in _sources(people[pid], task,
                                                                       item.school))
                    for pid in candidates}
        best = sorted(capacity.values(), reverse=True)[:task.max_people]
        assert len(facts["candidates"]) == len(best) == min(task.max_people, len(candidates))
        assert abs(facts["available"] - sum(best)) < 1e-9
        assert facts["available"] < item.hours
        assert sorted((capacity[pid] for pid in facts["candidates"]), reverse=True) == best
        assert named(facts["candidates"])
        if len(candidates) == 1:
            assert text("split.only", lang, names=people[candidates[0]].name) in item.detail
        assert hours(facts["available"], lang) in item.detail
    elif item.reason in ("max_tasks", "max_schools"):
        instances = defaultdict(set)
        for row in plan.assignments:
            instances[row.person].add((row.task, row.school))
        for pid in facts["people"]:
            if item.reason == "max_tasks":
                assert len(instances[pid]) >= people[pid].max_tasks
        assert named(facts["people"][:MAX_NAMED])
    elif item.reason in ("capacity_spent", "capacity_elsewhere", "pinned_work"):
        assert facts["candidate_count"] == len(candidates)
        assert set(facts["work"]) <= set(candidates)
        assert len(facts["work"]) == min(MAX_NAMED, len(candidates))
        rank = (task.core, task.priority)
        any_lower = False
        for pid, items in facts["work"].items():
            payable = _payable_sources(people[pid], task, item.school)
            held: dict[tuple, float] = defaultdict(float)
            for row in plan.assignments:
                if row.person == pid and row.funding.value in payable:
                    held[(row.task, row.school)] += row.hours
            assert {(i["task"], i["school"]): i["hours"] for i in items} == dict(held)
            for entry in items:
                other = tasks[entry["task"]]
                assert entry["lower"] == ((other.core, other.priority) < rank)
                any_lower |= entry["lower"] and not entry["pinned"]
                assert entry["pinned"] == any(
                    (pin.person, pin.task, pin.school) == (pid, entry["task"], entry["school"])
                    for pin in prob.pins)
                assert other.name(lang) in item.detail
            left = sum(getattr(people[pid], s) for s in payable) - sum(held.values())
            assert abs(facts["left"][pid] - left) < 1e-9
            assert people[pid].name in item.detail
            # lower-ranked work comes first in the sentence
            lower = [tasks[e["task"]].name(lang) for e in items if e["lower"]
                     and not e["pinned"]]
            higher = [tasks[e["task"]].name(lang) for e in items if not e["lower"]
                      and not e["pinned"]]
            if lower and higher:
                segment = item.detail[item.detail.index(people[pid].name):]
                assert segment.index(f"«{lower[0]}»") < segment.index(f"«{higher[0]}»")
        assert (item.reason == "capacity_elsewhere") == any_lower
        if not any_lower:
            pinned = any(e["pinned"] for items in facts["work"].values() for e in items)
            assert (item.reason == "pinned_work") == pinned
    else:
        raise AssertionError(f"{item.reason} cannot happen without pooling prices")
    if item.recommendation == "recruit":
        detail = item.recommendation_detail
        where = (prob.school_by_id()[detail["site"]].name if detail["site"] in
                 prob.school_by_id() else text("place.central", lang))
        assert where in item.recommendation_text
        assert hours(detail["hours"], lang) in item.recommendation_text
        assert detail["hours"] == item.hours
    if item.recommendation == "directie" and item.recommendation_detail["person"]:
        assert people[item.recommendation_detail["person"]].name in item.recommendation_text
        assert people[item.recommendation_detail["person"]].role.value == "directie"
    if item.recommendation == "train":
        detail = item.recommendation_detail
        person = people[detail["person"]]
        assert person.name in item.recommendation_text
        assert person.level(detail["competency"]) == detail["from"] == detail["to"] - 1
        assert phrases.level_gap(detail["competency"], 1, lang) in item.recommendation_text


@settings(max_examples=40, deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(named_problems(), st.sampled_from(["nl", "en"]))
def test_every_claim_of_every_explanation_holds(prob: Problem, lang: str) -> None:
    plan = render_plan(prob, solve_problem(prob, OPTIONS), lang)  # type: ignore[arg-type]
    assert plan.status == "optimal"
    for item in plan.uncovered:
        _check_uncovered(prob, plan, item, lang)
    explanation = explain_plan(prob, plan, lang)  # type: ignore[arg-type]
    tasks = prob.task_by_id()
    people = prob.person_by_id()
    context = RuleContext(prob)
    for row in explanation["assignments"]:
        _check_nobody_else(prob, plan, row, context)
        _no_codes(row["sentence"], prob)
        person, task = people[row["person"]], tasks[row["task"]]
        assert person.name in row["sentence"] and task.name(lang) in row["sentence"]
        for c in COMPETENCIES:
            if task.min_level(c):
                assert text("level.has", lang, competency=phrases.competency(c, lang),  # type: ignore[arg-type]
                            level=person.level(c), needed=task.min_level(c)) in row["sentence"]
    for row in explanation["uncovered"]:
        _no_codes(row["label"], prob)
        if row.get("remedy_text"):
            _no_codes(row["remedy_text"], prob)


@pytest.mark.parametrize(("count", "lang", "said"), [
    (1, "nl", "Ann, Bert en nog één andere kandidaat"),
    (3, "nl", "Ann, Bert en nog drie andere kandidaten"),
    (1, "en", "Ann, Bert and one more candidate")])
def test_people_not_named_are_counted_in_one_phrase(count, lang, said):
    assert phrases.join(["Ann", "Bert", phrases.more_candidates(count, lang)], lang) == said
