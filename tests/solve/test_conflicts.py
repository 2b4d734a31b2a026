"""Conflicting pins are named as a minimal set: removing any one makes the problem feasible."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from allocator.compile import compile_problem
from allocator.solve.conflicts import minimal_conflicting_pins
from tests.builders import person, pin, problem, school, solve_checked, task


def _over_pinned(extra_pins: int = 0):
    tasks = [task(f"T{k}", hours=1) for k in range(4)]
    pins = [pin("a", "T0", "S1", hours=1), pin("a", "T1", "S1", hours=1),
            pin("b", "T2", "S1", hours=1)]
    pins += [pin("b", "T3", "S1", hours=1) for _ in range(extra_pins)]
    return problem([school()], [person("a", ict=1), person("b", ict=2)], tasks, pins=pins)


def test_two_pins_over_one_persons_hours_are_the_conflict():
    plan = solve_checked(_over_pinned())
    assert plan.status == "infeasible"
    assert [item["pin"] for item in plan.conflict] == [1, 2]
    assert "vaste toewijzing 1: Person a (a) → «Taak T0» (T0) @ School S1" in plan.message
    assert "vaste toewijzing 2: Person a (a) → «Taak T1» (T1) @ School S1" in plan.message


def test_a_feasible_set_of_pins_has_no_conflict():
    prob = problem([school()], [person("a", ict=2)], [task("T0"), task("T1")],
                   pins=[pin("a", "T0", "S1"), pin("a", "T1", "S1")])
    assert minimal_conflicting_pins(compile_problem(prob)) is None


@settings(max_examples=25, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(["a", "b", "c"]), st.integers(0, 5),
                          st.sampled_from([0.5, 1.0, 1.5])), min_size=2, max_size=7,
                unique_by=lambda t: (t[0], t[1])))
def test_every_conflict_is_minimal(pinned):
    tasks = [task(f"T{k}", hours=1.5, max_people=3) for k in range(6)]
    people = [person("a", ict=1), person("b", ict=1.5), person("c", ict=2)]
    prob = problem([school()], people, tasks,
                   pins=[pin(p, f"T{t}", "S1", hours=h) for p, t, h in pinned])
    program = compile_problem(prob)
    conflict = minimal_conflicting_pins(program)
    if conflict is None:
        assert solve_checked(prob).status == "optimal"
        return
    assert solve_checked(prob).status == "infeasible"
    for member in conflict:  # dropping any one member makes the rest of the set feasible
        kept = [prob.pins[k] for k in conflict if k != member]
        assert minimal_conflicting_pins(compile_problem(
            prob.model_copy(update={"pins": kept}))) is None
