"""Hypothesis strategies: small valid school-group problems."""

from __future__ import annotations

from hypothesis import strategies as st

from models import Preference, Problem
from tests.builders import person, school, task

halves = st.integers(min_value=0, max_value=12).map(lambda k: k / 2)
level_strings = st.tuples(*[st.sampled_from([0, 1, 2, 3, 3, 4, 4])] * 4).map(lambda t: "".join(map(str, t)))
# v2 roles: None passes every `who`; ICT-coördinator counts as TICT and PICT
roles = st.sampled_from([None, "directie", "TICT", "PICT", "ICT-coördinator", "digicoach",
                         "administratief medewerker"])
who_lists = st.sampled_from([[], [], ["directie"], ["TICT"], ["TICT", "PICT"],
                             ["ICT-coördinator"], ["administratief medewerker", "digicoach"]])
low_level_strings = st.tuples(*[st.sampled_from([0, 0, 1, 2, 3])] * 4).map(lambda t: "".join(map(str, t)))


@st.composite
def problems(draw, max_schools: int = 3, max_people: int = 5, max_tasks: int = 5) -> Problem:
    n_schools = draw(st.integers(1, max_schools))
    schools = [school(f"S{k}", level=draw(st.sampled_from(["basis", "secundair"])),
                      pupils=draw(st.integers(0, 900)), pools=draw(st.booleans()),
                      region=draw(st.sampled_from([None, "north", "south"])))
               for k in range(n_schools)]
    sites = ["central"] + [s.id for s in schools]
    people = []
    for k in range(draw(st.integers(1, max_people))):
        site = draw(st.sampled_from(sites))
        people.append(person(
            f"p{k}", site=site, levels=draw(level_strings), ict=draw(halves),
            bpt=0 if site == "central" else draw(halves), other=draw(halves),
            max_tasks=draw(st.one_of(st.none(), st.integers(0, 4))), role=draw(roles),
            regions=draw(st.one_of(st.none(), st.lists(st.sampled_from(["north", "south"]),
                                                       max_size=2, unique=True)))))
    tasks = []
    for k in range(draw(st.integers(1, max_tasks))):
        scope = draw(st.sampled_from(["school", "group"]))
        tasks.append(task(
            f"T{k}", cluster=draw(st.sampled_from(["technical", "pedagogical", "policy",
                                                   "administrative"])),
            core=draw(st.booleans()), priority=draw(st.integers(1, 5)),
            levels=draw(low_level_strings), scope=scope,
            placement=draw(st.sampled_from(["local", "central", "either"])),
            hours=draw(st.integers(1, 6).map(lambda h: h / 2)),
            hours_per_100_pupils=draw(st.sampled_from([0, 0, 0.25, 0.5])),
            max_people=draw(st.integers(1, 3)), who=draw(who_lists),
            bundle_factor=draw(st.sampled_from([None, 0.6, 1.0])) if scope == "school" else None))
    preferences = []
    for p in people:
        for target in draw(st.lists(st.sampled_from([t.id for t in tasks] + ["technical",
                                                                               "policy"]),
                                    max_size=2, unique=True)):
            preferences.append(Preference(person=p.id, task=target,
                                          score=draw(st.sampled_from([-2, -1, 1, 2, "never"]))))
    return Problem(schools=schools, people=people, tasks=tasks, preferences=preferences)


@st.composite
def v2_problems(draw, max_schools: int = 3, max_people: int = 5, max_tasks: int = 5) -> Problem:
    """Small problems with the v2 columns: 'choose' schools, pool hours and envelopes, the
    group's central hours, travel hours (none, 0 or some) and max_schools."""
    base = draw(problems(max_schools, max_people, max_tasks))
    priced = draw(st.booleans())
    schools = []
    for s in base.schools:
        pools = draw(st.sampled_from([True, False, "choose", "choose"]))
        envelope = draw(st.one_of(st.none(), halves))
        pool = None
        if priced and pools is not False:
            pool = draw(halves) if envelope is None else min(draw(halves), envelope)
        schools.append(s.model_copy(update={
            "pools": pools, "ict_envelope_hours": envelope, "pool_hours": pool,
            "travel_hours": draw(st.sampled_from([None, None, 0.0, 0.5, 1.0]))}))
    people = [p.model_copy(update={"max_schools": draw(st.one_of(st.none(), st.integers(0, 2)))})
              for p in base.people]
    central = draw(st.one_of(st.none(), halves)) if draw(st.booleans()) else None
    return Problem.model_validate({**base.model_dump(), "schools": [s.model_dump()
                                                                    for s in schools],
                                   "people": [p.model_dump() for p in people],
                                   "central_ict_hours": central})
