"""The review page served for real (Werkzeug's threaded server on loopback, as `triage review`
runs it) and a small HTTP client that talks to it over a socket, keeping its own cookies.

The client never follows redirects (the tests look at Location) and can connect from another
loopback address (``source="127.0.0.2"``), which is how the tests play a second machine.
"""

from __future__ import annotations

import http.client
import re
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.cookies import SimpleCookie
from typing import Any
from urllib.parse import urlencode

from review_fixtures import COUNSELLOR, COUNSELLOR_PASSWORD

TOKEN = re.compile(r'name="csrf_token" value="([^"]+)"')
VERSION = re.compile(r'name="version" value="(\d+)"')
COOKIE = "triage_session"


@contextmanager
def serve(settings: Any, **config: Any) -> Iterator[str]:
    """The review page of ``settings`` on 127.0.0.1; yields its base URL's host:port."""
    from werkzeug.serving import make_server

    from triage.review import create_app

    app = create_app(settings, config or None)
    server = make_server("127.0.0.1", 0, app, threaded=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"127.0.0.1:{server.server_port}"
    finally:
        server.shutdown()
        server.server_close()


CHROMIUM = "/usr/bin/chromium"  # Debian's; Playwright never downloads a browser here


@contextmanager
def chromium_context() -> Iterator[Any]:
    """A Playwright browser context in Debian's headless Chromium (1400×900, nb-NO)."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(
            executable_path=CHROMIUM,
            args=["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                  "--disable-component-update", "--disable-sync", "--no-first-run"],
        )  # fmt: skip
        context = browser.new_context(viewport={"width": 1400, "height": 900}, locale="nb-NO")
        try:
            yield context
        finally:
            context.close()
            browser.close()


def noting_dialogs(context: Any) -> Any:
    """A new page of ``context`` that dismisses every dialog and notes its message in
    ``page.dialogs`` (a script that ran where it must not would show there)."""
    tab = context.new_page()
    tab.dialogs = []
    tab.on("dialog", lambda dialog: (tab.dialogs.append(dialog.message), dialog.dismiss()))
    return tab


def sign_in_page(
    page: Any,
    base: str,
    name: str = COUNSELLOR,
    password: str = COUNSELLOR_PASSWORD,
    ready: str = "#queue",
) -> None:
    """Sign in on the page's login form and wait for the queue (``ready``)."""
    page.goto(base + "/login")
    page.fill("#name", name)
    page.fill("#password", password)
    page.click("#sign-in")
    page.wait_for_selector(ready)


@dataclass
class Response:
    status: int
    headers: dict[str, str]
    text: str
    cookies: list[str] = field(default_factory=list)

    @property
    def location(self) -> str:
        return self.headers.get("location", "")

    def token(self) -> str:
        found = TOKEN.search(self.text)
        assert found, self.text[:500]
        return found.group(1)


@dataclass
class Browser:
    """One browser: its own session cookie, optionally its own source address."""

    where: str
    source: str = ""
    headers: dict[str, str] = field(default_factory=dict)
    cookie: str = ""
    timeout: float = 60.0

    def request(
        self, method: str, path: str, form: dict[str, str] | None = None, **headers: str
    ) -> Response:
        host, port = self.where.rsplit(":", 1)
        source = (self.source, 0) if self.source else None
        conn = http.client.HTTPConnection(
            host, int(port), timeout=self.timeout, source_address=source
        )
        sent = {**self.headers, **{k.replace("_", "-"): v for k, v in headers.items()}}
        if self.cookie:
            sent["Cookie"] = f"{COOKIE}={self.cookie}"
        body = None
        if form is not None:
            body = urlencode(form)
            sent["Content-Type"] = "application/x-www-form-urlencoded"
        try:
            conn.request(method, path, body=body, headers=sent)
            raw = conn.getresponse()
            text = raw.read().decode("utf-8", "replace")
            cookies = raw.headers.get_all("Set-Cookie") or []
            answer = Response(
                raw.status, {k.lower(): v for k, v in raw.getheaders()}, text, cookies
            )
        finally:
            conn.close()
        for line in cookies:
            morsel = SimpleCookie(line).get(COOKIE)
            if morsel is not None:
                self.cookie = morsel.value
        return answer

    def get(self, path: str, **headers: str) -> Response:
        return self.request("GET", path, **headers)

    def post(self, path: str, form: dict[str, str], **headers: str) -> Response:
        return self.request("POST", path, form, **headers)

    def token(self, path: str = "/login") -> str:
        return self.get(path).token()

    def sign_in(
        self, name: str = COUNSELLOR, password: str = COUNSELLOR_PASSWORD, **headers: str
    ) -> Response:
        form = {"name": name, "password": password, "csrf_token": self.token()}
        return self.post("/login", form, **headers)

    def item_form(self, message_id: str) -> dict[str, str]:
        page = self.get("/item?" + urlencode({"m": message_id}))
        version = VERSION.search(page.text)
        assert version, page.text[:2000]
        return {"m": message_id, "version": version.group(1), "csrf_token": page.token()}
