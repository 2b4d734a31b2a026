"""A second backend: the whole allocation program solved by HiGHS, stage by stage.

The model itself is :class:`allocator.solve.backends.highs.model.HighsProgram`; this module runs every
stage on it alone, as ``solve --backend highs`` and the benchmarks' MIP peer do.
"""

from __future__ import annotations

import time

import numpy as np

from allocator.compile.program import AllocationProgram, ProgramSolution
from allocator.solve.backends.highs.model import HighsProgram


def solve_highs(program: AllocationProgram, time_limit: float = 60.0,
                threads: int = 1) -> ProgramSolution:
    started = time.perf_counter()
    model = HighsProgram(program, threads=threads)
    if model.impossible:
        return _empty(program, "infeasible", started)
    reports: list[dict] = []
    last: tuple[np.ndarray, np.ndarray, np.ndarray] | None = None
    status = "unknown"
    for stage in program.stages:
        result = model.solve_stage(stage, time_limit - (time.perf_counter() - started))
        reports.append({"name": stage.name, "status": result.status,
                        "objective": result.objective, "bound": result.bound,
                        "seconds": round(time.perf_counter() - started, 3),
                        "highs_status": result.highs_status})
        if result.units is None:
            status = "infeasible" if result.status == "infeasible" else "unknown"
            break
        last = (result.units, result.covered, result.switches)
        model.add_floor(stage, result.objective)
    if last is None:
        return _empty(program, status, started, reports)
    exact = all(r["status"] == "optimal" for r, s in zip(reports, program.stages, strict=False)
                if not s.relative_gap)
    return ProgramSolution(arc_source_units=last[0], covered=last[1], switches=last[2],
                           stage_reports=reports,
                           status="optimal" if exact and len(reports) == len(program.stages)
                           else "feasible", seconds=time.perf_counter() - started)


def _empty(program: AllocationProgram, status: str, started: float,
           reports: list[dict] | None = None) -> ProgramSolution:
    return ProgramSolution(
        arc_source_units=np.zeros((program.n_arcs, len(program.source_names)), dtype=np.int64),
        covered=np.zeros(program.n_instances, dtype=bool), stage_reports=reports or [],
        status=status, seconds=time.perf_counter() - started)
