"""One module per rule family, each a :class:`allocator.solve.registry.RuleFamily`.

Modules here are discovered by :func:`allocator.solve.registry.rule_families`; nothing lists
them by hand.
"""
