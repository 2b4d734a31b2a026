"""The plain CP-SAT model of a GAP instance, written directly from the file.

It is what an OR practitioner would write in twenty lines; comparing it with the engine (which
goes through the allocation program and its rule families) measures the engine's overhead.
"""

from __future__ import annotations

import time

from ortools.sat.python import cp_model

from allocator.compile.gap import GapInstance


def solve_plain(instance: GapInstance, time_limit: float, workers: int, seed: int = 0) -> dict:
    """Solve a GAP instance with a textbook CP-SAT model (the engine's peer)."""
    started = time.perf_counter()
    model = cp_model.CpModel()
    x = [[model.new_bool_var(f"x{i}_{j}") for j in range(instance.jobs)]
         for i in range(instance.agents)]
    for j in range(instance.jobs):
        model.add_exactly_one(x[i][j] for i in range(instance.agents))
    for i in range(instance.agents):
        model.add(sum(int(instance.weight[i, j]) * x[i][j] for j in range(instance.jobs))
                  <= int(instance.capacity[i]))
    objective = sum(int(instance.value[i, j]) * x[i][j] for i in range(instance.agents)
                    for j in range(instance.jobs))
    if instance.sense == "max":
        model.maximize(objective)
    else:
        model.minimize(objective)
    solver = cp_model.CpSolver()
    solver.parameters.max_time_in_seconds = time_limit
    solver.parameters.num_workers = workers
    solver.parameters.random_seed = seed
    code = solver.solve(model)
    found = code in (cp_model.OPTIMAL, cp_model.FEASIBLE)
    agent_of = [next((i for i in range(instance.agents) if solver.value(x[i][j])), -1)
                for j in range(instance.jobs)] if found else []
    return {"status": {cp_model.OPTIMAL: "optimal", cp_model.FEASIBLE: "feasible",
                       cp_model.INFEASIBLE: "infeasible"}.get(code, "unknown"),
            # integer values: CP-SAT's double may carry float noise (193.00000000000003)
            "objective": float(round(solver.objective_value)) if found else None,
            "bound": solver.best_objective_bound if found else None,
            "seconds": time.perf_counter() - started, "solution": agent_of}
