"""Words of reliability messages: outputs, interrupts, limits, key files (nl/en)."""

WORDS: dict[str, dict[str, str]] = {
    "output.refused": {"nl": "uitvoer: {reason}; er is niets opgelost of geschreven",
                       "en": "output: {reason}; nothing was solved or written"},
    "output.is_folder": {"nl": "{path} is een map: geef een bestandsnaam",
                         "en": "{path} is a folder: give a file name"},
    "output.cannot": {"nl": "{path} kan niet geschreven worden ({detail})",
                      "en": "{path} cannot be written ({detail})"},
    "output.no_permission": {"nl": "geen toestemming om {path} te schrijven",
                             "en": "no permission to write {path}"},
    "output.not_a_folder": {"nl": "{path}: {detail} is geen map",
                            "en": "{path}: {detail} is not a folder"},
    "output.folder_not_writable": {
        "nl": "{path}: geen toestemming om te schrijven in de map {detail}",
        "en": "{path}: no permission to write in the folder {detail}"},
    "limit.reading": {
        "nl": "het invoerbestand lezen duurde langer dan de tijdslimiet ({seconds} s); er is "
              "geen plan. Geef een grotere --time-limit of een kleiner bestand",
        "en": "reading the input took longer than the time limit ({seconds} s); there is no "
              "plan. Give a larger --time-limit or a smaller file"},
    # the search ends by the clock or, with one worker, by its work budget (a share of the
    # limit): "the time limit was up" after 4 of 20 s read as a mistake to a user
    "limit.quick_plan": {
        "nl": "de zoekmachine vond geen plan binnen wat deze --time-limit toelaat (tijd of "
              "rekenwerk): dit is een snel plan ({kind}) dat alle regels volgt; een grotere "
              "--time-limit geeft een beter plan",
        "en": "the solver found no plan within what this --time-limit allows (time or work): "
              "this is a quick plan ({kind}) that keeps every rule; a larger --time-limit "
              "gives a better one"},
    "cli.terminated_nothing": {"nl": "gestopt (SIGTERM); er is niets geschreven",
                               "en": "stopped (SIGTERM); nothing was written"},
    "key.bad_file": {"nl": "sleutelbestand: {reason}",
                     "en": "key file: {reason}"},
    "key.needed": {"nl": "dit plan is gepseudonimiseerd: geef het sleutelbestand mee met "
                         "--key-file",
                   "en": "this plan is pseudonymised: give its key file with --key-file"},
}
