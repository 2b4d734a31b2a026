"""The check report in the user's language, with each problem located in the workbook."""

from __future__ import annotations

from allocator.check.checker import CheckReport, Violation
from allocator.i18n import Lang, hours, text
from models import Plan

# the checker writes its numbers as text (f"{x:g}"); they are shown as every Dutch number is
_NUMBERS = ("hours", "got", "limit", "pinned", "claimed", "value", "bound", "has", "needs",
            "expected")


def _place(school: str | None, lang: Lang) -> str:
    return school if school else text("word.group", lang)


def _number(value: object, lang: Lang) -> object:
    """A number (or a number the checker wrote as text) as :func:`allocator.i18n.hours` shows it.

    Anything else as it is.
    """
    if not isinstance(value, (float, str)):  # whole counts (ints) have no decimals to show
        return value
    try:
        return hours(float(value), lang)
    except ValueError:  # text that is not a number
        return value


def _values(values: dict, lang: Lang) -> dict:
    shown = dict(values)
    for name in _NUMBERS:
        if name in shown:
            shown[name] = _number(shown[name], lang)
    if "task" in shown and "person" in shown and "where" in shown:
        shown["where"] = f"{shown['person']} → {shown['task']} @ {_place(shown.get('school'), lang)}"
    if "instance" in shown and "task" in shown:
        shown["instance"] = f"{shown['task']} @ {_place(shown.get('school'), lang)}"
    if "funding" in shown:
        shown["funding"] = text(f"funding.{shown['funding']}", lang)
    if "placement" in shown:
        shown["placement"] = text(f"placement.{shown['placement']}", lang)
    if shown.get("site") == "central":
        shown["site"] = text("word.central", lang)
    if shown.get("competency") in ("T", "P", "B", "A"):
        shown["competency"] = text(f"competency.{shown['competency']}", lang)
    if isinstance(shown.get("pools"), bool):
        shown["pooling"] = text("word.pools" if shown["pools"] else "word.not_pools", lang)
    for flag in ("pools", "flag", "stated", "given"):
        if isinstance(shown.get(flag), bool):
            shown[flag] = text(f"word.{'yes' if shown[flag] else 'no'}", lang)
    if "stage" in shown:
        shown["stage"] = text(f"stage.{shown['stage']}", lang)
    if isinstance(shown.get("why"), tuple):
        key, why_values = shown["why"]
        shown["why"] = text(f"check.{key}", lang, **_values(why_values, lang))
    return shown


def violation_text(violation: Violation, lang: Lang = "nl") -> str:
    """One violation as a sentence, with the sheet and Excel row when known."""
    sentence = text(f"check.{violation.key}", lang, **_values(violation.values, lang))
    rule = text(f"check.rule.{violation.rule}", lang)
    if violation.row is None:
        return f"[{rule}] {sentence}"
    rows = violation.values.get("rows") or [violation.row]
    where = text("check.at_row" if len(rows) == 1 else "check.at_rows", lang,
                 sheet=violation.sheet or text("sheet.plan", lang),
                 row=", ".join(str(row) for row in rows))
    return f"[{rule}] {where}: {sentence}"


def render_report(report: CheckReport, lang: Lang = "nl") -> str:
    """The check report in the user's language: the verdict, then one line per violation."""
    values = {"covered": report.covered, "instances": report.instances,
              "core": hours(report.core_value, lang), "noncore": hours(report.noncore_value, lang),
              "count": len(report.violations)}
    lines = [text("check.passes" if report.ok else "check.fails", lang, **values)]
    lines += [f"  - {violation_text(violation, lang)}" for violation in report.violations]
    if report.edited:
        lines.append(text("check.edited_note", lang))
    return "\n".join(lines)


def removed_rows_text(plan: Plan, lang: Lang = "nl") -> list[str]:
    """The assignments a hand edit removed from the Plan sheet, one line each."""
    edited = getattr(plan, "edited", None) or {}
    lines = []
    for row in edited.get("removed", []):
        lines.append("  - " + text("check.removed_row", lang, person=row["person"],
                                   task=row["task"], school=_place(row["school"], lang),
                                   hours=hours(row["hours"], lang),
                                   funding=text(f"funding.{row['funding']}", lang)))
    return ([text("check.removed_head", lang)] + lines) if lines else []
