"""The command line: click commands over the flow (``allocator solve``, ``explain``, ...)."""
