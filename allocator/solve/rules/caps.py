"""Hours caps (v2, "Pooling has a price"): the pool budget and the school envelopes.

``sum of funded[a, source] over the arcs of the cap's people <= base + sum(units * switch)``:
central staff's ``ict`` hours (travel included) within ``central_ict_hours`` plus the pool
hours of the schools that pool; a school's own staff's ``ict`` hours within its envelope minus
its pool hours when it pools.
"""

from __future__ import annotations

import numpy as np

from allocator.compile.program import AllocationProgram, HoursCap
from allocator.solve.backends.cpsat.variables import ModelVariables


def _arcs(program: AllocationProgram, cap: HoursCap) -> np.ndarray:
    return np.flatnonzero(np.isin(program.arc_person, cap.people)
                          & program.arc_sources[:, cap.source])


def add(program: AllocationProgram, variables: ModelVariables) -> None:
    for cap in program.caps:
        terms = [variables.funded[a][cap.source] for a in _arcs(program, cap)]
        if terms:
            variables.model.add(sum(terms) <= cap.base_units + sum(
                units * variables.switch[k] for k, units in cap.switch_units))


def add_highs(program: AllocationProgram, model) -> None:
    for cap in program.caps:
        terms = [model.funded[a][cap.source] for a in _arcs(program, cap)]
        if terms:
            model.highs.addConstr(sum(terms) - sum(units * model.switch[k]
                                                   for k, units in cap.switch_units)
                                  <= cap.base_units)
