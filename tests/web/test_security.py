"""The request guard: loopback host names, the token, same-origin writes, size limits."""

from __future__ import annotations

from tests.web.conftest import make_client, upload

TOKEN = "t0ken-for-the-tests-0123456789"


def test_only_loopback_host_names_on_a_loopback_server(client):
    assert client.get("/", headers={"host": "localhost:8000"}).status_code == 200
    assert client.get("/", headers={"host": "evil.example"}).status_code == 421


def test_state_changing_requests_must_come_from_the_app(client, workbooks):
    own = "http://127.0.0.1"
    assert client.post("/api/plans/0123456789abcdef/stop",
                       headers={"origin": "http://evil.example"}).status_code == 403
    assert client.post("/plans/0123456789abcdef/delete",
                       headers={"origin": "null"}).status_code == 403
    assert client.post("/plans/0123456789abcdef/delete",
                       headers={"sec-fetch-site": "cross-site"}).status_code == 403
    assert client.post("/plans/0123456789abcdef/delete",
                       headers={"referer": "http://evil.example/x"}).status_code == 403
    # the app's own pages, and tools that are not browsers, may
    assert client.post("/api/plans/0123456789abcdef/stop",
                       headers={"origin": own}).status_code == 404
    assert client.post("/api/plans/0123456789abcdef/stop").status_code == 404
    assert client.get("/", headers={"origin": "http://evil.example"}).status_code == 200


def test_security_headers(client):
    headers = client.get("/").headers
    assert "script-src 'self'" in headers["content-security-policy"]
    assert headers["x-frame-options"] == "DENY" and headers["cache-control"] == "no-store"


def test_a_token_is_required_on_every_request(tmp_path, workbooks):
    with make_client(tmp_path, token=TOKEN) as client:
        assert client.get("/").status_code == 401
        assert client.get("/static/app.css").status_code == 401
        refused = client.get("/api/plans")
        assert refused.status_code == 401 and refused.headers["www-authenticate"] == "Bearer"
        assert client.get("/", headers={"authorization": "Bearer wrong"}).status_code == 401
        assert client.get("/api/plans",
                          headers={"authorization": f"Bearer {TOKEN}"}).status_code == 200
        assert client.get("/api/plans", headers={"x-allocator-token": TOKEN}).status_code == 200
        opened = client.get(f"/plans/x?lang=en&token={TOKEN}", follow_redirects=False)
        assert opened.status_code == 303 and opened.headers["location"] == "/plans/x?lang=en"
        assert "HttpOnly" in opened.headers["set-cookie"]
        assert client.get("/").status_code == 200  # the cookie from the link
        client.cookies.clear()
        assert upload(client, workbooks["small"]).status_code == 401


def test_the_redirect_that_drops_the_token_stays_on_this_site(tmp_path):
    with make_client(tmp_path, token=TOKEN) as client:
        response = client.get(f"//evil.example/?token={TOKEN}", follow_redirects=False)
        assert response.headers["location"].startswith("/") and \
            not response.headers["location"].startswith("//")


def test_uploads_beyond_the_limit_are_refused(tmp_path, workbooks):
    with make_client(tmp_path, max_upload_bytes=2000) as client:
        response = upload(client, workbooks["small"])
        assert response.status_code == 413
        assert not any(client.app.state.service.store.root.glob("*/input.xlsx"))
        huge_json = client.post("/api/plans/0123456789abcdef/whatif",
                                content=b"[" + b"1," * 700_000 + b"1]",
                                headers={"content-type": "application/json"})
        assert huge_json.status_code == 413
