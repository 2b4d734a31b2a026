"""The plan: what the solver decided, in the shape of the plan JSON (shared/spec/workbook.md)."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, PrivateAttr, computed_field

from models.domain import FundingEnum
from models.rules import Status

Recommendation = Literal["directie", "train", "hand_over", "outsource", "recruit", "defer"]


class Assignment(BaseModel):
    """One row of a plan: a person's hours on a task at a school (None: the group), and who pays."""

    model_config = ConfigDict(extra="allow")
    person: str
    task: str
    school: str | None
    hours: float = Field(gt=0)
    funding: FundingEnum


class Uncovered(BaseModel):
    """A task instance the plan leaves open: the reason (code and facts) and a recommendation."""

    model_config = ConfigDict(extra="allow")
    task: str
    school: str | None
    core: bool
    reason: str
    detail: str
    recommendation: Recommendation
    # v2: the specifics ({"person", "competency", "from", "to"} for train, {"to": "koepel"}
    # for hand_over, the profile for recruit, ...) and the rule that chose it ("rule")
    recommendation_detail: dict[str, Any] | None = None
    recommendation_text: str = ""  # the recommendation in words (explain/render.py)
    # what the engine records of the instance, so that it can be worded and sorted later
    priority: int | None = None
    cluster: str | None = None
    hours: float | None = None
    facts: dict[str, Any] | None = None  # ids and numbers the reason's sentence names


class StageValues(BaseModel):
    """Values per stage; a bound is None (NaN in memory) when its stage found nothing."""

    model_config = ConfigDict(extra="allow")
    core: float | None = 0
    noncore: float | None = 0


class StageReport(BaseModel):
    """How one lexicographic stage went.

    ``seconds`` is the stage's wall-clock time, every solver turn included; ``work`` the
    deterministic work units spent (CP-SAT's deterministic time; seconds for HiGHS).
    """

    name: str
    status: Status
    objective: float
    bound: float | None
    seconds: float
    time_limit: float | None = None
    # who found the plan / proved the bound: "cp-sat", "cp-sat+highs", "cp-sat (proved by
    # highs)", "highs" (backend auto hands exact stages CP-SAT leaves open to HiGHS)
    solver: str | None = None
    work: float | None = None
    within_gap_limit: bool | None = None
    interrupted: bool = False
    # ended by proof, gap limit or deterministic work (not the wall clock): reproducible
    repeatable: bool | None = None
    # (seconds into the stage, objective) of every improving plan; for benchmarks, not the JSON
    improvements: list[tuple[float, float]] = Field(default_factory=list, exclude=True)
    # solver-specific figures (HiGHS's turn: mip_seconds, mip_status, kernel size and status)
    details: dict[str, Any] = Field(default_factory=dict)

    @computed_field  # type: ignore[prop-decorator]  # pydantic's documented form; mypy refuses it
    @property
    def gap(self) -> float:
        """Relative distance between objective and bound (0 when proven)."""
        if self.bound is None or self.bound != self.bound:
            return float("nan")
        if self.objective == self.bound:
            return 0.0
        return abs(self.bound - self.objective) / max(1.0, abs(self.bound))


class PlanDifference(BaseModel):
    """What re-planning kept of a previous plan (``solve --previous``)."""

    kept: list[list[str | None]] = Field(default_factory=list)  # [person, task, school]
    moved: list[list[str | None]] = Field(default_factory=list)  # [task, school]
    new: list[list[str | None]] = Field(default_factory=list)
    dropped: list[list[str | None]] = Field(default_factory=list)
    stability: float = 1.0


class Plan(BaseModel):
    """A plan, as written to JSON.

    Unknown keys are kept (``extra="allow"``) only so that a plan JSON written with the
    report's sections (loads, coverage, explanations, summary) reads back whole; code never
    adds undeclared attributes.
    """

    model_config = ConfigDict(extra="allow")
    # the language its sentences are in, once explain/render.py has worded it (not saved)
    _words: str | None = PrivateAttr(default=None)
    # what explain/render.py compiled to word it (the program and the solution rebuilt from
    # this plan), so a plan written in two languages is compiled once (not saved)
    _explained: Any = PrivateAttr(default=None)
    status: Status
    objective: StageValues
    bound: StageValues
    bundled: list[str] = Field(default_factory=list)
    assignments: list[Assignment] = Field(default_factory=list)
    uncovered: list[Uncovered] = Field(default_factory=list)
    stages: list[StageReport] = Field(default_factory=list)
    seconds: float = 0.0
    message: str | None = None
    interrupted: bool = False
    # every stage ended by proof, gap limit or the deterministic work budget, within the
    # wall-clock limit: the same workbook and options give this same plan on this machine
    repeatable: bool = False
    # a minimal set of fixed assignments that cannot hold together (infeasible plans)
    conflict: list[dict[str, Any]] | None = None
    replan: PlanDifference | None = None  # with --previous
    timing: dict[str, Any] | None = None
    program: dict[str, int] | None = None  # sizes of the compiled program
    bundle_instances: int | None = None
    # v2: every school's pooling, given or decided ('kies'); travel lines of central staff
    pooling: dict[str, bool] | None = None
    travel: list[dict[str, Any]] = Field(default_factory=list)
    # with --previous: per instance kept/moved/new/dropped and why (explain/changes.py)
    changes: dict[str, Any] | None = None
    pseudonymised: bool = False  # ids and names were replaced before solving
    # the time limit ended the search before any solver plan: "greedy" or "empty" (fallback.py)
    quick: str | None = None
    catalogue_version: int | None = None  # the default catalogue's version, when it was used
    # the guide's answers applied to this plan (step 5 marks) and the work deferred by them
    guide: dict[str, Any] | None = None
    deferred: list[dict[str, Any]] = Field(default_factory=list)

    @property
    def shown_status(self) -> str:
        """The status as a user reads it.

        ``optimal_exact`` when the exact stages are proven but a ranked stage (preferences)
        ended within its gap, else :attr:`status`. ``status`` stays ``optimal`` then (the exact stages decide it); a user told
        "optimaal" would read the preferences as proven too.
        """
        if self.status == Status.optimal and any(
                stage.status == Status.feasible for stage in self.stages):
            return "optimal_exact"
        return str(self.status.value if isinstance(self.status, Status) else self.status)

    def hours_spent(self) -> dict[tuple[str, str], float]:
        """Hours per (person, funding source) the plan spends: its assignments and travel.

        Travel (v2) is paid from the same hours as the work, so what a person has left is
        their hours minus both.
        """
        spent: dict[tuple[str, str], float] = {}
        lines = [(row.person, row.funding.value, row.hours) for row in self.assignments]
        lines += [(str(line["person"]), str(line["funding"]), float(line["hours"]))
                  for line in self.travel or []]
        for person, source, hours in lines:
            spent[(person, source)] = spent.get((person, source), 0.0) + hours
        return spent

    def to_json_dict(self) -> dict[str, Any]:
        """The plan as JSON-ready data, every declared field present (None included)."""
        return self.model_dump(mode="json", exclude_none=False)
