"""Stage values of a solution on a program, computed from the solution arrays alone."""

from __future__ import annotations

import numpy as np

from allocator.compile.program import AllocationProgram, Stage


def no_switches(program: AllocationProgram) -> np.ndarray:
    """No pooling decision taken: one False per 'choose' school of the program."""
    return np.zeros(program.n_switches, dtype=bool)


def stage_value(program: AllocationProgram, stage: Stage, arc_source_units: np.ndarray,
                covered: np.ndarray, switches: np.ndarray | None = None) -> float:
    """The value a plan reaches on ``stage``, as the solvers' objective counts it.

    Parameters
    ----------
    arc_source_units
        Half-hours per (arc, source) of the plan.
    covered
        Covered instances.
    switches
        The pooling decisions of 'choose' schools (default: none pools).
    """
    switches = no_switches(program) if switches is None else np.asarray(switches, dtype=bool)
    arc_units = arc_source_units.sum(axis=1)
    used = arc_units > 0
    value = 0.0
    if stage.instance_weight is not None:
        value += float(stage.instance_weight[covered].sum())
    if stage.arc_weight is not None:
        value += float(stage.arc_weight[used].sum())
    if stage.source_unit_weight is not None:
        value += float((arc_source_units * stage.source_unit_weight[None, :]).sum())
    if stage.group_weight and program.arc_group is not None:
        value += stage.group_weight * _distinct_pairs(program, used, program.arc_group)
    if stage.site_weight and program.arc_site is not None:
        value += stage.site_weight * _distinct_pairs(program, used, program.arc_site)
    if stage.small_share_weight:
        small = used & (arc_units == 1) & program.task_arc_mask()
        value += stage.small_share_weight * int(small.sum())
    if stage.switch_weight is not None:
        value += float(stage.switch_weight[switches].sum())
    if stage.member_weight is not None:
        value += float(sum(weight for weight, member in zip(stage.member_weight,
                                                            program.switch_members, strict=True)
                           if covered[member.bundle] and switches[member.switch]))
    return value


def _distinct_pairs(program: AllocationProgram, used: np.ndarray, key: np.ndarray) -> int:
    """Distinct (person, key) pairs among used arcs; key -1 does not count."""
    counted = used & (key >= 0)
    return len({(int(p), int(k)) for p, k in zip(program.arc_person[counted], key[counted],
                                                 strict=True)})


def covered_from_units(program: AllocationProgram, arc_source_units: np.ndarray,
                       switches: np.ndarray | None = None) -> np.ndarray:
    """Which instances a plan covers: those whose arcs carry their full demand.

    A bundle's demand follows the pooling decisions.
    """
    per_arc = arc_source_units.sum(axis=1)
    covered = np.zeros(program.n_instances, dtype=bool)
    single = program.instance_max_people == 1
    demand = program.instance_units.copy()
    if program.bundle_demands:
        switches = no_switches(program) if switches is None else switches
        for item in program.bundle_demands:
            demand[item.bundle] = program.demand_of(item.bundle, switches)
    got = np.bincount(program.arc_instance, weights=per_arc, minlength=program.n_instances)
    used = np.bincount(program.arc_instance, weights=per_arc > 0, minlength=program.n_instances)
    covered[single] = used[single] == 1
    covered[~single] = (got[~single] == demand[~single]) & (got[~single] > 0)
    return covered
