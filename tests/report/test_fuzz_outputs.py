"""Fuzzing output targets (issue 18): devices (mknod in a temporary folder), pipes,
folders, symlinks (to files, folders, nowhere, in loops), files in the way of folders, and
read-only folders. For every target, check_target and write_atomically agree: either the
output is written where the path leads, leaving a device a device, a pipe a pipe and a link
a link, with no temporary file left behind; or both refuse with OutputError."""

from __future__ import annotations

import os
import shutil
import stat
import tempfile
import threading
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from allocator.report.atomic import OutputError, check_target, write_text_atomically

KINDS = ["new", "existing", "device", "fifo", "folder", "link_to_file", "link_to_folder",
         "dangling_link", "link_loop", "file_as_folder", "deep_new", "link_to_device"]
IS_ROOT = os.geteuid() == 0


def _make(folder: Path, kind: str, mode: int) -> Path:
    target = folder / "out.json"
    if kind == "existing":
        target.write_text("old")
        os.chmod(target, mode)
    elif kind in ("device", "link_to_device"):
        node = folder / "null"
        os.mknod(node, 0o666 | stat.S_IFCHR, os.makedev(1, 3))
        if kind == "device":
            return node
        target.symlink_to(node)
    elif kind == "fifo":
        os.mkfifo(target)
    elif kind == "folder":
        target.mkdir()
    elif kind == "link_to_file":
        (folder / "real.json").write_text("old")
        target.symlink_to(folder / "real.json")
    elif kind == "link_to_folder":
        (folder / "sub").mkdir()
        target.symlink_to(folder / "sub")
    elif kind == "dangling_link":
        target.symlink_to(folder / "nowhere" / "x.json")
    elif kind == "link_loop":
        target.symlink_to(folder / "loop")
        (folder / "loop").symlink_to(target)
    elif kind == "file_as_folder":
        (folder / "file").write_text("x")
        return folder / "file" / "out.json"
    elif kind == "deep_new":
        return folder / "a" / "b" / "out.json"
    return target


def _leftovers(folder: Path) -> list[str]:
    return [p.name for p in folder.rglob("*.part")]


@pytest.mark.skipif(not IS_ROOT, reason="device nodes need root (CI runs as root)")
@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.sampled_from(KINDS), st.sampled_from([0o600, 0o640, 0o644, 0o444]),
       st.text(max_size=50))
def test_check_and_write_agree_and_never_replace_what_is_not_a_file(kind, mode, content):
    folder = Path(tempfile.mkdtemp(prefix="allocator-out-"))
    try:
        target = _make(folder, kind, mode)
        before = os.lstat(target).st_mode if os.path.lexists(target) else None
        try:
            check_target(target)
            refused_early = False
        except OutputError:
            refused_early = True
        reader = None
        if kind == "fifo" and not refused_early:
            received: list[str] = []
            reader = threading.Thread(
                target=lambda: received.append(target.read_bytes().decode("utf-8")))
            reader.start()
        try:
            write_text_atomically(target, content)
            refused = False
        except OutputError:
            refused = True
        if reader is not None:
            reader.join(timeout=10)
        assert refused == refused_early, kind
        assert kind in ("folder", "link_to_folder", "link_loop", "file_as_folder") or \
            not refused, kind
        if before is not None:  # the node itself keeps its type: device, pipe, link
            assert stat.S_IFMT(os.lstat(target).st_mode) == stat.S_IFMT(before), kind
        if not refused and kind in ("new", "existing", "link_to_file", "deep_new",
                                    "dangling_link"):
            assert Path(os.path.realpath(target)).read_bytes().decode("utf-8") == content
        if kind == "existing":
            assert stat.S_IMODE(target.stat().st_mode) == mode  # the mode is kept
        if kind == "fifo":
            assert received == [content]
        assert _leftovers(folder) == []
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def _as_nobody(action) -> str:
    """Run ``action`` in a forked child as user 'nobody' (root writes anywhere); its result."""
    read_end, write_end = os.pipe()
    child = os.fork()
    if child == 0:  # pragma: no cover - the child reports through the pipe
        try:
            os.setgid(65534)
            os.setuid(65534)
            result = action()
        except BaseException as error:  # noqa: BLE001 - reported to the parent
            result = f"{error.__class__.__name__}: {error}"
        os.write(write_end, str(result).encode())
        os._exit(0)
    os.close(write_end)
    os.waitpid(child, 0)
    with os.fdopen(read_end) as handle:
        return handle.read()


def test_a_read_only_folder_is_refused_before_any_work():
    folder = Path(tempfile.mkdtemp(prefix="allocator-ro-"))
    try:
        os.chmod(folder, 0o755)
        (folder / "ro").mkdir()
        os.chmod(folder / "ro", 0o555)

        def check() -> str:
            try:
                check_target(folder / "ro" / "plan.json")
            except OutputError as error:
                return error.key
            return "accepted"

        result = _as_nobody(check) if IS_ROOT else check()
        assert result == "folder_not_writable"
        assert list((folder / "ro").iterdir()) == []
    finally:
        shutil.rmtree(folder, ignore_errors=True)
