"""Sweep throughput: the same sweep on 1 and 2 local processes and on a Dask LocalCluster.

    python -m benchmarks.sweep [--points 200] [--schools 20] [--time-limit 2]

Writes benchmarks/results/sweep.md: scenarios per minute per backend and the speed-up ratios,
and checks that the backends' tables agree.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from allocator.scenarios.design import sweep_from_dict, sweep_jobs
from allocator.scenarios.run import run_jobs
from benchmarks.machine import header

RESULTS = Path(__file__).parent / "results"


def main(argv: list[str] | None = None) -> int:
    """The command line (see the module docstring); returns the exit code."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--points", type=int, default=200)
    parser.add_argument("--schools", type=int, default=20)
    parser.add_argument("--time-limit", type=float, default=2.0)
    parser.add_argument("--out", type=Path, default=RESULTS / "sweep.md")
    args = parser.parse_args(argv)
    shares = [0.0, 0.25, 0.5, 0.75, 1.0]
    factors = [0.59, 0.8, 1.0, 1.2, 1.7]
    repetitions = max(1, -(-args.points // (len(shares) * len(factors))))
    started = time.perf_counter()
    jobs = sweep_jobs(sweep_from_dict({
        "base": {"generate": {"schools": args.schools}}, "repetitions": repetitions,
        "time_limit": args.time_limit,
        "axes": [{"name": "pool_share", "generator": "pool_share", "values": shares},
                 {"name": "ict_factor", "change": {"type": "scale_funding", "source": "ict"},
                  "field": "factor", "values": factors}]}, "benchmark"))[:args.points]
    build = time.perf_counter() - started
    rows, tables = [], {}
    for label, parallel, dask in (("1 process", 1, None), ("2 processes", 2, None),
                                  ("Dask LocalCluster, 2 workers", 2, "local")):
        print(f"[sweep] {label} ...", file=sys.stderr, flush=True)
        started = time.perf_counter()
        results = run_jobs(jobs, parallel, dask)
        seconds = time.perf_counter() - started
        tables[label] = [(r["name"], r.get("core_value"), r.get("status")) for r in results]
        rows.append((label, seconds, 60 * len(jobs) / seconds))
    base = rows[0][1]
    lines = ["# Sweep throughput", "", header(),
             f"- {len(jobs)} generated groups of {args.schools} schools (pooled share × ICT "
             f"factor × repetitions), {args.time_limit:g} s per solve, 1 CP-SAT worker per "
             f"solve (deterministic time); generating the instances took {build:.1f} s", "",
             "| backend | seconds | scenarios/min | speed-up vs 1 process |",
             "|---|---:|---:|---:|"]
    lines += [f"| {label} | {seconds:.1f} | {rate:.1f} | {base / seconds:.2f} |"
              for label, seconds, rate in rows]
    agree = all(table == tables["1 process"] for table in tables.values())
    lines += ["", f"Tables agree across backends: {'yes' if agree else 'NO'}.", ""]
    args.out.write_text("\n".join(lines), encoding="utf-8")
    print("\n".join(lines))
    return 0 if agree else 1


if __name__ == "__main__":
    sys.exit(main())
