"""Pins: fixed assignments from the Vast/Fixed sheet are hard constraints."""

from __future__ import annotations

from allocator.compile.program import AllocationProgram
from allocator.solve.variables import ModelVariables


def add(program: AllocationProgram, variables: ModelVariables) -> None:
    model = variables.model
    for pin in program.pins:
        model.add(variables.use[pin.arc] == 1)
        parts = variables.funded[pin.arc]
        if pin.units is not None:
            model.add(variables.share[pin.arc] == pin.units)
        if pin.source is not None:
            for source, amount in parts.items():
                if source != pin.source:
                    model.add(amount == 0)
