"""What the server is started with; one frozen object passed to every part of the app."""

from __future__ import annotations

import ipaddress
import os
from dataclasses import dataclass, field
from pathlib import Path

from allocator.read.limits import MAX_FILE_BYTES

DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 8000
DEFAULT_TIME_LIMIT = 120.0  # the CLI's default, so a web plan is the plan the CLI would write
MAX_TIME_LIMIT = 3600.0
MAX_JSON_BODY_BYTES = 1024 * 1024  # what-if changes are small; anything larger is refused
# the multipart envelope around the workbook (boundaries, the small option fields)
MULTIPART_OVERHEAD_BYTES = 256 * 1024
JOB_TARGET = "allocator.web.job:run_job"


def is_loopback(host: str) -> bool:
    """Whether ``host`` only accepts connections from this machine."""
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def default_processes() -> int:
    """One solve worker process per CPU."""
    return max(1, os.cpu_count() or 1)


@dataclass(frozen=True)
class ServerSettings:
    """How the web app serves: address, token, privacy, workers, queue and limits."""

    host: str = DEFAULT_HOST
    port: int = DEFAULT_PORT
    token: str | None = None  # required on every request when set
    pseudonymise: bool = False
    processes: int = field(default_factory=default_processes)  # solve worker processes
    queue_size: int = 8  # plans waiting for a worker; one more is refused with 503
    solver_workers: int = 8  # CP-SAT workers per solve, the CLI's default
    max_upload_bytes: int = MAX_FILE_BYTES
    temp_parent: Path | None = None  # where the private temporary folder goes (tests)
    job_target: str = JOB_TARGET  # "module:function" run in the workers (tests swap it)

    @property
    def loopback(self) -> bool:
        """True when the server listens on a loopback address only."""
        return is_loopback(self.host)
