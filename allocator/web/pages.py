"""The pages an ICT head uses: start, input check, solve, plan, what-if, downloads.

Server-rendered with Jinja2 (autoescaping on for every template: a name is always text), in
Dutch unless the visitor chose English (``?lang=en``, remembered in a cookie). Every form
works without JavaScript; ``static/app.js`` adds drag and drop and live progress.
"""

from __future__ import annotations

import io
import json
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from fastapi import APIRouter, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from jinja2 import Environment, PackageLoader, select_autoescape
from markupsafe import Markup
from starlette.datastructures import FormData

from allocator.i18n import LANGS, Lang, decimal, hours, text
from allocator.read import InputError
from allocator.web.api import download_name
from allocator.web.intake import UploadTooLarge, issue_rows
from allocator.web.service import PlanService, QueueFull, RequestError
from allocator.web.stages import verdict
from allocator.web.store import PlanRecord
from allocator.web.views import (
    PlanView,
    change_text,
    counted,
    difference,
    page_of,
    replan_sentence,
)
from allocator.web.whatif_form import FormErrors, whatif_changes

router = APIRouter(include_in_schema=False)
LANG_COOKIE = "allocator_lang"
GUIDE_QUESTIONS = ("awareness", "shared_vision", "policy_plan", "willing_to_pool")


def guide_questions(lang: Lang) -> list[tuple[str, str]]:
    """The guideline's questions, in the words of `allocator guide`."""
    from allocator.guide import QUESTIONS

    return [(name, QUESTIONS[name][lang]) for name in GUIDE_QUESTIONS]
TOP_ON_OVERVIEW = 20

templates = Environment(loader=PackageLoader("allocator.web", "templates"),
                        autoescape=select_autoescape(default=True, default_for_string=True),
                        trim_blocks=True, lstrip_blocks=True)


def script_json(value: Any) -> Markup:
    """JSON to put inside <script type="application/json">.

    No '<', '>' or '&' in it, so no user string can close the element.
    """
    return Markup(json.dumps(value).replace("<", "\\u003c").replace(">", "\\u003e")
                  .replace("&", "\\u0026"))


def service(request: Request) -> PlanService:
    """The app's plan service."""
    return request.app.state.service


def page_lang(request: Request) -> Lang:
    """The page's language: ``?lang=``, else the cookie, else Dutch."""
    chosen = request.query_params.get("lang") or request.cookies.get(LANG_COOKIE)
    return chosen if chosen in LANGS else "nl"


def render(request: Request, name: str, status: int = 200, **context: Any) -> HTMLResponse:
    """The page template ``name`` rendered in the page's language, with the helpers pages use."""
    lang = page_lang(request)

    def t(key: str, **values: Any) -> str:
        return text(key, lang, **values)

    def share(value: float | None) -> str:
        return "–" if value is None else f"{100 * value:.0f} %"

    html = templates.get_template(name).render(
        lang=lang, t=t, h=lambda value: hours(round(float(value), 2), lang), share=share,
        # a label as a heading: "Andere uren" beside "ICT-uren" (Jinja's capitalize would
        # write "Ict-uren")
        cap=lambda words: words[:1].upper() + words[1:],
        counted=lambda count, noun: counted(count, noun, lang),
        path=request.url.path, pseudonymised=service(request).settings.pseudonymise,
        **context)
    response = HTMLResponse(html, status_code=status)
    if request.query_params.get("lang") in LANGS:
        response.set_cookie(LANG_COOKIE, lang, max_age=365 * 24 * 3600, samesite="strict",
                            httponly=True)
    return response


def record_or_404(request: Request, plan_id: str) -> PlanRecord | HTMLResponse:
    """The plan ``plan_id``, or the "not found" page."""
    record = service(request).store.get(plan_id)
    if record is None:
        return render(request, "missing.html", status=404)
    return record


def plan_view(request: Request, record: PlanRecord) -> PlanView:
    """The plan of ``record`` as the pages show it, in the page's language."""
    store = service(request).store
    return PlanView(store.problem(record), store.plan_data(record), store.details(record),
                    page_lang(request))


def not_ready(request: Request, record: PlanRecord) -> RedirectResponse | None:
    """Pages of a plan that is not done lead to its solve page, which says what is going on."""
    if record.status != "done":
        return RedirectResponse(f"/plans/{record.id}/solve", status_code=303)
    return None


# -- start and upload ---------------------------------------------------------------------------
@router.get("/", response_class=HTMLResponse)
def start(request: Request) -> HTMLResponse:
    """The start page: the upload form and the plans so far."""
    return render(request, "start.html", plans=service(request).store.all(), form={},
                  questions=guide_questions(page_lang(request)))


def _guide_text(form: FormData) -> str | None:
    answers = {name: form.get(f"guide_{name}") for name in GUIDE_QUESTIONS}
    given = {name: value for name, value in answers.items() if value in ("ja", "nee")}
    return "\n".join(f"{name}: {value}" for name, value in given.items()) or None


@router.post("/plans", response_class=HTMLResponse)
async def upload(request: Request) -> Response:
    """Take an uploaded workbook: check it, then queue its plan (or show what is wrong)."""
    form = await request.form()
    upload = form.get("file")
    kept = {"time_limit": form.get("time_limit") or "",
            **{f"guide_{name}": form.get(f"guide_{name}") for name in GUIDE_QUESTIONS}}
    lang = page_lang(request)

    def again(status: int, **context: Any) -> HTMLResponse:
        return render(request, "check.html", status=status, form=kept,
                      questions=guide_questions(lang), **context)

    if upload is None or isinstance(upload, str) or not upload.filename:
        return again(422, message=text("web.error.no_file", lang))
    earlier = form.get("previous")
    previous = (earlier.file, earlier.filename) if earlier is not None and \
        not isinstance(earlier, str) and earlier.filename else None
    try:
        record = await run_in_threadpool(service(request).create, upload.file, upload.filename,
                                         form.get("time_limit"), lang, _guide_text(form),
                                         previous)
    except InputError as error:
        files = sorted({issue.source for issue in error.issues if issue.source})
        return again(422, errors=issue_rows(error, lang, form=True),  # the earlier plan's, or the workbook's
                     filename=", ".join(files) or upload.filename)
    except RequestError as error:
        return again(422, message=str(error))
    except UploadTooLarge:
        return again(413, message=text("web.error.too_large", lang))
    except QueueFull:
        return again(503, message=text("web.error.queue_full", lang))
    return RedirectResponse(f"/plans/{record.id}/solve", status_code=303)


# -- one plan ---------------------------------------------------------------------------------
@router.get("/plans/{plan_id}")
def plan_home(request: Request, plan_id: str) -> Response:
    """A plan's address leads to its plan page when done, else to its solve page."""
    record = record_or_404(request, plan_id)
    if isinstance(record, HTMLResponse):
        return record
    where = "plan" if record.status == "done" else "solve"
    return RedirectResponse(f"/plans/{plan_id}/{where}", status_code=303)


@router.get("/plans/{plan_id}/input", response_class=HTMLResponse)
def input_check(request: Request, plan_id: str) -> HTMLResponse:
    """The input page of a plan: what was read, with its warnings."""
    record = record_or_404(request, plan_id)
    if isinstance(record, HTMLResponse):
        return record
    return render(request, "input.html", record=record, tab="input")


@router.get("/plans/{plan_id}/solve", response_class=HTMLResponse)
def solve_page(request: Request, plan_id: str) -> HTMLResponse:
    """The solve page: live progress of a queued or running plan, or how it ended."""
    record = record_or_404(request, plan_id)
    if isinstance(record, HTMLResponse):
        return record
    state = service(request).state(record, page_lang(request))
    words = {key: text(f"web.js.{key}", page_lang(request)) for key in (
        "queued", "running", "done", "failed", "stage", "stopping", "elapsed", "compiled",
        "writing", "best", "bound", "seconds", "crashed")}
    words.update({f"stage.{name}": text(f"web.stage.{name}", page_lang(request)) for name in (
        "focus", "core", "noncore", "stability", "preferences")})
    words["interrupted"] = text("web.solve.interrupted", page_lang(request))
    words["distance"] = text("web.stage_value.distance", page_lang(request),
                             distance="{distance}", share="{share}")
    words["decimal"] = decimal(0.5, page_lang(request))[1]  # the shared formatting's mark
    words["lang"] = page_lang(request)
    return render(request, "solve.html", record=record, tab="solve", state=state,
                  state_json=script_json(state), words_json=script_json(words))


@router.post("/plans/{plan_id}/stop")
def stop(request: Request, plan_id: str) -> Response:
    """Stop a plan's solve (the best plan so far is kept), then show its solve page."""
    record = record_or_404(request, plan_id)
    if isinstance(record, HTMLResponse):
        return record
    service(request).stop(record)
    return RedirectResponse(f"/plans/{plan_id}/solve", status_code=303)


@router.post("/plans/{plan_id}/delete")
def delete(request: Request, plan_id: str) -> Response:
    """Delete a plan and its files, then go back to the start page."""
    record = record_or_404(request, plan_id)
    if isinstance(record, HTMLResponse):
        return record
    service(request).delete(record)
    return RedirectResponse("/?deleted=1", status_code=303)


@router.get("/plans/{plan_id}/plan", response_class=HTMLResponse)
def plan_page(request: Request, plan_id: str) -> Response:
    """The plan page: coverage per school, open work and single points of failure."""
    record = record_or_404(request, plan_id)
    if isinstance(record, HTMLResponse):
        return record
    if (redirect := not_ready(request, record)) is not None:
        return redirect
    view = plan_view(request, record)
    uncovered = view.uncovered()
    risks = view.single_points_of_failure()
    return render(request, "plan.html", record=record, tab="plan", view=view,
                  verdict=verdict(record.stages, record.plan_status, view.lang),
                  replan=replan_sentence(record.previous_name, record.replan, view.lang,
                                         view.data.get("changes")),
                  changes=view.changes(),
                  summary=view.summary, schools=view.schools(), people=view.people(),
                  uncovered=uncovered[:TOP_ON_OVERVIEW], uncovered_total=len(uncovered),
                  risks=risks[:TOP_ON_OVERVIEW], risks_total=len(risks),
                  group_work=view.assignments(lambda row: row["school"] is None),
                  group_coverage=view.coverage(None))


@router.get("/plans/{plan_id}/plan/school/{school_id}", response_class=HTMLResponse)
def school_page(request: Request, plan_id: str, school_id: str) -> Response:
    """One school's page: who works there, coverage, open work."""
    record = record_or_404(request, plan_id)
    if isinstance(record, HTMLResponse):
        return record
    if (redirect := not_ready(request, record)) is not None:
        return redirect
    view = plan_view(request, record)
    school = view.problem.school_by_id().get(school_id)
    if school is None:
        return render(request, "missing.html", status=404, record=record)
    rows = view.assignments(lambda row: row["school"] == school_id)
    budget = {source: sum(r["hours"] for r in rows if r["funding"] == source)
              for source in ("ict", "bpt", "other")}
    return render(request, "school.html", record=record, tab="plan", view=view, school=school,
                  rows=rows, budget=budget, coverage=view.coverage(school_id),
                  summary=view.school_summary(school_id),
                  uncovered=view.uncovered(lambda item: item["school"] == school_id),
                  bundled=[f"{view.task_name(task_id)} ({task_id})"
                           for task_id in view.data.get("bundled", [])
                           if task_id in view.tasks and view.tasks[task_id].applies_to(school)])


@router.get("/plans/{plan_id}/plan/person/{person_id}", response_class=HTMLResponse)
def person_page(request: Request, plan_id: str, person_id: str) -> Response:
    """One person's page: their work, hours per source and load."""
    record = record_or_404(request, plan_id)
    if isinstance(record, HTMLResponse):
        return record
    if (redirect := not_ready(request, record)) is not None:
        return redirect
    view = plan_view(request, record)
    person = next((row for row in view.people() if row["id"] == person_id), None)
    if person is None:
        return render(request, "missing.html", status=404, record=record)
    # alone on the page, the chart uses the person's own scale (the overview shares one)
    person["scale"] = max(person["available"], person["used"]) or 1.0
    rows = view.assignments(lambda row: row["person"] == person_id)
    schools = sorted({row["where"] for row in rows})
    risks = [row for row in view.single_points_of_failure() if person_id in row["workers"]]
    return render(request, "person.html", record=record, tab="plan", view=view, person=person,
                  rows=rows, schools=schools, risks=risks)


@router.get("/plans/{plan_id}/plan/uncovered", response_class=HTMLResponse)
def uncovered_page(request: Request, plan_id: str, page: int = 1, core: str = "",
                   school: str = "") -> Response:
    """The open work, filtered (core only, one school) and paged."""
    record = record_or_404(request, plan_id)
    if isinstance(record, HTMLResponse):
        return record
    if (redirect := not_ready(request, record)) is not None:
        return redirect
    view = plan_view(request, record)
    rows = view.uncovered(lambda item: (core != "1" or item["core"])
                          and (not school or (item["school"] or "") == school))
    shown, page, pages = page_of(rows, page)
    return render(request, "uncovered.html", record=record, tab="plan", view=view, rows=shown,
                  total=len(rows), page=page, pages=pages, core=core, school=school,
                  risks=view.single_points_of_failure())


# -- what-if --------------------------------------------------------------------------------------
@router.get("/plans/{plan_id}/whatif", response_class=HTMLResponse)
def whatif_page(request: Request, plan_id: str) -> Response:
    """The what-if form of a plan."""
    record = record_or_404(request, plan_id)
    if isinstance(record, HTMLResponse):
        return record
    if (redirect := not_ready(request, record)) is not None:
        return redirect
    return _whatif_form(request, record, {}, None, 200)


def _whatif_form(request: Request, record: PlanRecord, form: dict, message: str | None,
                 status: int) -> HTMLResponse:
    view = plan_view(request, record)
    children = [r for r in service(request).store.all() if r.parent == record.id]
    return render(request, "whatif.html", status=status, record=record, tab="whatif",
                  view=view, form=form, message=message, children=children,
                  tasks=sorted(view.problem.tasks, key=lambda t: t.id))


@router.post("/plans/{plan_id}/whatif", response_class=HTMLResponse)
async def whatif_submit(request: Request, plan_id: str) -> Response:
    """Start a what-if: a re-plan of the plan with the submitted changes (or the form again)."""
    record = record_or_404(request, plan_id)
    if isinstance(record, HTMLResponse):
        return record
    form = {key: value for key, value in (await request.form()).items()
            if isinstance(value, str)}
    lang = page_lang(request)
    try:  # each field checked and said in the page's words, not the scenario model's
        changes, seconds = whatif_changes(form, service(request).store.problem(record), lang)
    except FormErrors as error:
        return _whatif_form(request, record, form, str(error), 422)
    if not changes:
        return _whatif_form(request, record, form, text("web.whatif.none", lang), 422)
    body = {"changes": changes, "time_limit": seconds or record.time_limit}
    try:
        new = await run_in_threadpool(service(request).whatif, record, body, lang)
    except RequestError as error:
        return _whatif_form(request, record, form, str(error), 422)
    except QueueFull:
        return _whatif_form(request, record, form, text("web.error.queue_full", lang), 503)
    return RedirectResponse(f"/plans/{new.id}/solve", status_code=303)


@router.get("/plans/{plan_id}/compare", response_class=HTMLResponse)
def compare_page(request: Request, plan_id: str) -> Response:
    """A what-if plan next to the plan it was made from."""
    record = record_or_404(request, plan_id)
    if isinstance(record, HTMLResponse):
        return record
    if (redirect := not_ready(request, record)) is not None:
        return redirect
    parent = service(request).store.get(record.parent or "")
    if parent is None or parent.status != "done":
        return render(request, "missing.html", status=404, record=record)
    before, after = plan_view(request, parent), plan_view(request, record)
    return render(request, "compare.html", record=record, parent=parent, tab="whatif",
                  view=after, diff=difference(before, after, record.replan),
                  changes=[change_text(change, before) for change in record.changes])


# -- downloads ------------------------------------------------------------------------------------
@router.get("/plans/{plan_id}/downloads", response_class=HTMLResponse)
def downloads_page(request: Request, plan_id: str) -> Response:
    """The downloads page: workbook, JSON, director reports and vacancies."""
    record = record_or_404(request, plan_id)
    if isinstance(record, HTMLResponse):
        return record
    if (redirect := not_ready(request, record)) is not None:
        return redirect
    view = plan_view(request, record)
    return render(request, "downloads.html", record=record, tab="downloads", view=view,
                  profiles=view.explanation.get("recruitment", []))


@router.get("/plans/{plan_id}/vacancies.zip")
def vacancies(request: Request, plan_id: str) -> Response:
    """The vacancy drafts of a plan's recruitment advice, as a zip of Markdown files."""
    from allocator.explain.recruit import recruitment_profiles, vacancy_markdown

    record = record_or_404(request, plan_id)
    if isinstance(record, HTMLResponse):
        return record
    if (redirect := not_ready(request, record)) is not None:
        return redirect
    store = service(request).store
    problem = store.problem(record)
    lang = page_lang(request)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for k, profile in enumerate(recruitment_profiles(problem, store.plan(record)), 1):
            # numbered names: a school id never becomes a path inside the archive
            archive.writestr(f"{text('web.vacancy_file', lang)}-{k:02d}-"
                             f"{profile.kind.lower()}.md", vacancy_markdown(problem, profile,
                                                                             lang))
    return Response(buffer.getvalue(), media_type="application/zip", headers={
        "Content-Disposition": f'attachment; filename="{download_name(record, "")}'
                               f'-{text("web.vacancy_file", lang)}.zip"'})


@router.get("/plans/{plan_id}/director-reports.zip")
async def director_reports(request: Request, plan_id: str) -> Response:
    """The director's report per school, made once per language.

    As ``allocator report`` writes it (HTML: printable); the web app leaves out the PDFs,
    which take about a second per school.
    """
    record = record_or_404(request, plan_id)
    if isinstance(record, HTMLResponse):
        return record
    if (redirect := not_ready(request, record)) is not None:
        return redirect
    lang = page_lang(request)
    archive = record.folder / f"director-reports-{lang}.zip"
    if not archive.exists():
        await run_in_threadpool(_write_director_reports, service(request), record, lang,
                                archive)
    return Response(archive.read_bytes(), media_type="application/zip", headers={
        "Content-Disposition": f'attachment; filename="{download_name(record, "")}'
                               f'-{text("web.director_file", lang)}.zip"'})


def _write_director_reports(service: PlanService, record: PlanRecord, lang: Lang,
                            archive: Path) -> None:
    import tempfile

    from allocator.report.atomic import write_atomically
    from allocator.report.director import write_director_reports

    with tempfile.TemporaryDirectory(dir=record.folder) as folder:
        written = Path(folder)
        write_director_reports(service.store.problem(record), service.store.plan(record),
                               written, lang, pdf=False)

        def pack(path: Path) -> None:
            with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as out:
                for file in sorted(written.iterdir()):  # names made safe by the report
                    out.write(file, file.name)

        write_atomically(archive, pack)


@router.get("/plans/{plan_id}/key.json")
def key_file(request: Request, plan_id: str) -> Response:
    """The pseudonym key of a pseudonymised plan's people, as JSON (codes to names)."""
    record = record_or_404(request, plan_id)
    if isinstance(record, HTMLResponse):
        return record
    key = service(request).key
    if key is None:
        return render(request, "missing.html", status=404, record=record)
    codes = {person.id for person in service(request).store.problem(record).people}
    content = json.dumps({"secret": key.secret.hex(),
                          "people": {code: key.people[code] for code in sorted(codes)
                                     if code in key.people}}, ensure_ascii=False, indent=1)
    return Response(content, media_type="application/json", headers={
        "Content-Disposition": 'attachment; filename="pseudonym-key.json"'})


@router.get("/downloads/template.xlsx")
def template(request: Request) -> Response:
    """The input template in the page's language (.xlsx)."""
    from allocator.report.template import write_template

    return _workbook(request, f"template-{page_lang(request)}.xlsx",
                     lambda path: write_template(path, page_lang(request)))


@router.get("/downloads/example.xlsx")
def example(request: Request) -> Response:
    """The teaching template filled with the example group (`allocator template --example`)."""
    from importlib import resources

    from allocator.read import read_problem
    from allocator.report.template import write_template

    lang = page_lang(request)

    def write(path: Path) -> None:
        data = resources.files("allocator.data").joinpath("demo_group.yaml")
        with resources.as_file(data) as demo:
            group = read_problem(Path(demo)).problem
        write_template(path, lang, example=group)

    return _workbook(request, f"{text('web.example_file', lang)}-{lang}.xlsx", write)


def _workbook(request: Request, name: str, write: Callable[[Path], object]) -> Response:
    """Write a workbook into the private folder once per language, then serve it."""
    folder = service(request).store.root / "downloads"
    folder.mkdir(exist_ok=True)
    path = folder / name
    if not path.exists():
        from allocator.report.atomic import write_atomically

        write_atomically(path, write)
    return Response(path.read_bytes(), headers={
        "Content-Disposition": f'attachment; filename="{name}"'},
        media_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
