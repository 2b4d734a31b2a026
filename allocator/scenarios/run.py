"""Run scenario variants or sweep points: fault tolerant, written as they arrive, resumable.

Workers receive instance data (the problem as plain JSON, or the generator's parameters and
the changes), never built models; each solve uses ``workers`` CP-SAT workers (one by
default, which makes results repeatable: with one worker the time limit counts CP-SAT's
deterministic work, so the same point gives the same plan on any machine and under load).
"""

from __future__ import annotations

import json
import logging
import os
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import pandas as pd

from allocator.i18n import Lang
from allocator.scenarios.changes import apply_variant
from allocator.scenarios.errors import say
from allocator.scenarios.execute import NO_LIMITS, Limits, execute
from allocator.scenarios.point import solve_job
from allocator.scenarios.spec import ScenarioError, ScenarioFile, Variant
from allocator.scenarios.store import ResultStore, fingerprint, read_loads, read_points
from models import Plan, Problem

__all__ = ["load_base", "run_jobs", "run_points", "scenario_jobs", "solve_job"]

log = logging.getLogger(__name__)
Progress = Callable[[int, int, int], None]  # (done, total, failed)
SOLVED = ("optimal", "feasible")
BASE_NAME = "(base)"
# what makes two jobs the same solve (the rest is bookkeeping: names, axes)
_SOLVE_KEYS = ("problem", "generate", "changes", "version", "time_limit", "workers", "seed",
               "previous", "outsourcing", "last_stage_work")


def load_base(spec: ScenarioFile, folder: Path) -> Problem:
    """The base problem of a scenario: generated, or read from its file (relative to ``folder``)."""
    if spec.base.generate is not None:
        return spec.base.generate.generate()
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


def warn_oversubscription(parallel: int, solver_workers: int, lang: Lang = "en") -> None:
    """Warn (in ``lang``) when the solves ask for more cores than the machine has."""
    from allocator.i18n import text

    cores = os.cpu_count() or 1
    if parallel * max(1, solver_workers) > cores:
        log.warning(text("r_cli_oversubscribed", lang, parallel=parallel,
                         workers=max(1, solver_workers), cores=cores))


def scenario_jobs(spec: ScenarioFile, base: Problem, source: str, seed: int = 0,
                  given_plan: Plan | None = None) -> tuple[list[dict], list[dict]]:
    """Jobs for the variants that apply cleanly, and error rows for those that do not.

    A variant that keeps the base plan (a re-plan) starts from ``given_plan`` when there is
    one; otherwise it is marked ``needs_base_plan`` and the base is solved once (run_points),
    as the first variant without changes or, when the file has none, as an extra row named
    ``(base)``.
    """
    jobs, failed = [], []
    for order, variant in enumerate(spec.variants):
        row = {"name": variant.name, "repetition": 0, "cell": order, "variant": variant.name}
        try:
            problem = apply_variant(base, variant, source,
                                    f"variants[{order} {variant.name!r}]")
        except ScenarioError as error:
            failed.append({**row, "status": "error", "error": str(error)})
            continue
        jobs.append(_variant_job(spec, row, problem, variant, seed))
    if given_plan is not None:
        for job in jobs:
            if job["needs_base_plan"]:
                job.update(previous=given_plan.to_json_dict(), needs_base_plan=False)
    if any(job["needs_base_plan"] for job in jobs) and not any(
            job["unchanged"] and not job["needs_base_plan"] for job in jobs):
        row = {"name": BASE_NAME, "repetition": 0, "cell": -1, "variant": BASE_NAME}
        jobs.insert(0, _variant_job(spec, row, base, Variant(name=BASE_NAME), seed))
    return jobs, failed


def _variant_job(spec: ScenarioFile, row: dict, problem: Problem, variant: Variant,
                 seed: int) -> dict:
    return {**row, "problem": problem.model_dump(mode="json"), "time_limit": spec.time_limit,
            "workers": spec.workers, "seed": seed, "unchanged": not variant.changes,
            "needs_base_plan": variant.keeps_base_plan,
            "outsourcing": spec.outsourcing.model_dump() if spec.outsourcing else None}


def _solve_key(job: dict) -> str:
    return fingerprint([{k: job.get(k) for k in _SOLVE_KEYS}])


class _Progress:
    """A bar on a terminal; in a batch log a line every 10 % or every minute."""

    def __init__(self, total: int, label: str, lang: Lang = "en") -> None:
        self.total, self.label, self.lang = total, label, lang
        self.started = time.monotonic()
        self.last_line = self.started
        self.last_share = 0.0
        self.bar = None
        if sys.stderr.isatty():
            from tqdm import tqdm

            self.bar = tqdm(total=total, file=sys.stderr, unit="point")

    def __call__(self, done: int, total: int, failed: int) -> None:
        if self.bar is not None:
            self.bar.update(done - self.bar.n)
            if done == total:
                self.bar.close()
            return
        now = time.monotonic()
        share = done / max(1, total)
        if done == total or share - self.last_share >= 0.1 or now - self.last_line >= 60:
            from allocator.i18n import text

            elapsed = now - self.started
            left = text("r_progress_left", self.lang,
                        left=_duration(elapsed / share * (1 - share))) if 0 < share < 1 else ""
            # what is counted in words: variants of a scenario file, groups of Flanders
            what = {"scenario": "r_cli_variants", "flanders": "r_cli_groups"}.get(
                self.label, "r_cli_points")
            label = text("scenario.kind.Flanders", self.lang) if self.label == "flanders" \
                else self.label
            print(text("r_progress", self.lang, label=label, what=text(what, self.lang),
                       done=done, total=total, failed=failed, elapsed=_duration(elapsed),
                       left=left), file=sys.stderr, flush=True)
            self.last_line, self.last_share = now, share


def _duration(seconds: float) -> str:
    seconds = int(seconds)
    return f"{seconds // 60}m{seconds % 60:02d}s" if seconds >= 60 else f"{seconds}s"


def progress_lines(total: int, label: str, lang: Lang = "en") -> Progress:
    return _Progress(total, label, lang)


def run_points(jobs: list[dict], folder: Path, design: dict, *, failed: Sequence[dict] = (),
               parallel: int = 1, dask: str | None = None, limits: Limits = NO_LIMITS,
               resume: bool = False, retry_failed: bool = False,
               progress: Progress | None = None, chunk_size: int = 20,
               **dask_options: Any) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Solve ``jobs``, writing results into ``folder`` in chunks as they arrive.

    Parameters
    ----------
    jobs
        The points to solve (``scenario_jobs``, ``sweep_jobs``, ``flanders_jobs``).
    folder
        Output folder; its ``design.json`` must match ``design`` to resume.
    design
        What is being run (settings), stored with a fingerprint of the jobs.
    failed
        Error rows of points that could not even be built (kept in the results).
    parallel, dask, limits, dask_options
        Where and within what each point runs (:func:`allocator.scenarios.execute.execute`).
    resume, retry_failed
        Skip the points the folder already holds (and solve failed ones again).
    progress
        Told about every finished point.
    chunk_size
        Results per chunk file.

    Returns
    -------
    tuple of DataFrame
        Every point's row and every person's load so far (earlier runs included).
    """
    design = {**design, "fingerprint": fingerprint(jobs + list(failed))}
    store = ResultStore(folder, design, resume, chunk_size)
    finished = store.finished(retry_failed) if resume else set()
    todo = [job for job in jobs if job["name"] not in finished]
    for row in failed:
        if row["name"] not in finished:
            store.add(row)
    total, counts = len(todo), {"done": 0, "failed": 0}

    def record(job: dict, result: dict) -> None:
        row = {**result, "name": job["name"]}
        for key in ("repetition", "cell", "baseline_cell", "group_seed", "variant"):
            if key in job:
                row[key] = job[key]
        for axis, label in job.get("axes", {}).items():
            row[axis] = label
        store.add(row)
        counts["done"] += 1
        counts["failed"] += row.get("status") not in SOLVED
        if progress:
            progress(counts["done"], total, counts["failed"])

    try:
        base_plan = _base_plan(todo, folder, record, parallel, dask, limits, dask_options)
        for job in todo:
            if job.get("needs_base_plan"):
                job["previous"] = base_plan
        todo = [job for job in todo if not job.get("solved_as_base")]
        unique: dict[str, list[dict]] = {}
        for job in todo:  # a solve asked twice (e.g. an unchanged variant) runs once
            unique.setdefault(_solve_key(job), []).append(job)
        by_name = {same[0]["name"]: same for same in unique.values()}
        runnable = [same[0] for same in unique.values()]
        failed_base = [j for j in runnable if j.get("needs_base_plan") and not j["previous"]]
        for job in failed_base:
            record(job, {"status": "error",
                         "error": "the base plan to re-plan from could not be solved"})
        runnable = [j for j in runnable if j not in failed_base]

        def on_result(result: dict) -> None:
            for job in by_name[result["name"]]:
                record(job, result)

        if runnable:
            execute(runnable, on_result, parallel, dask, limits, **dask_options)
    finally:
        store.flush()
    return read_points(folder), read_loads(folder)


def _base_plan(todo: list[dict], folder: Path, record: Callable[[dict, dict], None],
               parallel: int, dask: str | None,
               limits: Limits, dask_options: dict) -> dict | None:
    """The base plan re-plan variants start from: solved once, kept in base-plan.json."""
    if not any(job.get("needs_base_plan") for job in todo):
        return None
    path = folder / "base-plan.json"
    if path.exists():
        return json.loads(path.read_text(encoding="utf-8"))
    unchanged = next((j for j in todo if j.get("unchanged") and not j.get("needs_base_plan")),
                     None)
    if unchanged is None:  # scenario_jobs adds the base as a variant when none is
        raise ScenarioError(say("replan_base"))
    results: list[dict] = []
    execute([{**unchanged, "return_plan": True}], results.append, 1, dask, limits,
            **dask_options)
    result = results[0]
    record(unchanged, result)
    unchanged["solved_as_base"] = True
    plan = result.get("plan")
    if plan:
        from allocator.report.atomic import write_text_atomically

        write_text_atomically(path, json.dumps(plan))
    return plan


def run_jobs(jobs: list[dict], parallel: int = 1, dask: str | None = None,
             progress: Callable[[int, int], None] | None = None,
             limits: Limits = NO_LIMITS) -> list[dict]:
    """Solve jobs (in memory, nothing written) and return their results in the jobs' order."""
    results: dict[str, dict] = {}

    def keep(result: dict) -> None:
        results[result["name"]] = result
        if progress:
            progress(len(results), len(jobs))

    execute(jobs, keep, parallel, dask, limits)
    return [results[job["name"]] for job in jobs]


def results_table(results: list[dict]) -> tuple[pd.DataFrame, pd.DataFrame]:
    """(one row per result, one row per result and person), ``name`` as the key."""
    rows, loads = [], []
    for result in results:
        rows.append({k: v for k, v in result.items() if k not in ("loads", "plan")})
        loads += [{"name": result["name"], **load} for load in result.get("loads", [])]
    return pd.DataFrame(rows), pd.DataFrame(loads)
