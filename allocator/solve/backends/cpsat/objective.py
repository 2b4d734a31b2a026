"""The objective expression of one lexicographic stage (see :class:`Stage`)."""

from __future__ import annotations

from collections import defaultdict

from ortools.sat.python import cp_model

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
    if stage.site_weight and program.arc_site is not None:
        from allocator.solve.rules.max_schools import site_indicators

        terms += [stage.site_weight * indicator
                  for indicator in site_indicators(program, variables).values()]
    if stage.small_share_weight:
        terms += [stage.small_share_weight * small
                  for small in small_share_indicators(program, variables).values()]
    if stage.switch_weight is not None:
        terms += [int(weight) * switch for weight, switch
                  in zip(stage.switch_weight, variables.switch, strict=True) if weight]
    if stage.member_weight is not None:
        terms += [int(weight) * member for weight, member
                  in zip(stage.member_weight, variables.member, strict=True) if weight]
    return sum(terms) if terms else 0


def small_share_indicators(program: AllocationProgram,
                           variables: ModelVariables) -> dict[int, LinearTerm]:
    """Per task arc that can carry a 0.5 h share: a term that is 1 when it does.

    A whole instance of 0.5 h is its ``use``; a share variable gets a bool ``small`` with
    ``share >= 2 * use - small`` (penalised, so it is 1 only when the share is 0.5 h).
    """
    if variables.small:
        return variables.small
    tasks = program.task_arc_mask()
    for a in range(program.n_arcs):
        if not tasks[a]:
            continue
        share = variables.share[a]
        if isinstance(share, cp_model.IntVar):
            small = variables.model.new_bool_var(f"small_{a}")
            variables.model.add(share >= 2 * variables.use[a] - small)
            variables.small[a] = small
        elif int(program.arc_units[a]) == 1:
            variables.small[a] = variables.use[a]
    return variables.small


def _person_group_indicators(program: AllocationProgram,
                             variables: ModelVariables) -> dict[tuple[int, int], cp_model.IntVar]:
    """One bool per (person, arc group) that is 1 when the person works on any arc of it."""
    if variables.person_group:
        return variables.person_group
    arcs_by_key: dict[tuple[int, int], list[int]] = defaultdict(list)
    assert program.arc_group is not None
    for a, (person, group) in enumerate(zip(program.arc_person, program.arc_group, strict=True)):
        if group >= 0:  # -1: travel lines belong to no cluster
            arcs_by_key[(int(person), int(group))].append(a)
    for key, arcs in arcs_by_key.items():
        indicator = variables.model.new_bool_var(f"works_in_{key[0]}_{key[1]}")
        for a in arcs:
            variables.model.add_implication(variables.use[a], indicator)
        variables.person_group[key] = indicator
    return variables.person_group
