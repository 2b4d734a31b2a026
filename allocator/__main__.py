"""``python -m allocator``: the same command line as the ``allocator`` script."""

from allocator.cli.main import main

main()
