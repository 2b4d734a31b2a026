"""Console output that cannot fail on a character: ≥, €, ë, → on a Windows (cp1252) console.

Python writes to a console or a redirected stream in the locale's encoding. On Windows that
is often cp1252, which has € and ë but not ≥ or →, so printing an explanation would end in a
UnicodeEncodeError. Redirected output (a pipe, a file) is switched to UTF-8, the encoding of
every file allocator writes; a console that keeps a legacy code page gets what it can show,
with ≥ written as >= and the like, never an error.
"""

from __future__ import annotations

import codecs
import sys
from typing import TextIO

ERRORS = "allocator-readable"
# what a legacy code page cannot show, in characters every code page has
_READABLE = {"≥": ">=", "≤": "<=", "→": "->", "←": "<-", "×": "x", "…": "...", "–": "-",
             "—": "-", "«": '"', "»": '"', "‘": "'", "’": "'", "“": '"', "”": '"', "€": "EUR",
             "•": "-", "✓": "v", "·": "."}


def _readable(error: UnicodeError) -> tuple[str, int]:
    if not isinstance(error, UnicodeEncodeError):
        raise error
    part = error.object[error.start:error.end]
    return "".join(_READABLE.get(char, "?") for char in part), error.end


codecs.register_error(ERRORS, _readable)


def _is_utf8(stream: TextIO) -> bool:
    encoding = (getattr(stream, "encoding", None) or "").lower().replace("-", "")
    return encoding in ("utf8", "utf8sig")


def utf8_console(streams: tuple[TextIO, ...] | None = None) -> None:
    """Make ``streams`` (stdout and stderr) print any text without an encoding error."""
    for stream in streams if streams is not None else (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is None or _is_utf8(stream):
            continue  # a test runner's buffer, or already fine
        try:
            if stream.isatty():
                reconfigure(errors=ERRORS)  # keep what the console shows; never fail
            else:
                reconfigure(encoding="utf-8", errors=ERRORS)
        except (ValueError, OSError):  # a closed or detached stream: nothing to print to
            continue
