"""The shipped catalogue follows the report's criteria (see docs/catalogue.md)."""

from __future__ import annotations

from allocator.explain.recommend import needs_technical_plus_other
from allocator.read.catalogue import default_tasks
from models import Cluster, Outsource, Scope

# the report's own examples of core tasks (seed, "Kerntaken van de ICT-coördinator")
# seed table 3: work the field wants handled at Flemish or umbrella level
ABOVE_SCHOOL_LEVEL = {"TECH-21", "POL-11", "POL-12"}
SEED_EXAMPLES = {"TECH-01", "TECH-03", "ADM-01", "ADM-03", "PED-01", "TECH-20"}


def test_every_cluster_is_present_with_dutch_and_english_names():
    tasks = default_tasks()
    assert {task.cluster for task in tasks} == set(Cluster)
    assert len({task.id for task in tasks}) == len(tasks) == 99
    assert all(task.name_nl != task.name_en for task in tasks)


def test_core_tasks_are_strategic_and_need_technical_plus_another_competency():
    for task in default_tasks():
        if task.core:
            assert task.strategic, task.id
            assert needs_technical_plus_other(task), task.id


def test_the_reports_examples_are_core_with_top_priority():
    tasks = {task.id: task for task in default_tasks()}
    for task_id in SEED_EXAMPLES:
        assert tasks[task_id].core and tasks[task_id].priority == 5, task_id


def test_outsourceable_tasks_are_not_strategic_or_technical_only():
    for task in default_tasks():
        if task.outsourceable is not Outsource.nee:
            technical_only = task.T > 0 and max(task.P, task.B, task.A) == 0
            assert not task.core, task.id
            assert not task.strategic or technical_only or task.id in ABOVE_SCHOOL_LEVEL, task.id


def test_bundles_are_offered_only_for_school_tasks_that_may_be_done_centrally():
    for task in default_tasks():
        if task.bundle_factor is not None:
            assert task.scope is Scope.school and task.placement.value != "local", task.id


def test_reference_school_load_is_close_to_the_domain_brief():
    from models import School

    reference = School(id="R", name="R", level="basis", pupils=400)
    per_school = sum(task.hours_at(reference) for task in default_tasks()
                     if task.applies_to(reference))
    assert 38 <= per_school <= 48  # brief: about 40 h/week before rounding to half hours
