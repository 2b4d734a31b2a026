"""--help and click's own messages in Dutch when the user's environment is Dutch.

The language of help is the environment's, not --lang (which is parsed after help is
shown): ``ALLOCATOR_LANG=nl`` or ``en`` decides, else a Dutch locale (``LC_ALL``,
``LC_MESSAGES``, ``LANG``, ``LANGUAGE`` starting with ``nl``; on Windows the user's locale,
e.g. ``Dutch_Belgium``), else English. What commands print is Dutch by default either way.

Command and option texts come from allocator/i18n/words_help.py by command path and option
name; click's own words (Usage, Options, "Missing argument", ...) are translated by giving
click's modules a translating ``gettext`` (click looks its messages up through gettext).
"""

from __future__ import annotations

import gettext
import locale
import os
import sys
from collections.abc import Mapping

import click

from allocator.i18n import LANGS, Lang

_CLICK_MODULES = ("click.core", "click.formatting", "click.exceptions", "click.parser",
                  "click.types", "click.decorators", "click.termui", "click.utils")

# click's own messages (8.x msgids) in Dutch
CLICK_NL: dict[str, str] = {
    "Usage:": "Gebruik:",
    "Options": "Opties",
    "Commands": "Commando's",
    "Show this message and exit.": "Toon deze hulp en stop.",
    "Show the version and exit.": "Toon de versie en stop.",
    "Error: {message}": "Fout: {message}",
    "Try '{command} {option}' for help.": "Probeer '{command} {option}' voor hulp.",
    "Missing argument": "Ontbrekend argument",
    "Missing option": "Ontbrekende optie",
    "Missing parameter": "Ontbrekende parameter",
    "Missing parameter: {param_name}": "Ontbrekende parameter: {param_name}",
    "Missing command.": "Geen commando gegeven.",
    "Missing {param_type}": "Ontbrekend: {param_type}",
    "No such option: {name}": "Onbekende optie: {name}",
    "No such option {name!r}.": "Onbekende optie {name!r}.",
    "No such command {name!r}.": "Onbekend commando {name!r}.",
    "Option {name!r} does not take a value.": "Optie {name!r} neemt geen waarde.",
    "Option {name!r} requires an argument.": "Optie {name!r} vraagt een waarde.",
    "Invalid value for {param_hint}: {message}": "Ongeldige waarde voor {param_hint}: {message}",
    "Invalid value: {message}": "Ongeldige waarde: {message}",
    "Aborted!": "Afgebroken!",
    "default: {default}": "standaard: {default}",
    "required": "verplicht",
    "env var: {var}": "omgevingsvariabele: {var}",
    "{value!r} is not a valid {number_type}.": "{value!r} is geen geldig {number_type}.",
    "{value!r} is not a valid integer.": "{value!r} is geen geheel getal.",
    "{value!r} is not a valid float.": "{value!r} is geen getal.",
    "{value} is not in the range {range}.": "{value} ligt niet in het bereik {range}.",
    "{value!r} is not {choice}.": "{value!r} is niet {choice}.",
    "{value!r} is not one of {choices}.": "{value!r} is niet een van {choices}.",
    "{name} {filename!r} does not exist.": "{name} {filename!r} bestaat niet.",
    "{name} {filename!r} is a file.": "{name} {filename!r} is een bestand.",
    "{name} {filename!r} is a directory.": "{name} {filename!r} is een map.",
    "{name} {filename!r} is not readable.": "{name} {filename!r} is niet leesbaar.",
    "{name} {filename!r} is not writable.": "{name} {filename!r} is niet schrijfbaar.",
    # allocator's own click messages (allocator/cli/common.py)
    "{value!r} is not a number of seconds from {low} to {high}.":
        "{value!r} is geen aantal seconden van {low} tot {high}.",
    "File": "Bestand",
    "Directory": "Map",
    "Path": "Pad",
    "file": "bestand",
    "directory": "map",
    "path": "pad",
}
CLICK_NL_PLURAL: dict[str, tuple[str, str]] = {
    "Got unexpected extra argument ({args})": ("Onverwacht extra argument ({args})",
                                               "Onverwachte extra argumenten ({args})"),
    "Did you mean {possibility}?": ("Bedoelde je {possibility}?",
                                    "(Bedoelde je een van: {possibilities}?)"),
    "{value!r} is not {choice}.": ("{value!r} is niet {choice}.",
                                   "{value!r} is niet een van {choices}."),
    "Option {name!r} requires an argument.": ("Optie {name!r} vraagt een waarde.",
                                              "Optie {name!r} vraagt {nargs} waarden."),
    "Takes {nargs} values but 1 was given.": ("Vraagt {nargs} waarden, maar er is er 1 gegeven.",
                                              "Vraagt {nargs} waarden, maar er zijn er {len} "
                                              "gegeven."),
}


# the usage line's placeholders in Dutch (what help texts already call them)
METAVARS_NL: dict[str, str] = {
    "[OPTIONS]": "[OPTIES]", "COMMAND [ARGS]...": "COMMANDO [ARGUMENTEN]...",
    "INPUT": "INVOER", "[INPUT]": "[INVOER]", "ADDRESS": "ADRES", "ADDRESS|local": "ADRES|local",
}


def help_language(environ: Mapping[str, str] | None = None) -> Lang:
    """'nl' or 'en' for --help and click's messages (see the module docstring)."""
    environ = os.environ if environ is None else environ
    chosen = environ.get("ALLOCATOR_LANG", "").strip().lower()[:2]
    if chosen in LANGS:
        return chosen
    for name in ("LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"):
        value = environ.get(name, "")
        if value:
            return "nl" if value.lower().startswith("nl") else "en"
    if sys.platform == "win32":  # Windows sets no LANG: ask the user's locale
        try:
            name = locale.getlocale()[0] or ""
        except ValueError:
            name = ""
        if name.lower().startswith(("nl", "dutch")):
            return "nl"
    return "en"


def _dutch_gettext(message: str) -> str:
    return CLICK_NL.get(message, message)


def _dutch_ngettext(singular: str, plural: str, count: int) -> str:
    words = CLICK_NL_PLURAL.get(singular)
    if words is None:
        return singular if count == 1 else plural
    return words[0] if count == 1 else words[1]


def install_click_words(lang: Lang) -> None:
    """Give click's modules Dutch (or back their own) gettext."""
    words = _dutch_gettext if lang == "nl" else gettext.gettext
    plural = _dutch_ngettext if lang == "nl" else gettext.ngettext
    for name in _CLICK_MODULES:
        module = sys.modules.get(name)
        if module is None:
            continue
        if hasattr(module, "_"):
            module._ = words  # type: ignore[attr-defined]  # a global of click's, not declared
        if hasattr(module, "ngettext"):
            module.ngettext = plural  # type: ignore[attr-defined]  # a global of click's too


def localise(command: click.Command, lang: Lang, path: str = "") -> None:
    """Set every command's and option's help to ``lang`` (reversible: English is kept)."""
    from allocator.i18n import text
    from allocator.i18n.core import merged_words

    words = merged_words()
    key = path.replace(" ", ".") or "main"
    if hasattr(command, "_help_option"):
        command._help_option = None  # click caches --help with the words of its first use
    original = command.__dict__.setdefault("_help_en", command.help)
    command.help = (text(f"help.cmd.{key}", "nl") if lang == "nl"
                    and f"help.cmd.{key}" in words else original)
    if lang == "nl" and f"help.cmd.{key}" in words:
        command.short_help = None  # derived again from the Dutch help
    for param in command.params:
        if not isinstance(param, click.Option):
            continue
        english = param.__dict__.setdefault("_help_en", param.help)
        dutch = next((text(candidate, "nl") for candidate in (
            f"help.opt.{key}.{param.name}", f"help.opt.{param.name}") if candidate in words),
            None)
        param.help = dutch if lang == "nl" and dutch else english
    _metavars(command, lang)
    if isinstance(command, click.Group):
        for name, sub in command.commands.items():
            localise(sub, lang, f"{path} {name}".strip())


def _metavars(command: click.Command, lang: Lang) -> None:
    """The usage line's placeholders ([OPTIONS], INPUT, ...) in ``lang`` (reversibly)."""
    def said(english: str | None) -> str | None:
        return METAVARS_NL.get(english, english) if lang == "nl" and english else english

    options = command.__dict__.setdefault("_options_metavar_en", command.options_metavar)
    command.options_metavar = said(options)
    if isinstance(command, click.Group):
        commands = command.__dict__.setdefault("_subcommand_metavar_en",
                                               command.subcommand_metavar)
        command.subcommand_metavar = said(commands) or commands
    for param in command.params:
        if isinstance(param, click.Argument):
            param.metavar = said(param.__dict__.setdefault("_metavar_en", param.metavar))


def apply(command: click.Command, argv: list[str] | None = None) -> Lang:
    """Put help and click's words in the language the user reads; return help's language.

    Help (``--help``, or no command) follows the environment (see the module docstring).
    Click's messages about a command line it cannot use ("Fout: Ontbrekend argument") are
    part of that command's output, so they follow its ``--lang`` (Dutch by default).
    """
    from allocator.cli.common import requested_lang

    args = sys.argv[1:] if argv is None else argv
    lang = help_language()
    asks_help = not args or any(arg in ("--help", "-h") for arg in args)
    words = lang if asks_help else requested_lang(args)
    install_click_words(words)
    localise(command, lang)
    _metavars_everywhere(command, words)
    return lang


def _metavars_everywhere(command: click.Command, lang: Lang) -> None:
    _metavars(command, lang)
    if isinstance(command, click.Group):
        for sub in command.commands.values():
            _metavars_everywhere(sub, lang)
