"""``allocator serve``: the web app on this machine (allocator/web)."""

from __future__ import annotations

import contextlib
import re
import secrets
import threading
import time
from typing import TYPE_CHECKING

import click

from allocator.cli.common import EXIT_INPUT, err, lang_option
from allocator.i18n import Lang, text

if TYPE_CHECKING:  # the web app is imported when the command runs
    import uvicorn

    from allocator.web import ServerSettings

TOKEN_PATTERN = re.compile(r"^[A-Za-z0-9_-]{16,200}$")
GENERATE = "\0generate"  # --token without a value


@click.command()
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to listen on. Anything but a loopback address needs a token.")
@click.option("--port", type=click.IntRange(0, 65535), default=8000, show_default=True,
              help="Port (0: any free port).")
@click.option("--open", "open_browser", is_flag=True, help="Open the app in the browser.")
@click.option("--token", is_flag=False, flag_value=GENERATE, default=None,
              help="Require this access token on every request (--token alone: generate "
                   "one). Always on when --host is not a loopback address.")
@click.option("--pseudonymise", is_flag=True,
              help="Replace people's ids and names by codes in every plan, page and file.")
@click.option("--processes", type=click.IntRange(min=1, max=64), default=None,
              help="Solve worker processes [default: one per core].")
@click.option("--queue", "queue_size", type=click.IntRange(min=1, max=1000), default=8,
              show_default=True, help="Plans that may wait for a free worker.")
@lang_option
def serve(host: str, port: int, open_browser: bool, token: str | None, pseudonymise: bool,
          processes: int | None, queue_size: int, lang: Lang) -> None:
    """Start the web app: upload a workbook, follow the solve, read and download the plan."""
    import uvicorn

    from allocator.web import ServerSettings, create_app
    from allocator.web.settings import default_processes, is_loopback

    if token == GENERATE or (token is None and not is_loopback(host)):
        token = secrets.token_urlsafe(24)
    elif token is not None and not TOKEN_PATTERN.match(token):
        err(text("serve.bad_token", lang))
        raise SystemExit(EXIT_INPUT)
    settings = ServerSettings(host=host, port=port, token=token, pseudonymise=pseudonymise,
                              processes=processes or default_processes(),
                              queue_size=queue_size)
    server = uvicorn.Server(uvicorn.Config(create_app(settings), host=host, port=port,
                                           log_level="warning", access_log=False))
    threading.Thread(target=_announce, args=(server, settings, open_browser, lang),
                     daemon=True).start()
    with contextlib.suppress(KeyboardInterrupt):  # uvicorn re-raises Ctrl-C after shutdown
        server.run()
    err(text("serve.stopped", lang))


def _announce(server: uvicorn.Server, settings: ServerSettings, open_browser: bool,
              lang: Lang) -> None:
    """Once the server listens: print its address (with the token) and open the browser."""
    while not server.started:
        if getattr(server, "should_exit", False):
            return
        time.sleep(0.05)
    port = settings.port
    for listener in getattr(server, "servers", []):
        for sock in listener.sockets:
            port = sock.getsockname()[1]
    shown = f"[{settings.host}]" if ":" in settings.host else settings.host
    url = f"http://{shown}:{port}/" + (f"?token={settings.token}" if settings.token else "")
    err(text("serve.open", lang, url=url))
    count = settings.processes
    err(text(f"serve.processes.{'one' if count == 1 else 'many'}", lang, n=count))
    if settings.token:
        err(text("serve.token", lang))
    if open_browser:
        import webbrowser

        webbrowser.open(url)
