"""Coverage: an instance gets its full hours or none, from at most ``max_people`` people."""

from __future__ import annotations

from allocator.compile.program import AllocationProgram
from allocator.solve.backends.cpsat.variables import ModelVariables


def add(program: AllocationProgram, variables: ModelVariables) -> None:
    model = variables.model
    # a bundle whose hours follow pooling decisions gets its demand from rules/pooling.py
    variable = {demand.bundle for demand in program.bundle_demands}
    for i, arcs in enumerate(program.arcs_of_instance()):
        cover = variables.cover[i]
        if cover is None:
            if program.instance_must_cover[i]:
                model.add_bool_or([])  # a job nobody may do: the program is infeasible
            continue
        uses = [variables.use[a] for a in arcs]
        if program.instance_max_people[i] == 1:
            # single assignment: arc-dependent demand (GAP) is carried by each arc's share
            model.add(sum(uses) == cover)
        else:
            if i not in variable:
                model.add(sum(variables.share[a] for a in arcs)
                          == int(program.instance_units[i]) * cover)
            # `<= k * cover`, not `<= k`: with `share <= capacity * use` this lets the LP see
            # that k people's capacities must hold the whole instance (a large central bundle
            # split two ways otherwise looks coverable to the relaxation)
            if len(arcs) > program.instance_max_people[i]:
                model.add(sum(uses) <= int(program.instance_max_people[i]) * cover)
            for used in uses:
                model.add_implication(used, cover)
        if program.instance_must_cover[i]:
            model.add(cover == 1)
