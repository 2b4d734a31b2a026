"""What-if scenarios and sweeps: the ``allocator scenarios`` command group."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from allocator.cli.common import (
    EXIT_INPUT,
    Seconds,
    check_output,
    err,
    fail_on_input,
    lang_option,
)
from allocator.i18n import text


@click.group()
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
                   solver_workers: int, output: Path, stem: str, lang: str = "nl") -> None:
    from allocator.scenarios.outputs import write_comparison
    from allocator.scenarios.run import results_table, run_jobs, warn_oversubscription

    if dask is None:
        warn_oversubscription(parallel, solver_workers)
    results = run_jobs(jobs, parallel, dask, _progress_bar(len(jobs)))
    axes = {job["name"]: job.get("axes", {}) for job in jobs}
    for result in results:
        result.update(axes.get(result["name"], {}))
    table, loads = results_table([*results, *failed])
    for path in write_comparison(table, loads, output, stem, lang):  # type: ignore[arg-type]
        err(text("cli.scenario_wrote", lang, path=path))  # type: ignore[arg-type]
    errors = table[table["status"] == "error"] if "status" in table else table.iloc[0:0]
    for _, row in errors.iterrows():
        err(text("cli.variant_failed", lang, variant=row["variant"],  # type: ignore[arg-type]
                 error=row["error"]))


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
@lang_option
def scenarios_run(file: Path, output: Path, parallel: int, dask: str | None, lang: str) -> None:
    """Solve every variant of a scenario FILE and write the comparison and plots."""
    from allocator.read import InputError
    from allocator.scenarios.run import load_base, load_base_plan, scenario_jobs
    from allocator.scenarios.spec import ScenarioError, load_scenario_file

    check_output(output, lang, folder=True)
    try:
        spec = load_scenario_file(file)
        base = load_base(spec, file.parent)
        base_plan = load_base_plan(spec, file.parent)
    except ScenarioError as error:
        err(str(error))
        sys.exit(EXIT_INPUT)
    except InputError as error:
        fail_on_input(error, lang)
    jobs, failed = scenario_jobs(spec, base, file.name, given_plan=base_plan)
    err(text("cli.variants", lang, jobs=len(jobs), failed=len(failed)))  # type: ignore[arg-type]
    _run_and_write(jobs, failed, parallel, dask, spec.workers, output, "comparison", lang)


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
@click.option("--time-limit", type=Seconds(), default=10.0, show_default=True,
              help="Per solve.")
@click.option("--solver-workers", type=click.IntRange(min=1), default=1, show_default=True)
@click.option("-o", "--output", type=click.Path(file_okay=False, path_type=Path),
              default=Path("sweep-results"), show_default=True)
@parallel_option
@dask_option
@lang_option
def scenarios_sweep(schools: str, pool_share: str, ict_factor: str, repetitions: int,
                    sample: int | None, seed: int, time_limit: float, solver_workers: int,
                    output: Path, parallel: int, dask: str | None, lang: str) -> None:
    """Sweep group size × pooled share × ICT budget over generated groups."""
    from allocator.scenarios.sweep import sweep_jobs, sweep_points

    check_output(output, lang, folder=True)
    points = sweep_points([int(n) for n in _floats(schools)], _floats(pool_share),
                          _floats(ict_factor), repetitions, sample, seed)
    jobs = sweep_jobs(points, time_limit, solver_workers, seed)
    err(text("cli.sweep_points", lang, count=len(jobs)))  # type: ignore[arg-type]
    _run_and_write(jobs, [], parallel, dask, solver_workers, output, "sweep", lang)
