"""Solve worker processes, started with the server: a bounded queue, stop, crash isolation.

Each worker is a separate process (spawned, so it shares no threads or locks with the server)
that runs one plan at a time. A thread in the server serves each worker: it takes the next
plan from the queue, sends it, relays the worker's progress and result to ``on_event``, and,
when the worker dies mid-solve (a crash in native code, the kernel's OOM killer), fails that
plan and starts a new worker. The server itself never solves.

Stopping a running plan uses the solver's own Ctrl-C handling (allocator.solve.interrupt): the
worker sends itself SIGINT until the solve returns its best plan, then finishes as usual.
Workers run in their own session, so Ctrl-C in the server's terminal reaches only the server,
which then stops them.
"""

from __future__ import annotations

import contextlib
import importlib
import logging
import multiprocessing
import os
import queue
import signal
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from multiprocessing.connection import Connection

log = logging.getLogger(__name__)

OnEvent = Callable[[str, str, dict], None]  # (plan id, kind, data)
STOP_RESEND_SECONDS = 0.25
IMPROVED_EVERY_SECONDS = 0.2
START_RETRY_SECONDS = 1.0
START_ATTEMPTS = 3  # failed starts in a row before queued plans are failed, not kept
JOIN_SECONDS = 3.0


class QueueFull(Exception):
    """Every worker is busy and the queue holds as many plans as it may."""


def _resolve(target: str) -> Callable[[dict, Callable[[str, dict], None]], dict]:
    """The job function; its module's ``warm()``, when it has one, runs first."""
    name, _, function = target.partition(":")
    module = importlib.import_module(name)
    warm = getattr(module, "warm", None)
    if callable(warm):
        warm()
    return getattr(module, function)


def worker_main(connection: Connection, target: str) -> None:  # runs in the worker process
    """A solve worker process: take jobs from ``connection``, send progress and results back.

    Runs until told to stop (None); a failing job is a result, not a dead worker. ``target``
    names the function that solves one job.
    """
    if hasattr(os, "setsid"):  # POSIX; on Windows a spawned worker has no terminal group
        os.setsid()  # out of the terminal's process group: Ctrl-C there is for the server
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the solver's watch handles it during solves
    run = _resolve(target)
    current: list[str | None] = [None]
    lock = threading.Lock()
    jobs: queue.Queue = queue.Queue()

    def stop(plan_id: str) -> None:
        # until the solve's watch is installed (and after it), SIGINT is ignored: resend
        while True:
            with lock:
                if current[0] != plan_id:
                    return
                os.kill(os.getpid(), signal.SIGINT)
            time.sleep(STOP_RESEND_SECONDS)

    def read() -> None:
        while True:
            try:
                message = connection.recv()
            except (EOFError, OSError):  # the server is gone
                message = None
            if message is None:
                jobs.put(None)
                return
            if message[0] == "job":
                jobs.put(message[1:])
            elif message[0] == "stop":
                threading.Thread(target=stop, args=(message[1],), daemon=True).start()

    threading.Thread(target=read, name="allocator-worker-reader", daemon=True).start()
    connection.send(("ready", os.getpid()))
    while True:
        item = jobs.get()
        if item is None:
            return
        plan_id, job = item
        with lock:
            current[0] = plan_id

        def emit(event: str, data: dict, plan_id: str = plan_id,
                 last_improved: list[float] = [0.0]) -> None:  # noqa: B006 - one per plan
            if event == "improved":  # early in a search these come by the hundred
                now = time.monotonic()
                if now - last_improved[0] < IMPROVED_EVERY_SECONDS:
                    return
                last_improved[0] = now
            connection.send(("progress", plan_id, event, data))

        try:
            result = run(job, emit)
        except Exception as error:  # a failed plan is a result, not a dead worker
            log.exception("plan %s failed", plan_id)
            result = {"status": "failed", "reason": "error",
                      "message": f"{type(error).__name__}: {error}"}
        with lock:
            current[0] = None
        connection.send(("result", plan_id, result))


@dataclass
class _Slot:
    index: int
    process: multiprocessing.process.BaseProcess | None = None
    connection: Connection | None = None
    current: str | None = None
    send_lock: threading.Lock = field(default_factory=threading.Lock)

    def send(self, message: tuple | None) -> None:
        """Send ``message`` to the worker process (None asks it to stop), if it runs."""
        with self.send_lock:
            if self.connection is not None:
                self.connection.send(message)


class WorkerPool:
    """Solve worker processes with a bounded queue: one thread per worker relays its plans.

    A crashed worker is replaced and its plan reported as crashed.
    """

    def __init__(self, processes: int, queue_size: int, on_event: OnEvent,
                 target: str) -> None:
        self.on_event, self.target = on_event, target
        self.queue: queue.Queue = queue.Queue(maxsize=max(0, queue_size) or 1)
        self.slots = [_Slot(k) for k in range(max(1, processes))]
        self.threads: list[threading.Thread] = []
        self.cancelled: set[str] = set()
        self.lock = threading.Lock()
        self.closing = threading.Event()
        self.context = multiprocessing.get_context("spawn")

    def start(self) -> None:
        """Start one relay thread per worker slot (each starts its process)."""
        for slot in self.slots:
            thread = threading.Thread(target=self._serve, args=(slot,), daemon=True,
                                      name=f"allocator-slot-{slot.index}")
            thread.start()
            self.threads.append(thread)

    # -- the server's side -------------------------------------------------------------------
    def submit(self, plan_id: str, job: dict) -> None:
        """Queue a plan; :class:`QueueFull` when the queue is full."""
        try:
            self.queue.put_nowait((plan_id, job))
        except queue.Full as error:
            raise QueueFull from error

    def waiting(self) -> int:
        """Plans waiting in the queue."""
        return self.queue.qsize()

    def stop(self, plan_id: str) -> bool:
        """Stop a plan: a running one keeps its best plan; a queued one never starts.

        True when the plan was running (its result will still arrive).
        """
        with self.lock:
            for slot in self.slots:
                if slot.current == plan_id:
                    with contextlib.suppress(OSError):  # a dead worker: its thread reports
                        slot.send(("stop", plan_id))
                    return True
            self.cancelled.add(plan_id)
            return False

    def ready(self) -> int:
        """Workers started and waiting for (or working on) a plan."""
        return sum(1 for slot in self.slots
                   if slot.connection is not None and slot.process is not None
                   and slot.process.is_alive())

    def pids(self) -> list[int]:
        """Process ids of the running workers."""
        return [slot.process.pid for slot in self.slots
                if slot.process is not None and slot.process.pid is not None]

    def close(self) -> None:
        """Stop the workers: ask each to stop, then end those that do not in time."""
        self.closing.set()
        for slot in self.slots:
            with contextlib.suppress(OSError):
                slot.send(None)
        deadline = time.monotonic() + JOIN_SECONDS
        for slot in self.slots:
            process = slot.process
            if process is None:
                continue
            process.join(max(0.0, deadline - time.monotonic()))
            if process.is_alive():  # mid-solve: its plan dies with the server
                process.kill()
                process.join(1.0)
        for thread in self.threads:
            thread.join(1.0)

    # -- one thread per worker ---------------------------------------------------------------
    def _start_process(self, slot: _Slot) -> bool:
        parent, child = self.context.Pipe()
        process = self.context.Process(target=worker_main, args=(child, self.target),
                                       name=f"allocator-solver-{slot.index}", daemon=True)
        try:
            process.start()
        except Exception:  # e.g. no processes left, or a main module without its guard
            log.exception("solve worker %d could not start", slot.index)
            parent.close()
            child.close()
            return False
        child.close()
        try:
            ready = parent.recv()
        except (EOFError, OSError):
            ready = None
        if not ready or ready[0] != "ready":
            log.error("solve worker %d did not start (exit code %s)", slot.index,
                      process.exitcode)
            process.join(1.0)
            parent.close()
            return False
        slot.process, slot.connection = process, parent
        return True

    def _next(self) -> tuple[str, dict] | None:
        while not self.closing.is_set():
            try:
                plan_id, job = self.queue.get(timeout=0.2)
            except queue.Empty:
                continue
            with self.lock:
                if plan_id in self.cancelled:
                    self.cancelled.discard(plan_id)
                    continue
            return plan_id, job
        return None

    def _serve(self, slot: _Slot) -> None:
        failures = 0
        while not self.closing.is_set():
            alive = slot.process is not None and slot.process.is_alive()
            if not alive and not self._start_process(slot):
                failures += 1
                if failures >= START_ATTEMPTS:  # no worker: fail plans rather than keep them
                    self._fail_next("no_worker")
                self.closing.wait(START_RETRY_SECONDS)
                continue
            failures = 0
            item = self._next()
            if item is None:
                return
            plan_id, job = item
            with self.lock:
                slot.current = plan_id
            pid = slot.process.pid if slot.process is not None else None  # started above
            self.on_event(plan_id, "running", {"pid": pid})
            finished = self._relay(slot, plan_id, job)
            with self.lock:
                slot.current = None
            if not finished:
                self._bury(slot, plan_id)

    def _fail_next(self, reason: str) -> None:
        try:
            plan_id, _ = self.queue.get(timeout=0.2)
        except queue.Empty:
            return
        self.on_event(plan_id, "result", {"status": "failed", "reason": reason})

    def _relay(self, slot: _Slot, plan_id: str, job: dict) -> bool:
        """Send the plan and pass on what comes back; False when the worker died."""
        connection = slot.connection
        if connection is None:  # buried meanwhile: as if it died
            return False
        try:
            slot.send(("job", plan_id, job))
            while True:
                message = connection.recv()
                if message[0] == "progress":
                    self.on_event(plan_id, "progress", {"event": message[2],
                                                        "data": message[3]})
                elif message[0] == "result":
                    self.on_event(plan_id, "result", message[2])
                    return True
        except (EOFError, OSError):
            return False

    def _bury(self, slot: _Slot, plan_id: str) -> None:
        process = slot.process
        if process is not None:
            process.join(1.0)
        code = process.exitcode if process is not None else None
        if not self.closing.is_set():
            log.error("solve worker %d died on plan %s (exit code %s); starting a new one",
                      slot.index, plan_id, code)
            self.on_event(plan_id, "crashed", {"exitcode": code})
        if slot.connection is not None:
            slot.connection.close()
        slot.process, slot.connection = None, None
