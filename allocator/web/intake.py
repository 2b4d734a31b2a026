"""From an uploaded file to a validated problem: the same reader and limits as the CLI.

The upload is copied into the plan's folder under a fixed name (``input`` plus a suffix from a
fixed list), in chunks, and refused beyond the CLI's file-size limit. The user's file name is
kept for messages only.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, BinaryIO

import yaml

from allocator.i18n import Lang, text
from allocator.read import READABLE_SUFFIXES, InputError, InputIssue, read_problem
from models import Problem

CHUNK = 1024 * 1024
MAX_GUIDE_BYTES = 64 * 1024


class UploadTooLarge(Exception):
    """An upload over the size limit."""

    pass


@dataclass
class Intake:
    """An uploaded input read and validated, with the reader's warnings."""

    problem: Problem
    warnings: list[str] = field(default_factory=list)


def safe_suffix(filename: str | None) -> str | None:
    """The upload's suffix when it is one the reader knows; None otherwise."""
    suffix = Path(filename or "").suffix.lower()
    return suffix if suffix in READABLE_SUFFIXES else None


def display_name(filename: str | None) -> str:
    """The user's name for the file, for messages only (no folders, bounded length)."""
    name = (filename or "").replace("\\", "/").rsplit("/", 1)[-1].strip()
    return (name or "upload")[:120]


def save_upload(source: BinaryIO, folder: Path, suffix: str, limit: int,
                stem: str = "input") -> Path:
    """Copy the upload to ``folder/<stem><suffix>`` in chunks; UploadTooLarge past ``limit``."""
    target = folder / f"{stem}{suffix}"
    written = 0
    with target.open("wb") as out:
        while chunk := source.read(CHUNK):
            written += len(chunk)
            if written > limit:
                out.close()
                target.unlink(missing_ok=True)
                raise UploadTooLarge
            out.write(chunk)
    return target


def read_upload(path: Path, shown_name: str) -> Intake:
    """Read the saved upload; issues name the user's file, not the saved copy."""
    try:
        result = read_problem(path)
    except InputError as error:
        raise InputError([renamed_issue(issue, path.name, shown_name)
                          for issue in error.issues]) from None
    return Intake(result.problem,
                  [warning.replace(path.name, shown_name) for warning in result.warnings])


def renamed_issue(issue: InputIssue, saved: str, shown: str) -> InputIssue:
    """``issue`` naming the user's file where it named the saved copy."""
    source = shown if issue.source in (None, saved) else issue.source
    value = shown if issue.value == saved else issue.value
    return InputIssue(issue.code, issue.sheet, issue.row, issue.column, value, issue.expected,
                      source)


# a file in the other field: the readers say it in the CLI's words (--previous), the upload
# form in its own (its fields 'Werkmap' and 'Vorig plan')
MIXED_UP = ("plan_not_input", "input_not_plan")


def issue_rows(error: InputError, lang: Lang = "nl", form: bool = False
               ) -> list[dict[str, Any]]:
    """The error rows of a page or the API.

    Each: sheet, row, column, value, and the message (what is expected) in ``lang``. With
    ``form``, a file given in the wrong field of the upload form is said in the form's words
    (``sentence``: the message is a whole sentence).
    """
    rows = []
    for issue in error.issues:
        value = issue.to_dict()["value"]
        if isinstance(value, str) and len(value) > 200:  # a cell may hold a whole novel
            value = value[:200] + "…"
        sentence = form and issue.code in MIXED_UP
        rows.append({"sheet": issue.sheet, "row": issue.row, "column": issue.column,
                     "value": value, "code": issue.code, "file": issue.source,
                     "message": text(f"web.issue.{issue.code}", lang) if sentence
                     else issue.expected_text(lang), "sentence": sentence})
    return rows


def guide_focus(answers_text: str | None, problem: Problem,
                folder: Path) -> tuple[str | None, list[str]]:
    """The guideline's focus and its tasks, from answers given as YAML or JSON text.

    Read by the same code as `solve --guide` (from a fixed file name in the plan's folder).
    """
    from allocator.guide import GuideAnswers, in_focus

    if not answers_text or not answers_text.strip():
        return None, []
    if len(answers_text.encode("utf-8")) > MAX_GUIDE_BYTES:
        raise ValueError(f"guide: at most {MAX_GUIDE_BYTES // 1024} KiB of answers")
    path = folder / "guide.yaml"
    path.write_text(answers_text, encoding="utf-8")
    try:
        answers = GuideAnswers.from_file(path)
    except yaml.YAMLError as error:
        raise ValueError(f"guide: not readable as YAML or JSON ({error})") from None
    except ValueError as error:
        raise ValueError(str(error).replace(path.name, "guide")) from None
    focus = sorted(task.id for task in problem.tasks if in_focus(task, answers.focus))
    return (answers.focus if focus else None), focus
