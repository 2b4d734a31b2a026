"""Words of the web app's fixes after the second ICT head's test (compare, why, solve) (nl/en)."""

from __future__ import annotations

WORDS: dict[str, dict[str, str]] = {
    "web.compare.bundle_where": {"nl": "groep (bundel)", "en": "group (bundle)"},
    "web.compare.group_row": {"nl": "Groepstaken (de groep)", "en": "Group tasks (the group)"},
}
