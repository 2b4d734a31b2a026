"""Max schools (v2, "Fragmentation"): a person works at ``max_schools`` schools at most.

Distinct schools of school-scope instances count; group work, bundles and travel aside.
``use[a] <= at[person, school]`` and ``sum over schools at[person, school] <= max_schools``.
The same indicators carry stage 3's "fewer distinct schools per person".
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

import numpy as np

from allocator.compile.program import AllocationProgram
from allocator.solve.registry import RuleFamily
from allocator.solve.state import PlanState
from models.rules import Reason, Rule

if TYPE_CHECKING:  # CP-SAT is loaded where a model is built, not with the rules
    from ortools.sat.python import cp_model

    from allocator.solve.backends.cpsat.variables import ModelVariables


def arcs_by_person_site(program: AllocationProgram) -> dict[tuple[int, int], list[int]]:
    """The arcs of every (person, school) pair with a school (school-scope work)."""
    arcs: dict[tuple[int, int], list[int]] = defaultdict(list)
    if program.arc_site is None:
        return arcs
    for a in np.flatnonzero(program.arc_site >= 0):
        arcs[(int(program.arc_person[a]), int(program.arc_site[a]))].append(int(a))
    return arcs


def site_indicators(program: AllocationProgram,
                    variables: ModelVariables) -> dict[tuple[int, int], cp_model.IntVar]:
    """One bool per (person, school) that is 1 when the person works there (built once)."""
    if not variables.person_site:
        for key, arcs in arcs_by_person_site(program).items():
            indicator = variables.model.new_bool_var(f"works_at_{key[0]}_{key[1]}")
            for a in arcs:
                variables.model.add_implication(variables.use[a], indicator)
            variables.person_site[key] = indicator
    return variables.person_site


def _limited(program: AllocationProgram) -> dict[int, int]:
    if program.person_max_schools is None:
        return {}
    return {p: int(limit) for p, limit in enumerate(program.person_max_schools) if limit >= 0}


class MaxSchools(RuleFamily):
    """At most ``max_schools`` distinct schools per person."""

    rule = Rule.max_schools
    order = 90
    reason = Reason.max_schools

    def add_cpsat(self, program: AllocationProgram, variables: ModelVariables,
                  enforce: Sequence[Any] | None = None) -> None:
        limits = _limited(program)
        if not limits:
            return
        indicators = site_indicators(program, variables)
        per_person: dict[int, list] = defaultdict(list)
        for (person, _), indicator in indicators.items():
            per_person[person].append(indicator)
        for person, limit in limits.items():
            if len(per_person[person]) > limit:
                variables.model.add(sum(per_person[person]) <= limit)

    def add_highs(self, program: AllocationProgram, model: Any) -> None:
        limits = _limited(program)
        if not limits:
            return
        indicators = model.site_indicators()
        per_person: dict[int, list] = defaultdict(list)
        for (person, _), indicator in indicators.items():
            per_person[person].append(indicator)
        for person, limit in limits.items():
            if len(per_person[person]) > limit:
                model.highs.addConstr(sum(per_person[person]) <= limit)

    def blocks_arc(self, program: AllocationProgram, state: PlanState, arc: int) -> bool:
        if program.person_max_schools is None or program.arc_site is None:
            return False
        person, site = int(program.arc_person[arc]), int(program.arc_site[arc])
        limit = int(program.person_max_schools[person])
        if limit < 0 or site < 0 or state.used[arc]:
            return False
        mine = state.used & (program.arc_person == person) & (program.arc_site >= 0)
        schools = set(program.arc_site[mine].tolist())
        return site not in schools and len(schools) >= limit

    def blocking_facts(self, program: AllocationProgram, arcs: Sequence[int]) -> dict[str, Any]:
        """The limits of the people held back, for the explanation."""
        assert program.person_max_schools is not None
        limits = {int(program.person_max_schools[program.arc_person[a]]) for a in arcs}
        return {"limit": ", ".join(str(limit) for limit in sorted(limits))}
