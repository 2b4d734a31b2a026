"""CPU time and run-queue wait of a process tree, from Linux's /proc/<pid>/task/<tid>/schedstat.

On a shared machine a run is slow for two reasons: its own overhead (start-up, scheduling,
idle workers) and the time its threads were ready to run while other work held the cores.
The second is the run-queue wait, which the kernel counts per thread; this sampler adds it
up over the benchmark's process and every process below it (pool workers, a LocalCluster's
workers), so a result can say how much of its wall-clock the machine's other work took.

A thread that ends between two samples loses at most one interval of its counts; elsewhere
than Linux (no schedstat) the totals stay zero and ``available`` is False.
"""

from __future__ import annotations

import os
import threading
from pathlib import Path

PROC = Path("/proc")


def _children() -> dict[int, list[int]]:
    children: dict[int, list[int]] = {}
    for entry in PROC.glob("[0-9]*/stat"):
        try:
            text = entry.read_text()
        except OSError:
            continue  # the process ended while we looked
        parent = int(text[text.rindex(")") + 2:].split()[1])
        children.setdefault(parent, []).append(int(entry.parent.name))
    return children


def _tree(root: int) -> list[int]:
    children, found, todo = _children(), [], [root]
    while todo:
        pid = todo.pop()
        found.append(pid)
        todo += children.get(pid, [])
    return found


def _threads(pid: int) -> dict[tuple[int, int], tuple[int, int]]:
    counts = {}
    for stat in PROC.glob(f"{pid}/task/[0-9]*/schedstat"):
        try:
            run, wait, _ = stat.read_text().split()
        except (OSError, ValueError):
            continue
        counts[(pid, int(stat.parent.name))] = (int(run), int(wait))
    return counts


class TreeSchedstat:
    """``with TreeSchedstat() as tree: ...`` then ``tree.cpu`` and ``tree.wait`` (seconds)."""

    def __init__(self, root: int | None = None, interval: float = 0.2) -> None:
        self.root = os.getpid() if root is None else root
        self.interval = interval
        self.available = (PROC / str(self.root) / "schedstat").exists()
        self._start: dict[tuple[int, int], tuple[int, int]] = {}
        self._last: dict[tuple[int, int], tuple[int, int]] = {}
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._loop, daemon=True)

    def sample(self) -> None:
        """Read the counts of every thread of the tree now (the latest counts win)."""
        for pid in _tree(self.root):
            self._last.update(_threads(pid))

    def _loop(self) -> None:
        while not self._stop.wait(self.interval):
            self.sample()

    def __enter__(self) -> TreeSchedstat:
        if self.available:
            self.sample()
            self._start = dict(self._last)
            self._thread.start()
        return self

    def __exit__(self, *_exc: object) -> None:
        if self.available:
            self._stop.set()
            self._thread.join()
            self.sample()

    def _total(self, field: int) -> float:
        return sum(counts[field] - self._start.get(key, (0, 0))[field]
                   for key, counts in self._last.items()) / 1e9

    @property
    def cpu(self) -> float:
        """Seconds the tree's threads ran on a core while sampled."""
        return self._total(0)

    @property
    def wait(self) -> float:
        """Seconds the tree's threads were ready to run but waited for a core."""
        return self._total(1)
