"""Sweeps: a grid (or a random sample of it) over scenario axes on generated groups.

Axes: group size (schools), share of pooling schools, ICT budget factor; each point is repeated
with different generator seeds. Every point becomes one job (instance data only) for the same
runner the scenario files use, so a sweep scales out on Dask as it does on local processes.
"""

from __future__ import annotations

import itertools
import random

from allocator.scenarios.changes import apply_change
from allocator.scenarios.spec import ScaleFunding
from allocator.synth import generate_group
from models import Funding


def sweep_points(schools: list[int], pool_shares: list[float], ict_factors: list[float],
                 repetitions: int, sample: int | None = None, seed: int = 0) -> list[dict]:
    grid = [{"schools": n, "pool_share": share, "ict_factor": factor, "repetition": r}
            for n, share, factor, r in itertools.product(schools, pool_shares, ict_factors,
                                                         range(repetitions))]
    if sample is not None and sample < len(grid):
        grid = random.Random(seed).sample(grid, sample)
    return grid


def sweep_jobs(points: list[dict], time_limit: float, solver_workers: int = 1,
               seed: int = 0) -> list[dict]:
    jobs = []
    for k, point in enumerate(points):
        group_seed = seed * 100_003 + point["schools"] * 1_009 + point["repetition"]
        problem = generate_group(point["schools"], seed=group_seed,
                                 pool_share=point["pool_share"])
        if point["ict_factor"] != 1:
            problem = apply_change(ScaleFunding(type="scale_funding", source=Funding.ict,
                                                factor=point["ict_factor"]), problem, "sweep")
        jobs.append({"name": f"point-{k}", "axes": point,
                     "problem": problem.model_dump(mode="json"), "time_limit": time_limit,
                     "workers": solver_workers, "seed": 0})
    return jobs
