"""Acceptance (issue 12): on the default catalogue the report's owners get the report's work."""

from __future__ import annotations

import json
from pathlib import Path

import yaml
from click.testing import CliRunner

from allocator.cli.main import main
from allocator.read.catalogue import default_tasks
from tests.builders import FAST, person, problem, school, solve_checked

PEOPLE = [
    {"id": "dir", "naam": "An Directie", "plaats": "S1", "rol": "directie", "T": 0, "P": 2,
     "B": 3, "A": 2, "andere_uren": 40},
    {"id": "adm", "naam": "Bo Peeters", "plaats": "S1", "rol": "administratief medewerker",
     "T": 0, "P": 0, "B": 1, "A": 3, "andere_uren": 40},
    {"id": "tict", "naam": "Cas Maes", "plaats": "S1", "rol": "TICT", "T": 3, "P": 0, "B": 2,
     "A": 2, "ict_uren": 40},
]


def test_directie_admin_and_tict_get_the_work_the_report_gives_them() -> None:
    prob = problem([school("S1", pupils=300)], [
        person("dir", role="directie", levels="0232", other=40),
        person("adm", role="administratief medewerker", levels="0013", other=40),
        person("tict", role="TICT", levels="3022", ict=40)], default_tasks())
    plan = solve_checked(prob, FAST)
    doers: dict[str, set[str]] = {}
    for row in plan.assignments:
        doers.setdefault(row.task, set()).add(row.person)
    assert doers["POL-04"] == {"dir"}  # ICT policy plan
    assert doers["ADM-04"] == {"adm"}  # password resets
    assert doers["TECH-01"] == {"tict"}  # first-line help


def test_the_plan_records_the_catalogue_version_and_version_1_is_kept(tmp_path: Path) -> None:
    source = tmp_path / "groep.yaml"
    source.write_text(yaml.safe_dump({
        "Scholen": [{"id": "S1", "naam": "School 1", "niveau": "basis", "leerlingen": 300}],
        "Personen": PEOPLE}, allow_unicode=True), encoding="utf-8")
    runner = CliRunner()
    plans = {}
    for version in ("1", "2"):
        out = tmp_path / f"plan{version}.json"
        result = runner.invoke(main, ["solve", str(source), "-o", str(out), "--time-limit", "10",
                                      "--workers", "1", "--catalogue-version", version])
        assert result.exit_code == 0, result.output
        plans[version] = json.loads(out.read_text(encoding="utf-8"))
        assert plans[version]["catalogue_version"] == int(version)
        # check reads the version the plan recorded
        checked = runner.invoke(main, ["check", str(source), str(out)])
        assert checked.exit_code == 0, checked.output
    v1_doers = {row["task"]: row["person"] for row in plans["1"]["assignments"]}
    assert "POL-04" not in v1_doers  # v1: the directie (T 0) could not write the policy plan
    assert v1_doers["ADM-04"] != "adm"  # v1: password resets needed T 1
    own = tmp_path / "eigen.yaml"
    tasks = [{"id": "X", "cluster": "technisch", "naam_nl": "Taak", "naam_en": "Task"}]
    own.write_text(yaml.safe_dump({**yaml.safe_load(source.read_text(encoding="utf-8")),
                                   "Taken": tasks}, allow_unicode=True), encoding="utf-8")
    out = tmp_path / "own.json"
    assert runner.invoke(main, ["solve", str(own), "-o", str(out), "--time-limit", "5",
                                "--workers", "1"]).exit_code == 0
    assert json.loads(out.read_text(encoding="utf-8"))["catalogue_version"] is None
