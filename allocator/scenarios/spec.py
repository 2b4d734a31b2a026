"""Scenario files: a base group and named variants, each a list of small, typed changes."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from allocator.read.text_load import load_yaml_file
from allocator.scenarios.errors import (
    English,
    Place,
    ScenarioError,
    ScenarioProblem,
    say,
    validation_lines,
)
from models.domain import FundingEnum, LevelEnum

if TYPE_CHECKING:
    from models import Problem


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class GeneratedBase(_Strict):
    """A synthetic group (allocator/synth.py): the generator's parameters."""

    schools: int = Field(ge=1, le=500)
    seed: int = 0
    levels: list[LevelEnum] | None = None
    pool_share: float = Field(default=0.7, ge=0, le=1)
    level_mix: dict[LevelEnum, float] | None = None
    points_per_pupil: float = Field(default=0.04, gt=0, le=1)
    school_levels: list[LevelEnum] | None = None

    def generate(self) -> Problem:
        """The synthetic group these parameters describe."""
        from allocator.synth import generate_group

        return generate_group(self.schools, seed=self.seed, levels=self.levels,
                              pool_share=self.pool_share, level_mix=self.level_mix,
                              points_per_pupil=self.points_per_pupil,
                              school_levels=self.school_levels)


class Base(_Strict):
    """The base group of a scenario: a file or a generated group, and optionally a base plan."""

    file: str | None = None
    generate: GeneratedBase | None = None
    plan: str | None = Field(default=None, description="the base plan (plan.xlsx or plan.json) "
                             "variants that re-plan start from, instead of a fresh solve")

    @model_validator(mode="after")
    def _one_source(self) -> Base:
        if (self.file is None) == (self.generate is None):
            raise ScenarioProblem(say("base_source"))
        if self.plan is not None and self.file is None:
            raise ScenarioProblem(say("plan_with_file"))
        return self


SchoolSet = list[str] | Literal["all"]


class Pool(_Strict):
    """Change: the named schools (or all) pool."""

    type: Literal["pool"]
    schools: SchoolSet = "all"


class Unpool(_Strict):
    """Change: the named schools (or all) do not pool."""

    type: Literal["unpool"]
    schools: SchoolSet = "all"


class Profile(_Strict):
    """Who a funding change hires when its hours do not fit the posts there are."""

    role: str = Field(min_length=1, max_length=100)
    T: int = Field(ge=0, le=4)
    P: int = Field(ge=0, le=4)
    B: int = Field(ge=0, le=4)
    A: int = Field(ge=0, le=4)
    specialisations: list[str] = Field(default_factory=list)


class ScaleFunding(_Strict):
    """Scale one funding source: for everyone, a school's staff, or one person.

    From version 2 a raise fills the holders' posts up to a full post and then hires people
    with ``profile`` (allocator/scenarios/funding.py); a cut lowers each holder's hours by the
    factor. In version 1 files ``cap_at_post`` is false: each person's hours are multiplied,
    without a cap (what those files always meant).
    """

    type: Literal["scale_funding"]
    source: FundingEnum
    factor: float = Field(ge=0, le=100)
    school: str | None = None
    person: str | None = None
    profile: Profile | None = None
    cap_at_post: bool = True


class BptHours(_Strict):
    """Add (or with a negative number remove) BPT hours of a person or a school's staff."""

    type: Literal["bpt_hours"]
    change: float = Field(ge=-1000, le=1000)
    person: str | None = None
    school: str | None = None


class PersonLeaves(_Strict):
    """Change: a person leaves the group."""

    type: Literal["person_leaves"]
    person: str


class PersonHours(_Strict):
    """Change: a person's hours from one funding source."""

    type: Literal["person_hours"]
    person: str
    source: FundingEnum
    hours: float = Field(ge=0, le=100)


class Recruit(_Strict):
    """A new person: the fields of a People row (id, name, site, T, P, B, A, ict, ...)."""

    type: Literal["recruit"]
    person: dict


class TaskHours(_Strict):
    """Change: a task's hours, scaled by ``factor`` or set as ``base_hours``."""

    type: Literal["task_hours"]
    task: str
    factor: float | None = Field(default=None, ge=0, le=100)
    base_hours: float | None = Field(default=None, ge=0, le=1000)


class TaskCore(_Strict):
    """Change: whether a task is core work."""

    type: Literal["task_core"]
    task: str
    core: bool


class TaskDrop(_Strict):
    """Change: the task leaves the catalogue.

    None of its work is planned (nor its pins and preferences).
    """

    type: Literal["task_drop"]
    task: str


class OutsourcingBudget(_Strict):
    """Change: the operating budget in euros of one school (or of every school)."""

    type: Literal["outsourcing_budget"]
    eur: float = Field(ge=0)
    school: str | None = None


class PoolChoice(_Strict):
    """v2: the plan decides whether these schools pool (``pools: kies``)."""

    type: Literal["choose_pooling"]
    schools: SchoolSet = "all"


class PoolHours(_Strict):
    """v2: the ICT hours a pooling school hands to the central pot (``pool_hours``).

    With ``share`` instead of ``hours``, that share of each school's ICT envelope.
    """

    type: Literal["pool_hours"]
    schools: SchoolSet = "all"
    hours: float | None = Field(default=None, ge=0, le=10_000)
    share: float | None = Field(default=None, ge=0, le=1)
    central_ict_hours: float | None = Field(default=None, ge=0, le=100_000)


class TravelHours(_Strict):
    """v2: hours a central person spends to serve the school on site (``travel_hours``).

    ``hours: null`` means no on-site service by central staff.
    """

    type: Literal["travel_hours"]
    schools: SchoolSet = "all"
    hours: float | None = Field(ge=0, le=100)


class MaxSchools(_Strict):
    """v2: the most distinct schools a person (or every central person) works at."""

    type: Literal["max_schools"]
    limit: int | None = Field(ge=0)
    person: str | None = None  # None: every central person


Change = Annotated[Pool | Unpool | ScaleFunding | BptHours | PersonLeaves | PersonHours | Recruit
                   | TaskHours | TaskCore | TaskDrop | OutsourcingBudget | PoolChoice
                   | PoolHours | TravelHours | MaxSchools, Field(discriminator="type")]


class Variant(_Strict):
    """A named variant: changes to the base group, and whether it re-plans from the base plan."""

    name: str = Field(min_length=1, max_length=100)
    changes: list[Change] = Field(default_factory=list)
    replan: bool | None = Field(
        default=None, description="keep as much of the base plan as possible; by default on "
                                  "for a variant in which someone leaves")

    @property
    def keeps_base_plan(self) -> bool:
        """True when the variant re-plans from the base plan (by default: when someone leaves)."""
        if self.replan is not None:
            return self.replan
        return any(change.type == "person_leaves" for change in self.changes)


class Outsourcing(_Strict):
    """What outsourced work costs; the founding report gives no rate, so the file must."""

    eur_per_hour: float = Field(gt=0, description="a provider's rate per hour of work")
    weeks_per_year: float = Field(gt=0, le=52, description="weeks a year the work runs")


SCENARIO_VERSION = 2  # the version new files should state


class ScenarioFile(_Strict):
    """A scenario file: a base group, variants, solve settings and outsourcing rates."""

    # 1 (the default, files written before versions existed): scale_funding multiplies hours
    # without a cap; 2: a raise fills posts up to 36 h/week, then hires (funding.py)
    version: Literal[1, 2] = 1
    base: Base
    variants: list[Variant] = Field(min_length=1)
    time_limit: float = Field(default=60, gt=0)
    workers: int = Field(default=1, ge=0, le=64, description="CP-SAT workers per solve")
    outsourcing: Outsourcing | None = None
    baseline: str | None = Field(default=None, description="the variant others are compared "
                                                           "with (default: the first)")
    point_budget: float | None = Field(default=None, gt=0,
                                       description="wall-clock seconds per variant")
    memory_mb: float | None = Field(default=None, gt=0, description="memory per variant")

    @model_validator(mode="before")
    @classmethod
    def _version_one_meaning(cls, data: Any) -> Any:
        """Version 1 files keep their meaning: their funding changes multiply, uncapped."""
        if not isinstance(data, dict) or data.get("version", 1) != 1:
            return data
        variants = []
        for variant in data.get("variants") or []:
            if isinstance(variant, dict) and isinstance(variant.get("changes"), list):
                variant = {**variant, "changes": [
                    {"cap_at_post": False, **change} if isinstance(change, dict)
                    and change.get("type") == "scale_funding" else change
                    for change in variant["changes"]]}
            variants.append(variant)
        return {**data, "variants": variants} if "variants" in data else data

    @model_validator(mode="after")
    def _rates_for_budgets(self) -> ScenarioFile:
        if self.outsourcing is None and any(change.type == "outsourcing_budget"
                                            for variant in self.variants
                                            for change in variant.changes):
            raise ScenarioProblem(say("outsourcing_rates"))
        return self

    @model_validator(mode="after")
    def _known_baseline(self) -> ScenarioFile:
        if self.baseline is not None and self.baseline not in [v.name for v in self.variants]:
            raise ScenarioProblem(say("baseline", name=repr(self.baseline)))
        return self

    @model_validator(mode="after")
    def _unique_names(self) -> ScenarioFile:
        names = [variant.name for variant in self.variants]
        duplicates = sorted({name for name in names if names.count(name) > 1})
        if duplicates:
            raise ScenarioProblem(say("unique_names", names=", ".join(duplicates)))
        return self


def load_scenario_file(path: Path) -> ScenarioFile:
    """Read and validate a scenario file (YAML).

    Raises
    ------
    ScenarioError
        When the file cannot be read or is not a valid scenario: every problem located (the
        file, the key path, the value found, what was expected).
    """
    data = read_yaml_mapping(path, ("base", "variants"))
    try:
        return ScenarioFile.model_validate(data)
    except ValidationError as error:
        raise ScenarioError(*validation_lines(error, data, Place(path.name),
                                              ScenarioFile)) from error


def read_yaml_mapping(path: Path, keys: tuple[str, ...]) -> dict:
    """A YAML file holding a mapping (of ``keys``, among others), or :class:`ScenarioError`."""
    try:
        data = load_yaml_file(path)  # no aliases, bounded nesting and size (issue 18)
    except (OSError, UnicodeDecodeError, ValueError) as error:
        raise ScenarioError.at(Place(path.name),
                               say("readable", error=English(str(error)))) from error
    if not isinstance(data, dict):
        raise ScenarioError.at(Place(path.name), say("mapping_file", keys=", ".join(
            f"'{key}'" for key in keys)))
    return data
