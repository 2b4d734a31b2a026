"""What the operating budgets buy of the work a plan says to outsource."""

from __future__ import annotations

from allocator.scenarios.outsourcing import OutsourcingRates, outsourcing_purchases
from allocator.scenarios.run import scenario_jobs, solve_job
from allocator.scenarios.spec import ScenarioFile
from tests.builders import person, problem, school, solve_checked, task

RATES = OutsourcingRates(eur_per_hour=50, weeks_per_year=30)  # 1 h/week costs 1,500 a year


def _group(budget_a: float, budget_b: float):
    """Nobody can do the technical work (T=3 needed), so all of it is left to outsource."""
    schools = [school("A", operating_budget_eur=budget_a, pools=True),
               school("B", operating_budget_eur=budget_b, pools=True)]
    tasks = [task("CORE", core=False, levels="3000", hours=1, outsourceable=True, priority=3),
             task("LOW", core=False, levels="3000", hours=2, outsourceable=True, priority=1),
             task("GROUP", core=False, levels="3000", hours=1, outsourceable=True,
                  scope="group", priority=2)]
    return problem(schools, [person("p", site="A", levels="1111", ict=4)], tasks)


def _bought(budget_a: float, budget_b: float) -> set[tuple[str, str | None]]:
    prob = _group(budget_a, budget_b)
    plan = solve_checked(prob)
    assert {u.recommendation for u in plan.uncovered} == {"outsource"}
    return {(p.task, p.school) for p in outsourcing_purchases(prob, plan, RATES) if p.bought}


def test_no_budget_buys_nothing_and_each_school_pays_its_own_work():
    assert _bought(0, 0) == set()
    assert _bought(1500, 0) == {("CORE", "A")}  # priority first; LOW (3,000) does not fit
    assert _bought(4500, 1500) == {("CORE", "A"), ("LOW", "A"), ("CORE", "B")}


def test_group_work_is_paid_from_what_the_pooling_schools_have_left():
    # A keeps 750 and B 750 after their own CORE: together they buy GROUP (1,500)
    assert ("GROUP", None) in _bought(2250, 2250)
    assert ("GROUP", None) not in _bought(2250, 1500)


def test_a_bigger_budget_buys_more_in_a_scenario_run():
    prob = _group(0, 0)
    rows = []
    for budget in (0, 3000):
        spec = ScenarioFile.model_validate({
            "base": {"generate": {"schools": 1}}, "time_limit": 5,
            "outsourcing": {"eur_per_hour": 50, "weeks_per_year": 30},
            "variants": [{"name": "budget", "changes": [
                {"type": "outsourcing_budget", "eur": budget}]}]})
        jobs, failed = scenario_jobs(spec, prob, "spec.yaml")
        assert not failed
        rows.append(solve_job(jobs[0]))
    assert rows[0]["outsourced"] == 0 and rows[0]["outsource_unfunded"] == 5
    assert rows[1]["outsourced"] > 0 and rows[1]["outsourcing_cost_eur"] <= 6000
    assert rows[1]["operating_budget_eur"] == 6000

