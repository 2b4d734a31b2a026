"""Why fixed assignments (pins, sheet Vast/Fixed) cannot hold: the real cause, located.

Two kinds of failure reach a user. A single pin the rules forbid outright (the compiler's
:class:`~allocator.compile.PinError`): the person may not do the task there, has no hours
that may pay for it, or the hours do not fit the task. And a set of pins that each pass but
cannot hold together (``plan.conflict``, a minimal conflicting set from the solver): here the
cause is worked out from the input: the hours a task needs against the hours the pins give
and who else may work there, a person's hours against what the pins ask of them, the split
and task limits. Each pin is named by its Excel row on the Vast sheet; a pin a program made
(the person a what-if asks about) is named as that question, never by a number the user
never wrote.
"""

from __future__ import annotations

from collections import Counter, defaultdict

from allocator.check.checker import why_not
from allocator.check.render import _values as check_values
from allocator.compile import AllocationProgram, PinError, PruneReason, compile_problem
from allocator.i18n import Lang, hours, text
from models import Pin, Problem, Scope


def _place(school: str | None, lang: Lang) -> str:
    return school if school else text("word.group", lang)


def pin_name(problem: Problem, index: int, lang: Lang, what_if: int | None = None) -> str:
    """'blad Vast, rij 5: P10 → TECH-01 @ S01 (2 u)'; the what-if's pin in its own words."""
    pin = problem.pins[index]
    what = _named_pin(problem, pin, lang)
    if pin.hours is not None:
        what += f" ({hours(pin.hours, lang)} {text('word.hours_short', lang)})"
    if index == what_if:
        return text("pins.what_if", lang, what=what)
    if pin.row is not None:
        return text("pins.at_row", lang, row=pin.row, what=what)
    return text("pins.numbered", lang, number=index + 1, what=what)


def _named_pin(problem: Problem, pin: Pin, lang: Lang) -> str:
    """Name a pin: 'Anna Peeters (P10) → «Eerste hulp» (TECH-01) @ De Linde'.

    The ids stand beside the names (the Vast sheet holds ids); an id the input lacks stays as
    it is.
    """
    person = problem.person_by_id().get(pin.person)
    task = problem.task_by_id().get(pin.task)
    school = problem.school_by_id().get(pin.school) if pin.school else None
    who = f"{person.name} ({pin.person})" if person else pin.person
    what = f"«{task.name(lang)}» ({pin.task})" if task else pin.task
    where = school.name if school else _place(pin.school, lang)
    return f"{who} → {what} @ {where}"


def pin_error_text(problem: Problem, error: PinError, lang: Lang = "nl",
                   what_if: int | None = None) -> str:
    """One pin the rules forbid: which pin, and the rule in words."""
    pin = problem.pins[error.pin_index]
    reason = _forbidden_reason(problem, pin, error, lang)
    return text("pins.forbidden", lang, pin=pin_name(problem, error.pin_index, lang, what_if),
                reason=reason)


def _forbidden_reason(problem: Problem, pin: Pin, error: PinError, lang: Lang) -> str:
    tasks = problem.task_by_id()
    task = tasks.get(pin.task)
    values = {"task": pin.task, "person": pin.person, "place": _place(pin.school, lang),
              "funding": text(f"funding.{pin.funding.value}", lang) if pin.funding else "",
              "needs": hours(float(error.values.get("needs", 0)), lang),
              "hours": hours(pin.hours or 0, lang)}
    if error.reason == "excluded" and task is not None:
        bundled = pin.school is None and task.scope is Scope.school
        refusal = why_not(problem, pin.person, task, pin.school, bundled)
        if refusal is not None:
            key, refusal_values = refusal
            return text(f"check.{key}", lang, **check_values(refusal_values, lang))
        return text(f"prune.{error.values.get('rule', 'site')}", lang)
    if error.reason in ("not_bundleable", "no_instance", "funding", "too_many_hours",
                        "one_person"):
        return text(f"pins.reason.{error.reason}", lang, **values)
    return str(error)


def pin_conflict_text(problem: Problem, conflict: list[int], lang: Lang = "nl",
                      what_if: int | None = None) -> str:
    """A minimal set of pins that cannot hold together: the pins, then why, then what to do."""
    lines = [text("pins.conflict_head" if len(conflict) > 1 else "pins.conflict_head_one", lang)]
    lines += [f"  - {pin_name(problem, k, lang, what_if)}" for k in conflict]
    causes = conflict_causes(problem, conflict, lang)
    if causes:
        lines.append(text("pins.why", lang))
        lines += [f"  - {cause}" for cause in causes]
    else:
        lines.append(text("pins.why_unknown", lang))
    lines.append(text("pins.advice", lang))
    return "\n".join(lines)


def conflict_causes(problem: Problem, conflict: list[int], lang: Lang = "nl") -> list[str]:
    """The causes found in the input, most specific first; empty when none is found."""
    try:
        program = compile_problem(problem)
    except PinError:
        return []
    causes: list[str] = []
    by_instance: dict[int, list[int]] = defaultdict(list)
    for k in conflict:
        by_instance[int(program.arc_instance[program.pins[k].arc])].append(k)
    for instance, members in by_instance.items():
        causes += _instance_causes(problem, program, instance, members, lang)
    causes += _person_causes(problem, program, conflict, lang)
    return causes


def _instance_causes(problem: Problem, program: AllocationProgram, instance: int,
                     members: list[int], lang: Lang) -> list[str]:
    needs = program.instance_units[instance] / 2
    max_people = int(program.instance_max_people[instance])
    label = f"{program.instance_task[instance]} @ {_place(program.instance_school[instance], lang)}"
    pinned_people = {problem.pins[k].person for k in members}
    if len(pinned_people) > max_people:
        return [text("pins.cause.split_limit", lang, instance=label, count=len(pinned_people),
                     limit=max_people)]
    given = [problem.pins[k].hours for k in members]
    if any(value is None for value in given):
        return []  # a pin without hours takes what is needed: nothing missing here
    fixed = float(sum(value for value in given if value is not None))
    if fixed >= needs:
        return []
    rest = needs - fixed
    arcs = [int(a) for a in range(program.n_arcs) if int(program.arc_instance[a]) == instance]
    others = sorted({program.person_ids[int(program.arc_person[a])] for a in arcs}
                    - pinned_people)
    values = {"instance": label, "needs": hours(needs, lang), "fixed": hours(fixed, lang),
              "rest": hours(rest, lang)}
    if len(pinned_people) >= max_people:
        return [text("pins.cause.no_room", lang, limit=max_people, **values)]
    if not others:
        return [text("pins.cause.nobody_else", lang, why=_why_nobody(program, instance,
                                                                       pinned_people, lang),
                     **values)]
    return []


def _why_nobody(program: AllocationProgram, instance: int, pinned: set[str], lang: Lang) -> str:
    """The rules that keep everyone else off an instance, most common first."""
    if program.pair_reason is None:
        return ""
    reasons = Counter(PruneReason(int(program.pair_reason[p, instance])).name
                      for p, person in enumerate(program.person_ids) if person not in pinned)
    reasons.pop("kept", None)
    return "; ".join(text("pins.people_count", lang, count=count,
                          reason=text(f"prune.{name}", lang))
                     for name, count in reasons.most_common(3))


def _person_causes(problem: Problem, program: AllocationProgram, conflict: list[int],
                   lang: Lang) -> list[str]:
    people = problem.person_by_id()
    demand: dict[str, float] = defaultdict(float)
    instances: dict[str, set[int]] = defaultdict(set)
    sources: dict[str, set[int]] = defaultdict(set)
    for k in conflict:
        pin, pinned = problem.pins[k], program.pins[k]
        instance = int(program.arc_instance[pinned.arc])
        asked = pin.hours if pin.hours is not None else (
            program.instance_units[instance] / 2 if program.instance_max_people[instance] == 1
            else 0.5)
        demand[pin.person] += float(asked)
        instances[pin.person].add(instance)
        allowed = [pinned.source] if pinned.source is not None else [
            s for s in range(len(program.source_names)) if program.arc_sources[pinned.arc, s]]
        sources[pin.person].update(int(s) for s in allowed)
    causes = []
    for person_id, asked in demand.items():
        person = people[person_id]
        available = sum(getattr(person, program.source_names[s]) for s in sources[person_id])
        if asked > available + 1e-9:
            causes.append(text("pins.cause.person_hours", lang, person=person_id,
                               available=hours(available, lang), asked=hours(asked, lang)))
        limit = person.max_tasks
        if limit is not None and len(instances[person_id]) > limit:
            causes.append(text("pins.cause.max_tasks", lang, person=person_id,
                               count=len(instances[person_id]), limit=limit))
    return causes
