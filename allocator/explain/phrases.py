"""Pieces of sentences a school user reads: names instead of ids, levels and counts in words.

Explanations name people, schools and tasks as the workbook names them; no task id, person id,
"T 2≥2" or "@" reaches the text (the explanation property test checks it).
"""

from __future__ import annotations

from allocator.i18n import Lang, hours, text
from models import Problem, Role, Scope

_SPELLED_OUT = 11  # 0 to 10 in words (number.<n> in allocator/i18n/words_explain.py)


def number(count: int, lang: Lang) -> str:
    """A small count in words ("één", "two"), larger ones in digits."""
    return text(f"number.{count}", lang) if 0 <= count < _SPELLED_OUT else str(count)


def join(items: list[str], lang: Lang) -> str:
    """"a, b en c" / "a, b and c"."""
    if len(items) <= 1:
        return "".join(items)
    return f"{', '.join(items[:-1])} {text('word.and', lang)} {items[-1]}"


def more_candidates(count: int, lang: Lang) -> str:
    """"nog één andere kandidaat" / "nog drie andere kandidaten": who is not named."""
    if count == 1:
        return text("work.more_one", lang)
    return text("work.more", lang, count=number(count, lang))


def competency(code: str, lang: Lang) -> str:
    """The competency ``code`` (T, P, B, A) in words."""
    return text(f"competency.{code}", lang)


def level_gap(code: str, missing: int, lang: Lang) -> str:
    """"mist één niveau pedagogische competentie" / "lacks one level of pedagogical ..."."""
    key = "gap.one" if missing == 1 else "gap.many"
    return text(key, lang, count=number(missing, lang), competency=competency(code, lang))


def levels_needed(levels: dict[str, int], lang: Lang) -> str:
    """"technische competentie niveau 3 en beleidscompetentie niveau 2"."""
    parts = [text("level.needed", lang, competency=competency(code, lang), level=level)
             for code, level in levels.items() if level]
    return join(parts, lang) if parts else text("level.none", lang)


def role_name(role: Role | str, lang: Lang) -> str:
    """The role in words (``role`` as a Role or its workbook spelling)."""
    role = role if isinstance(role, Role) else Role(role)
    return text(f"role.{role.name}", lang)


def person_name(problem: Problem, person_id: str, lang: Lang) -> str:
    """The person's name, or "a new person" for an id the problem does not know."""
    person = problem.person_by_id().get(person_id)
    return person.name if person is not None else text("word.new_person", lang)


def place(problem: Problem, task_id: str, school_id: str | None, lang: Lang) -> str:
    """Where an instance is: the school's name, the whole group, or central (bundled)."""
    if school_id is not None:
        return problem.school_by_id()[school_id].name
    task = problem.task_by_id().get(task_id)
    if task is not None and task.scope is Scope.group:
        return text("place.group", lang)
    return text("place.bundle", lang)


def site_name(problem: Problem, site: str, lang: Lang) -> str:
    """The school's name for ``site``, or the words for the central site."""
    school = problem.school_by_id().get(site)
    return school.name if school is not None else text("place.central", lang)


def task_at(problem: Problem, task_id: str, school_id: str | None, lang: Lang) -> str:
    """"«Eerste hulp bij ICT-problemen» (De Linde)"."""
    task = problem.task_by_id()[task_id]
    return f"«{task.name(lang)}» ({place(problem, task_id, school_id, lang)})"


def work_item(problem: Problem, task_id: str, school_id: str | None, amount: float,
              lang: Lang) -> str:
    """"«Name» (De Linde, 2 u)"."""
    task = problem.task_by_id()[task_id]
    unit = text("word.hours_short", lang)
    return (f"«{task.name(lang)}» ({place(problem, task_id, school_id, lang)}, "
            f"{hours(amount, lang)} {unit})")
