"""Peak memory of a command counts its whole process tree."""

from __future__ import annotations

import sys

from benchmarks.frozen_groups import run_measured

# the child process holds 200 MB for a moment; its parent holds little
CHILD = ("import time; block = bytearray(200 * 2**20); block[::4096] = b'x' * len(block[::4096]);"
         " time.sleep(1.0)")
PARENT = f"import subprocess, sys; subprocess.run([sys.executable, '-c', {CHILD!r}], check=True)"


def test_the_peak_counts_the_memory_of_child_processes():
    _, peak_mb, code = run_measured([sys.executable, "-c", PARENT])
    assert code == 0
    assert peak_mb > 200
