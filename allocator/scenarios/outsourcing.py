"""What the schools' operating budgets buy of the work a plan recommends to outsource.

The plan itself never spends operating funds (the spec's objective covers in-house work only);
this is the follow-up a scenario asks: "with this budget, which of the 'outsource' items can we
buy, and what stays open?". Rules, in the order applied:

1. only uncovered instances whose recommendation is ``outsource`` are bought;
2. a school's own instance is paid from that school's ``operating_budget_eur``;
3. a group-wide instance is paid from what the pooling schools (all schools when none pools)
   have left after step 2, as one pot;
4. within a budget: core before non-core, then higher priority, then the cheaper instance;
   an instance is bought whole or not at all.

Cost of an instance = hours per week × ``weeks_per_year`` × ``eur_per_hour``. Neither number is
in the founding report: a scenario file gives both (a provider's quote, the weeks the service
runs).
"""

from __future__ import annotations

from dataclasses import dataclass

from allocator.check.checker import instance_hours
from models import Plan, Problem


@dataclass(frozen=True)
class OutsourcingRates:
    """What outsourced work costs: euros per hour and working weeks per year."""

    eur_per_hour: float
    weeks_per_year: float


@dataclass(frozen=True)
class Purchase:
    """An instance recommended for outsourcing: hours, yearly cost, and whether it is bought."""

    task: str
    school: str | None
    core: bool
    hours_per_week: float
    cost_eur: float
    bought: bool


def outsourcing_purchases(problem: Problem, plan: Plan,
                          rates: OutsourcingRates) -> list[Purchase]:
    """Every 'outsource' instance of the plan, bought or not (rules: the module docstring)."""
    tasks = problem.task_by_id()
    schools = problem.school_by_id()
    left = {s.id: float(s.operating_budget_eur or 0.0) for s in problem.schools}
    wanted = []
    for item in plan.uncovered:
        if item.recommendation != "outsource":
            continue
        task = tasks[item.task]
        pupils = schools[item.school].pupils if item.school is not None else None
        hours = instance_hours(task, pupils)
        cost = hours * rates.weeks_per_year * rates.eur_per_hour
        wanted.append((item, task, hours, cost))
    wanted.sort(key=lambda w: (w[0].school is None, not w[1].core, -w[1].priority, w[3],
                               w[1].id, w[0].school or ""))
    decided = problem.with_pooling(getattr(plan, "pooling", None))  # 'kies' as decided
    pooling = [s.id for s in decided.schools if s.pools is True] or [s.id for s in problem.schools]
    purchases = []
    for item, task, hours, cost in wanted:
        if item.school is not None:
            bought = left[item.school] >= cost
            if bought:
                left[item.school] -= cost
        else:
            pot = sum(left[s] for s in pooling)
            bought = pot >= cost
            if bought:  # the pooling schools share the bill in proportion to what they have
                for school in pooling:
                    left[school] -= cost * left[school] / pot
        purchases.append(Purchase(task=task.id, school=item.school, core=task.core,
                                  hours_per_week=hours, cost_eur=round(cost, 2),
                                  bought=bought))
    return purchases


def outsourcing_metrics(problem: Problem, plan: Plan, rates: OutsourcingRates) -> dict:
    """The plan's outsourcing in numbers: bought, core, hours, cost and what stays unfunded."""
    purchases = outsourcing_purchases(problem, plan, rates)
    bought = [p for p in purchases if p.bought]
    return {
        "outsourced": len(bought),
        "outsourced_core": sum(p.core for p in bought),
        "outsourced_hours_week": sum(p.hours_per_week for p in bought),
        "outsourcing_cost_eur": round(sum(p.cost_eur for p in bought), 2),
        "outsource_unfunded": len(purchases) - len(bought),
        "operating_budget_eur": sum(float(s.operating_budget_eur or 0.0)
                                    for s in problem.schools),
    }
