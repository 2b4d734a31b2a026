"""The ``allocator`` command: a thin click layer over the pipeline.

Exit codes: 0 ok; 1 internal error; 2 input error; 3 infeasible (e.g. conflicting pins;
scenarios: some variants or points failed, the others' results written); 4 no plan within
the time limit (scenarios: every variant or point failed); 5 a plan that fails the check;
6 (scenarios) the Dask cluster cannot run the work; 130 interrupted.
"""

from __future__ import annotations

import gc
import logging
import os
import platform
import signal
import sys
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

import click

from allocator.cli.common import (
    EXIT_CHECK_FAILED,
    EXIT_INFEASIBLE,
    EXIT_INPUT,
    EXIT_INTERNAL,
    EXIT_NO_PLAN,
    EXIT_OK,
    Seconds,
    catalogue_version_option,
    check_output,
    err,
    lang_option,
    load_plan,
    read_input,
    requested_lang,
    warn,
)
from allocator.cli.plan_outputs import PlanOutput, plan_outputs
from allocator.i18n import Lang, text
from allocator.solve.options import (
    DEFAULT_TIME_LIMIT,
    DEFAULT_WORKERS,
    WORK_PER_SECOND,
    BackendName,
    SolveOptions,
)

if TYPE_CHECKING:
    from allocator.read.records import CatalogueMode
    from models import Plan, Problem


class _Group(click.Group):
    """Turns an unexpected exception into exit code 1 with one line, not a traceback."""

    def main(self, *args: Any, **kwargs: Any) -> Any:
        from allocator.cli.help_lang import apply
        from allocator.cli.windows import utf8_console

        utf8_console()
        given = kwargs.get("args", args[0] if args else None)
        # --help in Dutch when the environment is Dutch; usage errors in the command's --lang
        apply(self, list(given) if given is not None else None)
        return super().main(*args, **kwargs)

    def invoke(self, context: click.Context) -> Any:
        try:
            return super().invoke(context)
        except (click.exceptions.Exit, click.ClickException, click.Abort, SystemExit):
            raise
        except Terminated:
            err(text("cli.terminated_nothing", requested_lang()))
            sys.exit(128 + signal.SIGTERM)
        except KeyboardInterrupt:
            err(text("cli.interrupted_nothing", requested_lang()))
            sys.exit(130)
        except _output_error() as error:  # the output vanished or changed after the check
            err(str(error))
            sys.exit(EXIT_INPUT)
        except BrokenPipeError:  # output piped into a reader that stopped (e.g. head)
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
            sys.exit(0)
        except Exception as error:  # noqa: BLE001 - last line of defence for users
            if context.obj and context.obj.get("verbose"):
                raise
            err(text("cli.internal_error", requested_lang(),
                     kind=error.__class__.__name__, error=error))
            sys.exit(EXIT_INTERNAL)


def _output_error() -> type[Exception]:
    from allocator.report.atomic import OutputError

    return OutputError


@click.group(cls=_Group)
@click.option("-v", "--verbose", count=True, help="More log output on stderr (-vv: solver log).")
@click.pass_context
def main(context: click.Context, verbose: int) -> None:
    """Plan ICT-coordination tasks over the people and hours of a school group."""
    logging.basicConfig(level=logging.WARNING - 10 * min(verbose, 2), stream=sys.stderr,
                        format="%(levelname)s %(name)s: %(message)s")
    context.obj = {"verbose": verbose}
    _stop_cleanly_on_sigterm(context)
    _fewer_collections(context)
    _small_pages_for_arrays(context)


# a command builds few reference cycles but very many objects (a 100-school plan's workbook:
# 80,000 cells; its JSON 450,000 values); at Python's default (700) the young generation was
# collected thousands of times, 0.3-0.4 of the 5 s `solve` takes on 100 schools
GC_YOUNG_THRESHOLD = 10_000


def _fewer_collections(context: click.Context) -> None:
    previous = gc.get_threshold()
    gc.set_threshold(GC_YOUNG_THRESHOLD, 10, 10)
    context.call_on_close(lambda: gc.set_threshold(*previous))


def _small_pages_for_arrays(context: click.Context) -> None:
    from allocator.solve.memory import huge_pages_for_arrays

    previous = huge_pages_for_arrays(False)
    if previous is not None:
        context.call_on_close(lambda: huge_pages_for_arrays(previous))


class Terminated(KeyboardInterrupt):
    """SIGTERM outside the search: stop like Ctrl-C (temporary files removed, nothing half written).

    During the search allocator/solve/interrupt.py keeps the best plan instead.
    """


def _stop_cleanly_on_sigterm(context: click.Context) -> None:
    if threading.current_thread() is not threading.main_thread():
        return

    def terminate(*_args: object) -> None:
        raise Terminated

    previous = signal.signal(signal.SIGTERM, terminate)
    context.call_on_close(lambda: signal.signal(signal.SIGTERM, previous))


@main.command()
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path),
              default=None, help="Where to write the template [default: template-<lang>.xlsx].")
@click.option("--example", is_flag=True,
              help="Fill in an example school group (5 schools, 25 people) that solves.")
@catalogue_version_option
@lang_option
def template(output: Path | None, example: bool, catalogue_version: str | None,
             lang: Lang) -> None:
    """Write an input workbook that explains itself.

    Instructions, comments on the headers, drop-down lists and the default task catalogue;
    --example fills in an example group.
    """
    from allocator.read.catalogue import CATALOGUE_VERSION, default_tasks
    from allocator.report.atomic import write_atomically
    from allocator.report.template import write_template

    output = output or Path(f"{'voorbeeld' if example else 'template'}-{lang}.xlsx")
    check_output(output, lang)
    group = _example_group() if example else None
    tasks = default_tasks(int(catalogue_version or CATALOGUE_VERSION))
    write_atomically(output, lambda path: write_template(path, lang, tasks, example=group))
    err(text("console.wrote", lang, paths=output))


def _example_group() -> Problem:
    from importlib import resources

    data = resources.files("allocator.data").joinpath("demo_group.yaml")
    with resources.as_file(data) as path:
        return read_input(Path(path))


def _write_plan(problem: Problem, plan: Plan, output: PlanOutput, lang: Lang) -> None:
    from allocator.report import plan_to_json, write_plan_workbook
    from allocator.report.atomic import write_atomically, write_bytes_atomically
    from allocator.report.json_out import plan_to_json_bytes

    if output.fmt == "json":
        if output.is_stdout:
            click.echo(plan_to_json(problem, plan, lang))
        else:
            write_bytes_atomically(output.target, plan_to_json_bytes(problem, plan, lang), b"\n")
    else:
        write_atomically(output.target,
                         lambda path: write_plan_workbook(problem, plan, path, lang))


def _write_outputs(problem: Problem, plan: Plan, outputs: list[PlanOutput],
                   lang: Lang) -> int:
    """Write the one plan to every output.

    A file Excel holds open is said, and the plan is saved beside it under another name instead
    of being lost.
    """
    from allocator.cli.plan_outputs import alternative_name

    status = EXIT_OK
    for output in outputs:
        try:
            _write_plan(problem, plan, output, lang)
        except PermissionError:
            target = Path(output.target)
            saved = alternative_name(target)
            _write_plan(problem, plan, PlanOutput(str(saved), output.fmt), lang)
            err(text("output.locked_at_end", lang, name=target.name,
                     saved=saved.name))
            status = EXIT_INPUT
    return status


def _check_outputs(outputs: list[PlanOutput], lang: Lang) -> None:
    """Before any work: every output writable, none held open by Excel."""
    from allocator.cli.plan_outputs import excel_lock_file, held_open

    for output in outputs:
        check_output(output.target, lang)
        if output.is_stdout:
            continue
        target = Path(output.target)
        if held_open(target):
            err(text("output.held_open", lang, name=target.name))
            sys.exit(EXIT_INPUT)
        lock = excel_lock_file(target)
        if lock is not None:
            warn(text("output.lock_file", lang, name=target.name,
                      lock=lock.name), lang)


WRITE_RESERVE_SHARE = 0.05  # of the time limit, at most WRITE_RESERVE_MAX seconds
WRITE_RESERVE_MAX = 2.0
# after the solve, per task instance (measured on 20, 100 and 150 schools: explaining and
# checking the plan 0.06-0.22 ms, writing its JSON 0.10-0.18 ms, its workbook 0.31-0.43 ms;
# benchmarks/results/README.md): the middle, as the upper end left 60 schools at
# --time-limit 3 no search (a quick plan in 2.3 s against the optimal core in 4.2 s)
EXPLAIN_SECONDS_PER_INSTANCE = 0.00015
WRITE_SECONDS_PER_INSTANCE = {"json": 0.00015, "xlsx": 0.00035}


@dataclass
class SolveRequest:
    """What one ``solve`` (or ``demo``) asks for, beyond the problem and where the plan goes."""

    options: SolveOptions
    lang: Lang = "nl"
    started: float | None = None  # perf_counter at the command's start: reading counts too
    focus: set[str] | set[str | tuple[str, str]] | None = None
    previous: Plan | None = None
    pseudonymised: bool = False
    guide: dict | None = None


def _solve_and_write(problem: Problem, outputs: list[PlanOutput], request: SolveRequest) -> int:
    from allocator.check.checker import check_plan
    from allocator.cli.progress import SolveProgress
    from allocator.compile import PinError, ProblemTooLarge
    from allocator.engine import solve_problem
    from allocator.explain.render import plan_message
    from allocator.solve import TimeBudget

    options, lang, previous = request.options, request.lang, request.previous
    pseudonymised, guide, time_limit = request.pseudonymised, request.guide, options.time_limit
    verbose = options.log_search
    budget = TimeBudget.for_options(options, request.started)
    # the limit is a wall-clock cap on the whole command: reading and writing count too
    budget.limit -= min(WRITE_RESERVE_MAX, WRITE_RESERVE_SHARE * time_limit)
    budget.output_seconds_per_instance = EXPLAIN_SECONDS_PER_INSTANCE + sum(
        WRITE_SECONDS_PER_INSTANCE[output.fmt] for output in outputs)
    try:
        with SolveProgress(time_limit, lang, verbose=verbose) as progress:
            plan = solve_problem(problem, options, progress, focus_tasks=request.focus,
                                 previous=previous, budget=budget)
    except PinError as error:
        from allocator.explain.pins import pin_error_text

        err(pin_error_text(problem, error, lang))
        return EXIT_INFEASIBLE
    except ProblemTooLarge as error:
        err(text("cli.too_large", lang, error=error))
        return EXIT_INPUT
    if plan.status == "infeasible":
        message = plan_message(problem, plan, lang) if plan.conflict else None
        err(message or text("console.infeasible", lang))
        return EXIT_INFEASIBLE
    if plan.status == "unknown":
        err(text("cli.no_plan", lang, seconds=f"{time_limit:g}"))
        return EXIT_NO_PLAN
    report = check_plan(problem, plan)
    if not report.ok:  # never hand a user a plan the independent checker rejects
        from allocator.check.render import render_report

        err(text("cli.check_failed", lang) + "\n"
            + render_report(report, lang))
        return EXIT_INTERNAL
    if pseudonymised:
        plan.pseudonymised = True  # explain/recruit see it
    if guide is not None:  # step 5's marks: check, explain and recruit re-apply them
        plan.guide = guide
        plan.deferred = guide["deferred"]
    if previous is not None:  # the Wijzigingen sheet and the plan JSON's "changes"
        from allocator.explain.changes import plan_changes

        plan.changes = plan_changes(problem, previous, plan)
    status = _write_outputs(problem, plan, outputs, lang)
    if plan.changes:
        changes = plan.changes
        forced = sum(1 for row in changes["rows"] if row["reasons"]
                     and row["reasons"][0]["code"] != "plan_choice")
        err(text("change.line", lang, forced=forced, **changes["counts"]))
    if plan.interrupted:
        err(text("cli.interrupted_best", lang))
    if plan.quick:
        warn(text("limit.quick_plan", lang, kind=plan.quick), lang)
    err(_solved_line(plan, outputs, lang))
    return status


def _solved_line(plan: Plan, outputs: list[PlanOutput], lang: Lang) -> str:
    from allocator.i18n import decimal
    from allocator.i18n import hours as shown_hours

    def hours(value: float | None, lang: Lang) -> str:
        return "-" if value is None or value != value else shown_hours(value, lang)

    files = [output.target for output in outputs if not output.is_stdout]
    line = text("console.solved", lang,
                status=text(f"status.{plan.shown_status}", lang),
                core=hours(plan.objective.core, lang),
                core_bound=hours(plan.bound.core, lang),
                noncore=hours(plan.objective.noncore, lang),
                noncore_bound=hours(plan.bound.noncore, lang),
                assignments=len(plan.assignments), uncovered=len(plan.uncovered),
                uncovered_core=sum(u.core for u in plan.uncovered),
                seconds=hours(round(plan.seconds, 1), lang))
    open_stages = [report for report in plan.stages if report.status == "feasible"]
    if plan.status == "optimal" and open_stages:  # exact stages proven, a ranked one within gap
        line += "; " + "; ".join(text(
            "console.stage_within", lang, stage=stage_name(report.name, lang),
            gap=decimal(100 * relative_gap(report.objective, report.bound), lang, 2))
            for report in open_stages)
    if files:
        line += "; " + text("console.wrote", lang, paths=", ".join(files))
    return line


def relative_gap(objective: float, bound: float | None) -> float:
    """How far ``objective`` may still be from the best possible, as a share of the bound."""
    if bound is None or bound != bound:
        return float("nan")
    return abs(bound - objective) / max(1.0, abs(bound))


def stage_name(name: str, lang: Lang) -> str:
    """The stage's name in words (its code when it has none)."""
    try:
        return text(f"stage.{name}", lang)
    except KeyError:
        return name


_Command = TypeVar("_Command", bound=Callable[..., Any])


def _solver_options(function: _Command) -> _Command:
    for option in reversed([
        click.option("--time-limit", type=Seconds(), default=DEFAULT_TIME_LIMIT,
                     show_default=True,
                     help="Wall-clock seconds for the whole command (reading, every stage, "
                          "writing): a cap. A plan it cut short is marked repeatable: false."),
        click.option("--work-limit", type=click.FloatRange(min=0, min_open=True),
                     default=None,
                     help="With one worker: CP-SAT's deterministic work for all stages "
                          f"together [default: {WORK_PER_SECOND:g} x --time-limit]. A plan "
                          "that ends within it and the time limit is repeatable: the same "
                          "input and options give the same plan, also on a busy machine."),
        click.option("--workers", type=click.IntRange(min=0), default=DEFAULT_WORKERS,
                     show_default=True,
                     help="CP-SAT search workers (0: one per core). 1 is repeatable; more "
                          "run CP-SAT's parallel portfolio on wall-clock limits (and HiGHS "
                          "with backend auto), never repeatable."),
        click.option("--seed", type=int, default=0, show_default=True,
                     help="CP-SAT random seed."),
        click.option("--backend", type=click.Choice(["auto", "cpsat", "highs"]),
                     default="auto", show_default=True,
                     help="auto: CP-SAT, and when it has not proved an exact stage within "
                          "15 % of that stage's time and the stage is long enough for HiGHS "
                          "(about 1 ms per possible assignment), HiGHS continues (on the "
                          "stage's LP kernel first when that is much smaller, then on the whole "
                          "program; proves large groups); cpsat: CP-SAT alone; highs: the "
                          "whole program as a MIP in HiGHS. With --workers 1 (the default) a "
                          "stage HiGHS proves stays repeatable."),
    ]):
        function = option(function)
    return function


@main.command()
@click.argument("input_path", metavar="INPUT", type=click.Path(path_type=Path))
@click.option("-o", "--output", "outputs", multiple=True,
              help="Plan file: .xlsx (the plan workbook) or .json; repeat to write both "
                   "(-o plan.xlsx -o plan.json: the same plan). - for standard output "
                   "[default: INPUT-plan.xlsx].")
@click.option("--format", "fmt", type=click.Choice(["xlsx", "json"]), default=None,
              help="Format for -o - (standard output, default json) and for names without "
                   ".xlsx or .json; a file's extension decides otherwise.")
@click.option("--catalogue", type=click.Choice(["replace", "extend"]), default="replace",
              show_default=True,
              help="A Taken/Tasks sheet replaces the default catalogue, or extends it "
                   "(rows with a default id override that task).")
@click.option("--guide", "guide_file", type=click.Path(exists=True, dir_okay=False,
                                                      path_type=Path), default=None,
              help="Answers to the guideline's questions (YAML, see 'allocator guide'): "
                   "sets the plan's focus as the report advises.")
@click.option("--previous", "previous_path", type=click.Path(exists=True, dir_okay=False,
                                                           path_type=Path), default=None,
              help="A previous plan (plan workbook .xlsx or .json): keep as much of it as "
                   "possible (after coverage) and report what changed.")
@click.option("--pseudonymise", is_flag=True,
              help="Replace people's ids and names by stable codes in every output.")
@click.option("--key-file", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="With --pseudonymise: JSON file holding the secret and the codes' "
                   "originals (created if absent, reused for stable codes).")
@catalogue_version_option
@_solver_options
@lang_option
@click.pass_context
def solve(context: click.Context, input_path: Path, outputs: tuple[str, ...], fmt: str | None,
          catalogue: CatalogueMode, guide_file: Path | None, previous_path: Path | None,
          pseudonymise: bool, key_file: Path | None, catalogue_version: str | None,
          time_limit: float, work_limit: float | None, workers: int, seed: int,
          backend: BackendName,
          lang: Lang) -> None:
    """Solve INPUT (.xlsx, .yaml or .json) and write the plan."""
    started = time.perf_counter()
    chosen = plan_outputs(outputs, fmt, input_path)
    files = [Path(output.target).resolve() for output in chosen if not output.is_stdout]
    if input_path.resolve() in files:
        err(text("output.over_input", lang))
        sys.exit(EXIT_INPUT)
    if any(output.is_stdout and output.fmt == "xlsx" for output in chosen) \
            and sys.stdout.isatty():
        raise click.UsageError(text("cli.workbook_to_terminal", lang))
    _check_outputs(chosen, lang)
    if key_file is not None and not pseudonymise:
        raise click.UsageError(text("cli.key_file_alone", lang))
    if key_file is not None and key_file.resolve() in [input_path.resolve(), *files]:
        err(text("output.key_over", lang))
        sys.exit(EXIT_INPUT)
    from allocator.read import Deadline

    problem = read_input(input_path, catalogue, catalogue_version,
                         deadline=Deadline(time_limit, started), lang=lang)
    if pseudonymise:
        problem = _pseudonymised(problem, key_file, lang)
    problem, focus, guide = _guided(guide_file, input_path, problem, lang)
    previous = load_plan(previous_path, lang) if previous_path is not None else None
    options = SolveOptions(time_limit=time_limit, work_limit=work_limit, workers=workers,
                           seed=seed,
                           log_search=context.obj["verbose"] >= 2,
                           backend=backend)
    sys.exit(_solve_and_write(problem, chosen, SolveRequest(
        options, lang, started, focus, previous, pseudonymise, guide)))


def _guided(guide_file: Path | None, input_path: Path, problem: Problem, lang: Lang = "nl"
            ) -> tuple[Problem, set[str | tuple[str, str]] | None, dict[str, Any] | None]:
    """The guide's answers (--guide, else the workbook's Gids sheet) applied.

    Returns the problem as step 5 shapes it, the focus of steps 1-3 and 'nu', and what the plan
    records.
    """
    from allocator.guide import GuideFileError, guide_answers_for, in_focus
    from allocator.guide_steps import MarkError, apply_marks

    try:
        answers = guide_answers_for(input_path, guide_file)
        if answers is None:
            return problem, None, None
        guided = apply_marks(problem, list(answers.marks))
    except (GuideFileError, MarkError) as error:
        err(error.text(lang))
        sys.exit(EXIT_INPUT)
    focus: set[str | tuple[str, str]] = {
        task.id for task in guided.problem.tasks if in_focus(task, answers.focus)}
    if focus:
        try:
            named = text(f"guide.focus.{answers.focus}", lang)
        except KeyError:  # a focus without words yet: its code, not a crash
            named = str(answers.focus)
        err(text("console.guide_focus", lang, focus=named, count=len(focus)))
    focus |= guided.focus  # step 5 'nu'
    record = {**guided.record(), "focus": answers.focus}
    return guided.problem, focus or None, record


def _pseudonymised(problem: Problem, key_file: Path | None, lang: Lang = "nl") -> Problem:
    from allocator.cli.common import load_key
    from allocator.privacy import PseudonymKey, pseudonymise

    key = load_key(key_file) if key_file is not None else PseudonymKey.load_or_create(None)
    problem = pseudonymise(problem, key)
    if key_file is not None:
        key.save(key_file)
        err(text("cli.pseudonyms", lang, file=key_file))
    return problem


@main.command()
@click.argument("input_path", metavar="INPUT", type=click.Path(path_type=Path))
@click.argument("plan_path", metavar="PLAN", type=click.Path(path_type=Path))
@click.option("--catalogue", type=click.Choice(["replace", "extend"]), default="replace")
@click.option("--key-file", type=click.Path(exists=True, dir_okay=False, path_type=Path),
              default=None, help="Key file of a pseudonymised plan.")
@catalogue_version_option
@lang_option
def check(input_path: Path, plan_path: Path, catalogue: CatalogueMode, key_file: Path | None,
          catalogue_version: str | None, lang: Lang) -> None:
    """Check a plan (plan workbook .xlsx or .json) against INPUT with the independent checker."""
    from allocator.check.checker import check_plan
    from allocator.check.render import removed_rows_text, render_report

    problem = read_input(input_path, catalogue, catalogue_version, plan_path, lang)
    if key_file is not None:
        from allocator.cli.common import load_key
        from allocator.privacy import pseudonymise

        problem = pseudonymise(problem, load_key(key_file, lang))
    plan = load_plan(plan_path, lang, problem)
    report = check_plan(problem, plan)
    click.echo(render_report(report, lang))
    for line in removed_rows_text(plan, lang):
        click.echo(line)
    sys.exit(EXIT_OK if report.ok else EXIT_CHECK_FAILED)


@main.command()
@click.option("-o", "--output", default="demo-plan.xlsx", show_default=True,
              help="Where to write the demo plan (.xlsx or .json, - for JSON on stdout).")
@click.option("--time-limit", type=Seconds(), default=30.0, show_default=True)
@lang_option
def demo(output: str, time_limit: float, lang: Lang) -> None:
    """Solve the embedded example school group and write its plan."""
    from importlib import resources

    data = resources.files("allocator.data").joinpath("demo_group.yaml")
    with resources.as_file(data) as path:
        problem = read_input(Path(path), lang=lang)
    err(text("cli.demo_group", lang, schools=len(problem.schools),
             people=len(problem.people), tasks=len(problem.tasks)))
    chosen = plan_outputs((output,), None, Path("demo"))
    _check_outputs(chosen, lang)
    options = SolveOptions(time_limit=time_limit)  # the shared defaults otherwise
    sys.exit(_solve_and_write(problem, chosen,
                              SolveRequest(options, lang)))


@main.command()
@click.option("--schools", type=click.IntRange(min=1, max=500), required=True)
@click.option("--seed", type=int, default=0, show_default=True)
@click.option("--levels", default="basis,secundair", show_default=True,
              help="Comma-separated school levels to draw from "
                   "(basis, secundair, buitengewoon, volwassenen).")
@click.option("--pool-share", type=click.FloatRange(0, 1), default=0.7, show_default=True,
              help="Chance that a school pools its ICT hours.")
@click.option("--with-catalogue/--without-catalogue", default=False, show_default=True,
              help="Write the task catalogue into the file too.")
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path), required=True,
              help=".xlsx, .yaml or .json")
@lang_option
def generate(schools: int, seed: int, levels: str, pool_share: float, with_catalogue: bool,
             output: Path, lang: Lang) -> None:
    """Write a realistic, seeded synthetic school group."""
    from allocator.report.atomic import write_atomically
    from allocator.report.problem_out import write_problem
    from allocator.synth import generate_group
    from models import Level

    try:
        chosen = [Level(item.strip()) for item in levels.split(",") if item.strip()]
    except ValueError as error:
        raise click.BadParameter(str(error), param_hint="--levels") from error
    suffix = output.suffix.lower()
    if suffix not in (".xlsx", ".yaml", ".yml", ".json"):
        raise click.BadParameter(text("cli.generate_suffix", lang),
                                 param_hint="-o")
    check_output(output, lang)
    problem = generate_group(schools, seed=seed, levels=chosen, pool_share=pool_share)
    write_atomically(output, lambda path: write_problem(problem, path, lang, with_catalogue,
                                                        suffix))
    err(text("cli.generated", lang, path=output, schools=len(problem.schools),
             people=len(problem.people)))


@main.command("show-versions")
def show_versions() -> None:
    """Print versions of allocator and its dependencies, for bug reports."""
    click.echo(f"python: {platform.python_version()} ({platform.platform()})")
    for package in ("allocator", "ortools", "pandas", "numpy", "pydantic", "click", "openpyxl",
                    "pyyaml", "highspy", "jinja2", "weasyprint", "hypothesis"):
        try:
            version = metadata.version(package)
        except metadata.PackageNotFoundError:
            version = "not installed"
        click.echo(f"{package}: {version}")


def _register() -> None:
    from allocator.cli.explain import explain, guide, recruit
    from allocator.cli.report import report
    from allocator.cli.scenarios import scenarios
    from allocator.cli.serve import serve

    for command in (explain, recruit, guide, scenarios, report, serve):
        main.add_command(command)


_register()

__all__ = ["EXIT_CHECK_FAILED", "EXIT_INFEASIBLE", "EXIT_INPUT", "EXIT_INTERNAL",
           "EXIT_NO_PLAN", "EXIT_OK", "main"]

if __name__ == "__main__":
    main()
