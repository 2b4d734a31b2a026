"""Malformed input of any kind is exit 2 with a message, never exit 1 (issue 18)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from allocator.cli.main import EXIT_INPUT, main
from allocator.report.problem_out import write_problem
from allocator.synth import generate_group

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def solved(tmp_path_factory) -> tuple[Path, dict]:
    folder = tmp_path_factory.mktemp("solved")
    source = folder / "g.yaml"
    write_problem(generate_group(2, seed=1), source, include_tasks=False)
    plan = folder / "plan.json"
    result = CliRunner().invoke(main, ["solve", str(source), "-o", str(plan), "--time-limit",
                                       "5", "--workers", "1"])
    assert result.exit_code == 0, result.output
    return source, json.loads(plan.read_text())


def _hours_as(text: str):
    def change(plan: dict) -> str:
        dumped = json.dumps(plan)
        first = json.dumps(plan["assignments"][0]["hours"])
        return dumped.replace(f'"hours": {first}', f'"hours": {text}', 1)
    return change


@pytest.mark.parametrize("name, change", [
    ("infinity", _hours_as("Infinity")),
    ("nan", _hours_as("NaN")),
    ("1e400", _hours_as("1e400")),
    ("400 digits", _hours_as("9" * 400)),
    ("5000 digits", _hours_as("9" * 5000)),
    ("deep", lambda plan: "[" * 100_000 + "]" * 100_000),
    ("duplicate keys", lambda plan: json.dumps(plan)[:-1] + ', "status": "optimal"}'),
    ("not json", lambda plan: "status: optimal"),
    ("not utf-8", lambda plan: "\udcff"),
])
def test_check_refuses_a_damaged_plan_with_exit_2(solved, tmp_path, name, change):
    source, plan = solved
    path = tmp_path / "plan.json"
    path.write_bytes(change(plan).encode("utf-8", "surrogateescape"))
    result = CliRunner().invoke(main, ["check", str(source), str(path)])
    assert result.exit_code == EXIT_INPUT, (name, result.output)
    assert "Traceback" not in result.output and len(result.output) < 2000


@pytest.mark.parametrize("value", ["nan", "inf", "-inf", "1e400", "0", "1e9"])
def test_a_time_limit_that_is_no_number_of_seconds_is_refused(solved, value):
    source, _ = solved
    for command in (["solve", str(source), "-o", "-"], ["demo", "-o", "-"],
                    ["scenarios", "sweep"]):
        result = CliRunner().invoke(main, [*command, "--time-limit", value])
        assert result.exit_code == 2, (value, command[0], result.output)


def test_the_solver_log_goes_to_stderr_and_json_on_stdout_stays_json(solved):
    source, _ = solved
    environment = dict(os.environ, PYTHONPATH=str(ROOT))
    process = subprocess.run(
        [sys.executable, "-m", "allocator", "-vv", "solve", str(source), "-o", "-",
         "--time-limit", "20", "--workers", "2"],
        capture_output=True, text=True, env=environment, timeout=120, check=False)
    assert process.returncode == 0, process.stderr[-2000:]
    assert json.loads(process.stdout)["assignments"]
    assert "CP-SAT" in process.stderr
