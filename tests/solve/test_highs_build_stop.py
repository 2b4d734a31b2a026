"""A HiGHS model built beside CP-SAT stops when the run ends before anyone needs it."""

from __future__ import annotations

import threading

import pytest

from allocator.compile import compile_problem
from allocator.solve.backends.highs.model import HighsProgram
from allocator.solve.backends.highs.stop import BuildStopped
from allocator.synth import generate_group


def test_a_build_asked_to_stop_raises_instead_of_finishing() -> None:
    program = compile_problem(generate_group(3, seed=2))
    stop = threading.Event()
    stop.set()
    with pytest.raises(BuildStopped):
        HighsProgram(program, stop=stop)
    assert HighsProgram(program, stop=threading.Event()).use  # not set: built as before


def test_a_run_that_ends_before_highs_turn_stops_the_build_beside(monkeypatch) -> None:
    from allocator.solve import SolveOptions, driver
    from allocator.solve.budget import TimeBudget
    from allocator.solve.interrupt import InterruptWatch

    program = compile_problem(generate_group(6, seed=4))
    options = SolveOptions(time_limit=30)
    run = driver.LexicographicDriver(program, options, TimeBudget.for_options(options))
    # the run's stages end at once (as when the first stage finds no plan in time)
    monkeypatch.setattr(run, "_run_stages", lambda cpsat_until: None)
    run.run(InterruptWatch())
    assert run._highs_unwanted.is_set()
    assert run._highs_build is None
