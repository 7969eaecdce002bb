"""The counsellors' review page: queue -> open -> edit / change topic -> approve+send or reject.

Sign-in. Counsellor accounts live in the state store (``triage users add NAME``; argon2 hashes).
Every route except the sign-in page (and its stylesheet) requires a signed-in session; every
form carries a CSRF token; the session cookie is HttpOnly, SameSite=Lax, lasts 8 hours, and is
Secure per ``[review] secure_cookies`` (by default: unless the page listens on loopback only).
A session ends when its counsellor signs out anywhere, gets a new password, or is signed out
with ``triage users logout NAME``. Password checks are bounded and counted before they run;
failures lock one name from one client address for a while (auth.py, throttle.py). The session
secret must be at least 32 bytes.

Behind a reverse proxy. ``[review] trusted_proxies`` lists the proxy's address(es); from them,
and only from them, X-Forwarded-For names the client (for the sign-in limits). Sign-in can be
delegated to that proxy (off by default): ``[review] trusted_header`` names a header the proxy
sets to the signed-in user's name after its own authentication, e.g. "X-Remote-User". triage
believes it only on requests from a trusted proxy and only for names that have an account; the
proxy must remove any such header sent by the browser. Local accounts keep working alongside.
CSRF protection stays on.

Mail content is only ever data in the templates (autoescaped ``{{ value }}``, through the
``shown`` filter, which makes bidi and other invisible characters visible), never markup and
never template source; a strict Content-Security-Policy forbids inline scripts and styles.
"""

from __future__ import annotations

import dataclasses
import logging
import os
import secrets
from datetime import timedelta
from typing import Any

from flask import Flask, Response, render_template
from flask_wtf.csrf import CSRFError, CSRFProtect

from triage.compose import Composer
from triage.config import ReviewSettings, Settings, is_loopback
from triage.errors import ConfigError
from triage.review import context, display, proxy

log = logging.getLogger("triage.review")

CONTENT_SECURITY_POLICY = (
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self';"
    " form-action 'self'; frame-ancestors 'none'; base-uri 'none'"
)


def create_app(settings: Settings, test_config: dict[str, Any] | None = None) -> Flask:
    """The review application for ``settings``; ``test_config`` overrides Flask settings."""
    app = Flask(__name__)
    app.config.update(
        SECRET_KEY=_secret_key(settings),
        SESSION_COOKIE_NAME="triage_session",
        SESSION_COOKIE_HTTPONLY=True,
        SESSION_COOKIE_SAMESITE="Lax",
        SESSION_COOKIE_SECURE=cookies_secure(settings.review),
        PERMANENT_SESSION_LIFETIME=timedelta(hours=8),
        WTF_CSRF_TIME_LIMIT=8 * 3600,
        MAX_CONTENT_LENGTH=2_000_000,
        # Sign-in (throttle.py): failures per (name, client) before a lock, the first lock
        # (doubling after each further failure, up to the most), when a quiet pair starts over;
        # how many password checks (~64 MB each) may run at once in all, per name, per client.
        LOGIN_MAX_FAILURES=5,
        LOGIN_LOCK_SECONDS=60,
        LOGIN_MAX_LOCK_SECONDS=3600,
        LOGIN_WINDOW_SECONDS=15 * 60,
        LOGIN_MAX_CHECKS=4,
        LOGIN_MAX_CHECKS_PER_NAME=2,
        LOGIN_MAX_CHECKS_PER_CLIENT=2,
        # A send still "sending" after this long was interrupted: a counsellor may resolve it.
        SENDING_STALE_SECONDS=600,
        TRIAGE_SETTINGS=settings,
    )
    if test_config:
        app.config.update(test_config)
    app.extensions["triage_composer"] = Composer.for_settings(settings)
    app.extensions["triage_proxies"] = proxy.networks(settings.review.trusted_proxies)
    CSRFProtect(app)
    # Every template is escaped, whatever its file name: mail content is data, never markup.
    app.jinja_env.autoescape = True
    app.jinja_env.globals.update(t=context.t, user=context.user, lang=context.lang)
    app.jinja_env.filters.update(shown=display.shown, shown_list=display.shown_list)

    from triage.review import actions, auth, queue, stats

    auth.init(app)
    for blueprint in (auth.bp, queue.bp, actions.bp, stats.bp):
        app.register_blueprint(blueprint)
    app.teardown_appcontext(context.close_db)
    app.after_request(_security_headers)

    @app.errorhandler(CSRFError)
    def csrf_refused(error: CSRFError) -> tuple[str, int]:
        return render_template("message.html", text=context.t("csrf")), 400

    return app


def serve(settings: Settings, host: str | None = None, port: int | None = None) -> int:
    """Serve the review page until interrupted; returns the exit status."""
    from werkzeug.serving import make_server

    from triage.state.store import Store

    review = dataclasses.replace(
        settings.review, host=host or settings.review.host, port=port or settings.review.port
    )
    settings = dataclasses.replace(settings, review=review)
    Store.open(settings.state_target).close()  # a broken store fails now, not on the first click
    app = create_app(settings)  # a bad session secret stops here, before listening
    if not cookies_secure(review) and not is_loopback(review.host):
        log.warning(
            "the page listens on %s with secure_cookies = false: the session cookie also goes"
            " over plain HTTP",
            review.host,
        )
    # Request lines carry Message-IDs in their query strings: not for the log (privacy).
    logging.getLogger("werkzeug").setLevel(logging.WARNING)
    try:
        server = make_server(review.host, review.port, app, threaded=True)
    except OSError as exc:
        raise ConfigError(
            f"the review page cannot listen on {review.host}:{review.port}: {exc.strerror}"
            " (another program on that port? see [review] port or --port)"
        ) from None
    print(f"triage: review page on http://{review.host}:{server.server_port}/ (Ctrl-C stops)")
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()
    return 0


MIN_SECRET_BYTES = 32


def cookies_secure(review: ReviewSettings) -> bool:
    """``[review] secure_cookies``; "auto": Secure unless the page listens on loopback only."""
    if review.secure_cookies is None:
        return not is_loopback(review.host)
    return review.secure_cookies


def _secret_key(settings: Settings) -> str:
    name = settings.review.secret_key_env
    value = os.environ.get(name, "") if name else ""
    if value:
        if len(value.encode()) < MIN_SECRET_BYTES:
            raise ConfigError(
                f"the session secret in {name} is too short ({len(value.encode())} bytes):"
                f" use at least {MIN_SECRET_BYTES}, e.g. {name}=$(openssl rand -hex 32)"
            )
        return value
    log.warning(
        "no session secret (set [review] secret_key_env and that environment variable):"
        " using a random one, so sign-ins end when the page restarts"
    )
    return secrets.token_urlsafe(48)


def _security_headers(response: Response) -> Response:
    # A response that sets its own policy keeps it (only the charts' SVG: review.charts).
    response.headers.setdefault("Content-Security-Policy", CONTENT_SECURITY_POLICY)
    response.headers["X-Content-Type-Options"] = "nosniff"
    response.headers["X-Frame-Options"] = "DENY"
    response.headers["Referrer-Policy"] = "no-referrer"
    if not response.mimetype.startswith(("text/css", "application/javascript", "text/javascript")):
        # Pages hold members' mail: never in a shared cache or the browser's back-forward store.
        response.headers["Cache-Control"] = "no-store"
    return response
