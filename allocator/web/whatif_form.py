"""The what-if form's fields as scenario changes, each field checked in the page's words.

The scenario model (allocator/scenarios/spec.py) checks the changes again, but its messages
name JSON paths in English ("changes.0.person_hours.hours: Input should be a valid number");
a form names its own fields: the label the user sees and what it expects.
"""

from __future__ import annotations

import math
from collections.abc import Mapping

from allocator.i18n import Lang, hours, text
from allocator.web.service import RequestError, checked_time_limit
from models import FUNDING_SOURCES, Problem

MAX_HOURS = 100.0  # the scenario model's bound on a person's hours from one source
SOURCES = tuple(source.value for source in FUNDING_SOURCES)


class FormErrors(RequestError):
    """Every field the form got wrong, each in one sentence."""

    def __init__(self, messages: list[str]) -> None:
        super().__init__(" ".join(messages))
        self.messages = messages


def whatif_changes(form: Mapping[str, str], problem: Problem, lang: Lang
                   ) -> tuple[list[dict], float | None]:
    """The changes the form asks for and its time limit (None: the plan's own).

    Empty fields mean: no such change.

    Raises
    ------
    FormErrors
        With a sentence per wrong field (label and what it expects); never pydantic's words.
    """
    errors: list[str] = []
    people = {person.id for person in problem.people}
    schools = {school.id for school in problem.schools}
    tasks = {task.id for task in problem.tasks}

    def chosen(name: str, known: set[str] | tuple[str, ...], label: str) -> str | None:
        value = (form.get(name) or "").strip()
        if not value:
            return None
        if value not in known:
            errors.append(text("web.whatif.error.choose", lang, field=text(label, lang)))
            return None
        return value

    changes: list[dict] = []
    leaves = chosen("leaves", people, "web.col.person")
    if leaves:
        changes.append({"type": "person_leaves", "person": leaves})

    person = chosen("hours_person", people, "web.col.person")
    source = chosen("hours_source", SOURCES, "web.col.funding") or "ict"
    written = (form.get("hours_value") or "").strip()
    if written:
        amount = _hours(written, lang, errors)
        if person is None and not form.get("hours_person"):
            errors.append(text("web.whatif.error.hours_person", lang))
        elif person is not None and amount is not None:
            changes.append({"type": "person_hours", "person": person, "source": source,
                            "hours": amount})
    elif person is not None:
        errors.append(text("web.whatif.error.hours_missing", lang,
                           field=text("web.whatif.new_hours", lang)))

    school = chosen("pool_school", schools, "web.col.school")
    action = form.get("pool_action")
    if school and action in ("pool", "unpool"):
        changes.append({"type": action, "schools": [school]})

    task = chosen("task", tasks, "web.col.task")
    action = form.get("task_action")
    if task and action in ("drop", "core", "not_core"):
        changes.append({"type": "task_drop", "task": task} if action == "drop" else
                       {"type": "task_core", "task": task, "core": action == "core"})

    seconds = None
    if (form.get("time_limit") or "").strip():
        try:
            seconds = checked_time_limit(form["time_limit"], lang)
        except RequestError as error:
            errors.append(str(error))
    if errors:
        raise FormErrors(errors)
    return changes, seconds


def _hours(written: str, lang: Lang, errors: list[str]) -> float | None:
    """Hours as a user types them (2,5 or 2.5), within what the scenario model accepts."""
    label = text("web.whatif.new_hours", lang)
    try:
        amount = float(written.replace(",", "."))
    except ValueError:
        errors.append(text("web.whatif.error.number", lang, field=label, value=written[:40]))
        return None
    if not math.isfinite(amount) or not 0 <= amount <= MAX_HOURS:
        errors.append(text("web.whatif.error.range", lang, field=label,
                           high=hours(MAX_HOURS, lang)))
        return None
    return amount
