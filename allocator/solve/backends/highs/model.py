"""The allocation program as a HiGHS MIP, kept alive across stages.

The same variables as the CP-SAT model (``backends/cpsat/variables.py``); each rule family of
the registry (``allocator/solve/rules``) adds its own HiGHS constraints. It is the second
opinion the benchmarks and tests compare against, and the prover the driver hands exact
stages to when CP-SAT cannot close them (``allocator/solve/driver.py``).
Solutions travel between the two models as ``(arc_source_units, covered)``, the program's own
solution shape, never as solver variables.
"""

from __future__ import annotations

import math
import os
import sys
import threading
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import numpy as np

from allocator.compile.evaluate import stage_value
from allocator.compile.program import AllocationProgram, Stage
from allocator.solve.backends.base import (
    ImprovementCallback,
    ProgramPlan,
    StageLimit,
    StageResult,
)
from allocator.solve.backends.highs.kernel import kernel_arcs
from allocator.solve.backends.highs.stop import BuildStopped
from allocator.solve.registry import RuleFamily, rule_families
from models.rules import Status

if TYPE_CHECKING:
    from allocator.solve.backends.highs.submodel import RoundModel


@dataclass(frozen=True)
class LinearRelaxation:
    """The LP relaxation's optimum: its value, each arc's ``use`` and reduced cost."""

    objective: float
    use: np.ndarray  # (n_arcs,) each arc's `use` in the LP optimum
    # (n_arcs,) reduced cost of `use`: for an arc the LP leaves out, how much the LP value
    # falls per unit the arc is forced in (<= 0; nearer 0 = nearer to being chosen)
    reduced_cost: np.ndarray


# the kernel gets its own search only when it leaves out more than half of the arcs; nearer
# the whole program (100 schools, stage 2: 84 %) it would only delay the proof
KERNEL_MAX_FRACTION = 0.5


class HighsProgram:
    """Build once; then ``solve_stage`` / ``add_floor`` per lexicographic stage."""

    name = "highs"

    def __init__(self, program: AllocationProgram, threads: int = 1,
                 families: tuple[RuleFamily, ...] | None = None,
                 stop: threading.Event | None = None) -> None:
        self.program = program
        self._build_stop = stop  # set: the build raises BuildStopped (nobody needs it)
        self.highs = new_highs()
        self.threads = max(1, threads)
        self.highs.setOptionValue("threads", self.threads)
        # checked between branch-and-bound steps only: a simplex-level check calls into
        # Python every iteration and cost ~10 % of the run on the 100-school benchmark
        self._stop_requested = False
        self.highs.cbMipInterrupt += self._interrupt_if_asked
        self.impossible = False  # a must-cover instance without any candidate arc
        self._groups: dict[tuple[int, int], Any] = {}
        self._sites: dict[tuple[int, int], Any] = {}
        self._small: dict[int, Any] = {}
        self.demand: dict[int, Any] = {}  # bundle -> its hours when they follow decisions
        self._funding: tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray] | None = None
        self._use_column: np.ndarray | None = None
        self._layout: StartLayout | None = None
        self._rounds: RoundModel | None = None  # neighbourhood rounds' own HiGHS
        # id(stage) -> the stage and its objective's (columns, costs, constant), built on
        # first use (the stage is kept, so that its id is not reused by another)
        self._objectives: dict[int, tuple[Stage, tuple[np.ndarray, np.ndarray, float]]] = {}
        self._build(families)

    def _build(self, families: tuple[RuleFamily, ...] | None) -> None:
        program, highs = self.program, self.highs
        split = program.instance_max_people[program.arc_instance] > 1
        for demand in program.bundle_demands:  # hours follow decisions: see rules/pooling.py
            split |= program.arc_instance == demand.bundle
        eligible_cap = (program.bucket_capacity[program.arc_person] * program.arc_sources).sum(1)
        self.use, self.amount, self.share, self.funded = [], [], [], []
        for a in range(program.n_arcs):
            if a % 1024 == 0:
                self._check_build_stop()
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
        self.cover: list = [highs.addBinary() if len(arcs) else None
                            for arcs in program.arcs_of_instance()]
        self.switch = [highs.addBinary() for _ in program.switch_names]
        self.member = [highs.addBinary() for _ in program.switch_members]
        for family in rule_families() if families is None else families:
            self._check_build_stop()
            family.add_highs(program, self)

    def _check_build_stop(self) -> None:
        if self._build_stop is not None and self._build_stop.is_set():
            raise BuildStopped

    def site_indicators(self) -> dict[tuple[int, int], Any]:
        """One binary per (person, school) worked at: ``use <= at`` (rules/max_schools.py)."""
        from allocator.solve.rules.max_schools import arcs_by_person_site

        if not self._sites:
            self._sites = self._indicators([(key, a) for key, arcs
                                            in arcs_by_person_site(self.program).items()
                                            for a in arcs])
        return self._sites

    def _small_shares(self) -> dict[int, Any]:
        """Per task arc that can carry a 0.5 h share, a term that is 1 when it does."""
        if not self._small:
            program = self.program
            tasks = program.task_arc_mask()
            split = {a: amount for a, amount in enumerate(self.amount)
                     if tasks[a] and amount is not None}
            # amount - 2 use + small >= 0: small is 1 when one unit (0.5 h) is carried
            marks = dict(zip(split, self._new_binaries(len(split)), strict=True))
            columns = np.array([[amount.index, self.use[a].index, marks[a].index]
                                for a, amount in split.items()],
                               dtype=np.int32).reshape(-1, 3)
            self._add_rows(columns, np.array([1.0, -2.0, 1.0]))
            # a one-unit task arc without an amount: its use is the mark
            self._small = {a: marks.get(a, self.use[a]) for a in range(program.n_arcs)
                           if a in marks or (tasks[a] and int(program.arc_units[a]) == 1)}
        return self._small

    def _group_indicators(self) -> dict[tuple[int, int], Any]:
        """One binary per (person, task cluster) worked in: ``use <= in``."""
        program = self.program
        if not self._groups and program.arc_group is not None:
            self._groups = self._indicators([
                ((int(program.arc_person[a]), int(program.arc_group[a])), a)
                for a in range(program.n_arcs)
                if program.arc_group[a] >= 0])  # travel lines belong to no cluster
        return self._groups

    def _indicators(self, rows: list[tuple[Any, int]]) -> dict[Any, Any]:
        """One binary per key, at least the ``use`` of each arc paired with it in ``rows``.

        Added in two calls, not one row at a time: once HiGHS has solved a stage, each
        single added row costs a pass over the model (300 schools: 76,772 rows in 25 s, the
        whole of the preference stage's time at a 60 s limit; now 0.2 s).
        """
        keys = list(dict.fromkeys(key for key, _ in rows))  # in order of first appearance
        indicators = dict(zip(keys, self._new_binaries(len(keys)), strict=True))
        columns = [(indicators[key].index, self.use[a].index) for key, a in rows]
        self._add_rows(np.array(columns, dtype=np.int32).reshape(-1, 2), np.array([1.0, -1.0]))
        return indicators

    def _new_binaries(self, count: int) -> list[Any]:
        """``count`` new binary columns (highspy variables), added in one call."""
        if not count:
            return []
        return list(self.highs.addBinaries(count, out_array=True))

    def _add_rows(self, columns: np.ndarray, coefficients: np.ndarray) -> None:
        """Rows ``sum coefficients[k] * x[columns[r, k]] >= 0``, one per row of ``columns``."""
        count, width = columns.shape
        if not count:
            return
        self.highs.addRows(count, np.zeros(count), np.full(count, math.inf),
                           count * width, np.arange(count, dtype=np.int32) * width,
                           columns.ravel(), np.tile(coefficients, count))

    def expression(self, stage: Stage) -> Any:  # a highspy expression, or None
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
        # qsum, not sum(): Python's sum() copies highspy's expression at every term, which is
        # quadratic: 120 s for the 64,000 arcs of Yagiura's c401600, each time it is set
        return self.highs.qsum(terms) if terms else None

    def add_floor(self, stage: Stage, value: float) -> None:
        """Later stages keep at least ``value`` of ``stage``."""
        expression = self.expression(stage)
        if expression is not None:
            self.highs.addConstr(expression >= round(value))

    def _set_objective(self, stage: Stage) -> bool:
        """Maximise ``stage``; False when the program has no arcs at all.

        The stage's costs are worked out once and kept: building the highspy expression again
        took 0.09 s per solve on 100 schools (a neighbourhood round takes 0.4 s).
        """
        import highspy

        if not self.use:
            return False
        highs, (columns, values, constant) = self.highs, self.stage_costs(stage)
        count = highs.getNumCol()  # indicators a later stage added since are costless here
        highs.changeColsCost(count, np.arange(count, dtype=np.int32), np.zeros(count))
        highs.changeColsCost(len(columns), columns, values)
        highs.changeObjectiveOffset(constant)
        highs.changeObjectiveSense(highspy.ObjSense.kMaximize)
        return True

    def stage_costs(self, stage: Stage) -> tuple[np.ndarray, np.ndarray, float]:
        """The stage objective as (columns, costs, constant), worked out once per stage."""
        kept = self._objectives.get(id(stage))
        if kept is not None and kept[0] is stage:
            return kept[1]
        expression = self.expression(stage)
        if expression is None:
            costs = (np.zeros(0, dtype=np.int32), np.zeros(0), 0.0)
        else:
            columns, values = expression.unique_elements()
            costs = (np.asarray(columns, dtype=np.int32), np.asarray(values, dtype=float),
                     float(expression.constant or 0.0))
        self._objectives[id(stage)] = (stage, costs)
        return costs

    def relaxation(self, stage: Stage, time_limit: float) -> LinearRelaxation | None:
        """The stage's LP relaxation under the floors added so far; None without an LP optimum.

        Solved on a copy of the model, deleted after: HiGHS keeps an LP's memory in the
        instance that solved it (100 schools, preferences: 80 MB, not given back by
        ``clearSolver``), beside the whole search that follows. The copy also holds the LP
        to its own time: the model's instance counts an LP's limit from its run time summed
        over every solve (after 30 s of MIP, a 29 s limit ended the LP before it began).
        """
        import highspy

        if not self._set_objective(stage):
            return None
        copy = new_highs()
        # HiGHS's thread pool is global: every instance must ask for the same thread count
        copy.setOptionValue("threads", self.threads)
        copy.setOptionValue("time_limit", max(0.05, time_limit))
        copy.setOptionValue("solve_relaxation", True)
        copy.passModel(self.highs.getLp())
        copy.run()
        if copy.getModelStatus() != highspy.HighsModelStatus.kOptimal:
            return None
        solution = copy.getSolution()
        columns = np.array([used.index for used in self.use], dtype=np.int64)
        return LinearRelaxation(
            objective=float(copy.getInfo().objective_function_value),
            use=np.asarray(solution.col_value)[columns],
            reduced_cost=np.asarray(solution.col_dual)[columns])

    def kernel(self, stage: Stage, seconds: float) -> np.ndarray | None:
        """The stage's kernel (``kernel.py``) when it is a real restriction, else None.

        A real restriction is a mask over the arcs that leaves out more than
        ``1 - KERNEL_MAX_FRACTION`` of them.
        """
        relaxed = self.relaxation(stage, seconds)
        if relaxed is None or self._stop_requested:
            return None
        mask = kernel_arcs(self.program, relaxed.use, relaxed.reduced_cost)
        return mask if mask.mean() <= KERNEL_MAX_FRACTION else None

    def solve_stage(self, stage: Stage, limit: StageLimit, start: ProgramPlan | None = None,
                    on_improvement: ImprovementCallback | None = None,
                    arcs: np.ndarray | None = None) -> StageResult:
        """Maximise ``stage``; ``start`` is a feasible plan to begin from.

        HiGHS's limits are wall-clock seconds (a deterministic ``limit`` is read as seconds).
        With ``arcs`` (a mask over the program's arcs) only those arcs may be used: the
        result is then the best plan of that restricted program, and its bound holds for the
        restriction only. ``start`` must keep to the mask.
        """
        began = time.perf_counter()
        if arcs is None:
            result = self._solve(stage, limit.seconds, start)
        else:
            closed = np.flatnonzero(~np.asarray(arcs, dtype=bool))
            with self._arcs_closed(closed):
                result = self._solve(stage, limit.seconds, start)
        result.seconds = result.work = time.perf_counter() - began
        if result.plan is not None:
            result.improvements.append((round(result.seconds, 4), result.objective))
            if on_improvement is not None:  # HiGHS reports its plan once, at the end
                on_improvement(result.seconds, result.objective, result.bound)
        return result

    def solve_round(self, stage: Stage, seconds: float, start: ProgramPlan, gap: float,
                    nodes: int, fixed: np.ndarray) -> tuple[StageResult, bool]:
        """One neighbourhood round (``neighbourhood.py``): ``stage`` from ``start``.

        The arcs ``fixed`` (indices) keep ``start``'s use; at most ``nodes`` branch-and-bound
        nodes, at relative gap ``gap``; solved as its own small MIP (``submodel.py``). Also
        whether the clock ended it (the round then depends on the machine's speed).
        """
        from allocator.solve.backends.highs.submodel import RoundModel

        if self._rounds is None:
            self._rounds = RoundModel(self)
        free = np.ones(self.program.n_arcs, dtype=bool)
        free[fixed] = False
        return self._rounds.solve(stage, seconds, start, gap, nodes, free)

    def drop_rounds(self) -> None:
        """Free the neighbourhood rounds' HiGHS instance and matrix (made again if needed)."""
        self._rounds = None

    @contextmanager
    def _arcs_closed(self, arcs: np.ndarray) -> Iterator[None]:
        """The arcs ``arcs`` (indices) closed for a while: their ``use`` fixed to 0."""
        columns = self.use_columns()[arcs]
        zeros = np.zeros(len(columns))
        self.highs.changeColsBounds(len(columns), columns, zeros, zeros)
        try:
            yield
        finally:
            self.highs.changeColsBounds(len(columns), columns, zeros, np.ones(len(columns)))

    def use_columns(self) -> np.ndarray:
        """The HiGHS column of every arc's ``use``."""
        if self._use_column is None:
            self._use_column = np.array([used.index for used in self.use], dtype=np.int32)
        return self._use_column

    def _solve(self, stage: Stage, time_limit: float, start: ProgramPlan | None,
               gap: float | None = None, retry: bool = True) -> StageResult:
        """Maximise ``stage`` from ``start``; the plan's value is counted from the plan.

        HiGHS (1.x) can value a start in its presolved space above what its postsolve returns
        (a 'kies' school's bundle: objective 2 for a plan worth 0; a neighbourhood round on 40
        schools: 29 above). A stage's value becomes the floor of the stages after it, so the
        value is the plan's own, and with ``retry`` a plan HiGHS over-valued from a start is
        searched again without it (the search then returns the plan it values).
        """
        import highspy

        began = time.perf_counter()

        if not self._set_objective(stage):
            # no arcs at all: the empty plan, unless something must be done
            if self.impossible:
                return StageResult(Status.infeasible, 0.0, float("nan"), 0.0, self.name,
                                   details={"highs_status": "empty program"})
            return StageResult(Status.optimal, 0.0, 0.0, 0.0, self.name,
                               plan=ProgramPlan.empty(self.program),
                               details={"highs_status": "empty program"})
        highs = self.highs
        highs.setOptionValue("time_limit", max(0.05, time_limit))
        highs.setOptionValue("mip_rel_gap", gap if gap is not None
                             else stage.relative_gap or 1e-9)
        if start is not None:
            self._set_start(start)
        highs.solve()
        model_status = highs.getModelStatus()
        info = highs.getInfo()
        has_solution = info.primal_solution_status == 2
        status = (Status.optimal if model_status == highspy.HighsModelStatus.kOptimal
                  else Status.infeasible if model_status == highspy.HighsModelStatus.kInfeasible
                  else Status.feasible if has_solution else Status.unknown)
        # a search that ends by proof or by the gap limit reproduces; a time-limited one does not
        ended = status in (Status.optimal, Status.infeasible) and not self._stop_requested
        plan = self.read(highs.getSolution().col_value) if has_solution else None
        objective = stage_value(self.program, stage, plan.units, plan.covered,
                                plan.switches) if plan is not None else 0.0
        # a start kept but cut by the clock before the root LP: no bound yet (HiGHS: infinity)
        bound = float(math.floor(info.mip_dual_bound + 1e-6)) \
            if has_solution and math.isfinite(info.mip_dual_bound) else float("nan")
        if retry and start is not None and plan is not None \
                and objective < info.objective_function_value - 0.5:
            again = self._solve(stage, time_limit - (time.perf_counter() - began), None, gap,
                                retry=False)
            if again.plan is not None and again.objective >= objective:
                if not math.isnan(bound) and not math.isnan(again.bound):
                    again.bound = min(bound, again.bound)
                    if again.bound <= again.objective:
                        again.status = Status.optimal
                return again
        if status is Status.optimal and bound > objective:
            status = Status.feasible  # HiGHS says optimal within mip_rel_gap: not proven
        return StageResult(
            status=status,
            objective=objective,
            bound=bound,
            seconds=0.0, solver=self.name,
            plan=plan,
            details={"highs_status": highs.modelStatusToString(model_status)},
            repeatable=ended)

    @property
    def stop_requested(self) -> bool:
        """Whether a stop was asked for (``stop_search``)."""
        return self._stop_requested

    def stop_search(self) -> None:
        """Ask a running (or the next) solve to stop; safe from another thread."""
        self._stop_requested = True

    def _interrupt_if_asked(self, event: Any) -> None:  # highspy's callback event
        if self._stop_requested:
            event.interrupt()

    def read(self, values: Sequence[float] | np.ndarray) -> ProgramPlan:
        """The plan of a value per column of the model."""
        program = self.program
        units = np.zeros((program.n_arcs, len(program.source_names)), dtype=np.int64)
        arcs, sources, columns, factors = self.funding_columns()
        solution = np.asarray(values, dtype=float)
        units[arcs, sources] = np.rint(factors * solution[columns]).astype(np.int64)
        covered = np.array([c is not None and round(values[c.index]) == 1 for c in self.cover],
                           dtype=bool)
        switches = np.array([round(values[v.index]) == 1 for v in self.switch], dtype=bool)
        return ProgramPlan(units, covered, switches)

    def funding_columns(self) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
        """Per funded (arc, source): the one column that carries it and its factor.

        Every funded amount is one variable (an amount, a part) or ``units * use``; reading
        plans through these arrays, not term by term, is what keeps a neighbourhood round
        short.
        """
        if self._funding is None:
            rows: list[tuple[int, int, int, float]] = []
            for a, parts in enumerate(self.funded):
                for source, amount in parts.items():
                    if hasattr(amount, "index"):
                        rows.append((a, source, amount.index, 1.0))
                    else:
                        (column,), (factor,) = amount.idxs, amount.vals
                        rows.append((a, source, int(column), float(factor)))
            table = np.array(rows, dtype=float).reshape(-1, 4)
            self._funding = (table[:, 0].astype(np.int64), table[:, 1].astype(np.int64),
                             table[:, 2].astype(np.int64), table[:, 3])
        return self._funding

    def _set_start(self, start: ProgramPlan) -> None:
        import highspy

        solution = highspy.HighsSolution()
        solution.col_value = self.start_values(start).tolist()
        self.highs.setSolution(solution)

    def start_values(self, start: ProgramPlan) -> np.ndarray:
        """The value of every column of the model in the plan ``start``."""
        units, covered, switches = start.units, start.covered, start.switches
        values = np.zeros(self.highs.getNumCol())
        arc_units = units.sum(axis=1)
        values[self.use_columns()] = arc_units > 0
        arcs, sources, columns, factors = self.funding_columns()
        values[columns] = units[arcs, sources] / factors  # a `units * use` share: use in 0/1
        layout = self.start_layout()
        values[layout.amount_columns] = arc_units[layout.amount_arcs]
        values[layout.cover_columns] = covered[layout.cover_instances]
        used = arc_units[layout.indicator_arcs] > 0
        values[layout.indicator_columns[used]] = 1.0
        values[layout.small_columns] = arc_units[layout.small_arcs] == 1
        program = self.program
        for k, switch in enumerate(self.switch):
            values[switch.index] = float(switches[k])
        for k, member in enumerate(self.member):
            item = program.switch_members[k]
            values[member.index] = float(covered[item.bundle] and switches[item.switch])
        for bundle, needed in self.demand.items():  # follows from the decisions
            demand = next(d for d in program.bundle_demands if d.bundle == bundle)
            total = demand.fixed_units + sum(m.units for m in program.switch_members
                                             if m.bundle == bundle and switches[m.switch])
            values[needed.index] = float(-(-demand.numerator * total // demand.denominator))
        return values

    def start_layout(self) -> StartLayout:
        """Where a start's values go (columns per arc or instance), worked out once.

        Again when the preference stage's indicators appear: a neighbourhood round sets a
        start each time, and a loop over the arcs cost 24 ms of a 0.3 s round on 100 schools.
        """
        made = (len(self._groups), len(self._sites), len(self._small))
        if self._layout is not None and self._layout.made == made:
            return self._layout
        program = self.program
        amounts = [(a, amount.index) for a, amount in enumerate(self.amount)
                   if amount is not None]
        covers = [(i, cover.index) for i, cover in enumerate(self.cover) if cover is not None]
        indicators = []  # (arc, column of an indicator its use sets to 1)
        for a in range(program.n_arcs):
            person = int(program.arc_person[a])
            if self._groups and program.arc_group is not None:
                group = self._groups.get((person, int(program.arc_group[a])))
                if group is not None:
                    indicators.append((a, group.index))
            if self._sites and program.arc_site is not None:
                site = self._sites.get((person, int(program.arc_site[a])))
                if site is not None:
                    indicators.append((a, site.index))
        smalls = [(a, small.index) for a, small in self._small.items()
                  if small is not self.use[a]]

        def pairs(rows: list[tuple[int, int]]) -> tuple[np.ndarray, np.ndarray]:
            table = np.array(rows, dtype=np.int64).reshape(-1, 2)
            return table[:, 0], table[:, 1]

        self._layout = StartLayout(made, *pairs(amounts), *pairs(covers), *pairs(indicators),
                                    *pairs(smalls))
        return self._layout


@dataclass(frozen=True)
class StartLayout:
    """Per kind of column a start sets: the arc (or instance) and the column, as arrays."""

    made: tuple[int, int, int]  # how many group, site and small-share terms existed
    amount_arcs: np.ndarray
    amount_columns: np.ndarray
    cover_instances: np.ndarray
    cover_columns: np.ndarray
    indicator_arcs: np.ndarray
    indicator_columns: np.ndarray
    small_arcs: np.ndarray
    small_columns: np.ndarray


def new_highs() -> Any:  # highspy.Highs (highspy has no type information)
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
