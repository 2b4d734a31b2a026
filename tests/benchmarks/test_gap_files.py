"""GAP files beyond OR-Library's names: the sense is given, never guessed; the Yagiura suite
writes one result per instance and resumes. Tiny instances generated here."""

from __future__ import annotations

import json

import pytest

from allocator.compile.gap import UnknownSense, named_sense, read_gap_file
from benchmarks import __main__ as suites
from benchmarks import gap as gap_bench
from benchmarks import yagiura

# 2 agents, 3 jobs: values, weights, capacities. Job 2 fits agent 1 only. Minimum 1+1+2 = 4
# (jobs 0 and 1 on agent 0); maximum 9+9+2 = 20 (everything on agent 1: 1+1+3 = 5 <= 5)
COST = [[1, 1, 9], [9, 9, 2]]
WEIGHT = [[2, 2, 5], [1, 1, 3]]
CAPACITY = [4, 5]


def _numbers() -> list[int]:
    return [n for row in COST for n in row] + [n for row in WEIGHT for n in row] + CAPACITY


def _write_single(path) -> None:
    """Yagiura's layout: m n, then the matrices, no leading count."""
    path.write_text(" ".join(map(str, [2, 3, *_numbers()])) + "\n", encoding="utf-8")


def test_or_library_names_say_the_sense_other_names_do_not(tmp_path):
    assert named_sense(tmp_path / "gap7.txt") == "max"
    assert named_sense(tmp_path / "gapd.txt") == "min"
    assert named_sense(tmp_path / "my-d-instances.txt") is None
    path = tmp_path / "typed.txt"
    path.write_text(" ".join(map(str, [1, 2, 3, *_numbers()])), encoding="utf-8")
    with pytest.raises(UnknownSense, match="--sense"):
        read_gap_file(path)
    [instance] = read_gap_file(path, sense="min")
    assert instance.sense == "min" and instance.agents == 2 and instance.jobs == 3


def test_the_gap_command_refuses_an_unnamed_file_without_sense(tmp_path, capsys):
    path = tmp_path / "e0203"
    _write_single(path)
    assert gap_bench.main([str(path), "--json", "--time-limit", "5"]) == 2
    assert "--sense" in capsys.readouterr().err
    assert gap_bench.main([str(path), "--json", "--time-limit", "5", "--sense", "min",
                           "--workers", "1"]) == 0
    [row] = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert row["instance"] == "e0203" and row["objective"] == 4 and row["checked"]
    assert gap_bench.main([str(path), "--json", "--time-limit", "5", "--sense", "max",
                           "--workers", "1"]) == 0
    [row] = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert row["objective"] == 20 and row["checked"]


def _data(tmp_path):
    data = tmp_path / "gap"
    folder = data / "yagiura2004"
    folder.mkdir(parents=True)
    for name in ("e0203", "c0203"):
        _write_single(folder / name)
    (folder / "values.csv").write_text(
        "instance,agents,jobs,sense,lower_bound,optimum,best_known\n"
        "e0203,2,3,min,4,4,4\nc0203,2,3,min,3,,4\n", encoding="utf-8")
    return data


def test_the_yagiura_suite_writes_one_result_per_instance_and_resumes(tmp_path, monkeypatch):
    data, out = _data(tmp_path), tmp_path / "results"
    code = suites.main(["run", "--suite", "yagiura", "--data-dir", str(data), "--out", str(out),
                        "--time-limit", "5", "--workers", "1", "--instances", "e0203"])
    assert code == 0
    assert [p.name for p in (out / "yagiura").iterdir()] == ["e0203.json"]
    row = json.loads((out / "yagiura" / "e0203.json").read_text())
    assert row["status"] == "optimal" and row["objective"] == 4 and row["checked"]
    assert row["gap_to_best_known"] == 0 and "load_before" in row

    solved: list[str] = []
    original = gap_bench.run_instance

    def counting(instance, *args, **kwargs):
        solved.append(instance.name)
        return original(instance, *args, **kwargs)

    monkeypatch.setattr(gap_bench, "run_instance", counting)
    rows, ok = yagiura.run_suite(data, out, time_limit=5, workers=1)
    assert ok and solved == ["c0203"]  # e0203 was done: the run resumes after it
    assert sorted(r["instance"] for r in rows) == ["c0203", "e0203"]
    summary = (out / "yagiura.md").read_text()
    assert "| c0203 |" in summary and "| e0203 |" in summary
    assert not list((out / "yagiura").glob(".*.part"))


def test_the_path_names_the_targets_the_kernel_and_the_rounds_in_their_order():
    row = {"solver": "cp-sat+highs+rounds", "lagrange_bound": 6177.0, "arcs": 2000,
           "target_steps": [[-6177, 323, "open", 5.1]], "kernel_arcs": 300, "rounds": 516,
           "fixed_arcs": 700, "mip_status": "feasible"}
    assert yagiura.engine_path(row) == ("CP-SAT → Lagrange → 1 targets (last 323/2000, open) → "
                                "kernel 300 → rounds 516 → HiGHS fixed 700/2000")
    proven = {"solver": "cp-sat+highs-target", "lagrange_bound": 8431.0, "arcs": 2000,
              "target_steps": [[-8432, 228, "infeasible", 1.7], [-8438, 466, "optimal", 26.2]],
              "mip_status": "targets"}
    assert yagiura.engine_path(proven) == "CP-SAT → Lagrange → 2 targets (last 466/2000, optimal)"
