"""The JSON API with an HTTP client: upload, progress, plan files, stop, delete, what-if."""

from __future__ import annotations

import io
import json

from openpyxl import load_workbook

from allocator.check import check_plan
from allocator.read import read_problem
from models import Plan
from tests.web.conftest import make_client, upload, wait_for


def test_upload_solves_and_serves_the_plan_the_cli_writes(client, workbooks):
    response = upload(client, workbooks["small"])
    assert response.status_code == 202, response.text
    plan_id = response.json()["id"]
    assert response.headers["location"] == f"/api/plans/{plan_id}"
    state = wait_for(client, plan_id)
    assert state["status"] == "done", state
    assert [stage["name"] for stage in state["stages"]] == ["core", "noncore", "preferences"]
    summary = state["summary"]
    assert 0 <= summary["group"]["core"]["task_share"] <= 1 and summary["load"]
    assert set(summary["group"]["funding"]) == {"ict", "bpt", "other"}

    data = client.get(f"/api/plans/{plan_id}/plan.json")
    assert data.status_code == 200
    assert "attachment" in data.headers["content-disposition"]
    plan = Plan.model_validate(data.json())
    problem = read_problem(workbooks["small"]).problem
    assert check_plan(problem, plan).ok
    assert plan.stages == [type(plan.stages[0]).model_validate(s) for s in state["stages"]]

    workbook = client.get(f"/api/plans/{plan_id}/plan.xlsx")
    assert workbook.status_code == 200
    sheets = load_workbook(io.BytesIO(workbook.content), read_only=True).sheetnames
    assert {"Samenvatting", "Plan", "Personen"} <= set(sheets)


def test_input_errors_are_located_and_nothing_is_queued(client, workbooks):
    before = len(client.get("/api/plans").json()["plans"])
    response = upload(client, workbooks["broken"])
    assert response.status_code == 422
    errors = response.json()["errors"]
    assert errors and set(errors[0]) >= {"sheet", "row", "column", "value", "message"}
    wrong = next(e for e in errors if e["column"] == "T")
    assert (wrong["sheet"], wrong["row"], wrong["value"]) == ("Personen", 2, 9)
    assert len(client.get("/api/plans").json()["plans"]) == before


def test_requests_that_cannot_be_read_get_422_with_a_message(client, workbooks):
    wrong_type = client.post("/api/plans", files={"file": ("groep.docx", b"hello")})
    assert wrong_type.status_code == 422
    assert "xlsx" in wrong_type.json()["errors"][0]["message"]
    missing = client.post("/api/plans", data={"time_limit": "5"})
    assert missing.status_code == 422 and "file" in missing.json()["errors"][0]["message"]
    for limit in ("0", "nan", "inf", "abc", "99999"):
        response = upload(client, workbooks["small"], time_limit=limit)
        assert response.status_code == 422, limit
    bad_lang = upload(client, workbooks["small"], lang="fr")
    assert bad_lang.status_code == 422
    bad_guide = upload(client, workbooks["small"], guide="whatever: ja")
    assert bad_guide.status_code == 422
    assert "unknown question" in bad_guide.json()["errors"][0]["message"]


def test_a_user_file_name_never_becomes_a_path(client, workbooks):
    with workbooks["small"].open("rb") as handle:
        response = client.post("/api/plans", data={"time_limit": "2"},
                               files={"file": ("../../../../tmp/evil.xlsx", handle)})
    assert response.status_code == 202
    plan_id = response.json()["id"]
    record = client.app.state.service.store.get(plan_id)
    assert record.filename == "evil.xlsx"
    assert sorted(p.name for p in record.folder.iterdir()) >= ["input.xlsx", "problem.json"]
    assert record.folder.parent == client.app.state.service.store.root
    assert client.get("/api/plans/..%2F..%2Fetc").status_code == 404
    client.delete(f"/api/plans/{plan_id}")


def test_guide_answers_set_the_focus_stage(client, workbooks):
    response = upload(client, workbooks["small"], guide=json.dumps({"policy_plan": "nee"}))
    assert response.status_code == 202
    state = wait_for(client, response.json()["id"])
    assert state["focus"] == "technical_core_and_policy"
    assert state["stages"][0]["name"] == "focus"


def test_english_plan_files(client, workbooks):
    response = upload(client, workbooks["small"], lang="en")
    plan_id = response.json()["id"]
    assert wait_for(client, plan_id)["status"] == "done"
    workbook = client.get(f"/api/plans/{plan_id}/plan.xlsx")
    assert "People" in load_workbook(io.BytesIO(workbook.content), read_only=True).sheetnames


def test_stop_keeps_the_best_plan(client, workbooks):
    response = upload(client, workbooks["medium"], time_limit="300")
    plan_id = response.json()["id"]
    wait_for(client, plan_id, statuses=("running",), until=lambda s: len(s["stages"]) >= 1)
    stopped = client.post(f"/api/plans/{plan_id}/stop")
    assert stopped.status_code == 202 and stopped.json()["stop"] == "stopping"
    state = wait_for(client, plan_id, timeout=60)
    assert state["status"] == "done" and state["interrupted"], state
    assert state["elapsed"] < 60
    plan = Plan.model_validate(client.get(f"/api/plans/{plan_id}/plan.json").json())
    assert check_plan(read_problem(workbooks["medium"]).problem, plan).ok
    assert client.post(f"/api/plans/{plan_id}/stop").status_code == 409


def test_delete_removes_the_plan_and_its_upload(client, workbooks):
    plan_id = upload(client, workbooks["small"]).json()["id"]
    wait_for(client, plan_id)
    folder = client.app.state.service.store.get(plan_id).folder
    assert (folder / "input.xlsx").exists()
    assert client.delete(f"/api/plans/{plan_id}").status_code == 204
    assert not folder.exists()
    assert client.get(f"/api/plans/{plan_id}").status_code == 404
    assert client.get(f"/api/plans/{plan_id}/plan.json").status_code == 404


def test_a_plan_not_done_has_no_files_yet(client, workbooks):
    plan_id = upload(client, workbooks["medium"], time_limit="300").json()["id"]
    assert client.get(f"/api/plans/{plan_id}/plan.json").status_code == 409
    assert client.delete(f"/api/plans/{plan_id}").status_code == 204  # while queued or running


def test_whatif_replans_from_the_plan_and_reports_the_difference(client, workbooks):
    parent = upload(client, workbooks["small"]).json()["id"]
    assert wait_for(client, parent)["status"] == "done"
    plan = client.get(f"/api/plans/{parent}/plan.json").json()
    busiest = max({a["person"] for a in plan["assignments"]},
                  key=lambda p: sum(a["hours"] for a in plan["assignments"] if a["person"] == p))
    response = client.post(f"/api/plans/{parent}/whatif",
                           json={"changes": [{"type": "person_leaves", "person": busiest}]})
    assert response.status_code == 202, response.text
    child = response.json()["id"]
    state = wait_for(client, child)
    assert state["status"] == "done" and state["parent"] == parent
    assert [stage["name"] for stage in state["stages"]] == ["core", "noncore", "stability",
                                                            "preferences"]
    assert state["replan"]["kept"] and 0 < state["replan"]["stability"] <= 1
    new = client.get(f"/api/plans/{child}/plan.json").json()
    assert busiest not in {a["person"] for a in new["assignments"]}
    assert client.get(f"/plans/{child}/compare").status_code == 200


def test_whatif_refuses_changes_it_cannot_apply(client, workbooks):
    parent = upload(client, workbooks["small"]).json()["id"]
    wait_for(client, parent)
    for body in ({"changes": [{"type": "person_leaves", "person": "NOBODY"}]},
                 {"changes": [{"type": "explode"}]}, {"changes": []}, "just text"):
        response = client.post(f"/api/plans/{parent}/whatif", json=body)
        assert response.status_code == 422, body
        assert response.json()["errors"][0]["message"]
    said = {}  # located and in the plan's language (Dutch by default), as a scenario file's
    for change in ({"type": "person_leaves", "person": "NOBODY"}, {"type": "explode"}):
        response = client.post(f"/api/plans/{parent}/whatif", json={"changes": [change]})
        said[change["type"]] = response.json()["errors"][0]["message"]
    assert "what-if, sleutel changes[0].person: waarde 'NOBODY': verwacht: de id van een " \
           "persoon van de groep" in said["person_leaves"], said
    assert "changes[0].type: waarde 'explode': verwacht: een soort wijziging" in said["explode"]
    not_json = client.post(f"/api/plans/{parent}/whatif", content=b"{",
                           headers={"content-type": "application/json"})
    assert not_json.status_code == 422


def test_a_full_queue_answers_503(tmp_path, workbooks):
    with make_client(tmp_path, queue_size=1, job_target="tests.web.jobs:slow") as client:
        first = upload(client, workbooks["small"]).json()["id"]
        wait_for(client, first, statuses=("running",))
        assert upload(client, workbooks["small"]).status_code == 202  # waits in the queue
        full = upload(client, workbooks["small"])
        assert full.status_code == 503
        assert "busy" in full.json()["detail"] and full.headers["retry-after"]


def test_a_crashing_solve_fails_that_plan_only(tmp_path, workbooks):
    from tests.web.conftest import group_workbook

    with make_client(tmp_path, job_target="tests.web.jobs:crash_or_solve") as client:
        problem_path = group_workbook(tmp_path, name="crash.xlsx")
        from openpyxl import load_workbook as load

        book = load(problem_path)
        book["Scholen"].cell(row=2, column=2, value="CRASH")
        book.save(problem_path)
        crashed = upload(client, problem_path).json()["id"]
        state = wait_for(client, crashed)
        assert state["status"] == "failed" and state["reason"] == "crashed"
        after = upload(client, workbooks["small"]).json()["id"]
        assert wait_for(client, after)["status"] == "done"


def test_the_private_folder_goes_when_the_server_stops(tmp_path, workbooks):
    with make_client(tmp_path) as client:
        plan_id = upload(client, workbooks["small"]).json()["id"]
        wait_for(client, plan_id)
        root = client.app.state.service.store.root
        assert root.exists() and (root.stat().st_mode & 0o777) == 0o700
        pids = client.app.state.service.pool.pids()
    assert not root.exists()
    import os

    for pid in pids:  # the workers are gone too
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            continue
        raise AssertionError(f"worker {pid} still runs")


def test_health_counts_the_workers(client):
    health = client.get("/api/health").json()
    assert health["workers"] == 1 and health["queue_size"] == 8 and health["waiting"] >= 0


def test_openapi_describes_the_api(client):
    schema = client.get("/api/openapi.json").json()
    assert {"/api/plans", "/api/plans/{plan_id}", "/api/plans/{plan_id}/stop",
            "/api/plans/{plan_id}/plan.json", "/api/plans/{plan_id}/plan.xlsx",
            "/api/plans/{plan_id}/whatif"} <= set(schema["paths"])
    assert client.get("/docs").status_code == 404  # Swagger would load scripts from a CDN
