"""A Flanders snapshot: every school of the domain brief in a group, groups solved, totals."""

from __future__ import annotations

from collections import Counter

import pandas as pd
from click.testing import CliRunner

from allocator.cli.main import main
from allocator.scenarios.flanders import (
    GROUP_SIZES,
    STAGE3_WORK,
    flanders_groups,
    flanders_jobs,
    flanders_totals,
)
from allocator.scenarios.point import build_problem


def test_every_flemish_school_is_in_exactly_one_group_of_a_documented_size():
    groups = flanders_groups(seed=0)
    levels = Counter(level for g in groups for level in g["levels"])
    assert levels == {"basis": 2517, "secundair": 988, "buitengewoon": 206 + 142,
                      "volwassenen": 32}
    for group in groups:
        low, high = GROUP_SIZES[group["kind"]]
        assert low <= len(group["levels"]) <= high + low  # a small remainder joins the last
    assert sum(g["kind"] == "adult" for g in groups) == 32
    assert 350 < len(groups) < 600
    assert flanders_groups(seed=0) == groups and flanders_groups(seed=1) != groups


def test_a_sample_keeps_every_kind_and_builds_groups_with_exact_levels():
    jobs = flanders_jobs(seed=0, sample=6)
    assert {job["axes"]["kind"] for job in jobs} == {"primary", "secondary", "adult"}
    for job in jobs:
        problem = build_problem(job)
        assert [s.level.value for s in problem.schools] == job["generate"]["school_levels"]


def test_totals_add_counts_and_hours_over_groups():
    points = pd.DataFrame([
        {"kind": "primary", "status": "optimal", "core_instances": 10, "core_covered": 5,
         "noncore_instances": 20, "noncore_covered": 10, "recruit_hours": 36.0,
         "gap_core": 0.0, "gap_noncore": 0.02},
        {"kind": "adult", "status": "optimal", "core_instances": 10, "core_covered": 10,
         "noncore_instances": 20, "noncore_covered": 0, "recruit_hours": 18.0,
         "gap_core": 0.0, "gap_noncore": 0.0},
        {"kind": "adult", "status": "error"}])
    totals = flanders_totals(points).set_index("kind")
    flemish = totals.loc["Flanders"]
    assert flemish["core_coverage_pct"] == 75 and flemish["noncore_coverage_pct"] == 25
    assert flemish["recruitment_posts"] == 1.5 and flemish["groups_failed"] == 1
    assert flemish["groups_gap_noncore_over_1pct"] == 1
    assert totals.loc["adult", "groups_failed"] == 1


def test_the_flanders_command_solves_a_sample_and_writes_totals(tmp_path):
    out = tmp_path / "fl"
    result = CliRunner().invoke(main, ["scenarios", "flanders", "--sample", "3", "--time-limit",
                                       "2", "--workers", "2", "-o", str(out), "--no-plots",
                                       "--lang", "en"])
    assert result.exit_code == 0, result.output
    groups = pd.read_parquet(out / "flanders.parquet")
    assert len(groups) == len(flanders_jobs(0, sample=3))
    assert {"kind", "group_seed", "gap_core", "gap_noncore", "gap_preferences",
            "recruit_hours"} <= set(groups.columns)
    totals = pd.read_csv(out / "flanders-totals.csv", comment="#")
    assert list(totals["kind"])[-1] == "Flanders" and "Flanders:" in result.output
    assert {"max_gap_preferences", "mean_gap_preferences"} <= set(totals.columns)
    # the cap on stage 3 is said where the totals are, and in the provenance
    assert f"stage 3 (preferences) capped at {STAGE3_WORK:g}" in result.output
    assert f"# stage3_work: {STAGE3_WORK:g}" in (out / "flanders-totals.csv").read_text()
    again = CliRunner().invoke(main, ["scenarios", "flanders", "--sample", "3", "--time-limit",
                                      "2", "-o", str(out), "--no-plots", "--resume"])
    assert again.exit_code == 0 and "0/0" not in again.output


def test_jobs_cap_stage_3_by_default_and_come_largest_group_first():
    jobs = flanders_jobs(seed=0, sample=12)
    assert all(job["last_stage_work"] == STAGE3_WORK for job in jobs)
    sizes = [job["generate"]["schools"] for job in jobs]
    assert sizes == sorted(sizes, reverse=True) and sizes[0] > sizes[-1]
    assert all(job["last_stage_work"] is None
               for job in flanders_jobs(seed=0, sample=3, stage3_work=None))


def test_the_stage_3_cap_must_be_a_positive_amount_or_all(tmp_path):
    for bad in ("0", "-1", "inf", "much"):
        result = CliRunner().invoke(main, ["scenarios", "flanders", "--sample", "1",
                                           "--stage3-work", bad, "-o", str(tmp_path / "x")])
        assert result.exit_code == 2 and "--stage3-work" in result.output, bad


def test_totals_report_how_far_stage_3_ended_from_its_optimum():
    points = pd.DataFrame([
        {"kind": "primary", "status": "optimal", "core_instances": 1, "core_covered": 1,
         "noncore_instances": 1, "noncore_covered": 1, "recruit_hours": 0.0,
         "gap_core": 0.0, "gap_noncore": 0.0, "gap_preferences": gap}
        for gap in (0.1, 0.3, float("nan"))])
    flemish = flanders_totals(points).set_index("kind").loc["Flanders"]
    assert flemish["max_gap_preferences"] == 0.3
    assert abs(flemish["mean_gap_preferences"] - 0.2) < 1e-12
    assert flemish["groups_stage3_no_plan"] == 1


def test_the_stage_3_cap_reads_all_as_no_cap():
    from allocator.cli.scenarios import _Stage3Work

    assert _Stage3Work().convert("all", None, None) is None
    assert _Stage3Work().convert("ALL", None, None) is None
    assert _Stage3Work().convert("0.25", None, None) == 0.25
