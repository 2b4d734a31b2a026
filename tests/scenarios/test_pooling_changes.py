"""Scenario changes for the v2 columns: choose_pooling, pool_hours, travel_hours, max_schools."""

from __future__ import annotations

import pytest

from allocator.scenarios.changes import apply_variant
from allocator.scenarios.spec import ScenarioError, Variant
from tests.builders import person, problem, school, task


def _base():
    return problem([school("S1", pools=True, ict_envelope_hours=7),
                    school("S2", ict_envelope_hours=4)],
                   [person("c", site="central", ict=4), person("a", site="S1", ict=2)],
                   [task("X")])


def _apply(*changes):
    return apply_variant(_base(), Variant.model_validate({"name": "v", "changes": list(changes)}))


def test_choose_pooling_lets_the_plan_decide():
    changed = _apply({"type": "choose_pooling", "schools": ["S2"]},
                     {"type": "pool_hours", "schools": "all", "hours": 1})
    assert [s.pools for s in changed.schools] == [True, "choose"]
    assert [s.pool_hours for s in changed.schools] == [1.0, 1.0]


def test_pool_hours_as_a_share_of_the_envelope_round_down_and_set_central_hours():
    changed = _apply({"type": "pool_hours", "share": 0.5, "central_ict_hours": 3})
    assert [s.pool_hours for s in changed.schools] == [3.5, 2.0]
    assert changed.central_ict_hours == 3.0


def test_pool_hours_need_hours_or_a_share_and_the_result_is_validated():
    with pytest.raises(ScenarioError, match="either 'hours' or 'share'"):
        _apply({"type": "pool_hours"})
    with pytest.raises(ScenarioError, match="ict_envelope_hours"):
        _apply({"type": "pool_hours", "hours": 9})  # more than S1's envelope of 7 h


def test_travel_hours_and_max_schools_change_the_columns():
    changed = _apply({"type": "travel_hours", "schools": ["S1"], "hours": 0.5},
                     {"type": "max_schools", "limit": 2})
    assert [s.travel_hours for s in changed.schools] == [0.5, None]
    assert {p.id: p.max_schools for p in changed.people} == {"c": 2, "a": None}
    cleared = _apply({"type": "travel_hours", "hours": None})
    assert all(s.travel_hours is None for s in cleared.schools)


def test_an_ict_raise_for_the_group_or_a_school_moves_envelopes_and_pool_hours_with_it():
    priced = _apply({"type": "pool_hours", "hours": 3, "central_ict_hours": 2})
    raised = apply_variant(priced, Variant.model_validate({"name": "v", "changes": [
        {"type": "scale_funding", "source": "ict", "factor": 1.7}]}))
    assert [s.ict_envelope_hours for s in raised.schools] == [12.0, 7.0]  # 11.9, 6.8 up
    assert [s.pool_hours for s in raised.schools] == [5.0, 5.0]  # 5.1 down
    assert raised.central_ict_hours == 3.5
    one = apply_variant(priced, Variant.model_validate({"name": "v", "changes": [
        {"type": "scale_funding", "source": "ict", "factor": 0.5, "school": "S2"}]}))
    assert [s.ict_envelope_hours for s in one.schools] == [7.0, 2.0]
    assert [s.pool_hours for s in one.schools] == [3.0, 1.5]
    assert one.central_ict_hours == 2.0
    for change in ({"type": "scale_funding", "source": "ict", "factor": 2, "person": "a"},
                   {"type": "scale_funding", "source": "bpt", "factor": 2}):
        same = apply_variant(priced, Variant.model_validate({"name": "v", "changes": [change]}))
        assert same.schools == priced.schools and same.central_ict_hours == 2.0
