"""Words of the web app's fixes after the second ICT head's test (compare, why, solve) (nl/en)."""

from __future__ import annotations

WORDS: dict[str, dict[str, str]] = {
    "web.compare.bundle_where": {"nl": "groep (bundel)", "en": "group (bundle)"},
    "web.shared_with": {
        "nl": "Deze taak is verdeeld over meerdere mensen, gedeeld met {people}.",
        "en": "This task is split over several people, shared with {people}."},
    "web.no_runners_up_besides": {
        "nl": "Buiten hen kon niemand anders dit doen volgens de regels.",
        "en": "Apart from them, nobody else could do this under the rules."},
    "web.stage_value.distance": {"nl": "afstand tot het beste: {distance} ({share} %)",
                                 "en": "distance to the best: {distance} ({share} %)"},
    "web.whatif_file": {"nl": "wat-als", "en": "what-if"},
    "change.applied": {"nl": "Wat als: deze wijzigingen aan de invoer zijn toegepast",
                       "en": "What if: these changes to the input were applied"},
    "change.applied_summary": {
        "nl": "Wat als: {changes} (zie het blad Wijzigingen)",
        "en": "What if: {changes} (see the Changes sheet)"},
    "web.compare.group_row": {"nl": "Groepstaken (de groep)", "en": "Group tasks (the group)"},
}
