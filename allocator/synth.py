"""Seeded synthetic school groups, calibrated on shared/domain.md and the founding report.

Numbers used (labels as in the domain brief; "seed" is the Dutch report):

- pupils per school: primary ≈ 266 on average, secondary ≈ 440-600, special ≈ 40-250 [S/D];
  adult-education centres "gemiddeld > 5000 cursisten" (seed), so 5,500 ± 1,500 learners;
- ICT envelope: weighted pupils × 0.04 points [D/E] ÷ 63 points per full-time post (HSO) [S]
  × 36 h a week [S], weights 1.2249 (primary), 1.0 (secondary, blended), 1.25 (special) [S];
  an adult learner counts as 0.3 weighted pupil (0.00198 per lesson-hour-learner [S] × about
  150 lesson hours a year [E]);
- pool hours: a pooling school hands 80 % of its envelope to the group's central pot and keeps
  the rest for a local anchor point [E]; every school carries its ``pool_hours`` (what it would
  hand over), so pooling has its price (allocation-rules.md, v2); central posts are cut from
  the pot in posts of at most 36 h;
- BPT: at most 3 % of the teaching package [S]; package ≈ one teacher per 13 pupils ×
  22 periods [E]; 1 period ≈ 1.7 clock hours [E]; ICT gets about a third of the cap [E];
  an adult centre counts its learners as 0.3 full-time pupil here too;
- about 70 % of schools pool [E]; adult-education centres never do: a centre is already at
  group scale with its own ICT department of specialists (seed: "beschikken vaak over een hele
  ICT-dienst van specialisten");
- a school PICT is the exception, not the rule: the report finds the role "nog niet in alle
  (kleine) scholen ingevuld, en eerder op het niveau van scholengroep" — the chance of a school
  PICT rises from 0 at 300 pupils to 1 at 900 (a pooling school: 600 to 1,200, its central team
  has a PICT) [E];
- regions: schools spread over regions of about five schools; central TICTs "zijn ingedeeld
  per regio en hebben elk hun eigen specialisatie" (seed), so each serves one region, while the
  head of ICT, the central PICT and central administration serve the whole group;
- travel: about 0.5 h a week per visited school [E] (domain brief 5.2), 1 h outside the
  central service's own region (R1) [E];
- administrative staff: "geen specifieke kennis vereist", "affiniteit met ICT" (seed): A 2-4,
  T 1-3 (the report's "technisch sterke secretariaatsmedewerker" at the top), P and B low;
- technical advisers (TA) in about half of the secondary schools of 500 pupils or more
  (technical and vocational schools, seed 1.3) [E]; a communication officer centrally in
  groups of six schools or more [E];
- an adult centre's ICT department: TICT posts of at most 36 h from its envelope, a
  helpdesk specialist from its other means (1 h a week per 250 learners, at most a post) [E]
  and a PICT.
"""

from __future__ import annotations

from typing import Any, Literal

import numpy as np

from allocator.read.catalogue import default_tasks
from models import (
    CENTRAL,
    Level,
    Person,
    Preference,
    Problem,
    Role,
    School,
    Task,
    round_up_to_half,
)

POINTS_PER_WEIGHTED_PUPIL = 0.04
POINTS_PER_FTE_HSO = 63
HOURS_PER_FTE = 36
PUPIL_WEIGHT = {Level.basis: 1.2249, Level.secundair: 1.0, Level.buitengewoon: 1.25,
                Level.volwassenen: 0.3}
BPT_CAP_SHARE = 0.03
PUPILS_PER_TEACHER = 13
PERIODS_PER_TEACHER = 22
HOURS_PER_PERIOD = 1.7
ICT_SHARE_OF_BPT = 0.33
POOLED_TO_CENTRAL = 0.8
LEVEL_MIX = {Level.basis: 0.62, Level.secundair: 0.28, Level.buitengewoon: 0.07,
             Level.volwassenen: 0.03}
PUPILS = {Level.basis: (270, 90, 60, 700), Level.secundair: (600, 250, 150, 1500),
          Level.buitengewoon: (120, 50, 30, 300), Level.volwassenen: (5500, 1500, 2500, 12000)}
# a school PICT: chance 0 at the first number of pupils, 1 at the second (a pooling school's
# pedagogical work is done by the central PICT, so its ramp starts later)
PICT_RAMP = (300, 900)
PICT_RAMP_POOLING = (600, 1200)
SCHOOLS_PER_REGION = 5
TRAVEL_HOURS = (0.5, 1.0)  # in the central service's own region R1, elsewhere
MIN_POST_HOURS = 4  # pot hours below this make no central post

_PREFIX = {Level.basis: "Basisschool", Level.secundair: "Campus",
           Level.buitengewoon: "School voor buitengewoon onderwijs", Level.volwassenen: "CVO"}
_NAMES = ("De Linde", "Sint-Jan", "De Regenboog", "Het Anker", "De Klimop", "Ter Beke",
          "De Wingerd", "Sint-Maarten", "Het Spoor", "De Horizon", "Zonnebloem", "De Boomgaard")
_LABEL = {Role.directie: "Directeur", Role.administratief: "Administratief medewerker",
          Role.tict: "TICT", Role.pict: "PICT", Role.digicoach: "Digicoach",
          Role.ict_diensthoofd: "ICT-diensthoofd", Role.technisch_adviseur: "TA",
          Role.communicatie: "Communicatie"}

# School staff ids are fixed per school and slot, so a school's people keep their ids whatever
# other schools do (a school that starts pooling changes its own staff only): school k's
# people are P{8k+1} ... P{8k+8}; central staff are C01, C02, ...
_SLOTS = 8
_DIRECTIE, _ADMIN, _ICT, _PICT, _DIGICOACH, _TA, _EXTRA_ICT = 0, 1, 2, 3, 4, 5, 6


def _school_name(level: Level, index: int) -> str:
    suffix = "" if index < len(_NAMES) else f" {index // len(_NAMES) + 1}"
    return f"{_PREFIX[level]} {_NAMES[index % len(_NAMES)]}{suffix}"


def ict_envelope_hours(level: Level, pupils: int,
                       points_per_pupil: float = POINTS_PER_WEIGHTED_PUPIL) -> float:
    """Weekly ICT hours a school's pupils earn, rounded up to a half hour."""
    points = pupils * PUPIL_WEIGHT[level] * points_per_pupil
    return round_up_to_half(points / POINTS_PER_FTE_HSO * HOURS_PER_FTE)


def bpt_for_ict_hours(pupils: int) -> float:
    """Weekly BPT hours a school of ``pupils`` sets aside for ICT, rounded up to a half hour."""
    periods = pupils / PUPILS_PER_TEACHER * PERIODS_PER_TEACHER * BPT_CAP_SHARE
    return round_up_to_half(periods * HOURS_PER_PERIOD * ICT_SHARE_OF_BPT)


def pool_hours_of(envelope: float) -> float:
    """What a pooling school hands to the central pot: 80 % of its envelope, in half-hours."""
    return min(envelope, _half(envelope * POOLED_TO_CENTRAL))


def regions_for(schools: int) -> int:
    """Regions of about five schools; a group of fewer than four schools is one region."""
    return 1 if schools < 4 else max(2, round(schools / SCHOOLS_PER_REGION))


def _half(value: float) -> float:
    return max(0.0, round(value * 2) / 2)


def _ramp(pupils: int, bounds: tuple[int, int]) -> float:
    low, high = bounds
    return float(np.clip((pupils - low) / (high - low), 0.0, 1.0))


def _posts(hours: float) -> list[float]:
    """Posts of at most 36 h cut from ``hours``; a remainder under 4 h makes no post."""
    posts = []
    while hours >= MIN_POST_HOURS:
        post = _half(min(HOURS_PER_FTE, hours))
        posts.append(post)
        hours -= post
    return posts


def _levels(rng: np.random.Generator, base: tuple[int, int, int, int],
            floor: tuple[int, int, int, int] = (0, 0, 0, 0)) -> dict[str, int]:
    noise = rng.integers(-1, 2, size=4)
    return {c: int(np.clip(b + n, f, 4))
            for c, b, n, f in zip("TPBA", base, noise, floor, strict=True)}


# Common random numbers: every school, person and central post draws from its own stream,
# keyed by the group seed and its place in the group, never from one shared sequence. Two
# groups with the same seed then hold the same schools wherever a parameter does not touch
# them: a school that pools at pool share 0.3 pools at 0.7 too (one uniform number, compared
# with the share), a group of 10 schools is the group of 5 plus five schools, and a change of
# level mix changes only the schools whose level number crosses a boundary. Sweeps rely on it
# for paired comparisons (allocator/scenarios/design.py). New draws go at the end of a stream.
_SCHOOL, _PERSON, _CENTRAL = 1, 2, 3


def stream(seed: int, *keys: int) -> np.random.Generator:
    """The random stream of one element of a group: same seed and keys, same numbers."""
    return np.random.default_rng(np.random.SeedSequence([seed % 2**63, *keys]))


def _pick_level(u: float, chosen: list[Level], level_mix: dict[Level, float] | None) -> Level:
    """The level whose share of the cumulative mix holds ``u`` (levels in a fixed order)."""
    ordered = [level for level in Level if level in chosen]
    weights = np.array([(level_mix or LEVEL_MIX).get(level, 0.0) for level in ordered],
                       dtype=float)
    if weights.sum() <= 0:
        raise ValueError("the level mix gives no weight to any chosen level")
    bounds = np.cumsum(weights / weights.sum())
    return ordered[min(int(np.searchsorted(bounds, u, side="right")), len(ordered) - 1)]


# (role, competency levels T P B A, specialisations, regional) of central posts in the order
# the pot pays for them: the head of ICT first, then a TICT, the group's PICT, more TICTs
_CENTRAL_POSTS: tuple[tuple[Role, tuple[int, int, int, int], list[str], bool], ...] = (
    (Role.tict, (4, 0, 2, 2), ["network", "cybersecurity"], True),
    (Role.pict, (2, 4, 3, 1), [], False),
    (Role.tict, (4, 0, 1, 2), ["software", "smartschool"], True),
    (Role.tict, (3, 1, 2, 2), ["helpdesk", "hardware"], True),
)
_CVO_POSTS = (["network", "cybersecurity"], ["helpdesk", "hardware"], ["software", "smartschool"])


def generate_group(schools: int, seed: int = 0, levels: list[Level] | None = None,
                   pool_share: float = 0.7, tasks: list[Task] | None = None,
                   preferences: bool = True, level_mix: dict[Level, float] | None = None,
                   points_per_pupil: float = POINTS_PER_WEIGHTED_PUPIL,
                   school_levels: list[Level] | None = None,
                   priced: bool = True, travel: bool = True) -> Problem:
    """A realistic school group of ``schools`` schools with central staff and the catalogue.

    Parameters
    ----------
    schools
        Number of schools (at least one).
    seed
        Seed of every random stream: the same seed gives the same group.
    levels
        Levels the schools are drawn from (default: all).
    pool_share
        Probability that a school pools (a one-school group and adult centres never do).
    tasks
        The catalogue (default: the default catalogue).
    preferences
        Draw people's preferences too.
    level_mix
        Weights of the chosen levels (default: Flanders' mix, ``LEVEL_MIX``).
    points_per_pupil
        ICT points per weighted pupil (not published: the domain brief estimates
        0.035-0.047).
    school_levels
        Each school's level, instead of drawing it from the mix (a Flanders snapshot needs
        exact counts).
    priced
        Schools carry ``pool_hours``: pooling has a price (the central pot and the
        envelopes bind).
    travel
        Schools carry ``travel_hours``: central staff may serve pooling schools on site, at
        that cost.

    Returns
    -------
    Problem
        A valid problem: schools, their people and the central posts the pooled pot pays
        for, tasks and preferences.
    """
    if schools < 1:
        raise ValueError("a group needs at least one school")
    if school_levels is not None and len(school_levels) != schools:
        raise ValueError("school_levels needs one level per school")
    chosen = levels or [Level.basis, Level.secundair]
    n_regions = regions_for(schools)
    regions = [f"R{r + 1}" for r in range(n_regions)]
    school_list: list[School] = []
    people: list[Person] = []
    streams: list[np.random.Generator] = []
    pot = 0.0

    def add_person(pid: str, site: str, role: Role, base: tuple[int, int, int, int],
                   rng: np.random.Generator, floor: tuple[int, int, int, int] = (0, 0, 0, 0),
                   label: str | None = None, **fields: Any) -> None:
        # validated from a mapping: the levels and hours arrive as keyword dictionaries
        people.append(Person.model_validate({
            "id": pid, "name": f"{label or _LABEL[role]} {pid}", "site": site, "role": role,
            **_levels(rng, base, floor), **fields}))
        streams.append(rng)

    for k in range(schools):
        draws = stream(seed, _SCHOOL, k)
        u_level, z_pupils, u_pool, u_special = draws.random(), draws.standard_normal(), \
            draws.random(), draws.random()
        u_pict, u_ta, u_digicoach = draws.random(), draws.random(), draws.random()
        level = school_levels[k] if school_levels else _pick_level(u_level, chosen, level_mix)
        mean, spread, low, high = PUPILS[level]
        pupils = int(np.clip(mean + z_pupils * spread, low, high))
        adult = level is Level.volwassenen
        pools = bool(u_pool < pool_share) if schools > 1 and not adult else False
        envelope = ict_envelope_hours(level, pupils, points_per_pupil)
        region = regions[k % n_regions]
        school = School(
            id=f"S{k + 1:02d}", name=_school_name(level, k), level=level, pupils=pupils,
            pools=pools, region=region, ict_envelope_hours=envelope,
            operating_budget_eur=round(0.7163 * pupils * PUPIL_WEIGHT[level], 2),
            pool_hours=pool_hours_of(envelope) if priced else None,
            travel_hours=(TRAVEL_HOURS[0] if region == regions[0] else TRAVEL_HOURS[1])
            if travel else None)
        school_list.append(school)
        # an adult centre's learners are part-time: 0.3 full-time pupil each for BPT and
        # administration, as for its points
        size = int(pupils * PUPIL_WEIGHT[level]) if adult else pupils
        bpt = bpt_for_ict_hours(size)

        def pid(slot: int, k: int = k) -> str:
            return f"P{_SLOTS * k + slot + 1:03d}"

        def own(slot: int, k: int = k) -> np.random.Generator:
            return stream(seed, _PERSON, k, slot)

        rng = own(_DIRECTIE)
        add_person(pid(_DIRECTIE), school.id, Role.directie, (1, 2, 3, 2), rng,
                   other=_half(rng.uniform(1, 3)))
        rng = own(_ADMIN)
        add_person(pid(_ADMIN), school.id, Role.administratief, (2, 0, 1, 3), rng,
                   floor=(1, 0, 0, 2), other=_half(min(18.0, rng.uniform(2, 4 + size / 200))))
        if pools:
            pot += school.pool_hours if school.pool_hours is not None else pool_hours_of(envelope)
            add_person(pid(_ICT), school.id, Role.digicoach, (2, 2, 1, 1), own(_ICT),
                       label="Ankerpunt", ict=envelope - pool_hours_of(envelope),
                       bpt=_half(bpt * 0.4))
        else:
            posts = _posts(envelope) if adult else [envelope]
            for n, hours in enumerate(posts[:3]):
                specs = _CVO_POSTS[n] if adult else (
                    ["helpdesk"] if u_special < 0.5 else ["network"])
                slot = _ICT if n == 0 else _EXTRA_ICT + n - 1
                add_person(pid(slot), school.id, Role.tict, (3, 1, 2, 2) if n == 0 else
                           (4, 0, 1, 2), own(slot), ict=hours, specialisations=specs)
        if u_pict < _ramp(pupils if not adult else size,
                          PICT_RAMP_POOLING if pools else PICT_RAMP):
            add_person(pid(_PICT), school.id, Role.pict, (2, 3, 2, 1), own(_PICT),
                       bpt=_half(min(HOURS_PER_FTE, bpt * 0.6 if pools else bpt)))
        if pupils >= 400 or u_digicoach < _ramp(pupils, (150, 400)):
            # ICT-minded teachers (ankerpunten, digicoaches): in larger schools always, in
            # smaller ones often, with an hour or two of BPT
            add_person(pid(_DIGICOACH), school.id, Role.digicoach, (2, 2, 0, 1), own(_DIGICOACH),
                       bpt=1.0 if pupils < 400 else 2.0)
        if adult:  # the centre's ICT department: a helpdesk specialist besides the posts its
            # points pay, from its other means (one hour a week per 250 learners) [E]
            rng = own(_TA)
            add_person(pid(_TA), school.id, Role.tict, (3, 1, 1, 2), rng, floor=(2, 0, 0, 0),
                       other=_half(min(HOURS_PER_FTE, pupils / 250)),
                       specialisations=["helpdesk", "hardware"])
        elif level is Level.secundair and pupils >= 500 and u_ta < 0.5:
            rng = own(_TA)
            add_person(pid(_TA), school.id, Role.technisch_adviseur, (3, 1, 1, 1), rng,
                       floor=(2, 0, 0, 0), other=_half(rng.uniform(2, 6)),
                       specialisations=["hardware"])

    if pot > 0:
        head = _half(min(HOURS_PER_FTE, pot * 0.3))
        add_person("C01", CENTRAL, Role.ict_diensthoofd, (3, 2, 4, 2), stream(seed, _CENTRAL, 0),
                   ict=head)
        regional = 0
        for post, hours in enumerate(_posts(pot - head)):
            role, base, specs, per_region = _CENTRAL_POSTS[post % len(_CENTRAL_POSTS)]
            served = None
            if per_region and n_regions > 1:  # each regional TICT serves one region
                served = [regions[regional % n_regions]]
            regional += per_region
            add_person(f"C{post + 2:02d}", CENTRAL, role, base, stream(seed, _CENTRAL, post + 1),
                       ict=hours, specialisations=specs, regions=served)
        add_person(f"C{len([p for p in people if p.is_central]) + 1:02d}", CENTRAL,
                   Role.administratief, (2, 0, 1, 3), stream(seed, _CENTRAL, 10_000),
                   floor=(1, 0, 0, 2), other=_half(min(18, 2 + schools)))
        if schools >= 6:
            rng = stream(seed, _CENTRAL, 10_001)
            add_person(f"C{len([p for p in people if p.is_central]) + 1:02d}", CENTRAL,
                       Role.communicatie, (2, 1, 1, 2), rng,
                       other=_half(min(HOURS_PER_FTE, rng.uniform(2, 2 + schools / 2))))

    task_list = tasks if tasks is not None else default_tasks()
    prefs: list[Preference] = []
    if preferences:
        clusters = ["technical", "pedagogical", "policy", "administrative"]
        for person, rng in zip(people, streams, strict=True):  # each from its own stream
            for _ in range(int(rng.integers(0, 3))):
                if rng.random() < 0.5:
                    target = clusters[int(rng.integers(0, 4))]
                else:
                    target = task_list[int(rng.integers(0, len(task_list)))].id
                score: int | Literal["never"] = (
                    "never" if rng.random() < 0.05 else int(rng.integers(-2, 3)))
                if all(p.person != person.id or p.task != target for p in prefs):
                    prefs.append(Preference(person=person.id, task=target, score=score))
    return Problem(schools=school_list, people=people, tasks=task_list, preferences=prefs)
