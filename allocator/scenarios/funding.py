"""A funding change as money behaves: more hours fill posts up to a full post, then hire.

Scenario files from version 2 on scale a funding source this way (``scale_funding``):

- a factor of at most 1 lowers each chosen holder's hours of that source by the factor
  (rounded to half hours); nobody is dismissed, a holder may end at 0 h;
- a factor above 1 adds ``(factor - 1) ×`` the chosen people's hours of that source, per site
  (a school, or the central service), since ICT, BPT and other hours stay where they are
  funded. At each site the extra hours go first to the holders of that source, the holder
  with the most hours of it first (ties: by id), each up to a full post of
  ``FULL_POST_HOURS`` hours a week counted over all sources; what is left hires new people at
  that site, each with at most a full post of that source, the last one with the remainder;
- a new person has the change's ``profile`` or, without one, the source's standard profile
  (``NEW_POST_PROFILES``): for ICT hours a technical ICT coordinator as the synthetic groups
  staff a school, for BPT hours a pedagogical one, for other hours an administrative
  employee. Their ids are ``NEW-<source>-<site>-<n>``.

Nobody ever works more than a full post because of a change; a person who already does
(possible in a workbook) gets no extra hours. Version 1 files keep their old meaning: each
person's hours multiplied, without a cap.

A full post is 36 hours a week (domain brief 3.2: sourced for primary, assumed for the other
levels).
"""

from __future__ import annotations

from models import FUNDING_SOURCES, Person, Problem

FULL_POST_HOURS = 36.0

# (role, T, P, B, A, specialisations): the generator's school TICT and PICT, its admin staff
NEW_POST_PROFILES: dict[str, tuple[str, int, int, int, int, list[str]]] = {
    "ict": ("TICT", 3, 1, 2, 2, []),
    "bpt": ("PICT", 2, 3, 2, 1, []),
    "other": ("administratief medewerker", 1, 0, 1, 3, []),
}


def half_hours(hours: float) -> float:
    """Hours rounded to the nearest half hour, never below 0."""
    return max(0.0, round(hours * 2) / 2)


def _total(person: Person) -> float:
    return sum(person.hours(source) for source in FUNDING_SOURCES)


def scale_source(problem: Problem, chosen: set[str], source: str, factor: float,
                 profile: dict | None = None) -> Problem:
    """``problem`` with source ``source`` of the people in ``chosen`` scaled by ``factor``.

    A cut scales everyone's hours. A raise fills existing posts up to a full post
    (``FULL_POST_HOURS``) per site, largest holders first, and hires new people (``profile``,
    else the source's default post) for the rest.
    """
    people = list(problem.people)
    if factor <= 1:
        return problem.model_copy(update={"people": [
            p.model_copy(update={source: half_hours(getattr(p, source) * factor)})
            if p.id in chosen else p for p in people]})
    extra_per_site: dict[str, float] = {}
    for person in people:
        if person.id in chosen:
            extra_per_site[person.site] = (extra_per_site.get(person.site, 0.0)
                                           + getattr(person, source) * (factor - 1))
    index = {person.id: k for k, person in enumerate(people)}
    taken = {person.id for person in people}
    for site, extra in extra_per_site.items():
        left = half_hours(extra)
        holders = sorted((p for p in people if p.id in chosen and p.site == site
                          and getattr(p, source) > 0),
                         key=lambda p: (-getattr(p, source), p.id))
        for holder in holders:
            current = people[index[holder.id]]
            room = max(0.0, FULL_POST_HOURS - _total(current))
            given = min(room, left)
            if given > 0:
                people[index[holder.id]] = current.model_copy(
                    update={source: getattr(current, source) + given})
                left -= given
        number = 0
        while left > 0:
            number += 1
            person_id = f"NEW-{source}-{site}-{number}"
            if person_id in taken:
                continue
            hours = min(FULL_POST_HOURS, left)
            people.append(new_person(person_id, site, source, hours, profile, number))
            taken.add(person_id)
            left -= hours
    return problem.model_copy(update={"people": people})


def new_person(person_id: str, site: str, source: str, hours: float, profile: dict | None,
               number: int) -> Person:
    """A person for a new post at ``site`` paid from ``source``, with ``profile``'s role and levels.

    Without ``profile`` the source's default post profile is used.
    """
    role, t, p, b, a, specialisations = NEW_POST_PROFILES[source]
    if profile:
        role, t, p, b, a = (profile["role"], profile["T"], profile["P"], profile["B"],
                            profile["A"])
        specialisations = profile.get("specialisations", [])
    # validated from a mapping: the role is a profile's text and the hours go to a source's field
    return Person.model_validate({
        "id": person_id, "name": f"{role} (new {number}, {site})", "site": site, "role": role,
        "T": t, "P": p, "B": b, "A": a, "specialisations": list(specialisations), source: hours})
