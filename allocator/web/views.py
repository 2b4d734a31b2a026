"""What each plan page shows, derived from the plan's files (never from solver state).

The worker wrote ``plan.json`` (assignments, uncovered, loads, coverage) and ``details.json``
(explanations per language, summary); these functions select and arrange, nothing more.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from functools import cached_property
from typing import Any

from allocator.explain.report import what_it_takes
from allocator.i18n import Lang, hours, text
from models import CENTRAL, FUNDING_SOURCES, Problem

SOURCES = tuple(source.value for source in FUNDING_SOURCES)
PAGE_SIZE = 100


@dataclass(frozen=True)
class PlanView:
    """One plan with its problem, in one language."""

    problem: Problem
    data: dict  # plan.json
    details: dict  # details.json
    lang: Lang

    @property
    def explanation(self) -> dict:
        """The explanation in the view's language."""
        return self.details["explanations"][self.lang]

    @property
    def summary(self) -> dict:
        """The management summary (allocator/report/summary.py, docs/summary.md)."""
        return self.details["summaries"][self.lang]

    def school_summary(self, school_id: str) -> dict | None:
        """The summary row of school ``school_id``, or None."""
        return next((row for row in self.summary["schools"] if row["id"] == school_id), None)

    def recommendations(self) -> dict[str, int]:
        """Open work per recommendation code (core and other), the usual three first."""
        counts = dict.fromkeys(("recruit", "outsource", "defer"), 0)
        for item in self.data["uncovered"]:
            counts[item["recommendation"]] = counts.get(item["recommendation"], 0) + 1
        return counts

    # -- names (lookups built once per view: a 100-school page asks thousands of times) -----
    @cached_property
    def tasks(self) -> dict:
        """The tasks by id."""
        return self.problem.task_by_id()

    @cached_property
    def persons(self) -> dict:
        """The people by id."""
        return self.problem.person_by_id()

    @cached_property
    def school_names(self) -> dict[str, str]:
        """School names by id."""
        return {school.id: school.name for school in self.problem.schools}

    def task_name(self, task_id: str) -> str:
        """The task's name in the view's language (its id when unknown)."""
        task = self.tasks.get(task_id)
        return task.name(self.lang) if task else task_id

    def person_name(self, person_id: str) -> str:
        """The person's name (their id when unknown)."""
        person = self.persons.get(person_id)
        return person.name if person else person_id

    def school_name(self, school_id: str | None) -> str:
        """The school's name, or the words for the group (None) or the central site."""
        if school_id is None:
            return text("word.group", self.lang)
        if school_id == CENTRAL:
            return text("word.central", self.lang)
        return self.school_names.get(school_id, school_id)

    # -- rows ----------------------------------------------------------------------------------
    def assignments(self, keep: Callable[[dict], bool] | None = None) -> list[dict[str, Any]]:
        """Plan rows (those ``keep`` accepts) with their justification and runners-up."""
        justified = self.explanation["assignments"]  # in the plan's order (explain/report.py)
        tasks = self.tasks
        rows = []
        for k, row in enumerate(self.data["assignments"]):
            if keep is not None and not keep(row):
                continue
            why = justified[k] if k < len(justified) else {}
            task = tasks.get(row["task"])
            rows.append({**row, "task_name": self.task_name(row["task"]),
                         "person_name": self.person_name(row["person"]),
                         "where": self.school_name(row["school"]),
                         "core": bool(task and task.core),
                         "cluster": task.cluster.value if task else "",
                         "sentence": why.get("sentence", ""),
                         "runners_up": [{**r, "name": self.person_name(r["person"]),
                                         "why_text": text(f"why.{r['why']}", self.lang)}
                                        for r in why.get("runners_up", [])],
                         "shared_with": self.shared_with(why.get("co_workers", []))})
        return rows

    def shared_with(self, co_workers: list[dict]) -> str:
        """The others on the same task instance, "PICT 17 (2 u)", joined; empty when alone."""
        unit = text("word.hours_short", self.lang)
        return ", ".join(f"{self.person_name(c['person'])} ({hours(c['hours'], self.lang)} {unit})"
                         for c in co_workers)

    def uncovered(self, keep: Callable[[dict], bool] | None = None) -> list[dict[str, Any]]:
        """Open work, most important first, each with reason, recommendation, what it takes."""
        tasks = self.tasks
        rows = []
        for item in self.explanation["uncovered"]:
            if keep is not None and not keep(item):
                continue
            task = tasks.get(item["task"])
            rows.append({**item, "task_name": self.task_name(item["task"]),
                         "where": self.school_name(item["school"]),
                         "priority": task.priority if task else 0,
                         # the plan workbook's two columns, from the same words
                         "recommendation_label": text(f"rec.{item['recommendation']}",
                                                      self.lang),
                         "what_it_takes": what_it_takes(
                             item["recommendation"], item.get("recommendation_text") or "",
                             item.get("remedy"), self.lang, self.problem)})
        rows.sort(key=lambda r: (not r["core"], -r["priority"], r["school"] or "", r["task"]))
        return rows

    def single_points_of_failure(self) -> list[dict[str, Any]]:
        """Covered core work only one person can do, with names filled in."""
        rows = []
        for row in self.explanation["single_points_of_failure"]:
            if not row["single_point_of_failure"]:
                continue
            rows.append({**row, "task_name": self.task_name(row["task"]),
                         "where": self.school_name(row["school"]),
                         "workers_named": [(p, self.person_name(p)) for p in row["workers"]]})
        return rows

    def people(self) -> list[dict[str, Any]]:
        """People with hours used and available per source, and a shared scale for charts."""
        tasks = {row["id"]: row["tasks"] for row in self.data["people"]}
        rows = []
        for person in self.summary["load"]:
            sources = [{"source": source, "label": text(f"funding.{source}", self.lang),
                        "used": float(person["used"][source]),
                        "available": float(person["available"][source])}
                       for source in SOURCES]
            rows.append({**person, "sources": sources, "tasks": tasks.get(person["id"], 0),
                         "site_name": self.school_name(person["site"]),
                         "used": float(person["used_total"]),
                         "available": float(person["available_total"])})
        scale = max((max(row["available"], row["used"]) for row in rows), default=0.0) or 1.0
        for row in rows:
            row["scale"] = scale
        return rows

    def schools(self) -> list[dict[str, Any]]:
        """One row per school: hours per source worked there, and its open (core) work."""
        hours_at: dict[str | None, dict[str, float]] = defaultdict(lambda: dict.fromkeys(
            SOURCES, 0.0))
        for row in self.data["assignments"]:
            hours_at[row["school"]][row["funding"]] += row["hours"]
        open_at: dict[str | None, int] = defaultdict(int)
        open_core_at: dict[str | None, int] = defaultdict(int)
        for item in self.data["uncovered"]:
            open_at[item["school"]] += 1
            open_core_at[item["school"]] += bool(item["core"])
        rows = []
        for entry in self.summary["schools"]:
            rows.append({**entry, "hours": hours_at[entry["id"]],
                         "open": open_at[entry["id"]], "open_core": open_core_at[entry["id"]]})
        return rows

    def coverage(self, school_id: str | None) -> list[dict[str, Any]]:
        """The coverage rows of a school (None: the group's tasks), cluster in words."""
        return [{**row, "cluster_text": text(f"cluster.{row['cluster']}", self.lang)}
                for row in self.data["coverage"] if row["school"] == school_id]

    def post_place(self, post: dict) -> str:
        """Where a post to recruit for works, in words (not "region:R2")."""
        from allocator.explain.recruit import post_place

        return post_place(self.problem, post, self.lang)

    def changes(self) -> list[dict[str, Any]]:
        """What a re-plan changed: plan.json's ``changes``, the Wijzigingen sheet's rows.

        Moved, new and dropped work with who did it before and now, and why; kept work left
        out. Empty for a plan made without a previous one.
        """
        from allocator.explain.changes import people_text, reason_sentence

        changes = self.data.get("changes") or {}
        names = changes.get("names", {})
        lang, problem = self.lang, self.problem
        return [{**row, "change": text(f"change.{row['status']}", lang),
                 "task_name": self.task_name(row["task"]), "where": self.school_name(row["school"]),
                 "core": bool(self.tasks.get(row["task"]) and self.tasks[row["task"]].core),
                 **({"where": text("web.compare.bundle_where", lang)}
                    if row["school"] is None and self._school_task(row["task"]) else {}),
                 "before_text": people_text(row["before"], problem, lang, names) or "–",
                 "after_text": people_text(row["after"], problem, lang, names) or "–",
                 "why": "; ".join(reason_sentence(reason, problem, lang, names)
                                  for reason in row["reasons"])}
                for row in changes.get("rows", []) if row["status"] != "kept"]

    def _school_task(self, task_id: str) -> bool:
        """A school task (so a row without a school is the group's bundle of it)."""
        task = self.tasks.get(task_id)
        return task is not None and task.scope.value == "school"

    def hours_text(self, value: float) -> str:
        """Hours as the view's language writes them."""
        return hours(round(value, 2), self.lang)


def counted(n: int, noun: str, lang: Lang) -> str:
    """A count with its noun in the singular or plural: 1 taak, 3 taken."""
    return text(f"web.n.{noun}.{'one' if n == 1 else 'many'}", lang, n=n)


def replan_sentence(record_previous: str | None, replan: dict | None,
                    lang: Lang, changes: dict | None = None) -> str | None:
    """How a re-plan relates to the plan it kept close to.

    That is an uploaded previous plan (named by its file) or the plan a what-if starts from.
    """
    if not replan:
        return None
    # the tasks counted as the changes table lists them (explain/changes.py: work a school
    # hands to the group's bundle is moved, not dropped), else the solver's raw difference
    counts = (changes or {}).get("counts") or {kind: len(replan.get(kind, []))
                                                for kind in ("moved", "new", "dropped")}
    values = {"kept": counted(len(replan.get("kept", [])), "assignments", lang),
              **{kind: counted(counts.get(kind, 0), "tasks", lang)
                 for kind in ("moved", "new", "dropped")}}
    if record_previous:
        return text("web.plan.previous", lang, file=record_previous, **values)
    return text("web.plan.whatif_previous", lang, **values)


def page_of(rows: list, page: int) -> tuple[list, int, int]:
    """Rows of one page (1-based), the page shown and the number of pages."""
    pages = max(1, -(-len(rows) // PAGE_SIZE))
    page = min(max(1, page), pages)
    return rows[(page - 1) * PAGE_SIZE: page * PAGE_SIZE], page, pages


def difference(before: PlanView, after: PlanView, replan: dict | None) -> dict[str, Any]:
    """A what-if beside the plan it started from: totals, schools, and the moved work."""
    def totals(view: PlanView) -> dict[str, Any]:
        group = view.summary["group"]
        return {"core": group["core"], "noncore": group["noncore"],
                "uncovered_core": group["uncovered_core"],
                "uncovered": group["uncovered_core"] + group["uncovered_noncore"],
                "assignments": len(view.data["assignments"]), "funding": group["funding"]}

    # the plan's own per-instance changes (explain/changes.py, the Wijzigingen sheet's rows):
    # work a pooling school hands to the group's bundle is moved there, not lost
    changed = after.changes()

    def work(kind: str) -> list[dict[str, Any]]:
        return [row for row in changed if row["status"] == kind]

    def shares(row: dict) -> tuple:
        return (row["core"]["task_share"], row["noncore"]["task_share"])

    schools = []
    for now in after.summary["schools"]:
        was = before.school_summary(now["id"])
        if was is not None and shares(was) != shares(now):
            schools.append({"id": now["id"], "name": now["name"], "before": was, "after": now})
    # the group's own tasks: a change there is in the totals too
    was, now = before.summary.get("group_tasks"), after.summary.get("group_tasks")
    if was and now and (was["core"]["covered"], was["noncore"]["covered"]) != (
            now["core"]["covered"], now["noncore"]["covered"]):
        schools.append({"id": None, "name": text("web.compare.group_row", after.lang),
                        "before": was, "after": now})
    return {"before": totals(before), "after": totals(after), "schools": schools,
            "moved": work("moved"), "new": work("new"), "dropped": work("dropped"),
            "kept": len((replan or {}).get("kept", [])),
            "stability": (replan or {}).get("stability")}


def change_text(change: dict, view: PlanView) -> str:
    """One applied what-if change in words."""
    kind = change["type"]
    lang = view.lang
    if kind == "person_leaves":
        return text("web.change.person_leaves", lang, person=view.person_name(change["person"]))
    if kind == "person_hours":
        return text("web.change.person_hours", lang, person=view.person_name(change["person"]),
                    source=text(f"funding.{change['source']}", lang),
                    hours=hours(change["hours"], lang))
    if kind in ("pool", "unpool"):
        schools = change["schools"]
        names = (text("web.all_schools", lang) if schools == "all"
                 else ", ".join(view.school_name(s) for s in schools))
        return text(f"web.change.{kind}", lang, schools=names)
    if kind == "task_drop":
        return text("web.change.task_drop", lang, task=view.task_name(change["task"]))
    if kind == "task_core":
        return text("web.change.task_core_yes" if change["core"] else "web.change.task_core_no",
                    lang, task=view.task_name(change["task"]))
    return text("web.change.other", lang, kind=kind)
