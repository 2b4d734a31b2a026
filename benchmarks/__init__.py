"""Benchmarks: measured, never asserted. Results go to benchmarks/results/ as markdown tables."""
