"""An independent check of a GAP solution, straight from the instance matrices."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from allocator.compile.gap import GapInstance


@dataclass(frozen=True)
class GapCheck:
    """An independent check of a GAP solution: feasible, its recomputed value, the problems."""

    feasible: bool
    objective: float | None
    problems: list[str]


def check_gap_solution(instance: GapInstance, agent_of: list[int]) -> GapCheck:
    """Every job on exactly one valid agent, no agent over capacity; the objective recomputed."""
    problems = []
    if len(agent_of) != instance.jobs:
        return GapCheck(False, None, [f"{len(agent_of)} jobs in the solution, "
                                      f"{instance.jobs} in the instance"])
    load = np.zeros(instance.agents, dtype=np.int64)
    total = 0
    for job, agent in enumerate(agent_of):
        if not 0 <= agent < instance.agents:
            problems.append(f"job {job} has no valid agent ({agent})")
            continue
        load[agent] += instance.weight[agent, job]
        total += int(instance.value[agent, job])
    for over in np.flatnonzero(load > instance.capacity):
        problems.append(f"agent {over} carries {load[over]} > capacity "
                        f"{instance.capacity[over]}")
    return GapCheck(not problems, float(total) if not problems else None, problems)
