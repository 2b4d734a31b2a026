"""Literature generalized assignment instances (OR-Library format) as allocation programs.

Agents become people with one capacity bucket, jobs become instances that must be covered by
exactly one agent (``max_people = 1``) with agent-dependent demand (``arc_units``), and the
profit or the negated cost becomes the per-arc value of a single stage. The same CP-SAT code
that plans school groups then solves them.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

import numpy as np

from allocator.compile.program import AllocationProgram, InstanceKind, Stage

Sense = Literal["max", "min"]


@dataclass(frozen=True)
class GapInstance:
    """A generalised assignment problem from the literature: values, weights and capacities."""

    name: str
    sense: Sense
    value: np.ndarray  # (agents, jobs) profit (max) or cost (min)
    weight: np.ndarray  # (agents, jobs) resource use
    capacity: np.ndarray  # (agents,)

    @property
    def agents(self) -> int:
        """Number of agents (rows of ``value``)."""
        return int(self.value.shape[0])

    @property
    def jobs(self) -> int:
        """Number of jobs (columns of ``value``)."""
        return int(self.value.shape[1])


@dataclass(frozen=True)
class KnownValue:
    """The best value known for an instance, and whether it is proven optimal."""

    value: float
    status: str  # optimal | best_known


InstanceNames = dict[tuple[str, int, int], list[str]]


def read_known_values(folder: Path) -> tuple[dict[str, KnownValue], InstanceNames]:
    """Known values by instance, and names by (file, agents, jobs) in listed order.

    Names are matched on the problem's size, not its position: known_values.csv does not list
    the problems of a file in the file's own order.
    """
    path = Path(folder) / "known_values.csv"
    known: dict[str, KnownValue] = {}
    names: InstanceNames = {}
    if not path.exists():
        return known, names
    with path.open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            known[row["instance"]] = KnownValue(float(row["value"]), row["status"])
            key = (row["file"], int(row["agents"]), int(row["jobs"]))
            names.setdefault(key, []).append(row["instance"])
    return known, names


# OR-Library's own names: gap1-12 are maximisation problems, types A-D minimisation
_OR_LIBRARY_SENSE: dict[str, Sense] = {
    **{f"gap{k}": "max" for k in range(1, 13)},
    **{f"gap{t}": "min" for t in "abcd"},
}


class UnknownSense(ValueError):
    """A GAP file whose name does not say whether to minimise or maximise."""


def named_sense(path: Path) -> Sense | None:
    """The sense OR-Library's file name gives (gap1-12: max, gapa-gapd: min), else None."""
    return _OR_LIBRARY_SENSE.get(Path(path).stem.lower())


def read_gap_file(path: Path, names: InstanceNames | None = None,
                  sense: Sense | None = None) -> list[GapInstance]:
    """Parse a GAP file: P, then per problem m n, m×n values, m×n weights, m caps.

    A file of one problem without the leading P (Yagiura's instances) reads too. The sense
    is ``sense``, else the one OR-Library's file name gives; a file named otherwise without
    ``sense`` is refused (:class:`UnknownSense`): never guessed, since the same matrix
    minimised and maximised are different problems.
    """
    path = Path(path)
    sense = sense or named_sense(path)
    if sense is None:
        raise UnknownSense(f"{path.name}: not an OR-Library file name (gap1-gap12 maximise, "
                           "gapa-gapd minimise); say whether to minimise or maximise "
                           "(--sense min or --sense max)")
    numbers = [int(token) for token in path.read_text(encoding="utf-8").split()]
    if len(numbers) < 2:
        raise ValueError(f"{path.name}: too few numbers for a GAP file")
    m, n = numbers[0], numbers[1]
    single = len(numbers) == 2 + 2 * m * n + m  # one problem, no leading count
    if single:
        problems, position = 1, 0
    else:
        problems, position = numbers[0], 1
    instances = []
    used: dict[tuple[int, int], int] = {}
    for k in range(problems):
        agents, jobs = numbers[position], numbers[position + 1]
        position += 2
        block = agents * jobs
        value = np.array(numbers[position:position + block], dtype=np.int64).reshape(agents, jobs)
        position += block
        weight = np.array(numbers[position:position + block], dtype=np.int64).reshape(agents, jobs)
        position += block
        capacity = np.array(numbers[position:position + agents], dtype=np.int64)
        position += agents
        listed = (names or {}).get((path.name, agents, jobs), [])
        seen = used.get((agents, jobs), 0)
        used[(agents, jobs)] = seen + 1
        name = (listed[seen] if seen < len(listed) else path.stem if single
                else f"{path.stem}-{k + 1}")
        instances.append(GapInstance(name, sense, value, weight, capacity))
    if position != len(numbers):
        raise ValueError(f"{path.name}: {len(numbers) - position} numbers left after "
                         f"{problems} problems; not an OR-Library GAP file")
    return instances


def compile_gap(instance: GapInstance) -> AllocationProgram:
    """One arc per (agent, job) that fits the agent's capacity at all."""
    agents, jobs = instance.agents, instance.jobs
    person, job = np.meshgrid(np.arange(agents), np.arange(jobs), indexing="ij")
    fits = instance.weight <= instance.capacity[:, None]
    arc_person, arc_instance = person[fits], job[fits]
    order = np.lexsort((arc_person, arc_instance))
    arc_person, arc_instance = arc_person[order], arc_instance[order]
    sign = 1 if instance.sense == "max" else -1
    return AllocationProgram(
        person_ids=[f"agent{i}" for i in range(agents)], source_names=["capacity"],
        instance_task=[f"job{j}" for j in range(jobs)], instance_school=[None] * jobs,
        instance_kind=np.full(jobs, InstanceKind.job, dtype=np.int8),
        instance_units=instance.weight.max(axis=0),
        instance_max_people=np.ones(jobs, dtype=np.int64),
        instance_must_cover=np.ones(jobs, dtype=bool),
        arc_person=arc_person.astype(np.int64), arc_instance=arc_instance.astype(np.int64),
        arc_units=instance.weight[arc_person, arc_instance],
        arc_sources=np.ones((len(arc_person), 1), dtype=bool),
        bucket_capacity=instance.capacity.reshape(agents, 1).astype(np.int64),
        person_max_tasks=np.full(agents, -1, dtype=np.int64),
        stages=[Stage("objective", arc_weight=sign * instance.value[arc_person, arc_instance])],
        name=instance.name)


def assignment_from_solution(program: AllocationProgram, arc_source_units: np.ndarray
                             ) -> list[int]:
    """Job -> agent (0-based), -1 for a job without an agent."""
    agent_of = [-1] * program.n_instances
    for arc in np.flatnonzero(arc_source_units.sum(axis=1)):
        agent_of[int(program.arc_instance[arc])] = int(program.arc_person[arc])
    return agent_of
