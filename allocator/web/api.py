"""The JSON API under /api: what the pages use and what tools may call (docs/web.md)."""

from __future__ import annotations

import re
from typing import Annotated

from fastapi import APIRouter, File, Form, HTTPException, Request, UploadFile
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import FileResponse, JSONResponse, Response

from allocator.i18n import LANGS, text
from allocator.read import InputError
from allocator.read.text_load import load_json
from allocator.web.intake import UploadTooLarge, issue_rows
from allocator.web.service import PlanService, QueueFull, RequestError, checked_lang
from allocator.web.store import PlanRecord

router = APIRouter(prefix="/api", tags=["plans"])


def service(request: Request) -> PlanService:
    """The app's plan service."""
    return request.app.state.service


def found(request: Request, plan_id: str) -> PlanRecord:
    """The plan ``plan_id``, or a 404 when there is none (deleted, or the server restarted)."""
    record = service(request).store.get(plan_id)
    if record is None:
        raise HTTPException(404, "no plan with this id (deleted, or the server restarted)")
    return record


def message_rows(message: str) -> dict:
    """A message of ``;``-separated problems as the API's error rows (no sheet, row or column)."""
    return {"errors": [{"sheet": None, "row": None, "column": None, "value": None,
                        "message": line} for line in message.split("; ") if line]}


def queue_full_response() -> JSONResponse:
    """503 with a Retry-After: every solver is busy and the queue is full."""
    return JSONResponse({"detail": "All solvers are busy and the queue is full: try again in a "
                                   "minute, or stop a running plan."}, status_code=503,
                        headers={"Retry-After": "30"})


def download_name(record: PlanRecord, suffix: str) -> str:
    """A file name for the browser to save under: the upload's stem, plain characters only.

    A what-if's files carry its number (voorbeeld-wat-als-1-plan.xlsx), so that they do not
    overwrite the original plan's in the downloads folder.
    """
    stem = re.sub(r"[^A-Za-z0-9._-]+", "-", record.filename.rsplit(".", 1)[0]).strip("-.")
    stem = (stem or "plan")[:60]
    if record.whatif_number:
        stem += f"-{text('web.whatif_file', record.lang)}-{record.whatif_number}"
    return f"{stem}-plan{suffix}"


@router.post("/plans", status_code=202, responses={
    422: {"description": "input errors: {\"errors\": [{sheet, row, column, value, message}]}"},
    413: {"description": "the upload is larger than the CLI's limit"},
    503: {"description": "every solver is busy and the queue is full"}})
def create_plan(request: Request,
                file: Annotated[UploadFile, File(description="the workbook (.xlsx, .yaml, "
                                                             ".json)")],
                time_limit: Annotated[float | None, Form(description="seconds, all stages "
                                                                     "together")] = None,
                lang: Annotated[str, Form(description="nl or en")] = "nl",
                guide: Annotated[str | None, Form(description="guideline answers as YAML or "
                                                              "JSON")] = None,
                previous: Annotated[UploadFile | None, File(
                    description="a previous plan (plan workbook .xlsx or plan .json) to keep "
                                "as much of as the input allows")] = None) -> JSONResponse:
    """Read a workbook and queue its solve: 202 {"id"}; input errors: 422 {"errors"}."""
    earlier = (previous.file, previous.filename) if previous is not None and \
        previous.filename else None
    try:
        record = service(request).create(file.file, file.filename, time_limit, lang, guide,
                                         earlier)
    except InputError as error:
        return JSONResponse({"errors": issue_rows(error, checked_lang(lang))}, status_code=422)
    except RequestError as error:
        return JSONResponse(message_rows(str(error)), status_code=422)
    except UploadTooLarge:
        return JSONResponse({"detail": "the upload is larger than the limit for a workbook"},
                            status_code=413)
    except QueueFull:
        return queue_full_response()
    return JSONResponse({"id": record.id, "status": record.status,
                         "warnings": record.warnings}, status_code=202,
                        headers={"Location": f"/api/plans/{record.id}"})


@router.get("/health")
def health(request: Request) -> dict:
    """Solve workers ready, plans waiting, and the queue's size."""
    pool = service(request).pool
    return {"workers": len(pool.slots), "ready": pool.ready(), "waiting": pool.waiting(),
            "queue_size": pool.queue.maxsize}


@router.get("/plans")
def list_plans(request: Request) -> dict:
    """The plans of this server run, newest first."""
    return {"plans": [{"id": r.id, "status": r.status, "file": r.filename,
                       "parent": r.parent, "created": r.created}
                      for r in service(request).store.all()]}


@router.get("/plans/{plan_id}")
def plan_state(request: Request, plan_id: str, lang: str | None = None) -> dict:
    """A plan's status (queued, running, done, failed), stages, progress and summary.

    Stages as in the plan JSON; ``words`` (stage results, closing sentence) in ``lang``
    (nl/en, default the plan's).
    """
    chosen = lang if lang in LANGS else None
    return service(request).state(found(request, plan_id), chosen)


@router.post("/plans/{plan_id}/stop", status_code=202)
def stop_plan(request: Request, plan_id: str) -> JSONResponse:
    """End a running solve; it keeps the best plan found so far."""
    record = found(request, plan_id)
    outcome = service(request).stop(record)
    if outcome == "finished":
        return JSONResponse({"detail": "the plan is not running", "status": record.status},
                            status_code=409)
    return JSONResponse({"id": record.id, "stop": outcome, "status": record.status},
                        status_code=202)


@router.delete("/plans/{plan_id}", status_code=204)
def delete_plan(request: Request, plan_id: str) -> Response:
    """Remove the plan, its upload and its files."""
    service(request).delete(found(request, plan_id))
    return Response(status_code=204)


def _done(record: PlanRecord) -> None:
    if record.status != "done":
        raise HTTPException(409, f"the plan is {record.status}, not done")


@router.get("/plans/{plan_id}/plan.json", response_class=FileResponse)
def plan_json(request: Request, plan_id: str) -> FileResponse:
    """The plan JSON the CLI writes (shared/spec/workbook.md), in the plan's language."""
    record = found(request, plan_id)
    _done(record)
    return FileResponse(record.folder / "plan.json", media_type="application/json",
                        filename=download_name(record, ".json"))


@router.get("/plans/{plan_id}/plan.xlsx", response_class=FileResponse)
def plan_xlsx(request: Request, plan_id: str) -> FileResponse:
    """The plan workbook the CLI writes."""
    record = found(request, plan_id)
    _done(record)
    return FileResponse(
        record.folder / "plan.xlsx", filename=download_name(record, ".xlsx"),
        media_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")


@router.post("/plans/{plan_id}/whatif", status_code=202, responses={
    422: {"description": "changes that cannot be applied: {\"errors\": [{message}]}"},
    503: {"description": "every solver is busy and the queue is full"}})
async def whatif(request: Request, plan_id: str) -> JSONResponse:
    """Re-plan from this plan with as few changes as possible: 202 {"id"} of the new plan.

    Body: {"changes": [scenario changes], "time_limit"?}.
    """
    record = found(request, plan_id)
    try:
        body = load_json((await request.body() or b"null").decode("utf-8"))
    except (ValueError, UnicodeDecodeError) as error:  # LoadError: also deep nesting
        return JSONResponse(message_rows(f"the body is not JSON: {error}"), status_code=422)
    try:
        new = await run_in_threadpool(service(request).whatif, record, body)
    except RequestError as error:
        return JSONResponse(message_rows(str(error)), status_code=422)
    except QueueFull:
        return queue_full_response()
    return JSONResponse({"id": new.id, "status": new.status, "parent": record.id},
                        status_code=202, headers={"Location": f"/api/plans/{new.id}"})
