"""Recruitment profiles from uncovered work marked *recruit*, and vacancy drafts.

Uncovered instances whose recommendation is ``recruit`` are grouped per site (where the new
colleague would work: the school, or the central service for central and group work) and per
profile, named after the competency the work leans on most: TICT-like (technical),
PICT-like (pedagogical), policy, administrative. A profile asks for the highest minimum level
of its tasks in each competency. Its hours are checked against the site's unspent ICT
envelope, counted in HSO hours: a bachelor hour costs 75/63 and a master hour 95/63 of them
(ICT points per full-time post: 63 sourced, 75 and 95 estimated in the domain brief). Pooling
schools share one pot with the central service (their envelopes, minus the
ICT hours held by central staff and by their own staff); a school that does not pool has its
own (its envelope minus its staff's ICT hours). Profiles draw from their pot in order, core
hours first, so the check is cumulative: the second profile sees what the first left.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from allocator.i18n import Lang, hours
from models import CENTRAL, COMPETENCIES, Placement, Plan, Problem, Scope

# points per full-time post: HSO is sourced (63); bachelor and master are the brief's estimates
POINTS_PER_FTE = {"hso": 63, "bachelor": 75, "master": 95}
PROFILE_OF = {"T": "TICT", "P": "PICT", "B": "beleid", "A": "administratie"}
LEVEL_WORDS = {
    "nl": {1: "basisaffiniteit", 2: "werkkennis", 3: "professioneel niveau", 4: "expertniveau"},
    "en": {1: "basic affinity", 2: "working knowledge", 3: "professional level",
           4: "expert level"},
}
COMPETENCY_WORDS = {
    "nl": {"T": "technisch", "P": "pedagogisch-didactisch", "B": "beleid en visie",
           "A": "administratief"},
    "en": {"T": "technical", "P": "pedagogical-didactic", "B": "policy and vision",
           "A": "administrative"},
}


@dataclass
class Profile:
    site: str
    kind: str
    levels: dict[str, int] = field(default_factory=lambda: dict.fromkeys(COMPETENCIES, 0))
    tasks: list[dict] = field(default_factory=list)
    envelope_left: float | None = None

    @property
    def hours(self) -> float:
        return sum(task["hours"] for task in self.tasks)

    @property
    def diploma(self) -> str:
        """The qualification level the work calls for (report: policy usually master,
        technical at least bachelor, administrative secondary)."""
        if self.levels["B"] >= 4:
            return "master"
        if self.levels["T"] >= 3 or max(self.levels.values()) >= 3:
            return "bachelor"
        return "hso"

    @property
    def envelope_cost(self) -> float:
        """Envelope hours (counted at HSO points) the profile's hours cost at its diploma."""
        return self.hours * POINTS_PER_FTE[self.diploma] / POINTS_PER_FTE["hso"]

    def to_dict(self) -> dict:
        return {"site": self.site, "profile": self.kind, "hours": self.hours,
                "levels": self.levels, "tasks": self.tasks, "diploma": self.diploma,
                "envelope_cost": round(self.envelope_cost, 2),
                "envelope_left": self.envelope_left,
                "fits_envelope": None if self.envelope_left is None
                else self.envelope_cost <= self.envelope_left}


def _site(problem: Problem, task_id: str, school_id: str | None) -> str:
    task = problem.task_by_id()[task_id]
    if school_id is None or task.scope is Scope.group:
        return CENTRAL
    school = problem.school_by_id()[school_id]
    return CENTRAL if school.pools and task.placement is Placement.central else school_id


def _pot(problem: Problem, site: str) -> str:
    return CENTRAL if site == CENTRAL or problem.school_by_id()[site].pools else site


def envelope_left(problem: Problem, pot: str) -> float | None:
    """Unspent ICT envelope hours of a pot (the central pot or a non-pooling school)."""
    if pot == CENTRAL:
        members = [s for s in problem.schools if s.pools]
        sites = {CENTRAL} | {s.id for s in members}
    else:
        members = [problem.school_by_id()[pot]]
        sites = {pot}
    if not members or any(s.ict_envelope_hours is None for s in members):
        return None
    envelope = sum(s.ict_envelope_hours or 0.0 for s in members)
    return envelope - sum(p.ict for p in problem.people if p.site in sites)


def recruitment_profiles(problem: Problem, plan: Plan) -> list[Profile]:
    problem = problem.with_pooling(getattr(plan, "pooling", None))  # 'kies' as decided
    tasks = problem.task_by_id()
    profiles: dict[tuple[str, str], Profile] = {}
    for item in plan.uncovered:
        if item.recommendation != "recruit":
            continue
        task = tasks[item.task]
        lean = max(COMPETENCIES, key=lambda c: (task.min_level(c), c == "T"))
        site = _site(problem, task.id, item.school)
        profile = profiles.setdefault((site, PROFILE_OF[lean]),
                                      Profile(site=site, kind=PROFILE_OF[lean]))
        for c in COMPETENCIES:
            profile.levels[c] = max(profile.levels[c], task.min_level(c))
        profile.tasks.append({"task": task.id, "school": item.school,
                              "hours": float(getattr(item, "hours", task.hours_at(None))),
                              "core": task.core, "name_nl": task.name_nl,
                              "name_en": task.name_en})
    result = sorted(profiles.values(), key=lambda p: (
        -sum(t["hours"] for t in p.tasks if t["core"]), -p.hours, p.site, p.kind))
    pots: dict[str, float | None] = {}
    for profile in result:
        pot = _pot(problem, profile.site)
        if pot not in pots:
            pots[pot] = envelope_left(problem, pot)
        profile.envelope_left = pots[pot]
        if pots[pot] is not None:
            pots[pot] = max(0.0, pots[pot] - profile.envelope_cost)  # type: ignore[operator]
    return result


def vacancy_markdown(problem: Problem, profile: Profile, lang: Lang = "nl",
                     school_names: bool = True) -> str:
    """The draft; ``school_names=False`` (a pseudonymised plan) names a school by its id."""
    where = (("de centrale ICT-dienst van de scholengroep" if lang == "nl"
              else "the school group's central ICT service") if profile.site == CENTRAL
             else problem.school_by_id()[profile.site].name if school_names
             else f"school {profile.site}")
    words = LEVEL_WORDS[lang]
    needs = [f"- {COMPETENCY_WORDS[lang][c]}: {words[v]}" for c, v in profile.levels.items()
             if v]
    core_first = sorted(profile.tasks, key=lambda t: (not t["core"], t["task"]))
    name = "name_nl" if lang == "nl" else "name_en"
    task_lines = [f"- {t[name]} ({t['task']}{', ' + t['school'] if t['school'] else ''}; "
                  f"{hours(t['hours'], lang)} {'u' if lang == 'nl' else 'h'}/week"
                  f"{', kerntaak' if t['core'] and lang == 'nl' else ''}"
                  f"{', core task' if t['core'] and lang == 'en' else ''})"
                  for t in core_first]
    total = hours(profile.hours, lang)
    if lang == "nl":
        envelope = ("niet gekend (vul ict_envelop_uren in)" if profile.envelope_left is None
                    else f"{hours(profile.envelope_left)} u/week nog vrij in de ICT-envelop; op "
                    f"{profile.diploma}-niveau kost dit profiel {hours(round(profile.envelope_cost, 1))} "
                    "u/week van de envelop: "
                    + ("past" if profile.envelope_cost <= profile.envelope_left else
                       "past niet; combineer met BPT- of andere uren of bundel op groepsniveau"))
        return "\n".join([
            f"# Vacature: {profile.kind}-medewerker voor {where}", "",
            f"Omvang: ongeveer {total} uur per week.", "",
            "## Wat je doet", *task_lines, "",
            "## Wat je meebrengt", *needs,
            "- communicatief, teamgericht, leergierig en discreet", "",
            "## Financiering", f"- ICT-envelop: {envelope}", "",
            "_Opgesteld met het takenoverzicht ICT-coördinatie (allocator)._", ""])
    envelope = ("unknown (fill in ict_envelope_hours)" if profile.envelope_left is None
                else f"{hours(profile.envelope_left, lang)} h/week left in the ICT envelope; at "
                f"{profile.diploma} level this profile costs "
                f"{hours(round(profile.envelope_cost, 1), lang)} h/week of it: "
                + ("fits" if profile.envelope_cost <= profile.envelope_left else
                   "does not fit; combine with BPT or other hours, or bundle at group level"))
    return "\n".join([
        f"# Vacancy: {profile.kind} colleague for {where}", "",
        f"About {total} hours a week.", "", "## What you will do", *task_lines, "",
        "## What you bring", *needs, "- communicative, team-minded, eager to learn, discreet",
        "", "## Funding", f"- ICT envelope: {envelope}", "",
        "_Drafted from the ICT-coordination task overview (allocator)._", ""])
