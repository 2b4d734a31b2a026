"""Seeded synthetic school groups, calibrated on shared/domain.md.

Numbers used (labels as in the domain brief):

- pupils per school: primary ≈ 266 on average, secondary ≈ 440-600, special ≈ 40-250,
  adult-education centres several thousand learners [S/D];
- ICT hours: weighted pupils × 0.04 points [D/E] ÷ 63 points per full-time post (HSO) [S]
  × 36 h a week [S], weights 1.2249 (primary), 1.0 (secondary, blended), 1.25 (special) [S];
  adult education is approximated as 0.3 weighted pupil per learner [E];
- BPT: at most 3 % of the teaching package [S]; package ≈ one teacher per 13 pupils ×
  22 periods [E]; 1 period ≈ 1.7 clock hours [E]; ICT gets about a third of the cap [E];
- a pooling school hands 80 % of its ICT hours to the central service and keeps 20 % for a
  local anchor point [E]; about 70 % of schools pool [E].
"""

from __future__ import annotations

import numpy as np

from allocator.read.catalogue import default_tasks
from models import CENTRAL, Level, Person, Preference, Problem, School, Task, round_up_to_half

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
          Level.buitengewoon: (120, 50, 30, 300), Level.volwassenen: (3000, 1200, 800, 7000)}


_PREFIX = {Level.basis: "Basisschool", Level.secundair: "Campus",
           Level.buitengewoon: "School voor buitengewoon onderwijs", Level.volwassenen: "CVO"}
_NAMES = ("De Linde", "Sint-Jan", "De Regenboog", "Het Anker", "De Klimop", "Ter Beke",
          "De Wingerd", "Sint-Maarten", "Het Spoor", "De Horizon", "Zonnebloem", "De Boomgaard")


def _school_name(level: Level, index: int) -> str:
    suffix = "" if index < len(_NAMES) else f" {index // len(_NAMES) + 1}"
    return f"{_PREFIX[level]} {_NAMES[index % len(_NAMES)]}{suffix}"


def ict_envelope_hours(level: Level, pupils: int,
                       points_per_pupil: float = POINTS_PER_WEIGHTED_PUPIL) -> float:
    points = pupils * PUPIL_WEIGHT[level] * points_per_pupil
    return round_up_to_half(points / POINTS_PER_FTE_HSO * HOURS_PER_FTE)


def bpt_for_ict_hours(pupils: int) -> float:
    periods = pupils / PUPILS_PER_TEACHER * PERIODS_PER_TEACHER * BPT_CAP_SHARE
    return round_up_to_half(periods * HOURS_PER_PERIOD * ICT_SHARE_OF_BPT)


def _half(value: float) -> float:
    return max(0.0, round(value * 2) / 2)


def _levels(rng: np.random.Generator, base: tuple[int, int, int, int]) -> dict[str, int]:
    noise = rng.integers(-1, 2, size=4)
    return {c: int(np.clip(b + n, 0, 4)) for c, b, n in zip("TPBA", base, noise, strict=True)}


# Common random numbers: every school, person and central post draws from its own stream,
# keyed by the group seed and its place in the group, never from one shared sequence. Two
# groups with the same seed then hold the same schools wherever a parameter does not touch
# them: a school that pools at pool share 0.3 pools at 0.7 too (one uniform number, compared
# with the share), a group of 10 schools is the group of 5 plus five schools, and a change of
# level mix changes only the schools whose level number crosses a boundary. Sweeps rely on it
# for paired comparisons (allocator/scenarios/design.py).
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


def generate_group(schools: int, seed: int = 0, levels: list[Level] | None = None,
                   pool_share: float = 0.7, tasks: list[Task] | None = None,
                   preferences: bool = True, level_mix: dict[Level, float] | None = None,
                   points_per_pupil: float = POINTS_PER_WEIGHTED_PUPIL,
                   school_levels: list[Level] | None = None) -> Problem:
    """A realistic school group of ``schools`` schools with central staff and the catalogue.

    ``level_mix`` weighs the chosen levels (default: Flanders' mix, ``LEVEL_MIX``);
    ``points_per_pupil`` is the ICT points coefficient per weighted pupil (not published:
    the domain brief estimates 0.035-0.047); ``school_levels`` fixes each school's level
    (a Flanders snapshot needs exact counts) instead of drawing it from the mix.
    """
    if schools < 1:
        raise ValueError("a group needs at least one school")
    if school_levels is not None and len(school_levels) != schools:
        raise ValueError("school_levels needs one level per school")
    chosen = levels or [Level.basis, Level.secundair]
    n_regions = max(1, round(schools / 8))
    school_list: list[School] = []
    people: list[Person] = []
    streams: list[np.random.Generator] = []
    pooled_hours = 0.0

    def add_person(site: str, role: str, base: tuple[int, int, int, int],
                   rng: np.random.Generator, **hours) -> Person:
        # the role as the report spells it (PICT, ICT-diensthoofd), capitalised as a name
        name = f"{role[:1].upper()}{role[1:]} {len(people) + 1}"
        person = Person(id=f"P{len(people) + 1:03d}", name=name,
                        site=site, role=role, **_levels(rng, base), **hours)
        people.append(person)
        streams.append(rng)
        return person

    for k in range(schools):
        draws = stream(seed, _SCHOOL, k)
        u_level, z_pupils, u_pool, u_special = draws.random(), draws.standard_normal(), \
            draws.random(), draws.random()
        level = school_levels[k] if school_levels else _pick_level(u_level, chosen, level_mix)
        mean, spread, low, high = PUPILS[level]
        pupils = int(np.clip(mean + z_pupils * spread, low, high))
        pools = bool(u_pool < pool_share) if schools > 1 else False
        envelope = ict_envelope_hours(level, pupils, points_per_pupil)
        school = School(id=f"S{k + 1:02d}", name=_school_name(level, k), level=level, pupils=pupils,
                        pools=pools, region=f"R{k % n_regions + 1}",
                        ict_envelope_hours=envelope,
                        operating_budget_eur=round(0.7163 * pupils * PUPIL_WEIGHT[level], 2))
        school_list.append(school)
        bpt = bpt_for_ict_hours(pupils)

        def own(role: int, k: int = k) -> np.random.Generator:
            return stream(seed, _PERSON, k, role)

        rng = own(0)
        add_person(school.id, "directie", (1, 2, 3, 2), rng, other=_half(rng.uniform(1, 3)))
        rng = own(1)
        add_person(school.id, "administratief medewerker", (1, 0, 1, 3), rng,
                   other=_half(rng.uniform(2, 4 + pupils / 200)))
        if pools:
            pooled_hours += envelope * POOLED_TO_CENTRAL
            add_person(school.id, "ankerpunt", (2, 2, 1, 1), own(2),
                       ict=_half(envelope * (1 - POOLED_TO_CENTRAL)), bpt=_half(bpt * 0.4))
        else:
            add_person(school.id, "TICT", (3, 1, 2, 2), own(3), ict=envelope,
                       specialisations=["helpdesk"] if u_special < 0.5 else ["network"])
        if pupils >= 150 and level is not Level.volwassenen:
            add_person(school.id, "PICT", (2, 3, 2, 1), own(4),
                       bpt=_half(bpt * 0.6 if pools else bpt))
        if pupils >= 400:
            add_person(school.id, "digicoach", (2, 2, 0, 1), own(5), bpt=1.0)

    if pooled_hours > 0:
        regions = [f"R{r + 1}" for r in range(n_regions)]
        add_person(CENTRAL, "ICT-diensthoofd", (3, 2, 4, 2), stream(seed, _CENTRAL, 0),
                   ict=_half(min(36, pooled_hours * 0.3)))
        remaining = pooled_hours - people[-1].ict
        profiles = [("TICT", (4, 0, 2, 2), ["network", "cybersecurity"]),
                    ("TICT", (4, 0, 1, 2), ["software", "smartschool"]),
                    ("PICT", (2, 4, 3, 1), []), ("TICT", (3, 1, 2, 2), ["helpdesk", "hardware"])]
        post = 0
        while remaining >= 4:
            role, base, specs = profiles[post % len(profiles)]
            hours = _half(min(36, remaining))
            rng = stream(seed, _CENTRAL, post + 1)
            served = regions if n_regions == 1 else sorted(
                set(rng.choice(regions, size=min(n_regions, 2), replace=False).tolist()))
            add_person(CENTRAL, role, base, rng, ict=hours, specialisations=specs,
                       regions=None if n_regions == 1 else served)
            remaining -= hours
            post += 1
        add_person(CENTRAL, "administratief medewerker", (1, 0, 1, 3),
                   stream(seed, _CENTRAL, 10_000), other=_half(min(18, 2 + schools)))

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
                score = "never" if rng.random() < 0.05 else int(rng.integers(-2, 3))
                if all(p.person != person.id or p.task != target for p in prefs):
                    prefs.append(Preference(person=person.id, task=target, score=score))
    return Problem(schools=school_list, people=people, tasks=task_list, preferences=prefs)
