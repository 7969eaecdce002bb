"""Per-request helpers shared by the blueprints: the store, the settings, the language."""

from __future__ import annotations

from flask import current_app, g, request, session

from triage.compose import Composer
from triage.config import Settings
from triage.review import proxy
from triage.review.i18n import LANGUAGES, translate
from triage.state.store import Store


def settings() -> Settings:
    return current_app.config["TRIAGE_SETTINGS"]


def composer() -> Composer:
    return current_app.extensions["triage_composer"]


def db() -> Store:
    """One store connection per request, closed when the request ends."""
    if "db" not in g:
        g.db = Store.open(settings().state_target)
    return g.db


def close_db(_exc: BaseException | None = None) -> None:
    store = g.pop("db", None)
    if store is not None:
        store.close()


def user() -> str | None:
    return g.get("user")


def lang() -> str:
    chosen = session.get("lang")
    return chosen if chosen in LANGUAGES else settings().review.language


def t(key: str, **params: object) -> str:
    return translate(lang(), key, **params)


def secret() -> str:
    return str(current_app.config["SECRET_KEY"])


def client_address() -> str:
    """The client's address; a trusted proxy's X-Forwarded-For is believed (proxy.py)."""
    trusted = current_app.extensions["triage_proxies"]
    return proxy.client_address(
        request.remote_addr, request.headers.getlist("X-Forwarded-For"), trusted
    )


def from_trusted_proxy() -> bool:
    return proxy.is_trusted(request.remote_addr, current_app.extensions["triage_proxies"])
