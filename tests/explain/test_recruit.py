"""Recruitment: posts of a useful size, merged across pooling schools, never directie work."""

from __future__ import annotations

import json
import re

from click.testing import CliRunner

from allocator.cli.main import main
from allocator.explain.recruit import recruitment, suggestion_sentence, vacancy_markdown
from allocator.report.problem_out import write_problem
from tests.builders import FAST, person, problem, school, solve_checked, task


def test_profiles_check_the_envelope_cumulatively_and_never_go_negative() -> None:
    schools = [school("S1", pools=False, ict_envelope_hours=3)]
    tasks = [task("TA", levels="3100", hours=2, core=True),
             task("TB", levels="3010", hours=1.5, core=True),
             task("PA", levels="1300", hours=1, core=True)]
    prob = problem(schools, [person("a", levels="0000", ict=1)], tasks)
    plan = solve_checked(prob, FAST)
    found = recruitment(prob, plan, min_post_hours=1)
    by_kind = {p.kind: p for p in found.posts}
    assert set(by_kind) == {"TICT", "PICT"}
    tict = by_kind["TICT"]
    assert tict.hours == 3.5 and tict.levels == {"T": 3, "P": 1, "B": 1, "A": 0}
    assert tict.envelope_left == 2  # 3 h envelope, 1 h already held by a
    assert tict.diploma == "bachelor"  # T 3: at least a bachelor (report)
    assert tict.envelope_cost == 3.5 * 75 / 63
    assert tict.over_budget == tict.envelope_cost - 2
    pict = by_kind["PICT"]
    assert pict.envelope_left is not None and pict.envelope_left < 0  # the TICT post took it
    assert pict.to_dict()["envelope_left"] == 0 and pict.over_budget == pict.envelope_cost
    for lang, word in (("nl", "u/week boven het budget"), ("en", "over budget by")):
        draft = vacancy_markdown(prob, tict, lang)
        assert word in draft and not re.search(r"-\s?\d", draft)
        assert lang == "en" or "over budget" not in draft  # the user test: English in Dutch
        assert "Taak TA" in draft or "Task TA" in draft


def test_small_work_merges_over_pooling_schools_of_a_region_or_becomes_a_suggestion() -> None:
    schools = [school(f"S{k}", pools=True, region="Noord") for k in range(1, 4)]
    schools.append(school("S9", pools=False, region="Noord"))
    tasks = [task("HELP", levels="3000", hours=1.5, core=True, placement="local"),
             task("PLAN", levels="0030", hours=1, core=True, who="directie",
                  placement="local")]
    people = [person("t9", site="S9", role="TICT", levels="1000", ict=4)]  # 2 levels short
    prob = problem(schools, people, tasks)
    plan = solve_checked(prob, FAST)
    found = recruitment(prob, plan)  # 4 h posts
    [post] = found.posts  # 3 × 1.5 h of pooling schools in region Noord: one post of 4.5 h
    assert (post.area, post.region, post.hours) == ("region", "Noord", 4.5)
    assert post.schools == ["S1", "S2", "S3"]
    [rest] = found.suggestions  # S9 does not pool: its 1.5 h stay its own, too small
    assert (rest.task, rest.school, rest.person) == ("HELP", "S9", "t9")
    assert rest.gaps == {"T": 2}
    sentence = suggestion_sentence(prob, rest, "nl")
    assert "Person t9" in sentence and "mist twee niveaus technische competentie" in sentence
    # directie work is never recruited for: it is the directie's recommendation
    assert all(t["task"] != "PLAN" for p in found.posts for t in p.tasks)
    assert all(s.task != "PLAN" for s in found.suggestions)
    assert {u.recommendation for u in plan.uncovered if u.task == "PLAN"} == {"directie"}


def test_recruit_format_json_lists_the_posts(tmp_path) -> None:
    schools = [school(f"S{k}", pools=True, region="Zuid") for k in range(1, 4)]
    prob = problem(schools, [person("x", site="S1", ict=0.5)],
                   [task("HELP", levels="3000", hours=1.5, core=True, placement="local")])
    source = tmp_path / "g.yaml"
    write_problem(prob, source)
    runner = CliRunner()
    plan = tmp_path / "p.json"
    assert runner.invoke(main, ["solve", str(source), "-o", str(plan), "--time-limit", "5",
                                "--workers", "1"]).exit_code == 0
    result = runner.invoke(main, ["recruit", str(source), str(plan), "--format", "json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    [post] = data["posts"]
    assert (post["area"], post["region"], post["kind"], post["hours"]) == ("region", "Zuid",
                                                                            "TICT", 4.5)
    assert [t["school"] for t in post["tasks"]] == ["S1", "S2", "S3"]
    assert data["add_to_existing_jobs"] == []
