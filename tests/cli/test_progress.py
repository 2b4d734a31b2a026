"""Progress on stderr: stage, best, bound, elapsed and remaining time; Ctrl-C keeps the plan."""

from __future__ import annotations

import io

from allocator.cli.progress import LOG_EVERY, SolveProgress
from allocator.engine import solve_problem
from allocator.solve import SolveOptions
from tests.builders import person, problem, school, task


class Clock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def test_a_log_gets_plain_lines_with_stage_best_bound_and_times():
    stream, clock = io.StringIO(), Clock()
    progress = SolveProgress(60, "nl", stream=stream, live=False, clock=clock)
    progress._line("x")  # the clock starts at 100
    progress("stage_started", {"name": "core", "time_limit": 24})
    clock.now += LOG_EVERY + 1
    progress("improved", {"name": "core", "seconds": 3, "objective": 12, "bound": 15})
    progress("improved", {"name": "core", "seconds": 3.5, "objective": 13, "bound": 15})
    progress("stage", {"name": "core", "status": "optimal", "objective": 15, "bound": 15,
                       "seconds": 12.3, "time_limit": 24})
    lines = stream.getvalue().splitlines()
    assert "fase kerntaken: gestart (tot 24 s)" in lines
    assert "fase kerntaken: beste 12, grens 15 | 11 s bezig, nog hoogstens 49 s" in lines
    assert not any("beste 13" in line for line in lines)  # at most one line per LOG_EVERY s
    assert lines[-1] == "fase kerntaken: optimaal, waarde 15, grens 15 (12,3 s van 24)"  # Dutch decimal comma
    assert "\r" not in stream.getvalue()


def test_a_stage_limit_is_said_in_wall_clock_seconds_not_solver_work():
    """With one worker a stage's own limit is CP-SAT work: 0.5 of it read "up to 0 s"."""
    stream = io.StringIO()
    progress = SolveProgress(5, "nl", stream=stream, live=False, clock=Clock())
    progress("stage_started", {"name": "core", "time_limit": 0.5, "wall_seconds": 2.34})
    progress("stage", {"name": "core", "status": "optimal", "objective": 15, "bound": 15,
                       "seconds": 0.9, "time_limit": 0.5, "wall_seconds": 2.34})
    lines = stream.getvalue().splitlines()
    assert "fase kerntaken: gestart (tot 2,3 s)" in lines
    assert lines[-1] == "fase kerntaken: optimaal, waarde 15, grens 15 (0,9 s van 2,3)"


def test_the_engine_tells_each_stage_its_wall_clock_seconds():
    events: list[tuple[str, dict]] = []
    prob = problem([school()], [person("a", ict=4)], [task("T0"), task("T1")])
    solve_problem(prob, SolveOptions(time_limit=20), lambda event, data: events.append(
        (event, data)))
    started = [data for event, data in events if event == "stage_started"]
    done = [data for event, data in events if event == "stage"]
    assert started and len(done) == len(started)
    for data in started + done:
        assert 0 < data["wall_seconds"] <= 20


def test_a_terminal_gets_one_live_line_redrawn_in_place():
    stream, clock = io.StringIO(), Clock()
    progress = SolveProgress(60, "en", stream=stream, live=True, clock=clock)
    progress("stage_started", {"name": "noncore", "time_limit": 30})
    clock.now += 5
    progress("improved", {"name": "noncore", "seconds": 5, "objective": 40, "bound": 52})
    assert stream.getvalue().endswith(
        "\rstage other tasks: best 40, bound 52 | 5 s elapsed, at most 55 s left")
    progress("stage", {"name": "noncore", "status": "feasible", "objective": 41, "bound": 52,
                       "seconds": 30, "time_limit": 30})
    last = stream.getvalue().split("\r")[-1]
    assert last.strip().endswith("stage other tasks: feasible (not proven optimal), value 41, "
                                 "bound 52 (30.0 s of 30)")


def test_the_first_line_says_ctrl_c_keeps_the_best_plan():
    stream = io.StringIO()
    with SolveProgress(10, "nl", stream=stream, live=False):
        pass
    assert "Ctrl-C stopt en bewaart het beste plan" in stream.getvalue()


def test_the_engine_reports_stages_and_improvements_to_the_callback():
    events: list[tuple[str, dict]] = []
    prob = problem([school("S1")], [person("P1", ict=4)],
                   [task("A", hours=2), task("B", core=False, hours=1)])
    solve_problem(prob, SolveOptions(time_limit=5, workers=1),
                  progress=lambda event, data: events.append((event, data)))
    names = [event for event, _ in events]
    assert names[0] == "compiled" and "built" in names
    started = [data["name"] for event, data in events if event == "stage_started"]
    done = [data["name"] for event, data in events if event == "stage"]
    assert started == done == ["core", "noncore", "preferences"]
    improved = [data for event, data in events if event == "improved"]
    assert improved and all({"name", "objective", "bound", "seconds"} <= set(d)
                            for d in improved)


def test_solve_shows_progress_on_stderr(tmp_path):
    from click.testing import CliRunner

    from allocator.cli.main import main

    runner = CliRunner()
    group = tmp_path / "groep.yaml"
    assert runner.invoke(main, ["generate", "--schools", "2", "-o", str(group)]).exit_code == 0
    result = runner.invoke(main, ["solve", str(group), "-o", str(tmp_path / "plan.json"),
                                  "--time-limit", "10", "--workers", "1"])
    assert result.exit_code == 0, result.output
    assert "Ctrl-C stopt en bewaart het beste plan" in result.output
    assert "fase kerntaken: optimaal" in result.output
