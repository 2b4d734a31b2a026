"""Scenario files, re-planning and sweeps: numbers match single solves, on every backend."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from allocator.cli.main import main
from allocator.engine import solve_problem
from allocator.scenarios.changes import apply_variant
from allocator.scenarios.design import sweep_from_dict, sweep_jobs
from allocator.scenarios.run import results_table, run_jobs, scenario_jobs, solve_job
from allocator.scenarios.spec import ScenarioError, ScenarioFile, load_scenario_file
from allocator.solve import SolveOptions
from allocator.synth import generate_group
from models import Pin

SPEC = {
    "base": {"generate": {"schools": 4, "seed": 2}},
    "time_limit": 10,
    "variants": [
        {"name": "today"},
        {"name": "all-pool", "changes": [{"type": "pool", "schools": "all"}]},
        {"name": "less-ict", "changes": [{"type": "scale_funding", "source": "ict",
                                          "factor": 0.5}]},
        {"name": "bad", "changes": [{"type": "person_leaves", "person": "NOBODY"}]},
    ],
}


def test_the_runner_matches_separate_solves_of_each_variant():
    spec = ScenarioFile.model_validate(SPEC)
    base = generate_group(4, seed=2)
    jobs, failed = scenario_jobs(spec, base, "spec.yaml")
    assert [f["name"] for f in failed] == ["bad"] and "NOBODY" in failed[0]["error"]
    table, _ = results_table(run_jobs(jobs, parallel=2))
    for variant in spec.variants[:3]:
        alone = solve_problem(apply_variant(base, variant),
                              SolveOptions(time_limit=10, workers=1, seed=0))
        row = table[table["name"] == variant.name].iloc[0]
        assert (row["core_value"], row["noncore_value"]) == (alone.objective.core,
                                                             alone.objective.noncore)
        assert row["checked"]


def _refusal(tmp_path: Path, change: str) -> str:
    """The error loading s.yaml gives when its one variant 'x' makes ``change``."""
    path = tmp_path / "s.yaml"
    path.write_text("base: {generate: {schools: 2}}\nvariants:\n  - name: x\n    changes:\n"
                    f"      - {change}\n", encoding="utf-8")
    with pytest.raises(ScenarioError) as caught:
        load_scenario_file(path)
    return str(caught.value)


def test_validation_errors_name_the_file_the_variant_and_the_key(tmp_path):
    message = _refusal(tmp_path, "{type: scale_funding, source: ict, factor: -1}")
    assert "s.yaml" in message and "variants[0 'x']" in message
    assert "factor" in message


def test_a_budget_change_without_rates_is_refused_with_a_reason(tmp_path):
    message = _refusal(tmp_path, "{type: outsourcing_budget, eur: 5000}")
    assert "s.yaml" in message and "eur_per_hour" in message


def test_replanning_after_a_departure_keeps_at_least_what_pinning_keeps():
    base = generate_group(4, seed=6)
    options = SolveOptions(time_limit=20, workers=1, seed=0)
    before = solve_problem(base, options)
    leaver = max(base.people, key=lambda p: sum(a.hours for a in before.assignments
                                                if a.person == p.id)).id
    after = base.model_copy(update={"people": [p for p in base.people if p.id != leaver],
                                    "preferences": [p for p in base.preferences
                                                    if p.person != leaver]})
    replanned = solve_problem(after, options, previous=before)
    assert replanned.status == "optimal"
    fresh = solve_problem(after, options)
    assert (replanned.objective.core, replanned.objective.noncore) == (
        fresh.objective.core, fresh.objective.noncore)  # stages 1 and 2 stay optimal
    unaffected = [a for a in before.assignments if a.person != leaver]
    pins = [Pin(person=a.person, task=a.task, school=a.school, hours=None)
            for a in {(a.person, a.task, a.school): a for a in unaffected}.values()]
    pinned = solve_problem(after.model_copy(update={"pins": pins}), options)
    if pinned.status == "optimal" and (pinned.objective.core, pinned.objective.noncore) == (
            fresh.objective.core, fresh.objective.noncore):
        assert replanned.replan.stability >= len(pins) / len(
            {(a.person, a.task, a.school) for a in before.assignments}) - 1e-9
    assert replanned.replan.stability > 0


def _sweep(sizes: list[int], shares: list[float], time_limit: float) -> list[dict]:
    return sweep_jobs(sweep_from_dict({
        "base": {"generate": {"schools": sizes[0]}}, "time_limit": time_limit,
        "axes": [{"name": "schools", "generator": "schools", "values": sizes},
                 {"name": "share", "generator": "pool_share", "values": shares}]}, "test"))


def test_a_sweep_gives_the_same_table_on_processes_and_on_a_dask_local_cluster():
    jobs = _sweep([2, 3], [0.0, 1.0], time_limit=3)
    columns = ["name", "core_value", "noncore_value", "status"]
    local = [{k: r[k] for k in columns} for r in run_jobs(jobs, parallel=2)]
    on_dask = [{k: r[k] for k in columns} for r in run_jobs(jobs, parallel=2, dask="local")]
    assert local == on_dask and all(r["status"] == "optimal" for r in local)


def test_local_cluster_workers_run_without_the_stack_profiler():
    import dask
    from distributed import Client

    from allocator.scenarios.execute import local_cluster

    cluster = local_cluster(1)
    try:
        with Client(cluster) as client:
            seen = client.run(lambda: dask.config.get("distributed.worker.profile.enabled"))
    finally:
        cluster.close()
    assert list(seen.values()) == [False]


def test_only_the_base_of_a_replan_carries_its_whole_plan():
    jobs = _sweep([2], [0.0], time_limit=2)
    assert "plan" not in solve_job(jobs[0])
    assert solve_job({**jobs[0], "return_plan": True})["plan"]["assignments"]


def test_a_failed_job_is_a_row_with_its_error():
    result = solve_job({"name": "broken", "problem": {"schools": []}, "time_limit": 1,
                        "workers": 1, "seed": 0})
    assert result["status"] == "error" and "ValidationError" in result["error"]


def test_scenarios_run_writes_tables_and_plots(tmp_path):
    import yaml

    path = tmp_path / "s.yaml"
    path.write_text(yaml.safe_dump(SPEC), encoding="utf-8")
    out = tmp_path / "out"
    result = CliRunner().invoke(main, ["scenarios", "run", str(path), "-o", str(out)])
    assert result.exit_code == 3, result.output  # "bad" failed, the rest written
    names = {p.name for p in out.iterdir()}
    assert {"comparison.csv", "comparison.md", "comparison.xlsx",
            "comparison-coverage.png", "comparison-hours.png"} <= names
    assert "bad" in (out / "comparison.csv").read_text() and "mislukt" in result.output
    # people read the workbook and the markdown in Dutch; the csv keeps codes for programs
    from openpyxl import load_workbook

    sheet = load_workbook(out / "comparison.xlsx")["Vergelijking"]
    headers = [cell.value for cell in sheet[1]]
    assert {"waarde kerntaken", "ICT-uren gebruikt", "technisch gedekt (%)",
            "aanbeveling: aanwerven"} <= set(headers)
    statuses = {row[headers.index("status")] for row in sheet.iter_rows(min_row=2,
                                                                         values_only=True)}
    assert "optimaal" in statuses and "fout" in statuses
    assert "kerntaken gedekt (%)" in (out / "comparison.md").read_text(encoding="utf-8")
    assert "core_value" in (out / "comparison.csv").read_text(encoding="utf-8")


def test_the_example_scenario_and_sweep_files_validate():
    from allocator.scenarios.design import load_sweep_file

    for path in (Path(__file__).parents[2] / "scenarios").glob("*.yaml"):
        if path.name.startswith("sweep"):
            assert len(sweep_jobs(load_sweep_file(path))) == 5 * 3 * 3 * 2
        else:
            load_scenario_file(path)
    assert load_scenario_file(Path(__file__).parents[2] / "scenarios" /
                              "pooling-what-if.yaml").version == 2


def test_a_dropped_task_leaves_the_catalogue_with_its_pins_and_preferences():
    from allocator.scenarios.spec import Variant
    from models import Preference

    base = generate_group(2, seed=1)
    task = base.tasks[0].id
    person = base.people[0].id
    base = base.model_copy(update={
        "pins": [Pin(person=person, task=task, school=base.schools[0].id)],
        "preferences": [Preference(person=person, task=task, score=2),
                        Preference(person=person, task=base.tasks[0].cluster.value, score=1)]})
    changed = apply_variant(base, Variant.model_validate(
        {"name": "drop", "changes": [{"type": "task_drop", "task": task}]}))
    assert task not in changed.task_by_id() and len(changed.tasks) == len(base.tasks) - 1
    assert not changed.pins and [p.task for p in changed.preferences] == [
        base.tasks[0].cluster.value]
    with pytest.raises(ScenarioError, match="task: value 'NOPE': expected the id of a task"):
        apply_variant(base, Variant.model_validate(
            {"name": "x", "changes": [{"type": "task_drop", "task": "NOPE"}]}))
