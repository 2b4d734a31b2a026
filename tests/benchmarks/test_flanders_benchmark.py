"""The Flanders benchmark: a snapshot stopped after its share of the machine resumes, and the
report sums the runs' wall-clock (a sample stands in for Flanders: small, fast)."""

from __future__ import annotations

import json

from allocator.scenarios import flanders as scenario
from benchmarks import flanders


def test_a_stopped_snapshot_resumes_and_reports_the_summed_wall_clock(tmp_path, monkeypatch):
    def sample(seed, time_limit, workers, sample, stage3_work):
        return scenario.flanders_jobs(seed, 1.0, workers, 3, stage3_work)

    monkeypatch.setattr(flanders, "flanders_jobs", sample)
    groups = len(sample(0, 1.0, 1, None, 0.5))
    folder, out = tmp_path / "run", tmp_path / "flanders.md"
    common = ["snapshot", "--folder", str(folder), "--out", str(out), "--workers", "1"]
    assert flanders.main([*common, "--minutes", "0.000001"]) == 0
    first = json.loads((folder / "holds.jsonl").read_text().splitlines()[0])
    assert first["stopped"] and 1 <= first["done_after"] < groups and not out.exists()
    assert flanders.main(common) == 0
    holds = [json.loads(line) for line in (folder / "holds.jsonl").read_text().splitlines()]
    assert len(holds) == 2 and holds[1]["done_before"] == first["done_after"]
    assert holds[1]["done_after"] == groups and not holds[1]["stopped"]
    report = out.read_text()
    total = sum(h["wall"] for h in holds)
    assert f"wall-clock, all groups: {total:.0f} s" in report and "in 2 run(s)" in report
    assert f"| Flanders | {groups} |" in report and "stage 3 (preferences) capped at 0.5" in report


def test_the_profile_splits_a_group_into_phases(tmp_path):
    out = tmp_path / "profile.md"
    assert flanders.main(["profile", "--groups", "g0440", "--out", str(out)]) == 0
    report = out.read_text()
    for _label, _file, _function in flanders.PHASES:
        assert f"| {_label} |" in report
    assert "| whole point (solve_job) | 0.00 |" not in report  # the phases were timed
    assert "stage preferences: s / work / gap" in report and "pickled" in report
