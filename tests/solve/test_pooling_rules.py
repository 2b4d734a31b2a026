"""v2 rules (allocation-rules.md, "Fragmentation", "Pooling has a price", "Proximity"): each
case the spec states, solved by both backends and passed by the independent checker."""

from __future__ import annotations

import hashlib
from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest

from allocator.check import check_plan
from allocator.compile import compile_problem
from allocator.engine import solve_problem
from allocator.read import read_problem
from tests.builders import FAST, person, pin, problem, school, solve_checked, task
from tests.reference_mip import reference_stage_values

BACKENDS = ("cpsat", "highs")
GROUPS = Path(__file__).resolve().parents[2] / "benchmarks" / "groups"


def solve_both(prob):
    """Plans of both backends, each checked; their stage values equal the reference MIP's."""
    expected = reference_stage_values(prob)
    plans = []
    for backend in BACKENDS:
        plan = solve_checked(prob, replace(FAST, backend=backend))
        assert plan.status == "optimal"
        assert (plan.objective.core, plan.objective.noncore) == expected, backend
        plans.append(plan)
    return plans


def test_a_workbook_without_v2_columns_means_what_it_meant_in_v1():
    """benchmarks/groups/S.xlsx: arcs and stage 1 and 2 values as before v2 (main at 5e579c6)."""
    group = read_problem(GROUPS / "S.xlsx").problem
    program = compile_problem(group)
    assert (program.n_arcs, program.n_instances, program.n_switches) == (569, 304, 0)
    assert not program.caps and not program.travel and not program.bundle_demands
    digest = hashlib.sha256(np.stack([program.arc_person, program.arc_instance]).tobytes()
                            + program.arc_sources.tobytes()
                            + program.instance_units.tobytes()).hexdigest()
    assert digest[:16] == "033f3c8c30fd1869"
    plan = solve_problem(group, replace(FAST, time_limit=30))
    assert (plan.objective.core, plan.objective.noncore) == (167.0, 200.0)


def _chooser(**extra):
    """One 'choose' school, one school that pools, a central TICT and a bundleable task."""
    return problem(
        [school("S1", pools="choose", pupils=200, **extra),
         school("S2", pools=True, pupils=200, **({"pool_hours": 1} if "pool_hours" in extra
                                                 else {}))],
        [person("c", site="central", ict=6), person("a", site="S1", ict=1)],
        [task("B", hours=2, bundle_factor=0.5, max_people=1)])


def test_kies_with_bundling_pools_when_the_bundle_then_covers_the_school_too():
    for plan in solve_both(_chooser()):
        assert plan.pooling == {"S1": True, "S2": True}
        assert plan.bundled == ["B"]
        # f x hours of the schools that do pool: 0.5 x (2 + 2) = 2 h
        assert [(a.person, a.task, a.school, a.hours) for a in plan.assignments] == [
            ("c", "B", None, 2.0)]


def test_a_bundle_counts_only_the_schools_that_pool():
    prob = _chooser(pool_hours=1, ict_envelope_hours=1)
    # S1's own staff need the whole envelope: pooling would take their hour away
    prob = prob.model_copy(update={"tasks": [
        task("B", hours=2, bundle_factor=0.5, max_people=1, placement="either"),
        task("L", placement="local", hours=1, core=True, priority=5)]})
    for plan in solve_both(prob):
        assert plan.pooling["S1"] is False
        rows = {(a.person, a.task, a.school): a.hours for a in plan.assignments}
        assert rows[("a", "L", "S1")] == 1.0
        assert rows[("c", "B", None)] == 1.0  # 0.5 x S2's 2 h only
        assert ("B", "S1") in {(u.task, u.school) for u in plan.uncovered}


def test_a_pin_that_needs_pooling_fixes_the_decision_to_pool():
    prob = problem([school("S1", pools="choose")],
                   [person("c", site="central", ict=4), person("a", site="S1", ict=4)],
                   [task("X", placement="either", priority=1)],
                   pins=[pin("c", "X", "S1")])
    for plan in solve_both(prob):
        assert plan.pooling == {"S1": True}
        assert [(a.person, a.task) for a in plan.assignments] == [("c", "X")]


def test_central_work_goes_to_own_staff_when_a_kies_school_does_not_pool():
    prob = problem([school("S1", pools="choose", pool_hours=2, ict_envelope_hours=2)],
                   [person("c", site="central", ict=4), person("a", site="S1", ict=2)],
                   [task("C", placement="central", hours=2)])
    for plan in solve_both(prob):
        # pooling would fund c (pot 2 h) but leave a nothing: either way one plan covers C
        assert plan.objective.core == 3
        who = {a.person for a in plan.assignments}
        assert who == ({"c"} if plan.pooling["S1"] else {"a"})


def test_the_pool_budget_caps_central_ict_hours():
    prob = problem([school("S1", pools=True, pool_hours=1, ict_envelope_hours=4)],
                   [person("c", site="central", ict=8)],
                   [task("C1", placement="central", hours=1),
                    task("C2", placement="central", hours=1, priority=1)])
    prob = prob.model_copy(update={"central_ict_hours": 0.5})
    for plan in solve_both(prob):
        assert sum(a.hours for a in plan.assignments) == 1.5 - 0.5  # only C1 fits the pot
        assert [(u.task, u.reason) for u in plan.uncovered] == [("C2", "pool_budget")]


def test_central_ict_hours_alone_cap_central_staff():
    prob = problem([school("S1", pools=True)], [person("c", site="central", ict=8)],
                   [task("C1", placement="central", hours=2)])
    prob = prob.model_copy(update={"central_ict_hours": 1.5})
    for plan in solve_both(prob):
        assert not plan.assignments


def test_a_school_envelope_minus_its_pool_hours_caps_its_own_staff():
    prob = problem([school("S1", pools=True, pool_hours=3, ict_envelope_hours=4)],
                   [person("a", site="S1", ict=4)],
                   [task("L1", placement="local", hours=1),
                    task("L2", placement="local", hours=1, priority=1)])
    for plan in solve_both(prob):
        assert [(a.task, a.hours) for a in plan.assignments] == [("L1", 1.0)]
        assert [(u.task, u.reason) for u in plan.uncovered] == [("L2", "envelope")]


@pytest.mark.parametrize("travel, lines", [(None, None), (0.0, 0.0), (1.0, 1.0)])
def test_travel_hours_open_local_work_to_central_staff_and_cost_them_once(travel, lines):
    prob = problem([school("S1", pools=True, travel_hours=travel)],
                   [person("c", site="central", ict=2, other=1)],
                   [task("L1", placement="local", hours=0.5),
                    task("L2", placement="local", hours=0.5)])
    for plan in solve_both(prob):
        if lines is None:  # empty: no on-site service by central staff (v1)
            assert not plan.assignments and not plan.travel
            continue
        assert {a.task for a in plan.assignments} == {"L1", "L2"}
        assert [(t["person"], t["school"], t["hours"]) for t in plan.travel] == [
            ("c", "S1", lines)]
        assert plan.travel[0]["funding"] in ("ict", "other")


def test_travel_that_does_not_fit_leaves_the_local_work_to_the_school():
    prob = problem([school("S1", pools=True, travel_hours=2)],
                   [person("c", site="central", ict=2)],
                   [task("L1", placement="local", hours=1)])
    for plan in solve_both(prob):
        assert not plan.assignments and not plan.travel  # 1 h of work + 2 h of travel > 2 h


def test_travel_earns_nothing_and_is_paid_from_ict_or_other():
    prob = problem([school("S1", pools=True, travel_hours=1)],
                   [person("c", site="central", ict=1, other=1)],
                   [task("L1", placement="local", hours=1)])
    for plan in solve_both(prob):
        assert plan.objective.core == 3
        funding = {a.funding.value for a in plan.assignments} | {plan.travel[0]["funding"]}
        assert funding == {"ict", "other"}


def test_max_schools_limits_the_distinct_schools_a_person_works_at():
    prob = problem([school("S1", pools=True), school("S2", pools=True),
                    school("S3", pools=True)],
                   [person("c", site="central", ict=10, max_schools=2)],
                   [task("X", placement="central", hours=1)])
    for plan in solve_both(prob):
        assert len({a.school for a in plan.assignments}) == 2
        assert [u.reason for u in plan.uncovered] == ["max_schools"]


def test_previous_keeps_earlier_pooling_decisions():
    prob = problem([school("S1", pools="choose", pool_hours=0, ict_envelope_hours=4)],
                   [person("c", site="central", ict=1), person("a", site="S1", ict=1)],
                   [task("X", placement="either", hours=1)])
    first = solve_checked(prob)
    for decision in (True, False):
        earlier = first.model_copy(update={"assignments": []})
        earlier.pooling = {"S1": decision}  # type: ignore[attr-defined]
        plan = solve_problem(prob, FAST, previous=earlier)
        assert check_plan(prob, plan).ok
        assert plan.pooling == {"S1": decision}


def test_the_plan_reports_fragmentation_load_spread_and_what_pooling_gives_and_costs():
    from allocator.report.fragmentation import gini, plan_fragmentation

    prob = problem([school("S1", pools="choose", pool_hours=2, ict_envelope_hours=2,
                           travel_hours=0.5), school("S2")],
                   [person("c", site="central", ict=6, role="TICT"),
                    person("a", site="S2", ict=2, role="TICT")],
                   [task("L", placement="local", hours=1, priority=5), task("E", hours=1.5)])
    plan = solve_checked(prob)
    report = plan_fragmentation(prob, plan)
    rows = {row["person"]: row for row in report["people"]}
    # pooling buys S1 its local work from c (the pot of 2 h holds 1 h of work + 0.5 h travel)
    assert plan.pooling["S1"] is True
    assert (rows["c"]["tasks"], rows["c"]["schools"], rows["c"]["clusters"]) == (1, 1, 1)
    assert (rows["c"]["median_share"], rows["c"]["travel_hours"], rows["c"]["hours"]) == (
        1.0, 0.5, 1.5)
    assert report["pooling_decisions"] == [
        {"school": "S1", "pools": True,
         "gives": {"central_hours_at_school": 1.0, "bundled_hours_for_school": 0.0},
         "costs": {"pool_hours": 2.0, "travel_hours": 0.5}}]
    spread = report["load_spread"]
    hours = [rows["c"]["hours"], rows["a"]["hours"]]
    assert spread["max_hours"] == max(hours) and spread["min_hours"] == min(hours)
    assert spread["gini_by_role"]["TICT"] == gini(hours)
    assert report["summary"]["people_working"] == 2
    assert gini([2.0, 2.0]) == 0.0 and gini([0.0, 4.0]) == 0.5
