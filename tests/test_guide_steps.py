"""The guideline decides: step 3's focus, step 4's hours, step 5's marks (nvt, nu, later,
nabij) from an answers file or a Gids sheet, applied alike by solve and check."""

from __future__ import annotations

import json

import pytest
import yaml
from click.testing import CliRunner
from openpyxl import load_workbook

from allocator.check.checker import check_plan
from allocator.cli.main import main
from allocator.compile import compile_problem
from allocator.engine import solve_problem
from allocator.guide import GuideAnswers, in_focus
from allocator.guide_steps import Mark, MarkError, apply_marks, resources, resources_text
from allocator.read.catalogue import default_tasks
from allocator.report.problem_out import write_problem
from tests.builders import FAST, person, problem, school, task


def test_step_3_focuses_the_policy_plan_not_legal_questions_or_projects() -> None:
    tasks = {t.id: t for t in default_tasks()}
    focus = GuideAnswers(policy_plan=False).focus
    assert in_focus(tasks["POL-04"], focus) and in_focus(tasks["POL-01"], focus)
    assert in_focus(tasks["TECH-03"], focus)
    for task_id in ("POL-13", "POL-18", "POL-19", "PED-01"):  # legal, EU projects, fairs
        assert not in_focus(tasks[task_id], focus), task_id


def _group():
    schools = [school("S1", pools=True), school("S2", pools=True, travel_hours=1)]
    people = [person("c", site="central", ict=20), person("a", site="S1", ict=2)]
    tasks = [task("HELP", placement="either", hours=1), task("SITE", placement="either",
                                                             hours=1),
             task("GROUPWORK", scope="group", hours=1, core=False)]
    return problem(schools, people, tasks)


def test_nvt_and_later_drop_instances_and_later_is_listed_as_deferred() -> None:
    prob = _group()
    guided = apply_marks(prob, [Mark("HELP", "S1", "nvt"), Mark("SITE", None, "later"),
                                Mark("GROUPWORK", None, "nvt")])
    program = compile_problem(guided.problem)
    assert sorted(zip(program.instance_task, program.instance_school, strict=True)) == [
        ("HELP", "S2")]
    assert [(d["task"], d["school"], d["hours"], d["core"]) for d in guided.deferred] == [
        ("SITE", "S1", 1.0, True), ("SITE", "S2", 1.0, True)]
    plan = solve_problem(guided.problem, FAST)
    assert check_plan(guided.problem, plan).ok
    assert {(u.task, u.school) for u in plan.uncovered} <= {("HELP", "S2")}


def test_nabij_keeps_central_staff_off_except_on_site_with_travel() -> None:
    prob = _group()
    guided = apply_marks(prob, [Mark("HELP", None, "nabij")])
    program = compile_problem(guided.problem)
    central = program.person_ids.index("c")
    arcs = {(program.instance_task[i], program.instance_school[i])
            for p, i in zip(program.arc_person, program.arc_instance, strict=True)
            if p == central}
    assert ("HELP", "S1") not in arcs  # no travel hours at S1: no central staff
    assert ("HELP", "S2") in arcs  # S2 is served on site (travel is issue 13's rule)
    with pytest.raises(MarkError, match="every school"):
        apply_marks(prob, [Mark("HELP", "S1", "nabij")])


def test_nu_puts_that_work_first() -> None:
    prob = problem([school()], [person("a", ict=1)],
                   [task("BIG", priority=5, hours=1), task("SMALL", priority=1, hours=1)])
    guided = apply_marks(prob, [Mark("SMALL", "S1", "nu")])
    assert guided.focus == {("SMALL", "S1")}
    plan = solve_problem(guided.problem, FAST, focus_tasks=guided.focus)
    assert [a.task for a in plan.assignments] == ["SMALL"]


def test_marks_are_checked_against_the_problem() -> None:
    prob = _group()
    with pytest.raises(MarkError, match="XX"):
        apply_marks(prob, [Mark("XX", None, "nvt")])
    with pytest.raises(MarkError, match="S9"):
        apply_marks(prob, [Mark("HELP", "S9", "nvt")])


def test_step_4_compares_needed_and_available_hours_per_school_and_source() -> None:
    prob = _group()
    rows = {row.site: row for row in resources(prob)}
    assert rows["S1"].needed == 2 and rows["S1"].available == {"ict": 2, "bpt": 0, "other": 0}
    assert rows["S2"].short == 2
    assert rows["central"].needed == 1 and rows["central"].short == 0
    text = "\n".join(resources_text(prob, "nl"))
    assert "School S2: nodig 2 u/week, beschikbaar 0 u" in text and "tekort 2 u/week" in text
    assert "Samen: nodig 5 u/week, beschikbaar 22 u" in text


def test_answers_file_and_gids_sheet_shape_the_solve_and_check_follows(tmp_path) -> None:
    prob = _group()
    runner = CliRunner()
    source = tmp_path / "groep.xlsx"
    write_problem(prob, source)
    book = load_workbook(source)
    sheet = book.create_sheet("Gids")
    for row in (["vraag", "antwoord", "school"], ["beleidsplan", "nee", None],
                ["HELP", "nvt", "S1"], ["SITE", "later", None]):
        sheet.append(row)
    book.save(source)
    plan_path = tmp_path / "plan.json"
    result = runner.invoke(main, ["solve", str(source), "-o", str(plan_path), "--time-limit",
                                  "5", "--workers", "1"])
    assert result.exit_code == 0, result.output
    plan = json.loads(plan_path.read_text(encoding="utf-8"))
    assert plan["guide"]["focus"] == "technical_core_and_policy"
    assert {(d["task"], d["school"]) for d in plan["deferred"]} == {("SITE", "S1"),
                                                                     ("SITE", "S2")}
    assert all(a["task"] != "SITE" for a in plan["assignments"])
    assert ("HELP", "S1") not in {(u["task"], u["school"]) for u in plan["uncovered"]}
    checked = runner.invoke(main, ["check", str(source), str(plan_path)])
    assert checked.exit_code == 0, checked.output
    out = tmp_path / "plan.xlsx"
    assert runner.invoke(main, ["solve", str(source), "-o", str(out), "--time-limit", "5",
                                "--workers", "1"]).exit_code == 0
    rows = [row for row in load_workbook(out)["Niet gedekt"].iter_rows(values_only=True)
            if row[0] == "SITE"]
    assert sorted(row[2] for row in rows) == ["S1", "S2"]
    assert all(row[6] == "later" for row in rows)
    # the same answers as YAML, in English words
    answers = tmp_path / "answers.yaml"
    answers.write_text(yaml.safe_dump({"policy_plan": "no", "tasks": {
        "HELP": {"S1": "not applicable"}, "SITE": "deferred"}}), encoding="utf-8")
    given = GuideAnswers.from_file(answers)
    assert set(given.marks) == {Mark("HELP", "S1", "nvt"), Mark("SITE", None, "later")}
    assert GuideAnswers.from_file(_written(tmp_path, given)).marks == given.marks
    answers.write_text("taken:\n  HELP: misschien\n", encoding="utf-8")
    bad = runner.invoke(main, ["solve", str(source), "--guide", str(answers), "-o",
                               str(tmp_path / "x.json")])
    assert bad.exit_code == 2 and "HELP" in bad.output and "misschien" in bad.output


def _written(folder, answers: GuideAnswers):
    path = folder / "again.yaml"
    path.write_text(answers.to_yaml("nl"), encoding="utf-8")
    return path
