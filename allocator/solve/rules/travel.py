"""Travel (v2, "Proximity"): a travel line is due when its person works locally there.

A central person's travel line to a school is due exactly when they have a local instance
there: ``use[a] <= cover[line]`` for each such arc and ``cover[line] <= sum use[a]``. The
line's own arcs (one per paying source, one used) carry the hours through coverage, capacity
and the pool budget like any other work.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from allocator.compile.program import AllocationProgram
from allocator.solve.registry import RuleFamily
from models.rules import Rule

if TYPE_CHECKING:  # CP-SAT is loaded where a model is built, not with the rules
    from allocator.solve.backends.cpsat.variables import ModelVariables


class Travel(RuleFamily):
    """A central person's travel line is due exactly when they do local work there."""

    rule = Rule.travel
    order = 70

    def add_cpsat(self, program: AllocationProgram, variables: ModelVariables,
                  enforce: Sequence[Any] | None = None) -> None:
        model = variables.model
        for line, arcs in program.travel:
            due = variables.cover[line]
            if due is None:  # nobody can pay the travel: the local work cannot be done either
                for a in arcs:
                    model.add(variables.use[a] == 0)
                continue
            for a in arcs:
                model.add_implication(variables.use[a], due)
            model.add_bool_or([due.Not(), *(variables.use[a] for a in arcs)])

    def add_highs(self, program: AllocationProgram, model: Any) -> None:
        highs = model.highs
        for line, arcs in program.travel:
            due = model.cover[line]
            if due is None:
                for a in arcs:
                    highs.addConstr(model.use[a] <= 0)
                continue
            for a in arcs:
                highs.addConstr(model.use[a] - due <= 0)
            highs.addConstr(due - sum(model.use[a] for a in arcs) <= 0)
