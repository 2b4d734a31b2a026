"""What every solver backend offers the lexicographic driver, and what it returns.

A backend holds one model of an :class:`AllocationProgram` across stages: the driver asks it
to solve a stage within a limit (optionally from a start plan), then to keep that stage's
value as a floor for the stages after it. Plans travel between backends only in the
program's own solution shape (:class:`ProgramPlan`), never as solver variables.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Protocol

import numpy as np

from allocator.compile.program import AllocationProgram, Stage
from models.rules import Status

ImprovementCallback = Callable[[float, float, float], None]


@dataclass(frozen=True)
class ProgramPlan:
    """A plan in the program's shape.

    Half-hours per (arc, source), covered instances and the pooling decisions of schools that
    may choose.
    """

    units: np.ndarray  # (n_arcs, n_sources)
    covered: np.ndarray  # (n_instances,) bool
    switches: np.ndarray  # (n_switches,) bool

    @property
    def used_arcs(self) -> np.ndarray:
        """Mask over the arcs: those the plan gives any hours."""
        return np.asarray(self.units.sum(axis=1) > 0)

    @classmethod
    def empty(cls, program: AllocationProgram) -> ProgramPlan:
        """The plan that assigns nothing (no hours, nothing covered, no school pools)."""
        return cls(np.zeros((program.n_arcs, len(program.source_names)), dtype=np.int64),
                   np.zeros(program.n_instances, dtype=bool),
                   np.zeros(program.n_switches, dtype=bool))


@dataclass(frozen=True)
class StageLimit:
    """How long one backend may search one stage.

    ``seconds`` is wall-clock time unless ``deterministic``: then it is the solver's own
    deterministic work units (CP-SAT's deterministic time), so a run is repeatable, and
    ``wall_cap`` seconds bound the wall clock: a stage ended by it is not repeatable.
    """

    seconds: float
    deterministic: bool = False
    wall_cap: float | None = None


@dataclass
class StageResult:
    """One backend's outcome on one stage.

    Attributes
    ----------
    objective, bound
        The stage value of ``plan`` and the best proven upper bound (NaN when none).
    seconds
        Wall-clock seconds this backend spent on the stage.
    work
        Deterministic work units spent (backends without them report wall seconds).
    improvements
        ``(seconds since the stage began, objective)`` of every improving plan.
    details
        Backend-specific figures for the stage report (e.g. a kernel's size).
    repeatable
        The search ended by something the same input and options reproduce (a proof, the
        gap limit, a deterministic work limit), not by the wall clock or an interruption.
    """

    status: Status
    objective: float
    bound: float
    seconds: float
    solver: str
    plan: ProgramPlan | None = None
    work: float = 0.0
    improvements: list[tuple[float, float]] = field(default_factory=list)
    details: dict[str, object] = field(default_factory=dict)
    repeatable: bool = False

    @property
    def found(self) -> bool:
        """True when the backend returned a plan."""
        return self.plan is not None

    @property
    def gap(self) -> float:
        """Relative gap between bound and objective (NaN without a bound)."""
        if math.isnan(self.bound):
            return float("nan")
        return abs(self.bound - self.objective) / max(1.0, abs(self.bound))


class Backend(Protocol):
    """A solver holding one model of a program across lexicographic stages."""

    name: str

    def add_floor(self, stage: Stage, value: float) -> None:
        """Later stages keep at least ``value`` of ``stage``."""

    def solve_stage(self, stage: Stage, limit: StageLimit, start: ProgramPlan | None = None,
                    on_improvement: ImprovementCallback | None = None) -> StageResult:
        """Maximise ``stage`` under the floors so far, from ``start`` (a feasible plan) if given.

        ``on_improvement(seconds, objective, bound)`` is called on every better plan.
        """

    def stop_search(self) -> None:
        """Stop a running (or the next) search; safe from another thread."""
