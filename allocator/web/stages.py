"""How far each solve stage got, in words (the solve and plan pages, the API).

Proven optimal only when its best value reached its bound, otherwise how far from the bound
it stayed. A stage's status alone does not say it: CP-SAT ends a stage with a relative gap
limit (the preferences) as OPTIMAL once within that gap, so a status may read 'optimal'
beside a bound that is still better than the plan.
"""

from __future__ import annotations

import math
from typing import Any

from allocator.i18n import Lang, decimal, hours, text

FOUND = ("optimal", "feasible")


def value(number: float | None, lang: Lang) -> str:
    """An objective or bound as the page shows it (Dutch decimal comma), '–' when absent."""
    if number is None or not math.isfinite(number):
        return "–"
    return hours(round(number, 2), lang)


def gap(stage: dict[str, Any]) -> tuple[float, float] | None:
    """(distance, relative distance) between a stage's plan and its bound; None without one."""
    bound, objective = stage.get("bound"), stage.get("objective")
    if bound is None or objective is None or not math.isfinite(bound):
        return None
    distance = abs(bound - objective)
    return distance, distance / max(1.0, abs(bound))  # the driver's relative gap


def proven(stage: dict[str, Any]) -> bool:
    """Proven optimal: the solver said so and the plan's value reached the bound."""
    if stage.get("status") != "optimal":
        return False
    distance = gap(stage)
    return distance is None or distance[0] <= 1e-6 * max(1.0, abs(stage["objective"]))


def stage_name(stage: dict[str, Any], lang: Lang) -> str:
    """The stage's name in words."""
    return text(f"web.stage.{stage['name']}", lang)


def distance_text(stage: dict[str, Any], lang: Lang) -> str:
    """How far the stage's value may be from the best possible, in words."""
    distance = gap(stage)
    if distance is None:
        return text("web.stage_result.no_bound", lang)
    return text("web.stage_result.distance", lang, distance=value(distance[0], lang),
                share=decimal(100 * distance[1], lang))


def stage_result(stage: dict[str, Any], lang: Lang) -> str:
    """One stage's result column: proven optimal, or not proven and how far from the bound."""
    if proven(stage):
        return text("web.stage_result.proven", lang)
    if stage.get("status") in FOUND:
        return text("web.stage_result.open", lang, distance=distance_text(stage, lang))
    return text(f"web.js.status.{stage.get('status', 'unknown')}", lang)


def verdict(stages: list[dict[str, Any]], plan_status: str | None, lang: Lang) -> str:
    """The closing sentence of a done solve.

    Proven the best only when every stage is proven; otherwise which stages are proven and how
    far the others stayed from their bound.
    """
    if not stages:  # no stage reports (an old plan): the plan's own status
        return text(f"web.solve.done.{plan_status or 'feasible'}", lang)
    if all(proven(stage) for stage in stages):
        return text("web.solve.done.optimal", lang)
    done = [stage_name(stage, lang) for stage in stages if proven(stage)]
    open_ = [text("web.stage_result.named", lang, stage=stage_name(stage, lang),
                  distance=distance_text(stage, lang))
             for stage in stages if not proven(stage)]
    and_ = text("web.and", lang)

    def listed(items: list[str]) -> str:
        return items[0] if len(items) == 1 else f"{', '.join(items[:-1])} {and_} {items[-1]}"

    sentences = [text("web.solve.done.none_proven", lang, open=listed(open_)) if not done else
                 text("web.solve.done.some_proven", lang, proven=listed(done),
                      open=listed(open_))]
    unproven = [stage for stage in stages if not proven(stage)]
    if any(not within_gap_limit(stage) for stage in unproven):
        sentences.append(text("web.solve.done.more_time", lang))
    if any(within_gap_limit(stage) for stage in unproven):
        sentences.append(text("web.solve.done.within_gap", lang))
    return " ".join(sentences)


def within_gap_limit(stage: dict[str, Any]) -> bool:
    """A stage with a gap limit (the preferences) that ended within it.

    By design, not short of time (CP-SAT then calls it optimal; the driver marks a feasible one
    within_gap_limit).
    """
    return stage.get("name") == "preferences" and (
        stage.get("within_gap_limit") is True or stage.get("status") == "optimal")


def values(stage: dict[str, Any], lang: Lang) -> dict[str, str]:
    """A stage's best value and bound as the page shows them.

    The preferences stage's value is a negative sum of weights by construction (-899 beside a
    bound of -876 means nothing to a reader): it shows how far the plan may be from the best
    instead, and no raw bound.
    """
    if stage.get("name") == "preferences":
        distance = gap(stage)
        return {"objective": "–" if distance is None else text(
                    "web.stage_value.distance", lang, distance=value(distance[0], lang),
                    share=decimal(100 * distance[1], lang)),
                "bound": "–"}
    return {"objective": value(stage.get("objective"), lang),
            "bound": value(stage.get("bound"), lang)}


def worded(stages: list[dict[str, Any]], plan_status: str | None, lang: Lang,
           done: bool) -> dict[str, Any]:
    """What the solve page's script shows.

    Per stage its name, result and values, and the closing sentence once the plan is done (the
    page and the script say the same).
    """
    return {"stages": [{"name": stage_name(stage, lang), "result": stage_result(stage, lang),
                        **values(stage, lang),
                        "seconds": decimal(stage.get("seconds") or 0.0, lang, 2)}
                       for stage in stages],
            "verdict": verdict(stages, plan_status, lang) if done else None}
