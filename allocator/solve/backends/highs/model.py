"""The allocation program as a HiGHS MIP, kept alive across stages.

Same variables and rule families as the CP-SAT model (``variables.py`` and ``rules/``), written
as linear constraints; it is the second opinion the benchmarks and tests compare against, and
the prover the engine calls on when CP-SAT cannot close an exact stage (``lexicographic.py``).
Solutions travel between the two models as ``(arc_source_units, covered)``, the program's own
solution shape, never as solver variables.
"""

from __future__ import annotations

import math
import os
import sys
from collections import defaultdict
from dataclasses import dataclass

import numpy as np

from allocator.compile.program import AllocationProgram, Stage


@dataclass(frozen=True)
class LinearRelaxation:
    objective: float
    use: np.ndarray  # (n_arcs,) each arc's `use` in the LP optimum
    # (n_arcs,) reduced cost of `use`: for an arc the LP leaves out, how much the LP value
    # falls per unit the arc is forced in (<= 0; nearer 0 = nearer to being chosen)
    reduced_cost: np.ndarray


@dataclass
class HighsStageResult:
    status: str  # optimal | feasible | infeasible | unknown
    objective: float
    bound: float
    highs_status: str
    units: np.ndarray | None = None  # (n_arcs, n_sources) half-hours, when a solution exists
    covered: np.ndarray | None = None
    switches: np.ndarray | None = None  # (n_switches,) pooling decisions


class HighsProgram:
    """Build once; then ``solve_stage`` / ``add_floor`` per lexicographic stage."""

    def __init__(self, program: AllocationProgram, threads: int = 1) -> None:
        self.program = program
        self.highs = new_highs()
        self.highs.setOptionValue("threads", max(1, threads))
        # checked between branch-and-bound steps only: a simplex-level check calls into
        # Python every iteration and cost ~10 % of the run on the 100-school benchmark
        self._stop_requested = False
        self.highs.cbMipInterrupt += self._interrupt_if_asked
        self.impossible = False  # a must-cover instance without any candidate arc
        self._groups: dict[tuple[int, int], object] = {}
        self._sites: dict[tuple[int, int], object] = {}
        self._small: dict[int, object] = {}
        self.demand: dict[int, object] = {}  # bundle -> its hours when they follow decisions
        self._build()

    def _build(self) -> None:
        program, highs = self.program, self.highs
        split = program.instance_max_people[program.arc_instance] > 1
        for demand in program.bundle_demands:  # hours follow decisions: see rules/pooling.py
            split |= program.arc_instance == demand.bundle
        variable = {demand.bundle for demand in program.bundle_demands}
        eligible_cap = (program.bucket_capacity[program.arc_person] * program.arc_sources).sum(1)
        self.use, self.amount, self.share, self.funded = [], [], [], []
        for a in range(program.n_arcs):
            used = highs.addBinary()
            self.use.append(used)
            units = int(program.arc_units[a])
            amount = None
            if split[a] and units > 1:
                limit = int(min(units, eligible_cap[a]))
                amount = highs.addIntegral(lb=0, ub=limit)
                highs.addConstr(amount - used >= 0)
                highs.addConstr(amount - limit * used <= 0)
                arc_share = amount
            else:
                if units > eligible_cap[a]:
                    highs.addConstr(used <= 0)
                arc_share = units * used
            self.amount.append(amount)
            self.share.append(arc_share)
            sources = np.flatnonzero(program.arc_sources[a])
            if len(sources) == 1:
                self.funded.append({int(sources[0]): arc_share})
            else:
                parts = {int(s): highs.addIntegral(lb=0, ub=int(min(
                    units, program.bucket_capacity[program.arc_person[a], s]))) for s in sources}
                highs.addConstr(sum(parts.values()) - arc_share == 0)
                self.funded.append(parts)
        self.cover: list = [None] * program.n_instances
        for i, arcs in enumerate(program.arcs_of_instance()):
            if not len(arcs):
                self.impossible |= bool(program.instance_must_cover[i])
                continue
            cover = self.cover[i] = highs.addBinary()
            people = int(program.instance_max_people[i])
            if people == 1:
                highs.addConstr(sum(self.use[a] for a in arcs) - cover == 0)
            else:
                if i not in variable:
                    highs.addConstr(sum(self.share[a] for a in arcs)
                                    - int(program.instance_units[i]) * cover == 0)
                # `<= k * cover` and `use <= cover`: see rules/coverage.py
                highs.addConstr(sum(self.use[a] for a in arcs) - people * cover <= 0)
                for a in arcs:
                    highs.addConstr(self.use[a] - cover <= 0)
            if program.instance_must_cover[i]:
                highs.addConstr(cover >= 1)
        buckets = defaultdict(list)
        for a, parts in enumerate(self.funded):
            for source, amount in parts.items():
                buckets[(int(program.arc_person[a]), source)].append(amount)
        for (person, source), amounts in buckets.items():
            highs.addConstr(sum(amounts) <= int(program.bucket_capacity[person, source]))
        chosen = {m.member for m in program.switch_members}  # rules/pooling.py
        for bundle, members in program.bundles:
            for member in members:
                if int(member) in chosen:
                    continue
                if self.cover[bundle] is not None and self.cover[int(member)] is not None:
                    highs.addConstr(self.cover[bundle] + self.cover[int(member)] <= 1)
        tasks = program.task_arc_mask()  # travel lines are no tasks
        for person, arcs in enumerate(program.arcs_of_person()):
            arcs = arcs[tasks[arcs]]
            limit = int(program.person_max_tasks[person])
            if limit >= 0 and len(arcs) > limit:
                highs.addConstr(sum(self.use[a] for a in arcs) <= limit)
        for pin in program.pins:
            highs.addConstr(self.use[pin.arc] >= 1)
            if pin.units is not None:
                highs.addConstr(self.share[pin.arc] == pin.units)
            if pin.source is not None:
                for source, amount in self.funded[pin.arc].items():
                    if source != pin.source:
                        highs.addConstr(amount <= 0)
        self.switch = [highs.addBinary() for _ in program.switch_names]
        self.member = [highs.addBinary() for _ in program.switch_members]
        from allocator.solve.rules import HIGHS_FAMILIES

        for family in HIGHS_FAMILIES:
            family.add_highs(program, self)

    def site_indicators(self) -> dict[tuple[int, int], object]:
        """One binary per (person, school) worked at: ``use <= at`` (rules/max_schools.py)."""
        from allocator.solve.rules.max_schools import arcs_by_person_site

        if not self._sites:
            for key, arcs in arcs_by_person_site(self.program).items():
                indicator = self._sites[key] = self.highs.addBinary()
                for a in arcs:
                    self.highs.addConstr(indicator - self.use[a] >= 0)
        return self._sites

    def _small_shares(self) -> dict[int, object]:
        """Per task arc that can carry a 0.5 h share, a term that is 1 when it does."""
        if not self._small:
            program = self.program
            tasks = program.task_arc_mask()
            for a in range(program.n_arcs):
                if not tasks[a]:
                    continue
                if self.amount[a] is not None:
                    small = self._small[a] = self.highs.addBinary()
                    self.highs.addConstr(self.amount[a] - 2 * self.use[a] + small >= 0)
                elif int(program.arc_units[a]) == 1:
                    self._small[a] = self.use[a]
        return self._small

    def _group_indicators(self) -> dict[tuple[int, int], object]:
        program = self.program
        if not self._groups and program.arc_group is not None:
            for a in range(program.n_arcs):
                if program.arc_group[a] < 0:  # travel lines belong to no cluster
                    continue
                key = (int(program.arc_person[a]), int(program.arc_group[a]))
                if key not in self._groups:
                    self._groups[key] = self.highs.addBinary()
                self.highs.addConstr(self._groups[key] - self.use[a] >= 0)
        return self._groups

    def expression(self, stage: Stage):
        """The stage objective over this model's variables (None when the stage has no terms)."""
        terms = []
        if stage.instance_weight is not None:
            terms += [int(w) * c for w, c in zip(stage.instance_weight, self.cover, strict=True)
                      if w and c is not None]
        if stage.arc_weight is not None:
            terms += [int(w) * u for w, u in zip(stage.arc_weight, self.use, strict=True) if w]
        if stage.source_unit_weight is not None:
            for parts in self.funded:
                terms += [int(stage.source_unit_weight[s]) * v for s, v in parts.items()
                          if stage.source_unit_weight[s]]
        if stage.group_weight and self.program.arc_group is not None:
            terms += [stage.group_weight * g for g in self._group_indicators().values()]
        if stage.site_weight and self.program.arc_site is not None:
            terms += [stage.site_weight * g for g in self.site_indicators().values()]
        if stage.small_share_weight:
            terms += [stage.small_share_weight * g for g in self._small_shares().values()]
        if stage.switch_weight is not None:
            terms += [int(w) * v for w, v in zip(stage.switch_weight, self.switch, strict=True)
                      if w]
        if stage.member_weight is not None:
            terms += [int(w) * v for w, v in zip(stage.member_weight, self.member, strict=True)
                      if w]
        return sum(terms) if terms else None

    def add_floor(self, stage: Stage, value: float) -> None:
        """Later stages keep at least ``value`` of ``stage``."""
        expression = self.expression(stage)
        if expression is not None:
            self.highs.addConstr(expression >= round(value))

    def _set_objective(self, stage: Stage) -> bool:
        """Maximise ``stage``; False when the program has no arcs at all."""
        import highspy

        expression = self.expression(stage)
        if expression is None:
            expression = 0 * self.use[0] if self.use else None
        if expression is None:
            return False
        self.highs.setObjective(expression, highspy.ObjSense.kMaximize)
        return True

    def relaxation(self, stage: Stage, time_limit: float) -> LinearRelaxation | None:
        """The stage's LP relaxation under the floors added so far; None without an LP optimum."""
        import highspy

        if not self._set_objective(stage):
            return None
        highs = self.highs
        highs.setOptionValue("time_limit", max(0.05, time_limit))
        highs.setOptionValue("solve_relaxation", True)
        try:
            highs.solve()
            if highs.getModelStatus() != highspy.HighsModelStatus.kOptimal:
                return None
            solution = highs.getSolution()
        finally:
            highs.setOptionValue("solve_relaxation", False)
        columns = np.array([used.index for used in self.use], dtype=np.int64)
        return LinearRelaxation(
            objective=float(highs.getInfo().objective_function_value),
            use=np.asarray(solution.col_value)[columns],
            reduced_cost=np.asarray(solution.col_dual)[columns])

    def solve_stage(self, stage: Stage, time_limit: float,
                    start: tuple[np.ndarray, np.ndarray] | None = None,
                    arcs: np.ndarray | None = None) -> HighsStageResult:
        """Maximise ``stage``; ``start`` (units, covered) is a feasible plan to begin from.

        With ``arcs`` (a mask over the program's arcs) only those arcs may be used: the
        result is then the best plan of that restricted program, and its bound holds for the
        restriction only. ``start`` must keep to the mask.
        """
        if arcs is None:
            return self._solve(stage, time_limit, start)
        closed = np.flatnonzero(~np.asarray(arcs, dtype=bool))
        columns = np.array([self.use[a].index for a in closed], dtype=np.int32)
        zeros = np.zeros(len(columns))
        self.highs.changeColsBounds(len(columns), columns, zeros, zeros)
        try:
            return self._solve(stage, time_limit, start)
        finally:
            self.highs.changeColsBounds(len(columns), columns, zeros, np.ones(len(columns)))

    def _solve(self, stage: Stage, time_limit: float,
               start: tuple[np.ndarray, np.ndarray] | None) -> HighsStageResult:
        import highspy

        if not self._set_objective(stage):
            # no arcs at all: the empty plan, unless something must be done
            if self.impossible:
                return HighsStageResult("infeasible", 0.0, float("nan"), "empty program")
            program = self.program
            return HighsStageResult(
                "optimal", 0.0, 0.0, "empty program",
                np.zeros((program.n_arcs, len(program.source_names)), dtype=np.int64),
                np.zeros(program.n_instances, dtype=bool),
                np.zeros(program.n_switches, dtype=bool))
        highs = self.highs
        highs.setOptionValue("time_limit", max(0.05, time_limit))
        highs.setOptionValue("mip_rel_gap", stage.relative_gap or 1e-9)
        if start is not None:
            self._set_start(*start)
        highs.solve()
        model_status = highs.getModelStatus()
        info = highs.getInfo()
        has_solution = info.primal_solution_status == 2
        status = ("optimal" if model_status == highspy.HighsModelStatus.kOptimal
                  else "infeasible" if model_status == highspy.HighsModelStatus.kInfeasible
                  else "feasible" if has_solution else "unknown")
        result = HighsStageResult(
            status=status,
            objective=float(round(info.objective_function_value)) if has_solution else 0.0,
            bound=float(math.floor(info.mip_dual_bound + 1e-6)) if has_solution
            else float("nan"),
            highs_status=highs.modelStatusToString(model_status))
        if has_solution:
            result.units, result.covered, result.switches = self._read(
                highs.getSolution().col_value)
        return result

    def stop_search(self) -> None:
        """Ask a running (or the next) solve to stop; safe from another thread."""
        self._stop_requested = True

    def _interrupt_if_asked(self, event) -> None:
        if self._stop_requested:
            event.interrupt()

    def _read(self, values) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        program = self.program
        units = np.zeros((program.n_arcs, len(program.source_names)), dtype=np.int64)
        for a, parts in enumerate(self.funded):
            for source, amount in parts.items():
                units[a, source] = round(_value(amount, values))
        covered = np.array([c is not None and round(values[c.index]) == 1 for c in self.cover],
                           dtype=bool)
        switches = np.array([round(values[v.index]) == 1 for v in self.switch], dtype=bool)
        return units, covered, switches

    def _set_start(self, units: np.ndarray, covered: np.ndarray,
                   switches: np.ndarray) -> None:
        import highspy

        values = np.zeros(self.highs.getNumCol())
        arc_units = units.sum(axis=1)
        for a in range(self.program.n_arcs):
            values[self.use[a].index] = float(arc_units[a] > 0)
            if self.amount[a] is not None:
                values[self.amount[a].index] = float(arc_units[a])
            for source, amount in self.funded[a].items():
                if hasattr(amount, "index"):
                    values[amount.index] = float(units[a, source])
        for i, cover in enumerate(self.cover):
            if cover is not None:
                values[cover.index] = float(covered[i])
        program = self.program
        for a in np.flatnonzero(arc_units > 0):
            person = int(program.arc_person[a])
            if self._groups and (person, int(program.arc_group[a])) in self._groups:
                values[self._groups[(person, int(program.arc_group[a]))].index] = 1.0
            if self._sites and (person, int(program.arc_site[a])) in self._sites:
                values[self._sites[(person, int(program.arc_site[a]))].index] = 1.0
        for a, small in self._small.items():
            if small is not self.use[a]:
                values[small.index] = float(arc_units[a] == 1)
        for k, switch in enumerate(self.switch):
            values[switch.index] = float(switches[k])
        for k, member in enumerate(self.member):
            item = program.switch_members[k]
            values[member.index] = float(covered[item.bundle] and switches[item.switch])
        for bundle, needed in self.demand.items():  # follows from the decisions
            item = next(d for d in program.bundle_demands if d.bundle == bundle)
            total = item.fixed_units + sum(m.units for m in program.switch_members
                                           if m.bundle == bundle and switches[m.switch])
            values[needed.index] = float(-(-item.numerator * total // item.denominator))
        solution = highspy.HighsSolution()
        solution.col_value = values.tolist()
        self.highs.setSolution(solution)


def _value(term, values) -> float:
    """Evaluate a highspy variable or linear expression on a column-value vector."""
    if hasattr(term, "index"):
        return values[term.index]
    if not hasattr(term, "idxs"):
        return float(term)
    constant = term.constant or 0.0
    return sum(c * values[i] for i, c in zip(term.idxs, term.vals, strict=True)) + constant


def new_highs():
    """A silent HiGHS instance; its one-time banner goes to stdout, so hide that too."""
    import highspy

    sys.stdout.flush()
    saved = os.dup(1)
    try:
        with open(os.devnull, "w") as sink:
            os.dup2(sink.fileno(), 1)
            highs = highspy.Highs()
    finally:
        os.dup2(saved, 1)
        os.close(saved)
    highs.silent()
    return highs
