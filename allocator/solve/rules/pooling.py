"""Pooling decisions (v2, "Pooling has a price").

A 'choose' school's switch rules its arcs, its membership of bundles, and the hours of
those bundles:

- an arc that needs the school to pool (or not to) is used only when its switch says so;
- ``member = cover[bundle] and switch``: the bundle covers that school, whose own instance
  then disappears;
- a bundle with 'choose' members needs ``ceil(f * (fixed + sum of pooling members' units))``
  half-hours, written with f = numerator / denominator as
  ``den * demand >= num * total`` and ``den * demand <= num * total + den - 1``; a bundle with
  no school that always pools is covered only when some member pools.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

import numpy as np

from allocator.compile.program import AllocationProgram
from allocator.solve.registry import RuleFamily
from allocator.solve.state import PlanState
from models.rules import Rule

if TYPE_CHECKING:  # CP-SAT is loaded where a model is built, not with the rules
    from allocator.solve.backends.cpsat.variables import ModelVariables


class Pooling(RuleFamily):
    """A 'choose' school's decision: arcs, bundle membership and bundle hours follow it."""

    rule = Rule.pooling
    order = 60

    def add_cpsat(self, program: AllocationProgram, variables: ModelVariables,
                  enforce: Sequence[Any] | None = None) -> None:
        model = variables.model
        if program.arc_switch is not None:
            assert program.arc_switch_on is not None  # set together with arc_switch
            for a in np.flatnonzero(program.arc_switch >= 0):
                switch = variables.switch[int(program.arc_switch[a])]
                model.add_implication(variables.use[a], switch if program.arc_switch_on[a]
                                      else switch.Not())
        for k, item in enumerate(program.switch_members):
            member, bundled = variables.member[k], variables.cover[item.bundle]
            switch = variables.switch[item.switch]
            if bundled is None:
                model.add(member == 0)
                continue
            model.add_bool_and([bundled, switch]).only_enforce_if(member)
            model.add_bool_or([bundled.Not(), switch.Not(), member])
            own = variables.cover[item.member]
            if own is not None:
                model.add_bool_or([member.Not(), own.Not()])
        arcs_of = program.arcs_of_instance() if program.bundle_demands else []
        for demand in program.bundle_demands:
            cover = variables.cover[demand.bundle]
            if cover is None:
                continue
            members = [(m.units, variables.switch[m.switch]) for m in program.switch_members
                       if m.bundle == demand.bundle]
            total = demand.fixed_units + sum(units * switch for units, switch in members)
            needed = variables.demand[demand.bundle] = model.new_int_var(
                0, int(program.instance_units[demand.bundle]), f"demand_{demand.bundle}")
            model.add(demand.denominator * needed >= demand.numerator * total)
            model.add(demand.denominator * needed
                      <= demand.numerator * total + demand.denominator - 1)
            shares = sum(variables.share[a] for a in arcs_of[demand.bundle])
            model.add(shares == needed).only_enforce_if(cover)
            if demand.fixed_units == 0:
                model.add_bool_or([cover.Not(), *(switch for _, switch in members)])

    def add_highs(self, program: AllocationProgram, model: Any) -> None:
        """The same constraints as linear rows of a :class:`HighsProgram`."""
        highs = model.highs
        if program.arc_switch is not None:
            for a in np.flatnonzero(program.arc_switch >= 0):
                assert program.arc_switch_on is not None
                switch = model.switch[int(program.arc_switch[a])]
                if program.arc_switch_on[a]:
                    highs.addConstr(model.use[a] - switch <= 0)
                else:
                    highs.addConstr(model.use[a] + switch <= 1)
        for k, item in enumerate(program.switch_members):
            member, bundled = model.member[k], model.cover[item.bundle]
            switch = model.switch[item.switch]
            if bundled is None:
                highs.addConstr(member <= 0)
                continue
            highs.addConstr(member - bundled <= 0)
            highs.addConstr(member - switch <= 0)
            highs.addConstr(bundled + switch - member <= 1)
            own = model.cover[item.member]
            if own is not None:
                highs.addConstr(member + own <= 1)
        arcs_of = program.arcs_of_instance() if program.bundle_demands else []
        for demand in program.bundle_demands:
            cover = model.cover[demand.bundle]
            if cover is None:
                continue
            members = [(m.units, model.switch[m.switch]) for m in program.switch_members
                       if m.bundle == demand.bundle]
            top = int(program.instance_units[demand.bundle])
            needed = model.demand[demand.bundle] = highs.addIntegral(lb=0, ub=top)
            total = demand.fixed_units + sum(units * switch for units, switch in members)
            highs.addConstr(demand.denominator * needed - demand.numerator * total >= 0)
            highs.addConstr(demand.denominator * needed - demand.numerator * total
                            <= demand.denominator - 1)
            shares = sum(model.share[a] for a in arcs_of[demand.bundle])
            # shares == needed when covered, 0 otherwise (use <= cover already zeroes them)
            highs.addConstr(shares - needed <= 0)
            highs.addConstr(shares - needed - top * cover >= -top)
            if demand.fixed_units == 0:
                highs.addConstr(cover - sum(switch for _, switch in members) <= 0)

    def blocks_arc(self, program: AllocationProgram, state: PlanState, arc: int) -> bool:
        """The arc needs its school to pool (or not to) against a decision already taken."""
        if state.switches is None or program.arc_switch is None \
                or program.arc_switch_on is None:
            return False
        switch = int(program.arc_switch[arc])
        return switch >= 0 and bool(state.switches[switch]) != bool(program.arc_switch_on[arc])
