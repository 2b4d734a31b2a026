"""Ctrl-C or SIGTERM during a solve: stop the search cleanly and remember that it happened.

SIGTERM (``timeout``, ``docker stop``, a cancelled job) is treated as Ctrl-C: the best plan
found so far is kept.

Python runs signal handlers only between bytecodes of the main thread, which is blocked inside
CP-SAT during a solve. The C-level handler does write the signal number to a wakeup file
descriptor at once, so a small watcher thread reads it and asks the running solver to stop.
Outside the main thread (e.g. a Dask or process-pool worker) nothing is installed.
"""

from __future__ import annotations

import signal
import socket
import threading
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from typing import Protocol

# SIGTERM exists on Windows too (sent by no one there, but harmless to watch)
STOP_SIGNALS = (signal.SIGINT, signal.SIGTERM)


class Stoppable(Protocol):
    """A running search that can be asked to stop (a solver backend)."""

    def stop_search(self) -> None:
        """Stop the search, keeping the best plan found so far."""


class InterruptWatch:
    """Whether Ctrl-C or SIGTERM came, and the solver to stop when it does."""

    def __init__(self) -> None:
        self.interrupted = False
        self._solver: Stoppable | None = None
        self._lock = threading.Lock()

    def watch(self, solver: Stoppable) -> None:
        """Make ``solver`` the one to stop (at once when an interrupt already came)."""
        with self._lock:
            self._solver = solver
            if self.interrupted:
                solver.stop_search()

    def _fire(self) -> None:
        with self._lock:
            self.interrupted = True
            if self._solver is not None:
                self._solver.stop_search()


@contextmanager
def interrupt_watch() -> Iterator[InterruptWatch]:
    """Context manager: an :class:`InterruptWatch` fed by SIGINT and SIGTERM (main thread only)."""
    watch = InterruptWatch()
    if threading.current_thread() is not threading.main_thread():
        yield watch
        return
    # a socket pair, not a pipe: on Windows set_wakeup_fd takes only sockets (and
    # os.set_blocking takes no pipe before Python 3.12)
    reader, writer = socket.socketpair()
    writer.setblocking(False)
    previous_handlers = {number: signal.getsignal(number) for number in STOP_SIGNALS}
    previous_fd = signal.set_wakeup_fd(writer.fileno(), warn_on_full_buffer=False)
    for number in STOP_SIGNALS:
        signal.signal(number, lambda *_: None)  # the watcher thread does the work

    def watcher() -> None:
        while True:
            try:
                data = reader.recv(16)
            except OSError:
                return
            if not data or b"\x00" in data:  # closed, or our own stop byte
                return
            if any(number in data for number in STOP_SIGNALS):
                watch._fire()

    thread = threading.Thread(target=watcher, name="allocator-sigint", daemon=True)
    thread.start()
    try:
        yield watch
    finally:
        signal.set_wakeup_fd(previous_fd)
        for number, handler in previous_handlers.items():
            signal.signal(number, handler)
        with suppress(OSError):  # full of signal bytes: the watcher still wakes and sees them
            writer.send(b"\x00")
        thread.join(timeout=1)
        writer.close()
        reader.close()
