"""--pseudonymise: codes instead of people's names and ids in every plan, page and file."""

from __future__ import annotations

from tests.web.conftest import SCRIPT_NAME, make_client, upload, wait_for


def test_pseudonymised_plans_name_nobody(tmp_path, workbooks):
    from allocator.read import read_problem

    people = read_problem(workbooks["small"]).problem.people
    with make_client(tmp_path, pseudonymise=True) as client:
        plan_id = upload(client, workbooks["small"]).json()["id"]
        assert wait_for(client, plan_id)["status"] == "done"
        plan = client.get(f"/api/plans/{plan_id}/plan.json").text
        page = client.get(f"/plans/{plan_id}/plan").text
        for person in people:
            for text in (plan, page):
                assert f'"{person.id}"' not in text and person.name not in text
        assert SCRIPT_NAME not in plan and "Gepseudonimiseerd" in page
        key = client.get(f"/plans/{plan_id}/key.json").json()
        assert {entry["id"] for entry in key["people"].values()} == {p.id for p in people}
