"""Windows consoles, paths with spaces, and --help in the user's language (issue 14)."""

from __future__ import annotations

import io
import re
from pathlib import Path

import click
import pytest
from click.testing import CliRunner

from allocator.cli.help_lang import help_language, install_click_words, localise
from allocator.cli.main import main
from allocator.cli.windows import utf8_console
from allocator.i18n.core import merged_words

TEXT = "kerntaken ≥ 3 → € 12,50 voor Zoë"


class _Console(io.TextIOWrapper):
    def isatty(self) -> bool:  # a real console window
        return True


def test_a_cp1252_pipe_becomes_utf8_and_prints_everything():
    raw = io.BytesIO()
    stream = io.TextIOWrapper(raw, encoding="cp1252")
    with pytest.raises(UnicodeEncodeError):
        stream.write("≥")
        stream.flush()
    raw = io.BytesIO()
    stream = io.TextIOWrapper(raw, encoding="cp1252")
    utf8_console((stream,))
    stream.write(TEXT)
    stream.flush()
    assert raw.getvalue().decode("utf-8") == TEXT


def test_a_cp1252_console_shows_what_it_can_and_never_fails():
    raw = io.BytesIO()
    stream = _Console(raw, encoding="cp1252")
    utf8_console((stream,))
    stream.write(TEXT)
    stream.flush()
    assert raw.getvalue().decode("cp1252") == "kerntaken >= 3 -> € 12,50 voor Zoë"


@pytest.mark.parametrize(("environ", "platform", "windows_locale", "expected"), [
    ({"ALLOCATOR_LANG": "nl"}, "linux", None, "nl"),
    ({"ALLOCATOR_LANG": "en", "LANG": "nl_BE.UTF-8"}, "linux", None, "en"),
    ({"LANG": "nl_BE.UTF-8"}, "linux", None, "nl"),
    ({"LC_ALL": "nl_NL.UTF-8", "LANG": "en_US.UTF-8"}, "linux", None, "nl"),
    ({"LANG": "en_US.UTF-8"}, "linux", None, "en"),
    ({}, "linux", None, "en"),
    ({}, "win32", ("Dutch_Belgium", "1252"), "nl"),
    ({}, "win32", ("English_United States", "1252"), "en"),
])
def test_the_help_language_follows_the_environment(monkeypatch, environ, platform,
                                                   windows_locale, expected):
    import locale
    import sys

    monkeypatch.setattr(sys, "platform", platform)
    monkeypatch.setattr(locale, "getlocale", lambda *a: windows_locale or (None, None))
    assert help_language(environ) == expected


def _help(args: list[str], environ: dict[str, str]) -> str:
    result = CliRunner(env=environ).invoke(main, args)
    assert result.exit_code == 0, result.output
    return result.output


def test_help_is_dutch_in_a_dutch_environment_and_english_otherwise():
    dutch = _help(["solve", "--help"], {"ALLOCATOR_LANG": "nl"})
    assert "Gebruik:" in dutch and "Opties" in dutch and "Toon deze hulp en stop." in dutch
    assert "Los INVOER op" in dutch and "Seconden op de klok voor het hele commando" in dutch
    assert "standaard:" in dutch
    english = _help(["solve", "--help"], {"ALLOCATOR_LANG": "", "LANG": "en_US.UTF-8",
                                          "LC_ALL": "", "LC_MESSAGES": "", "LANGUAGE": ""})
    assert "Usage:" in english and "Solve INPUT" in english and "Gebruik" not in english
    top = _help(["--help"], {"ALLOCATOR_LANG": "nl"})
    assert "Commando's" in top and "Verdeel de ICT-coördinatietaken" in top


def test_a_usage_error_is_dutch_in_a_dutch_environment():
    result = CliRunner(env={"ALLOCATOR_LANG": "nl"}).invoke(main, ["check"])
    assert result.exit_code == 2
    assert "Fout:" in result.output and "Ontbrekend argument" in result.output
    install_click_words("en")


def test_a_usage_error_follows_the_commands_language_not_the_environment():
    """A Dutch workflow in an English environment got 'Usage: … [OPTIONS] … Error: …'."""
    english_environment = {"ALLOCATOR_LANG": "", "LANG": "en_US.UTF-8", "LC_ALL": "",
                           "LC_MESSAGES": "", "LANGUAGE": ""}
    dutch = CliRunner(env=english_environment).invoke(main, ["explain", "a.xlsx"])
    assert dutch.exit_code == 2
    assert "Gebruik:" in dutch.output and "[OPTIES] INVOER PLAN" in dutch.output
    assert "Fout:" in dutch.output and "Usage" not in dutch.output
    english = CliRunner(env={"ALLOCATOR_LANG": "nl"}).invoke(
        main, ["explain", "a.xlsx", "--lang", "en"])
    assert "Usage:" in english.output and "[OPTIONS] INPUT PLAN" in english.output
    install_click_words("en")


@pytest.mark.parametrize(("args", "said"), [
    (["--time-limit", "abc"], "'abc' is geen aantal seconden van 0.1 tot"),
    (["--lang", "fr"], "'fr' is niet een van 'nl', 'en'."),
    (["--time-limt", "3"], "(Bedoelde je een van: '--time-limit', '--work-limit'?)")])
def test_option_errors_are_dutch_in_a_dutch_command(args, said):
    result = CliRunner().invoke(main, ["solve", "groep.xlsx", *args])
    assert result.exit_code == 2 and said in result.output, result.output
    assert "Did you mean" not in result.output and "is not" not in result.output
    install_click_words("en")


def test_every_command_and_option_has_dutch_help():
    words = merged_words()
    missing = []

    def walk(command: click.Command, path: str) -> None:
        key = path.replace(" ", ".") or "main"
        if f"help.cmd.{key}" not in words:
            missing.append(f"help.cmd.{key}")
        for param in command.params:
            if isinstance(param, click.Option) and not (
                    f"help.opt.{key}.{param.name}" in words or f"help.opt.{param.name}" in words):
                missing.append(f"help.opt.{key}.{param.name}")
        if isinstance(command, click.Group):
            for name, sub in command.commands.items():
                walk(sub, f"{path} {name}".strip())

    walk(main, "")
    localise(main, "en")
    assert not missing


def test_paths_with_spaces_work_through_solve_check_and_explain(tmp_path):
    folder = tmp_path / "Mijn documenten" / "ICT plan 2025"
    folder.mkdir(parents=True)
    group = folder / "groep scholen.xlsx"
    runner = CliRunner()
    assert runner.invoke(main, ["generate", "--schools", "2", "-o", str(group)]).exit_code == 0
    plan = folder / "plan van de groep.xlsx"
    result = runner.invoke(main, ["solve", str(group), "-o", str(plan), "-o",
                                  str(folder / "plan van de groep.json"), "--workers", "1",
                                  "--time-limit", "10"])
    assert result.exit_code == 0, result.output
    for command in (["check"], ["explain", "--top", "1"]):
        checked = runner.invoke(main, [command[0], str(group), str(plan), *command[1:]])
        assert checked.exit_code == 0, checked.output


def test_windows_paths_with_drive_letters_keep_their_format():
    from allocator.cli.plan_outputs import plan_outputs

    outputs = plan_outputs((r"C:\Users\An\Mijn plannen\plan.json",
                            r"D:\Gedeeld\plan groep.XLSX"), None, Path("groep.xlsx"))
    assert [output.fmt for output in outputs] == ["json", "xlsx"]


POSIX_ONLY = re.compile(r"\b(os\.(setsid|fork|getuid|geteuid|mknod|killpg|getpgid|pipe)\(|"
                        r"import (fcntl|pwd|grp|termios|resource)\b|"
                        r"signal\.(SIGKILL|SIGALRM|SIGHUP|SIGUSR1|SIGUSR2|SIGCHLD)\b)")


def test_no_posix_only_call_on_the_way_a_plan_is_made():
    """Windows has none of these; where one is needed it is guarded by hasattr."""
    root = Path(__file__).parents[2] / "allocator"
    found = []
    for path in sorted(root.rglob("*.py")):
        lines = path.read_text(encoding="utf-8").splitlines()
        for number, line in enumerate(lines):
            guarded = number and "hasattr(os" in lines[number - 1]
            if POSIX_ONLY.search(line) and not guarded and not line.lstrip().startswith("#"):
                found.append(f"{path.relative_to(root)}:{number + 1}: {line.strip()}")
    assert not found
