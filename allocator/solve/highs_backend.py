"""A second backend: the same allocation program as a MIP, solved by HiGHS stage by stage.

Same variables and rule families as the CP-SAT model (see ``variables.py`` and ``rules/``),
written as linear constraints. Used as a peer in benchmarks and as a cross-check.
"""

from __future__ import annotations

import math
import os
import sys
import time
from collections import defaultdict

import numpy as np

from allocator.compile.program import AllocationProgram, ProgramSolution


def solve_highs(program: AllocationProgram, time_limit: float = 60.0,
                threads: int = 1) -> ProgramSolution:
    import highspy

    started = time.perf_counter()
    highs = new_highs()
    highs.setOptionValue("threads", threads)
    split = program.instance_max_people[program.arc_instance] > 1
    eligible_cap = (program.bucket_capacity[program.arc_person] * program.arc_sources).sum(1)
    use, share, funded = [], [], []
    for a in range(program.n_arcs):
        used = highs.addBinary()
        use.append(used)
        units = int(program.arc_units[a])
        if split[a] and units > 1:
            amount = highs.addIntegral(lb=0, ub=int(min(units, eligible_cap[a])))
            highs.addConstr(amount - used >= 0)
            highs.addConstr(amount - int(min(units, eligible_cap[a])) * used <= 0)
            arc_share = amount
        else:
            if units > eligible_cap[a]:
                highs.addConstr(used <= 0)
            arc_share = units * used
        share.append(arc_share)
        sources = np.flatnonzero(program.arc_sources[a])
        if len(sources) == 1:
            funded.append({int(sources[0]): arc_share})
        else:
            parts = {int(s): highs.addIntegral(lb=0, ub=int(min(
                units, program.bucket_capacity[program.arc_person[a], s]))) for s in sources}
            highs.addConstr(sum(parts.values()) - arc_share == 0)
            funded.append(parts)
    cover: list = [None] * program.n_instances
    for i, arcs in enumerate(program.arcs_of_instance()):
        if not len(arcs):
            if program.instance_must_cover[i]:
                return _empty(program, "infeasible", started)
            continue
        cover[i] = highs.addBinary()
        if program.instance_max_people[i] == 1:
            highs.addConstr(sum(use[a] for a in arcs) - cover[i] == 0)
        else:
            highs.addConstr(sum(share[a] for a in arcs)
                            - int(program.instance_units[i]) * cover[i] == 0)
            highs.addConstr(sum(use[a] for a in arcs) <= int(program.instance_max_people[i]))
        if program.instance_must_cover[i]:
            highs.addConstr(cover[i] >= 1)
    buckets = defaultdict(list)
    for a, parts in enumerate(funded):
        for source, amount in parts.items():
            buckets[(int(program.arc_person[a]), source)].append(amount)
    for (person, source), amounts in buckets.items():
        highs.addConstr(sum(amounts) <= int(program.bucket_capacity[person, source]))
    for bundle, members in program.bundles:
        for member in members:
            if cover[bundle] is not None and cover[int(member)] is not None:
                highs.addConstr(cover[bundle] + cover[int(member)] <= 1)
    for person, arcs in enumerate(program.arcs_of_person()):
        limit = int(program.person_max_tasks[person])
        if limit >= 0 and len(arcs) > limit:
            highs.addConstr(sum(use[a] for a in arcs) <= limit)
    for pin in program.pins:
        highs.addConstr(use[pin.arc] >= 1)
        if pin.units is not None:
            highs.addConstr(share[pin.arc] == pin.units)
        if pin.source is not None:
            for source, amount in funded[pin.arc].items():
                if source != pin.source:
                    highs.addConstr(amount <= 0)

    groups: dict[tuple[int, int], object] = {}
    reports: list[dict] = []
    found = False
    status = "unknown"
    for stage in program.stages:
        terms = []
        if stage.instance_weight is not None:
            terms += [int(w) * c for w, c in zip(stage.instance_weight, cover, strict=True)
                      if w and c is not None]
        if stage.arc_weight is not None:
            terms += [int(w) * u for w, u in zip(stage.arc_weight, use, strict=True) if w]
        if stage.source_unit_weight is not None:
            for parts in funded:
                terms += [int(stage.source_unit_weight[s]) * v for s, v in parts.items()
                          if stage.source_unit_weight[s]]
        if stage.group_weight and program.arc_group is not None:
            if not groups:
                for a in range(program.n_arcs):
                    key = (int(program.arc_person[a]), int(program.arc_group[a]))
                    if key not in groups:
                        groups[key] = highs.addBinary()
                    highs.addConstr(groups[key] - use[a] >= 0)
            terms += [stage.group_weight * g for g in groups.values()]
        remaining = time_limit - (time.perf_counter() - started)
        highs.setOptionValue("time_limit", max(0.05, remaining))
        highs.setOptionValue("mip_rel_gap", stage.relative_gap or 1e-9)
        if not terms:
            terms = [0 * use[0]] if use else []
        if not terms:
            break
        expression = sum(terms)
        highs.maximize(expression)
        model_status = highs.getModelStatus()
        info = highs.getInfo()
        has_solution = info.primal_solution_status == 2
        name = highs.modelStatusToString(model_status)
        stage_status = ("optimal" if model_status == highspy.HighsModelStatus.kOptimal
                        else "infeasible" if model_status == highspy.HighsModelStatus.kInfeasible
                        else "feasible" if has_solution else "unknown")
        reports.append({"name": stage.name, "status": stage_status,
                        "objective": float(round(info.objective_function_value))
                        if has_solution else 0.0,
                        "bound": float(math.floor(info.mip_dual_bound + 1e-6)), "seconds":
                        round(time.perf_counter() - started, 3), "highs_status": name})
        if not has_solution:
            status = "infeasible" if stage_status == "infeasible" else "unknown"
            if not found:
                return _empty(program, status, started, reports)
            break
        found = True
        values = highs.getSolution().col_value
        highs.addConstr(expression >= round(info.objective_function_value))
        last_values = list(values)
    units = np.zeros((program.n_arcs, len(program.source_names)), dtype=np.int64)
    for a, parts in enumerate(funded):
        for source, amount in parts.items():
            units[a, source] = round(_value(amount, last_values))
    covered = np.array([c is not None and round(_value(c, last_values)) == 1 for c in cover],
                       dtype=bool)
    exact = all(r["status"] == "optimal" for r, s in zip(reports, program.stages, strict=False)
                if not s.relative_gap)
    return ProgramSolution(arc_source_units=units, covered=covered, stage_reports=reports,
                           status="optimal" if exact and len(reports) == len(program.stages)
                           else "feasible", seconds=time.perf_counter() - started)


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


def _empty(program: AllocationProgram, status: str, started: float,
           reports: list[dict] | None = None) -> ProgramSolution:
    return ProgramSolution(
        arc_source_units=np.zeros((program.n_arcs, len(program.source_names)), dtype=np.int64),
        covered=np.zeros(program.n_instances, dtype=bool), stage_reports=reports or [],
        status=status, seconds=time.perf_counter() - started)
