"""Hours caps (v2, "Pooling has a price"): the pool budget and the school envelopes.

``sum of funded[a, source] over the arcs of the cap's people <= base + sum(units * switch)``:
central staff's ``ict`` hours (travel included) within ``central_ict_hours`` plus the pool
hours of the schools that pool; a school's own staff's ``ict`` hours within its envelope minus
its pool hours when it pools.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

import numpy as np

from allocator.compile.program import AllocationProgram, HoursCap
from allocator.solve.registry import RuleFamily
from models.rules import Reason, Rule

if TYPE_CHECKING:  # CP-SAT is loaded where a model is built, not with the rules
    from allocator.solve.backends.cpsat.variables import ModelVariables


def _arcs(program: AllocationProgram, cap: HoursCap) -> np.ndarray:
    return np.flatnonzero(np.isin(program.arc_person, cap.people)
                          & program.arc_sources[:, cap.source])


class _CapRows:
    """The rows of the caps of one ``kind``.

    Shared by the pool budget and the envelopes: one cap, two families.
    """

    kind: str

    def add_cpsat(self, program: AllocationProgram, variables: ModelVariables,
                  enforce: Sequence[Any] | None = None) -> None:
        for cap in program.caps:
            if cap.kind != self.kind:
                continue
            terms = [variables.funded[a][cap.source] for a in _arcs(program, cap)]
            if terms:
                variables.model.add(sum(terms) <= cap.base_units + sum(
                    units * variables.switch[k] for k, units in cap.switch_units))

    def add_highs(self, program: AllocationProgram, model: Any) -> None:
        for cap in program.caps:
            if cap.kind != self.kind:
                continue
            terms = [model.funded[a][cap.source] for a in _arcs(program, cap)]
            if terms:
                model.highs.addConstr(sum(terms) - sum(units * model.switch[k]
                                                       for k, units in cap.switch_units)
                                      <= cap.base_units)


class PoolBudget(_CapRows, RuleFamily):
    """Central staff's ict hours within ``central_ict_hours`` plus the pooling schools' hours."""

    rule = Rule.pool_budget
    order = 65
    reason = Reason.pool_budget
    kind = "pool_budget"


class Envelope(_CapRows, RuleFamily):
    """A school's own staff's ict hours within its envelope (minus its pool hours)."""

    rule = Rule.envelope
    order = 66
    reason = Reason.envelope
    kind = "envelope"
