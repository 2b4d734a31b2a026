"""The rule registry: every constraint family of the allocation program, found in one place.

A rule family is one module under ``allocator/solve/rules/`` holding one subclass of
:class:`RuleFamily`: its CP-SAT part, its HiGHS part, and what it tells the greedy baseline,
conflict search and the explanations. Modules are discovered, not listed, so adding a rule
touches the rule's own module (plus the checker, the reference MIP, the words and the docs,
which implement or describe it independently). Families are applied in ``order``; keep orders
stable: CP-SAT's deterministic search depends on the order constraints are added in.
"""

from __future__ import annotations

import importlib
import pkgutil
from abc import ABC, abstractmethod
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, ClassVar

from models.rules import CONSTRAINT_FAMILIES, Reason, Rule

if TYPE_CHECKING:
    from allocator.compile.program import AllocationProgram
    from allocator.solve.state import PlanState


class RuleFamily(ABC):
    """One family of constraints, stated once per backend.

    Attributes
    ----------
    rule
        The rule's name (``models.rules.Rule``).
    order
        Position among the families when a model is built.
    reason
        The reason code an explanation gives when this family alone keeps every candidate
        with hours left off an instance (``None``: the family never blocks a single arc).
    assumable
        The family's constraints come in items (one per pin, say) that conflict search can
        switch on and off with enforcement literals.
    """

    rule: ClassVar[Rule]
    order: ClassVar[int]
    reason: ClassVar[Reason | None] = None
    assumable: ClassVar[bool] = False

    @abstractmethod
    def add_cpsat(self, program: AllocationProgram, model: Any,
                  enforce: Sequence[Any] | None = None) -> None:
        """Add the family's constraints to a CP-SAT model (``backends.cpsat.CpsatVariables``).

        ``enforce`` (assumable families only): one literal per item; item ``k`` holds only
        when ``enforce[k]`` is true.
        """

    @abstractmethod
    def add_highs(self, program: AllocationProgram, model: Any) -> None:
        """Add the family's constraints to a HiGHS model (``backends.highs.HighsProgram``)."""

    def items(self, program: AllocationProgram) -> int:
        """How many switchable items an assumable family has (conflict search)."""
        return 0

    def blocks_arc(self, program: AllocationProgram, state: PlanState, arc: int) -> bool:
        """True when adding ``arc`` to the plan ``state`` describes would break this rule.

        Whatever the hours: capacity is every consumer's own arithmetic.
        """
        return False

    def blocking_facts(self, program: AllocationProgram, arcs: Sequence[int]) -> dict[str, Any]:
        """Facts for the explanation when this family blocks ``arcs`` (e.g. the limit)."""
        return {}


_FAMILIES: list[RuleFamily] | None = None


def rule_families() -> tuple[RuleFamily, ...]:
    """Every registered family, in ``order``."""
    global _FAMILIES
    if _FAMILIES is None:
        import allocator.solve.rules as package

        found: list[RuleFamily] = []
        for module in pkgutil.iter_modules(package.__path__):
            loaded = importlib.import_module(f"{package.__name__}.{module.name}")
            found += [value() for value in vars(loaded).values()
                      if isinstance(value, type) and issubclass(value, RuleFamily)
                      and value is not RuleFamily and value.__module__ == loaded.__name__]
        names = [family.rule for family in found]
        if len(set(names)) != len(names):
            raise RuntimeError(f"a rule is registered twice: {sorted(names)}")
        _FAMILIES = sorted(found, key=lambda family: family.order)
    return tuple(_FAMILIES)


def family(rule: Rule) -> RuleFamily:
    """The registered family of ``rule``."""
    for candidate in rule_families():
        if candidate.rule is rule:
            return candidate
    raise KeyError(rule)


def blocking_rule(program: AllocationProgram, state: PlanState, arc: int,
                  families: Sequence[RuleFamily] | None = None) -> RuleFamily | None:
    """The first family that forbids adding ``arc`` to ``state``, if any."""
    for candidate in rule_families() if families is None else families:
        if candidate.blocks_arc(program, state, arc):
            return candidate
    return None


def registered_rules() -> frozenset[Rule]:
    """The rules the registry implements; must equal ``models.rules.CONSTRAINT_FAMILIES``."""
    return frozenset(f.rule for f in rule_families())


__all__ = ["CONSTRAINT_FAMILIES", "RuleFamily", "blocking_rule", "family", "registered_rules",
           "rule_families"]
