"""The methods note and the citation file stay true to the code."""

from __future__ import annotations

from pathlib import Path

import yaml

import allocator
from allocator.compile import weights
from allocator.scenarios.funding import FULL_POST_HOURS
from allocator.scenarios.stats import METHOD

ROOT = Path(__file__).parents[1]


def test_the_citation_file_is_valid_and_carries_the_version():
    citation = yaml.safe_load((ROOT / "CITATION.cff").read_text(encoding="utf-8"))
    assert citation["cff-version"] == "1.2.0"
    assert {"title", "authors", "message", "version", "license"} <= set(citation)
    assert citation["version"] == allocator.__version__


def test_the_methods_note_states_the_stage_3_weights_of_the_code():
    note = (ROOT / "docs" / "methods.md").read_text(encoding="utf-8")
    for phrase in (f"$+{weights.PREFERENCE}$ per preference point",
                   f"$+{weights.SPECIALISATION}$ per used arc",
                   f"$-{weights.PERSON_ON_INSTANCE}$ per person on an instance",
                   f"$-{weights.BPT_PER_HALF_HOUR}$ per BPT\n   half-hour",
                   f"$-{weights.CLUSTER_PER_PERSON}$ per distinct cluster",
                   f"$-{weights.SCHOOL_PER_PERSON}$ per distinct school",
                   f"$-{weights.SMALL_SHARE}$ per 0.5 h share",
                   f"weight {weights.KEEP_POOLING_DECISION}",
                   f"{weights.STAGE3_RELATIVE_GAP * 100:.1f} % gap",
                   f"{FULL_POST_HOURS:g} h/week"):
        assert phrase in note, phrase
    assert "paired" in METHOD and "t-interval" in note


def test_the_methods_note_states_when_neighbourhood_rounds_run():
    from allocator.solve import driver

    note = (ROOT / "docs" / "methods.md").read_text(encoding="utf-8")
    assert f"{driver.NEIGHBOURHOOD_MIN_ARCS:,} arcs or more" in note


def test_the_methods_note_states_when_the_support_kernel_runs():
    from allocator.solve import driver

    note = (ROOT / "docs" / "methods.md").read_text(encoding="utf-8")
    assert f"{driver.SUPPORT_KERNEL_MIN_ARCS:,} arcs or more" in note
