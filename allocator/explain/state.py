"""What a solution leaves: hours left per bucket, arcs in use, instances per person."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from allocator.compile.program import AllocationProgram, ProgramSolution


@dataclass(frozen=True)
class PlanState:
    left: np.ndarray  # (n_people, n_sources) half-hours not yet used
    used: np.ndarray  # (n_arcs,) the arc carries hours
    task_count: np.ndarray  # (n_people,) instances each person works on

    def eligible_left(self, program: AllocationProgram, arc: int) -> int:
        """Half-hours left in the buckets that may pay for ``arc``."""
        return int((self.left[program.arc_person[arc]] * program.arc_sources[arc])
                   .clip(min=0).sum())

    def at_task_limit(self, program: AllocationProgram, person: int) -> bool:
        limit = program.person_max_tasks[person]
        return 0 <= limit <= self.task_count[person]


def plan_state(program: AllocationProgram, solution: ProgramSolution) -> PlanState:
    spent = np.zeros_like(program.bucket_capacity)
    np.add.at(spent, program.arc_person, solution.arc_source_units)
    used = solution.arc_source_units.sum(axis=1) > 0
    tasks = used & program.task_arc_mask()  # travel lines are no tasks
    return PlanState(left=program.bucket_capacity - spent, used=used,
                     task_count=np.bincount(program.arc_person[tasks],
                                            minlength=program.n_people))
