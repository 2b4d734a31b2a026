"""allocator: fair, explainable allocation of ICT-coordination work in Flemish school groups."""

__version__ = "0.1.0"
