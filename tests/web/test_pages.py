"""The pages, rendered by the app and read as HTML: every page, both languages, escaping."""

from __future__ import annotations

import re
from io import BytesIO

import pytest
from markupsafe import escape
from openpyxl import load_workbook

from tests.web.conftest import SCRIPT_NAME, upload, wait_for


@pytest.fixture(scope="module")
def done_plan(client, workbooks) -> str:
    plan_id = upload(client, workbooks["small"]).json()["id"]
    assert wait_for(client, plan_id)["status"] == "done"
    return plan_id


def pages(client, plan_id: str) -> list[str]:
    plan = client.get(f"/api/plans/{plan_id}/plan.json").json()
    person = plan["assignments"][0]["person"]
    school = next(a["school"] for a in plan["assignments"] if a["school"])
    return ["/", f"/plans/{plan_id}/input", f"/plans/{plan_id}/solve",
            f"/plans/{plan_id}/plan", f"/plans/{plan_id}/plan/school/{school}",
            f"/plans/{plan_id}/plan/person/{person}", f"/plans/{plan_id}/plan/uncovered",
            f"/plans/{plan_id}/plan/uncovered?core=1&page=9", f"/plans/{plan_id}/whatif",
            f"/plans/{plan_id}/downloads"]


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_every_page_renders_in_both_languages(client, done_plan, lang):
    client.get(f"/?lang={lang}")  # the choice is remembered in a cookie
    for path in pages(client, done_plan):
        response = client.get(path)
        assert response.status_code == 200, path
        assert f'<html lang="{lang}">' in response.text, path
        assert "{{" not in response.text and "Traceback" not in response.text
    word = {"nl": "Samenvatting voor de directie", "en": "Summary for management"}[lang]
    assert word in client.get(f"/plans/{done_plan}/plan").text
    client.get("/?lang=nl")


def test_a_hostile_name_shows_as_text_everywhere(client, done_plan):
    escaped = "&lt;script&gt;alert(1)&lt;/script&gt;"
    plan = client.get(f"/api/plans/{done_plan}/plan.json").json()
    hostile = next(p["id"] for p in plan["people"] if p["name"] == SCRIPT_NAME)
    for path in [f"/plans/{done_plan}/plan", f"/plans/{done_plan}/plan/person/{hostile}",
                 f"/plans/{done_plan}/whatif"]:
        html = client.get(path).text
        assert escaped in html, path
        assert SCRIPT_NAME not in html, path


def test_a_hostile_file_name_cannot_leave_the_json_island(client, workbooks):
    with workbooks["small"].open("rb") as handle:
        response = client.post("/api/plans", data={"time_limit": "2"}, files={
            "file": ("<img src=x onerror=alert(2)>.xlsx", handle)})
    plan_id = response.json()["id"]
    html = client.get(f"/plans/{plan_id}/solve").text
    assert "<img src=x" not in html and "&lt;img src=x onerror=alert(2)&gt;.xlsx" in html
    island = re.search(r'<script type="application/json" id="solve-state">(.*?)</script>', html,
                       re.S).group(1)
    assert "\\u003cimg src=x onerror=alert(2)\\u003e.xlsx" in island
    client.delete(f"/api/plans/{plan_id}")


def test_input_errors_page_lists_every_located_error(client, workbooks):
    with workbooks["broken"].open("rb") as handle:
        response = client.post("/plans", files={"file": ("kapot.xlsx", handle)},
                               data={"time_limit": "33", "guide_policy_plan": "nee"})
    assert response.status_code == 422
    html = response.text
    assert "Controle van de invoer" in html and "kapot.xlsx" in html
    assert re.search(r"<td>Personen</td><td>2</td>\s*<td>T</td><td><code>9</code></td>", html)
    assert 'value="33"' in html  # the options survive for the re-upload
    assert 'name="guide_policy_plan" value="nee" checked' in html


def test_the_upload_form_starts_a_solve_and_leads_to_its_page(client, workbooks):
    with workbooks["small"].open("rb") as handle:
        response = client.post("/plans", files={"file": ("groep.xlsx", handle)},
                               data={"time_limit": "3"}, follow_redirects=False)
    assert response.status_code == 303
    solve_page = response.headers["location"]
    assert re.fullmatch(r"/plans/[0-9a-f]{16}/solve", solve_page)
    plan_id = solve_page.split("/")[2]
    wait_for(client, plan_id)
    assert client.get(f"/plans/{plan_id}", follow_redirects=False).headers["location"] \
        == f"/plans/{plan_id}/plan"
    missing = client.post("/plans", data={"time_limit": "3"})
    assert missing.status_code == 422 and "Kies eerst een werkmap" in missing.text


def test_forms_work_without_javascript(client, done_plan):
    plan = client.get(f"/api/plans/{done_plan}/plan.json").json()
    person = plan["assignments"][0]["person"]
    none = client.post(f"/plans/{done_plan}/whatif", data={})
    assert none.status_code == 422 and "minstens één" in none.text
    response = client.post(f"/plans/{done_plan}/whatif", data={"leaves": person,
                                                               "time_limit": "3"},
                           follow_redirects=False)
    assert response.status_code == 303
    child = response.headers["location"].split("/")[2]
    assert wait_for(client, child)["status"] == "done"
    compare = client.get(f"/plans/{child}/compare")
    assert compare.status_code == 200 and "vertrekt" in compare.text
    # the what-if's own plan page lists what changed, the leaver's work first among them
    own = client.get(f"/plans/{child}/plan").text
    section = re.search(r'<section id="changes".*?</section>', own, re.S).group(0)
    leaver = next(p["name"] for p in plan["people"] if p["id"] == person)
    assert "Ten opzichte van het plan waar deze wat-als van vertrekt" in own
    assert f"/plans/{child}/compare" in own
    assert "is er niet meer" in section and str(escape(leaver)) in section
    # its files have names of their own, and its plan.xlsx says which changes it applied
    original = client.get(f"/api/plans/{done_plan}/plan.xlsx").headers["content-disposition"]
    workbook = client.get(f"/api/plans/{child}/plan.xlsx")
    name = workbook.headers["content-disposition"]
    assert 'filename="groep-plan.xlsx"' in original and "groep-wat-als-" in name
    assert re.search(r'groep-wat-als-\d+-plan\.xlsx', name) and name != original
    book = load_workbook(BytesIO(workbook.content), read_only=True)
    said = [str(row[0]) for row in book["Wijzigingen"].iter_rows(values_only=True) if row[0]]
    index = said.index("Wat als: deze wijzigingen aan de invoer zijn toegepast")
    assert said[index + 1] == f"{leaver} vertrekt"
    summary = [str(row[0]) for row in book["Samenvatting"].iter_rows(values_only=True)
               if row and row[0]]
    assert f"Wat als: {leaver} vertrekt (zie het blad Wijzigingen)" in summary
    stop = client.post(f"/plans/{child}/stop", follow_redirects=False)
    assert stop.status_code == 303
    deleted = client.post(f"/plans/{child}/delete", follow_redirects=False)
    assert deleted.status_code == 303 and client.get(f"/plans/{child}/plan").status_code == 404


def test_pages_of_a_plan_not_ready_lead_to_its_solve_page(client, workbooks):
    plan_id = upload(client, workbooks["medium"], time_limit="300").json()["id"]
    for tab in ("plan", "whatif", "downloads"):
        response = client.get(f"/plans/{plan_id}/{tab}", follow_redirects=False)
        assert response.headers["location"] == f"/plans/{plan_id}/solve"
    html = client.get(f"/plans/{plan_id}/solve").text
    assert "Stoppen en het beste plan houden" in html and 'aria-live="polite"' in html
    client.delete(f"/api/plans/{plan_id}")


def test_downloads(client, done_plan):
    template = client.get("/downloads/template.xlsx")
    example = client.get("/downloads/example.xlsx")
    for response in (template, example):
        assert response.status_code == 200 and response.content[:2] == b"PK"
    html = client.get(f"/plans/{done_plan}/downloads").text
    assert f"/api/plans/{done_plan}/plan.xlsx" in html
    import io
    import zipfile

    reports = client.get(f"/plans/{done_plan}/director-reports.zip")
    assert reports.status_code == 200
    names = zipfile.ZipFile(io.BytesIO(reports.content)).namelist()
    assert "index.html" in names and any(name.startswith("schoolrapport-") for name in names)
    if "vacancies.zip" in html:
        archive = client.get(f"/plans/{done_plan}/vacancies.zip")
        assert archive.status_code == 200 and archive.content[:2] == b"PK"


def test_unknown_plans_and_pages_say_so(client):
    response = client.get("/plans/0123456789abcdef/plan")
    assert response.status_code == 404 and "Niet gevonden" in response.text
    assert client.get("/plans/not-an-id/solve").status_code == 404


def _open_work_in_the_workbook(client, plan_id: str, lang: str = "nl") -> list[dict]:
    """The plan workbook's Niet gedekt rows: task, school, detail, recommendation, what."""
    import io

    from openpyxl import load_workbook

    from allocator.i18n import text

    book = load_workbook(io.BytesIO(client.get(f"/api/plans/{plan_id}/plan.xlsx").content))
    rows = list(book[text("sheet.uncovered", lang)].iter_rows(values_only=True))
    head = rows[0]
    keys = {key: head.index(text(f"out.uncovered.{key}", lang)) for key in (
        "task", "school", "detail", "recommendation", "what_it_would_take")}
    return [{key: row[k] for key, k in keys.items()} for row in rows[1:]]


def test_open_work_says_what_the_plan_workbook_says(client, done_plan):
    """Every uncovered row's reason, recommendation and 'what it takes' on the uncovered page
    and the school pages are the plan workbook's (they were empty or another sentence)."""
    from markupsafe import escape

    def cells(html: str) -> list[list[str]]:
        bodies = re.findall(r'<table class="uncovered">.*?<tbody>(.*?)</tbody>', html, re.S)
        return [re.findall(r"<td>(.*?)</td>", row, re.S)
                for body in bodies for row in re.findall(r"<tr[^>]*>(.*?)</tr>", body, re.S)]

    expected = _open_work_in_the_workbook(client, done_plan)
    assert expected and all(row["detail"] and row["what_it_would_take"] for row in expected)
    html = "".join(client.get(f"/plans/{done_plan}/plan/uncovered?page={page}").text
                   for page in (1, 2))  # 100 rows a page
    shown = cells(html)
    assert len(shown) == len(expected)
    for row in expected:
        assert str(escape(row["detail"])) in html
        assert str(escape(row["what_it_would_take"])) in html
    assert all(row[3].strip() for row in shown)  # 'Waarom niet gedekt' is never empty
    for school in {row["school"] for row in expected if row["school"] != "groep"}:
        page = client.get(f"/plans/{done_plan}/plan/school/{school}").text
        mine = [row for row in expected if row["school"] == school]
        assert len(cells(page)) == len(mine)
        for row in mine:
            assert str(escape(row["detail"])) in page
            assert str(escape(row["recommendation"])) in page
            assert str(escape(row["what_it_would_take"])) in page


def test_the_solve_page_calls_a_stage_optimal_only_when_proven(client, done_plan):
    html = client.get(f"/plans/{done_plan}/solve").text
    body = re.search(r'<tbody data-field="stages">(.*?)</tbody>', html, re.S)[1]
    rows = [re.findall(r"<td[^>]*>(.*?)</td>", row) for row in re.findall(r"<tr>(.*?)</tr>",
                                                                            body, re.S)]
    assert rows and all(len(row) == 5 for row in rows)
    for name, result, best, bound, seconds in rows:
        if name == "voorkeuren":  # negative by construction: its distance, no raw values
            assert best.startswith("afstand tot het beste: ") and bound == "–"
            reached = best.startswith("afstand tot het beste: 0 ")
        else:
            reached = best == bound
        assert (result == "bewezen optimaal") == reached, (name, result, best, bound)
        assert "." not in best + bound + seconds  # Dutch decimal comma
    proven_all = all(row[1] == "bewezen optimaal" for row in rows)
    assert ("Bewezen het beste plan binnen de regels" in html) == proven_all
    elapsed = re.search(r'<dd data-field="elapsed">(.*?)</dd>', html)[1]
    assert re.fullmatch(r"\d+(,\d+)? s", elapsed)
    state = client.get(f"/api/plans/{done_plan}?lang=en").json()
    assert state["words"]["verdict"] and len(state["words"]["stages"]) == len(rows)


def test_the_previous_plan_field_is_in_sight_and_labelled_like_the_others(client):
    html = client.get("/").text
    options = re.search(r'<details class="options".*?</details>', html, re.S).group(0)
    assert 'name="previous"' not in options and 'name="previous"' in html
    assert '<label for="previous">Vorig plan (optioneel)</label>' in html
    assert "niet verplicht" not in html and "Stappenplan (optioneel)" in html
    field = re.search(r'<div class="dropzone previous".*?</div>', html, re.S).group(0)
    assert '<p id="previous-help" class="help">' in field  # under the button, as the workbook's


@pytest.mark.parametrize(("fields", "dutch"), [
    ({"hours_value": "veel"}, "Nieuw aantal uren per week: geef een aantal uren, zoals 4 of 2,5 "
                              "(niet &#39;veel&#39;)."),
    ({"hours_value": "250"}, "Nieuw aantal uren per week: kies 0 tot 100 uur."),
    ({"hours_value": "3", "hours_person": ""}, "kies ook de persoon wiens uren veranderen"),
    ({"hours_value": "", "task": "GEEN-TAAK", "task_action": "drop"},
     "Taak: kies een waarde uit de lijst."),
    ({"hours_value": "2", "time_limit": "lang"}, "geef een aantal seconden"),
])
def test_whatif_form_errors_name_the_field_in_dutch(client, done_plan, fields, dutch):
    plan = client.get(f"/api/plans/{done_plan}/plan.json").json()
    data = {"hours_person": plan["people"][1]["id"], "hours_source": "ict", **fields}
    response = client.post(f"/plans/{done_plan}/whatif", data=data)
    assert response.status_code == 422
    assert dutch in response.text
    for english in ("Input should", "changes.0", "valid number", "unable to parse"):
        assert english not in response.text


def test_recruitment_places_are_words_not_codes(client, done_plan):
    html = client.get(f"/plans/{done_plan}/downloads").text
    assert "region:" not in html and "ICT-enveloppe" not in html
    if "Profielen om aan te werven" in html:
        assert "Past in de ICT-envelop" in html


def test_no_heading_is_said_twice_on_a_page(client, done_plan):
    """A table under a heading is named by it (aria-labelledby), not by a caption repeating it;
    funding labels stand as headers the way the plan workbook writes them, capitalised."""
    for path in pages(client, done_plan):
        html = client.get(path).text
        headings = [re.sub(r"<[^>]+>|\s*\(\d+\)", "", h).strip()
                    for h in re.findall(r"<h[1-3][^>]*>(.*?)</h[1-3]>", html, re.S)]
        captions = [re.sub(r"<[^>]+>", "", c).strip()
                    for c in re.findall(r"<caption[^>]*>(.*?)</caption>", html, re.S)]
        assert not set(headings) & set(captions), path
        assert len(headings) == len(set(headings)), path
    plan = client.get(f"/plans/{done_plan}/plan").text
    assert '<th scope="col" class="num">Andere uren</th>' in plan
    assert ">andere uren</th>" not in plan
    whatif = client.get(f"/plans/{done_plan}/whatif").text
    assert re.search(r'<span class="pair">\s*<label for="task_action">', whatif)


def test_an_unknown_address_is_a_page_in_the_site_language_and_json_under_api(client):
    page = client.get("/no/such/page?lang=nl")
    assert page.status_code == 404 and page.headers["content-type"].startswith("text/html")
    assert "Niet gevonden" in page.text and '"detail"' not in page.text
    english = client.get("/nope?lang=en")
    assert english.status_code == 404 and "Not found" in english.text
    api = client.get("/api/no-such-call")
    assert api.status_code == 404 and api.json() == {"detail": "Not Found"}


def test_a_pooling_school_page_names_its_bundled_tasks(client, done_plan):
    from allocator.synth import generate_group

    plan = client.get(f"/api/plans/{done_plan}/plan.json").json()
    assert plan["bundled"] and plan["pooling"]["S01"] is True
    tasks = generate_group(3, seed=1).task_by_id()  # the small workbook's group
    page = client.get(f"/plans/{done_plan}/plan/school/S01?lang=nl").text
    line = re.search(r"Voor deze poolende school doet de groep ook de gebundelde taken: (.*?)</p>",
                     page, re.S).group(1)
    for task_id in plan["bundled"]:
        assert f"{escape(tasks[task_id].name('nl'))} ({task_id})" in line


def test_a_failed_solve_shows_no_empty_stage_table(client, tmp_path):
    from allocator.report.problem_out import write_problem
    from allocator.synth import generate_group
    from models import Pin

    problem = generate_group(3, seed=1)
    school = problem.schools[0]
    task = next(t for t in problem.tasks if t.scope.value == "school" and t.applies_to(school))
    worker = next(p for p in problem.people if p.site == school.id)
    # more hours than the task asks: no plan can hold this fixed assignment
    pin = Pin(person=worker.id, task=task.id, school=school.id,
              hours=task.hours_at(school) + 1)
    path = tmp_path / "vast.xlsx"
    write_problem(problem.model_copy(update={"pins": [pin]}), path, "nl", False, ".xlsx")
    plan_id = upload(client, path).json()["id"]
    assert wait_for(client, plan_id)["status"] == "failed"
    page = client.get(f"/plans/{plan_id}/solve?lang=nl").text
    assert re.search(r'<div data-field="stages-box" hidden>', page)
    assert re.search(r'<dl class="live" hidden', page)
