"""Lagrangian bound and exact arc fixing for programs that are plain assignments (GAP shape).

A program is a plain assignment when every instance must be covered by exactly one arc, each
person has one capacity bucket that the arcs' units fill, and the stage values arcs only
(``compile/gap.py`` builds exactly this; school groups never are). Dualising "exactly one
arc per instance" with multipliers ``u`` leaves one 0-1 knapsack per person, solved exactly by
dynamic programming over the (small, integer) capacities:

    L(u) = sum_j u_j + sum_p max { sum_a (w_a - u_j(a)) x_a : sum_a units_a x_a <= cap_p }

is an upper bound on the stage value for every ``u`` (at least as tight as the LP bound at
the LP's duals), improved by subgradient steps. With an incumbent of value ``I``, an arc whose
bound when forced into its person's knapsack is below ``I + 1`` lies in no plan better than
the incumbent (stage values are integers): it can be left out without losing any better plan
(Lagrangian variable fixing, e.g. Posta, Ferland & Michelon 2012). The program over the arcs
that survive, plus the incumbent's arcs, holds the incumbent and every better plan, so a MIP's
bound on it is a bound on the whole program: unlike a kernel (``backends/highs/kernel.py``),
its proofs count.

The same test against a *target* ``T`` between the incumbent and the bound gives a smaller
program that holds every plan worth at least ``T`` (``reaching``). Solved with the row
"value >= T" (``solve_target``), it either finds the optimum of the whole program (its own
optimum is at least ``T``) or proves that none reaches ``T`` (the bound drops to ``T - 1``).
Widening the target from the bound down (the driver's ``_target_steps``) proves plans whose
whole fixed program is too large to prove: Yagiura's e20100 keeps 708 of 2000 arcs against
its incumbent 8452, but 483 against the target 8438, whose program HiGHS solves to the
optimum 8436 in 12 s.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Literal

import numpy as np

from allocator.compile.program import AllocationProgram, InstanceKind, Stage
from allocator.solve.backends.base import ProgramPlan

_NEG = -1e18
# the fixing test needs a (jobs x people x capacity) table; above this many entries (8 bytes
# each) only the bound is computed
MAX_FIXING_TABLE = 6_000_000
# a forced bound this close below I + 1 still keeps the arc (float sums of integer values)
TOLERANCE = 1e-6


def is_plain_assignment(program: AllocationProgram, stage: Stage) -> bool:
    """Whether ``program`` is a plain assignment for ``stage`` (GAP shape).

    Every instance needs exactly one arc, one capacity per person, the stage values arcs
    only, and nothing else constrains the plan (no pins, pooling, caps, travel, groups).
    """
    if len(program.source_names) != 1 or program.n_arcs == 0 or stage.arc_weight is None:
        return False
    if not (np.all(program.instance_max_people == 1) and np.all(program.instance_must_cover)
            and np.all(program.instance_kind == InstanceKind.job)
            and np.all(program.person_max_tasks < 0) and np.all(program.arc_sources[:, 0])):
        return False
    if (program.pins or program.bundles or program.bundle_demands or program.switch_names
            or program.caps or program.travel or program.arc_group is not None
            or program.arc_site is not None or program.person_max_schools is not None):
        return False
    others = (stage.instance_weight, stage.source_unit_weight, stage.switch_weight,
              stage.member_weight)
    if any(w is not None and np.any(w) for w in others):
        return False
    return not (stage.group_weight or stage.site_weight or stage.small_share_weight)


@dataclass
class FixingResult:
    """Arcs that may lie in a plan better than the incumbent (plus the incumbent's own)."""

    keep: np.ndarray  # (n_arcs,) bool
    bound: float  # the Lagrangian upper bound used


class AssignmentBound:
    """The Lagrangian dual of a plain assignment program, improved on demand."""

    def __init__(self, program: AllocationProgram, stage: Stage) -> None:
        assert stage.arc_weight is not None
        people, jobs = program.n_people, program.n_instances
        self.person = program.arc_person.astype(np.int64)
        self.job = program.arc_instance.astype(np.int64)
        self.capacity = program.bucket_capacity[:, 0].astype(np.int64).clip(min=0)
        self.value = np.full((people, jobs), _NEG)
        self.value[self.person, self.job] = stage.arc_weight.astype(float)
        # an arc that is not there weighs more than any capacity: never fits
        self.units = np.full((people, jobs), int(self.capacity.max()) + 1, dtype=np.int64)
        self.units[self.person, self.job] = program.arc_units.astype(np.int64)
        present = np.zeros((people, jobs), dtype=bool)
        present[self.person, self.job] = True
        self.present = present
        best = np.where(present, self.value, _NEG).max(axis=0)
        self.u = np.where(np.isfinite(best) & (best > _NEG / 2), best, 0.0)
        self.bound = float("inf")  # best L(u) so far
        self.best_u = self.u.copy()
        self.iterations = 0
        self._step, self._stall = 2.0, 0
        self._forced: tuple[np.ndarray, np.ndarray] | None = None

    def start_from_lp(self, seconds: float) -> float | None:
        """Start the multipliers at the LP relaxation's duals of "one arc per instance".

        L(u) there is at least the LP bound, so the subgradient steps begin where the LP ends
        (d20200: 21 steps from the naive start reach a bound far below the LP's). Returns
        the LP's value, None when HiGHS gives no optimum in ``seconds``.
        """
        import highspy

        people, jobs = self.value.shape
        highs = _assignment_highs(self.job, self.person, self.units[self.person, self.job],
                                  self.value[self.person, self.job], self.capacity, jobs,
                                  people, seconds)
        highs.run()
        if highs.getModelStatus() != highspy.HighsModelStatus.kOptimal:
            return None
        duals = np.asarray(highs.getSolution().row_dual[:jobs])
        # the sign convention of duals in a maximisation: take whichever bounds lower
        for u in (duals, -duals):
            best, _ = self._knapsacks(u)
            value = float(u.sum() + best.sum())
            if value < self.bound:
                self.bound, self.best_u, self.u = value, u.copy(), u.copy()
        self._step = 0.5
        return float(highs.getInfo().objective_function_value)

    def _knapsacks(self, u: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """Per person the best knapsack profit and the jobs it takes, under multipliers u."""
        profit = self.value - u[None, :]
        people, jobs = profit.shape
        cap = self.capacity
        columns = np.arange(int(cap.max()) + 1)
        rows = np.arange(people)[:, None]
        dp = np.zeros((people, len(columns)))
        took = np.zeros((jobs, people, len(columns)), dtype=bool)
        for j in range(jobs):
            p, w = profit[:, j], self.units[:, j]
            source = columns[None, :] - w[:, None]
            candidate = np.where((source >= 0) & (p[:, None] > 0),
                                 dp[rows, np.maximum(source, 0)] + p[:, None], _NEG)
            took[j] = candidate > dp
            np.maximum(dp, candidate, out=dp)
        everyone = np.arange(people)
        best = dp[everyone, cap]
        take = np.zeros((people, jobs), dtype=bool)
        left = cap.copy()
        for j in range(jobs - 1, -1, -1):
            taken = took[j, everyone, left]
            take[:, j] = taken
            left = left - np.where(taken, self.units[:, j], 0)
        return best, take

    def improve(self, incumbent: float, seconds: float, max_iterations: int = 400) -> float:
        """Subgradient steps for at most ``seconds``; returns the best bound so far.

        ``incumbent`` is the value of a known plan (the Polyak step aims at it).
        """
        deadline = time.perf_counter() + seconds
        u = self.u
        while self.iterations < max_iterations and time.perf_counter() < deadline:
            self.iterations += 1
            best, take = self._knapsacks(u)
            value = float(u.sum() + best.sum())
            if value < self.bound - 1e-9:
                self.bound, self.best_u, self._stall = value, u.copy(), 0
            else:
                self._stall += 1
                if self._stall >= 15:
                    self._step, self._stall = self._step / 2, 0
            if self.bound < incumbent + 1 - TOLERANCE or self._step < 1e-4:
                break
            slack = 1 - take.sum(axis=0)
            norm = float(slack @ slack)
            if norm == 0:  # the knapsacks' choice is a plan: L(u) is its value, optimal
                break
            u = u - self._step * max(value - incumbent, 1e-3) / norm * slack
        self.u = u
        return self.bound

    @staticmethod
    def can_fix(program: AllocationProgram) -> bool:
        """Whether the program is small enough for the fixing table (``MAX_FIXING_TABLE``)."""
        capacity = int(program.bucket_capacity[:, 0].max(initial=0)) + 1
        return program.n_instances * program.n_people * capacity <= MAX_FIXING_TABLE

    def forced_bounds(self) -> np.ndarray | None:
        """Per arc, the Lagrangian bound on every plan that uses it.

        At the best multipliers so far; None when the table this needs is too large or there
        is no bound yet.
        """
        people, jobs = self.value.shape
        columns = np.arange(int(self.capacity.max()) + 1)
        if jobs * people * len(columns) > MAX_FIXING_TABLE or not np.isfinite(self.bound):
            return None
        if self._forced is not None and self._forced[0] is self.best_u:
            return self._forced[1]
        profit = self.value - self.best_u[None, :]
        rows, everyone, cap = np.arange(people)[:, None], np.arange(people), self.capacity
        # prefix[j]: best profit over jobs < j per person and capacity ("weight <= c")
        prefix = np.zeros((jobs + 1, people, len(columns)))
        dp = np.zeros((people, len(columns)))
        for j in range(jobs):
            prefix[j] = dp
            dp = self._add(dp, profit[:, j], self.units[:, j], columns, rows)
        prefix[jobs] = dp
        best = dp[everyone, cap]
        forced = np.full((people, jobs), _NEG)
        suffix = np.zeros((people, len(columns)))  # best profit over jobs > j
        for j in range(jobs - 1, -1, -1):
            rest = cap - self.units[:, j]
            split = rest[:, None] - columns[None, :]
            combined = np.where(split >= 0,
                                prefix[j] + suffix[rows, np.maximum(split, 0)], _NEG).max(axis=1)
            forced[:, j] = np.where(rest >= 0, profit[:, j] + combined, _NEG)
            suffix = self._add(suffix, profit[:, j], self.units[:, j], columns, rows)
        bounds = (self.bound - best[:, None] + forced)[self.person, self.job]
        self._forced = (self.best_u, bounds)
        return bounds

    def fixing(self, incumbent: float, incumbent_arcs: np.ndarray) -> FixingResult | None:
        """The arcs that survive Lagrangian fixing against ``incumbent``, plus its own.

        At the best multipliers so far; ``incumbent_arcs`` are always kept. None when the
        table is too large.
        """
        bounds = self.forced_bounds()
        if bounds is None:
            return None
        keep = (bounds >= incumbent + 1 - TOLERANCE) | np.asarray(incumbent_arcs, dtype=bool)
        return FixingResult(keep=keep, bound=self.bound)

    def reaching(self, target: float) -> np.ndarray | None:
        """Mask over the arcs: those that may lie in a plan worth at least ``target``.

        None when the fixing table is too large.
        """
        bounds = self.forced_bounds()
        return None if bounds is None else bounds >= target - TOLERANCE

    @staticmethod
    def _add(dp: np.ndarray, profit: np.ndarray, units: np.ndarray, columns: np.ndarray,
             rows: np.ndarray) -> np.ndarray:
        """The table ``dp`` with one more optional item per person (at a positive profit)."""
        source = columns[None, :] - units[:, None]
        candidate = np.where((source >= 0) & (profit[:, None] > 0),
                             dp[rows, np.maximum(source, 0)] + profit[:, None], _NEG)
        return np.maximum(dp, candidate)


def assignment_plan(program: AllocationProgram, arcs: np.ndarray) -> ProgramPlan:
    """The plan of a plain assignment that uses ``arcs`` (indices or a mask), each in full."""
    units = np.zeros((program.n_arcs, 1), dtype=np.int64)
    units[arcs, 0] = program.arc_units[arcs]
    return ProgramPlan(units, np.ones(program.n_instances, dtype=bool),
                       np.zeros(program.n_switches, dtype=bool))


@dataclass
class TargetResult:
    """What a target program (``solve_target``) says about the whole program."""

    # optimal: ``arcs`` is an optimal plan of the whole program; infeasible: no plan reaches
    # the target; open: the time ran out (``arcs`` may still be a plan reaching the target)
    status: Literal["optimal", "infeasible", "open"]
    arcs: np.ndarray | None  # indices of the plan's arcs, one per instance
    seconds: float


def solve_target(program: AllocationProgram, stage: Stage, keep: np.ndarray, target: int,
                 seconds: float, stopped: Callable[[], bool]) -> TargetResult:
    """The best plan over the arcs ``keep`` that is worth at least ``target``, by HiGHS.

    ``keep`` must hold every arc of every plan worth at least ``target`` (``reaching``): then
    an optimum here is the whole program's, and "infeasible" bounds the whole program below
    ``target``. A small model of its own, over the kept arcs only; without the target row
    HiGHS took 28-34 s instead of 7-10 s on the same restrictions of e20100.
    """
    import highspy

    assert stage.arc_weight is not None
    began = time.perf_counter()
    arcs = np.flatnonzero(keep)
    if len(np.unique(program.arc_instance[arcs])) < program.n_instances:
        # an instance with no arc left: no plan reaches the target (with no arc at all,
        # HiGHS calls the model empty rather than infeasible)
        return TargetResult("infeasible", None, time.perf_counter() - began)
    highs = _assignment_highs(program.arc_instance[arcs], program.arc_person[arcs],
                              program.arc_units[arcs], stage.arc_weight[arcs],
                              program.bucket_capacity[:, 0], program.n_instances,
                              program.n_people, seconds, target=target)
    highs.setOptionValue("mip_rel_gap", 0.0)

    def interrupt(event: object) -> None:  # highspy's callback event
        if stopped():
            event.interrupt()  # type: ignore[attr-defined]

    highs.cbMipInterrupt += interrupt
    highs.run()
    model_status = highs.getModelStatus()
    plan = None
    if highs.getInfo().primal_solution_status == 2:
        values = np.asarray(highs.getSolution().col_value)
        plan = arcs[values > 0.5]
    status: Literal["optimal", "infeasible", "open"] = (
        "optimal" if model_status == highspy.HighsModelStatus.kOptimal and plan is not None
        # the columns are bounded binaries: "unbounded or infeasible" is infeasible
        else "infeasible" if model_status in (highspy.HighsModelStatus.kInfeasible,
                                              highspy.HighsModelStatus.kUnboundedOrInfeasible)
        else "open")
    return TargetResult(status, plan, time.perf_counter() - began)


def _assignment_highs(job: np.ndarray, person: np.ndarray, units: np.ndarray,
                      weight: np.ndarray, capacity: np.ndarray, jobs: int, people: int,
                      seconds: float, target: int | None = None) -> Any:  # highspy.Highs
    """HiGHS holding "one arc per job, capacities kept, maximise the weight" over the arcs.

    The LP relaxation without ``target``; with it, the 0-1 program and the row
    "weight >= target".
    """
    import highspy

    from allocator.solve.backends.highs.model import new_highs

    count = len(job)
    per_column = 2 if target is None else 3
    lp = highspy.HighsLp()
    lp.num_col_, lp.num_row_ = count, jobs + people + (target is not None)
    lp.sense_ = highspy.ObjSense.kMaximize
    weight = np.asarray(weight, dtype=float)
    lp.col_cost_ = weight
    lp.col_lower_, lp.col_upper_ = np.zeros(count), np.ones(count)
    lower = [np.ones(jobs), np.full(people, -highspy.kHighsInf)]
    upper = [np.ones(jobs), np.asarray(capacity, dtype=float)]
    if target is not None:
        lp.integrality_ = [highspy.HighsVarType.kInteger] * count
        lower.append(np.array([float(target)]))
        upper.append(np.array([highspy.kHighsInf]))
    lp.row_lower_, lp.row_upper_ = np.concatenate(lower), np.concatenate(upper)
    lp.a_matrix_.format_ = highspy.MatrixFormat.kColwise
    lp.a_matrix_.start_ = np.arange(0, per_column * count + 1, per_column, dtype=np.int32)
    rows = np.empty(per_column * count, dtype=np.int32)
    entries = np.empty(per_column * count)
    rows[0::per_column], rows[1::per_column] = job, jobs + person
    entries[0::per_column], entries[1::per_column] = 1.0, units
    if target is not None:
        rows[2::per_column], entries[2::per_column] = jobs + people, weight
    lp.a_matrix_.index_, lp.a_matrix_.value_ = rows, entries
    highs = new_highs()
    # HiGHS's thread pool is global: a first solve with another thread count than the
    # engine's HighsProgram (1) makes every later solve fail ("Not Set")
    highs.setOptionValue("threads", 1)
    highs.setOptionValue("time_limit", max(0.05, seconds))
    highs.passModel(lp)
    return highs
