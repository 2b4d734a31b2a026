"""v2 pooling and proximity in the compiled program.

See allocation-rules.md, "Pooling has a price" and "Proximity".

- Switches: a school whose ``pools`` is ``choose`` gets one decision; arcs that exist only
  when it pools (central staff at the school, its staff on group work) or only when it does
  not (its own staff on ``central`` work) carry the switch and the value they need.
- Travel lines: a central person with a ``local`` instance at a pooling school with
  ``travel_hours`` pays that school's travel once. Each (person, school) pair that could
  arise is an instance of kind ``travel`` (no stage value, one person) with one arc per
  source that may pay it (``ict``, ``other``); the travel rule covers it exactly when one of
  the person's local arcs there is used. Zero travel hours cost nothing and need no line.
- Hours caps: the pool budget (central staff's ``ict`` hours <= ``central_ict_hours`` + pool
  hours of the schools that pool) and school envelopes (own staff's ``ict`` hours <= envelope
  minus pool hours when the school pools).
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from allocator.compile.program import HoursCap, InstanceKind
from models import FUNDING_SOURCES, Funding, Problem

TRAVEL_TASK = "(travel)"  # the task id of travel instances; no catalogue task has it
ICT = [source.value for source in FUNDING_SOURCES].index(Funding.ict.value)
OTHER = [source.value for source in FUNDING_SOURCES].index(Funding.other.value)
_LOCAL = 0  # placement code of local work (compile/school_group.py)
_CENTRAL_PLACEMENT = 1


def _units(hours: float) -> int:
    return int(round(hours * 2))


def arc_switches(arc_person: np.ndarray, arc_instance: np.ndarray, kind: np.ndarray,
                 school_of: np.ndarray, placement: np.ndarray, person_site: np.ndarray,
                 school_switch: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Per arc: the switch it depends on (-1 none) and the value it needs.

    Central staff on a 'choose' school's instance need it to pool (True); its own staff on
    ``central`` work need it not to (False); its own staff on group work need it to pool.
    Arrays are indexed as the program's (arcs, instances, people, schools).
    """
    inst_kind = kind[arc_instance]
    site = person_site[arc_person]
    central = site == -1
    school = school_of[arc_instance]
    at_school = inst_kind == InstanceKind.school
    switch_at_instance = np.where(school >= 0, school_switch[school], -1)
    switch_of_person = np.where(site >= 0, school_switch[np.maximum(site, 0)], -1)
    on_school = at_school & central & (switch_at_instance >= 0)
    off_school = (at_school & ~central & (placement[arc_instance] == _CENTRAL_PLACEMENT)
                  & (switch_at_instance >= 0))
    on_group = (inst_kind == InstanceKind.group) & ~central & (switch_of_person >= 0)
    switch = np.full(len(arc_person), -1, dtype=np.int64)
    switch[on_school | off_school] = switch_at_instance[on_school | off_school]
    switch[on_group] = switch_of_person[on_group]
    return switch, ~off_school


@dataclass
class TravelLines:
    """Travel lines in program form: instances, units, arcs, and the local arcs each pays for."""

    instance_school: list[int] = field(default_factory=list)
    units: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype=np.int64))
    arc_person: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype=np.int64))
    arc_instance: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype=np.int64))
    arc_sources: np.ndarray = field(default_factory=lambda: np.zeros((0, 3), dtype=bool))
    links: list[tuple[int, np.ndarray]] = field(default_factory=list)


def travel_lines(problem: Problem, arc_person: np.ndarray, arc_instance: np.ndarray,
                 kind: np.ndarray, school_of: np.ndarray, placement: np.ndarray,
                 capacity: np.ndarray, first_instance: int) -> TravelLines:
    """Travel instances (numbered from ``first_instance``) and their arcs.

    One line per central person and school with travel hours where the person has a
    ``local`` arc; one arc per source that may pay it (``ict``, ``other``) and that the person
    has hours of (``capacity``). Arrays are indexed as the program's.
    """
    result = TravelLines()
    travel = [school.travel_hours for school in problem.schools]
    central = np.array([person.is_central for person in problem.people], dtype=bool)
    local = ((kind[arc_instance] == InstanceKind.school) & (placement[arc_instance] == _LOCAL)
             & central[arc_person])
    arcs_by_pair: dict[tuple[int, int], list[int]] = {}
    for a in np.flatnonzero(local):
        s = int(school_of[arc_instance[a]])
        if travel[s]:  # None: no on-site service (no such arc); 0: no cost, no line
            arcs_by_pair.setdefault((int(arc_person[a]), s), []).append(int(a))
    units: list[int] = []
    persons: list[int] = []
    instances: list[int] = []
    sources: list[np.ndarray] = []
    for (person, school), arcs in sorted(arcs_by_pair.items(), key=lambda kv: (kv[0][1],
                                                                                 kv[0][0])):
        instance = first_instance + len(units)
        units.append(_units(travel[school] or 0.0))
        result.instance_school.append(school)
        result.links.append((instance, np.asarray(arcs, dtype=np.int64)))
        for source in (ICT, OTHER):  # one arc per source: the plan picks one for the line
            if capacity[person, source] > 0:
                persons.append(person)
                instances.append(instance)
                row = np.zeros(capacity.shape[1], dtype=bool)
                row[source] = True
                sources.append(row)
    result.units = np.asarray(units, dtype=np.int64)
    result.arc_person = np.asarray(persons, dtype=np.int64)
    result.arc_instance = np.asarray(instances, dtype=np.int64)
    result.arc_sources = (np.asarray(sources, dtype=bool) if sources
                          else np.zeros((0, capacity.shape[1]), dtype=bool))
    return result


def hours_caps(problem: Problem, person_site: np.ndarray,
               switch_of_school: dict[str, int]) -> list[HoursCap]:
    """The pool budget and the school envelopes, when pooling has a price."""
    caps: list[HoursCap] = []
    if problem.central_capped:
        base = _units(problem.central_ict_hours or 0.0)
        switched: list[tuple[int, int]] = []
        for school in problem.schools:
            pool = _units(school.pool_hours or 0.0)
            if school.always_pools:
                base += pool
            elif school.chooses and pool:
                switched.append((switch_of_school[school.id], pool))
        caps.append(HoursCap("pool_budget", "pool_budget", np.flatnonzero(person_site == -1),
                             ICT, base, tuple(switched)))
    if problem.pool_priced:
        for s, school in enumerate(problem.schools):
            staff = np.flatnonzero(person_site == s)
            if school.ict_envelope_hours is None or not len(staff):
                continue
            envelope = _units(school.ict_envelope_hours)
            pool = _units(school.pool_hours or 0.0)
            if school.always_pools:
                caps.append(HoursCap(school.id, "envelope", staff, ICT, envelope - pool))
            elif school.chooses:
                caps.append(HoursCap(school.id, "envelope", staff, ICT, envelope,
                                     ((switch_of_school[school.id], -pool),) if pool else ()))
            else:
                caps.append(HoursCap(school.id, "envelope", staff, ICT, envelope))
    return caps


__all__ = ["TRAVEL_TASK", "TravelLines", "arc_switches", "hours_caps",
           "travel_lines"]
