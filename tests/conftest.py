"""Shared fixtures: a real Dovecot on loopback, per-test mailboxes and settings."""

from __future__ import annotations

import itertools
import os
import sys
import time
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid
from pathlib import Path

import pytest
from imapclient import IMAPClient

from triage.config import Settings, load_settings
from triage.dev.devserver import Dovecot, start_dovecot

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("TRIAGE_SHARED_DIR", ROOT.parent / "shared"))
PASSWORD = "test-password"
PASSWORD_ENV = "TRIAGE_TEST_IMAP_PASSWORD"
_users = itertools.count(1)
# The `triage` command through this Python and this checkout, whatever is installed elsewhere.
TRIAGE = [sys.executable, "-c", "from triage.cli import main; raise SystemExit(main())"]


def wait_for(predicate: Callable[[], bool], seconds: float) -> bool:
    """Poll ``predicate`` until it holds or ``seconds`` pass (a bound for hangs, not a timing)."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(0.2)
    return False


@pytest.fixture(scope="session")
def dovecot(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Dovecot]:
    server = start_dovecot(tmp_path_factory.mktemp("dovecot"), password=PASSWORD)
    yield server
    server.stop()


def settings_text(port: int, user: str, work: Path, extra: str = "") -> str:
    return f"""
[imap]
host = "127.0.0.1"
port = {port}
security = "plain"
username = "{user}"
password_env = "{PASSWORD_ENV}"
batch_size = 7

[state]
path = "{work}/state.sqlite3"

[model]
path = "{ROOT}/models/topic.joblib"

[replies]
from_address = "{user}"
from_name = "Karriererådgivningen"
templates = "{ROOT}/templates"
{extra}
"""


class Box:
    """A fresh mailbox (its own Dovecot user) with settings pointing at it."""

    def __init__(self, server: Dovecot, work: Path) -> None:
        self.server = server
        self.user = f"career{next(_users)}@example.org"
        self.work = work
        self.config = work / "settings.toml"
        self.config.write_text(settings_text(server.port, self.user, work))

    def settings(self) -> Settings:
        return load_settings(self.config)

    def client(self) -> IMAPClient:
        client = IMAPClient("127.0.0.1", port=self.server.port, ssl=False)
        client.login(self.user, PASSWORD)
        return client

    def deliver(self, *messages: bytes) -> None:
        client = self.client()
        for raw in messages:
            client.append("INBOX", raw, flags=())
        client.logout()

    def messages(self, folder: str) -> dict[int, dict]:
        client = self.client()
        client.select_folder(folder, readonly=True)
        uids = client.search(["ALL"])
        found = client.fetch(uids, [b"BODY.PEEK[]", b"FLAGS"]) if uids else {}
        client.logout()
        return found


@pytest.fixture
def box(dovecot: Dovecot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Box:
    monkeypatch.setenv(PASSWORD_ENV, PASSWORD)
    return Box(dovecot, tmp_path)


def mail(
    subject: str,
    body: str,
    sender: str = "Kari Nordmann <kari@example.net>",
    headers: dict[str, str] | None = None,
    message_id: str | None = None,
) -> bytes:
    """A simple text/plain question, as a member's mail client would send it."""
    message = EmailMessage()
    message["From"] = sender
    message["To"] = "karriere@example.org"
    message["Subject"] = subject
    message["Date"] = format_datetime(datetime(2026, 11, 20, 9, 30, tzinfo=UTC))
    message["Message-ID"] = message_id or make_msgid(domain="example.net")
    for key, value in (headers or {}).items():
        message[key] = value
    message.set_content(body)
    return bytes(message)


@pytest.fixture
def make_mail() -> Callable[..., bytes]:
    return mail
