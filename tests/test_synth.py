"""Synthetic groups follow the domain brief's figures."""

from __future__ import annotations

import pytest

from allocator.synth import bpt_for_ict_hours, generate_group, ict_envelope_hours
from models import Level


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
