"""Solver backends (CP-SAT, HiGHS) behind one protocol (:mod:`allocator.solve.backends.base`)."""
