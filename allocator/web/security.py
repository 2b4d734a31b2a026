"""Checks every request passes before the app sees it, as one ASGI middleware.

- Host: bound to a loopback address, only loopback host names are served (a web page cannot
  reach the app through DNS rebinding).
- Token: when the server has one (always on a non-loopback address), every request carries
  it: ``Authorization: Bearer``, ``X-Allocator-Token``, or the cookie the browser gets by
  opening the printed link once (``?token=``, which is then dropped from the address bar).
- Same origin: a state-changing request (POST, PUT, PATCH, DELETE) from a browser must come
  from the app's own pages (Origin, else Sec-Fetch-Site, else Referer); tools that send none
  of these are not browsers and cannot be tricked into a cross-site request.
- Size: request bodies are refused beyond the CLI's upload limit (413), counted as they
  arrive, not only by Content-Length.
- Headers: a strict Content-Security-Policy (only the app's own scripts and styles), no
  framing, no sniffing, no caching of staff data.
"""

from __future__ import annotations

import contextlib
import hmac
import json
from http.cookies import CookieError, SimpleCookie
from urllib.parse import parse_qsl, urlencode, urlsplit

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from allocator.web.settings import MAX_JSON_BODY_BYTES, MULTIPART_OVERHEAD_BYTES, ServerSettings

TOKEN_COOKIE = "allocator_token"
LOOPBACK_NAMES = {"127.0.0.1", "localhost", "::1", "[::1]"}
UNSAFE_METHODS = {"POST", "PUT", "PATCH", "DELETE"}
SECURITY_HEADERS = [
    (b"content-security-policy",
     b"default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
     b"connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'"),
    (b"x-content-type-options", b"nosniff"),
    (b"x-frame-options", b"DENY"),
    (b"referrer-policy", b"same-origin"),
    (b"cache-control", b"no-store"),
    (b"cross-origin-opener-policy", b"same-origin"),
    (b"cross-origin-resource-policy", b"same-origin"),
]


class _TooLarge(Exception):
    pass


def _headers(scope: Scope) -> dict[str, str]:
    return {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope["headers"]}


def _host_name(host: str) -> str:
    if host.startswith("["):
        return host[: host.find("]") + 1]
    return host.rsplit(":", 1)[0] if host.count(":") == 1 else host


class Guard:
    """The ASGI middleware that checks every request (see the module docstring)."""

    def __init__(self, app: ASGIApp, settings: ServerSettings) -> None:
        self.app, self.settings = app, settings
        self.upload_limit = settings.max_upload_bytes + MULTIPART_OVERHEAD_BYTES

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        """Pass an HTTP request on once host, token, origin and size pass; refuse it otherwise."""
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = _headers(scope)
        host = headers.get("host", "")
        method = scope["method"]
        if self.settings.loopback and _host_name(host).lower() not in (
                LOOPBACK_NAMES | {self.settings.host}):
            await _plain(send, 421, "This server only answers to its loopback address.")
            return
        if self.settings.token:
            verdict = self._token(scope, headers)
            if verdict == "missing":
                await _refuse_token(send, scope)
                return
            if verdict == "from_query":  # keep the token out of history and later links
                await _redirect_with_cookie(send, scope, self.settings.token)
                return
        if method in UNSAFE_METHODS and not _same_origin(headers, scope, host):
            await _plain(send, 403, "Cross-site request refused: use the app's own pages.")
            return
        limit = self.upload_limit if headers.get("content-type", "").startswith(
            "multipart/") else MAX_JSON_BODY_BYTES
        length = headers.get("content-length")
        if length is not None and length.isdigit() and int(length) > limit:
            await _too_large(send, scope, limit)
            return
        await self._call_bounded(scope, receive, send, limit)

    def _token(self, scope: Scope, headers: dict[str, str]) -> str:
        expected = self.settings.token or ""
        given = []
        authorization = headers.get("authorization", "")
        if authorization.lower().startswith("bearer "):
            given.append(authorization[7:].strip())
        given.append(headers.get("x-allocator-token", ""))
        cookie = SimpleCookie()
        with contextlib.suppress(CookieError):  # a malformed cookie header is no token
            cookie.load(headers.get("cookie", ""))
        if TOKEN_COOKIE in cookie:
            given.append(cookie[TOKEN_COOKIE].value)
        if any(value and hmac.compare_digest(value.encode(), expected.encode())
               for value in given):
            return "ok"
        query = dict(parse_qsl(scope.get("query_string", b"").decode("latin-1")))
        if scope["method"] == "GET" and hmac.compare_digest(
                query.get("token", "").encode(), expected.encode()):
            return "from_query"
        return "missing"

    async def _call_bounded(self, scope: Scope, receive: Receive, send: Send,
                            limit: int) -> None:
        received = 0
        state = {"too_large": False, "started": False}

        async def counted_receive() -> Message:
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > limit:
                    state["too_large"] = True
                    raise _TooLarge
            return message

        async def guarded_send(message: Message) -> None:
            if state["too_large"]:
                return  # the 413 below replaces whatever the app makes of the cut body
            if message["type"] == "http.response.start":
                state["started"] = True
                message = {**message, "headers": [*message.get("headers", []),
                                                   *SECURITY_HEADERS]}
            await send(message)

        try:
            await self.app(scope, counted_receive, guarded_send)
        except _TooLarge:
            pass
        except Exception:
            if not state["too_large"]:
                raise
        if state["too_large"] and not state["started"]:
            await _too_large(send, scope, limit)


def _same_origin(headers: dict[str, str], scope: Scope, host: str) -> bool:
    scheme = scope.get("scheme", "http")
    own = f"{scheme}://{host}".lower()
    origin = headers.get("origin")
    if origin is not None:
        return origin.lower() == own
    site = headers.get("sec-fetch-site")
    if site is not None:
        return site in ("same-origin", "none")
    referer = headers.get("referer")
    if referer:
        parts = urlsplit(referer)
        return f"{parts.scheme}://{parts.netloc}".lower() == own
    return True


def _wants_json(scope: Scope) -> bool:
    return scope.get("path", "").startswith("/api/")


async def _send(send: Send, status: int, body: bytes, content_type: bytes,
                extra: list[tuple[bytes, bytes]] | None = None) -> None:
    await send({"type": "http.response.start", "status": status,
                "headers": [(b"content-type", content_type),
                            (b"content-length", str(len(body)).encode()),
                            *(extra or []), *SECURITY_HEADERS]})
    await send({"type": "http.response.body", "body": body})


async def _plain(send: Send, status: int, message: str) -> None:
    await _send(send, status, json.dumps({"detail": message}).encode(), b"application/json")


async def _too_large(send: Send, scope: Scope, limit: int) -> None:
    mib = limit / 2**20
    await _send(send, 413, json.dumps({"detail": f"The upload is larger than {mib:.0f} MiB, "
                                                 "the limit for a workbook."}).encode(),
                b"application/json")


async def _refuse_token(send: Send, scope: Scope) -> None:
    if _wants_json(scope):
        await _send(send, 401, b'{"detail": "This server needs its access token: '
                               b'Authorization: Bearer <token>."}', b"application/json",
                    [(b"www-authenticate", b"Bearer")])
        return
    page = ("<!doctype html><html lang=nl><meta charset=utf-8><title>Toegang / Access</title>"
            "<h1>Toegangscode nodig / Access token needed</h1>"
            "<p>Open de link met <code>?token=…</code> die <code>allocator serve</code> "
            "toonde.</p><p>Open the link with <code>?token=…</code> that "
            "<code>allocator serve</code> printed.</p></html>")
    await _send(send, 401, page.encode(), b"text/html; charset=utf-8")


async def _redirect_with_cookie(send: Send, scope: Scope, token: str) -> None:
    query = [(k, v) for k, v in parse_qsl(scope.get("query_string", b"").decode("latin-1"))
             if k != "token"]
    # one leading slash: "//host" would send the browser to another site
    location = "/" + scope.get("path", "/").lstrip("/") + (f"?{urlencode(query)}" if query
                                                             else "")
    cookie = (f"{TOKEN_COOKIE}={token}; Path=/; HttpOnly; SameSite=Strict").encode()
    await _send(send, 303, b"", b"text/plain",
                [(b"location", location.encode()), (b"set-cookie", cookie)])
