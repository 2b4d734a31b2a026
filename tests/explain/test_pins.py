"""Fixed assignments that cannot hold are explained by their real cause and their Excel row
(issue 14: '#2 … geef de persoon meer uren' when the task needed 3.5 h nobody else could give)."""

from __future__ import annotations

from click.testing import CliRunner
from openpyxl import Workbook

from allocator.cli.main import EXIT_INFEASIBLE, main
from allocator.compile import PinError, compile_problem
from allocator.engine import solve_problem
from allocator.explain.pins import pin_conflict_text, pin_error_text
from allocator.scenarios.counterfactual import what_if
from allocator.solve import SolveOptions
from models import Pin
from tests.builders import FAST, person, problem, school, solve_checked, task


def _pin(person_id, task_id, school_id=None, hours=None, row=None, funding=None) -> Pin:
    return Pin(person=person_id, task=task_id, school=school_id, hours=hours, row=row,
               funding=funding)


def _nobody_else():
    """T needs 3.5 h at S1 (local work); the pin gives a 2 h; b works at S2."""
    tasks = [task("T", hours=3.5, placement="local"), task("U", hours=1)]
    people = [person("a", site="S1", ict=10), person("b", site="S2", ict=10)]
    pins = [_pin("b", "U", "S2", row=2), _pin("a", "T", "S1", hours=2, row=3)]
    return problem([school("S1"), school("S2")], people, tasks, pins=pins)


def test_the_real_cause_is_the_hours_the_task_needs_and_who_else_may_work_there():
    prob = _nobody_else()
    plan = solve_problem(prob, FAST)
    assert plan.status == "infeasible"
    conflict = [row["pin"] - 1 for row in plan.conflict]  # type: ignore[attr-defined]
    message = pin_conflict_text(prob, conflict, "nl")
    assert "blad Vast, rij 3: Person a (a) → «Taak T» (T) @ School S1 (2 u)" in message
    assert "rij 2" not in message  # the other pin is not part of it
    assert "T @ S1 vraagt 3,5 u" in message and "de vaste toewijzingen geven 2 u" in message
    assert "niemand anders mag daar werken" in message and "plaatsing of poolen" in message
    assert "meer uren" not in message and "#" not in message
    english = pin_conflict_text(prob, conflict, "en")
    assert "sheet Fixed, row 3" in english and "nobody else may work there" in english


def test_too_few_hours_for_the_pins_is_said_as_such():
    tasks = [task(f"T{k}", hours=1) for k in range(2)]
    prob = problem([school()], [person("a", ict=1)], tasks,
                   pins=[_pin("a", "T0", "S1", hours=1, row=2),
                         _pin("a", "T1", "S1", hours=1, row=3)])
    plan = solve_problem(prob, FAST)
    conflict = [row["pin"] - 1 for row in plan.conflict]  # type: ignore[attr-defined]
    message = pin_conflict_text(prob, conflict, "nl")
    assert "a heeft 1 u die dit werk mogen betalen; de vaste toewijzingen vragen 2 u" in message


def test_a_forbidden_pin_names_its_row_and_the_rule_in_dutch():
    prob = problem([school("S1")], [person("p", levels="0222", ict=4)],
                   [task("T", levels="2000")], pins=[_pin("p", "T", "S1", row=4)])
    try:
        compile_problem(prob)
    except PinError as error:
        message = pin_error_text(prob, error, "nl")
    else:
        raise AssertionError("the pin should be refused")
    assert message.startswith("Geen plan mogelijk: blad Vast, rij 4: Person p (p) → «Taak T» (T) @ School S1 kan niet")
    assert "p heeft technische competentie op niveau 0, T vraagt niveau 2" in message


def test_what_if_never_names_a_pin_the_user_did_not_make():
    prob = _nobody_else().model_copy(update={"pins": [_pin("b", "U", "S2", row=2)]})
    plan = solve_checked(prob)
    result = what_if(prob, plan, "b", "T", "S1", SolveOptions(time_limit=10, workers=1),
                     lang="nl")
    assert not result["possible"]
    assert "de gevraagde wat-als-toewijzing Person b (b) → «Taak T» (T) @ School S1" in result["why"]
    assert "#" not in result["why"] and "vaste toewijzing 2" not in result["why"]


def test_the_cli_explains_an_infeasible_pin_set_with_excel_rows(tmp_path):
    book = Workbook()
    book.remove(book.active)
    for name, rows in {
        "Scholen": [["id", "naam", "niveau", "leerlingen", "poolt"],
                    ["S1", "A", "basis", 100, "nee"], ["S2", "B", "basis", 100, "nee"]],
        "Personen": [["id", "naam", "plaats", "T", "P", "B", "A", "ict_uren"],
                     ["a", "An", "S1", 4, 4, 4, 4, 10], ["b", "Bo", "S2", 4, 4, 4, 4, 10]],
        "Taken": [["id", "cluster", "naam_nl", "naam_en", "kern", "prioriteit", "bereik",
                   "plaatsing", "basisuren", "max_personen"],
                  ["TECH-01", "technisch", "Netwerk", "Network", "ja", 5, "school", "lokaal",
                   3.5, 2]],
        "Vast": [["persoon", "taak", "school", "uren"], ["a", "TECH-01", "S1", 2]],
    }.items():
        sheet = book.create_sheet(name)
        for row in rows:
            sheet.append(row)
    path = tmp_path / "groep.xlsx"
    book.save(path)
    result = CliRunner().invoke(main, ["solve", str(path), "-o", str(tmp_path / "p.json"),
                                       "--workers", "1", "--time-limit", "10"])
    assert result.exit_code == EXIT_INFEASIBLE, result.output
    assert "blad Vast, rij 2: An (a) → «Netwerk» (TECH-01) @ A (2 u)" in result.output
    assert "TECH-01 @ S1 vraagt 3,5 u" in result.output
    assert "Traceback" not in result.output
