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

from models import StageReport


class InstanceKind(IntEnum):
    """What an instance of the program stands for."""

    school = 0
    group = 1
    bundle = 2
    job = 3  # a literature job (GAP)
    # a central person's travel to a school they serve on site (v2, "Proximity"): a line of
    # hours with no stage value, covered exactly when the person has a local instance there
    travel = 4


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
    # v2: ``switch_weight[k] * switch k on`` (re-planning keeps pooling decisions),
    # ``member_weight[m] * (bundle covered and member m's school pools)`` (credit a bundle
    # earns for a school that may pool), ``site_weight`` per distinct (person, school) worked
    # at, ``small_share_weight`` per share of one half-hour
    switch_weight: np.ndarray | None = None
    member_weight: np.ndarray | None = None
    site_weight: int = 0
    small_share_weight: int = 0
    # share of the time still left that the stage may use (the last stage always takes all);
    # what a stage does not use carries over to the next
    time_share: float = 1.0


@dataclass(frozen=True)
class PinnedArc:
    """A hard assignment: ``arc`` is used; optionally its units and its paying source are set."""

    arc: int
    units: int | None = None
    source: int | None = None
    label: str = ""


@dataclass(frozen=True)
class SwitchMember:
    """A school that may pool, as a member of a bundle.

    The bundle covers it (and its own instance disappears) only when its switch is on.
    """

    bundle: int
    member: int  # the school's own instance of the task
    switch: int
    units: int  # the member instance's half-hours


@dataclass(frozen=True)
class BundleDemand:
    """A bundle whose hours follow pooling decisions.

    It needs ``ceil(numerator / denominator * (fixed_units + sum of its switch members' units
    that pool))`` half-hours, at least one.
    """

    bundle: int
    numerator: int
    denominator: int
    fixed_units: int  # members' half-hours of the schools that always pool


@dataclass(frozen=True)
class HoursCap:
    """A ceiling on the hours a set of people take from one source (v2 pool budget, envelopes).

    ``sum <= base_units + sum(units * switch on)`` (units may be negative).
    """

    name: str  # "pool_budget" or the school's id
    kind: str  # "pool_budget" | "envelope"
    people: np.ndarray
    source: int
    base_units: int
    switch_units: tuple[tuple[int, int], ...] = ()


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
    # (n_people, n_instances) bit ``1 << code`` for *every* PruneReason that excludes the pair
    # (pair_reason keeps the most basic one); explanations and "train" read it
    pair_rules: np.ndarray | None = None
    name: str = "allocation"
    # v2 pooling decisions: one switch per school that may pool (``kies``); an arc with
    # ``arc_switch >= 0`` may be used only when that switch equals ``arc_switch_on``
    switch_names: list[str] = field(default_factory=list)
    arc_switch: np.ndarray | None = None
    arc_switch_on: np.ndarray | None = None
    switch_members: list[SwitchMember] = field(default_factory=list)
    bundle_demands: list[BundleDemand] = field(default_factory=list)
    caps: list[HoursCap] = field(default_factory=list)
    # travel instance -> the arcs (local instances of one central person at one school) that
    # make the line due: it is covered exactly when one of them is used
    travel: list[tuple[int, np.ndarray]] = field(default_factory=list)
    # v2 fragmentation: most distinct schools per person (-1: no limit); the school of each
    # arc's instance for school-scope instances (-1 otherwise)
    person_max_schools: np.ndarray | None = None
    arc_site: np.ndarray | None = None

    @property
    def n_switches(self) -> int:
        """Number of pooling decisions ('choose' schools)."""
        return len(self.switch_names)

    def task_arc_mask(self) -> np.ndarray:
        """Arcs on work instances (travel lines aside): what counts as a task of a person."""
        return self.instance_kind[self.arc_instance] != InstanceKind.travel

    def demand_of(self, bundle: int, switches: np.ndarray) -> int:
        """The half-hours a bundle needs under given pooling decisions."""
        for demand in self.bundle_demands:
            if demand.bundle == bundle:
                units = demand.fixed_units + sum(m.units for m in self.switch_members
                                                 if m.bundle == bundle and switches[m.switch])
                return max(1, -(-demand.numerator * units // demand.denominator))
        return int(self.instance_units[bundle])

    @property
    def n_instances(self) -> int:
        """Number of instances (task at a school, group task, bundle, job or travel line)."""
        return len(self.instance_units)

    @property
    def n_arcs(self) -> int:
        """Number of arcs (person, instance) that may carry hours."""
        return len(self.arc_person)

    @property
    def n_people(self) -> int:
        """Number of people."""
        return len(self.person_ids)

    def arcs_of_instance(self) -> list[np.ndarray]:
        """The arc indices of every instance, in arc order."""
        order = np.argsort(self.arc_instance, kind="stable")
        bounds = np.searchsorted(self.arc_instance[order], np.arange(self.n_instances + 1))
        return [order[bounds[i]:bounds[i + 1]] for i in range(self.n_instances)]

    def instance_keys(self) -> dict[tuple[str, str | None, bool], int]:
        """Each instance by (task id, school id or None, whether it is a bundle).

        How a plan's rows (and pins) name an instance: a group task and a bundle both have no
        school.
        """
        return {(task, school, kind == InstanceKind.bundle): i for i, (task, school, kind)
                # Python ints: a numpy scalar compared with the enum costs 4 us (3.11)
                in enumerate(zip(self.instance_task, self.instance_school,
                                 self.instance_kind.tolist(), strict=True))}

    def arcs_of_person(self) -> list[np.ndarray]:
        """The arc indices of every person, in arc order."""
        order = np.argsort(self.arc_person, kind="stable")
        bounds = np.searchsorted(self.arc_person[order], np.arange(self.n_people + 1))
        return [order[bounds[p]:bounds[p + 1]] for p in range(self.n_people)]

    def summary(self) -> dict[str, int]:
        """The program's sizes (instances, arcs, people, buckets, bundles, pins, switches, ...)."""
        return {
            "instances": self.n_instances,
            "arcs": self.n_arcs,
            "people": self.n_people,
            "buckets": int((self.bucket_capacity > 0).sum()),
            "bundles": len(self.bundles),
            "pins": len(self.pins),
            "switches": self.n_switches,
        }


@dataclass(frozen=True)
class ProgramSolution:
    """Solver output on a program: half-hours per (arc, source), covered instances, stages.

    ``stages`` holds one :class:`models.StageReport` per stage that ran; ``seconds`` is the
    wall-clock time of the whole solve.
    """

    arc_source_units: np.ndarray  # (n_arcs, n_sources) half-hours
    covered: np.ndarray  # (n_instances,) bool
    stages: list[StageReport]
    status: str
    seconds: float
    interrupted: bool = False  # Ctrl-C stopped the search; later stages did not run
    switches: np.ndarray | None = None  # (n_switches,) bool: the pooling decisions taken
    repeatable: bool = False  # every stage ended by proof, gap or deterministic work

    def stage(self, name: str) -> StageReport | None:
        """The report of stage ``name``, if it ran."""
        return next((report for report in self.stages if report.name == name), None)
