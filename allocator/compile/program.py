"""The compiled allocation program: plain arrays, no domain objects.

Both a school group and a literature GAP instance compile into this shape, so the solver,
the benchmarks and the peers (HiGHS, greedy) all work on the same thing.

Units are *half-hours* (integers) throughout, so that CP-SAT works on integers and every
share is a multiple of 0.5 h by construction.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import IntEnum

import numpy as np


class InstanceKind(IntEnum):
    school = 0
    group = 1
    bundle = 2
    job = 3  # a literature job (GAP)


class PruneReason(IntEnum):
    """Why a (person, instance) pair is not a candidate arc.

    When several rules exclude a pair, the most basic one is recorded, in this order: role
    (the task's ``who``), competency, never, site, region, funding.
    """

    kept = 0
    competency = 1
    never = 2
    site = 3
    region = 4
    funding = 5
    role = 6  # v2: the person's role is not in the task's `who`


@dataclass(frozen=True)
class Stage:
    """One lexicographic stage: maximise the sum of its terms.

    ``instance_weight[i] * cover[i] + arc_weight[a] * use[a] + source_unit_weight[s] * funded
    half-hours from source s + group_weight * (number of distinct (person, arc_group) pairs)``.
    """

    name: str
    instance_weight: np.ndarray | None = None
    arc_weight: np.ndarray | None = None
    source_unit_weight: np.ndarray | None = None
    group_weight: int = 0
    relative_gap: float = 0.0  # 0 = prove optimality


@dataclass(frozen=True)
class PinnedArc:
    """A hard assignment: ``arc`` is used; optionally its units and its paying source are set."""

    arc: int
    units: int | None = None
    source: int | None = None
    label: str = ""


@dataclass
class AllocationProgram:
    """Instances, candidate arcs and capacity buckets of one allocation problem.

    Attributes
    ----------
    instance_units
        Half-hours an instance needs when its arcs all carry the instance's own demand.
    arc_units
        Half-hours an arc consumes when it covers its instance alone. Equal to the instance's
        units for school groups; agent-dependent for GAP jobs (only with ``max_people == 1``).
    arc_sources
        ``(n_arcs, n_sources)`` booleans: which of the person's buckets may pay for the arc.
    bucket_capacity
        ``(n_people, n_sources)`` half-hours available per person and funding source.
    bundles
        ``(bundle instance, member instances)``: covering the bundle excludes the members.
    """

    person_ids: list[str]
    source_names: list[str]
    instance_task: list[str]
    instance_school: list[str | None]
    instance_kind: np.ndarray
    instance_units: np.ndarray
    instance_max_people: np.ndarray
    instance_must_cover: np.ndarray
    arc_person: np.ndarray
    arc_instance: np.ndarray
    arc_units: np.ndarray
    arc_sources: np.ndarray
    bucket_capacity: np.ndarray
    person_max_tasks: np.ndarray
    stages: list[Stage]
    arc_group: np.ndarray | None = None
    bundles: list[tuple[int, np.ndarray]] = field(default_factory=list)
    pins: list[PinnedArc] = field(default_factory=list)
    pair_reason: np.ndarray | None = None  # (n_people, n_instances) PruneReason codes
    name: str = "allocation"

    @property
    def n_instances(self) -> int:
        return len(self.instance_units)

    @property
    def n_arcs(self) -> int:
        return len(self.arc_person)

    @property
    def n_people(self) -> int:
        return len(self.person_ids)

    def arcs_of_instance(self) -> list[np.ndarray]:
        order = np.argsort(self.arc_instance, kind="stable")
        bounds = np.searchsorted(self.arc_instance[order], np.arange(self.n_instances + 1))
        return [order[bounds[i]:bounds[i + 1]] for i in range(self.n_instances)]

    def arcs_of_person(self) -> list[np.ndarray]:
        order = np.argsort(self.arc_person, kind="stable")
        bounds = np.searchsorted(self.arc_person[order], np.arange(self.n_people + 1))
        return [order[bounds[p]:bounds[p + 1]] for p in range(self.n_people)]

    def summary(self) -> dict[str, int]:
        return {
            "instances": self.n_instances,
            "arcs": self.n_arcs,
            "people": self.n_people,
            "buckets": int((self.bucket_capacity > 0).sum()),
            "bundles": len(self.bundles),
            "pins": len(self.pins),
        }


@dataclass(frozen=True)
class ProgramSolution:
    """Raw solver output on a program: units per (arc, source), covered instances, stages."""

    arc_source_units: np.ndarray  # (n_arcs, n_sources) half-hours
    covered: np.ndarray  # (n_instances,) bool
    stage_reports: list[dict]
    status: str
    seconds: float
    interrupted: bool = False  # Ctrl-C stopped the search; later stages did not run
