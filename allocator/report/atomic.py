"""Write outputs atomically: a temporary file beside the target, then one rename."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from pathlib import Path


def write_atomically(target: Path, write: Callable[[Path], None]) -> None:
    """Call ``write`` on a temporary path in the target's folder, then rename it into place.

    A crash or interrupt leaves the old target (or nothing), never a half-written file.
    """
    target = Path(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part",
                                         dir=target.parent)
    os.close(handle)
    try:
        write(Path(temporary))
        os.replace(temporary, target)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def write_text_atomically(target: Path, content: str) -> None:
    write_atomically(target, lambda path: path.write_text(content, encoding="utf-8"))
