"""The benchmark smoke suite: literature instances and small groups, correctness only."""

from __future__ import annotations

import json

import pytest

from benchmarks import gap as gap_bench

DATA = gap_bench.data_dir()
needs_data = pytest.mark.skipif(not (DATA / "gap1.txt").exists(),
                                reason=f"OR-Library GAP data not found at {DATA}")


@needs_data
def test_gap1_reaches_every_known_optimum_through_the_engine():
    for instance, known in gap_bench.load_instances(["gap1"], DATA):
        row = gap_bench.run_instance(instance, known, time_limit=20, workers=8, peers=True)
        assert row["status"] == "optimal" and row["objective"] == known.value
        assert row["checked"] and row["plain_checked"] and row["highs_checked"]
        assert row["greedy_checked"] in (True, None)
        assert row["plain_objective"] == row["highs_objective"] == known.value
        assert len(row["solution"]) == instance.jobs


@needs_data
def test_a_type_a_instance_is_minimised_to_its_optimum():
    [(instance, known)] = gap_bench.load_instances(["gapa"], DATA, {"a05100"})
    row = gap_bench.run_instance(instance, known, time_limit=30, workers=8, peers=False)
    assert instance.sense == "min" and row["objective"] == known.value and row["checked"]


@needs_data
def test_the_gap_command_prints_one_checked_json_object_per_instance(capsys):
    code = gap_bench.main(["gap1", "--json", "--time-limit", "10", "--instances",
                           "c515-1,c515-3", "--data-dir", str(DATA)])
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert code == 0 and [r["instance"] for r in rows] == ["c515-1", "c515-3"]
    for row in rows:
        assert {"instance", "agents", "jobs", "sense", "objective", "bound", "known", "status",
                "seconds", "solution"} <= set(row)
        assert all(0 <= agent < row["agents"] for agent in row["solution"])


def test_small_groups_pass_the_checker_with_every_backend(tmp_path):
    from benchmarks.groups import smoke

    assert smoke(tmp_path)
    assert "Peers on the same compiled program" in (tmp_path / "smoke-groups.md").read_text()


def test_the_gap_checker_rejects_an_overloaded_agent():
    import numpy as np

    from allocator.compile.gap import GapInstance
    from benchmarks.gap_check import check_gap_solution

    instance = GapInstance("t", "max", np.array([[5, 6]]), np.array([[3, 3]]), np.array([5]))
    assert not check_gap_solution(instance, [0, 0]).feasible
    assert check_gap_solution(GapInstance("t", "max", np.array([[5, 6]]), np.array([[3, 2]]),
                                          np.array([5])), [0, 0]).objective == 11
