"""Sign-in and sign-out, the session check in front of every route, the language switch."""

from __future__ import annotations

import threading
import time
from collections import deque

from flask import (
    Blueprint,
    Flask,
    abort,
    current_app,
    g,
    redirect,
    render_template,
    request,
    session,
    url_for,
)
from werkzeug.wrappers import Response

from triage.review import context
from triage.review.i18n import LANGUAGES
from triage.state import accounts

bp = Blueprint("auth", __name__)
# Reachable without a session: the sign-in page, its stylesheet, the language switch.
OPEN_ENDPOINTS = {"auth.login", "auth.language", "static"}


class Attempts:
    """Failed sign-ins per key (client address, user name) in a sliding window."""

    def __init__(self) -> None:
        self._failures: dict[str, deque[float]] = {}
        self._lock = threading.Lock()

    def blocked(self, keys: list[str], limit: int, window: float) -> bool:
        now = time.monotonic()
        with self._lock:
            for key in keys:
                times = self._failures.get(key)
                while times and now - times[0] > window:
                    times.popleft()
                if times and len(times) >= limit:
                    return True
        return False

    def failed(self, keys: list[str]) -> None:
        with self._lock:
            for key in keys:
                self._failures.setdefault(key, deque(maxlen=1000)).append(time.monotonic())

    def clear(self, key: str) -> None:
        with self._lock:
            self._failures.pop(key, None)


def init(app: Flask) -> None:
    app.extensions["triage_attempts"] = Attempts()
    app.before_request(require_sign_in)


def require_sign_in() -> Response | None:
    header = context.settings().review.trusted_header
    if header and request.headers.get(header, "").strip():
        g.user = request.headers[header].strip()[:64]
        return None
    name = session.get("user")
    if name and accounts.exists(context.db(), name):
        g.user = name
        return None
    if request.endpoint in OPEN_ENDPOINTS:
        return None
    session.pop("user", None)
    if request.method == "GET":
        return redirect(url_for("auth.login", next=request.full_path.rstrip("?")))
    abort(401)


@bp.route("/login", methods=["GET", "POST"])
def login() -> Response | str | tuple[str, int]:
    if request.method == "GET":
        return render_template("login.html", next=_safe_next(request.args.get("next")))
    name = request.form.get("name", "").strip()[:64]
    password = request.form.get("password", "")
    attempts: Attempts = current_app.extensions["triage_attempts"]
    keys = [f"ip:{context.client_address()}", f"name:{name.lower()}"]
    limit = current_app.config["LOGIN_MAX_FAILURES"]
    window = current_app.config["LOGIN_WINDOW_SECONDS"]
    if attempts.blocked(keys, limit, window):
        return render_template("login.html", error=context.t("too_many"), name=name), 429
    if not name or not accounts.verify(context.db(), name, password):
        attempts.failed(keys)
        return render_template("login.html", error=context.t("bad_login"), name=name), 401
    attempts.clear(keys[1])
    chosen = session.get("lang")
    session.clear()  # a fresh session on sign-in: nothing from before carries over
    session.permanent = True
    session["user"] = name
    if chosen:
        session["lang"] = chosen
    return redirect(_safe_next(request.form.get("next")) or url_for("queue.index"))


@bp.post("/logout")
def logout() -> Response:
    session.clear()
    return redirect(url_for("auth.login"))


@bp.post("/language")
def language() -> Response:
    wanted = request.form.get("lang", "")
    if wanted in LANGUAGES:
        session["lang"] = wanted
    return redirect(_safe_next(request.form.get("next")) or url_for("queue.index"))


def _safe_next(target: str | None) -> str:
    """Only a path on this site: never an open redirect to another host."""
    if target and target.startswith("/") and not target.startswith(("//", "/\\")):
        return target
    return ""
