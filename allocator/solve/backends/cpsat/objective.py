"""The objective expression of one lexicographic stage (see :class:`Stage`)."""

from __future__ import annotations

from collections import defaultdict

from allocator.compile.program import AllocationProgram, Stage
from allocator.solve.backends.cpsat.variables import LinearTerm, ModelVariables


def stage_expression(program: AllocationProgram, variables: ModelVariables,
                     stage: Stage) -> LinearTerm:
    """``sum instance_weight*cover + arc_weight*use + source_unit_weight*funded + group term``."""
    terms: list[LinearTerm] = []
    if stage.instance_weight is not None:
        terms += [int(weight) * cover for weight, cover
                  in zip(stage.instance_weight, variables.cover, strict=True)
                  if weight and cover is not None]
    if stage.arc_weight is not None:
        terms += [int(weight) * used for weight, used
                  in zip(stage.arc_weight, variables.use, strict=True) if weight]
    if stage.source_unit_weight is not None:
        for parts in variables.funded:
            terms += [int(stage.source_unit_weight[source]) * amount
                      for source, amount in parts.items() if stage.source_unit_weight[source]]
    if stage.group_weight and program.arc_group is not None:
        terms += [stage.group_weight * indicator
                  for indicator in _person_group_indicators(program, variables).values()]
    return sum(terms) if terms else 0


def _person_group_indicators(program: AllocationProgram, variables: ModelVariables):
    """One bool per (person, arc group) that is 1 when the person works on any arc of it."""
    if variables.person_group:
        return variables.person_group
    arcs_by_key: dict[tuple[int, int], list[int]] = defaultdict(list)
    assert program.arc_group is not None
    for a, (person, group) in enumerate(zip(program.arc_person, program.arc_group, strict=True)):
        arcs_by_key[(int(person), int(group))].append(a)
    for key, arcs in arcs_by_key.items():
        indicator = variables.model.new_bool_var(f"works_in_{key[0]}_{key[1]}")
        for a in arcs:
            variables.model.add_implication(variables.use[a], indicator)
        variables.person_group[key] = indicator
    return variables.person_group
