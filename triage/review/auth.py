"""Sign-in and sign-out, the session check in front of every route, the language switch.

A session holds the user name and the account's session generation when it began; it counts
only while the account still has that generation (signing out, a new password and
``triage users logout NAME`` move it on). Password checks go through the sign-in gate
(throttle.py): bounded in number, counted before they run, locked per (name, client).
"""

from __future__ import annotations

import unicodedata
from urllib.parse import unquote, urlsplit

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
from triage.review.throttle import LOCKED, Limits, SignInGate, Ticket
from triage.state import accounts

bp = Blueprint("auth", __name__)
# Reachable without a session: the sign-in page, its stylesheet, the language switch.
OPEN_ENDPOINTS = {"auth.login", "auth.language", "static"}


def init(app: Flask) -> None:
    config = app.config
    limits = Limits(
        max_failures=config["LOGIN_MAX_FAILURES"],
        lock_seconds=config["LOGIN_LOCK_SECONDS"],
        max_lock_seconds=config["LOGIN_MAX_LOCK_SECONDS"],
        forget_seconds=config["LOGIN_WINDOW_SECONDS"],
        total=config["LOGIN_MAX_CHECKS"],
        per_name=config["LOGIN_MAX_CHECKS_PER_NAME"],
        per_client=config["LOGIN_MAX_CHECKS_PER_CLIENT"],
    )
    app.extensions["triage_signin"] = SignInGate(limits)
    app.before_request(require_sign_in)


def require_sign_in() -> Response | None:
    db = context.db()
    header = context.settings().review.trusted_header
    # Only the configured proxy may say who is signed in, and only as an existing account.
    if header and context.from_trusted_proxy():
        name = request.headers.get(header, "").strip()
        if name and accounts.exists(db, name):
            g.user = name
            return None
    name = session.get("user")
    generation = accounts.session_generation(db, name) if name else None
    if generation is not None and session.get("generation") == generation:
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
        return render_template("login.html", next=safe_next(request.args.get("next")))
    name = request.form.get("name", "").strip()[:64]
    password = request.form.get("password", "")
    gate: SignInGate = current_app.extensions["triage_signin"]
    ticket = gate.enter(name, context.client_address())
    if not isinstance(ticket, Ticket):
        key = "too_many" if ticket == LOCKED else "busy"
        page = render_template("login.html", error=context.t(key), name=name)
        return page, 429, {"Retry-After": "60" if ticket == LOCKED else "2"}
    success = False
    try:
        # The same answer, and the same work, for an unknown name and a wrong password.
        success = bool(name) and accounts.verify(context.db(), name, password)
    finally:
        gate.leave(ticket, success)
    if not success:
        return render_template("login.html", error=context.t("bad_login"), name=name), 401
    chosen = session.get("lang")
    session.clear()  # a fresh session on sign-in: nothing from before carries over
    session.permanent = True
    session["user"] = name
    session["generation"] = accounts.session_generation(context.db(), name)
    if chosen:
        session["lang"] = chosen
    return redirect(safe_next(request.form.get("next")) or url_for("queue.index"))


@bp.post("/logout")
def logout() -> Response:
    name = session.get("user")
    if name and context.user() == name:
        accounts.end_sessions(context.db(), name)  # every session of theirs, this one too
    session.clear()
    return redirect(url_for("auth.login"))


@bp.post("/language")
def language() -> Response:
    wanted = request.form.get("lang", "")
    if wanted in LANGUAGES:
        session["lang"] = wanted
    return redirect(safe_next(request.form.get("next")) or url_for("queue.index"))


def safe_next(target: str | None) -> str:
    """``target`` if it is a path on this site, else "" (then the queue): never a redirect to
    another host. Control characters (a tab, a line break: browsers and Werkzeug drop some of
    them, which can turn "/\\t/evil.example" into "//evil.example") and backslashes (which
    browsers read as slashes) are refused, before and after percent-decoding."""
    if not target or not target.startswith("/"):
        return ""
    for candidate in (target, unquote(target)):
        if any(unicodedata.category(c) in ("Cc", "Cf", "Zl", "Zp") for c in candidate):
            return ""
        if "\\" in candidate:
            return ""
        parts = urlsplit(candidate)
        if parts.scheme or parts.netloc or candidate.startswith("//"):
            return ""
    return target
