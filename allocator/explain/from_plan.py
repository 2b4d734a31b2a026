"""Rebuild a program solution from a plan, so a saved plan can be explained later."""

from __future__ import annotations

import numpy as np

from allocator.compile.evaluate import covered_from_units
from allocator.compile.program import AllocationProgram, InstanceKind, ProgramSolution
from models import Plan


def solution_from_plan(program: AllocationProgram, plan: Plan) -> ProgramSolution:
    """The plan's assignments as a program solution (units, covered instances, pooling decisions).

    Raises
    ------
    ValueError
        When an assignment is not an allowed arc of ``program`` (the plan does not fit the input).
    """
    instance_of = program.instance_keys()
    person_of = {pid: p for p, pid in enumerate(program.person_ids)}
    travel = program.instance_kind[program.arc_instance] == InstanceKind.travel
    arc_of = {(int(p), int(i)): a for a, (p, i)
              in enumerate(zip(program.arc_person, program.arc_instance, strict=True))
              if not travel[a]}
    # travel lines: one arc per (person, line, source)
    travel_arc = {(int(program.arc_person[a]), program.instance_school[program.arc_instance[a]],
                   int(np.flatnonzero(program.arc_sources[a])[0])): int(a)
                  for a in np.flatnonzero(travel)}
    bundled = set(plan.bundled)
    units = np.zeros((program.n_arcs, len(program.source_names)), dtype=np.int64)
    for row in plan.assignments:
        is_bundle = row.school is None and row.task in bundled
        instance = instance_of.get((row.task, row.school, is_bundle))
        if instance is None:
            instance = instance_of.get((row.task, row.school, not is_bundle))
        arc = arc_of.get((person_of.get(row.person, -1), -1 if instance is None else instance))
        if arc is None:
            raise ValueError(f"{row.person}→{row.task}@{row.school or 'group'} is not an "
                             "allowed assignment of this input (run allocator check)")
        units[arc, program.source_names.index(row.funding.value)] += round(row.hours * 2)
    for line in getattr(plan, "travel", None) or []:
        source = program.source_names.index(str(line["funding"]))
        arc = travel_arc.get((person_of.get(str(line["person"]), -1), line["school"], source))
        if arc is not None:  # a 0 h line has no arc: it costs nothing
            units[arc, source] += round(float(line["hours"]) * 2)
    decided = getattr(plan, "pooling", None) or {}
    switches = np.array([bool(decided.get(name, False)) for name in program.switch_names],
                        dtype=bool)
    return ProgramSolution(arc_source_units=units,
                           covered=covered_from_units(program, units, switches),
                           stages=[], status=plan.status, seconds=0.0,
                           switches=switches)
