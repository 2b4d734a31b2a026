"""A greedy baseline on an allocation program: what a careful person with a spreadsheet does.

- Coverage programs (school groups): instances in order of stage-1 then stage-2 value per
  half-hour; each is filled from its candidates with the most eligible hours left (preferred
  arcs first, non-penalised sources first), up to ``max_people``, or left uncovered.
- Must-cover single-assignment programs (GAP): the regret rule (Martello & Toth): repeatedly
  place the job whose best feasible agent beats its second best by the most.
No search, no backtracking: a baseline to measure the solvers against.
"""

from __future__ import annotations

import time

import numpy as np

from allocator.compile.evaluate import stage_value
from allocator.compile.program import AllocationProgram, ProgramSolution
from allocator.solve.registry import blocking_rule, rule_families
from allocator.solve.state import PlanState
from models import StageReport


def solve_greedy(program: AllocationProgram) -> ProgramSolution:
    started = time.perf_counter()
    units = np.zeros((program.n_arcs, len(program.source_names)), dtype=np.int64)
    state = PlanState.empty(program)
    left = state.left
    families = rule_families()
    arcs_of = program.arcs_of_instance()
    covered = np.zeros(program.n_instances, dtype=bool)
    blocked = np.zeros(program.n_instances, dtype=bool)
    arc_value = (program.stages[-1].arc_weight if program.stages[-1].arc_weight is not None
                 else np.zeros(program.n_arcs, dtype=np.int64))
    source_order = np.argsort(-(program.stages[-1].source_unit_weight
                                if program.stages[-1].source_unit_weight is not None
                                else np.zeros(len(program.source_names))), kind="stable")
    bundle_of: dict[int, int] = {}
    members_of: dict[int, np.ndarray] = {}
    for bundle, members in program.bundles:
        members_of[bundle] = members
        for member in members:
            bundle_of[int(member)] = bundle

    pinned = {pin.arc: pin for pin in program.pins}  # placed as pinned, or not at all

    def fill(instance: int) -> bool:
        if blocked[instance]:
            return False
        need_single = program.instance_max_people[instance] == 1
        plan: list[tuple[int, int, int]] = []  # (arc, source, units)
        remaining = int(program.instance_units[instance])
        candidates = sorted(arcs_of[instance], key=lambda a: (  # pinned arcs first
            int(a) not in pinned, -arc_value[a],
            -(left[program.arc_person[a]] * program.arc_sources[a]).sum()))
        people_used = 0
        for arc in candidates:
            person = int(program.arc_person[arc])
            if blocking_rule(program, state, int(arc), families) is not None:
                continue
            pin = pinned.get(int(arc))
            demand = int(program.arc_units[arc]) if need_single else remaining
            if pin is not None and pin.units is not None:
                demand = min(demand, pin.units)
            sources = [s for s in source_order if program.arc_sources[arc, s]
                       and (pin is None or pin.source is None or s == pin.source)]
            eligible = sum(int(left[person, s]) for s in sources)
            if need_single and eligible < demand:
                continue
            take = min(demand, eligible)
            if take <= 0:
                continue
            for source in sources:
                part = min(take, int(left[person, source]))
                if part:
                    plan.append((int(arc), int(source), part))
                    take -= part
            remaining -= min(demand, eligible)
            people_used += 1
            if need_single or remaining == 0 or people_used == program.instance_max_people[
                    instance]:
                break
        if need_single and not plan or not need_single and remaining > 0:
            return False
        for arc, source, part in plan:
            units[arc, source] += part
            state.take(program, arc, source, part)
        covered[instance] = True
        if instance in members_of:
            blocked[members_of[instance]] = True
        if instance in bundle_of:
            blocked[bundle_of[instance]] = True
        return True

    if program.instance_must_cover.all() and (program.instance_max_people == 1).all():
        best = _best_regret_assignment(program, arc_value)
        if best is not None:
            for arc in best:
                units[arc, 0] = program.arc_units[arc]
            covered[:] = True
    else:
        weights = [stage.instance_weight for stage in program.stages
                   if stage.instance_weight is not None]
        per_unit = [w / np.maximum(program.instance_units, 1) for w in weights]
        order = np.lexsort([-p for p in reversed(per_unit)]) if per_unit else np.arange(
            program.n_instances)
        for pin in program.pins:
            fill(int(program.arc_instance[pin.arc]))
        for instance in order:
            if not covered[instance] and (not weights or any(w[instance] for w in weights)):
                fill(int(instance))
    seconds = time.perf_counter() - started
    feasible = bool(covered[program.instance_must_cover].all())
    reports = [StageReport(name=stage.name, status="feasible" if feasible else "infeasible",
                           objective=stage_value(program, stage, units, covered),
                           bound=float("nan"), seconds=round(seconds, 3), solver="greedy")
               for stage in program.stages]
    return ProgramSolution(arc_source_units=units, covered=covered, stages=reports,
                           status="feasible" if feasible else "infeasible",
                           seconds=time.perf_counter() - started)


def _best_regret_assignment(program: AllocationProgram, arc_value: np.ndarray
                            ) -> list[int] | None:
    """Martello & Toth's regret heuristic under four desirabilities; the best feasible result."""
    capacity = program.bucket_capacity[:, 0].astype(float)
    weight = program.arc_units.astype(float)
    desirabilities = [arc_value.astype(float), arc_value / weight, -weight,
                      -weight / np.maximum(capacity[program.arc_person], 1)]
    best, best_value = None, None
    for desirability in desirabilities:
        chosen = _regret_pass(program, desirability)
        if chosen is not None:
            value = float(arc_value[chosen].sum())
            if best_value is None or value > best_value:
                best, best_value = chosen, value
    return best


def _regret_pass(program: AllocationProgram, desirability: np.ndarray) -> list[int] | None:
    left = program.bucket_capacity[:, 0].astype(np.int64).copy()
    arcs_of = program.arcs_of_instance()
    open_jobs = set(range(program.n_instances))
    chosen: list[int] = []
    while open_jobs:
        pick_job, pick_arc, pick_regret = -1, -1, -np.inf
        for job in open_jobs:
            arcs = arcs_of[job]
            fits = arcs[program.arc_units[arcs] <= left[program.arc_person[arcs]]]
            if not len(fits):
                return None  # a job no agent can take any more: this pass fails
            ranked = fits[np.argsort(-desirability[fits], kind="stable")]
            regret = (desirability[ranked[0]] - desirability[ranked[1]] if len(ranked) > 1
                      else np.inf)
            if regret > pick_regret:
                pick_job, pick_arc, pick_regret = job, int(ranked[0]), regret
        chosen.append(pick_arc)
        left[program.arc_person[pick_arc]] -= program.arc_units[pick_arc]
        open_jobs.discard(pick_job)
    return chosen
