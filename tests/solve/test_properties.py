"""Property tests: random valid problems solve to checked, optimal plans; bad cells never crash."""

from __future__ import annotations

import os
from dataclasses import replace

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from allocator.check.checker import check_plan
from allocator.engine import solve_problem
from allocator.explain.render import render_plan
from allocator.read import InputError
from allocator.read.records import build_problem
from allocator.read.text_reader import tables_from_mapping
from allocator.solve import SolveOptions
from tests.fuzz_base import VALID
from tests.reference_mip import reference_stage_values
from tests.strategies import problems, v2_problems

OPTIONS = SolveOptions(time_limit=20, workers=1, seed=0)
SETTINGS = settings(max_examples=60, deadline=None,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])


@SETTINGS
@given(problems())
def test_every_plan_passes_the_independent_checker(problem):
    plan = solve_problem(problem, OPTIONS)
    assert plan.status == "optimal"
    report = check_plan(problem, plan)
    assert report.ok, report.render()


@SETTINGS
@given(problems())
def test_stage_values_match_an_independent_mip(problem):
    plan = solve_problem(problem, OPTIONS)
    assert plan.status == "optimal"
    assert (plan.objective.core, plan.objective.noncore) == reference_stage_values(problem)


@SETTINGS
@given(problems())
def test_uncovered_reasons_and_recommendations_are_rendered_in_both_languages(problem):
    plan = solve_problem(problem, OPTIONS)
    dutch, english = render_plan(problem, plan, "nl"), render_plan(problem, plan, "en")
    assert [(u.task, u.school, u.reason) for u in dutch.uncovered] == [
        (u.task, u.school, u.reason) for u in english.uncovered]
    for item in dutch.uncovered + english.uncovered:
        assert item.detail and "{" not in item.detail
        assert item.recommendation in ("directie", "train", "hand_over", "outsource", "recruit",
                                       "defer")


NASTY = st.one_of(
    st.text(max_size=30), st.integers(-10**9, 10**9), st.floats(allow_nan=True),
    st.sampled_from(["", " ", "nooit", "ja", "-1", "4,25", "1e400", "NaN", "centraal", "7",
                     "=SUM(A1:A3)", "x" * 5000, "🙂", None, True, False, [], {}, [1, 2]]),
    st.dates(), st.datetimes())


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.data())
def test_a_bad_cell_gives_a_located_error_never_a_traceback(data):
    sheet = data.draw(st.sampled_from(sorted(VALID)))
    rows = [dict(row) for row in VALID[sheet]]
    row = data.draw(st.integers(0, len(rows) - 1))
    column = data.draw(st.sampled_from(sorted(rows[row])))
    rows[row][column] = data.draw(NASTY)
    mapping = {**VALID, sheet: rows}
    try:
        tables, _ = tables_from_mapping(mapping, "fuzz.yaml")
        build_problem(tables, "fuzz.yaml", [], "replace")
    except InputError as error:
        assert error.issues
        for issue in error.issues:
            assert issue.sheet, issue
            if issue.code in ("bad_value", "missing_value"):
                assert issue.row is not None and issue.column, issue
            assert issue.expected


SCALARS = st.one_of(
    st.text(st.characters(blacklist_categories=("Cc", "Cs")), max_size=20)
    .filter(lambda s: not s.startswith("=")), st.integers(-10**6, 10**6),
    st.floats(allow_nan=False, allow_infinity=False), st.booleans(), st.dates(),
    st.sampled_from(["nooit", "4,75", "-0,5", "centraal", "secundair onderwijs", "x", None]))


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.data())
def test_a_bad_cell_in_a_real_workbook_is_located(tmp_path_factory, data):
    from openpyxl import Workbook

    from allocator.read import read_problem

    sheet_name = data.draw(st.sampled_from(sorted(VALID)))
    book = Workbook()
    book.remove(book.active)
    target = None
    for name, rows in VALID.items():
        sheet = book.create_sheet(name)
        headers = list(rows[0])
        sheet.append(headers)
        for row in rows:
            sheet.append([row.get(header) for header in headers])
        if name == sheet_name:
            target = (sheet, len(rows), len(headers))
    sheet, n_rows, n_cols = target
    row = data.draw(st.integers(2, n_rows + 1))
    column = data.draw(st.integers(1, n_cols))
    sheet.cell(row=row, column=column, value=data.draw(SCALARS))
    path = tmp_path_factory.mktemp("fuzz") / "groep.xlsx"
    book.save(path)
    try:
        read_problem(path)
    except InputError as error:
        for issue in error.issues:
            assert issue.sheet
            if issue.code in ("bad_value", "missing_value"):
                assert issue.row is not None and issue.row >= 2 and issue.column


@settings(max_examples=int(os.environ.get("V2_EXAMPLES", "80")), deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(v2_problems())
def test_v2_plans_of_both_backends_pass_the_checker_and_match_the_reference(problem):
    expected = reference_stage_values(problem)
    for backend in ("cpsat", "highs"):
        plan = solve_problem(problem, replace(OPTIONS, backend=backend))
        assert plan.status == "optimal", backend
        report = check_plan(problem, plan)
        assert report.ok, f"{backend}: {report.render()}"
        assert (plan.objective.core, plan.objective.noncore) == expected, backend
        assert set(plan.pooling) == {school.id for school in problem.schools}
