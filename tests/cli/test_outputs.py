"""Where a command writes: checked before any work, devices and pipes left as they are."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest
from click.testing import CliRunner

from allocator.cli.main import EXIT_INPUT, main
from allocator.report.problem_out import write_problem
from allocator.synth import generate_group


@pytest.fixture()
def source(tmp_path: Path) -> Path:
    path = tmp_path / "groep.yaml"
    write_problem(generate_group(2, seed=1), path, include_tasks=False)
    return path


@pytest.fixture()
def no_solving(monkeypatch):
    import allocator.engine as engine

    def refuse(*args, **kwargs):
        raise AssertionError("solved although the output cannot be written")

    monkeypatch.setattr(engine, "solve_problem", refuse)


def test_a_folder_as_output_is_an_input_error_before_solving(tmp_path, source, no_solving):
    (tmp_path / "link").symlink_to(tmp_path)
    for output in (tmp_path, tmp_path / "link"):
        result = CliRunner().invoke(main, ["solve", str(source), "-o", str(output)])
        assert result.exit_code == EXIT_INPUT, result.output
        assert "map" in result.output and "Traceback" not in result.output


def test_an_unwritable_destination_is_found_before_solving(tmp_path, source, no_solving):
    (tmp_path / "file").write_text("x")
    for command in (["solve", str(source), "-o", str(tmp_path / "file" / "plan.xlsx")],
                    ["demo", "-o", str(tmp_path / "file" / "demo.json")],
                    ["template", "-o", str(tmp_path / "file" / "t.xlsx")],
                    ["generate", "--schools", "2", "-o", str(tmp_path / "file" / "g.xlsx")],
                    ["scenarios", "sweep", "-o", str(tmp_path / "file")]):
        result = CliRunner().invoke(main, command)
        assert result.exit_code == EXIT_INPUT, (command[0], result.output)


def test_solve_into_a_device_node_leaves_the_device(tmp_path, source):
    node = tmp_path / "null"
    try:
        os.mknod(node, 0o666 | stat.S_IFCHR, os.makedev(1, 3))
    except PermissionError:
        pytest.skip("mknod needs root (CI runs as root)")
    for fmt in ("json", "xlsx"):
        result = CliRunner().invoke(main, ["solve", str(source), "-o", str(node), "--format",
                                           fmt, "--time-limit", "5", "--workers", "1"])
        assert result.exit_code == 0, result.output
        assert stat.S_ISCHR(node.stat().st_mode)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["groep.yaml", "null"]


def test_a_workbook_goes_to_standard_output_when_it_is_not_a_terminal(source):
    result = CliRunner().invoke(main, ["solve", str(source), "-o", "-", "--format", "xlsx",
                                       "--time-limit", "5", "--workers", "1"])
    assert result.exit_code == 0, result.output
    assert result.stdout_bytes.startswith(b"PK")


def test_the_key_file_is_private_and_the_plan_follows_the_umask(tmp_path, source):
    old = os.umask(0o022)
    try:
        plan, key = tmp_path / "plan.json", tmp_path / "key.json"
        result = CliRunner().invoke(main, ["solve", str(source), "-o", str(plan),
                                           "--pseudonymise", "--key-file", str(key),
                                           "--time-limit", "5", "--workers", "1"])
    finally:
        os.umask(old)
    assert result.exit_code == 0, result.output
    assert stat.S_IMODE(key.stat().st_mode) == 0o600
    assert stat.S_IMODE(plan.stat().st_mode) == 0o644


def test_plots_are_written_atomically(tmp_path):
    from allocator.scenarios.plots import _save

    target = tmp_path / "coverage.png"
    target.write_bytes(b"old plot")

    class Broken:
        def savefig(self, path, **kwargs):
            Path(path).write_bytes(b"\x89PNG half")
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        _save(Broken(), tmp_path, "coverage")  # PNG first, then SVG and PDF
    assert target.read_bytes() == b"old plot" and os.listdir(tmp_path) == ["coverage.png"]
