"""Capacity: a person's hours from one funding source never exceed what that source gives."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from typing import Any

from allocator.compile.program import AllocationProgram
from allocator.solve.registry import RuleFamily
from models.rules import Rule


def _buckets(program: AllocationProgram, funded: list[dict[int, Any]]
             ) -> dict[tuple[int, int], list[Any]]:
    buckets: dict[tuple[int, int], list[Any]] = defaultdict(list)
    for a, parts in enumerate(funded):
        person = int(program.arc_person[a])
        for source, amount in parts.items():
            buckets[(person, source)].append(amount)
    return buckets


class Capacity(RuleFamily):
    """``sum funded[a, s] over the person's arcs <= bucket_capacity[person, s]``.

    Every consumer (greedy, explanations) does the hour arithmetic itself, so the family
    blocks no single arc on its own.
    """

    rule = Rule.capacity
    order = 20

    def add_cpsat(self, program: AllocationProgram, model: Any,
                  enforce: Sequence[Any] | None = None) -> None:
        for (person, source), amounts in _buckets(program, model.funded).items():
            model.model.add(sum(amounts) <= int(program.bucket_capacity[person, source]))

    def add_highs(self, program: AllocationProgram, model: Any) -> None:
        for (person, source), amounts in _buckets(program, model.funded).items():
            # qsum: Python's sum() copies highspy's expression at every term (quadratic)
            model.highs.addConstr(model.highs.qsum(amounts)
                                  <= int(program.bucket_capacity[person, source]))
