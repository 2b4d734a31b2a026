"""Coverage: an instance gets its full hours or none, from at most ``max_people`` people."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from allocator.compile.program import AllocationProgram
from allocator.solve.registry import RuleFamily
from models.rules import Reason, Rule


class Coverage(RuleFamily):
    """``sum share = units * cover``; ``sum use <= max_people * cover``; ``use <= cover``.

    Single-assignment instances (GAP jobs) carry arc-dependent demand in each arc's share, so
    for them ``sum use = cover``. A must-cover instance has ``cover = 1``. A bundle whose hours
    follow pooling decisions gets its ``sum share`` from the pooling family instead.
    """

    rule = Rule.coverage
    order = 10
    reason = Reason.split_limit

    def add_cpsat(self, program: AllocationProgram, model: Any,
                  enforce: Sequence[Any] | None = None) -> None:
        cp = model.model
        variable = {demand.bundle for demand in program.bundle_demands}
        for i, arcs in enumerate(program.arcs_of_instance()):
            cover = model.cover[i]
            if cover is None:
                if program.instance_must_cover[i]:
                    cp.add_bool_or([])  # a job nobody may do: the program is infeasible
                continue
            uses = [model.use[a] for a in arcs]
            if program.instance_max_people[i] == 1:
                cp.add(sum(uses) == cover)
            else:
                if i not in variable:
                    cp.add(sum(model.share[a] for a in arcs)
                           == int(program.instance_units[i]) * cover)
                # `<= k * cover`, not `<= k`: with `share <= capacity * use` this lets the LP
                # see that k people's capacities must hold the whole instance (a large central
                # bundle split two ways otherwise looks coverable to the relaxation)
                if len(arcs) > program.instance_max_people[i]:
                    cp.add(sum(uses) <= int(program.instance_max_people[i]) * cover)
                for used in uses:
                    cp.add_implication(used, cover)
            if program.instance_must_cover[i]:
                cp.add(cover == 1)

    def add_highs(self, program: AllocationProgram, model: Any) -> None:
        highs = model.highs
        variable = {demand.bundle for demand in program.bundle_demands}
        for i, arcs in enumerate(program.arcs_of_instance()):
            cover = model.cover[i]
            if cover is None:
                model.impossible |= bool(program.instance_must_cover[i])
                continue
            people = int(program.instance_max_people[i])
            if people == 1:
                highs.addConstr(sum(model.use[a] for a in arcs) - cover == 0)
            else:
                if i not in variable:
                    highs.addConstr(sum(model.share[a] for a in arcs)
                                    - int(program.instance_units[i]) * cover == 0)
                highs.addConstr(sum(model.use[a] for a in arcs) - people * cover <= 0)
                for a in arcs:
                    highs.addConstr(model.use[a] - cover <= 0)
            if program.instance_must_cover[i]:
                highs.addConstr(cover >= 1)
