"""Bundling: covering a task's central bundle removes the pooling schools' own instances."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from allocator.compile.program import AllocationProgram
from allocator.solve.registry import RuleFamily
from models.rules import Rule


class Bundling(RuleFamily):
    """``cover[bundle] + cover[member] <= 1`` for every member instance of a bundle.

    Members whose school may choose to pool follow the pooling family instead.
    """

    rule = Rule.bundling
    order = 30

    def add_cpsat(self, program: AllocationProgram, model: Any,
                  enforce: Sequence[Any] | None = None) -> None:
        chosen = {m.member for m in program.switch_members}
        for bundle, members in program.bundles:
            bundled = model.cover[bundle]
            if bundled is None:
                continue
            for member in members:
                if int(member) in chosen:
                    continue
                own = model.cover[int(member)]
                if own is not None:
                    model.model.add_bool_or([bundled.Not(), own.Not()])

    def add_highs(self, program: AllocationProgram, model: Any) -> None:
        chosen = {m.member for m in program.switch_members}
        for bundle, members in program.bundles:
            for member in members:
                if int(member) in chosen:
                    continue
                if model.cover[bundle] is not None and model.cover[int(member)] is not None:
                    model.highs.addConstr(model.cover[bundle] + model.cover[int(member)] <= 1)
