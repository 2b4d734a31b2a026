"""The Flanders snapshot's time: all groups, or a stratified sample with an extrapolation.

    python -m benchmarks.flanders [--sample 12] [--workers 2] [--time-limit 5]

Without ``--sample`` every group is solved (``allocator scenarios flanders``); with it, a
sample stratified by kind is solved and the whole run is extrapolated: per kind, the mean
solve time of the sampled groups × the number of groups of that kind, divided by the
processes and by the parallel efficiency measured on the sample (solve seconds summed over
points ÷ (processes × wall-clock)). The machine's load average is recorded beside it: on a
shared machine the figures are upper bounds. Appends to benchmarks/results/flanders.md.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

from allocator.scenarios.flanders import flanders_groups, flanders_jobs, flanders_totals
from allocator.scenarios.run import run_points
from benchmarks.machine import header

RESULTS = Path(__file__).parent / "results"
TARGET_MINUTES = 30


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sample", type=int, default=None)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--time-limit", type=float, default=5.0)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--out", type=Path, default=RESULTS / "flanders.md")
    args = parser.parse_args(argv)
    everything = Counter(g["kind"] for g in flanders_groups(args.seed))
    jobs = flanders_jobs(args.seed, args.time_limit, 1, args.sample)
    load_before = os.getloadavg()
    started = time.perf_counter()
    with tempfile.TemporaryDirectory() as folder:
        points, _ = run_points(jobs, Path(folder), {"kind": "benchmark"},
                               parallel=args.workers)
    wall = time.perf_counter() - started
    load_after = os.getloadavg()
    totals = flanders_totals(points).set_index("kind")
    solved = points[points["status"].isin(["optimal", "feasible"])]
    busy = float(points["seconds"].fillna(0).sum())
    efficiency = busy / (args.workers * wall) if wall else 1.0
    per_kind = solved.groupby("kind")["seconds"].mean()
    estimate = sum(per_kind.get(kind, per_kind.mean()) * count
                   for kind, count in everything.items()) / (args.workers * efficiency)
    cpu_kind = solved.groupby("kind")["cpu_seconds"].mean()
    cpu_estimate = sum(cpu_kind.get(kind, cpu_kind.mean()) * count
                       for kind, count in everything.items()) / args.workers
    whole = args.sample is None or len(jobs) >= sum(everything.values())
    flemish = totals.loc["Flanders"]
    lines = [
        f"## Flanders snapshot, {'all groups' if whole else f'a sample of {len(jobs)} groups'}"
        f" on {args.workers} local processes", "", header(),
        f"- load average (1, 5, 15 min) before: {', '.join(f'{x:.1f}' for x in load_before)};"
        f" after: {', '.join(f'{x:.1f}' for x in load_after)} ({os.cpu_count()} cores)",
        f"- groups in Flanders: {sum(everything.values())} "
        f"({', '.join(f'{k} {v}' for k, v in everything.items())}); time limit "
        f"{args.time_limit:g} per group (deterministic, 1 CP-SAT worker); seed {args.seed}",
        f"- solved {len(solved)} of {len(points)} groups in {wall:.0f} s wall-clock; solve "
        f"seconds summed {busy:.0f} s; parallel efficiency {efficiency:.0%}",
        "- mean solve seconds per group: "
        + ", ".join(f"{kind} {seconds:.1f}" for kind, seconds in per_kind.items()),
        f"- stage 1/2 gap above 1 %: {int(flemish['groups_gap_core_over_1pct'])} core, "
        f"{int(flemish['groups_gap_noncore_over_1pct'])} non-core of {len(solved)} groups "
        f"(max {flemish['max_gap_core'] or 0:.2%} / {flemish['max_gap_noncore'] or 0:.2%})",
        f"- {'measured' if whole else 'extrapolated'} time for all groups on {args.workers} "
        f"processes: {(wall if whole else estimate) / 60:.1f} min (target {TARGET_MINUTES} "
        f"min: {'met' if (wall if whole else estimate) <= TARGET_MINUTES * 60 else 'NOT met'}"
        f"{'' if whole else ', an extrapolation from the sample, not a measurement'})",
        "- CPU seconds per group: "
        + ", ".join(f"{kind} {seconds:.1f}" for kind, seconds in cpu_kind.items())
        + f"; all groups by CPU time ÷ {args.workers} processes (independent of the load): "
        f"{cpu_estimate / 60:.1f} min",
        f"- sample coverage: core {flemish['core_coverage_pct']:.1f} %, other "
        f"{flemish['noncore_coverage_pct']:.1f} %, recruitment need "
        f"{flemish['recruitment_posts']:.1f} posts", "", ""]
    text = "\n".join(lines)
    previous = args.out.read_text(encoding="utf-8") if args.out.exists() else \
        "# Flanders snapshot: time and gaps\n\n"
    args.out.write_text(previous + text, encoding="utf-8")
    print(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
