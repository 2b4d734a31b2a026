"""Job functions the tests run in the web app's workers instead of (or around) the real one."""

from __future__ import annotations

import json
import os
import time
from pathlib import Path

from allocator.web.job import run_job


def crash_or_solve(job: dict, emit) -> dict:
    """Dies like a native crash when the group has a school named CRASH; else solves."""
    problem = json.loads((Path(job["folder"]) / "problem.json").read_text(encoding="utf-8"))
    if any(school["name"] == "CRASH" for school in problem["schools"]):
        emit("compiled", {})
        os._exit(3)
    return run_job(job, emit)


def slow(job: dict, emit) -> dict:
    """Holds a worker for a few seconds, then fails: fills the queue without solving."""
    emit("compiled", {})
    time.sleep(3)
    return {"status": "failed", "reason": "error", "message": "slow test job"}
