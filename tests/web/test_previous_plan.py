"""An earlier plan uploaded beside the workbook: the new plan keeps close to it (as the CLI's
``solve --previous``), and every message about the upload is in the page's language."""

from __future__ import annotations

import io
import re

import pytest
from openpyxl import load_workbook

from tests.web.conftest import upload, wait_for


@pytest.fixture(scope="module")
def first_plan(client, workbooks) -> str:
    plan_id = upload(client, workbooks["small"]).json()["id"]
    assert wait_for(client, plan_id)["status"] == "done"
    return plan_id


def test_a_plan_workbook_uploaded_as_the_previous_plan_is_kept(client, workbooks, first_plan):
    earlier = client.get(f"/api/plans/{first_plan}/plan.xlsx").content
    before = client.get(f"/api/plans/{first_plan}/plan.json").json()
    with workbooks["small"].open("rb") as handle:
        response = client.post("/plans", files={
            "file": ("groep.xlsx", handle),
            "previous": ("plan vorig jaar.xlsx", io.BytesIO(earlier))},
            data={"time_limit": "4"}, follow_redirects=False)
    assert response.status_code == 303, response.text
    plan_id = response.headers["location"].split("/")[2]
    state = wait_for(client, plan_id)
    assert state["status"] == "done"
    assert "plan vorig jaar.xlsx" in client.get(f"/plans/{plan_id}/input").text
    after = client.get(f"/api/plans/{plan_id}/plan.json").json()
    # the same input re-planned from its own plan: every assignment it can keep, it keeps
    rows = {(a["person"], a["task"], a["school"]) for a in before["assignments"]}
    kept = {tuple(row) for row in after["replan"]["kept"]}
    assert kept and kept <= rows
    assert after["changes"]["rows"] is not None
    page = client.get(f"/plans/{plan_id}/plan").text
    assert f"Ten opzichte van plan vorig jaar.xlsx: {len(kept)} toewijzingen behouden" in page
    assert not re.search(r"\b1 taken\b|\b1 toewijzingen\b", page)  # 1 taak, 3 taken
    # the changes themselves, with names, as on the compare page and the Wijzigingen sheet
    changed = [row for row in after["changes"]["rows"] if row["status"] != "kept"]
    section = re.search(r'<section id="changes".*?</section>', page, re.S).group(0)
    assert len(re.findall(r'<tr class="change-', section)) == len(changed)
    if not changed:
        assert "Niets verandert" in section
    book = load_workbook(io.BytesIO(client.get(f"/api/plans/{plan_id}/plan.xlsx").content))
    assert "Wijzigingen" in book.sheetnames


def test_a_damaged_previous_plan_is_refused_with_located_dutch_errors(client, workbooks):
    with workbooks["small"].open("rb") as handle:
        response = client.post("/plans", files={
            "file": ("groep.xlsx", handle),
            "previous": ("oud.json", io.BytesIO(b'{"status": "optimal"}'))},
            data={"time_limit": "4"})
    assert response.status_code == 422
    assert "oud.json" in response.text and "toewijzingen" in response.text.lower()
    with workbooks["small"].open("rb") as handle:
        wrong = client.post("/api/plans", files={
            "file": ("groep.xlsx", handle), "previous": ("oud.csv", io.BytesIO(b"a,b"))},
            data={"time_limit": "4", "lang": "en"})
    assert wrong.status_code == 422
    [row] = wrong.json()["errors"]
    assert row["file"] == "oud.csv" and row["value"] == ".csv" and ".xlsx" in row["message"]


def test_input_errors_on_a_dutch_page_are_in_dutch(client, workbooks):
    with workbooks["broken"].open("rb") as handle:
        page = client.post("/plans", files={"file": ("kapot.xlsx", handle)},
                           data={"time_limit": "33"}).text
    row = re.search(r"<td>Personen</td><td>2</td>.*?</tr>", page, re.S).group(0)
    assert "hoogstens 4" in row and "less than" not in row
    with workbooks["broken"].open("rb") as handle:
        english = client.post("/api/plans", files={"file": ("kapot.xlsx", handle)},
                              data={"lang": "en"}).json()["errors"]
    assert any("less than or equal to 4" in e["message"] for e in english)


@pytest.mark.parametrize(("value", "dutch"), [
    ("veel", "geef een aantal seconden, niet &#39;veel&#39;"), ("99999", "kies 1 tot")])
def test_a_bad_time_limit_is_said_in_dutch(client, workbooks, value, dutch):
    with workbooks["small"].open("rb") as handle:
        page = client.post("/plans", files={"file": ("groep.xlsx", handle)},
                           data={"time_limit": value})
    assert page.status_code == 422 and dutch in page.text


def test_files_in_the_wrong_field_are_named_by_the_form(client, workbooks, first_plan):
    """A plan as the workbook, a workbook as the previous plan: said in the form's words."""
    plan = client.get(f"/api/plans/{first_plan}/plan.xlsx").content
    page = client.post("/plans", files={"file": ("plan.xlsx", io.BytesIO(plan))},
                       data={"time_limit": "4"})
    assert page.status_code == 422
    assert ("Dit is een plan, geen invoerwerkmap: laad de werkmap met Scholen/Personen/Taken "
            "op, en het plan als &#39;Vorig plan&#39;.") in page.text
    assert "Verwacht: een blad" not in page.text and "--previous" not in page.text
    assert "1 probleem in plan.xlsx" in page.text  # not 'probleem/problemen'
    with workbooks["small"].open("rb") as handle:
        swapped = client.post("/plans", files={
            "file": ("groep.xlsx", io.BytesIO(handle.read())),
            "previous": ("groep.xlsx", io.BytesIO(workbooks["small"].read_bytes()))},
            data={"time_limit": "4"})
    assert swapped.status_code == 422
    assert "Dit is een invoerwerkmap, geen plan" in swapped.text
    assert "&#39;Vorig plan&#39;" in swapped.text and "tweede bestand" not in swapped.text
