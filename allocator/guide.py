"""The report's guideline (chapter 3, steps 1-7; flowchart in its annex 2) as a checklist.

Four answers set the school's position: awareness that team-based ICT coordination is a growth
path with time made for it (step 1), a shared pedagogical vision (step 2), an ICT policy plan
(step 3), willingness to pool at group level (step 4). Where the report says the ICT
coordinator must set priorities, the plan gets a *focus* stage before stage 1:

- step 1 or 2 answered no: the technical core tasks first (keep the infrastructure running);
- step 3 answered no: the technical core tasks and the core policy tasks first (the technical
  and pedagogical vision and the ICT policy plan itself) — a "nee" focuses the named core
  tasks of that step, never a whole cluster (legal questions or European projects do not
  crowd out the policy plan).

Step 4 compares hours needed with hours available (allocator/guide_steps.py). Step 5's marks
(nvt, nu, later, nabij per task, optionally per school) come under ``taken:`` / ``tasks:`` in
the answers file or in a Gids / Guide sheet of the workbook, and shape the problem
(allocator/guide_steps.py). The focus stage maximises the priority sum of covered focus
instances; stages 1-3 follow.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from allocator.guide_steps import Mark, marks_from_mapping
from allocator.i18n import LANGS, Lang, text
from allocator.read.schema import GUIDE_SHEETS
from allocator.read.text_load import load_yaml_file
from models import Cluster, Problem, Task

# question -> its text per language (the words are guide.question.<name> in i18n)
QUESTIONS: dict[str, dict[str, str]] = {
    name: {lang: text(f"guide.question.{name}", lang) for lang in LANGS}
    for name in ("awareness", "shared_vision", "policy_plan", "willing_to_pool")}
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

    def text(self, lang: Lang = "nl") -> str:
        """The error in ``lang``."""
        from allocator.i18n import text

        return text(f"guide.{self.words}", lang, **self.values)


# answers that leave a question open ("weet niet", as the web app's choice): the question keeps
# its default (yes: no focus), and the answers file keeps it as a comment
DONT_KNOW = {"weet niet", "weet ik niet", "?", "don't know", "dont know", "do not know",
             "onbekend", "unknown", "skip", "overslaan"}


def is_dont_know(value: object) -> bool:
    """Whether an answer means "weet niet" / "don't know" (the question is skipped)."""
    return " ".join(str(value).strip().lower().replace("’", "'").split()) in DONT_KNOW


# step 5's marks in an answers file: under one of these keys, {task: mark} or per school
MARK_KEYS = {"taken", "tasks", "stap5", "stap_5", "step5", "step_5", "takenoverzicht"}


@dataclass(frozen=True)
class GuideAnswers:
    """The answers to the guideline's four questions, and the step-5 marks."""

    awareness: bool = True
    shared_vision: bool = True
    policy_plan: bool = True
    willing_to_pool: bool = True
    marks: tuple[Mark, ...] = ()  # step 5 (allocator/guide_steps.py)
    skipped: tuple[str, ...] = ()  # questions answered "weet niet" or left open (default kept)

    @classmethod
    def from_file(cls, path: Path) -> GuideAnswers:
        """Read the answers from a YAML file (question names in Dutch or English).

        Raises
        ------
        GuideFileError
            When the file cannot be read, is not a mapping, names an unknown question or gives an
            answer that is not yes or no.
        """
        from allocator.read.cells import CellError, read_cell

        try:
            data = load_yaml_file(path) or {}  # no aliases, bounded nesting and size
        except (OSError, UnicodeDecodeError, ValueError) as error:
            raise GuideFileError("unreadable", file=path.name,
                                 detail=error.__class__.__name__) from error
        if not isinstance(data, dict):
            raise GuideFileError("not_a_mapping", file=path.name)
        answers: dict = {}
        skipped: list[str] = []
        for key, value in data.items():
            if "_".join(str(key).strip().lower().split()) in MARK_KEYS:
                answers["marks"] = tuple(marks_from_mapping(value or {}, path.name))
                continue
            name = question_name(key)
            if name is None:
                raise GuideFileError("unknown_question", file=path.name, question=key,
                                     known=", ".join(KEYS["nl"].values()))
            if is_dont_know(value):
                skipped.append(name)
                continue
            try:
                answers[name] = read_cell(value, "bool")
            except CellError as error:
                raise GuideFileError("bad_answer", file=path.name, question=key,
                                     value=value) from error
        return cls(**answers, skipped=tuple(skipped))

    def to_yaml(self, lang: Lang = "nl") -> str:
        """The answers as an answers file (``--answers`` and ``solve --guide`` read it back)."""
        from allocator.i18n import text

        yes, no = (text("word.yes", lang), text("word.no", lang))
        lines = [f"# {text('guide.file_head', lang)}"]
        for name, question in QUESTIONS.items():
            lines.append(f"# {question['nl' if lang == 'nl' else 'en']}")
            key = KEYS[lang][name]
            if name in self.skipped:  # left open; reading back keeps it open
                lines.append(f"{key}: {text('guide.dont_know_word', lang)}")
            else:
                lines.append(f"{key}: {yes if getattr(self, name) else no}")
        if self.marks:  # step 5
            by_task: dict[str, dict] = {}
            for mark in self.marks:
                by_task.setdefault(mark.task, {})[mark.school] = mark.kind
            lines.append(text("guide.list.tasks_key", lang))
            for task_id, per_school in by_task.items():
                if list(per_school) == [None]:
                    lines.append(f"  {task_id}: {per_school[None]}")
                else:
                    lines.append(f"  {task_id}:")
                    lines += [f"    {school}: {kind}" for school, kind in per_school.items()]
        return "\n".join(lines) + "\n"

    @classmethod
    def from_workbook(cls, path: Path) -> GuideAnswers | None:
        """The answers on a Gids / Guide sheet of the input workbook, or None without one.

        One row per answer: a question (its key or number) or a task id, then ja/nee or a
        step-5 mark, then optionally a school id (for a mark at one school).
        """
        rows = guide_sheet_rows(path)
        if rows is None:
            return None
        from allocator.read.cells import CellError, read_cell

        answers: dict = {}
        marks: list[Mark] = []
        skipped: list[str] = []
        for number, values in rows:
            key = str(values[0]).strip() if values and values[0] is not None else ""
            if not key or (number == min(r for r, _ in rows) and key.lower() in {
                    "vraag", "question", "taak", "task", "stap", "step", "taak of vraag",
                    "task or question"}):
                continue
            value = values[1] if len(values) > 1 else None
            school = values[2] if len(values) > 2 and values[2] not in (None, "") else None
            name = question_name(key)
            if name is not None:
                if is_dont_know(value):
                    skipped.append(name)
                    continue
                try:
                    answers[name] = read_cell(value, "bool")
                except CellError as error:
                    raise GuideFileError("bad_answer", file=f"{path.name} ({number})",
                                         question=key, value=value) from error
            else:
                marks.append(marks_from_mapping(
                    {key: {str(school): value} if school else value},
                    f"{path.name}, {GUIDE_SHEETS['nl']} {number}")[0])
        if not answers and not marks and not skipped:  # the template's empty sheet
            return None
        return cls(**answers, marks=tuple(marks), skipped=tuple(skipped))

    @property
    def focus(self) -> str | None:
        """The focus the answers call for (technical core work first, or with policy), or None."""
        if not self.awareness or not self.shared_vision:
            return "technical_core"
        if not self.policy_plan:
            return "technical_core_and_policy"
        return None


def in_focus(task: Task, focus: str | None) -> bool:
    """Steps 1-3: the core tasks the step names (technical; technical and policy)."""
    if focus is None or not task.core:
        return False
    if focus == "technical_core":
        return task.cluster is Cluster.technical
    return task.cluster in (Cluster.technical, Cluster.policy)


def checklist(answers: GuideAnswers, problem: Problem | None, lang: Lang = "nl") -> str:
    """The guideline's checklist in ``lang``: the answers, the focus and the next steps."""
    yes, no = text("word.yes", lang), text("word.no", lang)
    lines = [text("guide.list.title", lang)]
    for name, question in QUESTIONS.items():
        answer = getattr(answers, name)
        if name in answers.skipped:  # counts as yes (no focus), as the web app's "weet niet"
            lines.append(f"[?] {question[lang]} {text('guide.dont_know_word', lang)}")
            continue
        lines.append(f"[{'x' if answer else ' '}] {question[lang]} {yes if answer else no}")
    if answers.focus:
        lines.append(text(f"guide.list.focus.{answers.focus}", lang))
    lines.append(text("guide.list.lead_group" if answers.willing_to_pool
                      else "guide.list.lead_school", lang))
    if problem is not None:
        pooling = sum(s.always_pools for s in problem.schools)  # 'kies': the plan decides
        lines.append(text("guide.list.pooling_now", lang, pooling=pooling,
                          schools=len(problem.schools)))
        if answers.willing_to_pool and pooling < len(problem.schools):
            lines.append(text("guide.list.pool_others", lang))
    if problem is not None:
        from allocator.guide_steps import resources_text

        lines += resources_text(problem, lang)
    lines += step5_lines(answers, problem, lang)
    return "\n".join(lines + [text("guide.list.step6", lang), text("guide.list.step7", lang)])


def guide_sheet_rows(path: Path) -> list[tuple[int, list]] | None:
    """The rows of the workbook's Gids / Guide sheet (row number, values), or None."""
    if path.suffix.lower() not in (".xlsx", ".xlsm"):
        return None
    from allocator.read.schema import normalise_header
    from allocator.read.xlsx_package import open_package
    from allocator.read.xlsx_sheet import read_sheet_cells

    wanted = {normalise_header(name) for name in GUIDE_SHEETS.values()}
    with open_package(path) as package:
        for title, part in package.sheets:
            if normalise_header(title) in wanted and part is not None:
                cells = read_sheet_cells(package, title, part, [0])
                return [(row, [cells.rows[row].get(col) for col in range(1, 4)])
                        for row in sorted(cells.rows)]
    return None


def guide_answers_for(input_path: Path, guide_file: Path | None) -> GuideAnswers | None:
    """The answers that shape a solve: the --guide file, else the workbook's Gids sheet."""
    if guide_file is not None:
        return GuideAnswers.from_file(guide_file)
    return GuideAnswers.from_workbook(input_path)


def step5_lines(answers: GuideAnswers, problem: Problem | None, lang: Lang) -> list[str]:
    """The lines that list the step-5 marks (task, school, what it means), or say there are none."""
    from allocator.i18n import text

    if not answers.marks:
        return [text("guide.step5.none", lang)]
    lines = [text("guide.step5.head", lang, count=len(answers.marks))]
    tasks = problem.task_by_id() if problem is not None else {}
    schools = problem.school_by_id() if problem is not None else {}
    for mark in answers.marks:
        task = tasks.get(mark.task)
        name = f"«{task.name(lang)}»" if task is not None else mark.task
        where = "" if mark.school is None else \
            f" ({schools[mark.school].name if mark.school in schools else mark.school})"
        lines.append(text("guide.step5.row", lang, task=name, where=where,
                          mark=text(f"guide.mark.word.{mark.kind}", lang)))
    return lines
