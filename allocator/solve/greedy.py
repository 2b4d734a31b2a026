"""A greedy baseline on an allocation program: what a careful person with a spreadsheet does.

- Coverage programs (school groups): instances in order of stage-1 then stage-2 value per
  half-hour; each is filled from its candidates with the most eligible hours left (preferred
  arcs first, non-penalised sources first), up to ``max_people``, or left uncovered. Every
  rule family's ``blocks_arc`` is asked before an arc is used. v2: the 'kies' decisions are
  fixed first (nobody pools, then everybody; pins that need a decision keep it; the better
  plan is kept), the pool budget and school envelopes are spent like hours, and a central
  person's first local instance at a school also pays the travel there.
- Must-cover single-assignment programs (GAP): the regret rule (Martello & Toth): repeatedly
  place the job whose best feasible agent beats its second best by the most.
No search, no backtracking: a baseline to measure the solvers against.
"""

from __future__ import annotations

import time
from collections.abc import Callable

import numpy as np

from allocator.compile.evaluate import stage_value
from allocator.compile.program import AllocationProgram, ProgramSolution, Stage
from allocator.solve.backends.base import ProgramPlan
from allocator.solve.registry import blocking_rule, rule_families
from allocator.solve.state import PlanState
from models import StageReport, Status


def solve_greedy(program: AllocationProgram) -> ProgramSolution:
    """The greedy baseline's plan for ``program`` (see the module docstring for the rules)."""
    started = time.perf_counter()
    arc_value = _preference_values(program)
    if program.instance_must_cover.all() and (program.instance_max_people == 1).all():
        units = np.zeros((program.n_arcs, len(program.source_names)), dtype=np.int64)
        covered = np.zeros(program.n_instances, dtype=bool)
        best = _best_regret_assignment(program, arc_value)
        if best is not None:
            for arc in best:
                units[arc, 0] = program.arc_units[arc]
            covered[:] = True
        switches = np.zeros(program.n_switches, dtype=bool)
    else:
        # 'kies' decisions are taken before anything is assigned: nobody pools, everybody
        # pools (as far as pins allow); the better plan, stage by stage, is kept
        found = []
        for switches in _switch_choices(program):
            units, covered = _cover(program, switches, arc_value)
            feasible = bool(covered[program.instance_must_cover].all())
            found.append(((feasible, *(stage_value(program, stage, units, covered, switches)
                                       for stage in program.stages)), units, covered, switches))
        _, units, covered, switches = max(found, key=lambda item: item[0])
    seconds = time.perf_counter() - started
    feasible = bool(covered[program.instance_must_cover].all())
    reports = [StageReport(name=stage.name,
                           status=Status.feasible if feasible else Status.infeasible,
                           objective=stage_value(program, stage, units, covered, switches),
                           bound=float("nan"), seconds=round(seconds, 3), solver="greedy")
               for stage in program.stages]
    return ProgramSolution(arc_source_units=units, covered=covered, stages=reports,
                           status="feasible" if feasible else "infeasible",
                           seconds=time.perf_counter() - started, switches=switches)


def keeps_pins(program: AllocationProgram, units: np.ndarray) -> bool:
    """Whether a plan's half-hours (per arc and source) hold every pin as pinned.

    The greedy places a pin as pinned or not at all (when the hours are not there).
    """
    for pin in program.pins:
        carried = units[pin.arc]
        if carried.sum() <= 0 or (pin.units is not None and carried.sum() != pin.units):
            return False
        if pin.source is not None and carried.sum() != carried[pin.source]:
            return False
    return True


def _preference_values(program: AllocationProgram) -> np.ndarray:
    """Each arc's weight in the last (preference) stage: the order among candidates."""
    last = program.stages[-1].arc_weight
    return last if last is not None else np.zeros(program.n_arcs, dtype=np.int64)


def _switch_choices(program: AllocationProgram) -> list[np.ndarray]:
    """Pooling decisions to try: none and all of the 'kies' schools pool.

    Except where a pin needs a decision (a pinned arc of central staff at a 'kies' school needs
    it to pool).
    """
    if not program.n_switches:
        return [np.zeros(0, dtype=bool)]
    forced: dict[int, bool] = {}
    if program.arc_switch is not None and program.arc_switch_on is not None:
        for pin in program.pins:
            switch = int(program.arc_switch[pin.arc])
            if switch >= 0:
                forced[switch] = bool(program.arc_switch_on[pin.arc])
    choices: list[np.ndarray] = []
    for pooled in (False, True):
        switches = np.full(program.n_switches, pooled, dtype=bool)
        for switch, value in forced.items():
            switches[switch] = value
        if not any(np.array_equal(switches, other) for other in choices):
            choices.append(switches)
    return choices


def extend_plan(program: AllocationProgram, plan: ProgramPlan, stage: Stage) -> ProgramPlan:
    """``plan`` with more of ``stage``'s instances covered greedily, nothing of it undone.

    The instances in order of the stage's value per half-hour, each filled as
    :func:`solve_greedy` fills one, from the hours the plan leaves. A start for a solver on a
    coverage stage whose previous plan leaves much of its value open (300 schools, non-core
    stage: HiGHS searched 180 s from the stage-1 plan before it found a better one).
    """
    if stage.instance_weight is None or not stage.instance_weight.any():
        return plan  # nothing this stage values could be covered
    arc_value = _preference_values(program)
    units, covered = _cover(program, plan.switches, arc_value, start=plan, stages=[stage])
    return ProgramPlan(units, covered, plan.switches.copy())


def _cover(program: AllocationProgram, switches: np.ndarray, arc_value: np.ndarray,
           start: ProgramPlan | None = None, stages: list[Stage] | None = None
           ) -> tuple[np.ndarray, np.ndarray]:
    """Greedy coverage under fixed pooling decisions.

    Besides each person's hours it keeps the v2 rules: arcs follow the decisions (the
    pooling family's ``blocks_arc``), a bundle's hours and members follow them, the hours
    caps (pool budget, envelopes) are spent like hours, and a central person's first local
    instance at a school also pays the travel line there (from one source). From ``start``
    (its hours taken, its instances covered) when given; ordered by ``stages`` (default: the
    program's).
    """
    # one bookkeeping: the state holds the plan's units, the hours left, what each bundle
    # needs under the decisions and what each hours cap may still pay
    state = PlanState.empty(program, switches)
    assert state.units is not None and state.demand is not None and state.cap_room is not None
    left, demand, room = state.left, state.demand, state.cap_room
    families = rule_families()
    arcs_of = program.arcs_of_instance()
    covered = np.zeros(program.n_instances, dtype=bool)
    blocked = np.zeros(program.n_instances, dtype=bool)
    if start is not None:
        for arc, source in zip(*np.nonzero(start.units), strict=True):
            state.take(program, int(arc), int(source), int(start.units[arc, source]))
        covered[:] = start.covered
    source_order = np.argsort(-(program.stages[-1].source_unit_weight
                                if program.stages[-1].source_unit_weight is not None
                                else np.zeros(len(program.source_names))), kind="stable")

    # bundles: members (and hours) follow the decisions of their 'kies' schools
    switched = set()  # bundles whose hours follow decisions
    off = {m.member for m in program.switch_members if not switches[m.switch]}
    for item in program.bundle_demands:
        switched.add(item.bundle)
        if item.fixed_units == 0 and not any(
                switches[m.switch] for m in program.switch_members if m.bundle == item.bundle):
            blocked[item.bundle] = True  # no school pools: there is nothing to bundle
    bundle_of: dict[int, int] = {}
    members_of: dict[int, np.ndarray] = {}
    for bundle, members in program.bundles:
        members_of[bundle] = np.array([m for m in members if int(m) not in off], dtype=np.int64)
        for member in members_of[bundle]:
            bundle_of[int(member)] = bundle
        if covered[bundle]:  # the start's bundles keep their members out, and vice versa
            blocked[members_of[bundle]] = True
        elif covered[members_of[bundle]].any():
            blocked[bundle] = True

    caps_of = state.cap_buckets  # the hours caps a (person, source) draws on
    line_of = {int(a): line for line, arcs in program.travel for a in arcs}

    pinned = {pin.arc: pin for pin in program.pins}  # placed as pinned, or not at all

    def fill(instance: int) -> bool:
        if blocked[instance]:
            return False
        need_single = program.instance_max_people[instance] == 1
        plan: list[tuple[int, int, int]] = []  # (arc, source, units)
        spent: dict[tuple[int, int], int] = {}  # tentative, per (person, source) and cap
        capped: dict[int, int] = {}
        lines: list[int] = []  # travel lines this instance makes due

        def available(person: int, source: int) -> int:
            hours = int(left[person, source]) - spent.get((person, source), 0)
            for c in caps_of.get((person, source), ()):
                hours = min(hours, int(room[c]) - capped.get(c, 0))
            return max(0, hours)

        def spend(arc: int, source: int, amount: int, sign: int = 1) -> None:
            person = int(program.arc_person[arc])
            spent[(person, source)] = spent.get((person, source), 0) + sign * amount
            for c in caps_of.get((person, source), ()):
                capped[c] = capped.get(c, 0) + sign * amount
            if sign > 0:
                plan.append((arc, source, amount))
            else:
                plan.remove((arc, source, amount))

        remaining = int(demand[instance])
        candidates = sorted(arcs_of[instance], key=lambda a: (  # pinned arcs first
            int(a) not in pinned, -arc_value[a],
            -(left[program.arc_person[a]] * program.arc_sources[a]).sum()))
        people_used = 0
        for arc in candidates:
            person = int(program.arc_person[arc])
            if blocking_rule(program, state, int(arc), families) is not None:
                continue
            trip = None  # (travel arc, source, units) this arc makes due
            line = line_of.get(int(arc))
            if line is not None and not covered[line] and line not in lines:
                trip = _travel(program, arcs_of[line], source_order, available)
                if trip is None:
                    continue  # the travel cannot be paid: no local work here
                spend(*trip)
            pin = pinned.get(int(arc))
            need = int(demand[instance] if instance in switched else program.arc_units[arc]) \
                if need_single else remaining
            if pin is not None and pin.units is not None:
                need = min(need, pin.units)
            sources = [s for s in source_order if program.arc_sources[arc, s]
                       and (pin is None or pin.source is None or s == pin.source)]
            eligible = sum(available(person, int(s)) for s in sources)
            take = min(need, eligible)
            if need_single and eligible < need or take <= 0:
                if trip is not None:
                    spend(*trip, sign=-1)
                continue
            if trip is not None and line is not None:  # a trip is due only with a line
                lines.append(line)
            for source in sources:
                part = min(take, available(person, int(source)))
                if part:
                    spend(int(arc), int(source), part)
                    take -= part
            remaining -= min(need, eligible)
            people_used += 1
            if need_single or remaining == 0 or people_used == program.instance_max_people[
                    instance]:
                break
        if need_single and not plan or not need_single and remaining > 0:
            return False
        for arc, source, part in plan:
            state.take(program, arc, source, part)  # units, hours left and caps' room
        covered[lines] = True
        covered[instance] = True
        if instance in members_of:
            blocked[members_of[instance]] = True
        if instance in bundle_of:
            blocked[bundle_of[instance]] = True
        return True

    weights = []
    for stage in program.stages if stages is None else stages:
        if stage.instance_weight is None:
            continue
        weight = stage.instance_weight.astype(float).copy()
        if stage.member_weight is not None:  # a bundle also earns for its 'kies' members
            for credit, member in zip(stage.member_weight, program.switch_members,
                                      strict=True):
                weight[member.bundle] += credit if switches[member.switch] else 0
        weights.append(weight)
    per_unit = [w / np.maximum(demand, 1) for w in weights]
    order = np.lexsort([-p for p in reversed(per_unit)]) if per_unit else np.arange(
        program.n_instances)
    for pin in program.pins:
        if not covered[program.arc_instance[pin.arc]]:
            fill(int(program.arc_instance[pin.arc]))
    for instance in order:
        if not covered[instance] and (not weights or any(w[instance] for w in weights)):
            fill(int(instance))
    return state.units, covered


def _travel(program: AllocationProgram, line_arcs: np.ndarray, source_order: np.ndarray,
            available: Callable[[int, int], int]) -> tuple[int, int, int] | None:
    """The travel line's arc and source that can pay all of its hours (one source a line)."""
    need = int(program.instance_units[program.arc_instance[line_arcs[0]]]) if len(
        line_arcs) else 0
    for source in source_order:
        for arc in line_arcs:
            if program.arc_sources[arc, source] and available(
                    int(program.arc_person[arc]), int(source)) >= need:
                return int(arc), int(source), need
    return None


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
