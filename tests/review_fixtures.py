"""Shared pieces for the review tests: a real SMTP server, drafts from a real pass, sign-in."""

from __future__ import annotations

import asyncio
import functools
import re
import threading
from base64 import b64decode
from dataclasses import dataclass, field
from email import message_from_bytes, policy
from email.message import EmailMessage

import pytest
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword

from triage.cli import main
from triage.model import classify
from triage.model.classify import Prediction, load_model
from triage.model.situations import SituationModel, load_situation_model, situation_model_path
from triage.passes import stages
from triage.state.store import Store

SMTP_USER = "karriere@example.org"
SMTP_PASSWORD = "smtp-test-password"
SMTP_PASSWORD_ENV = "TRIAGE_TEST_SMTP_PASSWORD"
COUNSELLOR = "kari"
COUNSELLOR_PASSWORD = "riktig-hest-batteri"
HOLD_SECONDS = 20  # the longest a held SMTP answer waits (a bound for hangs, not a timing)
COUNSELLOR_SIGNS = "Kari Rådgiver"

QUESTIONS = {
    "<salary@example.net>": (
        "Lønn i ny jobb",
        "Hei!\n\nJeg har fått tilbud om en stilling i en kommune. Hva bør jeg be om i lønn?"
        "\n\nMvh Kari",
        "Kari Nordmann <kari@example.net>",
    ),
    "<cv@example.net>": (
        "Could you look at my CV?",
        "Hi,\n\nIs a three-page CV too long? Should I include a photo?\n\nBest, Priya",
        "Priya Shah <priya@example.net>",
    ),
    "<unsure@example.net>": (
        "Et spørsmål om permisjon",
        "Hei, kan jeg ta ut permisjon fra jobben for å studere et år?\n\nHilsen Nina",
        "Nina Berg <nina@example.net>",
    ),
}


class StubModel:
    """Keyword rules instead of the trained model: the review tests need known topics."""

    version = "stub-1"
    card: dict = {}
    RULES = (("lønn", "salary", 0.93), ("cv", "cv", 0.91), ("intervju", "interview", 0.9))

    def predict(self, texts, threshold=None):
        found = []
        for text in texts:
            lowered = text.lower()
            for word, topic, confidence in self.RULES:
                if word in lowered:
                    found.append(Prediction(topic, confidence, ((topic, confidence),), False))
                    break
            else:
                found.append(Prediction("other", 0.31, (), True))
        return found


@functools.cache
def _real_situations(topic_model_path) -> SituationModel:
    path = situation_model_path(topic_model_path)
    return load_situation_model(path, load_model(topic_model_path))


def real_situations(topic_model_path, topic_model) -> SituationModel:
    """The real situation model, whatever the topic model: the stub has none of its own."""
    return _real_situations(topic_model_path)


def use_stub_model(monkeypatch) -> None:
    """The stub topic model in every pass, beside the real situation model."""
    monkeypatch.setattr(classify, "load_model", lambda path: StubModel())
    monkeypatch.setattr(stages, "load_situations", real_situations)


@dataclass
class SmtpServer:
    controller: Controller
    messages: list[tuple[str, list[str], EmailMessage]] = field(default_factory=list)
    refuse: bool = False
    stopped: bool = False
    # A slow server: with ``hold`` set to an Event, DATA is received (and recorded) but not
    # answered until the event is set (at most HOLD_SECONDS); ``receiving`` says it got there.
    hold: threading.Event | None = None
    receiving: threading.Event = field(default_factory=threading.Event)

    @property
    def port(self) -> int:
        return self.controller.port

    def stop(self) -> None:
        if not self.stopped:
            self.stopped = True
            self.controller.stop()

    def parsed(self) -> list[EmailMessage]:
        return [m for _, _, m in self.messages]


class _Handler:
    def __init__(self, server: SmtpServer) -> None:
        self.server = server
        self.lock = threading.Lock()

    async def handle_RCPT(self, server, session, envelope, address, options):
        if self.server.refuse:
            return "550 5.1.1 mailbox unavailable"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        parsed = message_from_bytes(envelope.original_content, policy=policy.default)
        with self.lock:
            self.server.messages.append((envelope.mail_from, list(envelope.rcpt_tos), parsed))
        hold = self.server.hold
        if hold is not None:
            self.server.receiving.set()
            for _ in range(int(HOLD_SECONDS / 0.05)):
                if hold.is_set():
                    break
                await asyncio.sleep(0.05)
        return "250 Message accepted"

    async def auth_XOAUTH2(self, server, args):
        data = b64decode(args[1]).decode() if len(args) > 1 else ""
        ok = data == f"user={SMTP_USER}\x01auth=Bearer good-token\x01\x01"
        return AuthResult(success=ok, handled=False)


def _authenticator(server, session, envelope, mechanism, auth_data):
    ok = isinstance(auth_data, LoginPassword) and (
        auth_data.login.decode() == SMTP_USER and auth_data.password.decode() == SMTP_PASSWORD
    )
    return AuthResult(success=ok, handled=False)  # not handled: the server answers 535


def start_smtp(**kwargs: object) -> SmtpServer:
    from triage.dev.devserver import free_port

    server = SmtpServer(controller=None)  # type: ignore[arg-type]
    options = {"auth_require_tls": False, "authenticator": _authenticator, **kwargs}
    server.controller = Controller(
        _Handler(server), hostname="127.0.0.1", port=free_port(), **options
    )
    server.controller.start()
    return server


@pytest.fixture
def smtp_server(monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv(SMTP_PASSWORD_ENV, SMTP_PASSWORD)
    server = start_smtp()
    yield server
    server.stop()


def smtp_section(port: int) -> str:
    return f"""
[smtp]
host = "127.0.0.1"
port = {port}
security = "plain"
username = "{SMTP_USER}"
password_env = "{SMTP_PASSWORD_ENV}"
timeout = 5
"""


REVIEW_SECTION = """
[review]
secret_key_env = "TRIAGE_TEST_REVIEW_SECRET"
"""


def run_pass(box, make_mail, monkeypatch, questions=None) -> None:
    """Deliver the questions and run a real `triage run` (with the stub model)."""
    use_stub_model(monkeypatch)
    for message_id, (subject, body, sender) in (questions or QUESTIONS).items():
        box.deliver(make_mail(subject, body, sender=sender, message_id=message_id))
    assert main(["run", "--config", str(box.config)]) == 0


@pytest.fixture
def review_settings(box, make_mail, smtp_server, monkeypatch):
    """Settings of a mailbox after a real pass, with [smtp] and [review], and one counsellor."""
    from triage.state.accounts import add_user

    monkeypatch.setenv("TRIAGE_TEST_REVIEW_SECRET", "a-test-secret-that-is-long-enough")
    run_pass(box, make_mail, monkeypatch)
    box.config.write_text(box.config.read_text() + smtp_section(smtp_server.port) + REVIEW_SECTION)
    settings = box.settings()
    with Store.open(settings.state_path) as db:
        add_user(db, COUNSELLOR, COUNSELLOR_PASSWORD, COUNSELLOR_SIGNS)
    return settings


@pytest.fixture
def app(review_settings):
    from triage.review import create_app

    return create_app(review_settings, {"TESTING": True})


_TOKEN = re.compile(r'name="csrf_token" value="([^"]+)"')


def csrf_token(client, path: str = "/login") -> str:
    page = client.get(path).get_data(as_text=True)
    found = _TOKEN.search(page)
    assert found, page[:500]
    return found.group(1)


def sign_in(client, name: str = COUNSELLOR, password: str = COUNSELLOR_PASSWORD):
    token = csrf_token(client)
    return client.post("/login", data={"name": name, "password": password, "csrf_token": token})


@pytest.fixture
def client(app):
    client = app.test_client()
    assert sign_in(client).status_code == 302
    return client


def item_form(client, message_id: str) -> dict[str, str]:
    """The hidden fields and the draft text of an item page, as a browser would post them."""
    page = client.get("/item", query_string={"m": message_id}).get_data(as_text=True)
    version = re.search(r'name="version" value="(\d+)"', page)
    assert version, page[:2000]
    return {
        "m": message_id,
        "version": version.group(1),
        "csrf_token": _TOKEN.search(page).group(1),
    }


def store_row(settings, message_id: str) -> dict:
    with Store.open(settings.state_path) as db:
        return db.message(message_id)


def decisions(settings, message_id: str) -> list[dict]:
    with Store.open(settings.state_path) as db:
        rows = db.execute("SELECT * FROM decisions WHERE message_id = ? ORDER BY id", (message_id,))
        return [dict(r) for r in rows]
