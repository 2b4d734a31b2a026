"""Stopping a HiGHS model's build that nobody will use."""


class BuildStopped(Exception):  # noqa: N818 (a signal, not an error)
    """Raised inside a model's build when its stop event is set."""
