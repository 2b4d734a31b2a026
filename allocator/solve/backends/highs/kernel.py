"""The kernel of an exact stage: the arcs a good plan most likely uses, read off its LP.

A restricted MIP over the kernel finds near-optimal plans far sooner than the full program
when the full program is too large to search well in the time given (kernel search,
Angelelli, Mansini & Speranza 2010). On OR-Library d20200 at 60 s the engine ends 0.46 % from
the best known value on three seeds out of three, against 0.65-0.83 % for CP-SAT alone and
0.59 % for HiGHS alone on the whole program (benchmarks/results/gap-hard.md, gap.md).
The restriction only ever costs plans, never correctness: a kernel plan is a plan of the full
program, and bounds and proofs of optimality come from the full program alone. A kernel
may hold no plan at all (floors of earlier stages it cannot meet); the whole program then
takes over.
"""

from __future__ import annotations

import numpy as np

from allocator.compile.program import AllocationProgram

# candidates kept per instance beyond what a split instance needs (d20200 at 60 s, three
# seeds each: 2 kept 12287-12311, 3 kept 12289-12299, 4 kept 12288-12311)
CANDIDATES_PER_INSTANCE = 3
LP_SUPPORT = 1e-6


def kernel_arcs(program: AllocationProgram, lp_use: np.ndarray, reduced_cost: np.ndarray,
                per_instance: int = CANDIDATES_PER_INSTANCE) -> np.ndarray:
    """Mask over the program's arcs that the LP is least reluctant to use.

    The LP's support, the pins, and per instance the ``per_instance`` (+ extra people a split
    instance may take) arcs with the reduced cost nearest zero.
    """
    keep = np.asarray(lp_use) > LP_SUPPORT
    for pin in program.pins:
        keep[pin.arc] = True
    reluctance = -np.asarray(reduced_cost, dtype=float)
    for instance, arcs in enumerate(program.arcs_of_instance()):
        wanted = per_instance + max(0, int(program.instance_max_people[instance]) - 1)
        if len(arcs) <= wanted:
            keep[arcs] = True
            continue
        order = np.argsort(reluctance[arcs], kind="stable")
        keep[arcs[order[:wanted]]] = True
    return keep


def support_kernel(lp_use: np.ndarray, kept: np.ndarray) -> np.ndarray:
    """Mask over the arcs: the LP's support and the arcs ``kept`` (a mask: plans to keep).

    For an exact stage HiGHS cannot search whole in time. Kept arcs make the restriction hold
    the start plans: on 300 schools the non-core stage over the LP's support alone has no plan
    (its floor on core coverage needs arcs the LP leaves at zero), with them it has 11,191.
    """
    return (np.asarray(lp_use) > LP_SUPPORT) | np.asarray(kept, dtype=bool)
