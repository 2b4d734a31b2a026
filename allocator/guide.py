"""The report's guideline (chapter 3, steps 1-7; flowchart in its annex 2) as a checklist.

Four answers set the school's position: awareness that team-based ICT coordination is a growth
path with time made for it (step 1), a shared pedagogical vision (step 2), an ICT policy plan
(step 3), willingness to pool at group level (step 4). Where the report says the ICT
coordinator must set priorities, the plan gets a *focus* stage before stage 1:

- step 1 or 2 answered no: technical core tasks first (keep the infrastructure running);
- step 3 answered no: technical core tasks and policy tasks first (vision and plan).

The focus stage maximises the priority sum of covered focus instances; stages 1-3 follow.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import yaml

from allocator.i18n import Lang
from models import Cluster, Problem, Task

QUESTIONS = {
    "awareness": {"nl": "1. Is iedereen zich bewust dat teamgerichte ICT-coördinatie een "
                        "groeiproces is, en is er tijd voor?",
                  "en": "1. Is everyone aware that team-based ICT coordination is a growth "
                        "process, and is there time for it?"},
    "shared_vision": {"nl": "2. Is er een gedragen pedagogische visie?",
                      "en": "2. Is there a shared pedagogical vision?"},
    "policy_plan": {"nl": "3. Is er een ICT-beleidsplan?", "en": "3. Is there an ICT policy plan?"},
    "willing_to_pool": {"nl": "4. Is er bereidheid om ICT-middelen samen te leggen op "
                              "niveau scholengroep/-gemeenschap?",
                        "en": "4. Is there willingness to pool ICT resources at school-group "
                              "level?"},
}
ALIASES = {"bewustzijn": "awareness", "bewust": "awareness", "groeiproces": "awareness",
           "gedragen_visie": "shared_vision", "visie": "shared_vision",
           "gedeelde_visie": "shared_vision", "pedagogische_visie": "shared_vision",
           "beleidsplan": "policy_plan", "ict_beleidsplan": "policy_plan",
           "beleidsplan_ict": "policy_plan",
           "poolen": "willing_to_pool", "samenwerken": "willing_to_pool",
           "bereid_te_poolen": "willing_to_pool", "bereidheid_om_te_poolen": "willing_to_pool",
           "samenleggen": "willing_to_pool", "middelen_samenleggen": "willing_to_pool",
           # the questions' numbers, as the checklist shows them
           "1": "awareness", "2": "shared_vision", "3": "policy_plan", "4": "willing_to_pool"}
# the keys an answers file is written with (allocator guide --answers-out), per language
KEYS = {"nl": {"awareness": "bewustzijn", "shared_vision": "gedragen_visie",
               "policy_plan": "beleidsplan", "willing_to_pool": "poolen"},
        "en": {name: name for name in QUESTIONS}}


def question_name(key: object) -> str | None:
    """The question an answers file's key means (Dutch or English, any case, - or space)."""
    text = "_".join(str(key).strip().lower().replace("-", " ").replace("?", " ").split())
    name = ALIASES.get(text, text)
    return name if name in QUESTIONS else None


class GuideFileError(ValueError):
    """An answers file that cannot be used; ``key`` and ``values`` name the words."""

    def __init__(self, words: str, **values: object) -> None:
        self.words, self.values = words, values
        super().__init__(self.text("en"))

    def text(self, lang: str = "nl") -> str:
        from allocator.i18n import text

        return text(f"guide.{self.words}", lang, **self.values)  # type: ignore[arg-type]


@dataclass(frozen=True)
class GuideAnswers:
    awareness: bool = True
    shared_vision: bool = True
    policy_plan: bool = True
    willing_to_pool: bool = True

    @classmethod
    def from_file(cls, path: Path) -> GuideAnswers:
        from allocator.read.cells import CellError, read_cell

        try:
            data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        except (OSError, UnicodeDecodeError, yaml.YAMLError) as error:
            raise GuideFileError("unreadable", file=path.name,
                                 detail=error.__class__.__name__) from error
        if not isinstance(data, dict):
            raise GuideFileError("not_a_mapping", file=path.name)
        answers = {}
        for key, value in data.items():
            name = question_name(key)
            if name is None:
                raise GuideFileError("unknown_question", file=path.name, question=key,
                                     known=", ".join(KEYS["nl"].values()))
            try:
                answers[name] = read_cell(value, "bool")
            except CellError as error:
                raise GuideFileError("bad_answer", file=path.name, question=key,
                                     value=value) from error
        return cls(**answers)

    def to_yaml(self, lang: str = "nl") -> str:
        """The answers as an answers file (``--answers`` and ``solve --guide`` read it back)."""
        from allocator.i18n import text

        yes, no = (text("word.yes", lang), text("word.no", lang))  # type: ignore[arg-type]
        lines = [f"# {text('guide.file_head', lang)}"]  # type: ignore[arg-type]
        for name, question in QUESTIONS.items():
            lines.append(f"# {question['nl' if lang == 'nl' else 'en']}")
            lines.append(f"{KEYS['nl' if lang == 'nl' else 'en'][name]}: "
                         f"{yes if getattr(self, name) else no}")
        return "\n".join(lines) + "\n"

    @property
    def focus(self) -> str | None:
        if not self.awareness or not self.shared_vision:
            return "technical_core"
        if not self.policy_plan:
            return "technical_core_and_policy"
        return None


def in_focus(task: Task, focus: str | None) -> bool:
    if focus is None:
        return False
    technical_core = task.core and task.cluster is Cluster.technical
    if focus == "technical_core":
        return technical_core
    return technical_core or task.cluster is Cluster.policy


def checklist(answers: GuideAnswers, problem: Problem | None, lang: Lang = "nl") -> str:
    yes, no = ("ja", "nee") if lang == "nl" else ("yes", "no")
    lines = [("Stappenplan teamgerichte ICT-coördinatie" if lang == "nl"
              else "Guideline for team-based ICT coordination")]
    for name, question in QUESTIONS.items():
        answer = getattr(answers, name)
        lines.append(f"[{'x' if answer else ' '}] {question[lang]} {yes if answer else no}")
    advice = {
        "technical_core": {"nl": "→ Focus: de technische kerntaken (de infrastructuur draaiende "
                                 "houden). Directie: werk eerst aan bewustzijn en een gedragen "
                                 "visie, samen met de scholengroep.",
                           "en": "→ Focus: technical core tasks (keep the infrastructure "
                                 "running). Direction: first build awareness and a shared "
                                 "vision, with the school group."},
        "technical_core_and_policy": {
            "nl": "→ Focus: technische kerntaken en beleidstaken (visie en ICT-beleidsplan, "
                  "samen met directie en team).",
            "en": "→ Focus: technical core tasks and policy tasks (vision and ICT policy "
                  "plan, with the direction and the team)."},
    }
    if answers.focus:
        lines.append(advice[answers.focus][lang])
    lines.append(("→ Trekker: de scholengroep/-gemeenschap (poolen)." if answers.willing_to_pool
                  else "→ Trekker: de school zelf.") if lang == "nl" else
                 ("→ Lead: the school group (pooling)." if answers.willing_to_pool
                  else "→ Lead: the school itself."))
    if problem is not None:
        pooling = sum(s.always_pools for s in problem.schools)  # 'kies': the plan decides
        lines.append(f"   {pooling} van {len(problem.schools)} scholen poolen nu."
                      if lang == "nl" else
                      f"   {pooling} of {len(problem.schools)} schools pool today.")
        if answers.willing_to_pool and pooling < len(problem.schools):
            lines.append("   Overweeg de andere scholen te laten poolen (schaalvoordelen, "
                         "gespecialiseerde expertise)." if lang == "nl" else
                         "   Consider pooling the other schools too (scale, specialised "
                         "expertise).")
    steps = {"nl": ["5. Takenoverzicht op maat: het plan gebruikt de catalogus (Taken).",
                    "6. Wie heeft motivatie en expertise? Het plan verdeelt op competenties en "
                    "voorkeuren; leemten: aanwerven (allocator recruit) of uitbesteden.",
                    "7. Teamgerichte ICT-coördinatie: breng de mensen samen, verdeel in "
                    "overleg, erken met uren, maak mandaten duidelijk."],
             "en": ["5. A task overview to measure: the plan uses the catalogue (Tasks).",
                    "6. Who has motivation and expertise? The plan assigns by competence and "
                    "preference; gaps: recruit (allocator recruit) or outsource.",
                    "7. Team-based ICT coordination: bring people together, divide tasks in "
                    "consultation, recognise with hours, make mandates clear."]}
    return "\n".join(lines + steps[lang])
