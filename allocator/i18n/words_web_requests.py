"""Words of the web app's request checks and of an uploaded earlier plan."""

from __future__ import annotations

WORDS: dict[str, dict[str, str]] = {
    "web.error.time_limit_number": {
        "nl": "Rekentijd: geef een aantal seconden, niet '{value}'.",
        "en": "Time limit: give a number of seconds, not '{value}'."},
    "web.error.time_limit_range": {
        "nl": "Rekentijd: kies 1 tot {high} seconden.",
        "en": "Time limit: choose 1 to {high} seconds."},
    "web.error.lang": {"nl": "Taal: kies een van {langs}.",
                       "en": "Language: choose one of {langs}."},
    "web.error.no_changes": {"nl": "Geef minstens één wijziging.",
                             "en": "Give at least one change."},
    "web.error.changes_shape": {
        "nl": "Verwacht: een lijst van wijzigingen, of een object met die lijst onder "
              "'changes'.",
        "en": "Expected a list of changes, or an object with that list under 'changes'."},
    "web.previous.label": {"nl": "Vorig plan (optioneel)",
                           "en": "Previous plan (optional)"},
    "web.previous.help": {
        "nl": "Het plan.xlsx (of plan.json) van vorig jaar of van een eerdere versie: het "
              "nieuwe plan houdt er zoveel mogelijk van vast en toont wat verandert.",
        "en": "Last year's plan.xlsx (or plan.json), or an earlier version: the new plan keeps "
              "as much of it as it can and shows what changes."},
    "web.input.previous": {"nl": "Het nieuwe plan blijft zo dicht mogelijk bij {file}.",
                           "en": "The new plan stays as close as it can to {file}."},
    "web.plan.previous": {
        "nl": "Ten opzichte van {file}: {kept} behouden, {moved} naar iemand anders, {new} "
              "nieuw gedekt, {dropped} niet meer gedekt.",
        "en": "Compared with {file}: {kept} kept, {moved} moved to someone else, {new} newly "
              "covered, {dropped} no longer covered."},
}
