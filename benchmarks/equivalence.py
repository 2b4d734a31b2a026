"""Before/after evidence for refactors: stage values and a plan fingerprint per frozen group.

    python -m benchmarks.equivalence --label before [--groups S,M,L,XL] [--time-limit 20]
    python -m benchmarks.equivalence --label after --compare benchmarks/results/redesign-before.json

Each frozen group (benchmarks/groups/*.xlsx) is solved twice through the engine:
- ``workers=1`` (deterministic time): the same model must give the same plan, so the stage
  values and the plan's fingerprint must be identical before and after a refactor that keeps
  behaviour;
- the default options: proven stage values must be equal (stage 3 may differ within its gap).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from benchmarks.machine import header

if TYPE_CHECKING:
    from models import Plan, Problem

GROUPS_DIR = Path(__file__).parent / "groups"
RESULTS = Path(__file__).parent / "results"


def _load(name: str) -> Problem:
    from allocator.read import read_problem

    return read_problem(GROUPS_DIR / f"{name}.xlsx").problem


def _fingerprint(plan: Plan) -> str:
    rows = sorted((a.person, a.task, a.school or "", a.funding, a.hours) for a in plan.assignments)
    return hashlib.sha256(json.dumps(rows).encode()).hexdigest()[:16]


def _solve(problem: Problem, **options: Any) -> dict:
    from allocator.engine import solve_problem
    from allocator.solve import SolveOptions

    plan = solve_problem(problem, SolveOptions(**options))
    return {
        "status": plan.status,
        "stages": {s.name: {"status": s.status, "objective": s.objective, "bound": s.bound}
                   for s in plan.stages},
        "fingerprint": _fingerprint(plan),
        "assignments": len(plan.assignments),
    }


def run(groups: list[str], time_limit: float) -> dict:
    """Stage values and plan fingerprints of ``groups``: deterministic and with default options."""
    result: dict = {}
    for name in groups:
        problem = _load(name)
        print(f"{name}: deterministic ...", file=sys.stderr, flush=True)
        deterministic = _solve(problem, time_limit=time_limit, workers=1)
        print(f"{name}: default ...", file=sys.stderr, flush=True)
        default = _solve(problem, time_limit=max(60.0, time_limit * 3))
        result[name] = {"deterministic": deterministic, "default": default}
    return result


def compare(before: dict, after: dict) -> list[str]:
    """Differences that a behaviour-preserving change must not have."""
    problems = []
    for name, runs in before.items():
        if name not in after:
            continue
        old, new = runs["deterministic"], after[name]["deterministic"]
        if old["fingerprint"] != new["fingerprint"] or old["stages"] != new["stages"]:
            problems.append(f"{name}: deterministic plan differs")
        for stage in ("core", "noncore"):
            a = runs["default"]["stages"].get(stage, {})
            b = after[name]["default"]["stages"].get(stage, {})
            if a.get("status") == b.get("status") == "optimal" and a["objective"] != b["objective"]:
                problems.append(f"{name}: proven {stage} value {a['objective']} -> {b['objective']}")
    return problems


def main(argv: list[str] | None = None) -> int:
    """The command line (see the module docstring); returns the exit code."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--label", required=True)
    parser.add_argument("--groups", default="S,M,L,XL")
    parser.add_argument("--time-limit", type=float, default=20.0)
    parser.add_argument("--compare", type=Path)
    args = parser.parse_args(argv)
    result = {"machine": header(), "time_limit": args.time_limit,
              "groups": run(args.groups.split(","), args.time_limit)}
    out = RESULTS / f"redesign-{args.label}.json"
    out.write_text(json.dumps(result, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {out}", file=sys.stderr)
    if args.compare:
        problems = compare(json.loads(args.compare.read_text())["groups"], result["groups"])
        print("\n".join(problems) or "identical: deterministic plans and proven stage values")
        return 1 if problems else 0
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
