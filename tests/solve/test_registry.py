"""The rule registry: every rule is implemented by the solver's backends and by the checker,
and every rule family binds: leaving out its CP-SAT or its HiGHS part changes a stage value,
and the checker rejects the plan the weakened model returns."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from allocator.check.checker import RULE_CHECKS, check_plan
from allocator.compile import compile_problem
from allocator.engine import solution_to_plan
from allocator.solve import SolveOptions, solve_program
from allocator.solve.registry import RuleFamily, registered_rules, rule_families
from models import Problem
from models.rules import ARC_RULES, CONSTRAINT_FAMILIES, Rule
from tests.builders import person, pin, problem, school, task


def test_the_registry_implements_exactly_the_constraint_families() -> None:
    assert registered_rules() == CONSTRAINT_FAMILIES


def test_the_checker_has_one_function_for_every_rule() -> None:
    assert set(RULE_CHECKS) == set(Rule) == CONSTRAINT_FAMILIES | ARC_RULES


def test_families_are_applied_in_a_stable_order() -> None:
    orders = [family.order for family in rule_families()]
    assert orders == sorted(orders) and len(set(orders)) == len(orders)


# One small problem per constraint family where the family binds. A family without an
# example fails test_every_family_has_a_binding_example, so a new rule cannot skip this.
def _coverage() -> Problem:
    # one person, 2 h; a 4 h task would be "covered" for free without the coverage rows
    return problem([school("S1")], [person("a", ict=2)], [task("BIG", hours=4)])


def _capacity() -> Problem:
    # 2 h for two 2 h core tasks: only one fits
    return problem([school("S1")], [person("a", ict=2)],
                   [task("T1", hours=2), task("T2", hours=2)])


def _bundling() -> Problem:
    # two pooling schools; the bundle and the schools' own instances exclude each other
    schools = [school("S1", pools=True), school("S2", pools=True)]
    people = [person("c", site="central", ict=10), person("a", site="S1", ict=10),
              person("b", site="S2", ict=10)]
    return problem(schools, people, [task("B", hours=1, bundle_factor=0.8)])


def _max_tasks() -> Problem:
    return problem([school("S1")], [person("a", ict=10, max_tasks=1)],
                   [task("T1", hours=1), task("T2", hours=1)])


def _pins() -> Problem:
    # the pin puts the only person on low-value work that leaves no hours for core work
    people = [person("a", ict=2)]
    tasks = [task("CORE", hours=2, priority=5), task("LOW", core=False, hours=2, priority=1)]
    return problem([school("S1")], people, tasks, pins=[pin("a", "LOW", "S1")])


def _pooling() -> Problem:
    # central-placement work at a 'choose' school goes to central staff if it pools, else to
    # its own staff: one of the two; without the decision rules both take a task
    return problem([school("S1", pools="choose")],
                   [person("c", site="central", ict=1), person("a", site="S1", ict=1)],
                   [task("C1", placement="central", hours=1),
                    task("C2", placement="central", hours=1)])


def _travel() -> Problem:
    # the central person's travel (1 h) leaves no room for the second local task
    return problem([school("S1", pools=True, travel_hours=1)],
                   [person("c", site="central", ict=2)],
                   [task("L1", placement="local", hours=1),
                    task("L2", placement="local", hours=1, priority=1)])


def _pool_budget() -> Problem:
    prob = problem([school("S1", pools=True, pool_hours=1, ict_envelope_hours=4)],
                   [person("c", site="central", ict=8)],
                   [task("C1", placement="central", hours=1),
                    task("C2", placement="central", hours=1, priority=1)])
    return prob.model_copy(update={"central_ict_hours": 0.5})


def _envelope() -> Problem:
    return problem([school("S1", pools=True, pool_hours=3, ict_envelope_hours=4)],
                   [person("a", site="S1", ict=4)],
                   [task("L1", placement="local", hours=1),
                    task("L2", placement="local", hours=1, priority=1)])


def _max_schools() -> Problem:
    return problem([school("S1", pools=True), school("S2", pools=True)],
                   [person("c", site="central", ict=10, max_schools=1)],
                   [task("X", placement="central", hours=1)])


EXAMPLES: dict[Rule, Callable[[], Problem]] = {
    Rule.coverage: _coverage, Rule.capacity: _capacity, Rule.bundling: _bundling,
    Rule.max_tasks: _max_tasks, Rule.pins: _pins, Rule.pooling: _pooling, Rule.travel: _travel,
    Rule.pool_budget: _pool_budget, Rule.envelope: _envelope, Rule.max_schools: _max_schools,
}


def test_every_family_has_a_binding_example() -> None:
    assert set(EXAMPLES) == registered_rules()


def _stage_values(prob: Problem, backend: str,
                  families: tuple[RuleFamily, ...] | None = None):
    program = compile_problem(prob)
    options = SolveOptions(time_limit=10, workers=1, backend=backend)  # type: ignore[arg-type]
    solution = solve_program(program, options, families=families)
    values = [report.objective for report in solution.stages if report.name != "preferences"]
    return values, solution_to_plan(prob, program, solution)


@pytest.mark.parametrize("backend", ["cpsat", "highs"])
@pytest.mark.parametrize("rule", sorted(EXAMPLES, key=str))
def test_removing_a_family_changes_the_stage_values_and_the_checker_notices(
        rule: Rule, backend: str) -> None:
    prob = EXAMPLES[rule]()
    full, plan = _stage_values(prob, backend)
    assert check_plan(prob, plan).ok
    without = tuple(family for family in rule_families() if family.rule is not rule)
    weakened, weakened_plan = _stage_values(prob, backend, without)
    assert weakened != full, f"{rule} does not bind in its example ({backend})"
    assert not check_plan(prob, weakened_plan).ok
