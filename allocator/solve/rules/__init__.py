"""One module per rule family; each adds its constraints to the model and nothing else."""

from allocator.solve.rules import bundling, capacity, coverage, max_tasks, pins

RULE_FAMILIES = (coverage, capacity, bundling, max_tasks, pins)

__all__ = ["RULE_FAMILIES", "bundling", "capacity", "coverage", "max_tasks", "pins"]
