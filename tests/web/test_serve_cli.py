"""`allocator serve` as a user runs it: prints its link, checks the token, stops on Ctrl-C."""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import time

import httpx
from click.testing import CliRunner

from allocator.cli.main import main


def test_serve_is_a_command_with_the_issues_options():
    result = CliRunner().invoke(main, ["serve", "--help"])
    assert result.exit_code == 0
    for option in ("--host", "--port", "--open", "--token", "--pseudonymise", "--processes"):
        assert option in result.output
    bad = CliRunner().invoke(main, ["serve", "--token", "short"])
    assert bad.exit_code == 2 and "--token" in bad.output


def test_serve_prints_its_link_needs_its_token_and_stops_cleanly_on_ctrl_c(tmp_path):
    environment = {**os.environ, "TMPDIR": str(tmp_path)}
    server = subprocess.Popen(
        [sys.executable, "-m", "allocator", "serve", "--port", "0", "--token",
         "--processes", "1"], stderr=subprocess.PIPE, text=True, env=environment)
    try:
        line = server.stderr.readline()
        found = re.search(r"open (http://127\.0\.0\.1:(\d+)/)\?token=([\w-]+) in je browser",
                          line)
        assert found, line  # Dutch by default, like the other console lines
        assert "1 rekenproces; Ctrl-C stopt de server" in server.stderr.readline()
        base, token = found.group(1), found.group(3)
        assert httpx.get(base).status_code == 401
        assert httpx.get(base, headers={"authorization": f"Bearer {token}"}).status_code == 200
        assert [p.name for p in tmp_path.iterdir() if p.name.startswith("allocator-web-")]
        deadline = time.monotonic() + 30
        while httpx.get(base + "api/health", headers={"authorization": f"Bearer {token}"}
                        ).json()["ready"] < 1:
            assert time.monotonic() < deadline, "the solve worker did not start"
            time.sleep(0.2)
    finally:
        server.send_signal(signal.SIGINT)
        code = server.wait(timeout=30)
    assert code == 0
    assert "gestopt; zijn uploads en plannen zijn verwijderd" in server.stderr.read()
    assert not [p for p in tmp_path.iterdir() if p.name.startswith("allocator-web-")]


def test_serve_speaks_english_with_lang_en(capsys):
    from types import SimpleNamespace

    from allocator.cli.serve import _announce
    from allocator.web.settings import ServerSettings

    socket = SimpleNamespace(getsockname=lambda: ("127.0.0.1", 8123))
    server = SimpleNamespace(started=True, servers=[SimpleNamespace(sockets=[socket])])
    _announce(server, ServerSettings(processes=2, token="t" * 20), False, "en")
    lines = capsys.readouterr().err.splitlines()
    assert lines[0] == f"allocator serve: open http://127.0.0.1:8123/?token={'t' * 20}"
    assert lines[1].startswith("  2 solve processes; Ctrl-C stops")
    assert "Bearer" in lines[2]
