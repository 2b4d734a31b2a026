"""What every allocator command shares: exit codes, the language option, reading inputs."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

EXIT_OK, EXIT_INTERNAL, EXIT_INPUT, EXIT_INFEASIBLE, EXIT_NO_PLAN, EXIT_CHECK_FAILED = range(6)

lang_option = click.option("--lang", type=click.Choice(["nl", "en"]), default="nl",
                           show_default=True, help="Language of what a school user reads.")


def err(message: str) -> None:
    click.echo(message, err=True)


def fail_on_input(error: Exception) -> None:
    from allocator.read import InputError

    assert isinstance(error, InputError)
    err(error.render(limit=200))
    sys.exit(EXIT_INPUT)


def read_input(path: Path, catalogue: str = "replace"):
    from allocator.read import InputError, read_problem

    try:
        result = read_problem(path, catalogue=catalogue)  # type: ignore[arg-type]
    except InputError as error:
        fail_on_input(error)
    for warning in result.warnings:
        err(f"warning: {warning}")
    return result.problem



def yaml_error() -> type[Exception]:
    import yaml

    return yaml.YAMLError


def load_plan(plan_path: Path):
    from pydantic import ValidationError

    from models import Plan

    try:
        return Plan.model_validate(json.loads(plan_path.read_text(encoding="utf-8")))
    except (OSError, json.JSONDecodeError, ValidationError) as error:
        err(f"{plan_path}: expected a plan JSON written by 'allocator solve --format json' "
             f"({error.__class__.__name__}: {str(error).splitlines()[0]})")
        sys.exit(EXIT_INPUT)
