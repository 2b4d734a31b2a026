"""Fixtures for the web app: small workbooks, an app with real solve workers, polling."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from allocator.report.problem_out import write_problem
from allocator.synth import generate_group

SCRIPT_NAME = "<script>alert(1)</script>"
HOST = "http://127.0.0.1"


def group_workbook(folder: Path, schools: int = 3, seed: int = 1, name: str = "groep.xlsx",
                   first_person: str | None = SCRIPT_NAME) -> Path:
    """A generated group as a workbook; its first person carries a hostile name."""
    problem = generate_group(schools, seed=seed)
    if first_person is not None:
        people = [problem.people[0].model_copy(update={"name": first_person}),
                  *problem.people[1:]]
        problem = problem.model_copy(update={"people": people})
    path = folder / name
    write_problem(problem, path, "nl", False, ".xlsx")
    return path


def broken_workbook(folder: Path) -> Path:
    """A workbook whose first person has competence level 9 (0-4 allowed)."""
    from openpyxl import load_workbook

    path = group_workbook(folder, name="kapot.xlsx", first_person=None)
    book = load_workbook(path)
    sheet = book["Personen"]
    headers = [cell.value for cell in sheet[1]]
    sheet.cell(row=2, column=headers.index("T") + 1, value=9)
    book.save(path)
    return path


def wait_for(client, plan_id: str, statuses=("done", "failed"), timeout: float = 90.0,
             until=None) -> dict:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        state = client.get(f"/api/plans/{plan_id}").json()
        if state["status"] in statuses and (until is None or until(state)):
            return state
        time.sleep(0.1)
    raise AssertionError(f"plan {plan_id} still {state['status']} after {timeout} s: {state}")


def upload(client, path: Path, **fields) -> object:
    with path.open("rb") as handle:
        return client.post("/api/plans", files={"file": (path.name, handle)},
                           data={"time_limit": "4", **fields})


@pytest.fixture(scope="session")
def workbooks(tmp_path_factory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("workbooks")
    return {"small": group_workbook(folder), "broken": broken_workbook(folder),
            "medium": group_workbook(folder, schools=12, seed=2, name="groep12.xlsx")}


def make_client(tmp_path: Path, **settings):
    from fastapi.testclient import TestClient

    from allocator.web import ServerSettings, create_app

    options = {"processes": 1, "solver_workers": 1, "temp_parent": tmp_path, **settings}
    return TestClient(create_app(ServerSettings(**options)), base_url=HOST)


@pytest.fixture(scope="module")
def client(tmp_path_factory):
    """An app with one real solve worker, shared by a module's tests."""
    with make_client(tmp_path_factory.mktemp("web")) as test_client:
        yield test_client
