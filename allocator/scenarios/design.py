"""Sweeps as paired designs: a YAML file of axes over generator parameters and scenario changes.

A sweep file (version 2)::

    version: 2
    base: {generate: {schools: 10, seed: 0, levels: [basis, secundair]}}
    repetitions: 5
    time_limit: 10        # per solve, as `allocator solve --time-limit`
    point_budget: 300     # wall-clock seconds per point (optional)
    axes:
      - {name: pooling, generator: pool_share, values: [0, 0.5, 1]}
      - {name: ict, change: {type: scale_funding, source: ict}, field: factor,
         values: [0.59, 1, 1.7], baseline: 1}
      - name: catalogue
        values: {standard: [], helpdesk-core: [{type: task_core, task: TECH-01, core: true}]}

An axis sets a generator parameter (``generator``: schools, pool_share, level_mix,
points_per_pupil, levels), puts its value into one field of a change (``change`` + ``field``),
or names lists of changes (``values`` as a mapping of labels to changes). Values are a list
or a mapping label -> value. Every axis has a ``baseline`` value (default: factor 1 or the
base's own value when among the values, else the first).

Pairing: repetition r of every point starts from the same group, generated with seed
``10000 × base seed + r``; the generator draws each school from its own random stream
(allocator/synth.py), so points that differ in pool share, level mix or group size hold the
same schools where the factor does not touch them, and scenario changes act on one and the
same group. Differences between points of one repetition are then the factor's effect, not
a different draw. With a workbook as base, repetition r varies the solver's seed only.
``schools`` may be a range "5-15": each repetition draws its size once (same draw on every
point), a group-size distribution.
"""

from __future__ import annotations

import itertools
import random
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from pydantic import Field, TypeAdapter, ValidationError, model_validator

from allocator.scenarios.errors import (
    Place,
    ScenarioError,
    ScenarioProblem,
    say,
    validation_lines,
)
from allocator.scenarios.spec import Base, Change, Outsourcing, _Strict, read_yaml_mapping

if TYPE_CHECKING:
    from models import Problem

GENERATOR_AXES = ("schools", "pool_share", "level_mix", "points_per_pupil", "levels")
SEED_STRIDE = 10_000  # repetitions per base seed


class Axis(_Strict):
    """One axis of a sweep: a name, its values, and the generator parameter or change it sets."""

    name: str = Field(min_length=1, max_length=60)
    values: list[Any] | dict[str, Any] = Field(min_length=1)
    generator: Literal["schools", "pool_share", "level_mix", "points_per_pupil",
                       "levels"] | None = None
    change: dict | None = None
    field: str | None = None
    baseline: Any = None

    @model_validator(mode="after")
    def _one_kind(self) -> Axis:
        if self.generator is not None and self.change is not None:
            raise ScenarioProblem(say("axis_both"))
        if (self.change is None) != (self.field is None):
            raise ScenarioProblem(say("axis_change_field"))
        if self.generator is None and self.change is None and not isinstance(self.values,
                                                                             dict):
            raise ScenarioProblem(say("axis_kind"))
        if self.baseline is not None and str(self.baseline) not in self.labels:
            raise ScenarioProblem(say("axis_baseline", values=", ".join(self.labels),
                                      baseline=repr(self.baseline)))
        return self

    @property
    def labels(self) -> list[str]:
        """The values' labels, in order (a mapping's keys, or each value written out)."""
        if isinstance(self.values, dict):
            return [str(k) for k in self.values]
        return [_label(v) for v in self.values]

    def value(self, label: str) -> Any:
        """The value with label ``label``."""
        if isinstance(self.values, dict):
            return self.values[label]
        return self.values[self.labels.index(label)]

    def baseline_label(self, base_values: dict) -> str:
        """The label of the axis's baseline value.

        The given ``baseline``, else factor 1, else the base group's own value of the generator
        parameter, else the first value.
        """
        if self.baseline is not None:
            return str(self.baseline)
        if self.field == "factor" and "1" in [_label(v) for v in self.values or []]:
            return "1"
        own = base_values.get(self.generator) if self.generator else None
        if own is not None and _label(own) in self.labels:
            return _label(own)
        return self.labels[0]

    def changes(self, label: str, where: Place) -> list[dict]:
        """The changes this axis makes at ``label`` (none for a generator axis).

        ``where`` is the axis in its file.
        """
        if self.generator is not None:
            return []
        at = Place(where.source, f"{where.path}.values[{label!r}]")
        if self.change is not None:
            change = {**self.change, self.field: self.value(label)}
            try:
                TypeAdapter(Change).validate_python(change)
            except ValidationError as error:
                raise ScenarioError(*validation_lines(error, change, at)) from error
            return [change]
        changes = self.value(label)
        if not isinstance(changes, list):
            raise ScenarioError.at(at, say("axis_changes"))
        for k, change in enumerate(changes):
            try:
                TypeAdapter(Change).validate_python(change)
            except ValidationError as error:
                raise ScenarioError(*validation_lines(error, change, at.child(k))) from error
        return list(changes)


def _label(value: Any) -> str:
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, list):
        return "+".join(str(v) for v in value)
    return str(value)


class SweepFile(_Strict):
    """A sweep file (version 2): a base group, axes, repetitions, sampling and solve settings."""

    version: Literal[2] = 2
    base: Base
    axes: list[Axis] = Field(min_length=1)
    repetitions: int = Field(default=1, ge=1, le=SEED_STRIDE)
    sample: int | None = Field(default=None, ge=1)
    time_limit: float = Field(default=10, gt=0)
    solver_workers: int = Field(default=1, ge=0, le=64)
    point_budget: float | None = Field(default=None, gt=0)
    memory_mb: float | None = Field(default=None, gt=0)
    outsourcing: Outsourcing | None = None

    @model_validator(mode="after")
    def _axes_fit_the_base(self) -> SweepFile:
        names = [axis.name for axis in self.axes]
        if len(set(names)) != len(names):
            raise ScenarioProblem(say("axis_names"))
        generators = [axis.generator for axis in self.axes if axis.generator]
        if generators and self.base.generate is None:
            raise ScenarioProblem(say("generator_base", axes=", ".join(generators)))
        if len(set(generators)) != len(generators):
            raise ScenarioProblem(say("generator_twice"))
        return self


def load_sweep_file(path: Path) -> SweepFile:
    """Read and validate a sweep file (YAML).

    Raises
    ------
    ScenarioError
        When the file cannot be read or is not a valid sweep (every problem located).
    """
    return sweep_from_dict(read_yaml_mapping(path, ("base", "axes")), path.name)


def sweep_from_dict(data: dict, source: str) -> SweepFile:
    """Validate sweep data; ``source`` names it in errors (a ScenarioError lists every problem)."""
    try:
        return SweepFile.model_validate(data)
    except ValidationError as error:
        raise ScenarioError(*validation_lines(error, data, Place(source), SweepFile)) from error


def _schools(value: Any, seed: int, repetition: int) -> int:
    """A size, or a size drawn once per repetition from a range 'low-high'."""
    if isinstance(value, str) and "-" in value:
        from allocator.synth import stream

        low, high = (int(part) for part in value.split("-", 1))
        return int(stream(seed, 7, repetition).integers(low, high + 1))
    return int(value)


def sweep_jobs(sweep: SweepFile, base_problem: Problem | None = None,
               source: str = "sweep") -> list[dict]:
    """One job per (cell, repetition): the paired design. ``base_problem``: a file base."""
    generated = sweep.base.generate
    base_values = generated.model_dump() if generated else {}
    seed = generated.seed if generated else 0
    cells = list(itertools.product(*(axis.labels for axis in sweep.axes)))
    baseline = tuple(axis.baseline_label(base_values) for axis in sweep.axes)
    chosen = list(range(len(cells)))
    if sweep.sample is not None and sweep.sample < len(cells):
        others = [k for k in chosen if cells[k] != baseline]
        picked = set(random.Random(seed).sample(others, min(sweep.sample, len(others))))
        chosen = [k for k in chosen if k in picked or cells[k] == baseline]
    jobs = []
    for repetition in range(sweep.repetitions):
        group_seed = SEED_STRIDE * seed + repetition
        for k in chosen:
            labels = dict(zip((a.name for a in sweep.axes), cells[k], strict=True))
            params = {**base_values, "seed": group_seed}
            changes: list[dict] = []
            for n, (axis, label) in enumerate(zip(sweep.axes, cells[k], strict=True)):
                where = Place(source, f"axes[{n} {axis.name!r}]")
                if axis.generator == "schools":
                    params["schools"] = _schools(axis.value(label), seed, repetition)
                elif axis.generator is not None:
                    params[axis.generator] = axis.value(label)
                changes += axis.changes(label, where)
            job = {"name": f"r{repetition}-c{k}", "repetition": repetition, "cell": k,
                   "axes": labels, "baseline_cell": cells[k] == baseline,
                   "changes": changes, "version": 2, "time_limit": sweep.time_limit,
                   "workers": sweep.solver_workers,
                   "outsourcing": sweep.outsourcing.model_dump() if sweep.outsourcing else None}
            if generated is not None:
                if isinstance(params.get("schools"), str):
                    params["schools"] = _schools(params["schools"], seed, repetition)
                job.update(generate=params, group_seed=group_seed, seed=0)
            else:
                assert base_problem is not None  # callers read a file base before the jobs
                job.update(problem=base_problem.model_dump(mode="json"), seed=repetition)
            jobs.append(job)
    return jobs


def baselines(sweep: SweepFile) -> dict[str, str]:
    """The baseline label of every axis of ``sweep``."""
    base_values = sweep.base.generate.model_dump() if sweep.base.generate else {}
    return {axis.name: axis.baseline_label(base_values) for axis in sweep.axes}
