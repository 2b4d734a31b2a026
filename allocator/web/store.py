"""The plans of this server run: their state in memory, their files in one private folder.

Every plan has a folder named by its id (random hex, made here) inside the server's private
temporary folder (mode 0700). Nothing a user sends becomes part of a path: ids are looked up
in this store, never joined to a folder unchecked, and an upload is saved under a fixed name.
"""

from __future__ import annotations

import json
import re
import secrets
import shutil
import tempfile
import threading
import time
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from allocator.i18n import Lang
from models import Plan, Problem

PLAN_ID = re.compile(r"^[0-9a-f]{16}$")
CACHED_PLANS = 4  # parsed plans and details kept in memory (a 100-school plan is ~4 MB JSON)
MAX_EVENTS = 200


@dataclass
class PlanRecord:
    """One plan of the web app: its folder, upload, options, status and progress."""

    id: str
    folder: Path
    filename: str  # as the user named the upload: shown, never used as a path
    lang: Lang
    time_limit: float
    counts: dict[str, int]
    warnings: list[str] = field(default_factory=list)
    focus: str | None = None
    parent: str | None = None  # the plan a what-if starts from
    previous_name: str | None = None  # an uploaded earlier plan the new one keeps close to
    changes: list[dict] = field(default_factory=list)
    whatif_number: int | None = None  # 1, 2, ... for the what-ifs of one upload: file names
    status: str = "queued"  # queued | running | done | failed
    created: float = field(default_factory=time.time)
    started: float | None = None
    finished: float | None = None
    events: list[dict] = field(default_factory=list)
    stages: list[dict] = field(default_factory=list)
    message: str | None = None
    reason: str | None = None
    plan_status: str | None = None  # optimal | feasible once done
    interrupted: bool = False
    stop_requested: bool = False
    replan: dict | None = None
    live: dict | None = None  # the stage being solved: name, number, best, bound so far
    deleted: bool = False

    def elapsed(self) -> float:
        """Seconds since the solve started (until it finished); 0 before it starts."""
        if self.started is None:
            return 0.0
        return (self.finished or time.time()) - self.started

    def public(self) -> dict[str, Any]:
        """The state as the API shows it (``summary`` is added by the caller when done)."""
        return {"id": self.id, "status": self.status, "plan_status": self.plan_status,
                "file": self.filename, "lang": self.lang, "time_limit": self.time_limit,
                "counts": self.counts, "warnings": self.warnings, "focus": self.focus,
                "parent": self.parent, "changes": self.changes,
                "created": self.created, "elapsed": round(self.elapsed(), 2),
                "stages": self.stages, "progress": self.events[-1] if self.events else None,
                "live": self.live if self.status == "running" else None,
                "events": len(self.events), "message": self.message, "reason": self.reason,
                "interrupted": self.interrupted, "stop_requested": self.stop_requested,
                "replan": self.replan}


class PlanStore:
    """The plans of one server run, each in a private folder of a temporary root."""

    def __init__(self, parent: Path | None = None) -> None:
        self.root = Path(tempfile.mkdtemp(prefix="allocator-web-", dir=parent))  # mode 0700
        self.plans: dict[str, PlanRecord] = {}
        self.lock = threading.RLock()
        self._cache: OrderedDict[tuple[str, str], Any] = OrderedDict()

    # -- records ------------------------------------------------------------------------------
    def new_folder(self) -> tuple[str, Path]:
        """A new plan id and its private folder (mode 0700)."""
        while True:
            plan_id = secrets.token_hex(8)
            folder = self.root / plan_id
            try:
                folder.mkdir(mode=0o700)
            except FileExistsError:
                continue
            return plan_id, folder

    def add(self, record: PlanRecord) -> None:
        """Keep ``record``."""
        with self.lock:
            self.plans[record.id] = record

    def get(self, plan_id: str) -> PlanRecord | None:
        """The plan ``plan_id`` (None when unknown, deleted or not an id)."""
        if not PLAN_ID.match(plan_id or ""):
            return None
        with self.lock:
            record = self.plans.get(plan_id)
            return None if record is None or record.deleted else record

    def all(self) -> list[PlanRecord]:
        """Every plan not deleted, newest first."""
        with self.lock:
            return sorted((r for r in self.plans.values() if not r.deleted),
                          key=lambda r: r.created, reverse=True)

    def remove(self, plan_id: str, keep_record: bool = False) -> None:
        """Forget a plan and delete its folder.

        A running plan's record stays (marked deleted) until its worker answers, so that nothing it
        writes afterwards survives.
        """
        with self.lock:
            record = self.plans.get(plan_id)
            if record is None:
                return
            record.deleted = True
            if not keep_record:
                del self.plans[plan_id]
            for key in [key for key in self._cache if key[0] == plan_id]:
                del self._cache[key]
        shutil.rmtree(record.folder, ignore_errors=True)

    def close(self) -> None:
        """Remove every plan's files."""
        shutil.rmtree(self.root, ignore_errors=True)

    # -- events from the workers --------------------------------------------------------------
    def on_event(self, plan_id: str, kind: str, data: dict) -> None:
        """Record a worker's event for a plan (running, progress, result, crashed)."""
        with self.lock:
            record = self.plans.get(plan_id)
            if record is None:
                return
            if kind == "running":
                record.status, record.started = "running", time.time()
            elif kind == "progress":
                event = {"event": data["event"], "at": round(time.time() - (record.started
                                                                           or time.time()), 3),
                         **{k: v for k, v in data["data"].items() if k != "event"}}
                record.events = (record.events + [event])[-MAX_EVENTS:]
                self._follow(record, data["event"], data["data"])
            elif kind == "result":
                record.finished = time.time()
                record.status = data["status"]
                record.message = data.get("message")
                record.reason = data.get("reason")
                record.plan_status = data.get("plan_status")
                record.interrupted = bool(data.get("interrupted"))
                record.replan = data.get("replan")
                if data.get("stages") is not None:
                    record.stages = data["stages"]
            elif kind == "crashed":
                record.finished = time.time()
                record.status, record.reason = "failed", "crashed"
                record.message = None  # the page words it; the exit code is in the log
            deleted = record.deleted
        if deleted and kind in ("result", "crashed"):
            self.remove(plan_id)
        elif kind == "result" and record.status == "done":
            # the plan page is what the user opens next: read its files now, not then
            threading.Thread(target=self._warm, args=(record,), daemon=True).start()

    def _warm(self, record: PlanRecord) -> None:
        try:
            self.problem(record)
            self.plan_data(record)
            self.details(record)
        except (OSError, ValueError):  # deleted meanwhile: the page will say so
            pass

    @staticmethod
    def _follow(record: PlanRecord, event: str, data: dict) -> None:
        """Keep the live view of the running stage (events of allocator.solve.driver)."""
        if event == "stage_started":
            record.live = {"stage": data.get("name"), "number": len(record.stages) + 1,
                           "time_limit": data.get("time_limit"), "objective": None,
                           "bound": None, "solver": "cp-sat",
                           "since": round(record.elapsed(), 3)}
        elif event in ("improved", "handover") and record.live is not None:
            record.live = {**record.live, "objective": data.get("objective"),
                           "bound": data.get("bound"),
                           "solver": data.get("solver", record.live.get("solver"))}
        elif event == "stage":
            record.stages = record.stages + [data]
            record.live = None
        elif event == "writing":
            record.live = {"stage": None, "writing": True}

    def cancel(self, plan_id: str, message: str) -> None:
        """Fail a plan that is still queued, with ``message``."""
        with self.lock:
            record = self.plans.get(plan_id)
            if record is not None and record.status == "queued":
                record.status, record.reason, record.message = "failed", "cancelled", message
                record.finished = time.time()

    # -- the plan's files, parsed once ---------------------------------------------------------
    def _cached(self, record: PlanRecord, name: str, load: Callable[[Path], Any]) -> Any:
        key = (record.id, name)
        with self.lock:
            if key in self._cache:
                self._cache.move_to_end(key)
                return self._cache[key]
        value = load(record.folder / name)
        with self.lock:
            self._cache[key] = value
            while len(self._cache) > CACHED_PLANS * 3:
                self._cache.popitem(last=False)
        return value

    def problem(self, record: PlanRecord) -> Problem:
        """The plan's problem (read once, then cached)."""
        return self._cached(record, "problem.json", lambda path: Problem.model_validate_json(
            path.read_text(encoding="utf-8")))

    def plan(self, record: PlanRecord) -> Plan:
        """The plan (read once, then cached)."""
        return self._cached(record, "plan.json", lambda path: Plan.model_validate_json(
            path.read_text(encoding="utf-8")))

    def plan_data(self, record: PlanRecord) -> dict:
        """The plan JSON as data (read once, then cached)."""
        return self._cached(record, "plan.json#data", lambda path: json.loads(
            (path.parent / "plan.json").read_text(encoding="utf-8")))

    def summary(self, record: PlanRecord, lang: Lang) -> dict:
        """The management summary of the plan in ``lang``."""
        return self.details(record)["summaries"][lang]

    def details(self, record: PlanRecord) -> dict:
        """The plan's details.json: explanations and summaries in every language (cached)."""
        return self._cached(record, "details.json", lambda path: json.loads(
            path.read_text(encoding="utf-8")))
