"""The app in a background thread on a free port, and a headless Chromium for it.

What the browser tests and ``python -m benchmarks web`` use to see the app as a person
does. Chromium is the system's (Debian's ``chromium`` package), driven by Playwright; a
browser is never downloaded (no ``playwright install``).
"""

from __future__ import annotations

import os
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

from allocator.web.settings import ServerSettings

if TYPE_CHECKING:  # Playwright is imported by the browser tests and benchmarks only
    from playwright.sync_api import Browser, Playwright

CHROMIUM = os.environ.get("ALLOCATOR_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]


@contextmanager
def live_server(settings: ServerSettings, timeout: float = 30.0) -> Iterator[str]:
    """Run the app with uvicorn until the block ends; yields its base URL."""
    import uvicorn

    from allocator.web import create_app

    server = uvicorn.Server(uvicorn.Config(create_app(settings), host=settings.host, port=0,
                                           log_level="warning", access_log=False))
    thread = threading.Thread(target=server.run, name="allocator-live-server", daemon=True)
    thread.start()
    deadline = time.monotonic() + timeout
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            raise RuntimeError("the web app did not start")
        time.sleep(0.05)
    port = server.servers[0].sockets[0].getsockname()[1]
    try:
        yield f"http://{settings.host}:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout)


def launch_chromium(playwright: Playwright) -> Browser:
    """Debian's Chromium, headless, with nothing that reaches the network on its own."""
    return playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
