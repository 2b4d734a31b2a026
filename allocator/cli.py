"""The ``allocator`` command: a thin click layer over the pipeline.

Exit codes: 0 ok; 1 internal error; 2 input error; 3 infeasible (e.g. conflicting pins);
4 no plan within the time limit; 5 a plan that fails the check.
"""

from __future__ import annotations

import json
import logging
import os
import platform
import sys
import time
from importlib import metadata
from pathlib import Path

import click

from allocator.i18n import text

EXIT_OK, EXIT_INTERNAL, EXIT_INPUT, EXIT_INFEASIBLE, EXIT_NO_PLAN, EXIT_CHECK_FAILED = range(6)

lang_option = click.option("--lang", type=click.Choice(["nl", "en"]), default="nl",
                           show_default=True, help="Language of what a school user reads.")


def _err(message: str) -> None:
    click.echo(message, err=True)


def _fail_on_input(error: Exception) -> None:
    from allocator.io import InputError

    assert isinstance(error, InputError)
    _err(error.render(limit=200))
    sys.exit(EXIT_INPUT)


def _read(path: Path, catalogue: str = "replace"):
    from allocator.io import InputError, read_problem

    try:
        result = read_problem(path, catalogue=catalogue)  # type: ignore[arg-type]
    except InputError as error:
        _fail_on_input(error)
    for warning in result.warnings:
        _err(f"warning: {warning}")
    return result.problem


class _Group(click.Group):
    """Turns an unexpected exception into exit code 1 with one line, not a traceback."""

    def invoke(self, context: click.Context):
        try:
            return super().invoke(context)
        except (click.exceptions.Exit, click.ClickException, click.Abort, SystemExit):
            raise
        except KeyboardInterrupt:
            _err("interrupted; nothing was written")
            sys.exit(130)
        except BrokenPipeError:  # output piped into a reader that stopped (e.g. head)
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
            sys.exit(0)
        except Exception as error:  # noqa: BLE001 - last line of defence for users
            if context.obj and context.obj.get("verbose"):
                raise
            _err(f"internal error: {error.__class__.__name__}: {error} "
                 "(run with -v for the traceback; please report it with show-versions)")
            sys.exit(EXIT_INTERNAL)


@click.group(cls=_Group)
@click.option("-v", "--verbose", count=True, help="More log output on stderr (-vv: solver log).")
@click.pass_context
def main(context: click.Context, verbose: int) -> None:
    """Plan ICT-coordination tasks over the people and hours of a school group."""
    logging.basicConfig(level=logging.WARNING - 10 * min(verbose, 2), stream=sys.stderr,
                        format="%(levelname)s %(name)s: %(message)s")
    context.obj = {"verbose": verbose}


@main.command()
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path),
              default=None, help="Where to write the template [default: template-<lang>.xlsx].")
@lang_option
def template(output: Path | None, lang: str) -> None:
    """Write an empty input workbook with the default task catalogue filled in."""
    from allocator.io.atomic import write_atomically
    from allocator.io.template import write_template

    output = output or Path(f"template-{lang}.xlsx")
    write_atomically(output, lambda path: write_template(path, lang))
    _err(f"wrote {output}")


def _progress(verbose: bool):
    def report(event: str, data: dict) -> None:
        if event == "compiled":
            _err(f"compiled: {data['instances']} instances, {data['arcs']} candidate arcs, "
                 f"{data['people']} people ({data['seconds']:.2f} s)")
        elif event == "stage":
            _err(f"stage {data['name']}: {data['status']}, value {data['objective']:g}, "
                 f"bound {data['bound']:g} ({data['seconds']:.1f} s of {data['time_limit']:.0f})")
        elif verbose:
            _err(f"{event}: {data}")

    return report


def _write_plan(problem, plan, output: str, fmt: str, lang: str) -> None:
    from allocator.io.atomic import write_atomically, write_text_atomically
    from allocator.report import plan_to_json, write_plan_workbook

    if fmt == "json":
        content = plan_to_json(problem, plan, lang)  # type: ignore[arg-type]
        if output == "-":
            click.echo(content)
        else:
            write_text_atomically(Path(output), content + "\n")
    else:
        if output == "-":
            raise click.UsageError("a workbook cannot go to standard output: use --format json")
        write_atomically(Path(output), lambda path: write_plan_workbook(problem, plan, path, lang))


WRITE_RESERVE_SHARE = 0.05  # of the time limit, at most WRITE_RESERVE_MAX seconds
WRITE_RESERVE_MAX = 2.0


def _solve_and_write(problem, output: str, fmt: str, lang: str, time_limit: float,
                     workers: int, seed: int, verbose: bool, backend: str = "cpsat",
                     started: float | None = None, focus: set[str] | None = None,
                     previous=None) -> int:
    from allocator.check import check_plan
    from allocator.compile import PinError, ProblemTooLarge
    from allocator.engine import solve_problem
    from allocator.solve import SolveOptions

    budget = time_limit
    if workers != 1 and started is not None:  # the limit covers reading and writing too
        reserve = min(WRITE_RESERVE_MAX, WRITE_RESERVE_SHARE * time_limit)
        budget = max(0.1, time_limit - (time.perf_counter() - started) - reserve)
    options = SolveOptions(time_limit=budget, workers=workers, seed=seed,
                           log_search=verbose, backend=backend)
    try:
        plan = solve_problem(problem, options, lang, _progress(verbose),  # type: ignore[arg-type]
                             focus_tasks=focus, previous=previous)
    except PinError as error:
        _err(f"infeasible: pin number {error.pin_index + 1} on sheet Vast/Fixed: {error}")
        return EXIT_INFEASIBLE
    except ProblemTooLarge as error:
        _err(f"too large: {error}")
        return EXIT_INPUT
    if plan.status == "infeasible":
        _err("infeasible: " + (plan.message or "the fixed assignments and hard rules "
                                                "contradict each other"))
        return EXIT_INFEASIBLE
    if plan.status == "unknown":
        _err(f"no plan found within {time_limit:g} s; try a larger --time-limit")
        return EXIT_NO_PLAN
    report = check_plan(problem, plan)
    if not report.ok:  # never hand a user a plan the independent checker rejects
        _err("internal error: the plan fails the independent check; nothing was written\n"
             + report.render())
        return EXIT_INTERNAL
    _write_plan(problem, plan, output, fmt, lang)
    if getattr(plan, "replan", None):
        diff = plan.replan  # type: ignore[attr-defined]
        _err(f"re-plan: {len(diff['kept'])} assignments kept ({100 * diff['stability']:.0f} %),"
             f" {len(diff['moved'])} instances moved, {len(diff['new'])} new, "
             f"{len(diff['dropped'])} dropped")
    if getattr(plan, "interrupted", False):
        _err("interrupted: the plan written is the best one found before Ctrl-C")
    uncovered_core = sum(u.core for u in plan.uncovered)
    _err(f"{text(f'status.{plan.status}', 'en')}: core {plan.objective.core:g} "
         f"(bound {plan.bound.core:g}), non-core {plan.objective.noncore:g} "
         f"(bound {plan.bound.noncore:g}); {len(plan.assignments)} assignments, "
         f"{len(plan.uncovered)} uncovered ({uncovered_core} core); {plan.seconds:.1f} s"
         + ("" if output == "-" else f"; wrote {output}"))
    return EXIT_OK


def _solver_options(function):
    for option in reversed([
        click.option("--time-limit", type=click.FloatRange(min=0.1), default=120.0,
                     show_default=True, help="Seconds for all stages together."),
        click.option("--workers", type=click.IntRange(min=0), default=8, show_default=True,
                     help="CP-SAT search workers (0: one per core). More workers than cores "
                          "still helps: they form a portfolio of strategies."),
        click.option("--seed", type=int, default=0, show_default=True,
                     help="CP-SAT random seed."),
        click.option("--backend", type=click.Choice(["cpsat", "highs"]), default="cpsat",
                     show_default=True,
                     help="Solver: OR-Tools CP-SAT, or the same model as a MIP in HiGHS "
                          "(often faster to prove large groups optimal)."),
    ]):
        function = option(function)
    return function


@main.command()
@click.argument("input_path", metavar="INPUT", type=click.Path(path_type=Path))
@click.option("-o", "--output", default=None,
              help="Plan file, or - for standard output (JSON) [default: INPUT-plan.xlsx].")
@click.option("--format", "fmt", type=click.Choice(["xlsx", "json"]), default=None,
              help="Output format [default: from the output name, else xlsx].")
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
              help="A previous plan JSON: keep as much of it as possible (after coverage) and "
                   "report what changed.")
@click.option("--pseudonymise", is_flag=True,
              help="Replace people's ids and names by stable codes in every output.")
@click.option("--key-file", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="With --pseudonymise: JSON file holding the secret and the codes' "
                   "originals (created if absent, reused for stable codes).")
@_solver_options
@lang_option
@click.pass_context
def solve(context: click.Context, input_path: Path, output: str | None, fmt: str | None,
          catalogue: str, guide_file: Path | None, previous_path: Path | None,
          pseudonymise: bool, key_file: Path | None,
          time_limit: float, workers: int, seed: int, backend: str, lang: str) -> None:
    """Solve INPUT (.xlsx, .yaml or .json) and write the plan."""
    started = time.perf_counter()
    if fmt is None:
        fmt = "json" if (output == "-" or (output or "").lower().endswith(".json")) else "xlsx"
    if output is None:
        output = str(input_path.with_name(f"{input_path.stem}-plan.{fmt}"))
    if output != "-" and Path(output).resolve() == input_path.resolve():
        _err("refusing to write the plan over the input file; choose another -o")
        sys.exit(EXIT_INPUT)
    if key_file is not None and not pseudonymise:
        raise click.UsageError("--key-file goes with --pseudonymise")
    for other in filter(None, [key_file]):
        if other.resolve() == input_path.resolve() or (output != "-"
                                                      and other.resolve() == Path(output).resolve()):
            _err("refusing to write the key file over the input or the plan")
            sys.exit(EXIT_INPUT)
    problem = _read(input_path, catalogue)
    if pseudonymise:
        problem = _pseudonymised(problem, key_file)
    focus = _focus_from(guide_file, problem)
    previous = _load_plan(previous_path) if previous_path is not None else None
    sys.exit(_solve_and_write(problem, output, fmt, lang, time_limit, workers, seed,
                              context.obj["verbose"] >= 2, backend, started, focus, previous))


def _focus_from(guide_file: Path | None, problem) -> set[str] | None:
    if guide_file is None:
        return None
    from allocator.guide import GuideAnswers, in_focus

    try:
        answers = GuideAnswers.from_file(guide_file)
    except (ValueError, OSError, yaml_error()) as error:
        _err(str(error))
        sys.exit(EXIT_INPUT)
    focus = {task.id for task in problem.tasks if in_focus(task, answers.focus)}
    if focus:
        _err(f"guideline focus: {answers.focus} ({len(focus)} tasks first)")
    return focus or None


def yaml_error() -> type[Exception]:
    import yaml

    return yaml.YAMLError


def _pseudonymised(problem, key_file: Path | None):
    from allocator.privacy import PseudonymKey, pseudonymise

    key = PseudonymKey.load_or_create(key_file)
    problem = pseudonymise(problem, key)
    if key_file is not None:
        key.save(key_file)
        _err(f"pseudonyms: the key to map them back is in {key_file}; keep it apart")
    return problem


@main.command()
@click.argument("input_path", metavar="INPUT", type=click.Path(path_type=Path))
@click.argument("plan_path", metavar="PLAN", type=click.Path(path_type=Path))
@click.option("--catalogue", type=click.Choice(["replace", "extend"]), default="replace")
@click.option("--key-file", type=click.Path(exists=True, dir_okay=False, path_type=Path),
              default=None, help="Key file of a pseudonymised plan.")
def check(input_path: Path, plan_path: Path, catalogue: str, key_file: Path | None) -> None:
    """Check a plan JSON against INPUT with the independent checker."""

    from allocator.check import check_plan

    problem = _read(input_path, catalogue)
    if key_file is not None:
        from allocator.privacy import PseudonymKey, pseudonymise

        problem = pseudonymise(problem, PseudonymKey.load_or_create(key_file))
    plan = _load_plan(plan_path)
    report = check_plan(problem, plan)
    click.echo(report.render())
    sys.exit(EXIT_OK if report.ok else EXIT_CHECK_FAILED)


@main.command()
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
@lang_option
def explain(input_path: Path, plan_path: Path, task_id: str | None, school_id: str | None,
            person_id: str | None, fmt: str, top: int, what_if_person: str | None,
            catalogue: str, lang: str) -> None:
    """Explain a plan JSON: why each gap, what it would take, who is a single point of failure."""
    from allocator.explain.report import explain_plan, render

    problem = _read(input_path, catalogue)
    plan = _load_plan(plan_path)
    if what_if_person is not None:
        from allocator.explain.counterfactual import what_if, what_if_sentence

        if task_id is None:
            raise click.UsageError("--what-if needs --task (and --school for a school task)")
        school = None if school_id in (None, "group", "groep") else school_id
        result = what_if(problem, plan, what_if_person, task_id, school)
        click.echo(json.dumps(result) if fmt == "json"
                   else what_if_sentence(result, what_if_person, task_id, lang))
        return
    try:
        explanation = explain_plan(problem, plan, lang)  # type: ignore[arg-type]
    except ValueError as error:
        _err(f"{plan_path}: {error}")
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
        click.echo(render(explanation, lang, fmt, top))  # type: ignore[arg-type]


@main.command()
@click.argument("input_path", metavar="INPUT", type=click.Path(path_type=Path))
@click.argument("plan_path", metavar="PLAN", type=click.Path(path_type=Path))
@click.option("-o", "--output", "folder", type=click.Path(file_okay=False, path_type=Path),
              default=Path("vacatures"), show_default=True,
              help="Folder for one markdown vacancy draft per profile.")
@click.option("--catalogue", type=click.Choice(["replace", "extend"]), default="replace")
@lang_option
def recruit(input_path: Path, plan_path: Path, folder: Path, catalogue: str, lang: str) -> None:
    """Group uncovered strategic work into profiles and write vacancy drafts."""
    from allocator.explain.recruit import recruitment_profiles, vacancy_markdown
    from allocator.io.atomic import write_text_atomically

    problem = _read(input_path, catalogue)
    profiles = recruitment_profiles(problem, _load_plan(plan_path))
    if not profiles:
        _err("no uncovered work calls for recruitment")
        return
    for profile in profiles:
        path = folder / f"vacature-{profile.site}-{profile.kind}.md".lower()
        write_text_atomically(path, vacancy_markdown(problem, profile, lang))  # type: ignore[arg-type]
        fits = ("?" if profile.envelope_left is None
                else "fits" if profile.envelope_cost <= profile.envelope_left else "exceeds")
        click.echo(f"{path}: {profile.kind} at {profile.site}, {profile.hours:g} h/week, "
                   f"{len(profile.tasks)} tasks, ICT envelope {fits}")


def _load_plan(plan_path: Path):
    from pydantic import ValidationError

    from models import Plan

    try:
        return Plan.model_validate(json.loads(plan_path.read_text(encoding="utf-8")))
    except (OSError, json.JSONDecodeError, ValidationError) as error:
        _err(f"{plan_path}: expected a plan JSON written by 'allocator solve --format json' "
             f"({error.__class__.__name__}: {str(error).splitlines()[0]})")
        sys.exit(EXIT_INPUT)


@main.command()
@click.argument("input_path", metavar="[INPUT]", required=False,
                type=click.Path(path_type=Path))
@click.option("--answers", type=click.Path(exists=True, dir_okay=False, path_type=Path),
              default=None, help="YAML with awareness, shared_vision, policy_plan, "
                                 "willing_to_pool (ja/nee); asked interactively when absent.")
@lang_option
def guide(input_path: Path | None, answers: Path | None, lang: str) -> None:
    """Walk the report's guideline (steps 1-7) and print the checklist and the plan focus."""
    from allocator.guide import QUESTIONS, GuideAnswers, checklist

    if answers is not None:
        try:
            given = GuideAnswers.from_file(answers)
        except (ValueError, OSError, yaml_error()) as error:
            _err(str(error))
            sys.exit(EXIT_INPUT)
    else:
        given = GuideAnswers(**{name: click.confirm(question[lang], default=True, err=True)
                                for name, question in QUESTIONS.items()})
    problem = _read(input_path) if input_path is not None else None
    click.echo(checklist(given, problem, lang))  # type: ignore[arg-type]
    if given.focus:
        click.echo("Los op met deze focus: allocator solve INPUT --guide ANTWOORDEN.yaml"
                    if lang == "nl" else
                    "Solve with this focus: allocator solve INPUT --guide ANSWERS.yaml")


@main.command()
@click.option("-o", "--output", default="demo-plan.xlsx", show_default=True,
              help="Where to write the demo plan (.xlsx or .json, - for JSON on stdout).")
@click.option("--time-limit", type=click.FloatRange(min=0.1), default=30.0, show_default=True)
@lang_option
def demo(output: str, time_limit: float, lang: str) -> None:
    """Solve the embedded example school group and write its plan."""
    from importlib import resources

    data = resources.files("allocator.data").joinpath("demo_group.yaml")
    with resources.as_file(data) as path:
        problem = _read(Path(path))
    _err(f"demo group: {len(problem.schools)} schools, {len(problem.people)} people, "
         f"{len(problem.tasks)} tasks in the catalogue")
    fmt = "json" if output == "-" or output.lower().endswith(".json") else "xlsx"
    sys.exit(_solve_and_write(problem, output, fmt, lang, time_limit, 8, 0, False))


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
             output: Path, lang: str) -> None:
    """Write a realistic, seeded synthetic school group."""
    from allocator.io.atomic import write_atomically
    from allocator.io.problem_out import write_problem
    from allocator.synth import generate_group
    from models import Level

    try:
        chosen = [Level(item.strip()) for item in levels.split(",") if item.strip()]
    except ValueError as error:
        raise click.BadParameter(str(error), param_hint="--levels") from error
    suffix = output.suffix.lower()
    if suffix not in (".xlsx", ".yaml", ".yml", ".json"):
        raise click.BadParameter("use a name ending in .xlsx, .yaml or .json", param_hint="-o")
    problem = generate_group(schools, seed=seed, levels=chosen, pool_share=pool_share)
    write_atomically(output, lambda path: write_problem(problem, path, lang, with_catalogue,
                                                        suffix))
    _err(f"wrote {output}: {len(problem.schools)} schools, {len(problem.people)} people")


@main.group()
def scenarios() -> None:
    """What-if scenarios and sweeps (local processes or a Dask cluster)."""


def _progress_bar(total: int):
    from tqdm import tqdm

    bar = tqdm(total=total, file=sys.stderr, unit="solve", disable=None)

    def update(done: int, _total: int) -> None:
        bar.update(done - bar.n)
        if done == _total:
            bar.close()

    return update


def _run_and_write(jobs: list[dict], failed: list[dict], parallel: int, dask: str | None,
                   solver_workers: int, output: Path, stem: str) -> None:
    from allocator.scenarios.outputs import write_comparison
    from allocator.scenarios.run import results_table, run_jobs, warn_oversubscription

    if dask is None:
        warn_oversubscription(parallel, solver_workers)
    results = run_jobs(jobs, parallel, dask, _progress_bar(len(jobs)))
    axes = {job["name"]: job.get("axes", {}) for job in jobs}
    for result in results:
        result.update(axes.get(result["name"], {}))
    table, loads = results_table([*results, *failed])
    for path in write_comparison(table, loads, output, stem):
        _err(f"wrote {path}")
    errors = table[table["status"] == "error"] if "status" in table else table.iloc[0:0]
    for _, row in errors.iterrows():
        _err(f"variant {row['variant']} failed: {row['error']}")


parallel_option = click.option("--workers", "parallel", type=click.IntRange(min=1),
                               default=1, show_default=True,
                               help="Solves in parallel (local processes or Dask workers).")
dask_option = click.option("--dask", default=None, metavar="ADDRESS|local",
                           help="Run on a Dask cluster (tcp://host:port) or a LocalCluster.")


@scenarios.command("run")
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("-o", "--output", type=click.Path(file_okay=False, path_type=Path),
              default=Path("scenario-results"), show_default=True)
@parallel_option
@dask_option
def scenarios_run(file: Path, output: Path, parallel: int, dask: str | None) -> None:
    """Solve every variant of a scenario FILE and write the comparison and plots."""
    from allocator.io import InputError
    from allocator.scenarios.run import load_base, scenario_jobs
    from allocator.scenarios.spec import ScenarioError, load_scenario_file

    try:
        spec = load_scenario_file(file)
        base = load_base(spec, file.parent)
    except ScenarioError as error:
        _err(str(error))
        sys.exit(EXIT_INPUT)
    except InputError as error:
        _fail_on_input(error)
    jobs, failed = scenario_jobs(spec, base, file.name)
    _err(f"{len(jobs)} variants to solve, {len(failed)} invalid")
    _run_and_write(jobs, failed, parallel, dask, spec.workers, output, "comparison")


def _floats(text: str) -> list[float]:
    return [float(part) for part in text.split(",") if part.strip()]


@scenarios.command("sweep")
@click.option("--schools", default="5,10", show_default=True, help="Group sizes.")
@click.option("--pool-share", default="0.3,0.7", show_default=True)
@click.option("--ict-factor", default="1.0,1.7", show_default=True,
              help="ICT budget factors (1.7: the +70 % of 2021; 0.59: undoing it).")
@click.option("--repetitions", type=click.IntRange(min=1), default=2, show_default=True)
@click.option("--sample", type=click.IntRange(min=1), default=None,
              help="Solve a random sample of this many grid points.")
@click.option("--seed", type=int, default=0, show_default=True)
@click.option("--time-limit", type=click.FloatRange(min=0.1), default=10.0, show_default=True,
              help="Per solve.")
@click.option("--solver-workers", type=click.IntRange(min=1), default=1, show_default=True)
@click.option("-o", "--output", type=click.Path(file_okay=False, path_type=Path),
              default=Path("sweep-results"), show_default=True)
@parallel_option
@dask_option
def scenarios_sweep(schools: str, pool_share: str, ict_factor: str, repetitions: int,
                    sample: int | None, seed: int, time_limit: float, solver_workers: int,
                    output: Path, parallel: int, dask: str | None) -> None:
    """Sweep group size × pooled share × ICT budget over generated groups."""
    from allocator.scenarios.sweep import sweep_jobs, sweep_points

    points = sweep_points([int(n) for n in _floats(schools)], _floats(pool_share),
                          _floats(ict_factor), repetitions, sample, seed)
    jobs = sweep_jobs(points, time_limit, solver_workers, seed)
    _err(f"{len(jobs)} sweep points")
    _run_and_write(jobs, [], parallel, dask, solver_workers, output, "sweep")


@main.command("show-versions")
def show_versions() -> None:
    """Print versions of allocator and its dependencies, for bug reports."""
    click.echo(f"python: {platform.python_version()} ({platform.platform()})")
    for package in ("allocator", "ortools", "pandas", "numpy", "pydantic", "click", "openpyxl",
                    "pyyaml", "highspy", "hypothesis"):
        try:
            version = metadata.version(package)
        except metadata.PackageNotFoundError:
            version = "not installed"
        click.echo(f"{package}: {version}")


if __name__ == "__main__":
    main()
