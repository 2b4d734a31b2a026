"""Which pins contradict each other: a minimal conflicting set, found with assumptions.

CP-SAT returns a set of assumption literals sufficient for infeasibility (with one worker and
no objective); deletion then removes every pin whose absence keeps the rest infeasible, so the
result is minimal: dropping any one of its pins makes the problem feasible.
"""

from __future__ import annotations

from ortools.sat.python import cp_model

from allocator.compile.program import AllocationProgram
from allocator.solve.backends.cpsat.variables import create_variables
from allocator.solve.registry import rule_families


def minimal_conflicting_pins(program: AllocationProgram, seconds_per_check: float = 10.0
                             ) -> list[int] | None:
    """Indices of a minimal set of pins that cannot hold together; None when all can.

    Every rule family is stated; the assumable ones (pins) with one literal per item.
    """
    if not program.pins:
        return None
    variables = create_variables(program)
    literals: list = []
    for family in rule_families():
        if family.assumable:
            own = [variables.model.new_bool_var(f"{family.rule}_{k}")
                   for k in range(family.items(program))]
            family.add_cpsat(program, variables, enforce=own)
            literals += own
        else:
            family.add_cpsat(program, variables)

    def solve_with(members: list[int]) -> tuple[bool, list[int]]:
        variables.model.clear_assumptions()
        variables.model.add_assumptions([literals[k] for k in members])
        solver = cp_model.CpSolver()
        solver.parameters.num_workers = 1
        solver.parameters.max_time_in_seconds = seconds_per_check
        status = solver.solve(variables.model)
        if status != cp_model.INFEASIBLE:
            return True, []
        core = set(solver.sufficient_assumptions_for_infeasibility())
        return False, [k for k in members if literals[k].index in core]

    feasible, core = solve_with(list(range(len(program.pins))))
    if feasible:
        return None
    members = core or list(range(len(program.pins)))
    for member in list(members):
        rest = [k for k in members if k != member]
        still_infeasible = not solve_with(rest)[0]
        if still_infeasible:
            members = rest
    return sorted(members)
