"""Run points on local processes or a Dask cluster, surviving what can go wrong with one.

Every job ends as exactly one result handed to ``on_result`` as soon as it is known:

- local processes: a pool of long-lived worker processes that this module watches. A point
  whose process dies (a crash, the kernel's out-of-memory killer, a ``kill``) becomes an
  error row and the process is replaced; a point past its wall-clock ``budget`` or its
  ``memory_mb`` is stopped the same way. The other points go on.
- Dask: each point is a task; an exception or a lost worker (``KilledWorker``: Dask retried
  it on other workers and gave up) becomes an error row. With a budget, the task runs the
  point in a child process it can stop. A scheduler that cannot be reached, or a cluster
  without workers for ``worker_wait`` seconds, raises :class:`ClusterError` (never a hang).
"""

from __future__ import annotations

import logging
import multiprocessing
import signal
import sys
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass
from multiprocessing.connection import Connection
from multiprocessing.connection import wait as wait_for
from typing import TYPE_CHECKING, Any

from allocator.scenarios.point import death_message, error_row, rss_mb, run_isolated, solve_job

if TYPE_CHECKING:  # for annotations only; Dask is imported when a run uses it
    from multiprocessing.context import ForkServerContext, SpawnContext

    from distributed import Client, LocalCluster

log = logging.getLogger(__name__)
OnResult = Callable[[dict], None]


class ClusterError(RuntimeError):
    """The cluster cannot run the points (unreachable, or no workers left); a clear message."""


@dataclass(frozen=True)
class Limits:
    """What one point may use: wall-clock seconds and resident memory (None: no limit)."""

    budget: float | None = None  # wall-clock seconds per point
    memory_mb: float | None = None  # resident memory per point


NO_LIMITS = Limits()


def execute(jobs: list[dict], on_result: OnResult, parallel: int = 1, dask: str | None = None,
            limits: Limits = NO_LIMITS, **dask_options: Any) -> None:
    """Solve ``jobs`` on local processes or on Dask, calling ``on_result`` with each row."""
    if dask is not None or dask_options.get("scheduler_file"):
        run_on_dask(jobs, on_result, dask, parallel, limits, **dask_options)
    else:
        run_on_processes(jobs, on_result, parallel, limits)


# --- local processes ------------------------------------------------------------------------

def _serve(connection: Connection) -> None:
    """A worker process: solve the jobs it is sent until it is sent None."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle
    while True:
        try:
            job = connection.recv()
        except EOFError:
            return
        if job is None:
            return
        connection.send(solve_job(job))


def _context() -> SpawnContext | ForkServerContext:
    if sys.platform.startswith("linux"):
        context = multiprocessing.get_context("forkserver")
        # forked from a server that has imported the solver once: a fresh worker starts fast
        context.set_forkserver_preload(["allocator.scenarios.point", "allocator.engine"])
        return context
    return multiprocessing.get_context("spawn")


class _Worker:
    def __init__(self, context: SpawnContext | ForkServerContext) -> None:
        self.connection, child = context.Pipe()
        self.process = context.Process(target=_serve, args=(child,), daemon=True)
        self.process.start()
        child.close()
        self.job: dict | None = None
        self.started = 0.0

    def give(self, job: dict) -> None:
        self.job, self.started = job, time.perf_counter()
        self.connection.send(job)

    def stop(self) -> None:
        if self.process.is_alive():
            self.process.kill()
        self.process.join(5)
        self.connection.close()


def run_on_processes(jobs: list[dict], on_result: OnResult, parallel: int = 1,
                     limits: Limits = NO_LIMITS) -> None:
    """Solve ``jobs`` on ``parallel`` local worker processes, within ``limits`` per point.

    A point that overruns its budget or memory, or whose process dies, gives an error row.
    """
    waiting = deque(jobs)
    context = _context()
    workers = [_Worker(context) for _ in range(max(1, min(parallel, len(jobs))))]
    try:
        while waiting or any(w.job is not None for w in workers):
            for k, worker in enumerate(workers):
                if worker.job is None and waiting:
                    job = waiting.popleft()
                    try:
                        worker.give(job)
                    except OSError:  # the process died before it took the point
                        worker.process.join(1)
                        on_result(error_row(job, death_message(worker.process.exitcode)))
                        worker.job = None
                        worker.stop()
                        workers[k] = _Worker(context)
            busy = [w for w in workers if w.job is not None]
            wait_for([w.connection for w in busy] + [w.process.sentinel for w in busy],
                     timeout=0.5)
            for k, worker in enumerate(workers):
                if worker.job is None:
                    continue
                outcome = _outcome(worker, limits)
                if outcome is None:
                    continue
                result, replace = outcome
                worker.job = None
                if replace:
                    worker.stop()
                    workers[k] = _Worker(context)
                on_result(result)
    finally:
        for worker in workers:
            try:
                if worker.job is None and worker.process.is_alive():
                    worker.connection.send(None)
            except OSError:
                pass
            worker.stop()


def _outcome(worker: _Worker, limits: Limits) -> tuple[dict, bool] | None:
    """(result, whether the worker must be replaced), or None while the point still runs."""
    job = worker.job
    assert job is not None
    elapsed = time.perf_counter() - worker.started
    if worker.connection.poll():
        try:
            return worker.connection.recv(), False
        except (EOFError, OSError):
            pass  # died while sending: handled as a death below
    if not worker.process.is_alive() or worker.connection.closed:
        worker.process.join(1)
        return error_row(job, death_message(worker.process.exitcode), elapsed), True
    if limits.budget is not None and elapsed > limits.budget:
        return error_row(job, f"stopped after the point's wall-clock budget of "
                              f"{limits.budget:g} s", elapsed, "timeout"), True
    if limits.memory_mb is not None:
        used = rss_mb(worker.process.pid or 0)
        if used > limits.memory_mb:
            return error_row(job, f"stopped above the point's memory budget of "
                                  f"{limits.memory_mb:g} MB ({used:.0f} MB)", elapsed), True
    return None


# --- Dask -----------------------------------------------------------------------------------

# A worker's statistical profiler samples the task thread's Python stack every 10 ms, taking
# the GIL from the solve's own Python work; solves are long and uniform, so its profiles tell
# a sweep nothing. Logs: warnings only (a run printed ~33 INFO lines); -v brings them back.
LOCAL_CLUSTER_CONFIG = {"distributed.worker.profile.enabled": False,
                        "distributed.scheduler.allowed-failures": 1,
                        "distributed.logging.distributed": "warning"}


def quiet_dask_logs(verbose: bool = False) -> None:
    """Let Dask log warnings only (or information too, when ``verbose``)."""
    level = logging.INFO if verbose else logging.WARNING
    for name in ("distributed", "dask"):
        logging.getLogger(name).setLevel(level)


def local_cluster(workers: int, dashboard: str | None = None) -> LocalCluster:
    """A Dask LocalCluster of ``workers`` processes, with a dashboard at ``dashboard`` if given."""
    import dask
    from distributed import LocalCluster

    if dashboard is not None:
        try:
            import bokeh  # noqa: F401
        except ImportError as error:
            raise ClusterError("the Dask dashboard needs bokeh: pip install "
                               "'allocator[dashboard]'") from error
    with dask.config.set(LOCAL_CLUSTER_CONFIG):
        return LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                            dashboard_address=dashboard, silence_logs=logging.WARNING)


def connect(address: str | None, parallel: int = 1, scheduler_file: str | None = None,
            connect_timeout: float = 10.0,
            dashboard: str | None = None) -> tuple[Client, LocalCluster | None]:
    """A client (and the LocalCluster it owns, or None); ClusterError when unreachable."""
    from distributed import Client

    if address == "local":
        cluster = local_cluster(max(1, parallel), dashboard)
        client = Client(cluster)
        if dashboard is not None:
            log.warning("Dask dashboard: %s", client.dashboard_link)
        return client, cluster
    # English here, said again in the output language by present.failure_text (scen_fail.*)
    where = f"the scheduler file {scheduler_file}" if scheduler_file else f"address {address}"
    try:
        if scheduler_file:
            return Client(scheduler_file=scheduler_file, timeout=connect_timeout), None
        return Client(address, timeout=connect_timeout), None
    except (OSError, TimeoutError, ValueError) as error:
        raise ClusterError(f"cannot reach the Dask scheduler of {where} within "
                           f"{connect_timeout:g} s ({type(error).__name__}: {error}); is "
                           f"'dask scheduler' running there?") from error


def _dask_point(job: dict, budget: float | None, memory_mb: float | None) -> dict:
    if budget is None and memory_mb is None:
        return solve_job(job)
    return run_isolated(job, budget, memory_mb)


def _failure(error: BaseException) -> str:
    name = type(error).__name__
    if name == "KilledWorker":
        return ("the Dask worker solving this point was lost (the point was retried on "
                "another worker and lost it too: a crash or out of memory?)")
    from allocator.scenarios.point import failure_message

    return failure_message(error)


def run_on_dask(jobs: list[dict], on_result: OnResult, address: str | None, parallel: int = 1,
                limits: Limits = NO_LIMITS, scheduler_file: str | None = None,
                connect_timeout: float = 10.0, worker_wait: float = 60.0,
                dashboard: str | None = None) -> None:
    """Solve ``jobs`` on a Dask cluster (at ``address``, from ``scheduler_file``, or a local one).

    Each result is passed to ``on_result`` as it arrives; a point lost with its worker or over
    its limits gives an error row.
    """
    from distributed import wait

    client, cluster = connect(address, parallel, scheduler_file, connect_timeout, dashboard)
    try:
        futures = {client.submit(_dask_point, job, limits.budget, limits.memory_mb,
                                 key=f"point-{k}-{job['name']}", pure=False): job
                   for k, job in enumerate(jobs)}
        pending = set(futures)
        alone_since: float | None = None
        while pending:
            try:
                done, pending = wait(pending, timeout=2, return_when="FIRST_COMPLETED")
            except TimeoutError:
                done = set()
            for future in done:
                job = futures[future]
                if future.status == "finished":
                    on_result(future.result())
                else:
                    on_result(error_row(job, _failure(future.exception())
                                        if future.status == "error" else
                                        f"the cluster cancelled this point ({future.status})"))
            if not pending:
                break
            if client.status not in ("running", "connecting"):
                raise ClusterError(f"lost the connection to the Dask scheduler "
                                   f"({len(pending)} points not done)")
            workers = len(client.scheduler_info().get("workers", {}))
            if workers:
                alone_since = None
            elif alone_since is None:
                alone_since = time.perf_counter()
            elif time.perf_counter() - alone_since > worker_wait:
                client.cancel(list(pending))
                raise ClusterError(f"the Dask cluster has had no workers for {worker_wait:g} "
                                   f"s; {len(pending)} points not done")
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
