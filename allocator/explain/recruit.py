"""Recruitment: posts from uncovered work marked *recruit*, and vacancy drafts.

Uncovered instances whose recommendation is ``recruit`` (never directie work: that is the
``directie`` recommendation) are grouped by the role a new colleague would take (the
recommendation's profile: TICT, PICT, ...) and by *area*:

- central work (group tasks, bundles, central placement at pooling schools): the whole group;
- work at pooling schools: their region (schools without a region: one area for the group),
  since pooling schools share staff;
- work at a school that does not pool: that school alone.

An area's work of one role becomes a **post** when it adds up to at least ``min_post_hours``
(default 4 h a week; a post is at most a full-time 36 h, larger amounts make several posts).
Smaller remainders are no vacancy: each becomes an **"add to an existing job"** suggestion
naming the colleague who fits best (may take it by role and site, fewest levels short, most
hours left).

A post's hours are checked against its area's unspent ICT envelope, counted in HSO hours: a
bachelor hour costs 75/63 and a master hour 95/63 of them (ICT points per full-time post: 63
sourced, 75 and 95 estimated in the domain brief). Pooling schools share one pot with the
central service; a school that does not pool has its own. Posts draw from their pot in order,
core hours first, so the check is cumulative. An envelope already spent is reported as
"over budget by ...", never as a negative amount left.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from allocator.explain import phrases
from allocator.explain.recommend import recruit_role
from allocator.i18n import Lang, hours, text
from models import (
    CENTRAL,
    COMPETENCIES,
    Funding,
    Person,
    Placement,
    Plan,
    Problem,
    Role,
    Scope,
)

# points per full-time post: HSO is sourced (63); bachelor and master are the brief's estimates
POINTS_PER_FTE = {"hso": 63, "bachelor": 75, "master": 95}
FULL_TIME_HOURS = 36.0
MIN_POST_HOURS = 4.0


@dataclass
class Profile:
    """One post to recruit for."""

    site: str  # central, a school id, or "region:<name>" / "group" for shared posts
    kind: str  # the role (vocabulary spelling)
    area: str = "school"  # central | region | school
    schools: list[str] = field(default_factory=list)  # schools whose work the post takes
    region: str | None = None
    levels: dict[str, int] = field(default_factory=lambda: dict.fromkeys(COMPETENCIES, 0))
    tasks: list[dict] = field(default_factory=list)
    envelope_left: float | None = None

    @property
    def hours(self) -> float:
        """Weekly hours of the post: the sum of its tasks' hours."""
        return sum(task["hours"] for task in self.tasks)

    @property
    def diploma(self) -> str:
        """The qualification level the work calls for.

        From the report: policy usually master, technical at least bachelor, administrative
        secondary.
        """
        if self.levels["B"] >= 4:
            return "master"
        if self.levels["T"] >= 3 or max(self.levels.values()) >= 3:
            return "bachelor"
        return "hso"

    @property
    def envelope_cost(self) -> float:
        """Envelope hours (counted at HSO points) the profile's hours cost at its diploma."""
        return self.hours * POINTS_PER_FTE[self.diploma] / POINTS_PER_FTE["hso"]

    @property
    def over_budget(self) -> float:
        """How far the post takes its pot past the envelope (0 when it fits or is unknown)."""
        if self.envelope_left is None:
            return 0.0
        return max(0.0, self.envelope_cost - max(0.0, self.envelope_left))

    def to_dict(self) -> dict:
        """The post as JSON-ready data (the plan JSON's ``recruitment.posts``)."""
        left = self.envelope_left
        return {"site": self.site, "area": self.area, "region": self.region,
                "schools": self.schools, "profile": self.kind, "kind": self.kind,
                "hours": self.hours, "levels": self.levels, "tasks": self.tasks,
                "diploma": self.diploma, "envelope_cost": round(self.envelope_cost, 2),
                "envelope_left": None if left is None else round(max(0.0, left), 2),
                "over_budget": round(self.over_budget, 2),
                "fits_envelope": None if left is None else self.over_budget == 0}


@dataclass
class Suggestion:
    """Work too small for a post: add it to an existing colleague's job."""

    task: str
    school: str | None
    hours: float
    kind: str
    person: str | None  # the best-fitting colleague, or None when nobody may take it
    gaps: dict[str, int] = field(default_factory=dict)  # levels they lack
    hours_left: float = 0.0  # their hours left that may pay for it

    def to_dict(self) -> dict:
        """The suggestion as JSON-ready data, with the extra hours the colleague would need."""
        return {"task": self.task, "school": self.school, "hours": self.hours,
                "kind": self.kind, "person": self.person, "gaps": self.gaps,
                "extra_hours": max(0.0, self.hours - self.hours_left)}


@dataclass
class Recruitment:
    """What to recruit for: posts, and small work to add to existing jobs."""

    posts: list[Profile]
    suggestions: list[Suggestion]

    def to_dict(self) -> dict:
        """The recruitment advice as JSON-ready data."""
        return {"posts": [p.to_dict() for p in self.posts],
                "add_to_existing_jobs": [s.to_dict() for s in self.suggestions]}


def _site(problem: Problem, task_id: str, school_id: str | None) -> str:
    task = problem.task_by_id()[task_id]
    if school_id is None or task.scope is Scope.group:
        return CENTRAL
    school = problem.school_by_id()[school_id]
    return CENTRAL if school.always_pools and task.placement is Placement.central else school_id


def _area(problem: Problem, site: str) -> tuple[str, str, str | None]:
    """(area key, area kind, region) of work at ``site``."""
    if site == CENTRAL:
        return "central", "central", None
    school = problem.school_by_id()[site]
    if not school.always_pools:
        return site, "school", None
    if school.region:
        return f"region:{school.region}", "region", school.region
    return "group", "region", None


def _pot(problem: Problem, profile: Profile) -> str:
    return CENTRAL if profile.area in ("central", "region") else profile.site


def envelope_left(problem: Problem, pot: str) -> float | None:
    """Unspent ICT envelope hours of a pot (the central pot or a non-pooling school).

    Negative when the staff's ICT hours already exceed the envelope.
    """
    if pot == CENTRAL:
        members = [s for s in problem.schools if s.always_pools]
        sites = {CENTRAL} | {s.id for s in members}
    else:
        members = [problem.school_by_id()[pot]]
        sites = {pot}
    if not members or any(s.ict_envelope_hours is None for s in members):
        return None
    envelope = sum(s.ict_envelope_hours or 0.0 for s in members)
    return envelope - sum(p.ict for p in problem.people if p.site in sites)


def recruitment(problem: Problem, plan: Plan, min_post_hours: float = MIN_POST_HOURS
                ) -> Recruitment:
    """Posts of at least ``min_post_hours`` and the smaller rest as suggestions."""
    problem = problem.with_pooling(getattr(plan, "pooling", None))  # 'kies' as decided
    tasks = problem.task_by_id()
    groups: dict[tuple[str, str], list[dict]] = {}
    meta: dict[str, tuple[str, str | None]] = {}
    for item in plan.uncovered:
        if item.recommendation != "recruit":
            continue
        task = tasks[item.task]
        detail = getattr(item, "recommendation_detail", None) or {}
        role = detail.get("role") or (recruit_role(task) or Role.tict).value
        if role == Role.directie.value:
            continue  # never a vacancy for directie work
        site = _site(problem, task.id, item.school)
        key, kind, region = _area(problem, site)
        meta[key] = (kind, region)
        groups.setdefault((key, role), []).append({
            "task": task.id, "school": item.school,
            "hours": float(item.hours if item.hours is not None else task.hours_at(None)),
            "core": task.core, "priority": task.priority, "name_nl": task.name_nl, "name_en": task.name_en})
    posts: list[Profile] = []
    small: list[tuple[str, dict]] = []
    for (key, role), items in groups.items():
        items.sort(key=lambda t: (not t["core"], -t["priority"], t["task"], t["school"] or ""))
        total = sum(t["hours"] for t in items)
        if total < min_post_hours:
            small += [(role, t) for t in items]
            continue
        kind, region = meta[key]
        for chunk in _chunks(items):
            post = Profile(site=key, kind=role, area=kind, region=region)
            post.tasks = chunk
            post.schools = sorted({t["school"] for t in chunk if t["school"]})
            for t in chunk:
                for c in COMPETENCIES:
                    post.levels[c] = max(post.levels[c], tasks[t["task"]].min_level(c))
            posts.append(post)
    posts.sort(key=lambda p: (-sum(t["hours"] for t in p.tasks if t["core"]), -p.hours,
                              p.site, p.kind))
    pots: dict[str, float | None] = {}
    for post in posts:
        pot = _pot(problem, post)
        if pot not in pots:
            pots[pot] = envelope_left(problem, pot)
        left = pots[pot]
        post.envelope_left = left
        if left is not None:
            pots[pot] = left - post.envelope_cost
    return Recruitment(posts, _suggestions(problem, plan, small))


def recruitment_profiles(problem: Problem, plan: Plan,
                         min_post_hours: float = MIN_POST_HOURS) -> list[Profile]:
    """The posts (see :func:`recruitment` for the suggestions too)."""
    return recruitment(problem, plan, min_post_hours).posts


def _chunks(items: list[dict]) -> list[list[dict]]:
    """Full-time posts at most: fill one, then start the next."""
    chunks: list[list[dict]] = [[]]
    for item in items:
        if chunks[-1] and sum(t["hours"] for t in chunks[-1]) + item["hours"] > FULL_TIME_HOURS:
            chunks.append([])
        chunks[-1].append(item)
    return chunks


def _suggestions(problem: Problem, plan: Plan, small: list[tuple[str, dict]]
                 ) -> list[Suggestion]:
    if not small:
        return []
    from allocator.compile import PruneReason, compile_problem
    from allocator.compile.program import InstanceKind

    program = compile_problem(problem)
    assert program.pair_rules is not None
    index = program.instance_keys()
    used = plan.hours_spent()  # travel too: a central person's visits use their hours
    tolerated = np.uint8((1 << PruneReason.competency) | (1 << PruneReason.funding))
    tasks = problem.task_by_id()
    result = []
    for role, item in small:
        task = tasks[item["task"]]
        bundled = item["school"] is None and task.scope is Scope.school
        i = index.get((item["task"], item["school"], bundled))
        best: tuple | None = None
        if i is not None:
            for p, person in enumerate(problem.people):
                if program.pair_rules[p, i] & ~tolerated:
                    continue  # role, site, region or 'never' rule it out
                gaps = {c: task.min_level(c) - person.level(c) for c in COMPETENCIES
                        if person.level(c) < task.min_level(c)}
                own = int(program.instance_kind[i]) == InstanceKind.school \
                    and person.site == item["school"]
                left = sum(max(0.0, person.hours(source)
                               - used.get((person.id, source.value), 0.0))
                           for source in _sources(own))
                key = (sum(gaps.values()), -left, person.id)
                if best is None or key < best[0]:
                    best = (key, person, gaps, left, own)
        if best is not None:
            # suggestions add up: the free hours one takes, the next no longer finds
            _take(used, best[1], _sources(best[4]), item["hours"])
        result.append(Suggestion(item["task"], item["school"], item["hours"], role,
                                 best[1].id if best else None, best[2] if best else {},
                                 best[3] if best else 0.0))
    return result


def _take(used: dict[tuple[str, str], float], person: Person, sources: list[Funding],
          hours: float) -> None:
    """Count ``hours`` of ``person``'s free hours on ``sources`` (in that order) as used."""
    for source in sources:
        key = (person.id, source.value)
        taken = min(hours, max(0.0, person.hours(source) - used.get(key, 0.0)))
        used[key] = used.get(key, 0.0) + taken
        hours -= taken


def _sources(own_school: bool) -> list[Funding]:
    return [Funding.ict, Funding.other] + ([Funding.bpt] if own_school else [])


def _where(problem: Problem, profile: Profile, lang: Lang, school_names: bool) -> str:
    return post_place(problem, profile.to_dict(), lang, school_names)


def post_place(problem: Problem, post: dict, lang: Lang, school_names: bool = True) -> str:
    """Where a post works, in words (a post as ``Profile.to_dict`` gives it).

    The central service, "regio R2 (De Linde en Ter Beke)", the pooling schools together, or
    the school's name; never the internal area key ("region:R2").
    """
    def school(sid: str) -> str:
        found = problem.school_by_id().get(sid)
        return found.name if school_names and found is not None else f"school {sid}"

    if post["area"] == "central":
        return text("recruit.central", lang)
    if post["area"] == "region":
        names = phrases.join([school(s) for s in post["schools"]], lang)
        if post.get("region"):
            return text("recruit.region", lang, region=post["region"], schools=names)
        return text("recruit.shared", lang, schools=names)
    return school(post["site"])


def vacancy_markdown(problem: Problem, profile: Profile, lang: Lang = "nl",
                     school_names: bool = True) -> str:
    """The draft; ``school_names=False`` (a pseudonymised plan) names a school by its id."""
    where = _where(problem, profile, lang, school_names)
    needs = [f"- {text(f'vacancy.competency.{c}', lang)}: {text(f'vacancy.level.{v}', lang)}"
             for c, v in profile.levels.items() if v]
    core_first = sorted(profile.tasks, key=lambda t: (not t["core"], t["task"]))
    name = "name_nl" if lang == "nl" else "name_en"

    def at(t: dict) -> str:
        if not t["school"]:
            return ""
        shown = problem.school_by_id()[t["school"]].name if school_names else t["school"]
        return f"{shown}; "

    task_lines = [f"- {t[name]} ({at(t)}{hours(t['hours'], lang)} "
                  f"{text('word.hours_per_week_short', lang)}"
                  f"{text('word.core_task_suffix', lang) if t['core'] else ''})"
                  for t in core_first]
    total = hours(profile.hours, lang)
    role = phrases.role_name(profile.kind, lang)
    envelope = _envelope_sentence(profile, lang)
    return "\n".join([
        text("vacancy.title", lang, role=role, where=where), "",
        text("vacancy.size", lang, total=total), "",
        text("vacancy.what_you_do", lang), *task_lines, "",
        text("vacancy.what_you_bring", lang), *needs, text("vacancy.soft_skills", lang), "",
        text("vacancy.funding", lang), text("vacancy.envelope", lang, envelope=envelope), "",
        text("vacancy.footer", lang), ""])


def _envelope_sentence(profile: Profile, lang: Lang) -> str:
    if profile.envelope_left is None:
        return text("recruit.envelope_unknown", lang)
    cost = hours(round(profile.envelope_cost, 1), lang)
    if profile.over_budget == 0:
        return text("recruit.envelope_fits", lang, left=hours(round(profile.envelope_left, 1),
                                                              lang),
                    diploma=text(f"diploma.{profile.diploma}", lang), cost=cost)
    return text("recruit.envelope_over", lang, diploma=text(f"diploma.{profile.diploma}", lang),
                cost=cost,
                over=hours(round(profile.over_budget, 1), lang))


def suggestion_sentence(problem: Problem, suggestion: Suggestion, lang: Lang) -> str:
    """The suggestion in words: who could take the work on, with what training and extra hours."""
    work = phrases.work_item(problem, suggestion.task, suggestion.school, suggestion.hours, lang)
    if suggestion.person is None:
        return text("recruit.nobody", lang, work=work)
    gaps = phrases.join([phrases.level_gap(c, g, lang) for c, g in suggestion.gaps.items()],
                        lang)
    extra = max(0.0, suggestion.hours - suggestion.hours_left)
    return text("recruit.add_to_job", lang, work=work,
                name=phrases.person_name(problem, suggestion.person, lang),
                extra=(text("recruit.extra_hours", lang, hours=hours(extra, lang)) if extra
                       else text("recruit.within_hours", lang)),
                gaps=f"; {gaps}" if gaps else "")
