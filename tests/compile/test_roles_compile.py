"""Roles as eligibility: the compiler prunes by `who`, the checker agrees pair by pair, and a
workbook without the v2 columns compiles to exactly its v1 program."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings

from allocator.check.checker import RuleContext, may_do, role_fits
from allocator.compile import InstanceKind, PruneReason, compile_problem
from allocator.read import read_problem
from models import Problem, Scope
from tests.builders import person, problem, school, task
from tests.reference_mip import reference_stage_values
from tests.strategies import problems

GROUPS = Path(__file__).resolve().parents[2] / "benchmarks" / "groups"


def _arcs(prob: Problem) -> set[tuple[str, str, str | None, int]]:
    program = compile_problem(prob)
    return {(program.person_ids[p], program.instance_task[i], program.instance_school[i],
             int(program.instance_kind[i]))
            for p, i in zip(program.arc_person, program.arc_instance, strict=True)}


def test_a_role_outside_who_prunes_the_arc_with_its_own_reason() -> None:
    prob = problem([school()], [
        person("dir", role="directie", ict=4), person("tict", role="TICT", ict=4),
        person("nobody", ict=4), person("coord", role="ICT-coördinator", ict=4)],
        [task("PLAN", who="directie"), task("HELP", who="TICT"), task("ANY")])
    program = compile_problem(prob)
    index = {pid: p for p, pid in enumerate(program.person_ids)}
    instance = {task_id: i for i, task_id in enumerate(program.instance_task)}
    reason = program.pair_reason
    assert reason[index["tict"], instance["PLAN"]] == PruneReason.role
    assert reason[index["coord"], instance["PLAN"]] == PruneReason.role
    assert reason[index["dir"], instance["HELP"]] == PruneReason.role
    for kept in (("dir", "PLAN"), ("tict", "HELP"), ("coord", "HELP"), ("nobody", "PLAN"),
                 ("nobody", "HELP"), ("tict", "ANY"), ("dir", "ANY")):
        assert reason[index[kept[0]], instance[kept[1]]] == PruneReason.kept, kept


def test_ict_coordinator_counts_as_tict_and_pict_and_admits_them() -> None:
    coordinator = person("c", role="ICT-coördinator")
    tict, pict = person("t", role="TICT"), person("p", role="PICT")
    assert role_fits(coordinator, task("A", who="TICT"))
    assert role_fits(coordinator, task("A", who="PICT"))
    assert role_fits(tict, task("A", who="ICT-coördinator"))
    assert not role_fits(pict, task("A", who="TICT"))
    assert not role_fits(person("d", role="directie"), task("A", who="ICT-coördinator"))


def test_role_outranks_competency_as_the_recorded_reason() -> None:
    prob = problem([school()], [person("t", role="TICT", levels="0000", ict=2)],
                   [task("PLAN", who="directie", levels="0020")])
    assert compile_problem(prob).pair_reason[0, 0] == PruneReason.role


SETTINGS = settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@SETTINGS
@given(problems())
def test_compiler_and_checker_agree_on_every_pair(prob: Problem) -> None:
    """Every pruned pair is one the checker's own rules forbid (funding aside: the checker
    judges the source of each assignment, the compiler drops pairs no source may pay)."""
    program = compile_problem(prob)
    tasks = prob.task_by_id()
    context = RuleContext(prob)
    for i in range(program.n_instances):
        task_ = tasks[program.instance_task[i]]
        bundled = program.instance_kind[i] == InstanceKind.bundle
        school_id = program.instance_school[i]
        for p, person_id in enumerate(program.person_ids):
            code = PruneReason(int(program.pair_reason[p, i]))
            why = may_do(prob, person_id, task_, school_id, bundled, context)
            assert (code in (PruneReason.kept, PruneReason.funding)) == (why is None), \
                (person_id, task_.id, school_id, code, why)
            fits = role_fits(context.people[person_id], task_)
            assert (code == PruneReason.role) == (not fits)
            assert task_.scope is Scope.group or school_id is not None or bundled


@pytest.mark.parametrize(("name", "instances", "arcs", "core", "noncore"), [
    # counts and optimal values measured on v1 (benchmarks/results/groups.md, commit 8ea64f2)
    ("S", 304, 569, 167, 200),
    ("M", 1044, 2437, 614, 714),
])
def test_frozen_groups_keep_their_v1_program_and_values(name: str, instances: int, arcs: int,
                                                        core: int, noncore: int) -> None:
    prob = read_problem(GROUPS / f"{name}.xlsx").problem
    assert not any(t.who for t in prob.tasks)  # their own Taken sheet, without `wie`
    program = compile_problem(prob)
    assert (program.n_instances, program.n_arcs) == (instances, arcs)
    # roles change nothing without `who`: the same arcs with every role removed
    no_roles = prob.model_copy(update={"people": [p.model_copy(update={"role": None})
                                                  for p in prob.people]})
    assert _arcs(no_roles) == _arcs(prob)
    assert reference_stage_values(prob) == (core, noncore)
