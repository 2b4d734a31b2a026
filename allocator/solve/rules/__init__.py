"""One module per rule family; each adds its constraints to the model and nothing else."""

from allocator.solve.rules import (
    bundling,
    capacity,
    caps,
    coverage,
    max_schools,
    max_tasks,
    pins,
    pooling,
    travel,
)

RULE_FAMILIES = (coverage, capacity, bundling, max_tasks, pins, pooling, caps, travel, max_schools)
# the v2 families state their HiGHS part in their own module (add_highs)
HIGHS_FAMILIES = (pooling, caps, travel, max_schools)

__all__ = ["HIGHS_FAMILIES", "RULE_FAMILIES", "bundling", "capacity", "caps", "coverage",
           "max_schools", "max_tasks", "pins", "pooling", "travel"]
