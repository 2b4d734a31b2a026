"""Pins: fixed assignments from the Vast/Fixed sheet are hard constraints.

With ``enforce`` literals (one per pin) each pin holds only when its literal is true: that is
how conflicting pins are found (assumptions) and shrunk to a minimal set.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from allocator.compile.program import AllocationProgram
from allocator.solve.registry import RuleFamily
from models.rules import Rule


class Pins(RuleFamily):
    """``use[pin.arc] = 1``; ``share = pin.units`` and other sources 0 when the pin says so."""

    rule = Rule.pins
    order = 50
    assumable = True

    def items(self, program: AllocationProgram) -> int:
        return len(program.pins)

    def add_cpsat(self, program: AllocationProgram, model: Any,
                  enforce: Sequence[Any] | None = None) -> None:
        cp = model.model
        for k, pin in enumerate(program.pins):
            constraints = [cp.add(model.use[pin.arc] == 1)]
            if pin.units is not None:
                constraints.append(cp.add(model.share[pin.arc] == pin.units))
            if pin.source is not None:
                constraints += [cp.add(amount == 0)
                                for source, amount in model.funded[pin.arc].items()
                                if source != pin.source]
            if enforce is not None:
                for constraint in constraints:
                    constraint.only_enforce_if(enforce[k])

    def add_highs(self, program: AllocationProgram, model: Any) -> None:
        highs = model.highs
        for pin in program.pins:
            highs.addConstr(model.use[pin.arc] >= 1)
            if pin.units is not None:
                highs.addConstr(model.share[pin.arc] == pin.units)
            if pin.source is not None:
                for source, amount in model.funded[pin.arc].items():
                    if source != pin.source:
                        highs.addConstr(amount <= 0)
