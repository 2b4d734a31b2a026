"""The allocation program is general: a generalized assignment problem solves through it."""

from __future__ import annotations

import itertools

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from allocator.compile import AllocationProgram, InstanceKind, Stage
from allocator.solve import SolveOptions, solve_program


def gap_program(profit: np.ndarray, weight: np.ndarray, capacity: np.ndarray
                ) -> AllocationProgram:
    """Agents are people with one bucket; jobs need agent-dependent units; every job covered."""
    agents, jobs = profit.shape
    arc_person, arc_instance = (a.ravel() for a in np.meshgrid(np.arange(agents),
                                                               np.arange(jobs), indexing="ij"))
    return AllocationProgram(
        person_ids=[f"agent{i}" for i in range(agents)], source_names=["capacity"],
        instance_task=[f"job{j}" for j in range(jobs)], instance_school=[None] * jobs,
        instance_kind=np.full(jobs, InstanceKind.job, dtype=np.int8),
        instance_units=weight.max(axis=0), instance_max_people=np.ones(jobs, dtype=np.int64),
        instance_must_cover=np.ones(jobs, dtype=bool), arc_person=arc_person,
        arc_instance=arc_instance, arc_units=weight[arc_person, arc_instance],
        arc_sources=np.ones((len(arc_person), 1), dtype=bool),
        bucket_capacity=capacity.reshape(agents, 1), person_max_tasks=np.full(agents, -1),
        stages=[Stage("profit", arc_weight=profit[arc_person, arc_instance])], name="gap")


def brute_force(profit, weight, capacity) -> float | None:
    agents, jobs = profit.shape
    best = None
    for choice in itertools.product(range(agents), repeat=jobs):
        load = np.zeros(agents, dtype=int)
        for job, agent in enumerate(choice):
            load[agent] += weight[agent, job]
        if (load <= capacity).all():
            value = sum(profit[agent, job] for job, agent in enumerate(choice))
            best = value if best is None else max(best, value)
    return best


@settings(max_examples=40, deadline=None)
@given(st.integers(2, 3), st.integers(1, 5), st.integers(0, 10_000))
def test_a_gap_instance_solves_to_the_brute_force_optimum(agents, jobs, seed):
    rng = np.random.default_rng(seed)
    profit = rng.integers(1, 30, size=(agents, jobs))
    weight = rng.integers(1, 10, size=(agents, jobs))
    capacity = rng.integers(3, 6 * jobs, size=agents)
    program = gap_program(profit, weight, capacity)
    solution = solve_program(program, SolveOptions(time_limit=10, workers=1))
    expected = brute_force(profit, weight, capacity)
    if expected is None:
        assert solution.status == "infeasible"
        return
    assert solution.status == "optimal"
    assert solution.stages[0].objective == expected
    assigned = solution.arc_source_units.sum(axis=1) > 0
    assert np.bincount(program.arc_instance[assigned], minlength=jobs).tolist() == [1] * jobs
    used = np.bincount(program.arc_person, weights=solution.arc_source_units[:, 0],
                       minlength=agents)
    assert (used <= capacity).all()
