"""A neighbourhood round as its own small MIP, cut out of the whole HiGHS model.

A round (``neighbourhood.py``) frees the arcs of a few people and keeps the rest of the plan.
Fixing the rest by column bounds and solving the whole model made HiGHS presolve all of it
every round (100 schools: 0.3 s a round, most of it presolve). Here the round's columns are
taken out of the model's matrix instead: the freed arcs' use, hours and funding, the cover of
the instances they could do, and the indicators (a person's schools and task clusters) they
touch. Every other column keeps its value in the start plan and moves into the rows' bounds;
rows left without a free column hold already (the start is a plan) and are dropped. The small
MIP goes to a second HiGHS instance, and its solution, put back beside the fixed values, is
checked against every row of the whole model before it is used.

Pooling decisions (switches, their members and the hours they bring) stay as in the start:
a round re-plans people, not pooling.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np
from scipy import sparse

from allocator.compile.evaluate import stage_value
from allocator.compile.program import Stage
from allocator.solve.backends.base import ProgramPlan, StageResult
from models.rules import Status

if TYPE_CHECKING:
    from allocator.solve.backends.highs.model import HighsProgram

# a row of the whole model may miss its bounds by this much in a round's plan (HiGHS's own
# primal feasibility tolerance is 1e-7 on values that are integers here)
ROW_TOLERANCE = 1e-6


class RoundModel:
    """Cuts rounds out of one :class:`HighsProgram` and solves them on a second HiGHS."""

    def __init__(self, mip: HighsProgram) -> None:
        from allocator.solve.backends.highs.model import new_highs

        self.mip = mip
        self.highs = new_highs()
        self.highs.setOptionValue("threads", 1)
        self._shape: tuple[int, int] | None = None
        self._matrix: sparse.csc_matrix | None = None
        self._bounds: tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray] | None = None
        self._integral: np.ndarray | None = None

    def _snapshot(self) -> tuple[sparse.csc_matrix, tuple[np.ndarray, ...], np.ndarray]:
        """The whole model's matrix, bounds and integrality, read again when it grew."""
        highs = self.mip.highs
        shape = (highs.getNumRow(), highs.getNumCol())
        if self._shape != shape or self._matrix is None:
            lp = highs.getLp()
            matrix = lp.a_matrix_
            start = np.asarray(matrix.start_, dtype=np.int64)
            index = np.asarray(matrix.index_, dtype=np.int64)
            value = np.asarray(matrix.value_, dtype=float)
            if int(matrix.format_) == 1:  # column-wise
                self._matrix = sparse.csc_matrix((value, index, start), shape=shape)
            else:
                self._matrix = sparse.csr_matrix((value, index, start), shape=shape).tocsc()
            self._bounds = (np.asarray(lp.row_lower_, dtype=float),
                            np.asarray(lp.row_upper_, dtype=float),
                            np.asarray(lp.col_lower_, dtype=float),
                            np.asarray(lp.col_upper_, dtype=float))
            self._integral = np.array([int(kind) for kind in lp.integrality_], dtype=np.int32) \
                if len(lp.integrality_) else np.zeros(shape[1], dtype=np.int32)
            self._shape = shape
        assert self._matrix is not None and self._bounds is not None
        assert self._integral is not None
        return self._matrix, self._bounds, self._integral

    def free_columns(self, free_arcs: np.ndarray, columns: int) -> np.ndarray:
        """The columns a round may change when the arcs ``free_arcs`` (a mask) are freed."""
        mip, program = self.mip, self.mip.program
        free = np.zeros(columns, dtype=bool)
        free[mip.use_columns()[free_arcs]] = True
        arcs, _, funded, _ = mip.funding_columns()
        free[funded[free_arcs[arcs]]] = True
        layout = mip.start_layout()
        free[layout.amount_columns[free_arcs[layout.amount_arcs]]] = True
        free[layout.small_columns[free_arcs[layout.small_arcs]]] = True
        free[layout.indicator_columns[free_arcs[layout.indicator_arcs]]] = True
        touched = np.zeros(program.n_instances, dtype=bool)
        touched[program.arc_instance[free_arcs]] = True
        free[layout.cover_columns[touched[layout.cover_instances]]] = True
        return free

    def solve(self, stage: Stage, seconds: float, start: ProgramPlan, gap: float, nodes: int,
              free_arcs: np.ndarray) -> tuple[StageResult, bool]:
        """Maximise ``stage`` over the freed arcs from ``start``; also whether the clock ended it.

        The result's plan is the whole plan (the start outside the round); its bound holds
        for the round only.
        """
        import highspy

        # the stage's costs first: they add its indicators to the model on first use
        columns, costs, constant = self.mip.stage_costs(stage)
        matrix, (row_lower, row_upper, col_lower, col_upper), integral = self._snapshot()
        values = self.mip.start_values(start)
        free = self.free_columns(np.asarray(free_arcs, dtype=bool), len(values))
        cost = np.zeros(len(values))
        cost[columns] = costs
        fixed_values = np.where(free, 0.0, values)
        activity = matrix @ fixed_values  # what the fixed columns put in each row
        sub = matrix[:, free]
        rows = np.unique(sub.indices)  # the rows a free column is in (CSC: row indices)
        sub = sub[rows, :].tocsc()
        highs = self.highs
        highs.passModel(
            int(free.sum()), len(rows), int(sub.nnz), 1, int(highspy.ObjSense.kMaximize),
            float(constant + cost @ fixed_values), cost[free], col_lower[free], col_upper[free],
            row_lower[rows] - activity[rows], row_upper[rows] - activity[rows],
            sub.indptr.astype(np.int32), sub.indices.astype(np.int32),
            sub.data.astype(float), integral[free])
        highs.setOptionValue("time_limit", max(0.05, seconds))
        highs.setOptionValue("mip_rel_gap", gap)
        highs.setOptionValue("mip_max_nodes", nodes)
        solution = highspy.HighsSolution()
        solution.col_value = values[free].tolist()
        highs.setSolution(solution)
        highs.run()
        clock = highs.getModelStatus() == highspy.HighsModelStatus.kTimeLimit
        found = highs.getInfo().primal_solution_status == 2
        plan = None
        if found:
            whole = values.copy()
            whole[free] = np.asarray(highs.getSolution().col_value, dtype=float)
            whole[integral > 0] = np.rint(whole[integral > 0])
            plan = self._plan_if_feasible(whole)
        if plan is None:
            return StageResult(Status.unknown, 0.0, float("nan"), 0.0, "highs"), clock
        objective = stage_value(self.mip.program, stage, plan.units, plan.covered,
                                plan.switches)
        return StageResult(Status.feasible, objective, float("nan"), 0.0, "highs",
                           plan=plan), clock

    def _plan_if_feasible(self, values: np.ndarray) -> ProgramPlan | None:
        """The plan of ``values`` when they keep to every row and bound of the whole model."""
        matrix, (row_lower, row_upper, col_lower, col_upper), _ = self._snapshot()
        activity = matrix @ values
        if np.any(activity < row_lower - ROW_TOLERANCE) \
                or np.any(activity > row_upper + ROW_TOLERANCE) \
                or np.any(values < col_lower - ROW_TOLERANCE) \
                or np.any(values > col_upper + ROW_TOLERANCE):
            return None
        return self.mip.read(values)

