"""The shipped catalogue follows the report (see docs/catalogue.md); v1 is kept as it was."""

from __future__ import annotations

import csv
import re
from pathlib import Path

import pytest

from allocator.explain.recommend import needs_technical_plus_other
from allocator.read.catalogue import CATALOGUE_VERSION, default_tasks
from models import Cluster, Outsource, Role, Scope

DOCS = Path(__file__).resolve().parents[2] / "docs" / "catalogue.md"
DATA = Path(__file__).resolve().parents[2] / "allocator" / "data"
# the report's own examples of core tasks (seed, "Kerntaken van de ICT-coördinator")
SEED_EXAMPLES = {"TECH-01", "TECH-03", "ADM-01", "ADM-03", "PED-01", "TECH-20"}
# seed table 3: work the field wants handled at Flemish or umbrella level (v1 said "ja")
ABOVE_SCHOOL_LEVEL = {"TECH-21", "POL-11", "POL-12"}
TABLE_3 = {"TECH-21", "TECH-28", "POL-11", "POL-12", "POL-13", "POL-22"}
# seed l. 3326-3332: not for the ICT coordinator
NOT_FOR_THE_COORDINATOR = {"ADM-04", "ADM-13", "ADM-16", "ADM-17", "TECH-18"}


def test_version_2_is_the_default() -> None:
    assert CATALOGUE_VERSION == 2
    assert default_tasks() == default_tasks(2) != default_tasks(1)


@pytest.mark.parametrize("version", [1, 2])
def test_every_cluster_is_present_with_dutch_and_english_names(version: int) -> None:
    tasks = default_tasks(version)
    assert {task.cluster for task in tasks} == set(Cluster)
    assert len({task.id for task in tasks}) == len(tasks) == 99
    assert all(task.name_nl != task.name_en for task in tasks)


@pytest.mark.parametrize("version", [1, 2])
def test_the_reports_examples_are_core_with_top_priority(version: int) -> None:
    tasks = {task.id: task for task in default_tasks(version)}
    for task_id in SEED_EXAMPLES:
        assert tasks[task_id].core and tasks[task_id].priority == 5, task_id
    assert all(task.strategic for task in tasks.values() if task.core)


def test_version_1_is_kept_exactly() -> None:
    """v1's file is today's v1: core from the minimums, ja/nee outsourcing, no `who`."""
    tasks = default_tasks(1)
    assert not any(task.who for task in tasks)
    assert {task.outsourceable for task in tasks} == {Outsource.nee, Outsource.firma}
    for task in tasks:
        if task.core:
            assert needs_technical_plus_other(task), task.id
        if task.outsourceable is not Outsource.nee:
            technical_only = task.T > 0 and max(task.P, task.B, task.A) == 0
            assert not task.core, task.id
            assert not task.strategic or technical_only or task.id in ABOVE_SCHOOL_LEVEL, task.id
    with (DATA / "catalogue_v1.csv").open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    assert "who" not in rows[0]
    assert [row["id"] for row in rows] == [task.id for task in tasks]


def test_version_2_follows_the_report() -> None:
    tasks = {task.id: task for task in default_tasks(2)}
    assert all(task.who for task in tasks.values())
    assert tasks["POL-04"].who == [Role.directie]  # seed l. 1326, "ongeacht de schoolgrootte"
    assert tasks["POL-04"].T == 0
    assert Role.administratief in tasks["ADM-01"].who and tasks["ADM-01"].T <= 1
    assert tasks["TECH-01"].P == 0  # first-line help needs no pedagogy
    assert tasks["TECH-05"].outsourceable is Outsource.firma
    assert {t for t, task in tasks.items() if task.outsourceable is Outsource.koepel} == TABLE_3
    for task_id in ("ADM-04", "ADM-05", "ADM-06", "ADM-07", "ADM-08", "ADM-09", "ADM-10",
                    "ADM-11", "ADM-12"):
        assert tasks[task_id].T == 0 and Role.administratief in tasks[task_id].who, task_id
    for task_id in NOT_FOR_THE_COORDINATOR:
        assert not {Role.tict, Role.pict, Role.ict_coordinator} & set(tasks[task_id].who)
    for task in tasks.values():
        if task.outsourceable is not Outsource.nee:
            assert not task.core, task.id


def test_docs_record_every_decision_of_version_2() -> None:
    """docs/catalogue.md has one row per task with the catalogue's own who, levels, core."""
    rows = {}
    for line in DOCS.read_text(encoding="utf-8").splitlines():
        match = re.match(r"\| ((?:TECH|PED|POL|ADM)-\d\d) \| ([^|]+) \| ([0-4 ]+) \| (\w+) \| "
                         r"(ja|nee) \| [^|]+ \| ([^|]+) \|", line)
        if match:
            rows[match.group(1)] = match.groups()[1:]
    tasks = default_tasks(2)
    assert set(rows) == {task.id for task in tasks}
    for task in tasks:
        who, levels, outsource, core, seed = rows[task.id]
        assert who.strip() == ", ".join(role.value for role in task.who), task.id
        assert levels.split() == [str(getattr(task, c)) for c in "TPBA"], task.id
        assert outsource == task.outsourceable.value and (core == "ja") == task.core, task.id
        assert re.search(r"l\. \d+", seed) or seed.strip() == "-", task.id


def test_docs_cite_lines_that_hold_the_quote() -> None:
    seed = Path(__file__).resolve().parents[3] / "shared" / "seed" / "000_5e5db0389d8139a8.txt"
    if not seed.is_file():
        seed = Path("/work/shared/seed/000_5e5db0389d8139a8.txt")
    if not seed.is_file():
        pytest.skip("the seed report is not beside this checkout")
    lines = seed.read_text(encoding="utf-8").split("\n")
    quotes = re.findall(r"l\. (\d+) «([^»]+)»", DOCS.read_text(encoding="utf-8"))
    assert len(quotes) > 99
    for number, quote in quotes:
        assert quote in lines[int(number) - 1], (number, quote)


def test_bundles_are_offered_only_for_school_tasks_that_may_be_done_centrally() -> None:
    for task in default_tasks():
        if task.bundle_factor is not None:
            assert task.scope is Scope.school and task.placement.value != "local", task.id


def test_reference_school_load_is_close_to_the_domain_brief() -> None:
    from models import School

    reference = School(id="R", name="R", level="basis", pupils=400)
    per_school = sum(task.hours_at(reference) for task in default_tasks()
                     if task.applies_to(reference))
    assert 38 <= per_school <= 48  # brief: about 40 h/week before rounding to half hours
