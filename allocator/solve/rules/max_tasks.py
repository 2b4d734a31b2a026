"""Max tasks: a person works on at most ``max_tasks`` instances (a bundle counts once)."""

from __future__ import annotations

from allocator.compile.program import AllocationProgram
from allocator.solve.backends.cpsat.variables import ModelVariables


def add(program: AllocationProgram, variables: ModelVariables) -> None:
    tasks = program.task_arc_mask()  # travel lines are no tasks
    for person, arcs in enumerate(program.arcs_of_person()):
        arcs = arcs[tasks[arcs]]
        limit = int(program.person_max_tasks[person])
        if limit >= 0 and len(arcs) > limit:
            variables.model.add(sum(variables.use[a] for a in arcs) <= limit)
