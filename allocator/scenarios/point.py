"""One point of a scenario run or sweep: build its group, solve it, measure it; plain data out.

A job is plain data (picklable and JSON-able for every backend): ``name``, the solver settings
(``time_limit``, ``workers``, ``seed``; optionally ``last_stage_work``, a cap on stage 3, see
SolveOptions) and either ``problem`` (a group as JSON) or
``generate`` (the generator's parameters, see GeneratedBase) with ``changes`` applied in order
(as in a version 2 scenario file). Building the group on the worker keeps jobs small.

``python -m allocator.scenarios.point`` reads one job as JSON on stdin and writes its result
as JSON on stdout: how a Dask worker runs a point it must be able to stop (a wall-clock or
memory budget), since a task thread cannot be stopped.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
import traceback

from models import FUNDING_SOURCES, Plan, Problem


def build_problem(job: dict) -> Problem:
    """The problem of one job: given whole, or generated and then changed."""
    if job.get("problem") is not None:
        return Problem.model_validate(job["problem"])
    from pydantic import TypeAdapter

    from allocator.scenarios.changes import apply_change
    from allocator.scenarios.errors import Place
    from allocator.scenarios.spec import Change, GeneratedBase

    problem = GeneratedBase.model_validate(job["generate"]).generate()
    adapter: TypeAdapter[Change] = TypeAdapter(Change)
    for k, change in enumerate(job.get("changes", [])):
        problem = apply_change(adapter.validate_python(change), problem,
                               Place(f"point {job['name']}", f"changes[{k}]"))
    return Problem.model_validate(problem.model_dump())


def describe(problem: Problem) -> dict:
    """What a researcher needs to know about a group besides its seed."""
    levels: dict[str, int] = {}
    for school in problem.schools:
        levels[school.level.value] = levels.get(school.level.value, 0) + 1
    return {
        "n_schools": len(problem.schools),
        "n_pooling": sum(school.pools is True for school in problem.schools),
        "n_pupils": sum(school.pupils or 0 for school in problem.schools),
        "n_people": len(problem.people),
        **{f"available_{source.value}": sum(p.hours(source) for p in problem.people)
           for source in FUNDING_SOURCES},
        **{f"n_{level}": count for level, count in sorted(levels.items())},
    }


# generous: a busy machine (other points beside this one) runs the same work slower
POINT_WALL_FACTOR = 10.0


def solve_job(job: dict) -> dict:
    """Solve one point; a failure is a row with its error, never an exception."""
    from allocator.engine import solve_problem
    from allocator.scenarios.metrics import person_loads, plan_metrics
    from allocator.scenarios.outsourcing import OutsourcingRates, outsourcing_metrics
    from allocator.solve import SolveOptions

    started, cpu_started = time.perf_counter(), time.process_time()
    carried = {key: job[key] for key in ("group_seed",) if key in job}
    try:
        problem = build_problem(job)
        described = describe(problem)
        previous = Plan.model_validate(job["previous"]) if job.get("previous") else None
        # a point's time limit is its deterministic work (the same point, the same plan on
        # any machine and load); the wall clock may take POINT_WALL_FACTOR times as long
        plan = solve_problem(problem, SolveOptions(
            time_limit=job["time_limit"] * POINT_WALL_FACTOR, work_limit=job["time_limit"],
            workers=job["workers"], seed=job["seed"],
            last_stage_work=job.get("last_stage_work")), previous=previous)
        result = {"name": job["name"], **carried, **described, **plan_metrics(problem, plan),
                  "repeatable": plan.repeatable, "loads": person_loads(problem, plan),
                  # CPU seconds of this process (all solver threads): a load-independent cost
                  "cpu_seconds": round(time.process_time() - cpu_started, 3), "error": None}
        if job.get("outsourcing") and plan.status in ("optimal", "feasible"):
            result.update(outsourcing_metrics(problem, plan,
                                              OutsourcingRates(**job["outsourcing"])))
        if job.get("return_plan"):  # only the base of a re-plan needs it: plans are large
            result["plan"] = plan.to_json_dict()
        return result
    except Exception as error:  # noqa: BLE001 - a failed point is a row with its error
        if os.environ.get("ALLOCATOR_DEBUG"):
            traceback.print_exc()
        return error_row(job, failure_message(error), time.perf_counter() - started)


def failure_message(error: BaseException) -> str:
    """A failed point's reason, in English (present.py says it in the output language)."""
    from allocator.scenarios.spec import ScenarioError

    if isinstance(error, ScenarioError):  # a change that does not apply: located already
        return str(error)
    return f"internal error ({type(error).__name__}): {error}"


def error_row(job: dict, error: str, seconds: float | None = None,
              status: str = "error") -> dict:
    """The result row of a point that failed: its name, status and the error."""
    return {"name": job["name"], **{k: job[k] for k in ("group_seed",) if k in job},
            "status": status, "error": error, "seconds": seconds, "loads": []}


def rss_mb(pid: int) -> float:
    """Resident memory of a process in MB (0 when unknown: not Linux, or the process is gone)."""
    try:
        with open(f"/proc/{pid}/statm", encoding="ascii") as handle:
            return int(handle.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20
    except (OSError, ValueError, IndexError):
        return 0.0


def run_isolated(job: dict, budget: float | None = None, memory_mb: float | None = None) -> dict:
    """Solve ``job`` in a child process stopped past ``budget`` seconds or ``memory_mb`` MB."""
    started = time.perf_counter()
    child = subprocess.Popen([sys.executable, "-m", "allocator.scenarios.point"],
                             stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                             stderr=subprocess.DEVNULL)
    assert child.stdin is not None and child.stdout is not None
    child.stdin.write(json.dumps(job).encode())
    child.stdin.close()
    stop = None
    while child.poll() is None:
        elapsed = time.perf_counter() - started
        if budget is not None and elapsed > budget:
            stop = ("timeout", f"stopped after the point's wall-clock budget of {budget:g} s")
        elif memory_mb is not None and rss_mb(child.pid) > memory_mb:
            stop = ("error", f"stopped above the point's memory budget of {memory_mb:g} MB")
        if stop:
            child.kill()
            child.wait()
            return error_row(job, stop[1], time.perf_counter() - started, stop[0])
        time.sleep(0.2)
    output = child.stdout.read()
    if child.returncode != 0 or not output:
        return error_row(job, death_message(child.returncode), time.perf_counter() - started)
    return json.loads(output)


def death_message(code: int | None) -> str:
    """Why the process solving a point died, from its exit code (a signal named)."""
    import signal

    if code is not None and code < 0:
        name = signal.Signals(-code).name if -code in signal.valid_signals() else str(-code)
        killed = getattr(signal, "SIGKILL", None)  # POSIX only; Windows codes are never < 0
        hint = " (out of memory, or stopped from outside)" if -code == killed else ""
        return f"the process solving this point died: signal {name}{hint}"
    return f"the process solving this point died with exit code {code}"


if __name__ == "__main__":
    result = solve_job(json.loads(sys.stdin.buffer.read()))
    sys.stdout.write(json.dumps(result))
