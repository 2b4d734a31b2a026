"""Give freed solver memory back to the operating system.

A solver model freed in Python (CP-SAT's model after the last stage that uses it, both models
once the solve is done) returns its memory to the C allocator, which keeps most of it for
later use: the process's resident size, which is what a user (and the benchmark's peak
memory) sees, stays where it was. ``malloc_trim`` hands the free pages back.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import gc
import sys


def release_memory() -> None:
    """Collect garbage, then return free heap pages to the system (glibc only)."""
    gc.collect()
    if not sys.platform.startswith("linux"):
        return
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6")
        libc.malloc_trim(0)
    except (OSError, AttributeError):  # not glibc (e.g. musl): nothing to trim
        return
