"""Synthetic groups follow the domain brief's figures."""

from __future__ import annotations

import numpy as np
import pytest

from allocator.synth import (
    PUPIL_WEIGHT,
    bpt_for_ict_hours,
    generate_group,
    ict_envelope_hours,
)
from models import Level, Role


def test_ict_hours_follow_points_per_weighted_pupil():
    assert ict_envelope_hours(Level.basis, 300) == pytest.approx(8.5, abs=0.5)  # brief: ≈ 8 h
    assert ict_envelope_hours(Level.secundair, 600) == pytest.approx(14, abs=0.5)


def test_bpt_for_ict_stays_within_the_three_percent_cap():
    for pupils in (100, 300, 600, 1200):
        cap_hours = pupils / 13 * 22 * 0.03 * 1.7
        assert bpt_for_ict_hours(pupils) <= cap_hours + 0.5


@pytest.mark.parametrize("schools", [1, 5, 20])
def test_generated_groups_are_valid_and_seeded(schools):
    first = generate_group(schools, seed=5)
    assert first == generate_group(schools, seed=5)
    assert not first.reference_issues()
    assert len(first.schools) == schools
    assert all(p.bpt == 0 for p in first.people if p.is_central)
    pooled = [s for s in first.schools if s.pools]
    assert bool(pooled) == any(p.is_central for p in first.people)


def _school_facts(problem):
    return [(s.id, s.level, s.pupils) for s in problem.schools]


def test_pool_share_changes_only_pooling_decisions_and_is_monotone():
    """Common random numbers: the same schools at every share; who pools at 0.3 pools at 0.7."""
    low, high = (generate_group(12, seed=4, pool_share=share) for share in (0.3, 0.7))
    assert _school_facts(low) == _school_facts(high)
    pooled = {s.id for s in low.schools if s.pools}
    assert pooled <= {s.id for s in high.schools if s.pools}
    staff = {p.id: p for p in high.people if not p.is_central}
    for person in low.people:  # school staff of a school that pools at neither share is equal
        school = next((s for s in low.schools if s.id == person.site), None)
        if school is not None and school.id not in {s.id for s in high.schools if s.pools}:
            assert staff[person.id] == person


def test_a_larger_group_holds_the_smaller_one():
    small, large = generate_group(5, seed=9), generate_group(10, seed=9)
    assert _school_facts(large)[:5] == _school_facts(small)


def test_a_level_mix_changes_only_schools_whose_draw_crosses_a_boundary():
    levels = [Level.basis, Level.secundair]
    even = generate_group(30, seed=1, levels=levels,
                          level_mix={Level.basis: 0.5, Level.secundair: 0.5})
    primary_heavy = generate_group(30, seed=1, levels=levels,
                                   level_mix={Level.basis: 0.8, Level.secundair: 0.2})
    changed = [a.id for a, b in zip(even.schools, primary_heavy.schools, strict=True)
               if a.level != b.level]
    assert all(b.level is Level.basis for b in primary_heavy.schools if b.id in changed)
    assert 0 < len(changed) < 30
    assert sum(s.level is Level.basis for s in primary_heavy.schools) > sum(
        s.level is Level.basis for s in even.schools)


def test_the_points_coefficient_scales_the_envelopes():
    base = generate_group(6, seed=2)
    richer = generate_group(6, seed=2, points_per_pupil=0.047)
    assert _school_facts(base) == _school_facts(richer)
    assert all(r.ict_envelope_hours >= b.ict_envelope_hours
               for b, r in zip(base.schools, richer.schools, strict=True))
    assert sum(s.ict_envelope_hours for s in richer.schools) > sum(
        s.ict_envelope_hours for s in base.schools)


# --- the report's staffing (issue 13) -----------------------------------------------------

def _group(schools=40, seed=7, **kwargs):
    return generate_group(schools, seed=seed, levels=list(Level), **kwargs)


def test_roles_come_from_the_vocabulary_and_ids_stay_with_their_school():
    group = _group()
    assert all(isinstance(p.role, Role) for p in group.people)
    for person in group.people:
        if not person.is_central:  # school k's staff are P(8k+1) ... P(8k+8)
            k = int(person.site[1:]) - 1
            assert 8 * k < int(person.id[1:]) <= 8 * k + 8


def test_picts_are_in_larger_schools_or_central_not_in_every_school():
    group = _group(60, seed=3)
    with_pict = {p.site for p in group.people if p.role is Role.pict and not p.is_central}
    mid_size = [s for s in group.schools if s.pupils >= 150 and s.level is not Level.volwassenen]
    assert len(with_pict & {s.id for s in mid_size}) < len(mid_size) / 2
    pupils = {s.id: s.pupils for s in group.schools}
    size_with = np.mean([pupils[s] for s in with_pict])
    size_without = np.mean([s.pupils for s in mid_size if s.id not in with_pict])
    assert size_with > size_without
    assert all(s.pupils >= 300 for s in group.schools if s.id in with_pict)
    assert any(p.role is Role.pict and p.is_central for p in group.people)


def test_regions_bind_central_tichts_serve_one_region_each():
    group = generate_group(12, seed=2, pool_share=1.0)
    regions = {s.region for s in group.schools}
    assert len(regions) >= 2
    for region in regions:  # schools are spread: every region holds several schools
        assert sum(s.region == region for s in group.schools) >= 2
    tichts = [p for p in group.people if p.is_central and p.role is Role.tict]
    assert tichts and all(p.regions is not None and len(p.regions) == 1 for p in tichts)
    served = {r for p in tichts for r in p.regions}
    assert served <= regions
    leaders = [p for p in group.people if p.is_central and p.role is Role.ict_diensthoofd]
    assert leaders and all(p.regions is None for p in leaders)


def test_adult_education_centres_have_thousands_of_learners_and_their_own_ict_service():
    group = generate_group(300, seed=5, levels=[Level.volwassenen, Level.basis],
                           level_mix={Level.volwassenen: 0.5, Level.basis: 0.5})
    centres = [s for s in group.schools if s.level is Level.volwassenen]
    assert len(centres) > 100
    assert np.mean([s.pupils for s in centres]) > 5000  # seed: "gemiddeld > 5000 cursisten"
    assert not any(s.pools for s in centres)  # already at group scale
    for centre in centres:
        tichts = [p for p in group.people if p.site == centre.id and p.role is Role.tict]
        assert sum(p.ict for p in tichts) <= centre.ict_envelope_hours
        assert len(tichts) >= 2 and sum(p.ict + p.other for p in tichts) >= 25  # a department
        assert any(p.role is Role.pict for p in group.people if p.site == centre.id)


def test_administrative_staff_have_ict_affinity():
    admins = [p for p in _group(60).people if p.role is Role.administratief]
    assert admins and all(p.T >= 1 and p.A >= 2 for p in admins)
    assert any(p.T >= 2 for p in admins)


def test_envelopes_and_pool_hours_follow_the_funding_figures():
    group = _group()
    pot = 0.0
    for school in group.schools:
        points = school.pupils * PUPIL_WEIGHT[school.level] * 0.04
        assert school.ict_envelope_hours == pytest.approx(points / 63 * 36, abs=0.5)
        assert school.pool_hours == pytest.approx(0.8 * school.ict_envelope_hours, abs=0.25)
        assert school.pool_hours <= school.ict_envelope_hours
        own_ict = sum(p.ict for p in group.people if p.site == school.id)
        if school.pools:
            pot += school.pool_hours
            assert own_ict == school.ict_envelope_hours - school.pool_hours
        else:
            assert own_ict <= school.ict_envelope_hours
    central = [p for p in group.people if p.is_central]
    assert sum(p.ict for p in central) <= pot
    assert sum(p.ict for p in central) >= pot - 4  # the pot becomes posts of at most 36 h
    assert all(p.ict + p.bpt + p.other <= 36 for p in group.people)
    unpriced = _group(priced=False, travel=False)
    assert all(s.pool_hours is None and s.travel_hours is None for s in unpriced.schools)


def test_travel_hours_are_half_an_hour_near_the_centre_and_more_further_away():
    group = generate_group(10, seed=1)
    assert {s.travel_hours for s in group.schools if s.region == "R1"} == {0.5}
    assert {s.travel_hours for s in group.schools if s.region != "R1"} == {1.0}


def test_a_generated_v2_group_solves_to_a_plan_the_checker_accepts():
    from allocator.check.checker import check_plan
    from allocator.engine import solve_problem
    from allocator.solve import SolveOptions

    group = generate_group(4, seed=2)
    plan = solve_problem(group, SolveOptions(time_limit=20, workers=1, seed=0))
    assert plan.status in ("optimal", "feasible")
    assert check_plan(group, plan).ok
