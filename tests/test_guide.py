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


def test_no_policy_plan_puts_the_core_policy_tasks_in_focus_never_the_whole_cluster():
    answers = GuideAnswers(policy_plan=False)
    assert in_focus(task("T", cluster="technical", core=True), answers.focus)
    assert in_focus(task("B", cluster="policy", core=True), answers.focus)
    assert not in_focus(task("L", cluster="policy", core=False), answers.focus)  # legal, EU
    assert not in_focus(task("N", cluster="technical", core=False), answers.focus)
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


def test_the_guide_accepts_ja_and_nee_and_writes_the_answers_it_collected(tmp_path,
                                                                         monkeypatch):
    """The reported case: Dutch questions with [Y/n] rejected 'ja' four times, then aborted,
    and pointed to an answers file it never wrote."""
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(main, ["guide"], input="ja\nnee\nmisschien\nj\nN\n")
    assert result.exit_code == 0, result.output
    assert "[J/n]" in result.output and "[Y/n]" not in result.output
    assert result.output.count("Antwoord ja of nee") == 1  # 'misschien' asked again
    saved = tmp_path / "antwoorden.yaml"
    answers = GuideAnswers.from_file(saved)
    assert (answers.awareness, answers.shared_vision, answers.policy_plan,
            answers.willing_to_pool) == (True, False, True, False)
    assert "bewustzijn: ja" in saved.read_text(encoding="utf-8")
    assert "--guide antwoorden.yaml" in result.output
    again = CliRunner().invoke(main, ["guide"], input="\n\n\n\n")  # Enter: ja; next free name
    assert again.exit_code == 0, again.output
    assert GuideAnswers.from_file(tmp_path / "antwoorden-1.yaml") == GuideAnswers()


def test_answers_out_writes_where_asked_and_english_answers_work(tmp_path):
    out = tmp_path / "mijn antwoorden.yaml"
    result = CliRunner().invoke(main, ["guide", "--answers-out", str(out), "--lang", "en"],
                                input="yes\nno\ny\nn\n")
    assert result.exit_code == 0, result.output
    assert "[Y/n]" in result.output
    assert GuideAnswers.from_file(out).shared_vision is False
    assert f'--guide "{out}"' in result.output  # a path with a space, quoted


def test_dutch_keys_in_any_spelling_and_question_numbers_are_accepted(tmp_path):
    path = tmp_path / "a.yaml"
    path.write_text("Bewustzijn: ja\nGedragen visie: nee\nICT-beleidsplan: j\n4: n\n",
                    encoding="utf-8")
    answers = GuideAnswers.from_file(path)
    assert (answers.awareness, answers.shared_vision, answers.policy_plan,
            answers.willing_to_pool) == (True, False, True, False)


def test_a_bad_answers_file_is_named_in_dutch(tmp_path):
    path = tmp_path / "a.yaml"
    path.write_text("weer: mooi\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["guide", "--answers", str(path)])
    assert result.exit_code == 2
    assert "onbekende vraag 'weer'" in result.output and "bewustzijn" in result.output
