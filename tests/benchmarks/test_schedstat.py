"""The process-tree sampler counts the CPU of child processes, which getrusage of the parent
does not see while they run."""

from __future__ import annotations

import subprocess
import sys

import pytest

from benchmarks.schedstat import TreeSchedstat


def test_a_busy_child_process_is_counted():
    tree = TreeSchedstat(interval=0.05)
    if not tree.available:
        pytest.skip("no schedstat on this system")
    with tree:
        subprocess.run([sys.executable, "-c", "import time\nstart = time.process_time()\n"
                        "while time.process_time() - start < 0.5: pass"], check=True)
    assert tree.cpu >= 0.45 and tree.wait >= 0.0


def test_an_idle_tree_counts_next_to_nothing():
    with TreeSchedstat(interval=0.05) as tree:
        subprocess.run([sys.executable, "-c", "import time; time.sleep(0.3)"], check=True)
    assert tree.cpu < 0.3 + 0.5  # the interpreter's start-up, not the sleep
