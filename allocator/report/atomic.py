"""Write outputs safely: whole or not at all, and never over something that is not a file.

A regular file is written to a temporary file beside it and renamed into place, so a crash
leaves the old file or nothing. A device, pipe or socket (``/dev/null``, ``/dev/stdout``, a
named pipe) and ``-`` (standard output) are written in place: renaming over them would replace
a device node by a regular file. A symbolic link is followed: the file it points to is
replaced and the link stays. A folder is never a valid target.

New files follow the umask, a file written over keeps its mode; only private files (the
pseudonymisation key) are always ``0600``.
"""

from __future__ import annotations

import os
import shutil
import stat
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

from allocator.i18n import Lang

PRIVATE_MODE = 0o600
# paths the kernel makes up (a process's own descriptors): never renamed over
_IN_PLACE_ROOTS = ("/dev/", "/proc/")


class OutputError(ValueError):
    """The output cannot be written where it was asked (a folder, an unwritable place).

    ``key`` names the reason's words in :mod:`allocator.i18n` (``output.<key>``).
    """

    def __init__(self, key: str, path: Path | str, detail: str = "") -> None:
        self.key, self.path, self.detail = key, str(path), detail
        super().__init__(self.message("en"))

    def message(self, lang: Lang = "en") -> str:
        """The refusal in ``lang``, naming the path."""
        from allocator.i18n import text

        return text(f"output.{self.key}", lang, path=self.path,
                    detail=self.detail)


def _umask() -> int:
    mask = os.umask(0o022)  # Python 3.11 has no os.getumask; set and restore at once
    os.umask(mask)
    return mask


def _in_place(target: Path) -> bool:
    """True for devices, pipes, sockets and the kernel's own paths: write into, not over."""
    if str(target) == "-":
        return True
    try:
        mode = os.stat(target).st_mode  # follows links, also /dev/stdout -> /proc/self/fd/1
    except FileNotFoundError:
        return False
    except OSError as error:
        raise OutputError("cannot", target, error.strerror or str(error)) from error
    if stat.S_ISDIR(mode):
        raise OutputError("is_folder", target)
    if not stat.S_ISREG(mode):
        return True
    return os.path.realpath(target).startswith(_IN_PLACE_ROOTS)


def check_target(target: Path | str) -> None:
    """Raise :class:`OutputError` when ``target`` cannot be written; call before the work.

    Checks what can be known without writing: not a folder, an existing file or device is
    writable, and the nearest existing folder above a new file is a writable folder.
    """
    if str(target) == "-":
        return
    target = Path(target)
    if _in_place(target):
        if not os.access(target, os.W_OK):
            raise OutputError("no_permission", target)
        return
    if target.exists() and not os.access(target, os.W_OK):
        raise OutputError("no_permission", target)
    real = Path(os.path.realpath(target))
    folder = real.parent
    while not folder.exists() and not folder.is_symlink():
        folder = folder.parent
    if not folder.is_dir():
        raise OutputError("not_a_folder", target, str(folder))
    if not os.access(folder, os.W_OK | os.X_OK):
        raise OutputError("folder_not_writable", target, str(folder))


def check_folder(folder: Path | str) -> None:
    """Like :func:`check_target` for an output folder (created if absent)."""
    folder = Path(folder)
    if folder.exists() and not folder.is_dir():
        raise OutputError("not_a_folder", folder, str(folder))
    existing = folder
    while not existing.exists():
        existing = existing.parent
    if not existing.is_dir():
        raise OutputError("not_a_folder", folder, str(existing))
    if not os.access(existing, os.W_OK | os.X_OK):
        raise OutputError("folder_not_writable", folder, str(existing))


def _copy_into(target: Path | str, write: Callable[[Path], object]) -> None:
    """Write to a private temporary file first, then copy its bytes into the device."""
    with tempfile.TemporaryDirectory(prefix="allocator-") as scratch:
        name = "output" if str(target) == "-" else Path(target).name
        temporary = Path(scratch) / (name or "output")
        write(temporary)
        with temporary.open("rb") as source:
            if str(target) == "-":
                sys.stdout.flush()
                shutil.copyfileobj(source, sys.stdout.buffer)
                sys.stdout.buffer.flush()
            else:
                with open(target, "wb") as sink:
                    shutil.copyfileobj(source, sink)


def write_atomically(target: Path | str, write: Callable[[Path], object],
                     private: bool = False) -> None:
    """Call ``write`` on a temporary path in the target's folder, then rename it into place.

    A crash or interrupt leaves the old target (or nothing), never a half-written file.
    ``-``, devices and pipes are written in place (see the module's docstring).
    """
    if _in_place(Path(target)):
        _copy_into(target, write)
        return
    target = Path(os.path.realpath(target))  # a link stays a link; its file is replaced
    try:
        existing_mode: int | None = stat.S_IMODE(target.stat().st_mode)
    except FileNotFoundError:
        existing_mode = None
    mode = (PRIVATE_MODE if private else existing_mode if existing_mode is not None
            else 0o666 & ~_umask())
    target.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part",
                                         dir=target.parent)
    os.close(handle)
    try:
        os.chmod(temporary, mode)
        write(Path(temporary))
        os.chmod(temporary, mode)  # a writer may have replaced the file
        os.replace(temporary, target)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def write_text_atomically(target: Path | str, content: str, private: bool = False) -> None:
    """Write ``content`` (UTF-8) to ``target`` atomically (see :func:`write_atomically`)."""
    write_atomically(target, lambda path: path.write_text(content, encoding="utf-8"), private)


def write_bytes_atomically(target: Path | str, *parts: bytes) -> None:
    """Write ``parts``, one after the other, to ``target`` atomically (:func:`write_atomically`).

    Parts rather than one joined value: a large body and its last newline need no copy.
    """
    def write(path: Path) -> None:
        with path.open("wb") as file:
            for part in parts:
                file.write(part)

    write_atomically(target, write)
