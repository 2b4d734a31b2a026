"""The plan: what the solver decided, in the shape of the plan JSON (shared/spec/workbook.md)."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, computed_field

from models.domain import FundingEnum

Status = Literal["optimal", "feasible", "infeasible", "unknown"]
Recommendation = Literal["directie", "train", "hand_over", "outsource", "recruit", "defer"]


class Assignment(BaseModel):
    model_config = ConfigDict(extra="allow")
    person: str
    task: str
    school: str | None
    hours: float = Field(gt=0)
    funding: FundingEnum


class Uncovered(BaseModel):
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


class StageValues(BaseModel):
    """Values per stage; a bound is None (NaN in memory) when its stage found nothing."""

    model_config = ConfigDict(extra="allow")
    core: float | None = 0
    noncore: float | None = 0


class StageReport(BaseModel):
    """How one lexicographic stage went."""

    name: Literal["focus", "core", "noncore", "stability", "preferences", "objective"]
    status: Status
    objective: float
    bound: float | None
    seconds: float
    time_limit: float | None = None
    # who found the plan / proved the bound: "cp-sat", "cp-sat+highs", "cp-sat (proved by
    # highs)", "highs" (backend auto hands exact stages CP-SAT leaves open to HiGHS)
    solver: str | None = None

    @computed_field  # type: ignore[prop-decorator]
    @property
    def gap(self) -> float:
        """Relative distance between objective and bound (0 when proven)."""
        if self.bound is None or self.bound != self.bound:
            return float("nan")
        if self.objective == self.bound:
            return 0.0
        return abs(self.bound - self.objective) / max(1.0, abs(self.bound))


class Plan(BaseModel):
    """A plan, as written to JSON; extra keys carry loads, coverage and solver details."""

    model_config = ConfigDict(extra="allow")
    status: Status
    objective: StageValues
    bound: StageValues
    bundled: list[str] = Field(default_factory=list)
    assignments: list[Assignment] = Field(default_factory=list)
    uncovered: list[Uncovered] = Field(default_factory=list)
    stages: list[StageReport] = Field(default_factory=list)
    seconds: float = 0.0
    message: str | None = None

    def to_json_dict(self) -> dict[str, Any]:
        return self.model_dump(mode="json")
