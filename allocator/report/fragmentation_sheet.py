"""The Versnippering / Fragmentation sheet: the plan JSON's ``fragmentation`` in the workbook.

See allocation-rules.md v2, "Fragmentation" and "Pooling has a price". Sections, one below
the other: per person (tasks, schools, clusters, median share, shares under 1 h, hours with
travel), the group's summary, the load spread (most and fewest hours, Gini of hours per
person, overall and by role) and, for every school that pools or may pool, the decision with
what it gives the school and what it costs.
"""

from __future__ import annotations

from collections import defaultdict

from openpyxl.worksheet.worksheet import Worksheet

from allocator.i18n import Lang, hours, text
from allocator.report.fragmentation import (
    fragmentation_summary,
    gini,
    load_spread,
    person_fragmentation,
    pooling_by_school,
)
from allocator.report.summary_sheet import SECTION, TITLE, _Writer
from models import CENTRAL, Plan, Problem, Role


def _role(role: Role | str | None, lang: Lang) -> str:
    if isinstance(role, Role):
        return text(f"role.{role.name}", lang)
    return str(role) if role else text("frag.no_role", lang)


def _yes(value: bool, lang: Lang) -> str:
    return text("word.yes" if value else "word.no", lang)


def _cols(lang: Lang, *keys: str) -> list[str]:
    return [text(f"frag.col.{key}", lang) for key in keys]


def write_fragmentation_sheet(sheet: Worksheet, problem: Problem, plan: Plan,
                              lang: Lang) -> None:
    """Fill ``sheet`` with each person's fragmentation (tasks, schools, clusters, shares)."""
    people = problem.person_by_id()
    schools = {school.id: school for school in problem.schools}
    rows = person_fragmentation(problem, plan)
    out = _Writer(sheet)
    out.line(text("frag.title", lang), TITLE)
    out.line(text("frag.intro", lang))
    out.row += 1

    out.line(text("frag.section.people", lang), SECTION)
    ordered = sorted(rows, key=lambda r: (-r["tasks"], -r["schools"], r["person"]))
    out.table(_cols(lang, "person", "name", "role", "site", "tasks", "schools", "clusters",
                    "median_share", "small_shares", "hours", "travel"),
              [[r["person"], people[r["person"]].name, _role(people[r["person"]].role, lang),
                text("word.central", lang) if people[r["person"]].site == CENTRAL
                else people[r["person"]].site, r["tasks"], r["schools"], r["clusters"],
                r["median_share"], r["shares_under_1h"], r["hours"], r["travel_hours"]]
               for r in ordered])

    summary = fragmentation_summary(rows)
    spread = load_spread(rows)
    out.line(text("frag.section.group", lang), SECTION)
    out.table([text("word.item", lang), text("word.value", lang)], [
        [text("frag.people_working", lang), summary["people_working"]],
        [text("frag.mean_tasks", lang), summary["mean_tasks"]],
        [text("frag.max_tasks", lang), summary["max_tasks"]],
        [text("frag.at_3_schools", lang), summary["people_at_3_or_more_schools"]],
        [text("frag.in_3_clusters", lang), summary["people_in_3_or_more_clusters"]],
        [text("frag.small_shares", lang), summary["shares_under_1h"]],
        [text("frag.median_share", lang), summary["median_of_median_shares"]]])

    out.line(text("frag.section.spread", lang), SECTION)
    out.table([text("word.item", lang), text("word.value", lang)], [
        [text("frag.max_hours", lang), spread["max_hours"]],
        [text("frag.min_hours", lang), spread["min_hours"]],
        [text("frag.min_hours_working", lang), spread["min_hours_working"]],
        [text("frag.gini", lang), spread["gini"]]])

    by_role: dict[str, list[float]] = defaultdict(list)
    for row in rows:
        by_role[_role(people[row["person"]].role, lang)].append(row["hours"])
    out.line(text("frag.section.by_role", lang), SECTION)
    out.table(_cols(lang, "role", "people", "max_hours", "min_hours", "gini"),
              [[role, len(hours), max(hours), min(hours), gini(hours)]
               for role, hours in sorted(by_role.items())])

    out.line(text("frag.section.pooling", lang), SECTION)
    pooling = pooling_by_school(problem, plan)
    if not pooling:
        out.line(text("frag.no_pooling", lang))
    else:
        out.line(text("frag.pooling_intro", lang))
        out.table(_cols(lang, "school", "name", "pools", "decided_by", "pool_hours",
                        "central_hours", "bundled_hours", "travel_hours", "decision"),
                  [[r["school"], schools[r["school"]].name, _yes(r["pools"], lang),
                    text("frag.by_plan" if r["chosen"] else "frag.by_input", lang),
                    r["costs"]["pool_hours"], r["gives"]["central_hours_at_school"],
                    r["gives"]["bundled_hours_for_school"], r["costs"]["travel_hours"],
                    _decision(r, schools[r["school"]].name, lang)] for r in pooling],
                  highlight=[r["chosen"] for r in pooling])
    out.finish()


def _decision(row: dict, name: str, lang: Lang) -> str:
    return text("pooling.decision", lang, school=name,
                decision=text("pooling.pools" if row["pools"] else "pooling.does_not_pool",
                              lang),
                pool=hours(row["costs"]["pool_hours"], lang),
                central=hours(row["gives"]["central_hours_at_school"], lang),
                bundled=hours(row["gives"]["bundled_hours_for_school"], lang),
                travel=hours(row["costs"]["travel_hours"], lang))
