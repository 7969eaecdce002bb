"""The counsellors' review page: queue -> open -> edit / change topic -> approve+send or reject.

Sign-in. Counsellor accounts live in the state store (``triage users add NAME``; argon2 hashes).
Every route except the sign-in page (and its stylesheet) requires a signed-in session; every
form carries a CSRF token; the session cookie is HttpOnly, SameSite=Lax, lasts 8 hours, and is
Secure unless the page listens on loopback only. Failed sign-ins are rate-limited per client
address and per user name.

Sign-in through a reverse proxy (off by default). Set ``[review] trusted_header`` to the name
of a header your proxy sets to the signed-in user's name after its own authentication, e.g.
``trusted_header = "X-Remote-User"``. triage then believes that header on every request, so:
the page must listen on 127.0.0.1 only (``[review] host``), be reachable *only* through the
proxy, and the proxy must remove any such header sent by the browser before setting its own.
Local accounts keep working alongside. CSRF protection stays on.

Mail content is only ever data in the templates (autoescaped ``{{ value }}``), never markup and
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
from triage.config import Settings, is_loopback
from triage.errors import ConfigError
from triage.review import context

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
        SESSION_COOKIE_SECURE=not is_loopback(settings.review.host),
        PERMANENT_SESSION_LIFETIME=timedelta(hours=8),
        WTF_CSRF_TIME_LIMIT=8 * 3600,
        MAX_CONTENT_LENGTH=2_000_000,
        LOGIN_MAX_FAILURES=5,
        LOGIN_WINDOW_SECONDS=15 * 60,
        TRIAGE_SETTINGS=settings,
    )
    if test_config:
        app.config.update(test_config)
    app.extensions["triage_composer"] = Composer.for_settings(settings)
    CSRFProtect(app)
    # Every template is escaped, whatever its file name: mail content is data, never markup.
    app.jinja_env.autoescape = True
    app.jinja_env.globals.update(t=context.t, user=context.user, lang=context.lang)

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
    if review.trusted_header and not is_loopback(review.host):
        log.warning(
            "trusted_header is set and the page listens on %s: anyone who reaches it can claim"
            " to be any counsellor; listen on 127.0.0.1 behind the proxy",
            review.host,
        )
    app = create_app(settings)
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


def _secret_key(settings: Settings) -> str:
    name = settings.review.secret_key_env
    value = os.environ.get(name, "") if name else ""
    if value:
        return value
    log.warning(
        "no session secret (set [review] secret_key_env and that environment variable):"
        " using a random one, so sign-ins end when the page restarts"
    )
    return secrets.token_urlsafe(48)


def _security_headers(response: Response) -> Response:
    response.headers["Content-Security-Policy"] = CONTENT_SECURITY_POLICY
    response.headers["X-Content-Type-Options"] = "nosniff"
    response.headers["X-Frame-Options"] = "DENY"
    response.headers["Referrer-Policy"] = "no-referrer"
    if not response.mimetype.startswith(("text/css", "application/javascript", "text/javascript")):
        # Pages hold members' mail: never in a shared cache or the browser's back-forward store.
        response.headers["Cache-Control"] = "no-store"
    return response
