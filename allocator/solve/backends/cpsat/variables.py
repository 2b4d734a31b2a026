"""Decision variables of the CP-SAT model over an :class:`AllocationProgram`.

Per arc: ``use`` (bool), ``share`` (half-hours, an expression) and one funded amount per
source that may pay. Per instance: ``cover`` (bool). Variables that the arc's shape makes
redundant are not created: a single-assignment arc's share is ``units * use``, and an arc
with one paying source is funded by its share.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
from ortools.sat.python import cp_model

from allocator.compile.program import AllocationProgram

LinearTerm = cp_model.LinearExprT


@dataclass
class ModelVariables:
    """The CP-SAT model of a program and its variables, indexed like the program's arrays."""

    model: cp_model.CpModel
    use: list[cp_model.IntVar]
    share: list[LinearTerm]
    funded: list[dict[int, LinearTerm]]  # per arc: source -> half-hours
    cover: list[cp_model.IntVar | None]  # None: the instance has no candidate arc
    person_group: dict[tuple[int, int], cp_model.IntVar] = field(default_factory=dict)
    # v2: one pooling decision per 'choose' school; per switch member of a bundle, "the
    # bundle is covered and the school pools"; (person, school) worked at; 0.5 h shares
    switch: list[cp_model.IntVar] = field(default_factory=list)
    member: list[cp_model.IntVar] = field(default_factory=list)
    person_site: dict[tuple[int, int], cp_model.IntVar] = field(default_factory=dict)
    small: dict[int, LinearTerm] = field(default_factory=dict)
    demand: dict[int, cp_model.IntVar] = field(default_factory=dict)  # bundle -> half-hours


def create_variables(program: AllocationProgram) -> ModelVariables:
    """A CP-SAT model with every variable of ``program`` (no constraints yet)."""
    model = cp_model.CpModel()
    model.name = program.name
    units = program.arc_units
    split_allowed = program.instance_max_people[program.arc_instance] > 1
    for demand in program.bundle_demands:  # hours follow decisions: the share is a variable
        split_allowed |= program.arc_instance == demand.bundle
    eligible_capacity = (program.bucket_capacity[program.arc_person] * program.arc_sources).sum(1)
    use: list[cp_model.IntVar] = []
    share: list[LinearTerm] = []
    funded: list[dict[int, LinearTerm]] = []
    for a in range(program.n_arcs):
        used = model.new_bool_var(f"use_{a}")
        use.append(used)
        arc_units = int(units[a])
        cap = int(eligible_capacity[a])
        if split_allowed[a] and arc_units > 1:
            amount = model.new_int_var(0, min(arc_units, cap), f"share_{a}")
            model.add(amount >= used)
            model.add(amount <= min(arc_units, cap) * used)
            arc_share: LinearTerm = amount
        else:
            if arc_units > cap:
                model.add(used == 0)
            arc_share = arc_units * used
        share.append(arc_share)
        sources = np.flatnonzero(program.arc_sources[a])
        if len(sources) == 1:
            funded.append({int(sources[0]): arc_share})
        else:
            parts: dict[int, LinearTerm] = {}
            for source in sources:
                limit = int(min(arc_units, program.bucket_capacity[program.arc_person[a], source]))
                parts[int(source)] = model.new_int_var(0, limit, f"fund_{a}_{source}")
            model.add(sum(parts.values()) == arc_share)
            funded.append(parts)
    cover: list[cp_model.IntVar | None] = [None] * program.n_instances
    for i, arcs in enumerate(program.arcs_of_instance()):
        if len(arcs):
            cover[i] = model.new_bool_var(f"cover_{i}")
    switch = [model.new_bool_var(f"pools_{name}") for name in program.switch_names]
    member = [model.new_bool_var(f"bundled_{m.bundle}_{m.member}")
              for m in program.switch_members]
    return ModelVariables(model=model, use=use, share=share, funded=funded, cover=cover,
                          switch=switch, member=member)
