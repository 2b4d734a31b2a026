"""The larger GAP instances of Yagiura, Ibaraki and Glover (types C, D, E; 33 files).

    python -m benchmarks run --suite yagiura [--time-limit 60] [--workers N] [--data-dir DIR]
                                             [--out DIR] [--instances e05100,...]

Each file in ``DATA/yagiura2004`` holds one minimisation instance without the leading count;
``values.csv`` beside them gives the sense, the lower bound, the optimum (when proven) and the
best known value. One result file per instance is written to ``OUT/yagiura/<name>.json`` as
soon as that instance is done (atomically), and instances that already have one are skipped:
an interrupted run resumes where it stopped. ``OUT/yagiura.md`` summarises every result file.
"""

from __future__ import annotations

import csv
import json
import os
import sys
import time
from dataclasses import dataclass
from pathlib import Path

from allocator.compile.gap import KnownValue, Sense, read_gap_file
from benchmarks import gap as gap_bench
from benchmarks.machine import commit, header

FOLDER = "yagiura2004"


@dataclass(frozen=True)
class Listed:
    """A row of values.csv."""

    instance: str
    sense: str
    lower_bound: float | None
    optimum: float | None
    best_known: float

    @property
    def known(self) -> KnownValue:
        """The instance's known value: its optimum when proven, else the best known."""
        if self.optimum is not None:
            return KnownValue(self.optimum, "optimal")
        return KnownValue(self.best_known, "best_known")


def _number(text: str) -> float | None:
    return float(text) if text.strip() else None


def listed_instances(data: Path) -> list[Listed]:
    """The instances values.csv names, in its order."""
    with (data / FOLDER / "values.csv").open(encoding="utf-8") as handle:
        return [Listed(row["instance"], row["sense"], _number(row["lower_bound"]),
                       _number(row["optimum"]), float(row["best_known"]))
                for row in csv.DictReader(handle)]


def _write_atomically(path: Path, text: str) -> None:
    part = path.with_name(f".{path.name}.part")
    part.write_text(text, encoding="utf-8")
    os.replace(part, path)


def run_suite(data: Path, out: Path, time_limit: float, workers: int,
              only: set[str] | None = None) -> tuple[list[dict], bool]:
    """Solve every listed instance without a result file yet; return all results."""
    folder = out / "yagiura"
    folder.mkdir(parents=True, exist_ok=True)
    listed = [item for item in listed_instances(data) if not only or item.instance in only]
    for k, item in enumerate(listed, start=1):
        target = folder / f"{item.instance}.json"
        if target.exists():  # done in an earlier (perhaps interrupted) run
            continue
        print(f"[yagiura {k}/{len(listed)}] {item.instance} ...", file=sys.stderr, flush=True)
        # values.csv states the sense: given, not guessed from the name
        sense: Sense = "max" if item.sense == "max" else "min"
        [instance] = read_gap_file(data / FOLDER / item.instance, sense=sense)
        load_before = os.getloadavg()[0]
        row = gap_bench.run_instance(instance, item.known, time_limit, workers, peers=False)
        row.pop("solution", None)
        row.update({"lower_bound": item.lower_bound, "optimum": item.optimum,
                    "best_known": item.best_known,
                    "gap_to_best_known": gap_bench.gap_to(row["objective"], item.best_known,
                                                          sense),
                    "time_limit": time_limit, "workers": workers,
                    "load_before": round(load_before, 2),
                    "load_after": round(os.getloadavg()[0], 2),
                    "commit": commit(), "finished": time.strftime("%Y-%m-%d %H:%M:%S",
                                                                  time.gmtime())})
        _write_atomically(target, json.dumps(row, indent=1) + "\n")
    rows = [json.loads(path.read_text(encoding="utf-8"))
            for path in sorted(folder.glob("*.json"))]
    ok = all(row.get("checked") is not False for row in rows)
    _write_atomically(out / "yagiura.md", markdown(rows))
    return rows, ok


def _pct(value: float | None) -> str:
    return "-" if value is None else f"{100 * value:.2f} %"


def _value(value: float | None) -> str:
    return "-" if value is None else f"{value:g}"


def engine_path(row: dict) -> str:
    """Which solvers made the plan: CP-SAT alone, or HiGHS after it.

    HiGHS works on the targets below the Lagrangian dual, on the kernel, on the program the
    dual fixes, or on the whole program; rounds re-solve part of the plan in between. Rows
    written before ``mip_status`` was recorded say HiGHS without saying where.
    """
    if row.get("solver") in (None, "-"):
        return "-"
    if "mip_status" not in row:  # an older result file
        kernel = f" (kernel {row['kernel_arcs']})" if row.get("kernel_arcs") else ""
        return "CP-SAT → HiGHS" + kernel if "highs" in str(row["solver"]) \
            or row.get("kernel_arcs") else "CP-SAT"
    if "highs" not in str(row["solver"]) and row.get("mip_status") is None \
            and row.get("kernel_arcs") is None:
        return "CP-SAT"
    steps = ["CP-SAT"]
    if row.get("lagrange_bound") is not None:
        steps.append("Lagrange")
    targets = row.get("target_steps") or []
    if targets:
        _, arcs, status, _ = targets[-1]
        steps.append(f"{len(targets)} targets (last {arcs}/{row.get('arcs')}, {status})")
    if row.get("kernel_arcs"):
        steps.append(f"kernel {row['kernel_arcs']}")
    if row.get("rounds") or "rounds" in str(row["solver"]):
        done = f" {row['rounds']}" if row.get("rounds") else ""
        steps.append(f"rounds{done}")
    if row.get("mip_status") not in (None, "kernel only", "targets", "proven before"):
        fixed = row.get("fixed_arcs")
        steps.append(f"HiGHS fixed {fixed}/{row.get('arcs')}" if fixed else "HiGHS whole")
    return " → ".join(steps)


def markdown(rows: list[dict]) -> str:
    """The summary table of every result file, with the targets' counts."""
    lines = ["# Yagiura GAP instances (types C, D, E): the engine per instance", "", header(),
             "- one result file per instance in yagiura/ (its own time limit, workers, load "
             "average before and after, commit); every solution re-checked; one instance at a "
             "time (the load columns say what ran beside it)", "",
             "| instance | n | m | best known | value | gap | proven | s | limit s | path | "
             "load | commit | checked |",
             "|---|---:|---:|---:|---:|---:|---|---:|---:|---|---|---|---|"]
    for r in rows:
        lines.append(
            f"| {r['instance']} | {r['jobs']} | {r['agents']} | {r['best_known']:g} | "
            f"{_value(r['objective'])} | {_pct(r['gap_to_best_known'])} | "
            f"{'yes' if r['status'] == 'optimal' else 'no'} | {r['seconds']:.1f} | "
            f"{r['time_limit']:g} | {engine_path(r)} | "
            f"{r['load_before']}-{r['load_after']} | {r.get('commit', '-')} | "
            f"{'yes' if r.get('checked') else 'NO' if r.get('checked') is False else '-'} |")
    small_e = [r for r in rows if r["instance"].startswith("e") and r["jobs"] <= 200]
    if small_e:
        proven = sum(r["status"] == "optimal" for r in small_e)
        lines += ["", f"Type E with n ≤ 200: {proven} of {len(small_e)} proven optimal."]
    gaps = [r["gap_to_best_known"] for r in rows if r["gap_to_best_known"] is not None]
    if gaps:
        lines.append(f"Within 0.5 % of best known: {sum(g <= 0.005 for g in gaps)} of "
                     f"{len(rows)} (mean gap {_pct(sum(gaps) / len(gaps))}).")
    return "\n".join(lines) + "\n"
