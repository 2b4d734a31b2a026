"""SIGTERM (timeout, docker stop, a cancelled job) is Ctrl-C: the best plan is kept (issue 18)."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
import zipfile
from pathlib import Path

from click.testing import CliRunner

from allocator.check.checker import check_plan
from allocator.cli.main import main
from allocator.report.problem_out import write_problem
from allocator.synth import generate_group
from models import Plan

ROOT = Path(__file__).resolve().parents[2]


def test_sigterm_during_the_search_writes_the_best_plan_marked_interrupted(tmp_path):
    problem = generate_group(60, seed=2)
    source = tmp_path / "group.yaml"
    write_problem(problem, source, include_tasks=False)
    plan_json, plan_xlsx = tmp_path / "plan.json", tmp_path / "plan.xlsx"
    process = subprocess.Popen(
        [sys.executable, "-m", "allocator", "solve", str(source), "-o", str(plan_json),
         "-o", str(plan_xlsx), "--time-limit", "300", "--workers", "8", "--lang", "en"],
        stderr=subprocess.PIPE, text=True, env=dict(os.environ, PYTHONPATH=str(ROOT)))
    assert process.stderr is not None
    deadline = time.time() + 120
    for line in process.stderr:  # stop once the first stage has a plan
        if line.startswith("stage core tasks: ") and "value" in line or time.time() > deadline:
            break
    process.send_signal(signal.SIGTERM)
    rest = process.communicate(timeout=120)[1]
    assert process.returncode == 0, rest
    plan = Plan.model_validate(json.loads(plan_json.read_text(encoding="utf-8")))
    assert plan.interrupted and plan.status == "feasible"  # type: ignore[attr-defined]
    assert check_plan(problem, plan).ok
    with zipfile.ZipFile(plan_xlsx) as archive:
        sheets = "".join(archive.read(name).decode("utf-8") for name in archive.namelist()
                         if name.startswith("xl/"))
    assert "interrupted" in sheets  # the workbook says so too, not only the JSON
    assert not list(tmp_path.glob(".*.part"))


def test_sigterm_while_writing_leaves_the_old_plan_and_no_temporary_file(tmp_path,
                                                                         monkeypatch):
    source = tmp_path / "g.yaml"
    write_problem(generate_group(2, seed=1), source, include_tasks=False)
    out = tmp_path / "plan.json"
    out.write_text("the old plan")
    import allocator.report.json_out as json_out

    def killed_while_writing(*args, **kwargs):
        os.kill(os.getpid(), signal.SIGTERM)
        time.sleep(1)  # the handler raises here
        raise AssertionError("SIGTERM did not stop the write")

    # what a plan JSON file is written from (plan_to_json is the text for standard output)
    monkeypatch.setattr(json_out, "plan_to_json_bytes", killed_while_writing)

    def harmless(*_args) -> None:  # without the fix, SIGTERM must not kill the test run
        pass

    before = signal.signal(signal.SIGTERM, harmless)
    try:
        result = CliRunner().invoke(main, ["solve", str(source), "-o", str(out),
                                           "--time-limit", "5", "--workers", "1"])
        assert signal.getsignal(signal.SIGTERM) is harmless  # restored after the command
    finally:
        signal.signal(signal.SIGTERM, before)
    assert result.exit_code == 128 + signal.SIGTERM, result.output
    assert out.read_text() == "the old plan"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["g.yaml", "plan.json"]
