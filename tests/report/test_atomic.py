"""Outputs appear whole or not at all, and never replace something that is not a file."""

from __future__ import annotations

import os
import stat
import threading

import pytest

from allocator.report.atomic import (
    OutputError,
    check_folder,
    check_target,
    write_atomically,
    write_text_atomically,
)


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


def _device(tmp_path):
    node = tmp_path / "null"
    try:
        os.mknod(node, 0o666 | stat.S_IFCHR, os.makedev(1, 3))  # like /dev/null
    except PermissionError:
        pytest.skip("mknod needs root (CI runs as root)")
    return node


def test_a_device_stays_a_device(tmp_path):
    node = _device(tmp_path)
    write_text_atomically(node, "a plan")
    assert stat.S_ISCHR(node.stat().st_mode)
    assert [p.name for p in tmp_path.iterdir()] == ["null"]


def test_a_named_pipe_is_written_into_not_replaced(tmp_path):
    pipe = tmp_path / "pipe"
    os.mkfifo(pipe)
    received = []
    reader = threading.Thread(target=lambda: received.append(pipe.read_text("utf-8")))
    reader.start()
    write_text_atomically(pipe, "through the pipe")
    reader.join(timeout=10)
    assert received == ["through the pipe"]
    assert stat.S_ISFIFO(pipe.stat().st_mode)


def test_dash_is_standard_output(capfd):
    write_atomically("-", lambda path: path.write_bytes(b"PK bytes"))
    assert capfd.readouterr().out == "PK bytes"


def test_a_folder_is_refused_before_and_at_writing(tmp_path):
    with pytest.raises(OutputError) as caught:
        check_target(tmp_path)
    assert caught.value.key == "is_folder"
    with pytest.raises(OutputError):
        write_text_atomically(tmp_path, "x")
    assert list(tmp_path.iterdir()) == []


def test_a_file_where_a_folder_should_be_is_refused(tmp_path):
    (tmp_path / "file").write_text("x")
    with pytest.raises(OutputError):
        check_target(tmp_path / "file" / "plan.xlsx")
    with pytest.raises(OutputError):
        check_folder(tmp_path / "file")
    check_target(tmp_path / "new" / "deeper" / "plan.xlsx")  # folders yet to be made are fine


def test_a_symlink_stays_and_its_file_is_replaced(tmp_path):
    real = tmp_path / "real.json"
    real.write_text("old")
    link = tmp_path / "link.json"
    link.symlink_to(real)
    write_text_atomically(link, "new")
    assert link.is_symlink() and real.read_text() == "new"


def test_a_symlink_loop_is_refused(tmp_path):
    (tmp_path / "a").symlink_to(tmp_path / "b")
    (tmp_path / "b").symlink_to(tmp_path / "a")
    with pytest.raises(OutputError):
        check_target(tmp_path / "a")


def _with_umask(mask, action):
    old = os.umask(mask)
    try:
        return action()
    finally:
        os.umask(old)


def test_new_files_follow_the_umask_and_old_files_keep_their_mode(tmp_path):
    target = tmp_path / "plan.json"
    _with_umask(0o027, lambda: write_text_atomically(target, "one"))
    assert stat.S_IMODE(target.stat().st_mode) == 0o640
    other = tmp_path / "other.json"
    _with_umask(0o022, lambda: write_text_atomically(other, "one"))
    assert stat.S_IMODE(other.stat().st_mode) == 0o644
    os.chmod(other, 0o640)
    _with_umask(0o022, lambda: write_text_atomically(other, "two"))
    assert stat.S_IMODE(other.stat().st_mode) == 0o640


def test_private_files_are_owner_only_whatever_the_umask(tmp_path):
    key = tmp_path / "key.json"
    _with_umask(0o000, lambda: write_text_atomically(key, "secret", private=True))
    assert stat.S_IMODE(key.stat().st_mode) == 0o600
