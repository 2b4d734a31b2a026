"""Words of the web app's solve results per stage and other page corrections (webfix)."""

from __future__ import annotations

WORDS: dict[str, dict[str, str]] = {
    "web.and": {"nl": "en", "en": "and"},
    "web.stage_result.proven": {"nl": "bewezen optimaal", "en": "proven optimal"},
    "web.stage_result.open": {"nl": "niet bewezen: {distance}",
                              "en": "not proven: {distance}"},
    "web.stage_result.distance": {"nl": "{distance} van de grens, {share} %",
                                  "en": "{distance} from the bound, {share} %"},
    "web.stage_result.no_bound": {"nl": "geen grens bekend", "en": "no bound known"},
    "web.stage_result.named": {"nl": "{stage} ({distance})", "en": "{stage} ({distance})"},
    "web.solve.done.some_proven": {
        "nl": "Bewezen optimaal: {proven}. Niet bewezen: {open}.",
        "en": "Proven optimal: {proven}. Not proven: {open}."},
    "web.solve.done.none_proven": {
        "nl": "Geen enkele fase is bewezen optimaal: {open}.",
        "en": "No stage is proven optimal: {open}."},
    "web.solve.done.more_time": {"nl": "Meer rekentijd kan helpen.",
                                 "en": "More time may help."},
    "web.solve.done.within_gap": {
        "nl": "De fase voorkeuren stopt bewust zodra ze zo dicht bij haar grens komt: de "
              "kerntaken en andere taken lijden er niet onder.",
        "en": "The preferences stage stops on purpose once this close to its bound: core "
              "and other tasks do not suffer from it."},
}
