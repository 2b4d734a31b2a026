"""The frozen school groups (benchmarks/groups/*.xlsx): engine vs HiGHS alone vs greedy.

    python -m benchmarks run --suite groups [--sizes S,M,L,XL] [--time-limit 120] [--repeats 3]

Every run is a fresh command (``python -m allocator solve`` with the default options, the same
with ``--backend highs``, and the greedy baseline on the same compiled program), so its peak
memory is its own: the sum of the resident set sizes of the whole process tree (the command
and every process it starts), sampled every 50 ms with psutil. Times are the commands' wall
clock; stage values come from the plan JSON. Each figure is the median of ``repeats`` runs,
and the load average of the machine is recorded with every run (the machine is shared).
"""

from __future__ import annotations

import hashlib
import json
import os
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import psutil

from benchmarks.machine import header

GROUPS = Path(__file__).parent / "groups"
SAMPLE_SECONDS = 0.05


def tree_rss(process: psutil.Process) -> int:
    """Bytes resident in ``process`` and all its descendants now."""
    total = 0
    try:
        members = [process, *process.children(recursive=True)]
    except psutil.NoSuchProcess:
        return 0
    for member in members:
        try:
            total += member.memory_info().rss
        except psutil.NoSuchProcess:  # ended between listing and reading
            continue
    return total


def run_measured(command: list[str]) -> tuple[float, float, int]:
    """Run ``command``; return (wall seconds, peak MB of its process tree, exit code)."""
    started = time.perf_counter()
    child = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                             env=dict(os.environ, PYTHONPATH=str(Path(__file__).parents[1])))
    process = psutil.Process(child.pid)
    peak = 0
    done = threading.Event()

    def sample() -> None:
        nonlocal peak
        while not done.is_set():
            peak = max(peak, tree_rss(process))
            done.wait(SAMPLE_SECONDS)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    _, errors = child.communicate()
    done.set()
    sampler.join()
    if child.returncode not in (0,):
        print(errors.decode(errors="replace")[-2000:], file=sys.stderr)
    return time.perf_counter() - started, peak / 2**20, child.returncode


def _stage_values(plan_path: Path) -> dict:
    plan = json.loads(plan_path.read_text(encoding="utf-8"))
    values = {}
    for stage in plan.get("stages", []):
        values[stage["name"]] = (stage["objective"], stage["status"], stage.get("gap"))
    rows = sorted(json.dumps(a, sort_keys=True) for a in plan.get("assignments", []))
    return {"stages": values, "repeatable": plan.get("repeatable"),
            "status": plan.get("status"),
            # the plan itself, to show whether repeated runs give the same one
            "fingerprint": hashlib.sha256("\n".join(rows).encode()).hexdigest()[:12]}


def greedy_main(path: str) -> int:
    """The greedy baseline on the compiled group (a command of its own, for its memory)."""
    from allocator.compile import compile_problem
    from allocator.read import read_problem
    from allocator.solve.greedy import solve_greedy

    program = compile_problem(read_problem(path).problem)
    solution = solve_greedy(program)
    print(json.dumps({report.name: report.objective for report in solution.stages}))
    return 0


def measure_group(name: str, time_limit: float) -> dict:
    """One run of each command on frozen group ``name``: wall time, peak memory and the plan."""
    source = GROUPS / f"{name}.xlsx"
    row: dict = {"group": name, "load_before": round(os.getloadavg()[0], 1)}
    with tempfile.TemporaryDirectory() as folder:
        for label, extra in (("engine", []), ("highs", ["--backend", "highs"])):
            out = Path(folder) / f"{label}.json"
            seconds, peak, code = run_measured(
                [sys.executable, "-m", "allocator", "solve", str(source), "-o", str(out),
                 "--time-limit", f"{time_limit:g}", "--lang", "en", *extra])
            row[f"{label}_s"], row[f"{label}_mb"], row[f"{label}_exit"] = seconds, peak, code
            if out.exists():
                row[label] = _stage_values(out)
        seconds, peak, code = run_measured(
            [sys.executable, "-m", "benchmarks.frozen_groups", "greedy", str(source)])
        row["greedy_s"], row["greedy_mb"], row["greedy_exit"] = seconds, peak, code
    row["load_after"] = round(os.getloadavg()[0], 1)
    return row


def _median(rows: list[dict], key: str) -> float:
    return statistics.median(r[key] for r in rows)


def _values(result: dict | None) -> str:
    if not result:
        return "-"
    parts = []
    for value, status, _gap in result["stages"].values():
        mark = "" if status == "optimal" else "*"
        parts.append(f"{value:g}{mark}")
    return " / ".join(parts)


def to_markdown(runs: dict[str, list[dict]], time_limit: float) -> str:
    """The frozen groups' runs as a Markdown report (medians, load, machine)."""
    lines = ["# Frozen school groups: engine (defaults) vs HiGHS alone vs greedy", "", header(),
             f"- each command fresh, --time-limit {time_limit:g}; engine = default options "
             "(1 CP-SAT worker, deterministic work budget), HiGHS = --backend highs; peak "
             "memory = sum of RSS over the command's process tree (psutil, 50 ms samples); "
             "medians of the runs listed; stage values core / non-core / preferences of the "
             "first run (* = not proven)", "",
             "| group | runs | load | engine s | HiGHS s | engine/HiGHS | engine MB | HiGHS MB "
             "| greedy MB | engine/HiGHS MB | greedy s | engine values | HiGHS values | "
             "repeatable |",
             "|---|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---|---|---|"]
    for name, rows in runs.items():
        loads = f"{min(r['load_before'] for r in rows)}-{max(r['load_after'] for r in rows)}"
        engine_s, highs_s = _median(rows, "engine_s"), _median(rows, "highs_s")
        engine_mb, highs_mb = _median(rows, "engine_mb"), _median(rows, "highs_mb")
        repeatable = ",".join(str(r.get("engine", {}).get("repeatable")) for r in rows)
        plans = len({r.get("engine", {}).get("fingerprint") for r in rows})
        repeatable += f" ({plans} distinct plan{'s' if plans > 1 else ''})"
        lines.append(
            f"| {name} | {len(rows)} | {loads} | {engine_s:.1f} | {highs_s:.1f} | "
            f"{engine_s / highs_s:.2f} | {engine_mb:.0f} | {highs_mb:.0f} | "
            f"{_median(rows, 'greedy_mb'):.0f} | {engine_mb / highs_mb:.2f} | "
            f"{_median(rows, 'greedy_s'):.1f} | {_values(rows[0].get('engine'))} | "
            f"{_values(rows[0].get('highs'))} | {repeatable} |")
    return "\n".join(lines) + "\n"


def main(names: list[str], time_limit: float, repeats: int, out: Path) -> int:
    """Measure the frozen groups ``names`` ``repeats`` times each; write the report to ``out``."""
    runs: dict[str, list[dict]] = {}
    for name in names:
        for k in range(repeats):
            print(f"[groups] {name} run {k + 1}/{repeats} (load {os.getloadavg()[0]:.1f}) ...",
                  file=sys.stderr, flush=True)
            runs.setdefault(name, []).append(measure_group(name, time_limit))
    text = to_markdown(runs, time_limit)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(text, encoding="utf-8")
    out.with_suffix(".json").write_text(json.dumps(runs, indent=1), encoding="utf-8")
    print(text)
    return 0


if __name__ == "__main__":
    if sys.argv[1:2] == ["greedy"]:
        sys.exit(greedy_main(sys.argv[2]))
    sys.exit(main(sys.argv[1:] or ["S"], 120.0, 1, Path("groups-frozen.md")))
