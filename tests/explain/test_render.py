"""Wording a plan: one compilation however many languages it is written in."""

from __future__ import annotations

import allocator.compile as compile_package
from allocator.engine import solve_problem
from allocator.explain.render import render_plan
from allocator.solve import SolveOptions
from tests.builders import person, problem, school, task


def _short_of_hours():
    # one person with 1 h for two 1 h tasks: one task stays uncovered, with a reason to word
    return problem([school("S1")], [person("a", site="S1", ict=1)],
                   [task("T1", hours=1), task("T2", hours=1)])


def test_a_plan_written_in_two_languages_compiles_once(monkeypatch):
    prob = _short_of_hours()
    plan = solve_problem(prob, SolveOptions(time_limit=10, workers=1, seed=0))
    assert plan.uncovered
    compiled = []
    real = compile_package.compile_problem

    def counting(*args, **kwargs):
        compiled.append(1)
        return real(*args, **kwargs)

    monkeypatch.setattr(compile_package, "compile_problem", counting)
    dutch = render_plan(prob, plan, "nl")
    english = render_plan(prob, plan, "en")
    again = render_plan(prob, dutch, "en")  # a worded copy shares what its original compiled
    assert len(compiled) == 1
    assert dutch.uncovered[0].detail != english.uncovered[0].detail
    assert again.uncovered[0].detail == english.uncovered[0].detail

    edited = plan.model_copy(update={"assignments": []})  # other facts: compiled anew
    render_plan(prob, edited, "en")
    assert len(compiled) == 2
