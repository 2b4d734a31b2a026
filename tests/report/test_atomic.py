"""Outputs appear whole or not at all."""

from __future__ import annotations

import pytest

from allocator.report.atomic import write_atomically, write_text_atomically


def test_a_failing_writer_leaves_the_old_file_and_no_temporary(tmp_path):
    target = tmp_path / "plan.json"
    write_text_atomically(target, "old")

    def broken(path):
        path.write_text("half a pl", encoding="utf-8")
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        write_atomically(target, broken)
    assert target.read_text(encoding="utf-8") == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["plan.json"]


def test_a_successful_write_replaces_the_target(tmp_path):
    target = tmp_path / "sub" / "plan.json"
    write_text_atomically(target, "new")
    assert target.read_text(encoding="utf-8") == "new"
