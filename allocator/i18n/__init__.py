"""User-facing words in Dutch (default) and English; see :mod:`allocator.i18n.core`."""

from allocator.i18n.core import LANGS, Lang, decimal, euros, hours, merged_words, text

__all__ = ["LANGS", "Lang", "decimal", "euros", "hours", "merged_words", "text"]
