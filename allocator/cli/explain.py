"""Commands that read a plan back: explain, recruit, and the guideline walk-through."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from allocator.cli.common import (
    EXIT_CHECK_FAILED,
    EXIT_INFEASIBLE,
    EXIT_INPUT,
    catalogue_version_option,
    check_output,
    err,
    lang_option,
    load_plan,
    plan_is_pseudonymised,
    read_input,
    up_to_date,
    warn,
    with_key,
)
from allocator.i18n import Lang, hours, text
from models import Plan, Problem, Scope

if TYPE_CHECKING:  # the readers are imported when a command reads, not at start-up
    from allocator.guide import GuideAnswers
    from allocator.read.records import CatalogueMode

key_file_option = click.option(
    "--key-file", type=click.Path(exists=True, dir_okay=False, path_type=Path), default=None,
    help="Key file of a pseudonymised plan (from 'solve --pseudonymise --key-file').")


def unknown_ids(problem: Problem, task_id: str | None, school_id: str | None,
                person_id: str | None, what_if_person: str | None, lang: Lang) -> list[str]:
    """One message per id option that names nothing in the input (with a few that exist)."""
    def examples(ids: list[str]) -> str:
        return ", ".join(ids[:5]) + (", …" if len(ids) > 5 else "")

    tasks = [task.id for task in problem.tasks]
    schools = [school.id for school in problem.schools]
    people = [person.id for person in problem.people]
    found = []
    if task_id is not None and task_id not in tasks:
        found.append(text("cli.unknown.task", lang, value=task_id, examples=examples(tasks)))
    if school_id is not None and school_id not in (*schools, "group", "groep"):
        found.append(text("cli.unknown.school", lang, value=school_id,
                          examples=examples(schools)))
    for option, value in (("--person", person_id), ("--what-if", what_if_person)):
        if value is not None and value not in people:
            found.append(text("cli.unknown.person", lang, option=option, value=value,
                              examples=examples(people)))
    return found


def _warn_when_rules_broken(problem: Problem, plan: Plan, plan_path: Path, lang: Lang) -> None:
    """A plan edited by hand is explained as it is; when it breaks rules, say so first."""
    from allocator.check.checker import check_plan

    report = check_plan(problem, plan)
    if not report.ok:
        warn(text("console.edited_breaks_rules", lang, path=plan_path.name,
                  count=len(report.violations)), lang)


@click.command()
@click.argument("input_path", metavar="INPUT", type=click.Path(path_type=Path))
@click.argument("plan_path", metavar="PLAN", type=click.Path(path_type=Path))
@click.option("--task", "task_id", default=None, help="Only this task.")
@click.option("--school", "school_id", default=None, help="Only this school (or 'group').")
@click.option("--person", "person_id", default=None, help="Only this person.")
@click.option("--format", "fmt", type=click.Choice(["text", "json", "md"]), default="text",
              show_default=True)
@click.option("--top", type=click.IntRange(min=1), default=10, show_default=True,
              help="How many items per section in text and markdown.")
@click.option("--what-if", "what_if_person", default=None,
              help="With --task (and --school): re-solve with this person on it and say what "
                   "it costs.")
@click.option("--catalogue", type=click.Choice(["replace", "extend"]), default="replace")
@key_file_option
@catalogue_version_option
@lang_option
def explain(input_path: Path, plan_path: Path, task_id: str | None, school_id: str | None,
            person_id: str | None, fmt: str, top: int, what_if_person: str | None,
            catalogue: CatalogueMode, key_file: Path | None, catalogue_version: str | None,
            lang: Lang) -> None:
    """Explain a plan (.xlsx or .json).

    Why each gap, what it would take, who is a single point of failure.
    """
    from allocator.explain.render import render_plan
    from allocator.explain.report import explain_plan, render

    problem = read_input(input_path, catalogue, catalogue_version, plan_path, lang)
    plan = load_plan(plan_path, lang)
    problem, _ = with_key(problem, plan, key_file, lang)
    # the uncovered work's reasons in the reader's language, worded from the plan itself (a
    # plan workbook stores them in the language it was written in, its data sheet not at all)
    plan = render_plan(problem, up_to_date(problem, plan, lang), lang)
    if getattr(plan, "edited", None):
        _warn_when_rules_broken(problem, plan, plan_path, lang)
    unknown = unknown_ids(problem, task_id, school_id, person_id, what_if_person, lang)
    if unknown:  # a typo would otherwise give an empty answer, or a what-if about nobody
        for line in unknown:
            err(line)
        sys.exit(EXIT_INPUT)
    if what_if_person is not None:
        from allocator.scenarios.counterfactual import what_if, what_if_sentence

        if task_id is None:
            raise click.UsageError(text("cli.what_if_needs_task", lang))
        school = None if school_id in (None, "group", "groep") else school_id
        task = problem.task_by_id()[task_id]
        bundled = task_id in plan.bundled
        if school is None and task.scope is Scope.school and not bundled:
            # a school's task asked without its school: say which, before a solve that fails
            raise click.UsageError(text("cli.what_if_needs_school", lang, task=task_id,
                                        schools=", ".join(s.id for s in problem.schools)))
        from allocator.cli.progress import SolveProgress
        from allocator.scenarios.counterfactual import WHAT_IF_SECONDS

        err(text("progress.what_if", lang))
        with SolveProgress(WHAT_IF_SECONDS, lang) as progress:
            result = what_if(problem, plan, what_if_person, task_id, school, progress=progress,
                             lang=lang)
        click.echo(json.dumps(result) if fmt == "json"
                   else what_if_sentence(problem, result, what_if_person, task_id, school, lang))
        if not result["possible"]:  # as solve: the rules leave no plan with this assignment
            sys.exit(EXIT_INFEASIBLE)
        return
    try:
        explanation = explain_plan(problem, plan, lang)
    except ValueError as error:
        err(f"{plan_path}: {error}")
        sys.exit(EXIT_CHECK_FAILED)
    school_key = None if school_id in (None, "group", "groep") else school_id

    def keep(row: dict) -> bool:
        return ((task_id is None or row.get("task") == task_id)
                and (school_id is None or row.get("school") == school_key)
                and (person_id is None or row.get("person") == person_id
                     or person_id in row.get("workers", [])))

    for section in ("uncovered", "assignments", "single_points_of_failure"):
        explanation[section] = [row for row in explanation[section] if keep(row)]
    if fmt == "json":
        click.echo(json.dumps(explanation, ensure_ascii=False, indent=1))
    else:
        click.echo(render(explanation, lang, fmt, top))


@click.command()
@click.argument("input_path", metavar="INPUT", type=click.Path(path_type=Path))
@click.argument("plan_path", metavar="PLAN", type=click.Path(path_type=Path))
@click.option("-o", "--output", "folder", type=click.Path(file_okay=False, path_type=Path),
              default=Path("vacatures"), show_default=True,
              help="Folder for one markdown vacancy draft per post.")
@click.option("--format", "fmt", type=click.Choice(["md", "json"]), default="md",
              show_default=True,
              help="md: vacancy drafts in the folder; json: the posts (site or region, kind, "
                   "hours, tasks) and the 'add to an existing job' suggestions on stdout.")
@click.option("--min-post-hours", type=click.FloatRange(min=0.5), default=4.0,
              show_default=True,
              help="The smallest post worth a vacancy; smaller work is suggested as an "
                   "addition to an existing job.")
@click.option("--catalogue", type=click.Choice(["replace", "extend"]), default="replace")
@key_file_option
@catalogue_version_option
@lang_option
def recruit(input_path: Path, plan_path: Path, folder: Path, fmt: str, min_post_hours: float,
            catalogue: CatalogueMode, key_file: Path | None, catalogue_version: str | None,
            lang: Lang) -> None:
    """Group uncovered work marked 'recruit' into posts and write vacancy drafts.

    Work of one role merges across the pooling schools of a region (group-wide for central
    work) until a post reaches --min-post-hours; smaller work becomes a suggestion to add it
    to the job of the colleague who fits best. Directie work never becomes a vacancy.
    Drafts of a pseudonymised plan name schools by their id only.
    """
    from allocator.explain.recruit import recruitment, suggestion_sentence, vacancy_markdown
    from allocator.report.atomic import write_text_atomically
    from allocator.report.file_names import UniqueNames

    if fmt == "md":
        check_output(folder, lang, folder=True)
    problem = read_input(input_path, catalogue, catalogue_version, plan_path, lang)
    plan = load_plan(plan_path, lang)
    # drafts need no person, so no key file either; but they name no school of such a plan
    pseudonymised = key_file is not None or plan_is_pseudonymised(problem, plan)
    if key_file is not None:
        problem, _ = with_key(problem, plan, key_file, lang)
    found = recruitment(problem, up_to_date(problem, plan, lang), min_post_hours)
    if fmt == "json":
        click.echo(json.dumps(found.to_dict(), ensure_ascii=False, indent=1))
        return
    if not found.posts and not found.suggestions:
        err(text("cli.no_recruitment", lang))
        return
    names = UniqueNames(folder)
    for profile in found.posts:
        # school ids come from the input: sanitised, they can never name another folder
        path = names.path(text("recruit.file_stem", lang), _site_words(profile.site, lang),
                          profile.kind, suffix=".md")
        write_text_atomically(path, vacancy_markdown(
            problem, profile, lang, school_names=not pseudonymised))
        from allocator.explain.phrases import role_name

        fits = ("?" if profile.envelope_left is None
                else text("cli.fits", lang) if profile.over_budget == 0
                else text("cli.over_budget", lang,
                          hours=hours(round(profile.over_budget, 1), lang)))
        click.echo(text("cli.recruit_line", lang, path=path,
                        role=role_name(profile.kind, lang),
                        site=_site_words(profile.site, lang),
                        hours=hours(profile.hours, lang),
                        tasks=len(profile.tasks), fits=fits))
    for suggestion in found.suggestions:
        click.echo(suggestion_sentence(problem, suggestion, lang))


@click.command()
@click.argument("input_path", metavar="[INPUT]", required=False,
                type=click.Path(path_type=Path))
@click.option("--answers", type=click.Path(exists=True, dir_okay=False, path_type=Path),
              default=None, help="YAML with one line per question, ja/nee (keys in Dutch or "
                                 "English: bewustzijn/awareness, gedragen_visie/shared_vision, "
                                 "beleidsplan/policy_plan, poolen/willing_to_pool, or 1-4); "
                                 "asked interactively when absent.")
@click.option("--answers-out", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Where to save the answers given interactively [default: antwoorden.yaml "
                   "(answers.yaml with --lang en), or the next free name].")
@lang_option
def guide(input_path: Path | None, answers: Path | None, answers_out: Path | None,
          lang: Lang) -> None:
    """Walk the report's guideline (steps 1-7) and print the checklist and the plan focus."""
    from allocator.guide import GuideAnswers, GuideFileError, checklist

    if answers is not None:
        try:
            given = GuideAnswers.from_file(answers)
        except GuideFileError as error:
            err(error.text(lang))
            sys.exit(EXIT_INPUT)
        saved = answers
        if answers_out is not None:
            _save_answers(given, answers_out, lang)
            saved = answers_out
    else:
        given = _ask_all(lang)
        saved = _save_answers(given, answers_out, lang)
    problem = read_input(input_path, lang=lang) if input_path is not None else None
    click.echo(checklist(given, problem, lang))
    if given.focus:
        workbook = _shell_word(input_path) if input_path is not None else text(
            "file.example_input", lang)
        click.echo(text("guide.solve_with", lang, input=workbook, file=_shell_word(saved)))


class _InputEnded(Exception):
    """The answers' input ended (Ctrl-D, end of a piped file) before the last question."""


def _ask_all(lang: Lang) -> GuideAnswers:
    """Ask the four questions; when the input ends early, keep what was answered.

    The questions left open count as "weet niet" (as the web app's choice): they keep their
    default and the answers file says so; with no answer at all nothing is saved.
    """
    from allocator.guide import QUESTIONS, GuideAnswers

    asked: dict[str, Any] = {}  # by field name
    skipped: list[str] = []
    for name, question in QUESTIONS.items():
        try:
            answer = _ask_yes_no(question[lang], lang)
        except _InputEnded:
            err("")  # the prompt's line stays open at the end of the input
            if not asked and not skipped:
                err(text("guide.no_answer", lang))
                sys.exit(EXIT_INPUT)
            left = [n for n in QUESTIONS if n not in asked and n not in skipped]
            err(text("guide.input_ended", lang, count=len(left),
                     questions="; ".join(QUESTIONS[n][lang] for n in left)))
            skipped += left
            break
        if answer is None:
            skipped.append(name)
        else:
            asked[name] = answer
    return GuideAnswers(**asked, skipped=tuple(skipped))


def _ask_yes_no(question: str, lang: Lang) -> bool | None:
    """Ask until the answer is ja/nee, j/n, yes/no, y/n (Enter: ja) or "weet niet" (None).

    Raises
    ------
    _InputEnded
        When the input ends (Ctrl-D) or is interrupted before an answer.
    """
    from allocator.guide import is_dont_know
    from allocator.read.cells import CellError, read_cell

    prompt = f"{question} {text('guide.yes_no_hint', lang)}"
    while True:
        try:
            answer = click.prompt(prompt, default="", show_default=False, err=True,
                                  prompt_suffix=" ")
        except click.Abort:
            raise _InputEnded from None
        if not answer.strip():
            return True
        if is_dont_know(answer):
            return None
        try:
            return bool(read_cell(answer, "bool"))
        except CellError:
            err(text("guide.answer_yes_no", lang))


def _save_answers(answers: GuideAnswers, target: Path | None, lang: Lang) -> Path:
    """Write the answers where asked, else to antwoorden.yaml (or the next free name)."""
    from allocator.cli.plan_outputs import alternative_name
    from allocator.report.atomic import write_text_atomically

    if target is None:
        target = Path(text("file.answers", lang))
        if target.exists():
            target = alternative_name(target)
    check_output(target, lang)
    write_text_atomically(target, answers.to_yaml(lang))
    err(text("guide.saved", lang, file=str(target)))
    return target


def _shell_word(path: Path) -> str:
    """A path as one word on a command line (quoted when it holds spaces)."""
    shown = str(path)
    return f'"{shown}"' if any(char.isspace() for char in shown) else shown


def _site_words(site: str, lang: Lang) -> str:
    """A profile's site in words: central, a region, or the school id."""
    if site == "central":
        return text("word.central", lang)
    if site.startswith("region:"):
        return text("cli.region", lang, region=site.removeprefix("region:"))
    return site
