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
