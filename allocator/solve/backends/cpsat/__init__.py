"""The CP-SAT backend: variables, stage objectives and :class:`CpsatBackend`."""
