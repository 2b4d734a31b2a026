"""Capacity: a person's hours from one funding source never exceed what that source gives."""

from __future__ import annotations

from collections import defaultdict

from allocator.compile.program import AllocationProgram
from allocator.solve.backends.cpsat.variables import LinearTerm, ModelVariables


def add(program: AllocationProgram, variables: ModelVariables) -> None:
    buckets: dict[tuple[int, int], list[LinearTerm]] = defaultdict(list)
    for a, parts in enumerate(variables.funded):
        person = int(program.arc_person[a])
        for source, amount in parts.items():
            buckets[(person, source)].append(amount)
    for (person, source), amounts in buckets.items():
        variables.model.add(sum(amounts) <= int(program.bucket_capacity[person, source]))
