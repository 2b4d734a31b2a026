"""Messages built in English deep inside the readers and models, said in the user's language.

Readers and models (which import nothing from allocator) build their messages in English.
Each such message has an English template and its Dutch in allocator/i18n under a key with a
common prefix (``expected.``, ``warning.``, ...); a message is matched against the English
templates, and the Dutch template is filled with what the placeholders matched. A message no
template matches is shown as it is.
"""

from __future__ import annotations

import re
from functools import cache

from allocator.i18n.core import Lang, fill, merged_words

# a field, or a plural field {count|one|more} (allocator/i18n/core.py): the English message
# holds one of its words, or the word with "(s)" as older messages wrote it
_TOKEN = re.compile(r"\{(\w+)\}|\{(\w+)\|([^|{}]*)\|([^|{}]*)\}")
# placeholders that hold a message of their own (a part's detail, a parser's error), said in
# the user's language in turn
_NESTED = ("inner", "detail", "error")


def _pattern(template: str) -> re.Pattern[str]:
    parts = []
    position = 0
    for match in _TOKEN.finditer(template):
        parts.append(re.escape(template[position:match.start()]))
        if match.group(1):
            parts.append(f"(?P<{match.group(1)}>.+?)")
        else:
            words = (match.group(3), match.group(4), f"{match.group(3)}(s)")
            parts.append("(?:" + "|".join(re.escape(word) for word in words) + ")")
        position = match.end()
    parts.append(re.escape(template[position:]))
    return re.compile("".join(parts), re.DOTALL)


@cache
def _templates(prefix: str | tuple[str, ...]) -> list[tuple[re.Pattern[str], dict[str, str]]]:
    found = [(_pattern(words["en"]), words) for key, words in merged_words().items()
             if key.startswith(prefix)]
    # the most specific template first: more literal text wins over a looser match
    return sorted(found, key=lambda item: -len(_TOKEN.sub("", item[1]["en"])))


def from_english(message: str, lang: Lang, prefix: str | tuple[str, ...]) -> str:
    """``message`` in ``lang``.

    ``prefix`` names the family (or families) of templates it comes from.
    """
    if lang == "en" or not message:
        return message
    for pattern, words in _templates(prefix):
        match = pattern.fullmatch(message)
        if match:
            values = {name: from_english(value, lang, prefix) if name in _NESTED else value
                      for name, value in match.groupdict().items()}
            return fill(words[lang], values)
    return message
