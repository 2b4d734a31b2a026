"""allocator report: the director's report per school (HTML, and PDF where possible)."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

import click

from allocator.cli.common import EXIT_CHECK_FAILED, err, lang_option, load_plan, read_input
from allocator.i18n import Lang, text

if TYPE_CHECKING:  # the readers are imported when a command reads, not at start-up
    from allocator.read.records import CatalogueMode


@click.command()
@click.argument("input_path", metavar="INPUT", type=click.Path(path_type=Path))
@click.argument("plan_path", metavar="PLAN", type=click.Path(path_type=Path))
@click.option("-o", "--output", "folder", type=click.Path(file_okay=False, path_type=Path),
              default=None, help="Folder for the reports [default: schoolrapporten, or "
                                 "school-reports with --lang en].")
@click.option("--school", "schools", multiple=True,
              help="Only this school (id); repeat for more. Default: every school.")
@click.option("--pdf/--no-pdf", default=True, show_default=True,
              help="Also write a PDF per school (needs WeasyPrint: pip install "
                   "\"allocator[pdf]\").")
@click.option("--catalogue", type=click.Choice(["replace", "extend"]), default="replace")
@lang_option
def report(input_path: Path, plan_path: Path, folder: Path | None, schools: tuple[str, ...],
           pdf: bool, catalogue: CatalogueMode, lang: Lang) -> None:
    """Write a report for each school's director (HTML; PDF where possible).

    Who does what at the school, what the group does for it, what stays open and what to do
    about it.
    """
    from allocator.check.checker import check_plan
    from allocator.check.render import render_report
    from allocator.report.director import write_director_reports

    problem = read_input(input_path, catalogue, plan_path=plan_path, lang=lang)
    plan = load_plan(plan_path, lang, problem)
    checked = check_plan(problem, plan)
    if not checked.ok:  # a report must never describe a plan that breaks the rules
        err(render_report(checked, lang))
        sys.exit(EXIT_CHECK_FAILED)
    known = {school.id for school in problem.schools}
    unknown = [school for school in schools if school not in known]
    if unknown:
        raise click.BadParameter(f"{', '.join(unknown)}: not a school id in {input_path}",
                                 param_hint="--school")
    folder = folder or Path(text("file.report_folder", lang))
    result = write_director_reports(problem, plan, folder, lang,
                                    pdf=pdf, only=set(schools) or None)
    for entry in result["schools"]:
        click.echo(str(entry["html"]))
        if entry["pdf"] is not None:
            click.echo(str(entry["pdf"]))
    if result["pdf"] == "unavailable":
        err(text("director.pdf_unavailable", lang))
    err(text("director.written", lang, count=len(result["schools"]),
             folder=folder, index=result["index"]))
