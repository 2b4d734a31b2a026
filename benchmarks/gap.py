"""OR-Library GAP instances through the engine, with peers, one JSON object per instance.

    python -m benchmarks.gap FILE... [--sense min|max] [--time-limit S] [--workers N]
                                     [--instances a,b] [--json] [--peers] [--data-dir DIR]

FILE is a path or a name in the data folder (default ../shared/data/gap, or $ALLOCATOR_GAP_DATA).
OR-Library's names say the sense (gap1-gap12 maximise, gapa-gapd minimise); any other file
needs --sense (it is refused otherwise, never guessed).
Each engine solution is re-checked by an independent checker before it is printed.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

from allocator.compile.gap import (
    GapInstance,
    KnownValue,
    Sense,
    UnknownSense,
    assignment_from_solution,
    compile_gap,
    read_gap_file,
    read_known_values,
)
from allocator.compile.program import ProgramSolution
from allocator.solve import SolveOptions, solve_program
from allocator.solve.greedy import solve_greedy
from allocator.solve.options import BackendName
from benchmarks.gap_check import check_gap_solution
from benchmarks.gap_plain import solve_plain

DEFAULT_DATA = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "gap"


def data_dir(explicit: str | None = None) -> Path:
    """The GAP data folder: ``explicit``, else ``$ALLOCATOR_GAP_DATA``, else the default."""
    return Path(explicit or os.environ.get("ALLOCATOR_GAP_DATA") or DEFAULT_DATA)


def load_instances(files: list[str], folder: Path, only: set[str] | None = None,
                   sense: Sense | None = None) -> list[tuple[GapInstance, KnownValue | None]]:
    """The instances of ``files`` (names or paths) with their known values.

    ``only`` keeps the named instances; ``sense`` is needed for files OR-Library's names do not
    cover.
    """
    known, names = read_known_values(folder)
    chosen = []
    for name in files:
        path = Path(name)
        if not path.exists():
            path = folder / (name if name.endswith(".txt") else f"{name}.txt")
        for instance in read_gap_file(path, names, sense):
            if not only or instance.name in only:
                chosen.append((instance, known.get(instance.name)))
    return chosen


def _sense_value(instance: GapInstance, program_value: float | None) -> float | None:
    if program_value is None:
        return None
    return program_value if instance.sense == "max" else -program_value


def _checked(instance: GapInstance, agent_of: list[int], status: str,
             objective: float | None = None) -> dict:
    """Re-check a solution; it passes when feasible and its recomputed value is the one claimed."""
    if status not in ("optimal", "feasible") or not agent_of:
        return {"checked": None, "check_objective": None}
    check = check_gap_solution(instance, agent_of)
    agrees = objective is None or (check.objective is not None
                                   and abs(check.objective - objective) < 1e-6)
    return {"checked": check.feasible and agrees, "check_objective": check.objective,
            "check_problems": check.problems[:3]}


def _first_stage(solution: ProgramSolution) -> dict:
    """The single stage's report as a flat dict (its details and improvements included)."""
    if not solution.stages:
        return {}
    report = solution.stages[0]
    return {**report.model_dump(), **report.details, "improvements": report.improvements}


def run_engine(instance: GapInstance, time_limit: float, workers: int, seed: int = 0,
               backend: BackendName = "auto") -> dict:
    """Solve one GAP instance with the engine; its value, status, time and checked solution."""
    program = compile_gap(instance)
    solution = solve_program(program, SolveOptions(time_limit=time_limit, workers=workers,
                                                   seed=seed, backend=backend))
    stage = _first_stage(solution)
    found = solution.status in ("optimal", "feasible")
    agent_of = assignment_from_solution(program, solution.arc_source_units) if found else []
    improvements = stage.get("improvements", [])
    return {"status": solution.status,
            "objective": _sense_value(instance, stage.get("objective")) if found else None,
            "bound": _sense_value(instance, stage.get("bound")) if found else None,
            "seconds": round(solution.seconds, 3),
            "time_to_best": improvements[-1][0] if improvements else None,
            "progress": [(t, _sense_value(instance, v)) for t, v in improvements],
            "solver": stage.get("solver"),
            "kernel_arcs": stage.get("mip_kernel_arcs"),
            # plain assignments: the Lagrangian bound and the arcs of the program it fixes
            "lagrange_bound": _sense_value(instance, stage.get("lagrange_bound")),
            "fixed_arcs": stage.get("mip_fixed_arcs"),
            # the targets below the dual: (target, arcs, outcome, seconds) per step
            "target_steps": stage.get("target_steps"),
            "rounds": stage.get("rounds"),
            "mip_status": stage.get("mip_status"),
            "arcs": program.n_arcs,
            "solution": agent_of,
            **_checked(instance, agent_of, solution.status,
                       _sense_value(instance, stage.get("objective")))}


def run_highs(instance: GapInstance, time_limit: float) -> dict:
    """Solve one GAP instance with HiGHS alone."""
    program = compile_gap(instance)
    solution = solve_program(program, SolveOptions(time_limit=time_limit, backend="highs"))
    stage = _first_stage(solution)
    found = solution.status in ("optimal", "feasible")
    agent_of = assignment_from_solution(program, solution.arc_source_units) if found else []
    return {"status": solution.status,
            "objective": _sense_value(instance, stage.get("objective")) if found else None,
            "bound": _sense_value(instance, stage.get("bound")) if found else None,
            "seconds": round(solution.seconds, 3), **_checked(instance, agent_of,
                                                              solution.status)}


def run_greedy(instance: GapInstance) -> dict:
    """Solve one GAP instance with the greedy baseline (the regret rule)."""
    program = compile_gap(instance)
    solution = solve_greedy(program)
    found = solution.status == "feasible"
    agent_of = assignment_from_solution(program, solution.arc_source_units) if found else []
    value = solution.stages[0].objective if found else None
    return {"status": solution.status, "objective": _sense_value(instance, value),
            "seconds": round(solution.seconds, 3), **_checked(instance, agent_of,
                                                              "feasible" if found else "")}


def gap_to(value: float | None, reference: float | None, sense: str) -> float | None:
    """Relative shortfall of ``value`` against ``reference`` (0 = as good)."""
    if value is None or reference is None or reference == 0:
        return None
    return (reference - value) / abs(reference) if sense == "max" else \
        (value - reference) / abs(reference)


def run_instance(instance: GapInstance, known: KnownValue | None, time_limit: float,
                 workers: int, peers: bool, backend: BackendName = "auto", seed: int = 0) -> dict:
    """One instance's result row: the engine, and with ``peers`` plain CP-SAT, HiGHS and greedy."""
    engine = run_engine(instance, time_limit, workers, seed, backend)
    row = {"instance": instance.name, "agents": instance.agents, "jobs": instance.jobs,
           "sense": instance.sense, "known": known.value if known else None,
           "known_status": known.status if known else None, **engine}
    row["gap_to_known"] = gap_to(row["objective"], row["known"], instance.sense)
    if peers:
        for name, result in (("plain", solve_plain(instance, time_limit, workers)),
                             ("highs", run_highs(instance, time_limit)),
                             ("greedy", run_greedy(instance))):
            if name == "plain":
                result.update(_checked(instance, result.pop("solution"), result["status"],
                                       result["objective"]))
            for key in ("status", "objective", "bound", "seconds", "checked"):
                if key in result:
                    row[f"{name}_{key}"] = result[key]
            row[f"{name}_gap_to_known"] = gap_to(result.get("objective"), row["known"],
                                                 instance.sense)
    return row


def main(argv: list[str] | None = None) -> int:
    """The command line (see the module docstring); returns the exit code."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="+", metavar="FILE")
    parser.add_argument("--time-limit", type=float, default=60.0)
    parser.add_argument("--workers", type=int, default=8)
    parser.add_argument("--instances", default="", help="comma-separated instance names")
    parser.add_argument("--json", action="store_true", help="one JSON object per line")
    parser.add_argument("--peers", action="store_true",
                        help="also solve with a plain CP-SAT model, HiGHS and the greedy")
    parser.add_argument("--data-dir", default=None)
    parser.add_argument("--backend", choices=["auto", "cpsat"], default="auto",
                        help="the engine's backend (auto: HiGHS may finish what CP-SAT left)")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--sense", choices=["min", "max"], default=None,
                        help="minimise or maximise (required for files OR-Library's names "
                             "do not cover)")
    args = parser.parse_args(argv)
    only = {name.strip() for name in args.instances.split(",") if name.strip()} or None
    failures = 0
    try:
        instances = load_instances(args.files, data_dir(args.data_dir), only, args.sense)
    except (UnknownSense, ValueError, OSError) as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    for instance, known in instances:
        row = run_instance(instance, known, args.time_limit, args.workers, args.peers,
                           args.backend, args.seed)
        failures += any(row.get(key) is False for key in row if key.endswith("checked"))
        if args.json:
            row.pop("progress", None)
            print(json.dumps(row), flush=True)
        else:
            print(f"{row['instance']:>8} {row['agents']:>3}x{row['jobs']:<4} {row['sense']} "
                  f"{row['status']:>9} {row['objective']} (known {row['known']}, bound "
                  f"{row['bound']}) {row['seconds']:.2f}s checked={row['checked']}", flush=True)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
