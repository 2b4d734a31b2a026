"""Every user-facing word exists in both languages, once."""

from __future__ import annotations

from allocator.i18n import LANGS, merged_words


def test_every_key_has_every_language_and_is_defined_once() -> None:
    words = merged_words()  # raises on a key defined in two modules
    missing = [key for key, texts in words.items() if set(texts) != set(LANGS)]
    assert not missing
