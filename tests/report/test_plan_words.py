"""The Dutch plan workbook holds words, not internal codes (issue 14: capacity_spent,
site_rules, central in a Dutch plan)."""

from __future__ import annotations

import re

from openpyxl import load_workbook

from allocator.report import write_plan_workbook
from allocator.synth import generate_group
from tests.builders import FAST, solve_checked

CODES = re.compile(r"\b(capacity_spent|capacity_elsewhere|site_rules|funding_rule|split_limit|"
                   r"max_tasks|pinned_work|no_competent_person|excluded_by_preference|"
                   r"not_reached|role_not_allowed|pool_budget|central|technical|pedagogical|"
                   r"administrative|local|either|optimal|feasible|noncore|hand_over)\b")


def test_no_internal_code_in_the_visible_sheets_of_a_dutch_plan(tmp_path):
    problem = generate_group(3, seed=5)
    plan = solve_checked(problem, FAST)
    assert plan.uncovered and any(p.site == "central" for p in problem.people)
    path = tmp_path / "plan.xlsx"
    write_plan_workbook(problem, plan, path, "nl")
    found = {}
    for sheet in load_workbook(path).worksheets:
        if sheet.sheet_state != "visible":
            continue  # Plandata keeps the codes for reading the plan back
        for row in sheet.iter_rows(values_only=True):
            for value in row:
                if isinstance(value, str) and CODES.search(value):
                    found.setdefault(sheet.title, value)
    assert not found, found


def test_a_dutch_input_workbook_says_centraal_and_reads_back_the_same(tmp_path):
    from allocator.read import read_problem
    from allocator.report.problem_out import write_problem

    problem = generate_group(2, seed=3)
    path = tmp_path / "groep.xlsx"
    write_problem(problem, path, "nl", include_tasks=True)
    book = load_workbook(path)
    sites = {row[2] for row in book["Personen"].iter_rows(min_row=2, values_only=True)}
    clusters = {row[1] for row in book["Taken"].iter_rows(min_row=2, values_only=True)}
    assert "centraal" in sites and "central" not in sites
    assert clusters <= {"technisch", "pedagogisch", "beleid", "administratief"}
    again = read_problem(path).problem
    assert again.people == problem.people and again.tasks == problem.tasks
