"""Why each assignment is allowed: levels against minimums, the site rule, the paying source."""

from __future__ import annotations

from dataclasses import dataclass

from allocator.compile.school_group import preference_scores
from allocator.explain import phrases
from allocator.i18n import Lang, hours, text
from models import CENTRAL, COMPETENCIES, Plan, Problem, Scope


@dataclass(frozen=True)
class Justification:
    """Why a person does an assignment: their levels against the task's, the site rule, the fit."""

    person: str
    task: str
    school: str | None
    hours: float
    funding: str
    levels: str
    site_rule: str  # a key of the site.* texts
    specialisation_fit: bool
    preference: int | None = None

    role: str | None = None  # the person's role, when the task restricts roles

    def sentence(self, lang: Lang, problem: Problem | None = None) -> str:
        """With ``problem``: names, not ids, and levels in words (the plan's own text)."""
        if problem is None:
            return text("justify.sentence", lang, person=self.person, task=self.task,
                        hours=hours(self.hours, lang),
                        funding=text(f"funding.{self.funding}", lang),
                        levels=self.levels, site_rule=text(f"site.{self.site_rule}", lang),
                        funding_rule=text(f"funding_rule.{self.funding}", lang),
                        fit=self._fit(lang))
        person = problem.person_by_id()[self.person]
        task = problem.task_by_id()[self.task]
        needed = [text("level.has", lang, competency=phrases.competency(c, lang),
                       level=person.level(c), needed=task.min_level(c))
                  for c in COMPETENCIES if task.min_level(c)]
        levels = (text("justify.levels", lang, levels=phrases.join(needed, lang)) if needed
                  else text("justify.no_levels", lang))
        role = (text("justify.role", lang, role=phrases.role_name(self.role, lang))
                if self.role else "")
        return text("justify.sentence2", lang, person=person.name,
                    task=phrases.task_at(problem, self.task, self.school, lang),
                    hours=hours(self.hours, lang), funding=text(f"funding.{self.funding}", lang),
                    levels=levels, role=role, site_rule=text(f"site.{self.site_rule}", lang),
                    funding_rule=text(f"funding_rule.{self.funding}", lang), fit=self._fit(lang))

    def _fit(self, lang: Lang) -> str:
        return ((text("justify.fit", lang) if self.specialisation_fit else "")
                + (text("justify.preference", lang, score=f"{self.preference:+d}")
                   if self.preference else ""))


def _score(value: int | str | None) -> int | None:
    return value if isinstance(value, int) else None


def justify_assignments(problem: Problem, plan: Plan, lang: Lang = "nl") -> list[Justification]:
    """One justification per assignment: levels, site rule, specialisation, preference."""
    people = problem.person_by_id()
    tasks = problem.task_by_id()
    by_task, by_cluster = preference_scores(problem)
    result = []
    for row in plan.assignments:
        person, task = people[row.person], tasks[row.task]
        levels = ", ".join(f"{c} {getattr(person, c)}≥{getattr(task, c)}" for c in "TPBA"
                           if getattr(task, c))
        if task.scope is Scope.group:
            site = "group_central" if person.site == CENTRAL else "group_pooling"
        elif row.school is None:
            site = "bundle"
        elif person.site == row.school:
            site = "own"
        else:
            site = "central_pools"
        result.append(Justification(
            person=row.person, task=row.task, school=row.school, hours=row.hours,
            funding=row.funding.value, levels=levels or "-", site_rule=site,
            specialisation_fit=task.specialisation is not None
            and task.specialisation in person.specialisations,
            preference=_score(by_task.get((row.person, row.task),
                                          by_cluster.get((row.person, task.cluster)))),
            role=person.role.value if task.who and person.role is not None else None))
    return result
