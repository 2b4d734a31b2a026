"""Regression corpus: inputs that once needed care, with the error codes they must give."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from allocator.read import InputError, read_problem

CORPUS = Path(__file__).parent / "fixtures" / "nasty"
EXPECTED: dict[str, list[str]] = yaml.safe_load((CORPUS / "expected.yaml").read_text())


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_a_nasty_input_gives_exactly_its_located_errors(name):
    with pytest.raises(InputError) as caught:
        read_problem(CORPUS / name)
    assert sorted({issue.code for issue in caught.value.issues}) == EXPECTED[name]
    for issue in caught.value.issues:
        assert issue.source == name and issue.expected
        if issue.code in ("bad_value", "missing_value", "bad_reference"):
            assert issue.sheet and issue.row is not None and issue.column


def test_the_cli_exits_2_on_every_nasty_input(tmp_path):
    from click.testing import CliRunner

    from allocator.cli.main import EXIT_INPUT, main

    for name in sorted(EXPECTED):
        result = CliRunner().invoke(main, ["solve", str(CORPUS / name), "-o",
                                           str(tmp_path / "plan.json")])
        assert result.exit_code == EXIT_INPUT, (name, result.output)
        assert "Traceback" not in result.output
        assert not (tmp_path / "plan.json").exists()
