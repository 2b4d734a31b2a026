"""Results written as they arrive, one parquet file per chunk, and read back for --resume.

An output folder holds ``design.json`` (what is being run: the jobs' fingerprint and the
run's settings) and ``chunks/points-NNNNN.parquet`` with ``chunks/loads-NNNNN.parquet``
beside it. A chunk is written (atomically) every ``chunk_size`` results or ``seconds``
seconds, whichever comes first, and when the run ends or is interrupted: a crash of the
whole run loses at most one chunk. ``--resume`` reads the chunks, skips the points they hold
and appends new chunks.
"""

from __future__ import annotations

import hashlib
import json
import time
from pathlib import Path

import pandas as pd

from allocator.report.atomic import write_atomically, write_text_atomically
from allocator.scenarios.errors import ScenarioError, say

SKIPPED_KEYS = ("loads", "plan")


def fingerprint(jobs: list[dict]) -> str:
    """Identifies what is run: the same jobs give the same fingerprint."""
    digest = hashlib.sha256()
    for job in jobs:
        digest.update(json.dumps({k: v for k, v in job.items() if k != "previous"},
                                 sort_keys=True, default=str).encode())
    return digest.hexdigest()[:16]


class ResultStore:
    """The results of a run, written in chunks as they arrive (see the module docstring)."""

    def __init__(self, folder: Path, design: dict, resume: bool, chunk_size: int = 20,
                 seconds: float = 30.0) -> None:
        self.folder = Path(folder)
        self.chunks = self.folder / "chunks"
        self.chunk_size, self.seconds = chunk_size, seconds
        self.buffer: list[dict] = []
        self.last_write = time.monotonic()
        self._open(design, resume)
        self.number = 1 + max((int(p.stem.split("-")[1]) for p in self.chunks.glob(
            "points-*.parquet")), default=0)

    def _open(self, design: dict, resume: bool) -> None:
        path = self.folder / "design.json"
        existing = sorted(self.chunks.glob("points-*.parquet")) if self.chunks.exists() else []
        if path.exists() and existing:
            if not resume:
                raise ScenarioError(say("resume_needed", folder=str(self.folder)))
            before = json.loads(path.read_text(encoding="utf-8"))
            if before.get("fingerprint") != design["fingerprint"]:
                raise ScenarioError(say("other_run", folder=str(self.folder)))
        self.chunks.mkdir(parents=True, exist_ok=True)
        write_text_atomically(path, json.dumps(design, indent=2, default=str) + "\n")

    def finished(self, retry_failed: bool = False) -> set[str]:
        """Names of the points already in the chunks (without failed ones if retried)."""
        points = read_points(self.folder)
        if points.empty:
            return set()
        if retry_failed:
            points = points[~points["status"].isin(["error", "timeout"])]
        return set(points["name"])

    def add(self, result: dict) -> None:
        """Keep ``result``; write a chunk when enough results or seconds have gathered."""
        self.buffer.append(result)
        if (len(self.buffer) >= self.chunk_size
                or time.monotonic() - self.last_write >= self.seconds):
            self.flush()

    def flush(self) -> None:
        """Write the results kept so far as one chunk (loads first, then points)."""
        if not self.buffer:
            return
        rows = [{k: v for k, v in r.items() if k not in SKIPPED_KEYS} for r in self.buffer]
        loads = [{"name": r["name"], **load} for r in self.buffer for load in r.get("loads", [])]
        number = f"{self.number:05d}"
        # loads first: a chunk counts as written once its points file exists
        if loads:
            _write_parquet(pd.DataFrame(loads), self.chunks / f"loads-{number}.parquet")
        _write_parquet(pd.DataFrame(rows), self.chunks / f"points-{number}.parquet")
        self.number += 1
        self.buffer = []
        self.last_write = time.monotonic()


def _write_parquet(frame: pd.DataFrame, path: Path) -> None:
    write_atomically(path, lambda temporary: frame.to_parquet(temporary, index=False))


def _read(folder: Path, kind: str) -> pd.DataFrame:
    chunks = Path(folder) / "chunks"
    names = {p.stem.split("-")[1] for p in chunks.glob("points-*.parquet")}
    frames = [pd.read_parquet(p) for p in sorted(chunks.glob(f"{kind}-*.parquet"))
              if p.stem.split("-")[1] in names]
    frames = [f for f in frames if not f.empty]
    return pd.concat(frames, ignore_index=True) if frames else pd.DataFrame()


def read_points(folder: Path) -> pd.DataFrame:
    """Every point's row so far; a point run twice (--retry-failed) keeps its last row."""
    points = _read(folder, "points")
    return points.drop_duplicates("name", keep="last") if not points.empty else points


def read_loads(folder: Path) -> pd.DataFrame:
    """The people's loads of every point so far (a point run twice keeps its last)."""
    loads = _read(folder, "loads")
    points = read_points(folder)
    if loads.empty or points.empty:
        return loads
    return loads[loads["name"].isin(points["name"])].drop_duplicates(["name", "person"],
                                                                     keep="last")
