"""Data shipped with the package: the default task catalogues and the demo group."""
