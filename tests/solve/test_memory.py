"""numpy's huge pages: off for a command, back as they were after it."""

from __future__ import annotations

import numpy as np
import pytest
from click.testing import CliRunner

from allocator.cli.main import main
from allocator.solve.memory import huge_pages_for_arrays


@pytest.fixture
def numpy_setting():
    before = huge_pages_for_arrays(True)
    if before is None:
        pytest.skip("this numpy has no huge-page switch")
    yield
    huge_pages_for_arrays(before)


def test_the_switch_says_what_it_was(numpy_setting):
    assert huge_pages_for_arrays(False) is True
    assert huge_pages_for_arrays(False) is False
    np.ones(2_000_000).sum()  # a large array still works without them
    assert huge_pages_for_arrays(True) is False


def test_a_command_runs_without_huge_pages_and_restores_them(numpy_setting):
    seen: list[bool | None] = []

    @main.command("_pages_probe", hidden=True)
    def probe() -> None:
        seen.append(huge_pages_for_arrays(False))

    try:
        result = CliRunner().invoke(main, ["_pages_probe"])
    finally:
        main.commands.pop("_pages_probe", None)
    assert result.exit_code == 0, result.output
    assert seen == [False]  # off while the command ran
    assert huge_pages_for_arrays(True) is True  # and on again after it
