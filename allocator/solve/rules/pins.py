"""Pins: fixed assignments from the Vast/Fixed sheet are hard constraints.

With ``enforce`` literals (one per pin) each pin holds only when its literal is true: that is
how conflicting pins are found (assumptions) and shrunk to a minimal set.
"""

from __future__ import annotations

from ortools.sat.python import cp_model

from allocator.compile.program import AllocationProgram
from allocator.solve.backends.cpsat.variables import ModelVariables


def add(program: AllocationProgram, variables: ModelVariables,
        enforce: list[cp_model.IntVar] | None = None) -> None:
    model = variables.model
    for k, pin in enumerate(program.pins):
        constraints = [model.add(variables.use[pin.arc] == 1)]
        if pin.units is not None:
            constraints.append(model.add(variables.share[pin.arc] == pin.units))
        if pin.source is not None:
            constraints += [model.add(amount == 0)
                            for source, amount in variables.funded[pin.arc].items()
                            if source != pin.source]
        if enforce is not None:
            for constraint in constraints:
                constraint.only_enforce_if(enforce[k])
