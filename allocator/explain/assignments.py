"""Why each assignment is allowed: levels against minimums, the site rule, the paying source."""

from __future__ import annotations

from dataclasses import dataclass

from allocator.i18n import Lang, hours, text
from models import CENTRAL, Placement, Plan, Problem, Scope


@dataclass(frozen=True)
class Justification:
    person: str
    task: str
    school: str | None
    hours: float
    funding: str
    levels: str
    site_rule: str
    funding_rule: str
    specialisation_fit: bool

    def sentence(self, lang: Lang) -> str:
        if lang == "nl":
            return (f"{self.person} doet {self.task} ({hours(self.hours, lang)} u, "
                    f"{text(f'funding.{self.funding}', lang)}): "
                    f"competenties {self.levels}; {self.site_rule}; {self.funding_rule}"
                    + ("; specialisatie past" if self.specialisation_fit else "") + ".")
        return (f"{self.person} does {self.task} ({hours(self.hours, lang)} h, "
                f"{text(f'funding.{self.funding}', lang)}): "
                f"competencies {self.levels}; {self.site_rule}; {self.funding_rule}"
                + ("; specialisation fits" if self.specialisation_fit else "") + ".")


_SITE = {
    "own": {"nl": "werkt op deze school", "en": "works at this school"},
    "central_pools": {"nl": "centrale dienst voor een school die poolt",
                      "en": "central service for a pooling school"},
    "group_central": {"nl": "groepstaak door de centrale dienst",
                      "en": "group task by the central service"},
    "group_pooling": {"nl": "groepstaak door iemand van een school die poolt",
                      "en": "group task by staff of a pooling school"},
    "bundle": {"nl": "gebundelde taak, centraal uitgevoerd", "en": "bundled task, done centrally"},
}
_FUNDING = {
    "bpt": {"nl": "BPT-uren van de eigen school", "en": "BPT hours of the own school"},
    "ict": {"nl": "ICT-uren mogen elke toegelaten taak betalen",
            "en": "ICT hours may pay for any allowed task"},
    "other": {"nl": "andere uren mogen elke toegelaten taak betalen",
              "en": "other hours may pay for any allowed task"},
}


def justify_assignments(problem: Problem, plan: Plan, lang: Lang = "nl") -> list[Justification]:
    people = problem.person_by_id()
    tasks = problem.task_by_id()
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
        assert task.placement in Placement
        result.append(Justification(
            person=row.person, task=row.task, school=row.school, hours=row.hours,
            funding=row.funding.value, levels=levels or "-", site_rule=_SITE[site][lang],
            funding_rule=_FUNDING[row.funding.value][lang],
            specialisation_fit=task.specialisation is not None
            and task.specialisation in person.specialisations))
    return result
