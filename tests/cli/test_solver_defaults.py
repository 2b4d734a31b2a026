"""The default solver options are the repeatable ones."""

from allocator.solve import options


def test_default_options_are_repeatable():
    assert options.SolveOptions().deterministic
    assert options.SolveOptions(time_limit=40).work == 40 * options.WORK_PER_SECOND
    assert options.SolveOptions(work_limit=3).work == 3
    assert not options.SolveOptions(workers=8).deterministic
    assert not options.SolveOptions(backend="highs").deterministic
