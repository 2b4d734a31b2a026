"""Words of the id options of explain (--task, --school, --person, --what-if)."""

from __future__ import annotations

WORDS: dict[str, dict[str, str]] = {
    "cli.unknown.task": {"nl": "--task {value}: geen taak van de invoer (blad Taken); bestaande "
                               "taken zijn bv. {examples}",
                         "en": "--task {value}: not a task of the input (Tasks sheet); tasks "
                               "that exist are e.g. {examples}"},
    "cli.unknown.school": {"nl": "--school {value}: geen school van de invoer (blad Scholen), "
                                 "en ook niet 'groep'; bestaande scholen zijn bv. {examples}",
                           "en": "--school {value}: not a school of the input (Schools sheet), "
                                 "nor 'group'; schools that exist are e.g. {examples}"},
    "cli.unknown.person": {"nl": "{option} {value}: geen persoon van de invoer (blad Personen); "
                                 "bestaande personen zijn bv. {examples}",
                           "en": "{option} {value}: not a person of the input (People sheet); "
                                 "people who exist are e.g. {examples}"},
    "console.stage_within": {
        "nl": "{stage}: niet bewezen, hoogstens {gap} % van het beste",
        "en": "{stage}: not proven, at most {gap} % from the best"},
    "plan_data.note": {
        "nl": "Gegevens van het plan voor allocator: niet wijzigen. Pas het blad Plan aan.",
        "en": "The plan's data for allocator: do not edit. Change the Plan sheet instead."},
    "recruit.file_stem": {"nl": "vacature", "en": "vacancy"},
    "cli.what_if_needs_school": {
        "nl": "{task} is een taak per school: zeg met --school voor welke school ({schools})",
        "en": "{task} is a task per school: say with --school for which school ({schools})"},
}
