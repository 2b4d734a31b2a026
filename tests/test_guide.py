"""The guideline flow: answers set the focus, and the focus stage comes before core coverage."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from allocator.cli.main import EXIT_INPUT, main
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
    assert "[J/n, ? = weet niet]" in result.output and "[Y/n" not in result.output
    assert result.output.count("Antwoord ja, nee of weet niet") == 1  # 'misschien' asked again
    saved = tmp_path / "antwoorden.yaml"
    answers = GuideAnswers.from_file(saved)
    assert (answers.awareness, answers.shared_vision, answers.policy_plan,
            answers.willing_to_pool) == (True, False, True, False)
    assert "bewustzijn: ja" in saved.read_text(encoding="utf-8")
    assert "allocator solve groep.xlsx --guide antwoorden.yaml" in result.output
    again = CliRunner().invoke(main, ["guide"], input="\n\n\n\n")  # Enter: ja; next free name
    assert again.exit_code == 0, again.output
    assert GuideAnswers.from_file(tmp_path / "antwoorden-1.yaml") == GuideAnswers()


def test_answers_out_writes_where_asked_and_english_answers_work(tmp_path):
    out = tmp_path / "mijn antwoorden.yaml"
    result = CliRunner().invoke(main, ["guide", "--answers-out", str(out), "--lang", "en"],
                                input="yes\nno\ny\nn\n")
    assert result.exit_code == 0, result.output
    assert "[Y/n, ? = don't know]" in result.output
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


def test_weet_niet_skips_a_question_as_the_web_app_does(tmp_path, monkeypatch):
    """The user test: "weet niet" was rejected although the web app offers it."""
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(main, ["guide"], input="weet niet\n?\nnee\nweet niet\n")
    assert result.exit_code == 0, result.output
    assert "Antwoord ja, nee of weet niet" not in result.output
    saved = tmp_path / "antwoorden.yaml"
    written = saved.read_text(encoding="utf-8")
    assert "bewustzijn: weet niet" in written and "beleidsplan: nee" in written
    answers = GuideAnswers.from_file(saved)
    assert answers.skipped == ("awareness", "shared_vision", "willing_to_pool")
    assert (answers.awareness, answers.shared_vision, answers.policy_plan,
            answers.willing_to_pool) == (True, True, False, True)  # open: the default
    assert answers.focus == "technical_core_and_policy"
    assert "[?] 1." in result.output and "[ ] 3." in result.output
    english = CliRunner().invoke(main, ["guide", "--lang", "en", "--answers-out",
                                        str(tmp_path / "en.yaml")], input="don't know\n\n\n\n")
    assert english.exit_code == 0, english.output
    assert "? = don't know" in english.output
    assert GuideAnswers.from_file(tmp_path / "en.yaml").skipped == ("awareness",)


def test_input_that_ends_early_keeps_the_answers_given_and_names_the_open_ones(tmp_path):
    """The user test: input ending after three answers discarded all three."""
    out = tmp_path / "deels.yaml"
    result = CliRunner().invoke(main, ["guide", "--answers-out", str(out)],
                                input="ja\nnee\nja\n")
    assert result.exit_code == 0, result.output
    answers = GuideAnswers.from_file(out)
    assert (answers.awareness, answers.shared_vision, answers.policy_plan) == (True, False, True)
    assert answers.skipped == ("willing_to_pool",)
    assert "poolen: weet niet" in out.read_text(encoding="utf-8")
    assert "1 vraag bleef open" in result.output
    assert "4. Is er bereidheid" in result.output.split("bleef open")[1]
    assert "niets bewaard" not in result.output
    nothing = CliRunner().invoke(main, ["guide", "--answers-out", str(tmp_path / "n.yaml")],
                                 input="")
    assert nothing.exit_code == EXIT_INPUT and "niets bewaard" in nothing.output
    assert not (tmp_path / "n.yaml").exists()


def test_the_solve_line_names_the_workbook_the_user_gave(tmp_path):
    workbook = tmp_path / "mijn groep.xlsx"
    assert CliRunner().invoke(main, ["template", "--example", "-o", str(workbook)]
                              ).exit_code == 0
    answers = tmp_path / "a.yaml"
    answers.write_text("beleidsplan: nee\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["guide", str(workbook), "--answers", str(answers)])
    assert result.exit_code == 0, result.output
    assert f'allocator solve "{workbook}" --guide {answers}' in result.output
    assert "INPUT" not in result.output


def test_step5_names_the_gids_sheet_the_template_really_has(tmp_path):
    """The user test: step 5 pointed at a Gids sheet the template did not have."""
    from openpyxl import load_workbook

    from allocator.report.template import write_template

    path = tmp_path / "groep.xlsx"
    write_template(path, "nl")
    book = load_workbook(path)
    assert "Gids" in book.sheetnames
    assert book["Gids"]["A1"].value == "taak of vraag"
    instructions = " ".join(str(c.value) for row in book["Instructies"].iter_rows()
                            for c in row if c.value)
    assert "Gids" in instructions and "nabij" in instructions
    assert GuideAnswers.from_workbook(path) is None  # the empty sheet changes nothing
    checklist_text = CliRunner().invoke(main, ["guide", "--answers", str(_answers(tmp_path))])
    assert "blad Gids" in checklist_text.output
    book["Gids"].append(["TECH-01", "nu", None])
    book["Gids"].append(["beleidsplan", "weet niet", None])
    book.save(path)
    read = GuideAnswers.from_workbook(path)
    assert read is not None and [(m.task, m.kind) for m in read.marks] == [("TECH-01", "nu")]
    assert read.skipped == ("policy_plan",)
    write_template(tmp_path / "en.xlsx", "en")
    assert "Guide" in load_workbook(tmp_path / "en.xlsx").sheetnames


def _answers(folder):
    path = folder / "alles-ja.yaml"
    path.write_text("bewustzijn: ja\n", encoding="utf-8")
    return path
