"""What the guideline's steps 4 and 5 decide (the report's chapter 3), as data and effects.

Step 4 ("De ICT-middelen ... volstaan doorgaans niet"): hours needed — all the catalogue's work
at the schools — against the hours available, per funding source and per school, and what is
short.

Step 5 ("Takenoverzicht op maat"): the user marks tasks, for the whole group or per school:

``nvt``    not applicable: the task is dropped at that school (no instance, no gap);
``nu``     now: the task is in the focus stage, before core coverage;
``later``  dropped this year: no instance, but the plan lists it as deferred;
``nabij``  proximity: no central staff on it, except on site with travel (the task's
           placement becomes ``local`` for the whole group, and it is not bundled; the travel
           rule of allocation-rules.md, v2 Proximity, then applies). A school-specific
           ``nabij`` is refused: placement is a property of the task.

Effects are applied to the problem itself (:func:`apply_marks`), so the compiler, the checker
and the reference MIP see the same instances; the plan records the marks (``guide``) so that
``allocator check``, ``explain`` and ``recruit`` re-apply them to the input.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from allocator.i18n import Lang, hours, text
from models import CENTRAL, FUNDING_SOURCES, Placement, Problem, Scope

MARKS = ("nvt", "nu", "later", "nabij")
_MARK_WORDS = {
    "nvt": "nvt", "n.v.t.": "nvt", "niet van toepassing": "nvt", "n/a": "nvt", "na": "nvt",
    "not applicable": "nvt",
    "nu": "nu", "now": "nu", "eerst": "nu", "first": "nu",
    "later": "later", "volgend jaar": "later", "next year": "later", "deferred": "later",
    "uitstellen": "later", "defer": "later",
    "nabij": "nabij", "near": "nabij", "proximity": "nabij", "dichtbij": "nabij",
    "op school": "nabij", "on site": "nabij", "lokaal": "nabij", "local": "nabij",
}


class MarkError(ValueError):
    """A step-5 mark that cannot be used; ``words`` and ``values`` say why, in either language."""

    def __init__(self, words: str, **values: object) -> None:
        self.words, self.values = words, values
        super().__init__(self.text("en"))

    def text(self, lang: Lang = "nl") -> str:
        """The error in ``lang``."""
        return text(f"guide.mark.{self.words}", lang, **self.values)


def mark_of(value: object) -> str | None:
    """The mark a cell or YAML value means (Dutch or English), or None."""
    return _MARK_WORDS.get(" ".join(str(value).strip().lower().split()))


@dataclass(frozen=True)
class Mark:
    """One step-5 mark: a task at a school (None: everywhere) is nvt, nu, later or nabij."""

    task: str
    school: str | None  # None: every school (and a group task)
    kind: str  # nvt | nu | later | nabij

    def to_dict(self) -> dict:
        """The mark as the plan records it."""
        return {"task": self.task, "school": self.school, "mark": self.kind}


def marks_from_mapping(data: object, source: str) -> list[Mark]:
    """``{task: mark}`` or ``{task: {school: mark}}`` (YAML); errors name the task."""
    if not isinstance(data, dict):
        raise MarkError("not_a_mapping", file=source)
    marks = []
    for task_id, value in data.items():
        if isinstance(value, dict):
            for school_id, word in value.items():
                marks.append(_mark(str(task_id), str(school_id), word, source))
        else:
            marks.append(_mark(str(task_id), None, value, source))
    return marks


def _mark(task_id: str, school_id: str | None, word: object, source: str) -> Mark:
    kind = mark_of(word)
    if kind is None:
        raise MarkError("bad_mark", file=source, task=task_id, value=word,
                        known=", ".join(MARKS))
    return Mark(task_id, school_id, kind)


@dataclass
class Guided:
    """The problem as the guide shapes it, the extra focus, and what the plan records."""

    problem: Problem
    focus: set[str | tuple[str, str]] = field(default_factory=set)
    deferred: list[dict] = field(default_factory=list)
    marks: list[Mark] = field(default_factory=list)

    def record(self) -> dict:
        """What the plan records of the guide: the marks and the work they deferred."""
        return {"marks": [m.to_dict() for m in self.marks], "deferred": self.deferred}


def apply_marks(problem: Problem, marks: list[Mark]) -> Guided:
    """The problem with nvt/later instances dropped and nabij tasks local; ``nu`` as focus."""
    tasks = problem.task_by_id()
    schools = problem.school_by_id()
    dropped_everywhere: set[str] = set()
    dropped_at: dict[str, set[str]] = defaultdict(set)
    near: set[str] = set()
    focus: set[str | tuple[str, str]] = set()
    deferred = []
    for mark in marks:
        task = tasks.get(mark.task)
        if task is None:
            raise MarkError("unknown_task", task=mark.task)
        if mark.school is not None and mark.school not in schools:
            raise MarkError("unknown_school", task=mark.task, school=mark.school)
        if mark.school is not None and task.scope is Scope.group:
            raise MarkError("group_task_school", task=mark.task, school=mark.school)
        if mark.kind == "nabij":
            if mark.school is not None:
                raise MarkError("near_per_school", task=mark.task, school=mark.school)
            near.add(task.id)
        elif mark.kind == "nu":
            focus.add(task.id if mark.school is None else (task.id, mark.school))
        else:  # nvt, later
            where = [mark.school] if mark.school is not None else (
                [None] if task.scope is Scope.group
                else [s.id for s in problem.schools if task.applies_to(s)])
            if mark.school is None:
                dropped_everywhere.add(task.id)
            else:
                dropped_at[mark.school].add(task.id)
            if mark.kind == "later":
                for school_id in where:
                    school = schools.get(school_id) if school_id else None
                    deferred.append({"task": task.id, "school": school_id,
                                     "hours": task.hours_at(school), "core": task.core,
                                     "priority": task.priority, "name_nl": task.name_nl,
                                     "name_en": task.name_en})
    pinned = {pin.task for pin in problem.pins}
    for task_id in sorted(dropped_everywhere & pinned):
        raise MarkError("pinned", task=task_id)
    for pin in problem.pins:
        if pin.school is not None and pin.task in dropped_at.get(pin.school, set()):
            raise MarkError("pinned", task=pin.task)
    new_tasks = []
    for task in problem.tasks:
        if task.id in dropped_everywhere:
            continue
        if task.id in near and task.scope is Scope.school:
            task = task.model_copy(update={"placement": Placement.local, "bundle_factor": None})
        new_tasks.append(task)
    new_schools = [school.model_copy(update={"dropped_tasks": sorted(
        set(school.dropped_tasks) | dropped_at[school.id])}) if dropped_at.get(school.id)
        else school for school in problem.schools]
    preferences = [p for p in problem.preferences if p.task not in dropped_everywhere]
    shaped = problem.model_copy(update={"tasks": new_tasks, "schools": new_schools,
                                        "preferences": preferences})
    return Guided(shaped, focus, deferred, list(marks))


def marks_from_record(record: dict | None) -> list[Mark]:
    """The marks a plan recorded (``plan.guide``), to re-apply them to its input."""
    if not record:
        return []
    return [Mark(str(m["task"]), m.get("school"), str(m["mark"]))
            for m in record.get("marks", [])]


# ---- step 4: hours needed against hours available -------------------------------------

@dataclass(frozen=True)
class ResourceRow:
    """Hours needed against hours available at one site (a school, or central)."""

    site: str  # a school id or "central"
    needed: float  # hours a week of the catalogue's work there
    available: dict[str, float]  # per funding source, of the people working there

    @property
    def total(self) -> float:
        """Hours available from every source."""
        return sum(self.available.values())

    @property
    def short(self) -> float:
        """Hours needed beyond those available (0 when there are enough)."""
        return max(0.0, self.needed - self.total)


def resources(problem: Problem) -> list[ResourceRow]:
    """Hours needed against hours available, per school and for the group.

    Per school: its own school-scope work against its own staff's hours; then the group's work
    (group tasks) against the central staff's hours. Every hour is counted once.
    """
    rows = []
    for school in problem.schools:
        needed = sum(task.hours_at(school) for task in problem.tasks if task.applies_to(school))
        staff = [p for p in problem.people if p.site == school.id]
        rows.append(ResourceRow(school.id, needed, {
            source.value: sum(p.hours(source) for p in staff) for source in FUNDING_SOURCES}))
    group = sum(task.hours_at(None) for task in problem.tasks if task.scope is Scope.group)
    central = [p for p in problem.people if p.site == CENTRAL]
    rows.append(ResourceRow(CENTRAL, group, {
        source.value: sum(p.hours(source) for p in central) for source in FUNDING_SOURCES}))
    return rows


def resources_text(problem: Problem, lang: Lang = "nl") -> list[str]:
    """Step 4 in lines: per school and for the group, and what is short in total."""
    rows = resources(problem)
    schools = problem.school_by_id()
    lines = [text("guide.step4.head", lang)]
    for row in rows:
        where = schools[row.site].name if row.site in schools else text("guide.step4.group",
                                                                          lang)
        sources = ", ".join(f"{text(f'funding.{name}', lang)} {hours(value, lang)}"
                            for name, value in row.available.items() if value)
        lines.append(text("guide.step4.row", lang, where=where,
                          needed=hours(row.needed, lang), available=hours(row.total, lang),
                          sources=sources or text("guide.step4.none", lang))
                     + (text("guide.step4.short", lang, short=hours(row.short, lang))
                        if row.short else text("guide.step4.enough", lang)))
    needed = sum(row.needed for row in rows)
    available: dict[str, float] = defaultdict(float)
    for row in rows:
        for name, value in row.available.items():
            available[name] += value
    total = sum(available.values())
    lines.append(text("guide.step4.total", lang, needed=hours(needed, lang),
                      available=hours(total, lang),
                      sources=", ".join(f"{text(f'funding.{name}', lang)} {hours(value, lang)}"
                                        for name, value in available.items()),
                      short=hours(max(0.0, needed - total), lang)))
    if needed > total:
        lines.append(text("guide.step4.advice", lang))
    return lines
