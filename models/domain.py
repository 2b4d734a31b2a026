"""The school-group domain: schools, people, tasks, preferences, pins and the problem.

Every object validates itself on construction (pydantic v2). Cross-references between
objects (a person's site, a preference's task, ...) are checked by
:meth:`Problem.reference_issues`, which returns *all* problems at once so that readers can
attach a sheet, row and column to each.
"""

from __future__ import annotations

import math
from enum import Enum
from typing import Annotated, Any, Literal

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, PrivateAttr, field_validator

from models.roles import Outsource, Role, to_outsource, to_role, to_roles

CENTRAL = "central"
COMPETENCIES: tuple[str, ...] = ("T", "P", "B", "A")


class Level(str, Enum):
    """Level of education of a school (basis, secundair, volwassenen, buitengewoon)."""

    basis = "basis"
    secundair = "secundair"
    volwassenen = "volwassenen"
    buitengewoon = "buitengewoon"


class Cluster(str, Enum):
    """The four clusters of ICT-coordination work."""

    technical = "technical"
    pedagogical = "pedagogical"
    policy = "policy"
    administrative = "administrative"


class Scope(str, Enum):
    """Whether a task is done once per school or once for the whole group."""

    school = "school"
    group = "group"


class Placement(str, Enum):
    """Who may do a school task: the school's own people (local), central staff, or either."""

    local = "local"
    central = "central"
    either = "either"


class Funding(str, Enum):
    """The sources that pay for hours: ICT hours, BPT hours and other hours."""

    ict = "ict"
    bpt = "bpt"
    other = "other"


FUNDING_SOURCES: tuple[Funding, ...] = (Funding.ict, Funding.bpt, Funding.other)

# Dutch and English spellings users type; the canonical value is the enum value.
_ALIASES: dict[type[Enum], dict[str, str]] = {
    Level: {
        "primary": "basis", "basisonderwijs": "basis", "secondary": "secundair",
        "secundair onderwijs": "secundair", "adult": "volwassenen",
        "volwassenenonderwijs": "volwassenen", "cvo": "volwassenen", "special": "buitengewoon",
        "buitengewoon onderwijs": "buitengewoon",
    },
    Cluster: {
        "technisch": "technical", "pedagogisch": "pedagogical",
        "pedagogisch-didactisch": "pedagogical", "beleid": "policy",
        "beleidsmatig": "policy", "administratief": "administrative",
    },
    Scope: {"groep": "group", "school group": "group", "scholengroep": "group"},
    Placement: {"lokaal": "local", "centraal": "central", "beide": "either", "school": "local"},
    # the labels every workbook of the tool writes (nl, en: allocator/i18n funding.*) and
    # their spellings; the plan reader takes the same (allocator/read/plan_layout.py)
    Funding: {"ict-uren": "ict", "ict_uren": "ict", "ict uren": "ict", "ict hours": "ict",
              "bpt-uren": "bpt", "bpt_uren": "bpt", "bpt uren": "bpt", "bpt hours": "bpt",
              "andere": "other", "andere_uren": "other", "andere uren": "other",
              "other hours": "other"},
}


# the specialisations the catalogue names (its codes) and the Dutch words a workbook may hold
# (allocator/i18n/cells.py writes them); any other word is kept as typed, lower case
SPECIALISATIONS = ("network", "cybersecurity", "software", "hardware", "helpdesk", "office",
                   "smartschool", "website")
_SPECIALISATION_ALIASES = {"netwerk": "network", "netwerken": "network",
                           "cyberveiligheid": "cybersecurity", "cyber security": "cybersecurity",
                           "cyber-security": "cybersecurity", "cyberbeveiliging": "cybersecurity",
                           "beveiliging": "cybersecurity", "websites": "website"}


def to_specialisation(value: str) -> str:
    """The code of a specialisation typed in Dutch or English (other words as typed)."""
    text = " ".join(value.strip().lower().split())
    return _SPECIALISATION_ALIASES.get(text, text)


def _enum_alias(enum: type[Enum]) -> BeforeValidator:
    def normalise(value: Any) -> Any:
        if isinstance(value, str):
            text = value.strip().lower()
            return _ALIASES.get(enum, {}).get(text, text)
        return value

    return BeforeValidator(normalise)


def _none_if_blank(value: Any) -> Any:
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, float) and math.isnan(value):
        return None
    return value


def _split_list(value: Any) -> Any:
    value = _none_if_blank(value)
    if value is None:
        return []
    if isinstance(value, str):
        return [part.strip() for part in value.replace(";", ",").split(",") if part.strip()]
    return value


def _is_half_multiple(value: float) -> bool:
    if not math.isfinite(value * 2):
        return False
    return abs(value * 2 - round(value * 2)) < 1e-9


def _half_hours(value: float) -> float:
    if not math.isfinite(value) or value < 0:
        raise ValueError("expected a number of hours >= 0")
    if not _is_half_multiple(value):
        raise ValueError("expected a multiple of 0.5 hours")
    return float(value)


HalfHours = Annotated[float, Field(ge=0, le=10_000)]
LevelScore = Annotated[int, Field(ge=0, le=4)]
LevelEnum = Annotated[Level, _enum_alias(Level)]
ClusterEnum = Annotated[Cluster, _enum_alias(Cluster)]
ScopeEnum = Annotated[Scope, _enum_alias(Scope)]
PlacementEnum = Annotated[Placement, _enum_alias(Placement)]
FundingEnum = Annotated[Funding, _enum_alias(Funding)]
OptionalText = Annotated[str | None, BeforeValidator(_none_if_blank)]
TextList = Annotated[list[str], BeforeValidator(_split_list)]


def round_up_to_half(hours: float) -> float:
    """Round ``hours`` up to the next multiple of 0.5 (exact multiples stay put)."""
    return math.ceil(hours * 2 - 1e-9) / 2


class _Record(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, str_strip_whitespace=True)


CHOOSE = "choose"
_CHOOSE_WORDS = {"choose", "kies", "kiezen", "keuze"}


def _pools_value(value: Any) -> Any:
    """``pools`` is a yes/no or ``kies``/``choose`` (the plan decides)."""
    if isinstance(value, str):
        text = value.strip().lower()
        if text in _CHOOSE_WORDS:
            return CHOOSE
        if text in {"ja", "yes", "true", "waar", "1", "x", "j", "y"}:
            return True
        if text in {"nee", "no", "false", "onwaar", "0", "n", ""}:
            return False
    return value


PoolsValue = Annotated[bool | Literal["choose"], BeforeValidator(_pools_value)]
OptionalHalfHours = Annotated[float | None, BeforeValidator(_none_if_blank)]


class School(_Record):
    """A school of the group: level, pupils, whether it pools, and its v2 budgets."""

    id: str = Field(min_length=1, max_length=100)
    name: str = Field(min_length=1, max_length=200)
    level: LevelEnum
    pupils: int = Field(ge=0, le=1_000_000)
    # True / False, or "choose" (kies): the plan decides whether the school pools. Code that
    # runs before a plan exists must not read "choose" as True: use ``always_pools`` /
    # ``may_pool``; after a plan, :meth:`Problem.with_pooling` fixes every decision.
    pools: PoolsValue = False
    region: OptionalText = None
    ict_envelope_hours: Annotated[float | None, BeforeValidator(_none_if_blank)] = Field(
        default=None, ge=0, le=10_000)
    operating_budget_eur: Annotated[float | None, BeforeValidator(_none_if_blank)] = Field(
        default=None, ge=0)
    # v2 (allocation-rules.md, "Pooling has a price" and "Proximity")
    pool_hours: OptionalHalfHours = Field(default=None, ge=0, le=10_000)
    travel_hours: OptionalHalfHours = Field(default=None, ge=0, le=10_000)
    # the guideline's step 5 ('nvt' / 'later' for this school): tasks without an instance
    # here; set by allocator/guide_steps.py, not a workbook column
    dropped_tasks: list[str] = Field(default_factory=list)

    @field_validator("pool_hours", "travel_hours")
    @classmethod
    def _optional_halves(cls, value: float | None) -> float | None:
        return None if value is None else _half_hours(value)

    @property
    def chooses(self) -> bool:
        """The plan decides whether this school pools (``kies`` / ``choose``)."""
        return self.pools == CHOOSE

    @property
    def always_pools(self) -> bool:
        """True when the school pools whatever the plan decides (not 'choose')."""
        return self.pools is True

    @property
    def may_pool(self) -> bool:
        """True when the school pools or the plan may decide that it does ('choose')."""
        return self.pools is True or self.pools == CHOOSE

    @field_validator("id")
    @classmethod
    def _id_is_not_central(cls, value: str) -> str:
        if value.strip().lower() in {"central", "centraal"}:
            raise ValueError("'central' is reserved for the group's central service")
        return value


class Person(_Record):
    """A person who can do ICT-coordination work: site, role, competency levels and hours."""

    id: str = Field(min_length=1, max_length=100)
    name: str = Field(min_length=1, max_length=200)
    site: str = Field(min_length=1, max_length=100)
    role: Annotated[Role | None, BeforeValidator(to_role)] = None
    T: LevelScore = 0
    P: LevelScore = 0
    B: LevelScore = 0
    A: LevelScore = 0
    specialisations: TextList = Field(default_factory=list)
    ict: HalfHours = 0.0
    bpt: HalfHours = 0.0
    other: HalfHours = 0.0
    max_tasks: Annotated[int | None, BeforeValidator(_none_if_blank)] = Field(default=None, ge=0)
    regions: Annotated[list[str] | None, BeforeValidator(
        lambda v: None if _none_if_blank(v) is None else _split_list(v))] = None
    # v2: the most distinct schools the person works at (school-scope instances only)
    max_schools: Annotated[int | None, BeforeValidator(_none_if_blank)] = Field(
        default=None, ge=0)

    @field_validator("site", mode="before")
    @classmethod
    def _canonical_site(cls, value: Any) -> Any:
        if isinstance(value, str) and value.strip().lower() in {"central", "centraal"}:
            return CENTRAL
        return value

    @field_validator("ict", "bpt", "other")
    @classmethod
    def _hours_in_halves(cls, value: float) -> float:
        return _half_hours(value)

    @field_validator("specialisations")
    @classmethod
    def _lower_specialisations(cls, value: list[str]) -> list[str]:
        return [to_specialisation(item) for item in value]  # 'netwerk' matches 'network'

    @property
    def is_central(self) -> bool:
        """True for central staff (site ``central``), who may work at every school."""
        return self.site == CENTRAL

    def hours(self, funding: Funding) -> float:
        """The weekly hours the person has from ``funding``."""
        return float(getattr(self, funding.value))

    def level(self, competency: str) -> int:
        """The person's level (0-4) in ``competency`` (T, P, B or A)."""
        return int(getattr(self, competency))


class Task(_Record):
    """A task of the catalogue: cluster, scope, hours, required roles and levels."""

    id: str = Field(min_length=1, max_length=100)
    cluster: ClusterEnum
    name_nl: str = Field(min_length=1, max_length=300)
    name_en: str = Field(min_length=1, max_length=300)
    core: bool = False
    strategic: bool = False
    priority: int = Field(default=3, ge=1, le=5)
    T: LevelScore = 0
    P: LevelScore = 0
    B: LevelScore = 0
    A: LevelScore = 0
    specialisation: Annotated[str | None, BeforeValidator(
        lambda v: None if _none_if_blank(v) is None or str(v).strip().lower() in {"none", "geen"}
        else to_specialisation(str(v)))] = None
    scope: ScopeEnum = Scope.school
    placement: PlacementEnum = Placement.either
    base_hours: HalfHours = 0.5
    hours_per_100_pupils: float = Field(default=0.0, ge=0, le=1_000)
    max_people: int = Field(default=2, ge=1, le=50)
    outsourceable: Annotated[Outsource, BeforeValidator(to_outsource)] = Outsource.nee
    levels: Annotated[list[LevelEnum], BeforeValidator(_split_list)] = Field(default_factory=list)
    bundle_factor: Annotated[float | None, BeforeValidator(_none_if_blank)] = Field(
        default=None, gt=0, le=1)
    # v2: the roles that may take the task; empty = every role (v1)
    who: Annotated[list[Role], BeforeValidator(to_roles)] = Field(default_factory=list)

    @field_validator("base_hours")
    @classmethod
    def _base_in_halves(cls, value: float) -> float:
        return _half_hours(value)

    def applies_to(self, school: School) -> bool:
        """Whether a school-scope task has an instance at ``school``.

        Its levels (if any) include the school's, and the guideline's step 5 did not drop it
        there.
        """
        return self.scope is Scope.school and (not self.levels or school.level in self.levels) \
            and self.id not in school.dropped_tasks

    def hours_at(self, school: School | None) -> float:
        """Weekly hours of one instance: scaled by pupils for school scope, at least 0.5."""
        if self.scope is Scope.group or school is None:
            return max(0.5, self.base_hours)
        raw = self.base_hours + self.hours_per_100_pupils * school.pupils / 100
        return max(0.5, round_up_to_half(raw))

    def min_level(self, competency: str) -> int:
        """The level (0-4) the task requires in ``competency`` (T, P, B or A)."""
        return int(getattr(self, competency))

    @property
    def is_bundleable(self) -> bool:
        """True for a school task that pooling schools may hand to the centre as one bundle."""
        return self.scope is Scope.school and self.bundle_factor is not None

    def name(self, lang: str) -> str:
        """The task's name in ``lang`` (``nl`` or ``en``)."""
        return self.name_nl if lang == "nl" else self.name_en


PreferenceScore = int | Literal["never"]


def _parse_score(value: Any) -> Any:
    if isinstance(value, str):
        text = value.strip().lower()
        if text in {"never", "nooit"}:
            return "never"
        try:
            number = float(text.replace(",", "."))
        except ValueError:
            return value
        return int(number) if number.is_integer() else value
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value


class Preference(_Record):
    """A person's liking for a task or a whole cluster: -2 to 2, or 'never'."""

    person: str = Field(min_length=1)
    task: str = Field(min_length=1, description="a task id or a cluster name")
    score: Annotated[int | Literal["never"], BeforeValidator(_parse_score)]

    @field_validator("score")
    @classmethod
    def _score_range(cls, value: PreferenceScore) -> PreferenceScore:
        if value != "never" and not -2 <= value <= 2:
            raise ValueError("expected a score from -2 to 2, or never/nooit")
        return value


class Pin(_Record):
    """An assignment the plan must contain (a person on a task; school, hours, funding optional)."""

    person: str = Field(min_length=1)
    task: str = Field(min_length=1)
    school: OptionalText = None
    hours: Annotated[float | None, BeforeValidator(_none_if_blank)] = Field(
        default=None, gt=0, le=10_000)
    funding: Annotated[FundingEnum | None, BeforeValidator(_none_if_blank)] = None
    # the row of the Vast/Fixed sheet the pin was read from (as Excel numbers it), so that
    # messages about it point there; None for pins made by a program (a what-if)
    row: int | None = Field(default=None, ge=1)

    @field_validator("hours")
    @classmethod
    def _pin_hours_in_halves(cls, value: float | None) -> float | None:
        return None if value is None else _half_hours(value)


Collection = Literal["schools", "people", "tasks", "preferences", "pins", "group"]


class ReferenceIssue(BaseModel):
    """A cross-reference problem: which collection, which item (0-based), which field."""

    model_config = ConfigDict(frozen=True)
    collection: Collection
    index: int
    field: str
    value: Any
    message: str


def cluster_from_text(text: str) -> Cluster | None:
    """The cluster a preference names (Dutch or English), or None when it names a task."""
    lowered = text.strip().lower()
    lowered = _ALIASES[Cluster].get(lowered, lowered)
    try:
        return Cluster(lowered)
    except ValueError:
        return None


class Problem(BaseModel):
    """One school group's allocation question: who can do what, with which hours."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    schools: list[School]
    people: list[Person]
    tasks: list[Task]
    preferences: list[Preference] = Field(default_factory=list)
    pins: list[Pin] = Field(default_factory=list)
    # v2, the one-row Groep / Group sheet: the group's own central ICT hours per week
    central_ict_hours: OptionalHalfHours = Field(default=None, ge=0, le=100_000)
    # the shipped catalogue's version when its tasks are used (None: the input's own tasks)
    catalogue_version: int | None = None
    # the *_by_id look-ups, built once per list: explanations call them per sentence (on 100
    # schools, 1.6 s of a 9 s plan JSON went to rebuilding them); keyed by the list itself,
    # so a copy with other schools, people or tasks builds its own
    _index: dict[str, tuple[list, int, dict]] = PrivateAttr(default_factory=dict)

    @field_validator("central_ict_hours")
    @classmethod
    def _central_halves(cls, value: float | None) -> float | None:
        return None if value is None else _half_hours(value)

    @property
    def pool_priced(self) -> bool:
        """Pooling has a price: some school has ``pool_hours`` (allocation-rules.md, v2)."""
        return any(school.pool_hours is not None for school in self.schools)

    @property
    def central_capped(self) -> bool:
        """Central staff's ``ict`` hours have a ceiling (pool budget or central hours)."""
        return self.pool_priced or self.central_ict_hours is not None

    def with_pooling(self, decisions: dict[str, bool] | None) -> Problem:
        """The problem with every ``choose`` school fixed to its decision (default: no)."""
        if not any(school.chooses for school in self.schools):
            return self
        decisions = decisions or {}
        schools = [school.model_copy(update={"pools": bool(decisions.get(school.id, False))})
                   if school.chooses else school for school in self.schools]
        return self.model_copy(update={"schools": schools})

    def _by_id(self, name: str, items: list) -> dict:
        private = self.__pydantic_private__  # the slot itself: `self._index` is 10x slower
        assert private is not None
        index = private["_index"]
        cached = index.get(name)
        if cached is None or cached[0] is not items or cached[1] != len(items):
            cached = index[name] = (items, len(items), {item.id: item for item in items})
        return cached[2]

    # the dicts below are shared between calls: read them, never change them
    def school_by_id(self) -> dict[str, School]:
        """The schools keyed by id."""
        return self._by_id("schools", self.schools)

    def person_by_id(self) -> dict[str, Person]:
        """The people keyed by id."""
        return self._by_id("people", self.people)

    def task_by_id(self) -> dict[str, Task]:
        """The tasks keyed by id."""
        return self._by_id("tasks", self.tasks)

    def reference_issues(self) -> list[ReferenceIssue]:
        """Every broken cross-reference and duplicate id, in input order."""
        issues: list[ReferenceIssue] = []

        def duplicates(collection: Collection, items: list[Any]) -> set[str]:
            seen: set[str] = set()
            ids: set[str] = set()
            for index, item in enumerate(items):
                if item.id in seen:
                    issues.append(ReferenceIssue(
                        collection=collection, index=index, field="id", value=item.id,
                        message="a unique id (this one is used on an earlier row)"))
                seen.add(item.id)
                ids.add(item.id)
            return ids

        school_ids = duplicates("schools", self.schools)
        person_ids = duplicates("people", self.people)
        task_ids = duplicates("tasks", self.tasks)
        schools = self.school_by_id()
        for index, person in enumerate(self.people):
            if person.site != CENTRAL and person.site not in school_ids:
                issues.append(ReferenceIssue(
                    collection="people", index=index, field="site", value=person.site,
                    message="'central' or the id of a school on the Schools sheet"))
            if person.is_central and person.bpt > 0:
                issues.append(ReferenceIssue(
                    collection="people", index=index, field="bpt", value=person.bpt,
                    message="0: central staff have no BPT hours (BPT is school-bound)"))
        for index, preference in enumerate(self.preferences):
            if preference.person not in person_ids:
                issues.append(ReferenceIssue(
                    collection="preferences", index=index, field="person",
                    value=preference.person, message="the id of a person on the People sheet"))
            if preference.task not in task_ids and cluster_from_text(preference.task) is None:
                issues.append(ReferenceIssue(
                    collection="preferences", index=index, field="task", value=preference.task,
                    message="a task id or a cluster (technical, pedagogical, policy, "
                            "administrative)"))
        if self.pool_priced:
            for index, school in enumerate(self.schools):
                if school.may_pool and school.pool_hours is None:
                    issues.append(ReferenceIssue(
                        collection="schools", index=index, field="pool_hours", value=None,
                        message="the ICT hours this school hands to the group's pot: once a "
                                "school has pool_hours, every school that pools or may pool "
                                "(kies) needs it"))
        for index, school in enumerate(self.schools):
            if (school.pool_hours is not None and school.ict_envelope_hours is not None
                    and school.pool_hours > school.ict_envelope_hours):
                issues.append(ReferenceIssue(
                    collection="schools", index=index, field="pool_hours",
                    value=school.pool_hours,
                    message=f"at most the school's ict_envelope_hours "
                            f"({school.ict_envelope_hours:g}): a school cannot hand over more "
                            "ICT hours than it has"))
        tasks = self.task_by_id()
        for index, pin in enumerate(self.pins):
            if pin.person not in person_ids:
                issues.append(ReferenceIssue(
                    collection="pins", index=index, field="person", value=pin.person,
                    message="the id of a person on the People sheet"))
            task = tasks.get(pin.task)
            if task is None:
                issues.append(ReferenceIssue(
                    collection="pins", index=index, field="task", value=pin.task,
                    message="the id of a task in the catalogue"))
                continue
            if pin.school is not None:
                if pin.school not in school_ids:
                    issues.append(ReferenceIssue(
                        collection="pins", index=index, field="school", value=pin.school,
                        message="the id of a school on the Schools sheet, or empty"))
                elif task.scope is Scope.group:
                    issues.append(ReferenceIssue(
                        collection="pins", index=index, field="school", value=pin.school,
                        message=f"empty: task {task.id} is a group task"))
                elif not task.applies_to(schools[pin.school]):
                    issues.append(ReferenceIssue(
                        collection="pins", index=index, field="school", value=pin.school,
                        message=f"a school task {task.id} applies to (levels "
                                f"{', '.join(level.value for level in task.levels)})"))
            elif task.scope is Scope.school and not task.is_bundleable:
                issues.append(ReferenceIssue(
                    collection="pins", index=index, field="school", value=None,
                    message=f"a school id: task {task.id} is done per school"))
        return issues
