"""The plan workbook's Versnippering / Fragmentation sheet holds the plan's fragmentation,
load spread and pooling figures (issue 13), in the user's language."""

from __future__ import annotations

import pytest
from openpyxl import load_workbook

from allocator.report import write_plan_workbook
from allocator.report.fragmentation import gini, plan_fragmentation
from tests.builders import person, problem, school, solve_checked, task


def _priced_choice():
    """S1 may pool: its 2 pool hours pay central c's local work there and the travel."""
    return problem([school("S1", pools="choose", pool_hours=2, ict_envelope_hours=2,
                           travel_hours=0.5),
                    school("S2", pools=True, pool_hours=1, ict_envelope_hours=3),
                    school("S3")],
                   [person("c", site="central", ict=6, role="TICT"),
                    person("a", site="S3", ict=2, role="TICT"),
                    person("d", site="S2", other=2, role="directie")],
                   [task("L", placement="local", hours=1, priority=5),
                    task("E", hours=1.5, core=False, cluster="policy")])


def _sections(sheet) -> dict[str, list[tuple]]:
    """Rows under each bold section title, up to the blank row that ends its table."""
    sections: dict[str, list[tuple]] = {}
    current = None
    for row in sheet.iter_rows():
        first = row[0]
        if first.value is not None and first.font.bold and first.font.size == 12:
            current = sections.setdefault(first.value, [])
            continue
        if current is not None:
            values = tuple(cell.value for cell in row)
            if any(v is not None for v in values):
                current.append(values)
    return sections


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_the_sheet_shows_every_persons_fragmentation_the_spread_and_the_pooling(tmp_path, lang):
    prob = _priced_choice()
    plan = solve_checked(prob)
    assert plan.pooling == {"S1": True, "S2": True, "S3": False}
    path = tmp_path / "plan.xlsx"
    write_plan_workbook(prob, plan, path, lang)
    book = load_workbook(path)
    name = {"nl": "Versnippering", "en": "Fragmentation"}[lang]
    assert name in book.sheetnames
    sections = _sections(book[name])
    titles = {"nl": ("Per persoon", "De groep", "Spreiding van de belasting",
                     "Spreiding per rol", "Poolen: wat het geeft en wat het kost"),
              "en": ("Per person", "The group", "Load spread", "Spread by role",
                     "Pooling: what it gives and what it costs")}[lang]
    assert set(titles) <= set(sections)
    report = plan_fragmentation(prob, plan)

    header, *people = sections[titles[0]]
    assert header[:8] == {"nl": ("id", "naam", "rol", "plaats", "taken", "scholen", "clusters",
                                 "mediaan aandeel (u)"),
                          "en": ("id", "name", "role", "site", "tasks", "schools", "clusters",
                                 "median share (h)")}[lang]
    shown = {row[0]: row for row in people}
    assert set(shown) == {"c", "a", "d"}
    for row in report["people"]:
        line = shown[row["person"]]
        assert line[4:11] == (row["tasks"], row["schools"], row["clusters"],
                              row["median_share"], row["shares_under_1h"], row["hours"],
                              row["travel_hours"])
    assert shown["c"][3] == {"nl": "centraal", "en": "central"}[lang]
    assert shown["c"][10] == 0.5  # c's travel to S1 for the local work there

    group = dict(row[:2] for row in sections[titles[1]][1:])
    assert report["summary"]["people_working"] in group.values()
    spread = [row[1] for row in sections[titles[2]][1:]]
    assert spread == [report["load_spread"][key] for key in
                      ("max_hours", "min_hours", "min_hours_working", "gini")]

    by_role = {row[0]: row for row in sections[titles[3]][1:]}
    tict = next(value for key, value in by_role.items() if "TICT" in key)
    hours = [r["hours"] for r in report["people"] if r["person"] in ("a", "c")]
    assert tict[1:5] == (2, max(hours), min(hours), gini(hours))

    pooling_header, *pooling = sections[titles[4]][1:]  # after the one-line introduction
    rows = {row[0]: row for row in pooling}
    assert set(rows) == {"S1", "S2"}  # S3 neither pools nor may pool
    yes = {"nl": "ja", "en": "yes"}[lang]
    chosen = rows["S1"]
    assert chosen[2] == yes and chosen[3] == {"nl": "het plan (kies)",
                                              "en": "the plan (choose)"}[lang]
    central = sum(a.hours for a in plan.assignments if a.school == "S1" and a.person == "c")
    assert central >= 1  # the local work, which only pooling lets c do
    assert chosen[4:8] == (2.0, central, 0.0, 0.5)  # pool hours, central work, bundles, travel
    assert {"nl": "geeft 2 u aan de centrale pot", "en": "hands 2 h to the central pot"}[
        lang] in chosen[8]
    assert rows["S2"][3] == {"nl": "de invoer", "en": "the input"}[lang]
    assert rows["S2"][4] == 1.0


def test_a_group_without_pooling_says_so(tmp_path):
    prob = problem([school("S1")], [person("a", ict=2, role="TICT")], [task("L", hours=1)])
    path = tmp_path / "plan.xlsx"
    write_plan_workbook(prob, solve_checked(prob), path, "nl")
    lines = _sections(load_workbook(path)["Versnippering"])[
        "Poolen: wat het geeft en wat het kost"]
    assert [line[0] for line in lines] == ["Geen enkele school poolt of mag poolen."]
