"""The solve page's stage results and closing sentence follow the stages' values and bounds."""

from __future__ import annotations

from allocator.web.stages import proven, stage_result, value, verdict, worded


def stage(name: str, status: str, objective: float, bound: float | None, **more) -> dict:
    return {"name": name, "status": status, "objective": objective, "bound": bound,
            "seconds": 0.32, **more}


CORE = stage("core", "optimal", 233, 233)
NONCORE = stage("noncore", "optimal", 175, 175)


def test_optimal_only_when_the_value_reached_the_bound():
    # CP-SAT says OPTIMAL once a stage with a gap limit is within it: -662 against -661
    within = stage("preferences", "optimal", -662, -661)
    assert proven(CORE) and not proven(within)
    assert stage_result(within, "nl") == "niet bewezen: 1 van de grens, 0,2 %"
    assert stage_result(CORE, "nl") == "bewezen optimaal"
    sentence = verdict([CORE, NONCORE, within], "optimal", "nl")
    assert "Bewezen het beste plan" not in sentence
    assert sentence.startswith("Bewezen optimaal: kerntaken en andere taken. Niet bewezen: "
                               "voorkeuren (1 van de grens, 0,2 %).")
    assert "stopt bewust" in sentence and "Meer rekentijd" not in sentence


def test_a_stage_left_open_by_the_clock_asks_for_more_time():
    open_ = stage("preferences", "feasible", -707, -691, within_gap_limit=False)
    sentence = verdict([CORE, NONCORE, open_], "optimal", "nl")
    assert "voorkeuren (16 van de grens, 2,3 %)" in sentence
    assert "Meer rekentijd kan helpen." in sentence
    assert "Bewezen het beste" not in sentence
    english = verdict([CORE, NONCORE, open_], "optimal", "en")
    assert english.startswith("Proven optimal: core tasks and other tasks. Not proven: "
                              "preferences (16 from the bound, 2.3 %).")


def test_every_stage_proven_is_the_best_plan_and_the_stability_stage_has_a_name():
    keep = stage("stability", "optimal", 98, 98)
    last = stage("preferences", "optimal", -697, -697)
    assert verdict([CORE, NONCORE, keep, last], "optimal", "nl").startswith(
        "Bewezen het beste plan binnen de regels")
    rows = worded([CORE, keep, stage("noncore", "feasible", 170.5, 175)], "feasible", "nl",
                  done=True)
    assert [row["name"] for row in rows["stages"]] == [
        "kerntaken", "zo weinig mogelijk wijzigen", "andere taken"]
    assert rows["stages"][2]["objective"] == "170,5" and rows["stages"][0]["seconds"] == "0,32"
    assert rows["verdict"].startswith("Bewezen optimaal: kerntaken en zo weinig mogelijk "
                                      "wijzigen. Niet bewezen: andere taken (4,5 van de grens")
    assert worded([CORE], "optimal", "nl", done=False)["verdict"] is None


def test_the_preferences_stage_shows_its_distance_to_the_best_not_raw_negative_values():
    rows = worded([CORE, stage("preferences", "feasible", -899, -876)], "feasible", "nl",
                  done=True)["stages"]
    assert rows[1]["objective"] == "afstand tot het beste: 23 (2,6 %)"
    assert rows[1]["bound"] == "–" and "-" not in rows[1]["objective"]
    assert rows[0]["objective"] == value(CORE["objective"], "nl")  # other stages: their value
    proven = worded([stage("preferences", "optimal", -697, -697)], "optimal", "en",
                    done=True)["stages"][0]
    assert proven["objective"] == "distance to the best: 0 (0.0 %)"


def test_a_regional_post_is_placed_in_words():
    from allocator.explain.recruit import post_place
    from allocator.synth import generate_group

    problem = generate_group(4, seed=1)
    names = {school.id: school.name for school in problem.schools}
    post = {"site": "region:R1", "area": "region", "region": "R1", "schools": ["S01", "S03"]}
    assert post_place(problem, post, "nl") == f"regio R1 ({names['S01']} en {names['S03']})"
    assert post_place(problem, {**post, "region": None}, "en").startswith("the schools ")
    assert post_place(problem, {"site": "S02", "area": "school", "region": None,
                                "schools": ["S02"]}, "nl") == names["S02"]
