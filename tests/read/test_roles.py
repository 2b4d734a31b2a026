"""The role vocabulary, `who` and the v2 `outsourceable` words (allocation-rules.md, v2 Roles)."""

from __future__ import annotations

import pytest

from allocator.read.issues import InputError
from allocator.read.records import RawTable, build_problem
from allocator.read.schema import PEOPLE, SCHOOLS, TASKS
from models import ROLE_ALIASES, ROLES, Outsource, Role, parse_role, role_key
from tests.builders import person, school, task


@pytest.mark.parametrize(("text", "role"), [
    ("Directie", Role.directie), ("principal", Role.directie),
    ("ICT-diensthoofd", Role.ict_diensthoofd), ("coordinating ICT head", Role.ict_diensthoofd),
    ("tict", Role.tict), ("PICT", Role.pict), ("ICT-coördinator", Role.ict_coordinator),
    ("ict coordinator", Role.ict_coordinator), ("Leerkracht", Role.digicoach),
    ("speedboatleerkracht", Role.digicoach), ("ankerpunt", Role.digicoach),
    ("leerkracht/digicoach/ankerpunt", Role.digicoach),
    ("Secretariaat", Role.administratief), ("administratie", Role.administratief),
    ("administratief medewerker", Role.administratief), ("TA", Role.technisch_adviseur),
    ("TAC", Role.technisch_adviseur), ("communication officer", Role.communicatie),
    ("Other", Role.andere),
])
def test_aliases_in_both_languages(text: str, role: Role) -> None:
    assert parse_role(text) is role
    assert parse_role(f"  {text.upper()} ") is role


def test_every_role_is_found_by_its_own_spelling_and_aliases_do_not_collide() -> None:
    assert {ROLE_ALIASES[role_key(role.value)] for role in ROLES} == set(ROLES)
    assert parse_role("chef-kok") is None


def _people_table(*rows: list) -> RawTable:
    return RawTable("Personen", PEOPLE, ["id", "naam", "plaats", "rol", "ict_uren"], 1,
                    [(k + 2, list(row)) for k, row in enumerate(rows)])


def _schools() -> RawTable:
    return RawTable("Scholen", SCHOOLS, ["id", "naam", "niveau", "leerlingen"], 1,
                    [(2, ["S1", "School 1", "basis", 200])])


def _tasks(who: str | None) -> RawTable:
    headers = ["id", "cluster", "naam_nl", "naam_en"] + (["wie"] if who is not None else [])
    row = ["T1", "technisch", "Taak", "Task"] + ([who] if who is not None else [])
    return RawTable("Taken", TASKS, headers, 1, [(2, row)])


def test_unknown_role_is_a_located_error_listing_the_vocabulary() -> None:
    with pytest.raises(InputError) as caught:
        build_problem([_schools(), _people_table(["P1", "An", "S1", "chef", 2]), _tasks(None)])
    [issue] = caught.value.issues
    assert (issue.sheet, issue.row, issue.column, issue.value) == ("Personen", 2, "rol", "chef")
    for role in ROLES:
        assert role.value in issue.expected


def test_unknown_role_in_who_is_a_located_error() -> None:
    with pytest.raises(InputError) as caught:
        build_problem([_schools(), _people_table(["P1", "An", "S1", "TICT", 2]),
                       _tasks("directie, kok")])
    [issue] = [issue for issue in caught.value.issues if issue.column]
    assert (issue.sheet, issue.column) == ("Taken", "wie")
    assert "kok" in issue.expected and "directie" in issue.expected


def test_empty_role_warns_naming_the_people_only_when_a_task_restricts_roles() -> None:
    people = _people_table(["P1", "An", "S1", None, 2], ["P2", "Bo", "S1", "TICT", 2])
    result = build_problem([_schools(), people, _tasks("TICT")])
    assert result.problem.tasks[0].who == [Role.tict]
    assert result.problem.people[0].role is None
    [warning] = [w for w in result.warnings if "role" in w]
    assert "An (P1)" in warning and "Bo" not in warning
    result = build_problem([_schools(), people, _tasks(None)])
    assert not [w for w in result.warnings if "role" in w]
    assert result.problem.tasks[0].who == []


@pytest.mark.parametrize(("value", "expected"), [
    (True, Outsource.firma), (False, Outsource.nee), ("ja", Outsource.firma),
    ("nee", Outsource.nee), ("firma", Outsource.firma), ("Koepel", Outsource.koepel),
    (None, Outsource.nee), ("", Outsource.nee),
])
def test_outsourceable_words(value: object, expected: Outsource) -> None:
    assert task("T", outsourceable=value).outsourceable is expected


def test_outsourceable_rejects_other_words() -> None:
    with pytest.raises(ValueError, match="koepel"):
        task("T", outsourceable="misschien")


def test_roles_survive_a_round_trip_through_the_builders() -> None:
    someone = person("P1", role="secretariaat")
    assert someone.role is Role.administratief
    assert str(someone.role) == "administratief medewerker"
    assert school().id == "S1"
