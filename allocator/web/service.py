"""What the pages and the API do with plans: create, re-plan, stop, delete, report.

Both front doors (``api.py`` for tools, ``pages.py`` for people) call these; neither reads,
solves or writes on its own.
"""

from __future__ import annotations

import math
import shutil
from pathlib import Path
from typing import Any, BinaryIO

from pydantic import ValidationError

from allocator.i18n import LANGS, Lang, text
from allocator.read import InputError, InputIssue
from allocator.web.intake import (
    UploadTooLarge,
    display_name,
    guide_focus,
    read_upload,
    renamed_issue,
    safe_suffix,
    save_upload,
)
from allocator.web.settings import DEFAULT_TIME_LIMIT, MAX_TIME_LIMIT, ServerSettings
from allocator.web.store import PlanRecord, PlanStore
from allocator.web.workers import QueueFull, WorkerPool
from models import Plan, Problem


class RequestError(ValueError):
    """A request that cannot be carried out, with a message for the user (422)."""


def checked_time_limit(value: Any, lang: Lang = "nl") -> float:
    """The time limit in seconds (the default when none is given); RequestError when unusable."""
    try:
        seconds = float(value) if value not in (None, "") else DEFAULT_TIME_LIMIT
    except (TypeError, ValueError):
        raise RequestError(text("web.error.time_limit_number", lang,
                                value=str(value)[:40])) from None
    if not math.isfinite(seconds) or not 1 <= seconds <= MAX_TIME_LIMIT:
        raise RequestError(text("web.error.time_limit_range", lang,
                                high=f"{MAX_TIME_LIMIT:g}"))
    return seconds


def checked_lang(value: Any) -> Lang:
    """The page or request language (Dutch when none is given); RequestError when unknown."""
    lang = (value or "nl").strip().lower() if isinstance(value, str) else "nl"
    for known in LANGS:
        if lang == known:
            return known
    # said in every language: the language the user wants is what is unknown
    raise RequestError(" / ".join(text("web.error.lang", known, langs=", ".join(LANGS))
                                  for known in LANGS))


class PlanService:
    """The app's plans: their store, the solve workers, and the pseudonym key if any."""

    def __init__(self, settings: ServerSettings) -> None:
        self.settings = settings
        self.store = PlanStore(settings.temp_parent)
        self.pool = WorkerPool(settings.processes, settings.queue_size, self.store.on_event,
                               settings.job_target)
        self.key = None
        if settings.pseudonymise:
            from allocator.privacy import PseudonymKey

            self.key = PseudonymKey.load_or_create(None)  # in memory; downloadable per plan

    def start(self) -> None:
        """Start the solve workers (and import the readers, so the first upload is quick)."""
        self.pool.start()
        # the readers, imported now rather than on the first upload (first progress)
        import allocator.read.text_reader
        import allocator.read.xlsx_reader  # noqa: F401

    def close(self) -> None:
        """Stop the workers and remove every plan's files."""
        self.pool.close()
        self.store.close()

    # -- new plans ------------------------------------------------------------------------------
    def create(self, upload: BinaryIO, filename: str | None, time_limit: Any = None,
               lang: Any = "nl", guide: str | None = None,
               previous: tuple[BinaryIO, str | None] | None = None) -> PlanRecord:
        """Read the upload and queue its solve.

        ``previous`` is an earlier plan (plan workbook or plan JSON, as the user uploaded it,
        with its file name): the new plan keeps as much of it as the input allows, as
        ``allocator solve --previous`` does.

        Raises InputError (located issues), RequestError, UploadTooLarge or QueueFull.
        """
        lang = checked_lang(lang)
        seconds = checked_time_limit(time_limit, lang)
        shown = display_name(filename)
        suffix = safe_suffix(filename)
        if suffix is None:
            raise InputError([InputIssue("unknown_format", None, None, None,
                                         Path(shown).suffix or shown,
                                         "a file ending in .xlsx, .yaml, .yml or .json",
                                         shown)])
        plan_id, folder = self.store.new_folder()
        try:
            path = save_upload(upload, folder, suffix, self.settings.max_upload_bytes)
            intake = read_upload(path, shown)
            problem = intake.problem
            if self.key is not None:
                from allocator.privacy import pseudonymise

                problem = pseudonymise(problem, self.key)
            try:
                focus_name, focus = guide_focus(guide, problem, folder)
            except ValueError as error:
                raise RequestError(str(error)) from None
            earlier = None
            if previous is not None:
                earlier = self._previous_plan(previous, folder, problem)
                (folder / "previous.json").write_text(earlier.model_dump_json(),
                                                      encoding="utf-8")
            record = PlanRecord(id=plan_id, folder=folder, filename=shown, lang=lang,
                                time_limit=seconds, counts=_counts(problem),
                                warnings=intake.warnings, focus=focus_name,
                                previous_name=display_name(previous[1]) if previous else None)
            self._queue(record, problem, {"focus": focus, "previous": earlier is not None})
        except BaseException:
            shutil.rmtree(folder, ignore_errors=True)
            raise
        return record

    def _previous_plan(self, previous: tuple[BinaryIO, str | None], folder: Path,
                       problem: Problem) -> Plan:
        """The uploaded earlier plan, read by the CLI's plan reader.

        InputError when unusable; its issues name the user's file.
        """
        from allocator.privacy import looks_pseudonymised
        from allocator.read.plan import PLAN_SUFFIXES, read_plan

        source, filename = previous
        shown = display_name(filename)
        suffix = Path(shown).suffix.lower()
        if suffix not in PLAN_SUFFIXES:
            raise InputError([InputIssue("unknown_format", None, None, None,
                                         Path(shown).suffix or shown,
                                         "a plan file ending in .xlsx or .json", shown)])
        path = save_upload(source, folder, suffix, self.settings.max_upload_bytes,
                           stem="previous")
        try:
            plan = read_plan(path)
        except InputError as error:
            raise InputError([renamed_issue(issue, path.name, shown)
                              for issue in error.issues]) from None
        people = {row.person for row in plan.assignments}
        if self.key is not None and not looks_pseudonymised(
                people, {person.id for person in problem.people}):
            # the input was pseudonymised on arrival: the earlier plan's names must match it
            plan = plan.model_copy(update={"assignments": [
                row.model_copy(update={"person": self.key.code(row.person)})
                for row in plan.assignments]})
        return plan

    def whatif(self, parent: PlanRecord, body: Any, lang: Lang | None = None) -> PlanRecord:
        """Apply scenario-style changes to the parent's problem and re-plan from its plan.

        Messages are in ``lang`` (the page's; default the plan's).
        """
        from allocator.scenarios.changes import apply_variant
        from allocator.scenarios.errors import Place, validation_lines
        from allocator.scenarios.spec import ScenarioError, Variant

        lang = lang or parent.lang
        if parent.status != "done":
            raise RequestError(text("web.error.not_done", lang))
        if isinstance(body, list):
            body = {"changes": body}
        if not isinstance(body, dict):
            raise RequestError(text("web.error.changes_shape", lang))
        seconds = checked_time_limit(body.get("time_limit", parent.time_limit), lang)
        changes = body.get("changes")
        if not isinstance(changes, list) or not changes:
            raise RequestError(text("web.error.no_changes", lang))
        try:
            variant = Variant.model_validate({"name": "what-if", "changes": changes,
                                              "replan": True})
            problem = apply_variant(self.store.problem(parent), variant, "what-if", path="")
        except ValidationError as error:  # located and worded as a scenario file's errors
            said = ScenarioError(*validation_lines(error, {"changes": changes},
                                                   Place("what-if"), Variant))
            raise RequestError(said.text(lang)) from None
        except ScenarioError as error:
            raise RequestError(error.text(lang)) from None
        plan_id, folder = self.store.new_folder()
        try:
            shutil.copyfile(parent.folder / "plan.json", folder / "previous.json")
            # numbered per upload: a what-if's files get names of their own
            number = 1 + sum(1 for other in self.store.all()
                             if other.parent is not None and other.filename == parent.filename)
            record = PlanRecord(id=plan_id, folder=folder, filename=parent.filename,
                                lang=parent.lang, time_limit=seconds, counts=_counts(problem),
                                warnings=[], focus=parent.focus, parent=parent.id,
                                changes=[c.model_dump(mode="json") for c in variant.changes],
                                whatif_number=number)
            focus = None
            if parent.focus:
                from allocator.guide import in_focus

                focus = sorted(t.id for t in problem.tasks if in_focus(t, parent.focus))
            # the applied changes in words, for the plan workbook's Wijzigingen sheet
            from allocator.web.views import PlanView, change_text

            names = PlanView(self.store.problem(parent), {}, {}, record.lang)
            applied = [change_text(change, names) for change in record.changes]
            self._queue(record, problem, {"focus": focus, "previous": True,
                                          "applied": applied})
        except BaseException:
            shutil.rmtree(folder, ignore_errors=True)
            raise
        return record

    def _queue(self, record: PlanRecord, problem: Problem, extra: dict) -> None:
        (record.folder / "problem.json").write_text(problem.model_dump_json(), encoding="utf-8")
        job = {"folder": str(record.folder), "lang": record.lang,
               "time_limit": record.time_limit, "solver_workers": self.settings.solver_workers,
               **extra}
        self.store.add(record)
        try:
            self.pool.submit(record.id, job)
        except QueueFull:
            self.store.remove(record.id)
            raise

    # -- running plans ----------------------------------------------------------------------------
    def stop(self, record: PlanRecord) -> str:
        """"stopping" (a running solve keeps its best plan), "cancelled", or "finished"."""
        if record.status not in ("queued", "running"):
            return "finished"
        record.stop_requested = True
        if self.pool.stop(record.id):
            return "stopping"
        self.store.cancel(record.id, text("web.failed.cancelled", record.lang))
        return "cancelled" if record.status == "failed" else "stopping"

    def delete(self, record: PlanRecord) -> None:
        """Delete a plan: stop it if it runs, then remove its files."""
        running = record.status in ("queued", "running")
        if running:
            self.pool.stop(record.id)
        self.store.remove(record.id, keep_record=record.status == "running")

    def state(self, record: PlanRecord, lang: Lang | None = None) -> dict[str, Any]:
        """The API's view of a plan: status, stages, progress and, when done, the summary.

        ``words``: the stages' results and the closing sentence in ``lang`` (default: the
        plan's), what the solve page shows.
        """
        from allocator.web.stages import worded

        data = record.public()
        data["words"] = worded(record.stages, record.plan_status, lang or record.lang,
                               record.status == "done")
        data["summary"] = (self.store.summary(record, record.lang) if record.status == "done"
                           else None)
        return data


def _counts(problem: Problem) -> dict[str, int]:
    return {"schools": len(problem.schools), "people": len(problem.people),
            "tasks": len(problem.tasks), "preferences": len(problem.preferences),
            "pins": len(problem.pins)}


__all__ = ["PlanService", "QueueFull", "RequestError", "UploadTooLarge"]
