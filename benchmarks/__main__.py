"""Benchmark suites with tables and plots in benchmarks/results/.

    python -m benchmarks run [--suite smoke|gap|hard|yagiura|groups|all] [--time-limit S]
                             [--workers N] [--data-dir DIR] [--out DIR] [--instances a,b]

smoke: small instances, correctness only (run by the tests); gap: OR-Library gap1-12 and types
A-D with the plain CP-SAT model, HiGHS and the greedy in the same run; hard: types A-D
with backend auto beside CP-SAT alone (d20200 with two more seeds); groups: the frozen groups
(benchmarks/groups/*.xlsx, --sizes S,M,L,XL,XXL) as fresh commands, engine vs HiGHS alone vs
greedy, time and process-tree peak memory, median of --repeats (benchmarks/frozen_groups.py);
all: also synthetic groups (5, 20, 40, 100 schools) in one process each; yagiura: the
33 larger instances of types C-E (DATA/yagiura2004), one result file per instance, resuming
(benchmarks/yagiura.py).

    python -m benchmarks web [--repeats 3] [--time-limit 60]

the web app in a real browser: first progress after upload, plan page render (benchmarks/web.py).

    python -m benchmarks hostile [--only NAME,...]

hostile inputs against the CLI: wall time and peak memory per attack class (benchmarks/hostile.py).
"""

from __future__ import annotations

import argparse
import json
import math
import sys
from pathlib import Path

from benchmarks import gap as gap_bench
from benchmarks import groups as group_bench
from benchmarks.machine import header

RESULTS = Path(__file__).parent / "results"
GAP_FILES = [f"gap{k}" for k in range(1, 13)] + ["gapa", "gapb", "gapc", "gapd"]
SMOKE_GAP_FILES = ["gap1"]


def _fmt(value: object, digits: int = 2) -> str:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "-"
    if isinstance(value, float):
        return f"{value:.{digits}f}"
    return str(value)


def _pct(value: float | None) -> str:
    return "-" if value is None else f"{100 * value:.2f} %"


def _ratio(a: float | None, b: float | None) -> float | None:
    return None if a is None or b is None or b <= 0 else a / b


def _geomean(values: list[float | None]) -> float | None:
    present = [v for v in values if v is not None and v > 0]
    return math.exp(sum(math.log(v) for v in present) / len(present)) if present else None


def _family(name: str) -> str:
    """gap1-12 names look like c515-1; types A-D like d20200."""
    return "gap1-12" if "-" in name else name[0].upper()


def gap_markdown(rows: list[dict], time_limit: float, workers: int) -> str:
    """The GAP results as a Markdown report: per family, then per instance, with the machine."""
    lines = ["# OR-Library GAP: engine vs plain CP-SAT vs HiGHS vs greedy", "", header(),
             f"- per instance and solver: time limit {time_limit:g} s; CP-SAT {workers} workers;"
             " HiGHS 1 thread; every solution re-checked by benchmarks/gap_check.py", "",
             "## Summary", "",
             "| family | instances | engine optimal | engine = known | mean gap engine | "
             "mean gap plain | mean gap HiGHS | mean gap greedy | engine/plain time "
             "(geo-mean) | CP-SAT/HiGHS time (geo-mean) |",
             "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|"]
    families: dict[str, list[dict]] = {}
    for row in rows:
        families.setdefault(_family(row["instance"]), []).append(row)
    for family, members in families.items():
        def mean(key: str, members: list[dict] = members) -> float | None:
            values = [float(r[key]) for r in members if r.get(key) is not None]
            return sum(values) / len(values) if values else None
        lines.append(
            f"| {family} | {len(members)} | "
            f"{sum(r['status'] == 'optimal' for r in members)} | "
            f"{sum(r['objective'] == r['known'] for r in members)} | "
            f"{_pct(mean('gap_to_known'))} | {_pct(mean('plain_gap_to_known'))} | "
            f"{_pct(mean('highs_gap_to_known'))} | {_pct(mean('greedy_gap_to_known'))} | "
            f"{_fmt(_geomean([_ratio(r['seconds'], r.get('plain_seconds')) for r in members]))}"
            f" | {_fmt(_geomean([_ratio(r['seconds'], r.get('highs_seconds')) for r in members]))}"
            " |")
    lines += ["", "Gaps are relative to the known value (optimum, or best known for d20200); "
              "negative would mean better than known.", "", "## Per instance", "",
              "| instance | m×n | known | engine | status | s | to best s | plain | plain s | "
              "engine/plain | HiGHS | HiGHS s | greedy | greedy gap | checked |",
              "|---|---|---:|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|"]
    for r in rows:
        checked = all(r.get(k) is not False for k in ("checked", "plain_checked",
                                                      "highs_checked", "greedy_checked"))
        lines.append(
            f"| {r['instance']} | {r['agents']}×{r['jobs']} | {_fmt(r['known'], 0)} | "
            f"{_fmt(r['objective'], 0)} | {r['status']} | {_fmt(r['seconds'])} | "
            f"{_fmt(r.get('time_to_best'))} | {_fmt(r.get('plain_objective'), 0)} | "
            f"{_fmt(r.get('plain_seconds'))} | "
            f"{_fmt(_ratio(r['seconds'], r.get('plain_seconds')))} | "
            f"{_fmt(r.get('highs_objective'), 0)} | {_fmt(r.get('highs_seconds'))} | "
            f"{_fmt(r.get('greedy_objective'), 0)} | {_pct(r.get('greedy_gap_to_known'))} | "
            f"{'yes' if checked else 'NO'} |")
    return "\n".join(lines) + "\n"


def run_gap(files: list[str], time_limit: float, workers: int, data: Path, out: Path,
            plots: bool = True) -> tuple[list[dict], bool]:
    """Run OR-Library GAP ``files`` with every peer; write the JSON, report and plots to ``out``.

    Returns the rows and whether every checked solution passed its check.
    """
    rows = []
    instances = gap_bench.load_instances(files, data)
    for k, (instance, known) in enumerate(instances, start=1):
        print(f"[gap {k}/{len(instances)}] {instance.name} ...", file=sys.stderr, flush=True)
        rows.append(gap_bench.run_instance(instance, known, time_limit, workers, peers=True))
    ok = all(r.get(k) is not False for r in rows for k in r if k.endswith("checked"))
    out.mkdir(parents=True, exist_ok=True)
    stem = "gap" if len(files) > 1 else f"gap-{files[0]}"
    (out / f"{stem}.md").write_text(gap_markdown(rows, time_limit, workers), encoding="utf-8")
    with (out / f"{stem}.jsonl").open("w", encoding="utf-8") as handle:
        for row in rows:
            handle.write(json.dumps({k: v for k, v in row.items() if k != "solution"}) + "\n")
    if plots:
        from benchmarks.plots import cactus, gap_over_time

        cactus(rows, {"": "engine (CP-SAT)", "plain_": "plain CP-SAT", "highs_": "HiGHS"},
               out / f"{stem}-cactus.png", "GAP instances proven optimal")
        hard = [r for r in rows if _family(r["instance"]) in ("C", "D")]
        if hard:
            gap_over_time(hard, out / f"{stem}-progress.png",
                          "Engine on types C and D: gap to known value over time")
    return rows, ok


def hard_markdown(rows: list[dict], time_limit: float, workers: int) -> str:
    """Types A-D: the engine's default backend beside CP-SAT alone, same run."""
    lines = ["# GAP types A-D: backend auto vs CP-SAT alone", "", header(),
             f"- per instance and backend: time limit {time_limit:g} s; CP-SAT {workers} "
             "workers; auto = CP-SAT for 15 % of the time, then HiGHS when not proved: on the "
             "kernel first (LP support + 3 least-reluctant agents per job) when it leaves out "
             "more than half the arcs, then on the whole program; every solution re-checked "
             "by benchmarks/gap_check.py", "",
             "| instance | seed | known | auto | auto gap | auto solver | kernel arcs | auto s | "
             "CP-SAT alone | CP-SAT alone gap | checked |",
             "|---|---:|---:|---:|---:|---|---:|---:|---:|---:|---|"]
    for r in rows:
        checked = r.get("checked") is not False and r.get("cpsat_checked") is not False
        lines.append(
            f"| {r['instance']} | {r['seed']} | {_fmt(r['known'], 0)} | "
            f"{_fmt(r['objective'], 0)} | {_pct(r['gap_to_known'])} | {r.get('solver')} | "
            f"{r.get('kernel_arcs') or '-'} | {_fmt(r['seconds'])} | "
            f"{_fmt(r.get('cpsat_objective'), 0)} | "
            f"{_pct(r.get('cpsat_gap_to_known'))} | {'yes' if checked else 'NO'} |")
    lines += ["", "| family | runs | mean gap auto | mean gap CP-SAT alone |",
              "|---|---:|---:|---:|"]
    first_runs = [r for r in rows if r["seed"] == 0]
    for family in ("A", "B", "C", "D", None):
        members = [r for r in first_runs if family is None or _family(r["instance"]) == family]
        if members:
            mean_auto = sum(r["gap_to_known"] for r in members) / len(members)
            mean_cpsat = sum(r["cpsat_gap_to_known"] for r in members) / len(members)
            lines.append(f"| {family or 'A-D'} | {len(members)} | {_pct(mean_auto)} | "
                         f"{_pct(mean_cpsat)} |")
    return "\n".join(lines) + "\n"


def run_hard(time_limit: float, workers: int, data: Path, out: Path,
             repeat: tuple[str, ...] = ("d20200",), seeds: tuple[int, ...] = (1, 2)
             ) -> tuple[list[dict], bool]:
    """Run the hard GAP families (a-d), ``repeat`` instances again per seed; report to ``out``.

    Returns the rows and whether every checked solution passed its check.
    """
    rows = []
    runs = [(instance, known, 0) for instance, known in gap_bench.load_instances(
        ["gapa", "gapb", "gapc", "gapd"], data)]
    runs += [(instance, known, seed) for instance, known in gap_bench.load_instances(
        ["gapd"], data, set(repeat)) for seed in seeds]
    for k, (instance, known, seed) in enumerate(runs, start=1):
        print(f"[hard {k}/{len(runs)}] {instance.name} seed {seed} ...", file=sys.stderr,
              flush=True)
        row = gap_bench.run_instance(instance, known, time_limit, workers, peers=False,
                                     backend="auto", seed=seed)
        alone = gap_bench.run_engine(instance, time_limit, workers, seed, backend="cpsat")
        row.update({"seed": seed, "cpsat_objective": alone["objective"],
                    "cpsat_checked": alone["checked"],
                    "cpsat_gap_to_known": gap_bench.gap_to(alone["objective"], row["known"],
                                                           instance.sense)})
        rows.append(row)
    ok = all(r.get("checked") is not False and r.get("cpsat_checked") is not False
             for r in rows)
    out.mkdir(parents=True, exist_ok=True)
    (out / "gap-hard.md").write_text(hard_markdown(rows, time_limit, workers), encoding="utf-8")
    return rows, ok


def main(argv: list[str] | None = None) -> int:
    """The ``python -m benchmarks`` command line; returns the exit code."""
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == ["web"]:  # the web app in a real browser (benchmarks/web.py)
        from benchmarks import web

        return web.main(argv[1:])
    if argv[:1] == ["hostile"]:  # hostile inputs: time and memory (benchmarks/hostile.py)
        from benchmarks import hostile

        return hostile.main(argv[1:])
    parser = argparse.ArgumentParser(prog="python -m benchmarks", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)
    run = commands.add_parser("run", help="run a suite")
    run.add_argument("--suite", choices=["smoke", "gap", "hard", "yagiura", "groups", "all"],
                     default="smoke")
    run.add_argument("--time-limit", type=float, default=None)
    run.add_argument("--workers", type=int, default=8)
    run.add_argument("--data-dir", default=None)
    run.add_argument("--sizes", default="S,M,L,XL",
                     help="groups: frozen group names (S,M,L,XL,XXL); all: school counts")
    run.add_argument("--out", type=Path, default=RESULTS)
    run.add_argument("--repeats", type=int, default=3, help="groups: runs per group")
    run.add_argument("--instances", default="", help="yagiura: comma-separated names")
    args = parser.parse_args(argv)
    data = gap_bench.data_dir(args.data_dir)
    ok = True
    if args.suite == "smoke":
        _, ok = run_gap(SMOKE_GAP_FILES, args.time_limit or 10, args.workers, data, args.out,
                        plots=False)
        ok &= group_bench.smoke(args.out)
    if args.suite in ("gap", "all"):
        _, gap_ok = run_gap(GAP_FILES, args.time_limit or 60, args.workers, data, args.out)
        ok &= gap_ok
    if args.suite == "hard":
        _, hard_ok = run_hard(args.time_limit or 60, args.workers, data, args.out)
        ok &= hard_ok
    if args.suite == "yagiura":
        from benchmarks import yagiura

        only = {name.strip() for name in args.instances.split(",") if name.strip()} or None
        _, yagiura_ok = yagiura.run_suite(data, args.out, args.time_limit or 60, args.workers,
                                          only)
        ok &= yagiura_ok
    if args.suite == "groups":  # the frozen groups, each command in its own process tree
        from benchmarks import frozen_groups

        names = [n.strip() for n in args.sizes.split(",")] if not args.sizes[0].isdigit() \
            else ["S", "M", "L", "XL"]
        frozen_groups.main(names, args.time_limit or 120, args.repeats,
                           args.out / "groups-frozen.md")
    if args.suite == "all":  # synthetic groups with peers in one process (benchmarks/groups.py)
        sizes = args.sizes if args.sizes[0].isdigit() else "5,20,40,100"
        group_bench.main(["--sizes", sizes, "--time-limit", str(args.time_limit or 120),
                          "--workers", str(args.workers), "--peers",
                          "--out", str(args.out / "groups.md")])
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
