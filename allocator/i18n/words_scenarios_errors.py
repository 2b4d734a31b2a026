"""Errors in scenario and sweep files (allocator/scenarios/errors.py).

Where, the value found and what was expected; ``{inner}`` and ``{error}`` hold words of their
own (translate.py).
"""

WORDS: dict[str, dict[str, str]] = {
    # the frame of a line: file, key path, value, what was expected
    "scen_err.at": {"nl": "{file}, sleutel {path}: {inner}", "en": "{file}, key {path}: {inner}"},
    "scen_err.in_file": {"nl": "{file}: {inner}", "en": "{file}: {inner}"},
    "scen_err.value": {"nl": "waarde {value}: verwacht: {inner}",
                       "en": "value {value}: expected {inner}"},
    "scen_err.expected": {"nl": "verwacht: {inner}", "en": "expected {inner}"},
    # what pydantic found, said as what was expected
    "scen_err.known_key": {
        "nl": "één van de sleutels {keys} (deze sleutel is hier onbekend: controleer de "
              "spelling)",
        "en": "one of the keys {keys} (this key is unknown here: check its spelling)"},
    "scen_err.no_key": {"nl": "geen sleutel met deze naam hier (controleer de spelling)",
                        "en": "no key of this name here (check its spelling)"},
    "scen_err.change_type": {"nl": "een soort wijziging, één van {options}",
                             "en": "a kind of change, one of {options}"},
    "scen_err.version": {"nl": "een bestandsversie die allocator kent: {options} (2 is de "
                               "huidige)",
                         "en": "a file version allocator knows: {options} (2 is current)"},
    "scen_err.one_of": {"nl": "één van {options}", "en": "one of {options}"},
    "scen_err.number_at_least": {"nl": "een getal van minstens {limit}",
                                 "en": "a number of at least {limit}"},
    "scen_err.number_above": {"nl": "een getal groter dan {limit}",
                              "en": "a number above {limit}"},
    "scen_err.number_at_most": {"nl": "een getal van hoogstens {limit}",
                                "en": "a number of at most {limit}"},
    "scen_err.number_below": {"nl": "een getal kleiner dan {limit}",
                              "en": "a number below {limit}"},
    "scen_err.string_too_short": {"nl": "een tekst van minstens {limit} {limit|teken|tekens}",
                                  "en": "a text of at least {limit} {limit|character|characters}"},
    "scen_err.string_too_long": {"nl": "een tekst van hoogstens {limit} tekens",
                                 "en": "a text of at most {limit} characters"},
    "scen_err.too_short": {"nl": "een lijst met minstens {limit} {limit|element|elementen}",
                           "en": "a list of at least {limit} {limit|item|items}"},
    "scen_err.too_long": {"nl": "een lijst met hoogstens {limit} elementen",
                          "en": "a list of at most {limit} items"},
    "scen_err.whole_number": {"nl": "een geheel getal", "en": "a whole number"},
    "scen_err.number": {"nl": "een getal", "en": "a number"},
    "scen_err.boolean": {"nl": "true of false", "en": "true or false"},
    "scen_err.text": {"nl": "tekst", "en": "text"},
    "scen_err.list": {"nl": "een lijst", "en": "a list"},
    "scen_err.mapping": {"nl": "sleutels met hun waarden (sleutel: waarde)",
                         "en": "keys with their values (key: value)"},
    "scen_err.required": {"nl": "deze sleutel (hij is verplicht)",
                          "en": "this key (it is required)"},
    "scen_err.empty": {"nl": "geen waarde", "en": "no value"},
    "scen_err.valid": {"nl": "een geldige waarde ({inner})", "en": "a valid value ({inner})"},
    # the file as a whole
    "scen_err.readable": {"nl": "een leesbaar YAML-bestand ({error})",
                          "en": "a readable YAML file ({error})"},
    "scen_err.mapping_file": {"nl": "een verzameling met de sleutels {keys}",
                              "en": "a mapping with the keys {keys}"},
    "scen_err.base_source": {"nl": "precies één van 'file' of 'generate'",
                             "en": "exactly one of 'file' or 'generate'"},
    "scen_err.plan_with_file": {"nl": "'plan' samen met 'file': het plan van die scholengroep",
                                "en": "'plan' together with 'file': the plan of that school "
                                      "group"},
    "scen_err.outsourcing_rates": {
        "nl": "'outsourcing' met 'eur_per_hour' en 'weeks_per_year', omdat een variant het "
              "budget voor uitbesteden wijzigt (zo zegt de vergelijking wat het budget koopt)",
        "en": "'outsourcing' with 'eur_per_hour' and 'weeks_per_year', since a variant changes "
              "the outsourcing budget (so the comparison can say what the budget buys)"},
    "scen_err.baseline": {"nl": "de naam van een variant (geen variant heet {name})",
                          "en": "the name of a variant (no variant is called {name})"},
    "scen_err.unique_names": {"nl": "unieke namen van varianten ({names} komen meer dan eens "
                                    "voor)",
                              "en": "unique variant names ({names} appear more than once)"},
    # a change that does not fit the group (allocator/scenarios/changes.py)
    "scen_err.person": {"nl": "de id van een persoon van de groep",
                        "en": "the id of a person of the group"},
    "scen_err.schools": {"nl": "id's van scholen van de groep (onbekend: {ids})",
                         "en": "ids of schools of the group (unknown: {ids})"},
    "scen_err.task": {"nl": "de id van een taak in de catalogus",
                      "en": "the id of a task in the catalogue"},
    "scen_err.change_kind": {"nl": "een wijziging die allocator kent",
                             "en": "a change allocator knows"},
    "scen_err.staffed_school": {"nl": "een school met eigen personeel",
                                "en": "a school with staff of its own"},
    "scen_err.person_or_school": {"nl": "een sleutel 'person' of 'school'",
                                  "en": "a key 'person' or 'school'"},
    "scen_err.school_person": {
        "nl": "een persoon van een school (centrale medewerkers hebben geen BPT-uren)",
        "en": "a person of a school (central staff have no BPT hours)"},
    "scen_err.recruit_levels": {"nl": "alle vier de niveaus T, P, B en A (0-4); ontbrekend: "
                                      "{missing}",
                                "en": "all four levels T, P, B and A (0-4); missing: "
                                      "{missing}"},
    "scen_err.recruit_hours": {"nl": "uren voor de nieuwe persoon (ict, bpt of other)",
                               "en": "hours for the recruited person (ict, bpt or other)"},
    "scen_err.new_id": {"nl": "een id die nog niemand in de groep heeft (er is al een persoon "
                              "{id})",
                        "en": "an id no one in the group has yet (a person {id} exists "
                              "already)"},
    "scen_err.hours_or_share": {"nl": "ofwel 'hours' ofwel 'share' (één van beide)",
                                "en": "either 'hours' or 'share' (one of the two)"},
    "scen_err.no_envelope": {
        "nl": "scholen met ict_envelope_hours om een deel van te nemen ({school} heeft er "
              "geen)",
        "en": "schools with ict_envelope_hours to take a share of ({school} has none)"},
    "scen_err.reference": {"nl": "een groep die klopt: {collection} {field} = {value}: {inner}",
                           "en": "a group that holds together: {collection} {field} = {value}: "
                                 "{inner}"},
    "scen_err.replan_base": {"nl": "de basis tussen de varianten (een herplanning vertrekt "
                                   "ervan)",
                             "en": "the base among the variants (a re-plan starts from it)"},
    # sweeps (allocator/scenarios/design.py)
    "scen_err.axis_both": {"nl": "een parameter van de generator of een wijziging, niet beide",
                           "en": "a generator parameter or a change, not both"},
    "scen_err.axis_change_field": {"nl": "zowel 'change' als 'field' voor een as met een "
                                         "wijziging",
                                   "en": "both 'change' and 'field' for a change axis"},
    "scen_err.axis_kind": {
        "nl": "'generator', 'change' met 'field', of 'values' met labels en hun lijst van "
              "wijzigingen",
        "en": "'generator', 'change' with 'field', or 'values' with labels and their lists of "
              "changes"},
    "scen_err.axis_baseline": {"nl": "één van de waarden {values} (de basis {baseline} is er "
                                     "geen)",
                               "en": "one of the values {values} (the baseline {baseline} is "
                                     "not)"},
    "scen_err.axis_names": {"nl": "unieke namen van assen", "en": "unique axis names"},
    "scen_err.generator_base": {
        "nl": "een gegenereerde basis ('base' met 'generate') voor de assen van de generator "
              "({axes})",
        "en": "a generated base ('base' with 'generate') for the generator axes ({axes})"},
    "scen_err.generator_twice": {"nl": "één as per parameter van de generator",
                                 "en": "one axis per generator parameter"},
    "scen_err.axis_changes": {"nl": "een lijst van wijzigingen", "en": "a list of changes"},
    # the place of a sweep given by options instead of a file
    "scen_err.sweep_flags": {"nl": "de opties van de sweep", "en": "the sweep flags"},
    # the output folder of a run (allocator/scenarios/store.py)
    "scen_err.resume_needed": {
        "nl": "{folder} bevat resultaten van een eerdere run: geef --resume om ermee verder te "
              "gaan, of kies een andere uitvoermap",
        "en": "{folder} holds results of an earlier run: pass --resume to go on with it, or "
              "choose another output folder"},
    "scen_err.other_run": {
        "nl": "{folder} bevat resultaten van een andere run (de punten verschillen van deze); "
              "--resume vraagt hetzelfde bestand, dezelfde assen, seed en instellingen",
        "en": "{folder} holds results of another run (its points differ from this one's); "
              "--resume needs the same file, axes, seed and settings"},
}
