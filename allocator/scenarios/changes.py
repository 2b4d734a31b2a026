"""Apply a variant's changes to a problem; each change is a pure function of the problem."""

from __future__ import annotations

from collections.abc import Callable
from functools import singledispatch
from typing import Any

from pydantic import ValidationError

from allocator.scenarios.errors import English, Place, say, validation_lines
from allocator.scenarios.funding import half_hours as _half
from allocator.scenarios.funding import scale_source
from allocator.scenarios.spec import (
    BptHours,
    MaxSchools,
    OutsourcingBudget,
    PersonHours,
    PersonLeaves,
    Pool,
    PoolChoice,
    PoolHours,
    Recruit,
    ScaleFunding,
    ScenarioError,
    SchoolSet,
    TaskCore,
    TaskDrop,
    TaskHours,
    TravelHours,
    Unpool,
    Variant,
)
from models import Person, Problem, School, Task, round_up_to_half
from models.roles import to_role


def _schools(problem: Problem, chosen: SchoolSet, where: Place,
             key: str = "schools") -> set[str]:
    ids = {school.id for school in problem.schools}
    if chosen == "all":
        return ids
    unknown = sorted(set(chosen) - ids)
    if unknown:
        raise ScenarioError.at(where.child(key), say("schools", ids=", ".join(unknown)))
    return set(chosen)


def _person(problem: Problem, person_id: str, where: Place) -> Person:
    for person in problem.people:
        if person.id == person_id:
            return person
    raise ScenarioError.at(where.child("person"), say("person"), person_id)


def _task(problem: Problem, task_id: str, where: Place) -> None:
    if task_id not in problem.task_by_id():
        raise ScenarioError.at(where.child("task"), say("task"), task_id)


def _replace_people(problem: Problem, update: Callable[[Person], Person]) -> Problem:
    return problem.model_copy(update={"people": [update(p) for p in problem.people]})


@singledispatch
def apply_change(change: object, problem: Problem, where: Place) -> Problem:
    """The problem with ``change`` applied; ``where`` locates the change in error messages.

    Raises
    ------
    ScenarioError
        For a change type without an implementation, or one that does not fit the problem.
    """
    raise ScenarioError.at(where, say("change_kind"), getattr(change, "type", str(change)))


@apply_change.register
def _(change: Pool, problem: Problem, where: Place) -> Problem:
    chosen = _schools(problem, change.schools, where)
    return problem.model_copy(update={"schools": [
        s.model_copy(update={"pools": True}) if s.id in chosen else s for s in problem.schools]})


@apply_change.register
def _(change: Unpool, problem: Problem, where: Place) -> Problem:
    chosen = _schools(problem, change.schools, where)
    return problem.model_copy(update={"schools": [
        s.model_copy(update={"pools": False}) if s.id in chosen else s for s in problem.schools]})


@apply_change.register
def _(change: ScaleFunding, problem: Problem, where: Place) -> Problem:
    if change.person:
        _person(problem, change.person, where)
    if change.school:
        _schools(problem, [change.school], where, "school")
    source = change.source.value
    chosen = {p.id for p in problem.people
              if (not change.person or p.id == change.person)
              and (not change.school or p.site == change.school)}
    if change.source.value == "ict" and not change.person:
        problem = _scale_envelopes(problem, change.factor, change.school)
    if not change.cap_at_post:  # version 1 files keep their meaning: multiplied, no cap
        return _replace_people(problem, lambda p: p.model_copy(
            update={source: _half(getattr(p, source) * change.factor)}) if p.id in chosen else p)
    if change.profile is not None:
        _check_role(change.profile.role, where.child("profile").child("role"))
    return scale_source(problem, chosen, source, change.factor,
                        change.profile.model_dump() if change.profile else None)


def _scale_envelopes(problem: Problem, factor: float, school_id: str | None) -> Problem:
    """ICT money for a school (or the group) scales its envelope and pool hours by one factor.

    For the whole group the central ICT hours scale too: otherwise the envelope and pool caps
    (allocation-rules.md v2) would leave a raise unusable. Envelopes round up, pool hours down,
    so a school never hands over more than its envelope.
    """

    def scaled(school: School) -> School:
        if school_id is not None and school.id != school_id:
            return school
        update = {}
        if school.ict_envelope_hours is not None:
            update["ict_envelope_hours"] = round_up_to_half(school.ict_envelope_hours * factor)
        if school.pool_hours is not None:
            hours = int(school.pool_hours * factor * 2 + 1e-9) / 2
            update["pool_hours"] = min(hours, update.get("ict_envelope_hours", hours))
        return school.model_copy(update=update)

    update: dict = {"schools": [scaled(school) for school in problem.schools]}
    if school_id is None and problem.central_ict_hours is not None:
        update["central_ict_hours"] = round_up_to_half(problem.central_ict_hours * factor)
    return problem.model_copy(update=update)


@apply_change.register
def _(change: BptHours, problem: Problem, where: Place) -> Problem:
    if change.person:
        target = _person(problem, change.person, where)
    elif change.school:
        _schools(problem, [change.school], where, "school")
        staff = [p for p in problem.people if p.site == change.school]
        if not staff:
            raise ScenarioError.at(where.child("school"), say("staffed_school"), change.school)
        target = max(staff, key=lambda p: (p.bpt, p.P))
    else:
        raise ScenarioError.at(where, say("person_or_school"))
    if target.is_central:
        raise ScenarioError.at(where.child("person"), say("school_person"), target.id)
    return _replace_people(problem, lambda p: p.model_copy(
        update={"bpt": _half(p.bpt + change.change)}) if p.id == target.id else p)


@apply_change.register
def _(change: PersonLeaves, problem: Problem, where: Place) -> Problem:
    _person(problem, change.person, where)
    return problem.model_copy(update={
        "people": [p for p in problem.people if p.id != change.person],
        "preferences": [p for p in problem.preferences if p.person != change.person],
        "pins": [p for p in problem.pins if p.person != change.person]})


@apply_change.register
def _(change: PersonHours, problem: Problem, where: Place) -> Problem:
    _person(problem, change.person, where)
    return _replace_people(problem, lambda p: p.model_copy(
        update={change.source.value: _half(change.hours)}) if p.id == change.person else p)


def _check_role(role: str, where: Place) -> None:
    try:
        to_role(role)
    except ValueError as error:
        raise ScenarioError.at(where, say("valid", inner=English(str(error))), role) from error


@apply_change.register
def _(change: Recruit, problem: Problem, where: Place) -> Problem:
    fields = dict(change.person)
    missing = [c for c in "TPBA" if c not in fields]
    person = where.child("person")
    if missing:  # a recruit without levels can take no task: say so, never add nobody
        raise ScenarioError.at(person, say("recruit_levels", missing=", ".join(missing)))
    if not any(float(fields.get(source, 0) or 0) > 0 for source in ("ict", "bpt", "other")):
        raise ScenarioError.at(person, say("recruit_hours"))
    try:
        newcomer = Person.model_validate(fields)
    except ValidationError as error:
        raise ScenarioError(*validation_lines(error, fields, person, Person)) from error
    if any(p.id == newcomer.id for p in problem.people):
        raise ScenarioError.at(person.child("id"), say("new_id", id=newcomer.id), newcomer.id)
    return problem.model_copy(update={"people": [*problem.people, newcomer]})


@apply_change.register
def _(change: TaskHours, problem: Problem, where: Place) -> Problem:
    _task(problem, change.task, where)

    def changed(task: Task) -> Task:
        if task.id != change.task:
            return task
        update = {}
        if change.base_hours is not None:
            update["base_hours"] = round_up_to_half(change.base_hours)
        if change.factor is not None:
            update["base_hours"] = round_up_to_half(update.get("base_hours", task.base_hours)
                                                    * change.factor)
            update["hours_per_100_pupils"] = task.hours_per_100_pupils * change.factor
        return task.model_copy(update=update)

    return problem.model_copy(update={"tasks": [changed(t) for t in problem.tasks]})


@apply_change.register
def _(change: TaskCore, problem: Problem, where: Place) -> Problem:
    _task(problem, change.task, where)
    return problem.model_copy(update={"tasks": [
        t.model_copy(update={"core": change.core}) if t.id == change.task else t
        for t in problem.tasks]})


@apply_change.register
def _(change: TaskDrop, problem: Problem, where: Place) -> Problem:
    _task(problem, change.task, where)
    return problem.model_copy(update={
        "tasks": [t for t in problem.tasks if t.id != change.task],
        "preferences": [p for p in problem.preferences if p.task != change.task],
        "pins": [p for p in problem.pins if p.task != change.task]})


@apply_change.register
def _(change: OutsourcingBudget, problem: Problem, where: Place) -> Problem:
    chosen = _schools(problem, [change.school] if change.school else "all", where, "school")
    return problem.model_copy(update={"schools": [
        s.model_copy(update={"operating_budget_eur": change.eur}) if s.id in chosen else s
        for s in problem.schools]})


def _update_schools(problem: Problem, chosen: set[str],
                    update: Callable[[School], dict[str, Any]]) -> Problem:
    return problem.model_copy(update={"schools": [
        s.model_copy(update=update(s)) if s.id in chosen else s for s in problem.schools]})


@apply_change.register
def _(change: PoolChoice, problem: Problem, where: Place) -> Problem:
    return _update_schools(problem, _schools(problem, change.schools, where),
                           lambda s: {"pools": "choose"})


@apply_change.register
def _(change: PoolHours, problem: Problem, where: Place) -> Problem:
    if (change.hours is None) == (change.share is None):
        raise ScenarioError.at(where, say("hours_or_share"))
    chosen = _schools(problem, change.schools, where)

    def pool(school: School) -> dict:
        if change.hours is not None:
            hours = _half(change.hours)
        elif school.ict_envelope_hours is None:
            raise ScenarioError.at(where.child("share"), say("no_envelope", school=school.id))
        else:  # rounded down: a school never hands over more than its envelope
            hours = int(school.ict_envelope_hours * (change.share or 0) * 2) / 2
        return {"pool_hours": hours}

    problem = _update_schools(problem, chosen, pool)
    if change.central_ict_hours is not None:
        problem = problem.model_copy(update={"central_ict_hours": _half(change.central_ict_hours)})
    return problem


@apply_change.register
def _(change: TravelHours, problem: Problem, where: Place) -> Problem:
    hours = None if change.hours is None else _half(change.hours)
    return _update_schools(problem, _schools(problem, change.schools, where),
                           lambda s: {"travel_hours": hours})


@apply_change.register
def _(change: MaxSchools, problem: Problem, where: Place) -> Problem:
    if change.person:
        _person(problem, change.person, where)
    return _replace_people(problem, lambda p: p.model_copy(update={"max_schools": change.limit})
                           if (p.id == change.person if change.person else p.is_central) else p)


def apply_variant(problem: Problem, variant: Variant, source: str = "scenario",
                  path: str | None = None) -> Problem:
    """The problem with every change of ``variant`` applied, its references checked.

    ``source`` (the file) and ``path`` (the variant's key path, by default its name) locate a
    change that does not fit.

    Raises
    ------
    ScenarioError
        When a change fails or the changed problem refers to something that is gone.
    """
    place = Place(source, path if path is not None else f"variants[{variant.name!r}]")
    for k, change in enumerate(variant.changes):
        problem = apply_change(change, problem, place.child("changes").child(k))
    issues = problem.reference_issues()
    if issues:
        raise ScenarioError(*(place.said(say(
            "reference", collection=issue.collection, field=issue.field, value=repr(issue.value),
            inner=English(issue.message))) for issue in issues))
    return Problem.model_validate(problem.model_dump())
