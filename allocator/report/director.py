"""The director's report: one printable HTML page per school, plus an index for the group.

A PDF too where WeasyPrint is installed. Per school: who does what at the school, what the
group's central service does for it, what stays open and what to do about it. Built from
the summary for management (report/summary.py) and the plan; rendered with Jinja2, every
user string escaped.
"""

from __future__ import annotations

import base64
from collections import defaultdict
from pathlib import Path
from typing import TYPE_CHECKING, Any

from allocator.i18n import Lang, euros, hours, text
from allocator.report.file_names import UniqueNames
from allocator.report.load_chart import load_chart_png
from allocator.report.summary import management_summary, single_points_of_failure
from models import CENTRAL, Plan, Problem

if TYPE_CHECKING:  # Jinja2 and WeasyPrint are imported when a report is written
    from jinja2 import Environment
    from weasyprint import HTML


def _funding_label(code: str, lang: Lang) -> str:
    return text(f"funding.{code}", lang)


def _recommendation(code: str, lang: Lang) -> str:
    try:
        return text(f"rec.{code}", lang)
    except KeyError:
        return code


def school_reports(problem: Problem, plan: Plan, lang: Lang = "nl",
                   summary: dict | None = None) -> list[dict[str, Any]]:
    """The data of each school's report (what the templates show), in school order."""
    from allocator.explain.recruit import recruitment_profiles

    summary = summary or management_summary(problem, plan, lang)
    tasks, people = problem.task_by_id(), problem.person_by_id()
    schools = problem.school_by_id()
    spof = single_points_of_failure(problem, plan, lang)
    profiles = recruitment_profiles(problem, plan) if plan.status in ("optimal",
                                                                      "feasible") else []
    bundle_workers: dict[str, list[str]] = defaultdict(list)
    group_done: list[dict[str, Any]] = []
    by_school: dict[str, list[Any]] = defaultdict(list)
    for a in plan.assignments:
        if a.school is not None:
            by_school[a.school].append(a)
        elif a.task in plan.bundled and tasks[a.task].scope.value == "school":
            bundle_workers[a.task].append(a.person)
    open_group = {u.task for u in plan.uncovered if u.school is None}
    for task in problem.tasks:
        if task.scope.value == "group" and task.id not in open_group:
            group_done.append({"task": task.id, "name": task.name(lang), "core": task.core,
                               "hours": task.hours_at(None)})

    reports = []
    for row in summary["schools"]:
        school = schools[row["id"]]
        work = []
        for a in sorted(by_school[school.id], key=lambda a: (a.person, a.task)):
            person, task = people.get(a.person), tasks[a.task]
            work.append({"person": a.person, "person_name": person.name if person else a.person,
                         "role": (person.role or "") if person else "",
                         "central": person is not None and person.site == CENTRAL,
                         "task": a.task, "task_name": task.name(lang), "core": task.core,
                         "cluster": text(f"cluster.{task.cluster.value}", lang),
                         "hours": a.hours, "funding": _funding_label(a.funding.value, lang)})
        bundles: list[dict[str, Any]] = []
        if row["pools"]:
            for task_id in plan.bundled:
                task = tasks[task_id]
                if task.applies_to(school):
                    bundles.append({"task": task_id, "task_name": task.name(lang),
                                    "core": task.core, "hours": task.hours_at(school),
                                    "people": sorted({people[p].name if p in people else p
                                                      for p in bundle_workers[task_id]}),
                                    "ids": sorted(set(bundle_workers[task_id]))})
        open_noncore: dict[str, list[dict[str, Any]]] = defaultdict(list)
        for u in plan.uncovered:
            if u.school == school.id and not u.core:
                task = tasks[u.task]
                open_noncore[u.recommendation].append(
                    {"task": u.task, "task_name": task.name(lang), "hours": task.hours_at(school)})
        local_people = [p for p in summary["load"] if p["site"] == school.id]
        helpers = {w["person"] for w in work if w["central"]} | {
            person_id for b in bundles for person_id in b["ids"]}
        central_people = [p for p in summary["load"]
                          if p["site"] == CENTRAL and p["id"] in helpers]
        reports.append({
            "school": row,
            "own_work": [w for w in work if not w["central"]],
            "central_work": [w for w in work if w["central"]],
            "bundles": bundles,
            "group_tasks": group_done if row["pools"] else [],
            "open_core": [u for u in summary["uncovered_core"] if u["school"] == school.id],
            "open_noncore": {code: {"label": _recommendation(code, lang), "items": items,
                                    "hours": sum(i["hours"] for i in items)}
                             for code, items in sorted(open_noncore.items())},
            "profiles": [_profile(p, lang, schools, school.id) for p in profiles
                         if p.site == school.id or school.id in p.schools],
            "single_points": [r for r in spof if r["school"] == school.id],
            "operating_budget_eur": school.operating_budget_eur,
            "load": local_people + central_people,
        })
    return reports


def _profile(profile: Any, lang: Lang, schools: dict, own: str) -> dict[str, Any]:
    data = profile.to_dict()
    others = [schools[s].name for s in getattr(profile, "schools", []) or []
              if s != own and s in schools]
    from allocator.explain.phrases import role_name

    return {"kind": role_name(profile.kind, lang), "hours": profile.hours,
            "diploma": text(f"diploma.{profile.diploma}", lang),
            "levels": {k: v for k, v in profile.levels.items() if v},
            "fits_envelope": data.get("fits_envelope"),
            "shared_with": others,  # a post shared by the pooling schools of a region
            "tasks": [t["name_nl"] if lang == "nl" else t["name_en"] for t in profile.tasks]}


def _environment(lang: Lang) -> Environment:
    from jinja2 import Environment, PackageLoader, StrictUndefined

    environment = Environment(loader=PackageLoader("allocator.report", "templates"),
                              autoescape=True, undefined=StrictUndefined,
                              trim_blocks=True, lstrip_blocks=True)
    environment.globals["t"] = lambda key, **values: text(key, lang, **values)
    environment.globals["rec"] = lambda code: _recommendation(code, lang)
    environment.filters["h"] = lambda value: hours(float(value), lang)
    environment.filters["pct"] = lambda value: "–" if value is None else f"{100 * value:.0f} %"
    environment.filters["eur"] = lambda value: "–" if value is None else euros(value, lang)
    return environment


def render_school(report: dict[str, Any], summary: dict, lang: Lang, chart: bytes | None,
                  index_name: str | None) -> str:
    """One school's director report as HTML, with the load chart inlined as a PNG."""
    template = _environment(lang).get_template("director_school.html")
    data_uri = ("data:image/png;base64," + base64.b64encode(chart).decode()) if chart else None
    return template.render(r=report, s=report["school"], summary=summary, lang=lang,
                           chart=data_uri, index_name=index_name)


def render_index(summary: dict, files: list[tuple[dict, str]], lang: Lang,
                 chart: str | None = None) -> str:
    """The index page of the director reports as HTML, linking every school's report."""
    template = _environment(lang).get_template("director_index.html")
    return template.render(summary=summary, files=files, lang=lang, chart=chart)


def pdf_renderer() -> type[HTML] | None:
    """WeasyPrint's HTML class, or None when it (or its system libraries) is missing."""
    try:
        from weasyprint import HTML
    except (ImportError, OSError):  # OSError: Pango or another system library is missing
        return None
    return HTML


def write_director_reports(problem: Problem, plan: Plan, folder: Path, lang: Lang = "nl",
                           pdf: bool = True, only: set[str] | None = None) -> dict[str, Any]:
    """Write index.html and one report per school (HTML, and PDF when possible) to ``folder``.

    Returns what was written: ``{"index": path, "schools": [{"id", "html", "pdf"}],
    "chart": path of the group's load chart (PNG) or None,
    "pdf": "written" | "not_asked" | "unavailable"}``.
    """
    from allocator.report.atomic import write_atomically, write_text_atomically

    summary = management_summary(problem, plan, lang)
    reports = [r for r in school_reports(problem, plan, lang, summary)
               if only is None or r["school"]["id"] in only]
    renderer = pdf_renderer() if pdf else None
    prefix = text("director.file_prefix", lang)
    names = UniqueNames(folder)  # school ids never become paths (report/file_names.py)
    written, files = [], []
    for report in reports:
        chart = load_chart_png(report["load"], lang) if report["load"] else None
        html = render_school(report, summary, lang, chart, "index.html")
        html_path = names.path(prefix, report["school"]["id"], suffix=".html")
        write_text_atomically(html_path, html)
        entry: dict[str, Any] = {"id": report["school"]["id"], "html": html_path, "pdf": None}
        if renderer is not None:
            pdf_path = html_path.with_suffix(".pdf")
            document = renderer(string=render_school(report, summary, lang, chart, None),
                                base_url=str(folder))
            write_atomically(pdf_path, document.write_pdf)
            entry["pdf"] = pdf_path
        written.append(entry)
        files.append((report["school"], html_path.name))
    chart_name = None
    if summary["load"]:  # the whole group's load per person, also as a PNG of its own
        chart_name = text("director.chart_file", lang)
        group_chart = load_chart_png(summary["load"], lang)
        write_atomically(folder / chart_name, lambda path: path.write_bytes(group_chart))
    index = folder / "index.html"
    write_text_atomically(index, render_index(summary, files, lang, chart_name))
    return {"index": index, "schools": written,
            "chart": folder / chart_name if chart_name else None,
            "pdf": "not_asked" if not pdf else "written" if renderer else "unavailable"}
