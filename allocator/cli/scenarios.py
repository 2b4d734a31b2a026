"""What-if scenarios and sweeps: the ``allocator scenarios`` command group.

Exit codes besides the usual ones: 3 when some variants or points failed (the others'
results are written, the failed ones are rows and marked in the tables and plots), 4 when
every variant or point failed, 6 when the Dask
cluster cannot run the work (unreachable scheduler, no workers left), 130 when interrupted
(Ctrl-C or SIGTERM: what was solved is written; ``--resume`` goes on).
"""

from __future__ import annotations

import datetime as dt
import functools
import math
import signal
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

import click

from allocator.cli.common import (
    EXIT_CLUSTER,
    EXIT_INPUT,
    EXIT_NO_PLAN,
    EXIT_SOME_FAILED,
    Seconds,
    check_output,
    err,
    fail_on_input,
)
from allocator.i18n import LANGS, Lang, text

if TYPE_CHECKING:  # pandas and the scenario layer are imported when a command runs
    import pandas as pd

    from allocator.scenarios.spec import Base

_Command = TypeVar("_Command", bound=Callable[..., Any])


@click.group()
def scenarios() -> None:
    """What-if scenarios and sweeps (local processes or a Dask cluster).

    Exit codes: 0 everything solved; 2 input error; 3 some variants or points failed (the
    others' results are written, the failed ones are marked 'failed' in the tables and
    plots); 4 every one failed; 6 the Dask cluster cannot run the work; 130 interrupted
    (--resume goes on).
    """


def run_options(command: _Command) -> _Command:
    """Options every run shares: where, on what, within which budget, in which language."""
    options = [
        click.option("-o", "--output", type=click.Path(file_okay=False, path_type=Path),
                     default=None, help="Output folder [default: scenario-results or "
                                        "sweep-results]."),
        click.option("--workers", "parallel", type=click.IntRange(min=1), default=1,
                     show_default=True, help="Points solved in parallel (local processes, or "
                                             "the workers of --dask local)."),
        click.option("--dask", default=None, metavar="ADDRESS|local",
                     help="Run on a Dask cluster (tcp://host:8786) or a LocalCluster."),
        click.option("--scheduler-file", type=click.Path(dir_okay=False), default=None,
                     help="Dask scheduler file (dask scheduler --scheduler-file; SLURM)."),
        click.option("--dask-timeout", type=Seconds(), default=10.0,
                     show_default=True, help="Seconds to reach the Dask scheduler."),
        click.option("--worker-wait", type=Seconds(1), default=60.0,
                     show_default=True, help="Seconds a Dask cluster may have no workers "
                                             "before the run stops (exit 6)."),
        click.option("--dashboard", default=None, metavar="ADDRESS",
                     help="Dask dashboard of --dask local, e.g. :8787 (needs "
                          "pip install 'allocator[dashboard]')."),
        click.option("--point-budget", type=Seconds(), default=None,
                     help="Wall-clock seconds per point; a point past it is stopped and is "
                          "a 'timeout' row [default: the file's point_budget, or none]."),
        click.option("--memory-limit", type=click.FloatRange(min=10), default=None,
                     help="MB of memory per point; a point above it is stopped (an error "
                          "row)."),
        click.option("--resume", is_flag=True, help="Go on with the results in the output "
                                                    "folder: finished points are skipped."),
        click.option("--retry-failed", is_flag=True,
                     help="With --resume, solve failed points again."),
        click.option("--plots/--no-plots", default=True, show_default=True),
        click.option("--lang", type=click.Choice(LANGS), default="nl",  # so ``lang: Lang``
                      show_default=True, help="Language of the summary tables and plots."),
    ]
    return functools.reduce(lambda c, option: option(c), reversed(options), command)


def _stop_on_sigterm() -> None:
    """A batch system's SIGTERM (time limit, cancel) ends the run like Ctrl-C does."""
    def handler(_signum: int, _frame: object) -> None:
        raise KeyboardInterrupt

    signal.signal(signal.SIGTERM, handler)


def _execute(jobs: list[dict], failed: list[dict], *, kind: str, stem: str, output: Path,
             axes: list[str], baseline: dict[str, str], settings: dict, solver_workers: int,
             run: dict, extra: Callable[..., list[Path]] | None = None) -> None:
    """Run, write, report; ``extra(points, output, provenance, lang)`` writes more files."""
    from allocator.provenance import provenance
    from allocator.scenarios.execute import ClusterError, Limits, quiet_dask_logs
    from allocator.scenarios.outputs import write_results
    from allocator.scenarios.run import progress_lines, run_points, warn_oversubscription
    from allocator.scenarios.spec import ScenarioError

    check_output(output, run["lang"], folder=True)
    context = click.get_current_context()
    quiet_dask_logs(bool(context.find_root().obj and context.find_root().obj.get("verbose")))
    dask = run["dask"]
    if dask is None and run["scheduler_file"] is None:
        warn_oversubscription(run["parallel"], solver_workers, run["lang"])
    limits = Limits(run["point_budget"], run["memory_limit"])
    made = provenance(kind=kind, invocation=_invocation(context), **settings, point_budget=limits.budget,
                      memory_mb=limits.memory_mb,
                      backend=dask or (f"Dask scheduler file {run['scheduler_file']}"
                                       if run["scheduler_file"] else
                                       f"{run['parallel']} local process"
                                       f"{'' if run['parallel'] == 1 else 'es'}"))
    design = {"kind": kind, "settings": settings, "axes": axes, "baseline": baseline}
    lang = run["lang"]
    err(text("r_cli_start", lang, count=len(jobs) + len(failed), failed=len(failed),
             what=text({"sweep": "r_cli_points", "flanders": "r_cli_groups"}.get(
                 kind, "r_cli_variants"), lang),
             output=output))
    _stop_on_sigterm()
    interrupted = False
    try:
        points, loads = run_points(
            jobs, output, design, failed=failed, parallel=run["parallel"], dask=dask,
            limits=limits, resume=run["resume"], retry_failed=run["retry_failed"],
            progress=progress_lines(len(jobs), kind, lang), scheduler_file=run["scheduler_file"],
            connect_timeout=run["dask_timeout"], worker_wait=run["worker_wait"],
            dashboard=run["dashboard"])
    except ScenarioError as error:
        err(error.text(run["lang"]))
        sys.exit(EXIT_INPUT)
    except ClusterError as error:
        from allocator.scenarios.present import failure_text

        err(text("r_cli_error", lang, error=failure_text(str(error), lang)))
        _write_what_is_there(output, stem, axes, baseline, made, run)
        err(text("r_cli_resume", lang, output=output))
        sys.exit(EXIT_CLUSTER)
    except KeyboardInterrupt:
        interrupted = True
        from allocator.scenarios.store import read_loads, read_points

        points, loads = read_points(output), read_loads(output)
    made["finished"] = dt.datetime.now(dt.timezone.utc).strftime("%Y-%m-%d %H:%M:%S UTC")
    written = write_results(output, stem, points, loads, axes, baseline, made, run["lang"],
                            run["plots"]) if not points.empty else []
    if extra is not None and not points.empty:
        written += extra(points, output, made, lang)
    for path in written:
        err(text("cli.scenario_wrote", lang, path=path))
    _report(points, len(jobs) + len(failed), lang)
    if interrupted:
        err(text("r_cli_interrupted", lang, done=len(points), total=len(jobs) + len(failed),
                 output=output))
        sys.exit(130)
    from allocator.scenarios.run import BASE_NAME

    asked = points[points["name"] != BASE_NAME] if not points.empty else points
    solved = asked["status"].isin(["optimal", "feasible"]) if not asked.empty else asked
    if asked.empty or not solved.any():
        err(text("r_cli_all_failed", lang))
        sys.exit(EXIT_NO_PLAN)
    if not solved.all():
        err(text("r_cli_some_failed", lang, code=EXIT_SOME_FAILED))
        sys.exit(EXIT_SOME_FAILED)


def _invocation(context: click.Context) -> str:
    """The command as run, every option with its value (defaults included), runnable as written.

    Each option by its own flag (``--workers``, not the parameter's name), ``--no-plots`` for
    a switched-off flag, arguments in place, and words quoted for a POSIX shell.
    """
    import shlex

    names, level = [], context
    while level.parent is not None:  # the subcommands; the root may be 'python -m allocator'
        names.append(str(level.info_name))
        level = level.parent
    parts = ["allocator", *reversed(names)]  # the installed program's name
    for param in context.command.params:
        value = context.params.get(param.name or "")
        if value is None:
            continue
        if isinstance(param, click.Argument):
            parts += [str(v) for v in (value if isinstance(value, (list, tuple)) else [value])]
            continue
        if not isinstance(param, click.Option):
            continue
        flag = max(param.opts, key=len)  # the long form
        if param.is_flag:
            if param.secondary_opts and not value:
                parts.append(max(param.secondary_opts, key=len))
            elif value:
                parts.append(flag)
            continue
        for item in (value if param.multiple else [value]):
            parts += [flag, str(item)]
    return shlex.join(parts)


def _write_what_is_there(output: Path, stem: str, axes: list[str], baseline: dict[str, str],
                         made: dict, run: dict) -> None:
    from allocator.scenarios.outputs import write_results
    from allocator.scenarios.store import read_loads, read_points

    points = read_points(output)
    if not points.empty:
        write_results(output, stem, points, read_loads(output), axes, baseline, made,
                      run["lang"], run["plots"])


def _report(points: pd.DataFrame, total: int, lang: Lang) -> None:
    if points.empty:
        return
    from allocator.scenarios.present import name_text, short_failure, status_text

    failed = points[~points["status"].isin(["optimal", "feasible"])]
    for _, row in failed.head(20).iterrows():
        err(text("cli.variant_failed", lang, variant=name_text(row["name"], lang),
                 error=short_failure(row.get("error"), lang, limit=400)
                 or status_text(row["status"], lang)))
    if len(failed) > 20:
        err(text("r_cli_more_failed", lang, count=len(failed) - 20))
    err(text("r_cli_solved", lang, solved=len(points) - len(failed), total=total,
             failed=len(failed)))


@scenarios.command("run")
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@run_options
def scenarios_run(file: Path, output: Path | None, **run: Any) -> None:
    """Solve every variant of a scenario FILE and write the comparison and plots.

    Exit code 3: some variants failed (the others are written, the failed ones are rows
    'failed: <reason>' in the tables); 4: every variant failed.
    """
    from allocator.read import InputError
    from allocator.scenarios.run import load_base, load_base_plan, scenario_jobs
    from allocator.scenarios.spec import SCENARIO_VERSION, ScenarioError, load_scenario_file

    try:
        spec = load_scenario_file(file)
        base = load_base(spec, file.parent)
        base_plan = load_base_plan(spec, file.parent)
    except ScenarioError as error:
        err(error.text(run["lang"]))
        sys.exit(EXIT_INPUT)
    except InputError as error:
        fail_on_input(error, run["lang"])
    if spec.version < SCENARIO_VERSION:
        err(text("r_cli_version_note", run["lang"], file=file.name))
    jobs, failed = scenario_jobs(spec, base, file.name, given_plan=base_plan)
    run["point_budget"] = run["point_budget"] or spec.point_budget
    run["memory_limit"] = run["memory_limit"] or spec.memory_mb
    names = [v.name for v in spec.variants]
    _execute(jobs, failed, kind="scenario", stem="comparison",
             output=output or Path("scenario-results"), axes=["variant"],
             baseline={"variant": spec.baseline or names[0]},
             settings={"file": str(file), "version": spec.version,
                       "time_limit": spec.time_limit, "solver_workers": spec.workers,
                       "solver_seed": 0, **_base_facts(spec.base)},
             solver_workers=spec.workers, run=run)


def _base_facts(base: Base) -> dict:
    if base.generate is not None:
        return {"base": "generated", "generator": base.generate.model_dump(mode="json")}
    return {"base": base.file}


def _floats(text: str) -> list[float]:
    try:
        return [float(part) for part in text.split(",") if part.strip()]
    except ValueError as error:
        raise click.BadParameter(f"expected numbers separated by commas: {text}") from error


def _sizes(text: str) -> list[int | str]:
    sizes: list[int | str] = []
    for part in (p.strip() for p in text.split(",") if p.strip()):
        if "-" in part:
            sizes.append(part)
        elif part.isdigit():
            sizes.append(int(part))
        else:
            raise click.BadParameter(f"a group size is a number or a range like 5-15: {part}")
    return sizes


def _flags_to_sweep(schools: str, pool_share: str, ict_factor: str, bpt_factor: str | None,
                    levels: str, repetitions: int, seed: int, sample: int | None,
                    time_limit: float, solver_workers: int) -> dict:
    axes: list[dict[str, Any]] = [{"name": "schools", "generator": "schools", "values": _sizes(schools)},
            {"name": "pool_share", "generator": "pool_share", "values": _floats(pool_share)},
            {"name": "ict_factor", "change": {"type": "scale_funding", "source": "ict"},
             "field": "factor", "values": _floats(ict_factor)}]
    if bpt_factor:
        axes.append({"name": "bpt_factor", "change": {"type": "scale_funding",
                                                       "source": "bpt"},
                     "field": "factor", "values": _floats(bpt_factor)})
    axes = [axis for axis in axes if len(axis["values"]) > 1 or axis["name"] == "schools"]
    first_size = _sizes(schools)[0]
    return {"version": 2, "base": {"generate": {
        "schools": first_size if isinstance(first_size, int) else 1, "seed": seed,
        "levels": [p.strip() for p in levels.split(",") if p.strip()],
        "pool_share": _floats(pool_share)[0]}},
        "axes": axes, "repetitions": repetitions, "sample": sample,
        "time_limit": time_limit, "solver_workers": solver_workers}


@scenarios.command("sweep")
@click.argument("file", required=False, type=click.Path(exists=True, dir_okay=False,
                                                        path_type=Path))
@click.option("--schools", default="5,10", show_default=True,
              help="Group sizes (schools per group); a range 5-15 draws a size per "
                   "repetition.")
@click.option("--pool-share", default="0.3,0.7", show_default=True)
@click.option("--ict-factor", default="1.0,1.7", show_default=True,
              help="ICT budget factors (1.7: the +70 % of 2021; 0.59: undoing it).")
@click.option("--bpt-factor", default=None, help="BPT hour factors, e.g. 1,1.5.")
@click.option("--levels", default="basis,secundair", show_default=True,
              help="Levels of the generated schools: basis, secundair, buitengewoon, "
                   "volwassenen.")
@click.option("--repetitions", type=click.IntRange(min=1), default=None,
              help="Groups per cell [default: 2, or the file's].")
@click.option("--sample", type=click.IntRange(min=1), default=None,
              help="Solve a random sample of this many cells (the baseline always).")
@click.option("--seed", type=int, default=0, show_default=True)
@click.option("--time-limit", type=Seconds(), default=None,
              help="Per solve [default: 10, or the file's].")
@click.option("--solver-workers", type=click.IntRange(min=1), default=None,
              help="CP-SAT workers per solve; 1 (default) is repeatable.")
@run_options
def scenarios_sweep(file: Path | None, schools: str, pool_share: str, ict_factor: str,
                    bpt_factor: str | None, levels: str, repetitions: int | None, seed: int,
                    sample: int | None, time_limit: float | None, solver_workers: int | None,
                    output: Path | None, **run: Any) -> None:
    """Sweep a paired design: a sweep FILE (YAML, see docs/scenarios.md), or these flags.

    Without FILE: group size × pooled share × ICT budget (and BPT with --bpt-factor) over
    generated groups; each repetition's points start from the same group.
    """
    from allocator.read import InputError, read_problem
    from allocator.scenarios.design import (
        baselines,
        load_sweep_file,
        sweep_from_dict,
        sweep_jobs,
    )
    from allocator.scenarios.spec import ScenarioError

    try:
        if file is not None:
            sweep = load_sweep_file(file)
            updates = {k: v for k, v in (("repetitions", repetitions), ("time_limit", time_limit),
                                         ("solver_workers", solver_workers), ("sample", sample))
                       if v is not None}
            if updates:
                sweep = sweep_from_dict({**sweep.model_dump(exclude_none=True), **updates},
                                        file.name)
        else:
            sweep = sweep_from_dict(_flags_to_sweep(
                schools, pool_share, ict_factor, bpt_factor, levels, repetitions or 2, seed,
                sample, time_limit or 10.0, solver_workers or 1),
                text("scen_err.sweep_flags", run["lang"]))
        base_problem = None
        if sweep.base.file is not None:
            path = Path(sweep.base.file)
            folder = file.parent if file is not None else Path.cwd()
            base_problem = read_problem(path if path.is_absolute() else folder / path).problem
        jobs = sweep_jobs(sweep, base_problem, file.name if file else "sweep")
    except ScenarioError as error:
        err(error.text(run["lang"]))
        sys.exit(EXIT_INPUT)
    except InputError as error:
        fail_on_input(error, run["lang"])
    run["point_budget"] = run["point_budget"] or sweep.point_budget
    run["memory_limit"] = run["memory_limit"] or sweep.memory_mb
    _execute(jobs, [], kind="sweep", stem="sweep", output=output or Path("sweep-results"),
             axes=[axis.name for axis in sweep.axes], baseline=baselines(sweep),
             settings={"file": str(file) if file else None,
                       "sweep": sweep.model_dump(mode="json", exclude_none=True),
                       "seeds": "group seed of repetition r = 10000 × base seed + r; "
                                "solver seed 0"},
             solver_workers=sweep.solver_workers, run=run)


class _Stage3Work(click.ParamType):
    """A positive amount of solver work, or ``all`` (no cap: None)."""

    name = "WORK|all"

    def convert(self, value: Any, param: click.Parameter | None,
                ctx: click.Context | None) -> float | None:
        if value is None or (isinstance(value, str) and value.strip().lower() == "all"):
            return None
        try:
            work = float(value)
        except (TypeError, ValueError):
            work = float("nan")
        if not (work > 0 and math.isfinite(work)):
            self.fail(f"{value!r} is not a positive number or 'all'", param, ctx)
        return work


@scenarios.command("flanders")
@click.option("--seed", type=int, default=0, show_default=True,
              help="Seed of the group sizes and of every group.")
@click.option("--time-limit", type=Seconds(), default=5.0, show_default=True,
              help="Per group (deterministic with one solver worker).")
@click.option("--solver-workers", type=click.IntRange(min=1), default=1, show_default=True)
@click.option("--sample", type=click.IntRange(min=1), default=None,
              help="Solve a seeded random sample of this many groups (a quick estimate).")
@click.option("--stage3-work", type=_Stage3Work(), default="0.5", show_default=True,
              help="Solver work per group for stage 3 (preferences; the coverage values are "
                   "fixed before it, docs/methods.md); 'all' gives it all that stages 1 and 2 "
                   "left.")
@run_options
def scenarios_flanders(seed: int, time_limit: float, solver_workers: int, sample: int | None,
                       stage3_work: float | None, output: Path | None, **run: Any) -> None:
    """Flanders as school groups: every school of the domain brief, every group solved.

    About 2,723 primary, 1,130 secondary (special education included) and 32 adult-education
    schools in generated groups (allocator/scenarios/flanders.py documents the sizes); one
    row per group and Flemish totals. Resumable with --resume.
    """
    from allocator.scenarios.flanders import flanders_jobs

    jobs = flanders_jobs(seed, time_limit, solver_workers, sample, stage3_work)
    _execute(jobs, [], kind="flanders", stem="flanders",
             output=output or Path("flanders-results"), axes=["kind"],
             baseline={"kind": "primary"},
             settings={"seed": seed, "time_limit": time_limit, "solver_workers": solver_workers,
                       "sample": sample, "groups": len(jobs),
                       "stage3_work": "all" if stage3_work is None else stage3_work,
                       "stage3_note": "stage 3 (preferences) capped at this much CP-SAT "
                                      "deterministic work per group; its gap is in "
                                      "gap_preferences" if stage3_work is not None else
                                      "stage 3 (preferences) ran to its gap or the budget",
                       "seeds": "group g: seed 10000 × seed + g; solver seed 0"},
             solver_workers=solver_workers, run=run,
             extra=functools.partial(_flanders_totals, stage3_work=stage3_work))


def _flanders_totals(points: pd.DataFrame, output: Path, made: dict, lang: Lang,
                     stage3_work: float | None = None) -> list[Path]:
    import pandas as pd

    from allocator.i18n import hours as decimal_g  # a number as %g, the language's mark
    from allocator.report.atomic import write_text_atomically
    from allocator.scenarios.flanders import flanders_totals
    from allocator.scenarios.outputs import write_csv
    from allocator.scenarios.present import number, text_table

    totals = flanders_totals(points)
    paths = [output / "flanders-totals.csv", output / "flanders-totals.md"]
    write_csv(totals, paths[0], made)
    write_text_atomically(paths[1], text_table(totals, lang).to_markdown(
        index=False, disable_numparse=True) + "\n")
    flemish = totals[totals["kind"] == "Flanders"].iloc[0]
    err(text("r_cli_flanders", lang, groups=int(flemish["groups"]),
             core=number(flemish["core_coverage_pct"], lang),
             noncore=number(flemish["noncore_coverage_pct"], lang),
             posts=number(flemish["recruitment_posts"], lang, 0),
             over=int(flemish["groups_gap_core_over_1pct"]
                      + flemish["groups_gap_noncore_over_1pct"])))
    if stage3_work is not None and pd.notna(flemish["max_gap_preferences"]):
        err(text("r_cli_flanders_stage3", lang, work=decimal_g(stage3_work, lang),
                 gap=number(100 * flemish["max_gap_preferences"], lang),
                 mean=number(100 * flemish["mean_gap_preferences"], lang),
                 none=int(flemish["groups_stage3_no_plan"])))
    return paths
