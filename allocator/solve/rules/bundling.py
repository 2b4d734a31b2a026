"""Bundling: covering a task's central bundle removes the pooling schools' own instances."""

from __future__ import annotations

from allocator.compile.program import AllocationProgram
from allocator.solve.backends.cpsat.variables import ModelVariables


def add(program: AllocationProgram, variables: ModelVariables) -> None:
    chosen = {m.member for m in program.switch_members}  # follow their decision: pooling.py
    for bundle, members in program.bundles:
        bundled = variables.cover[bundle]
        if bundled is None:
            continue
        for member in members:
            if int(member) in chosen:
                continue
            own = variables.cover[int(member)]
            if own is not None:
                variables.model.add_bool_or([bundled.Not(), own.Not()])
