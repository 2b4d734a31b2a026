"""The preference stage's indicator rows in the HiGHS model, added in batches after a solve.

``HighsProgram`` adds the indicators of the preference stage (a person's schools, task
clusters, 0.5 h shares) on first use, after earlier stages were solved, as whole blocks of
rows. Each row must still say what the one-row-at-a-time version said.
"""

from __future__ import annotations

import numpy as np

from allocator.compile import compile_problem
from allocator.solve.backends.base import StageLimit
from allocator.solve.backends.highs.model import HighsProgram
from allocator.solve.rules.max_schools import arcs_by_person_site


def _rows(mip: HighsProgram) -> list[tuple[float, float, dict[int, float]]]:
    """Every row of the model as (lower, upper, {column: coefficient})."""
    lp = mip.highs.getLp()
    matrix = lp.a_matrix_
    rows: list[dict[int, float]] = [{} for _ in range(lp.num_row_)]
    starts = np.asarray(matrix.start_)
    for column in range(lp.num_col_):
        for k in range(starts[column], starts[column + 1]):
            rows[matrix.index_[k]][column] = matrix.value_[k]
    return list(zip(lp.row_lower_, lp.row_upper_, rows, strict=True))


def _solved_model() -> tuple[HighsProgram, object]:
    from allocator.synth import generate_group

    program = compile_problem(generate_group(4, seed=5))
    mip = HighsProgram(program)
    first = mip.solve_stage(program.stages[0], StageLimit(20))
    assert first.plan is not None
    preferences = program.stages[-1]
    assert preferences.site_weight and preferences.group_weight
    assert preferences.small_share_weight
    mip.expression(preferences)  # adds the stage's indicators, after a solve
    return mip, program


def test_every_indicator_bounds_the_use_of_each_of_its_arcs() -> None:
    mip, program = _solved_model()
    rows = {(lower, tuple(sorted(terms.items()))) for lower, _, terms in _rows(mip)}
    use = [u.index for u in mip.use]
    sites = mip.site_indicators()
    expected = [(sites[key].index, use[a])
                for key, arcs in arcs_by_person_site(program).items() for a in arcs]
    groups = mip._group_indicators()
    expected += [(groups[(int(program.arc_person[a]), int(program.arc_group[a]))].index, use[a])
                 for a in range(program.n_arcs) if program.arc_group[a] >= 0]
    assert len(set(expected)) > 20
    for indicator, used in expected:
        assert (0.0, tuple(sorted({indicator: 1.0, used: -1.0}.items()))) in rows


def test_a_half_hour_share_is_marked_by_its_own_row() -> None:
    mip, program = _solved_model()
    rows = [(lower, upper, terms) for lower, upper, terms in _rows(mip)]
    marked = 0
    for a, small in mip._small_shares().items():
        if small is mip.use[a]:  # a one-unit arc: its use is the mark
            assert int(program.arc_units[a]) == 1
            continue
        amount = mip.amount[a]
        assert amount is not None
        wanted = {amount.index: 1.0, mip.use[a].index: -2.0, small.index: 1.0}
        assert any(lower == 0.0 and upper > 1e20 and terms == wanted
                   for lower, upper, terms in rows)
        marked += 1
    assert marked > 0
