"""The guideline flow: answers set the focus, and the focus stage comes before core coverage."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from allocator.cli.main import main
from allocator.engine import solve_problem
from allocator.guide import GuideAnswers, in_focus
from tests.builders import FAST, person, problem, school, task


def test_answers_read_dutch_keys_and_values(tmp_path):
    path = tmp_path / "antwoorden.yaml"
    path.write_text("bewustzijn: ja\nvisie: nee\nbeleidsplan: x\npoolen: 0\n", encoding="utf-8")
    answers = GuideAnswers.from_file(path)
    assert (answers.awareness, answers.shared_vision, answers.policy_plan,
            answers.willing_to_pool) == (True, False, True, False)
    assert answers.focus == "technical_core"


def test_a_bad_answer_is_named(tmp_path):
    path = tmp_path / "a.yaml"
    path.write_text("beleidsplan: misschien\n", encoding="utf-8")
    with pytest.raises(ValueError, match="beleidsplan"):
        GuideAnswers.from_file(path)


def test_no_policy_plan_puts_policy_tasks_in_focus_too():
    answers = GuideAnswers(policy_plan=False)
    assert in_focus(task("T", cluster="technical", core=True), answers.focus)
    assert in_focus(task("B", cluster="policy", core=False), answers.focus)
    assert not in_focus(task("P", cluster="pedagogical", core=True), answers.focus)
    assert GuideAnswers().focus is None


def test_the_focus_stage_wins_over_core_priority():
    tasks = [task("TECH", cluster="technical", core=True, priority=1, hours=1),
             task("PED", cluster="pedagogical", core=True, priority=5, hours=1)]
    prob = problem([school()], [person("a", ict=1)], tasks)
    plain = solve_problem(prob, FAST)
    focused = solve_problem(prob, FAST, focus_tasks={"TECH"})
    assert [a.task for a in plain.assignments] == ["PED"]
    assert [a.task for a in focused.assignments] == ["TECH"]
    assert focused.stages[0].name == "focus" and focused.status == "optimal"


def test_guide_command_prints_the_checklist(tmp_path):
    path = tmp_path / "a.yaml"
    path.write_text("awareness: no\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["guide", "--answers", str(path), "--lang", "en"])
    assert result.exit_code == 0, result.output
    assert "[ ] 1." in result.output and "technical core tasks" in result.output
