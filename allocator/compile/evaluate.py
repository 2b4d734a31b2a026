"""Stage values of a solution on a program, computed from the solution arrays alone."""

from __future__ import annotations

import numpy as np

from allocator.compile.program import AllocationProgram, Stage


def stage_value(program: AllocationProgram, stage: Stage, arc_source_units: np.ndarray,
                covered: np.ndarray) -> float:
    used = arc_source_units.sum(axis=1) > 0
    value = 0.0
    if stage.instance_weight is not None:
        value += float(stage.instance_weight[covered].sum())
    if stage.arc_weight is not None:
        value += float(stage.arc_weight[used].sum())
    if stage.source_unit_weight is not None:
        value += float((arc_source_units * stage.source_unit_weight[None, :]).sum())
    if stage.group_weight and program.arc_group is not None:
        pairs = {(int(p), int(g)) for p, g in zip(program.arc_person[used],
                                                  program.arc_group[used], strict=True)}
        value += stage.group_weight * len(pairs)
    return value


def covered_from_units(program: AllocationProgram, arc_source_units: np.ndarray) -> np.ndarray:
    """An instance is covered when its arcs carry its full demand."""
    per_arc = arc_source_units.sum(axis=1)
    covered = np.zeros(program.n_instances, dtype=bool)
    single = program.instance_max_people == 1
    got = np.bincount(program.arc_instance, weights=per_arc, minlength=program.n_instances)
    used = np.bincount(program.arc_instance, weights=per_arc > 0, minlength=program.n_instances)
    covered[single] = used[single] == 1
    covered[~single] = (got[~single] == program.instance_units[~single]) & (got[~single] > 0)
    return covered
