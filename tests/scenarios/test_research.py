"""Research-grade runs: paired designs, funding posts, failures as rows, resume, provenance."""

from __future__ import annotations

import json
import os
import signal
import threading
import time
from pathlib import Path

import pandas as pd
import pytest
import yaml
from click.testing import CliRunner

from allocator.cli.main import main
from allocator.scenarios import run as run_module
from allocator.scenarios.changes import apply_change
from allocator.scenarios.design import sweep_from_dict, sweep_jobs
from allocator.scenarios.errors import Place
from allocator.scenarios.execute import ClusterError, Limits, run_on_dask, run_on_processes
from allocator.scenarios.funding import FULL_POST_HOURS
from allocator.scenarios.point import build_problem
from allocator.scenarios.run import run_points
from allocator.scenarios.spec import Recruit, ScaleFunding, ScenarioError
from allocator.synth import generate_group

SWEEP = {"version": 2, "base": {"generate": {"schools": 3, "seed": 1}}, "repetitions": 2,
         "time_limit": 2,
         "axes": [{"name": "pooling", "generator": "pool_share", "values": [0, 1]},
                  {"name": "ict", "change": {"type": "scale_funding", "source": "ict"},
                   "field": "factor", "values": [1, 1.7]}]}


def _jobs(data: dict = SWEEP) -> list[dict]:
    return sweep_jobs(sweep_from_dict(data, "test"))


# --- paired designs ---------------------------------------------------------------------------

def test_every_point_of_a_repetition_starts_from_the_same_group():
    jobs = _jobs()
    assert len(jobs) == 8
    for repetition in (0, 1):
        own = [job for job in jobs if job["repetition"] == repetition]
        assert len({job["group_seed"] for job in own}) == 1
        groups = [build_problem(job) for job in own]
        facts = {tuple((s.id, s.level, s.pupils) for s in g.schools) for g in groups}
        assert len(facts) == 1  # same schools at every pool share and ICT factor
    unpooled = [j for j in jobs if j["axes"]["pooling"] == "0" and j["repetition"] == 0]
    plain, richer = (build_problem(j) for j in unpooled)
    assert [p.id for p in plain.people] == [p.id for p in richer.people[:len(plain.people)]]
    assert sum(p.ict for p in richer.people) > sum(p.ict for p in plain.people)


def test_a_sweep_file_takes_generator_change_and_named_change_axes(tmp_path):
    data = {"version": 2, "base": {"generate": {"schools": 4, "levels": [
        "basis", "secundair", "buitengewoon", "volwassenen"]}},
            "axes": [{"name": "mix", "generator": "level_mix", "values": {
                "flanders": {"basis": 0.62, "secundair": 0.28, "buitengewoon": 0.07,
                             "volwassenen": 0.03},
                "secondary": {"secundair": 1.0}}},
                {"name": "size", "generator": "schools", "values": ["2-6"]},
                {"name": "catalogue", "values": {
                    "standard": [], "helpdesk-core": [{"type": "task_core",
                                                       "task": "TECH-01", "core": True}]}}]}
    jobs = _jobs(data)
    assert len(jobs) == 4
    secondary = build_problem(next(j for j in jobs if j["axes"]["mix"] == "secondary"))
    assert {s.level.value for s in secondary.schools} == {"secundair"}
    assert len({j["generate"]["schools"] for j in jobs}) == 1  # one size draw per repetition
    core = build_problem(next(j for j in jobs if j["axes"]["catalogue"] == "helpdesk-core"))
    assert core.task_by_id()["TECH-01"].core


def test_a_sweep_file_is_refused_with_a_located_reason():
    bad = {**SWEEP, "axes": [{"name": "ict", "change": {"type": "scale_funding",
                                                          "source": "ict"},
                              "field": "factor", "values": [1, -2]}]}
    with pytest.raises(ScenarioError, match="ict"):
        _jobs(bad)
    with pytest.raises(ScenarioError, match="generated base"):
        sweep_from_dict({**SWEEP, "base": {"file": "x.xlsx"}}, "s.yaml")


# --- funding changes: posts up to 36 h, then new people ---------------------------------------

def test_a_raise_fills_posts_to_a_full_post_and_then_hires():
    group = generate_group(6, seed=3, pool_share=1.0)
    raised = apply_change(ScaleFunding(type="scale_funding", source="ict", factor=3.0), group,
                          Place("test"))
    for person in raised.people:
        assert person.ict + person.bpt + person.other <= FULL_POST_HOURS
    before = sum(p.ict for p in group.people)
    after = sum(p.ict for p in raised.people)
    assert after == pytest.approx(before * 3, abs=0.5 * len(group.people))
    hired = [p for p in raised.people if p.id.startswith("NEW-ict-")]
    assert hired and all(p.role.value == "TICT" and p.T == 3 for p in hired)
    old = {p.id: p for p in group.people}
    for person in raised.people:  # existing holders never lose hours, hired only at sites
        if person.id in old:
            assert person.ict >= old[person.id].ict
    assert {p.site for p in hired} <= {p.site for p in group.people if p.ict > 0}


def test_version_one_files_keep_multiplying_without_a_cap():
    from allocator.scenarios.changes import apply_variant
    from allocator.scenarios.spec import ScenarioFile

    group = generate_group(6, seed=3, pool_share=1.0)
    files = [ScenarioFile.model_validate({
        **version, "base": {"generate": {"schools": 6}}, "variants": [{"name": "x", "changes": [
            {"type": "scale_funding", "source": "ict", "factor": 3.0}]}]})
        for version in ({}, {"version": 1}, {"version": 2})]
    old, one, new = (apply_variant(group, spec.variants[0]) for spec in files)
    assert old == one and len(old.people) == len(group.people)
    assert max(p.ict for p in old.people) > FULL_POST_HOURS
    assert max(p.ict + p.bpt + p.other for p in new.people) <= FULL_POST_HOURS


def test_a_cut_lowers_hours_and_hires_nobody():
    group = generate_group(4, seed=2)
    cut = apply_change(ScaleFunding(type="scale_funding", source="bpt", factor=0.5), group,
                       Place("t"))
    assert len(cut.people) == len(group.people)
    assert sum(p.bpt for p in cut.people) < sum(p.bpt for p in group.people)


def test_a_recruit_without_levels_or_hours_is_refused():
    group = generate_group(2, seed=1)
    with pytest.raises(ScenarioError, match="levels T, P, B and A"):
        apply_change(Recruit(type="recruit", person={"id": "N", "name": "N", "site": "central",
                                                      "ict": 10}), group, Place("here"))
    with pytest.raises(ScenarioError, match="hours for the recruited person"):
        apply_change(Recruit(type="recruit", person={"id": "N", "name": "N", "site": "central",
                                                      "T": 3, "P": 1, "B": 1, "A": 1}),
                     group, Place("here"))


# --- failures are rows; the run goes on --------------------------------------------------------

def _kill_a_worker_once_busy(marker: str, killed: list[int]) -> None:
    """Kill one worker process (a child whose command line holds ``marker``) mid-solve."""
    import psutil

    def kill() -> None:
        deadline = time.time() + 60
        while time.time() < deadline:
            me = psutil.Process()
            workers = [c for c in me.children(recursive=True)
                       if marker in " ".join(c.cmdline()) and c.ppid() != me.pid
                       or marker == "spawn_main" and "spawn_main" in " ".join(c.cmdline())]
            busy = [c for c in workers if c.cpu_times().user > 0.5]
            if busy:
                os.kill(busy[0].pid, signal.SIGKILL)
                killed.append(busy[0].pid)
                return
            time.sleep(0.1)

    threading.Thread(target=kill, daemon=True).start()


def test_a_killed_local_worker_is_a_row_and_the_rest_is_solved():
    jobs = sweep_jobs(sweep_from_dict({**SWEEP, "base": {"generate": {"schools": 8}},
                                       "time_limit": 6, "repetitions": 1}, "t"))
    results: list[dict] = []
    killed: list[int] = []
    _kill_a_worker_once_busy("forkserver", killed)  # workers are forked from the server
    run_on_processes(jobs, results.append, parallel=2)
    assert killed
    assert sorted(r["name"] for r in results) == sorted(j["name"] for j in jobs)
    died = [r for r in results if r["status"] == "error"]
    assert len(died) == 1 and "died" in died[0]["error"] and "SIGKILL" in died[0]["error"]
    assert sum(r["status"] == "optimal" for r in results) == len(jobs) - 1


def test_a_crashing_point_and_a_point_past_its_budget_are_rows():
    jobs = _jobs()[:3]
    broken = {**jobs[0], "name": "broken", "changes": [{"type": "person_leaves",
                                                          "person": "NOBODY"}]}
    slow = {**jobs[1], "name": "slow", "generate": {**jobs[1]["generate"], "schools": 100},
            "time_limit": 120}  # never done within the 8 s budget, whatever the load
    results: list[dict] = []
    run_on_processes([broken, slow, jobs[2]], results.append, parallel=2,
                     limits=Limits(budget=8))
    by_name = {r["name"]: r for r in results}
    assert "changes[0].person: value 'NOBODY': expected the id of a person" in \
        by_name["broken"]["error"]
    assert by_name["slow"]["status"] == "timeout" and "8 s" in by_name["slow"]["error"]
    assert by_name[jobs[2]["name"]]["status"] == "optimal"


def test_a_point_above_its_memory_budget_is_stopped():
    results: list[dict] = []
    job = _jobs()[0]
    job = {**job, "generate": {**job["generate"], "schools": 20}, "time_limit": 30}  # runs long
    run_on_processes([job], results.append, limits=Limits(memory_mb=20))
    assert results[0]["status"] == "error" and "memory" in results[0]["error"]


def test_a_killed_dask_worker_loses_no_point():
    jobs = sweep_jobs(sweep_from_dict({**SWEEP, "time_limit": 4, "repetitions": 1}, "t"))
    results: list[dict] = []
    killed: list[int] = []
    _kill_a_worker_once_busy("spawn_main", killed)  # LocalCluster workers are spawned
    run_on_dask(jobs, results.append, "local", parallel=2)
    assert killed
    assert sorted(r["name"] for r in results) == sorted(j["name"] for j in jobs)
    assert all(r["status"] == "optimal" or "worker" in r["error"] for r in results)


def test_a_cluster_without_workers_stops_with_a_clear_error():
    from distributed import LocalCluster

    cluster = LocalCluster(n_workers=0, processes=False, dashboard_address=None)
    try:
        started = time.perf_counter()
        with pytest.raises(ClusterError, match="no workers for 3 s"):
            run_on_dask(_jobs()[:1], lambda r: None, cluster.scheduler_address,
                        worker_wait=3)
        assert time.perf_counter() - started < 30
    finally:
        cluster.close()


def test_an_unreachable_scheduler_is_exit_6_with_a_message(tmp_path):
    path = tmp_path / "s.yaml"
    path.write_text(yaml.safe_dump(SWEEP), encoding="utf-8")
    result = CliRunner().invoke(main, ["scenarios", "sweep", str(path), "-o",
                                       str(tmp_path / "o"), "--dask", "tcp://127.0.0.1:9",
                                       "--dask-timeout", "2"])
    assert result.exit_code == 6, result.output
    assert "de Dask-scheduler op adres tcp://127.0.0.1:9 is niet bereikbaar binnen 2 s" \
        in result.output  # Dutch by default, like every console line
    assert "internal error" not in result.output and "interne fout" not in result.output


# --- written as they arrive, resumed, exit codes ----------------------------------------------

def test_resume_solves_only_the_missing_points(tmp_path, monkeypatch):
    jobs = _jobs()[:4]
    run_points(jobs, tmp_path, {"kind": "test"}, chunk_size=1)
    chunks = sorted((tmp_path / "chunks").glob("points-*.parquet"))
    assert len(chunks) == 4
    for chunk in chunks[2:]:
        chunk.unlink()
    with pytest.raises(ScenarioError, match="--resume"):
        run_points(jobs, tmp_path, {"kind": "test"})
    solved: list[str] = []
    real = run_module.execute

    def counting(todo, on_result, *args, **kwargs):
        solved.extend(job["name"] for job in todo)
        return real(todo, on_result, *args, **kwargs)

    monkeypatch.setattr(run_module, "execute", counting)
    points, _ = run_points(jobs, tmp_path, {"kind": "test"}, resume=True)
    assert sorted(solved) == sorted(j["name"] for j in jobs[2:])
    assert sorted(points["name"]) == sorted(j["name"] for j in jobs)
    with pytest.raises(ScenarioError, match="another run"):
        run_points(_jobs()[4:], tmp_path, {"kind": "test"}, resume=True)


def test_the_base_is_solved_once_for_a_replan(tmp_path, monkeypatch):
    from allocator.scenarios.run import scenario_jobs
    from allocator.scenarios.spec import ScenarioFile

    spec = ScenarioFile.model_validate({
        "version": 2, "base": {"generate": {"schools": 2, "seed": 1}}, "time_limit": 3,
        "variants": [{"name": "today"}, {"name": "leaves", "changes": [
            {"type": "person_leaves", "person": "P001"}]}]})
    jobs, failed = scenario_jobs(spec, spec.base.generate.generate(), "s.yaml")
    solved: list[str] = []
    real = run_module.execute

    def counting(todo, on_result, *args, **kwargs):
        solved.extend(job["name"] for job in todo)
        return real(todo, on_result, *args, **kwargs)

    monkeypatch.setattr(run_module, "execute", counting)
    points, _ = run_points(jobs, tmp_path, {"kind": "test"}, failed=failed)
    assert sorted(solved) == ["leaves", "today"]
    assert set(points["status"]) == {"optimal"} and points["stability"].notna().any()


def _sweep_cli(tmp_path: Path, *extra: str):
    path = tmp_path / "s.yaml"
    path.write_text(yaml.safe_dump({**SWEEP, "repetitions": 1}), encoding="utf-8")
    return CliRunner().invoke(main, ["scenarios", "sweep", str(path), "-o",
                                     str(tmp_path / "out"), "--workers", "2", *extra])


def test_a_sweep_writes_tidy_data_with_provenance_everywhere(tmp_path):
    from allocator.scenarios.outputs import read_provenance

    result = _sweep_cli(tmp_path, "--lang", "en")
    assert result.exit_code == 0, result.output
    out = tmp_path / "out"
    assert "[sweep] 4/4 points done (0 failed)" in result.output  # progress lines in logs
    points = pd.read_parquet(out / "sweep.parquet")
    assert len(points) == 4 and {"pooling", "ict", "group_seed", "n_schools",
                                 "available_ict"} <= set(points.columns)
    assert points["checked"].dtype == bool
    from_csv = pd.read_csv(out / "sweep.csv", comment="#")
    assert list(from_csv.columns) == list(points.columns)
    facts = read_provenance(out / "sweep.parquet")
    import allocator

    assert facts["allocator"] == allocator.__version__ and facts["commit"]
    assert facts["solvers"]["ortools"] and "scenarios sweep" in facts["invocation"]
    assert "# allocator: " in (out / "sweep.csv").read_text().splitlines()[0]
    long = pd.read_parquet(out / "sweep-long.parquet")
    assert {"name", "metric", "value"} <= set(long.columns)
    summary = pd.read_excel(out / "sweep.xlsx", sheet_name=None)
    assert {"Summary", "Comparison", "Loads", "Provenance"} <= set(summary)
    # the workbook's summary holds numbers (intervals in columns of their own), the
    # markdown a few columns of text
    assert summary["Summary"]["core work covered (%)"].dtype == float
    markdown = (out / "sweep.md").read_text()
    assert "t-interval" in markdown and markdown.splitlines()[0].count("|") - 1 <= 12
    for name in ("sweep-coverage", "sweep-tornado"):
        for extension in ("png", "svg", "pdf"):
            assert (out / f"{name}.{extension}").stat().st_size > 1000
    again = _sweep_cli(tmp_path, "--resume")
    assert again.exit_code == 0 and "0/0" not in again.output


def test_outputs_follow_the_umask(tmp_path):
    old = os.umask(0o022)
    try:
        assert _sweep_cli(tmp_path, "--no-plots").exit_code == 0
    finally:
        os.umask(old)
    assert (tmp_path / "out" / "sweep.csv").stat().st_mode & 0o777 == 0o644


def test_every_variant_failing_is_a_non_zero_exit(tmp_path):
    path = tmp_path / "s.yaml"
    path.write_text(yaml.safe_dump({"version": 2, "base": {"generate": {"schools": 2}},
                                    "variants": [{"name": "x", "changes": [
                                        {"type": "person_leaves", "person": "NOBODY"}]}]}),
                    encoding="utf-8")
    result = CliRunner().invoke(main, ["scenarios", "run", str(path), "-o",
                                       str(tmp_path / "o")])
    assert result.exit_code == 4 and "elk punt is mislukt" in result.output


def test_a_file_without_version_is_read_as_version_one_with_a_note(tmp_path):
    path = tmp_path / "s.yaml"
    path.write_text(yaml.safe_dump({"base": {"generate": {"schools": 2}}, "time_limit": 2,
                                    "variants": [{"name": "x"}]}), encoding="utf-8")
    result = CliRunner().invoke(main, ["scenarios", "run", str(path), "-o",
                                       str(tmp_path / "o"), "--no-plots"])
    assert result.exit_code == 0 and "gelezen als versie 1" in result.output
    design = json.loads((tmp_path / "o" / "design.json").read_text())
    assert design["settings"]["version"] == 1


def test_dask_local_runs_quietly(tmp_path):
    result = _sweep_cli(tmp_path, "--dask", "local", "--no-plots")
    assert result.exit_code == 0, result.output
    assert " INFO " not in result.output and "distributed." not in result.output


def test_an_isolated_point_is_stopped_at_its_budget_and_otherwise_solved():
    """How a Dask task runs a point it must be able to stop: in a child process."""
    from allocator.scenarios.point import run_isolated

    job = _jobs()[0]
    assert run_isolated(job, budget=120)["status"] == "optimal"
    slow = {**job, "generate": {**job["generate"], "schools": 40}, "time_limit": 60}
    stopped = run_isolated(slow, budget=4)
    assert stopped["status"] == "timeout" and stopped["seconds"] < 30


def test_the_recorded_command_runs_as_written(tmp_path):
    """The user test: 'commando met elke optie' held '--file mijn-scenario.yaml --parallel 1',
    which fails ('Onbekende optie --file'); and '1 local processes' in the provenance."""
    import shlex

    from allocator.scenarios.outputs import read_provenance

    folder = tmp_path / "mijn map"
    folder.mkdir()
    path = folder / "mijn-scenario.yaml"
    path.write_text(yaml.safe_dump({
        "version": 2, "base": {"generate": {"schools": 2, "seed": 1}}, "time_limit": 2,
        "variants": [{"name": "vandaag"}]}), encoding="utf-8")
    first = CliRunner().invoke(main, ["scenarios", "run", str(path), "-o", str(folder / "uit"),
                                      "--no-plots"], prog_name="python -m allocator")
    assert first.exit_code == 0, first.output
    facts = read_provenance(folder / "uit" / "comparison.parquet")
    words = shlex.split(facts["invocation"])
    assert words[:3] == ["allocator", "scenarios", "run"] and str(path) in words
    assert "--file" not in words and "--parallel" not in words and "--no-plots" in words
    assert facts["backend"] == "1 local process"
    sheet = pd.read_excel(folder / "uit" / "comparison.xlsx", sheet_name="Herkomst")
    assert "1 lokaal proces" in sheet.iloc[:, 2].astype(str).tolist()
    again = words[1:]  # the recorded command, into a new folder
    again[again.index("--output") + 1] = str(folder / "opnieuw")
    second = CliRunner().invoke(main, again)
    assert second.exit_code == 0, second.output
    assert (folder / "opnieuw" / "comparison.md").exists()
