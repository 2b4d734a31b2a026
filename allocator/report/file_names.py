"""File names made from input values (school ids, variant names): never a path.

A value from the input may hold ``/``, ``..``, control characters or thousands of characters;
as a file name it becomes lower-case ASCII letters, digits and ``-`` only, at most
``MAX_PART`` characters, and names that would collide get a number.
"""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

MAX_PART = 40


def safe_part(value: object) -> str:
    """``value`` as one harmless piece of a file name (never empty, never ``.`` or ``..``)."""
    text = unicodedata.normalize("NFKD", str(value)[:1000])
    text = text.encode("ascii", "ignore").decode("ascii").lower()
    text = re.sub(r"[^a-z0-9]+", "-", text).strip("-")[:MAX_PART].strip("-")
    return text or "x"


class UniqueNames:
    """Hands out distinct safe file names inside one folder."""

    def __init__(self, folder: Path) -> None:
        self.folder = Path(folder)
        self.used: set[str] = set()

    def path(self, *parts: object, suffix: str) -> Path:
        """A new path in the folder from ``parts`` and ``suffix``, numbered if the name is taken."""
        stem = "-".join(safe_part(part) for part in parts)
        name, number = f"{stem}{suffix}", 2
        while name in self.used:
            name, number = f"{stem}-{number}{suffix}", number + 1
        self.used.add(name)
        path = self.folder / name
        assert path.parent == self.folder  # by construction: one component, no separator
        return path
