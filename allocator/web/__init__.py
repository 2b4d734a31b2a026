"""The local web app: upload a workbook, follow the solve, read, question and download the plan.

``allocator serve`` runs it (:mod:`allocator.cli.serve`); :func:`create_app` builds it.
Solves run in worker processes (:mod:`allocator.web.workers`), never in the server's threads.
"""

from allocator.web.app import create_app
from allocator.web.settings import ServerSettings

__all__ = ["ServerSettings", "create_app"]
