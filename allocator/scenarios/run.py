"""Run every variant of a scenario file: locally in processes, or on a Dask cluster.

Workers receive instance data (the problem as plain JSON), never built models; each solve
uses ``workers`` CP-SAT workers (one by default, which also makes results repeatable).
"""

from __future__ import annotations

import logging
import os
import time
from collections.abc import Callable, Iterable
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import pandas as pd

from allocator.scenarios.changes import apply_variant
from allocator.scenarios.metrics import person_loads, plan_metrics
from allocator.scenarios.outsourcing import OutsourcingRates, outsourcing_metrics
from allocator.scenarios.spec import ScenarioError, ScenarioFile
from models import Plan, Problem

log = logging.getLogger(__name__)


def load_base(spec: ScenarioFile, folder: Path) -> Problem:
    if spec.base.generate is not None:
        from allocator.synth import generate_group

        g = spec.base.generate
        return generate_group(g.schools, seed=g.seed, levels=g.levels, pool_share=g.pool_share)
    from allocator.read import read_problem

    assert spec.base.file is not None
    path = Path(spec.base.file)
    return read_problem(path if path.is_absolute() else folder / path).problem


def load_base_plan(spec: ScenarioFile, folder: Path) -> Plan | None:
    """The plan the ICT head keeps (plan.xlsx or .json), when the scenario file names one."""
    if spec.base.plan is None:
        return None
    from allocator.read.plan import read_plan

    path = Path(spec.base.plan)
    return read_plan(path if path.is_absolute() else folder / path)


def solve_job(job: dict) -> dict:
    """Solve one variant from plain data; returns plain data (picklable for any backend)."""
    from allocator.engine import solve_problem
    from allocator.solve import SolveOptions

    started = time.perf_counter()
    try:
        problem = Problem.model_validate(job["problem"])
        previous = Plan.model_validate(job["previous"]) if job.get("previous") else None
        plan = solve_problem(problem, SolveOptions(time_limit=job["time_limit"],
                                                   workers=job["workers"], seed=job["seed"]),
                             previous=previous)
        result = {"name": job["name"], **plan_metrics(problem, plan),
                  "loads": person_loads(problem, plan), "error": None}
        if job.get("outsourcing") and plan.status in ("optimal", "feasible"):
            result.update(outsourcing_metrics(problem, plan,
                                              OutsourcingRates(**job["outsourcing"])))
        if job.get("return_plan"):  # only the base of a re-plan needs it: plans are large
            result["plan"] = plan.to_json_dict()
        return result
    except Exception as error:  # a failed variant is a row with its error, not a crash
        return {"name": job["name"], "status": "error", "error": f"{type(error).__name__}: "
                f"{error}", "seconds": time.perf_counter() - started, "loads": []}


def warn_oversubscription(parallel: int, solver_workers: int) -> None:
    cores = os.cpu_count() or 1
    if parallel * max(1, solver_workers) > cores:
        log.warning("%d parallel solves × %d CP-SAT workers exceed the %d cores: solves will "
                    "slow each other down", parallel, max(1, solver_workers), cores)


def run_jobs(jobs: list[dict], parallel: int = 1, dask: str | None = None,
             progress: Callable[[int, int], None] | None = None) -> list[dict]:
    """Solve jobs in order of the list; ``dask`` is an address, 'local', or None."""
    results: list[dict] = [{}] * len(jobs)
    if dask is not None:
        from distributed import Client, as_completed

        cluster = _local_cluster(max(1, parallel)) if dask == "local" else None
        with Client(cluster if cluster is not None else dask) as client:
            futures = {client.submit(solve_job, job, pure=False): k
                       for k, job in enumerate(jobs)}
            for done, future in enumerate(as_completed(futures), start=1):
                results[futures[future]] = future.result()
                if progress:
                    progress(done, len(jobs))
        if cluster is not None:
            cluster.close()
        return results
    if parallel <= 1:
        for k, job in enumerate(jobs):
            results[k] = solve_job(job)
            if progress:
                progress(k + 1, len(jobs))
        return results
    with ProcessPoolExecutor(max_workers=parallel) as pool:
        for k, result in enumerate(pool.map(solve_job, jobs)):
            results[k] = result
            if progress:
                progress(k + 1, len(jobs))
    return results


# A worker's statistical profiler samples the task thread's Python stack every 10 ms, taking
# the GIL from the solve's own Python work (compiling, explaining); solves are long and uniform,
# so its per-task profiles tell a sweep nothing. The nannies pass this config to the workers.
LOCAL_CLUSTER_CONFIG = {"distributed.worker.profile.enabled": False}


def _local_cluster(workers: int):
    import dask
    from distributed import LocalCluster

    with dask.config.set(LOCAL_CLUSTER_CONFIG):
        return LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                            dashboard_address=None)


def scenario_jobs(spec: ScenarioFile, base: Problem, source: str, seed: int = 0,
                  given_plan: Plan | None = None) -> tuple[list[dict], list[dict]]:
    """Jobs for the variants that apply cleanly, and error rows for those that do not.

    Variants that re-plan start from ``given_plan`` when there is one, else from a solve of
    the base.
    """
    jobs, failed = [], []
    base_plan = None if given_plan is None else given_plan.to_json_dict()
    for variant in spec.variants:
        try:
            problem = apply_variant(base, variant, source)
        except ScenarioError as error:
            failed.append({"name": variant.name, "status": "error", "error": str(error)})
            continue
        job = {"name": variant.name, "problem": problem.model_dump(mode="json"),
               "time_limit": spec.time_limit, "workers": spec.workers, "seed": seed,
               "outsourcing": spec.outsourcing.model_dump() if spec.outsourcing else None}
        if variant.keeps_base_plan:
            if base_plan is None:
                solved = solve_job({**job, "name": "base", "return_plan": True,
                                    "problem": base.model_dump(mode="json")})
                base_plan = solved.get("plan") or {}
            if not base_plan:
                failed.append({"name": variant.name, "status": "error",
                               "error": "the base plan to re-plan from could not be solved"})
                continue
            job["previous"] = base_plan
        jobs.append(job)
    return jobs, failed


def results_table(results: Iterable[dict]) -> tuple[pd.DataFrame, pd.DataFrame]:
    rows, loads = [], []
    for result in results:
        rows.append({k: v for k, v in result.items() if k not in ("loads", "plan")})
        loads += [{"variant": result["name"], **load} for load in result.get("loads", [])]
    table = pd.DataFrame(rows).rename(columns={"name": "variant"})
    return table, pd.DataFrame(loads)
