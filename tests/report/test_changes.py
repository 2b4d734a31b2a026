"""solve --previous: the Wijzigingen sheet says what was kept, moved, new and dropped, and why."""

from __future__ import annotations

import pytest
from click.testing import CliRunner
from openpyxl import load_workbook

from allocator.cli.main import main
from allocator.engine import solve_problem
from allocator.explain.changes import plan_changes
from allocator.report import plan_to_json
from allocator.report.problem_out import write_problem
from tests.builders import FAST, person, problem, school, solve_checked, task

TASKS = [task("A", hours=2), task("B", hours=2), task("C", core=False, hours=2)]


@pytest.fixture(scope="module")
def replanned():
    before = problem([school("S1")], [person("P1", ict=2), person("P2", ict=2)], TASKS)
    previous = solve_checked(before)
    assert {a.task for a in previous.assignments} == {"A", "B"}
    after = problem([school("S1")],
                    [person("P2", ict=0, other=0), person("P3", ict=6)], TASKS)
    plan = solve_problem(after, FAST, previous=previous)
    return before, after, previous, plan


def by_task(changes: dict) -> dict[str, dict]:
    return {row["task"]: row for row in changes["rows"]}


def test_each_instance_is_kept_moved_new_or_dropped_with_its_forced_cause(replanned):
    _, after, previous, plan = replanned
    changes = plan_changes(after, previous, plan)
    rows = by_task(changes)
    left = next(a.task for a in previous.assignments if a.person == "P1")
    reduced = next(a.task for a in previous.assignments if a.person == "P2")
    assert rows[left]["status"] == "moved"
    assert rows[left]["reasons"] == [{"code": "person_left", "person": "P1"}]
    assert rows[reduced]["status"] == "moved"
    assert rows[reduced]["reasons"] == [{"code": "hours_reduced", "person": "P2",
                                         "source": "ict", "from": 2.0, "to": 0.0}]
    assert rows["C"]["status"] == "new" and rows["C"]["reasons"] == []
    assert rows[left]["before"] == [{"person": "P1", "hours": 2.0, "funding": "ict"}]
    assert rows[left]["after"] == [{"person": "P3", "hours": 2.0, "funding": "ict"}]
    assert changes["counts"] == {"dropped": 0, "moved": 2, "new": 1, "kept": 0}


def test_work_that_can_no_longer_be_done_is_dropped_with_the_reason():
    before = problem([school("S1")], [person("P1", ict=2)], [task("A", hours=2)])
    previous = solve_checked(before)
    after = problem([school("S1")], [person("P1", ict=2)], [task("A", hours=3)])
    plan = solve_problem(after, FAST, previous=previous)
    [row] = plan_changes(after, previous, plan)["rows"]
    assert row["status"] == "dropped"
    assert row["reasons"] == [{"code": "task_hours_changed", "from": 2.0, "to": 3.0}]


def test_solve_previous_writes_a_changes_sheet(replanned, tmp_path):
    before, after, previous, _ = replanned
    group, previous_path = tmp_path / "groep.yaml", tmp_path / "vorig.json"
    write_problem(after, group)
    previous_path.write_text(plan_to_json(before, previous), encoding="utf-8")
    out = tmp_path / "nieuw.xlsx"
    result = CliRunner().invoke(main, ["solve", str(group), "--previous", str(previous_path),
                                       "-o", str(out), "--workers", "1", "--time-limit", "10"])
    assert result.exit_code == 0, result.output
    assert "2 verschoven, 1 nieuw, 0 vervallen (2 door gewijzigde invoer)" in result.output
    book = load_workbook(out)
    assert book.sheetnames[:2] == ["Samenvatting", "Wijzigingen"]
    rows = list(book["Wijzigingen"].iter_rows(values_only=True))
    assert rows[0][:2] == ("wijziging", "school")
    left = next(r for r in rows if r[8] and "Person P1 is er niet meer" in r[8])
    assert left[0] == "verschoven" and left[4] == "Person P1 (2 u ICT-uren)"
    assert left[5] == "Person P3 (2 u ICT-uren)" and (left[6], left[7]) == (2, 2)
    assert any(r[8] and "Person P2 heeft minder ICT-uren: 0 u in plaats van de 2 u" in r[8]
               for r in rows)
    assert any(r[0] == "nieuw" and r[2] == "C" for r in rows)


def test_a_plan_without_previous_has_no_changes_sheet(replanned, tmp_path):
    from allocator.report import write_plan_workbook

    _, after, _, _ = replanned
    plan = solve_checked(after)
    path = tmp_path / "plan.xlsx"
    write_plan_workbook(after, plan, path)
    assert "Wijzigingen" not in load_workbook(path).sheetnames


def test_a_person_who_left_is_named_once_from_a_previous_plan_workbook(tmp_path):
    """From plan.xlsx the Wijzigingen sheet said 'P035 is er niet meer; P035 is er niet
    meer': the id, not the name, and once per funding source of the person's rows."""
    from allocator.read.plan import read_plan
    from allocator.report import write_plan_workbook

    task_of_three = [task("A", hours=3)]
    before = problem([school("S1")], [person("P1", ict=2, other=1)], task_of_three)
    previous = solve_checked(before)
    assert {a.funding for a in previous.assignments} == {"ict", "other"}  # two rows, one person
    workbook = tmp_path / "vorig.xlsx"
    write_plan_workbook(before, previous, workbook)
    after = problem([school("S1")], [person("P2", ict=3)], task_of_three)
    plan = solve_problem(after, FAST, previous=read_plan(workbook))
    changes = plan_changes(after, read_plan(workbook), plan)
    [row] = changes["rows"]
    assert row["reasons"] == [{"code": "person_left", "person": "P1"}]
    assert changes["names"] == {"P1": "Person P1"}


def test_hours_cut_below_work_plus_travel_are_the_forced_cause():
    """Central c did S1's 1 h on site and travelled 1 h: with 1.5 h left, that no longer fits."""
    def group(ict: float):
        return problem([school("S1", pools=True, travel_hours=1)],
                       [person("c", site="central", ict=ict, role="TICT")],
                       [task("L1", placement="local", hours=1)])

    previous = solve_checked(group(2))
    assert [a.person for a in previous.assignments] == ["c"] and previous.travel
    after = group(1.5)
    plan = solve_problem(after, FAST, previous=previous)
    [row] = plan_changes(after, previous, plan)["rows"]
    assert row["status"] == "dropped"
    assert row["reasons"] == [{"code": "hours_reduced", "person": "c", "source": "ict",
                               "from": 2.0, "to": 1.5}]
