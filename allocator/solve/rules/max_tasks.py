"""Max tasks: a person works on at most ``max_tasks`` instances (a bundle counts once)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from allocator.compile.program import AllocationProgram, InstanceKind
from allocator.solve.registry import RuleFamily
from allocator.solve.state import PlanState
from models.rules import Reason, Rule


class MaxTasks(RuleFamily):
    """``sum use[a] over the person's task arcs <= max_tasks[person]``.

    When set and binding; travel lines are no tasks.
    """

    rule = Rule.max_tasks
    order = 40
    reason = Reason.max_tasks

    def add_cpsat(self, program: AllocationProgram, model: Any,
                  enforce: Sequence[Any] | None = None) -> None:
        tasks = program.task_arc_mask()
        for person, arcs in enumerate(program.arcs_of_person()):
            arcs = arcs[tasks[arcs]]
            limit = int(program.person_max_tasks[person])
            if limit >= 0 and len(arcs) > limit:
                model.model.add(sum(model.use[a] for a in arcs) <= limit)

    def add_highs(self, program: AllocationProgram, model: Any) -> None:
        tasks = program.task_arc_mask()
        for person, arcs in enumerate(program.arcs_of_person()):
            arcs = arcs[tasks[arcs]]
            limit = int(program.person_max_tasks[person])
            if limit >= 0 and len(arcs) > limit:
                model.highs.addConstr(sum(model.use[a] for a in arcs) <= limit)

    def blocks_arc(self, program: AllocationProgram, state: PlanState, arc: int) -> bool:
        person = int(program.arc_person[arc])
        limit = int(program.person_max_tasks[person])
        is_task = int(program.instance_kind[program.arc_instance[arc]]) != InstanceKind.travel
        return is_task and not state.used[arc] and 0 <= limit <= state.task_count[person]
