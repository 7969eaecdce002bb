"""triage.smtp against a real SMTP server (aiosmtpd on loopback): plain, TLS, XOAUTH2, errors."""

# ruff: noqa: F811 - pytest fixtures imported from review_fixtures are redefined as arguments
from __future__ import annotations

import ssl
from email.message import EmailMessage

import pytest
from review_fixtures import (  # noqa: F401 - fixtures
    SMTP_PASSWORD,
    SMTP_PASSWORD_ENV,
    SMTP_USER,
    smtp_server,
    start_smtp,
)

from triage.config import Credentials, ServerSettings
from triage.dev.devserver import free_port, make_self_signed_cert
from triage.errors import MailboxUnreachable
from triage.mailbox import smtp


def settings(port: int, security: str = "plain", host: str = "127.0.0.1") -> ServerSettings:
    credentials = Credentials(SMTP_USER, password_env=SMTP_PASSWORD_ENV)
    return ServerSettings(host, port, security, credentials, timeout=5)


def reply(to: str = "Kari Nordmann <kari@example.net>") -> EmailMessage:
    message = EmailMessage()
    message["From"] = SMTP_USER
    message["To"] = to
    message["Subject"] = "Re: Lønn"
    message["In-Reply-To"] = "<q@example.net>"
    message.set_content("Hei Kari,\n\nsvaret.\n")
    return message


def test_plain_to_loopback_with_login(smtp_server):
    smtp.send(settings(smtp_server.port), reply())
    [(sender, rcpts, received)] = smtp_server.messages
    assert (sender, rcpts) == (SMTP_USER, ["kari@example.net"])
    assert received["In-Reply-To"] == "<q@example.net>" and "svaret." in received.get_content()


def test_wrong_password_is_one_line(smtp_server, monkeypatch):
    monkeypatch.setenv(SMTP_PASSWORD_ENV, "wrong")
    with pytest.raises(MailboxUnreachable, match="login refused") as caught:
        smtp.send(settings(smtp_server.port), reply())
    assert "\n" not in str(caught.value) and "wrong" not in str(caught.value)
    assert smtp_server.messages == []


def test_refused_recipient(smtp_server):
    smtp_server.refuse = True
    with pytest.raises(MailboxUnreachable, match="refused the recipient"):
        smtp.send(settings(smtp_server.port), reply())


def test_unreachable_server(monkeypatch):
    monkeypatch.setenv(SMTP_PASSWORD_ENV, SMTP_PASSWORD)
    with pytest.raises(MailboxUnreachable, match="connection refused"):
        smtp.send(settings(free_port()), reply())


@pytest.mark.parametrize(
    "to", ["kari@example.net\r\nBcc: x@evil.example", "a@b@example.net", "nobody", "kari@localhost"]
)
def test_bad_recipient_is_refused_before_connecting(to):
    message = reply()
    del message["To"]
    message["To"] = "x@example.net"
    message.replace_header("To", "placeholder@example.net")
    # Bypass the header checks of the email package, as a corrupted stored address would.
    message._headers = [(k, to if k == "To" else v) for k, v in message._headers]
    with pytest.raises(MailboxUnreachable):
        smtp.send(settings(free_port()), message)


def test_plain_is_refused_for_a_remote_host():
    with pytest.raises(MailboxUnreachable, match="loopback"):
        smtp.send(settings(25, host="smtp.example.org"), reply())


def test_implicit_tls_is_verified(tmp_path, monkeypatch):
    monkeypatch.setenv(SMTP_PASSWORD_ENV, SMTP_PASSWORD)
    cert, key = make_self_signed_cert(tmp_path / "tls")
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert, key)
    server = start_smtp(ssl_context=context)
    try:
        with pytest.raises(MailboxUnreachable, match="does not verify"):
            smtp.send(settings(server.port, "tls"), reply())
        trusted = ServerSettings(
            "127.0.0.1", server.port, "tls", Credentials(SMTP_USER, password_env=SMTP_PASSWORD_ENV),
            ca_file=cert, timeout=5,
        )  # fmt: skip
        smtp.send(trusted, reply())
        assert len(server.messages) == 1
    finally:
        server.stop()


def test_xoauth2(monkeypatch):
    server = start_smtp()
    try:
        creds = Credentials(SMTP_USER, auth="xoauth2", token_command="echo good-token")
        smtp.send(ServerSettings("127.0.0.1", server.port, "plain", creds, timeout=5), reply())
        assert len(server.messages) == 1
        creds = Credentials(SMTP_USER, auth="xoauth2", token_command="echo expired-token")
        with pytest.raises(MailboxUnreachable, match="login refused"):
            smtp.send(ServerSettings("127.0.0.1", server.port, "plain", creds, timeout=5), reply())
    finally:
        server.stop()


def test_no_answer_after_the_data_is_uncertain_not_a_plain_failure(smtp_server):
    import threading

    smtp_server.hold = threading.Event()  # the server takes the message and keeps quiet
    credentials = Credentials(SMTP_USER, password_env=SMTP_PASSWORD_ENV)
    slow = ServerSettings("127.0.0.1", smtp_server.port, "plain", credentials, timeout=1)
    try:
        with pytest.raises(smtp.SendUncertain, match="may have gone out"):
            smtp.send(slow, reply())
    finally:
        smtp_server.hold.set()
    assert len(smtp_server.messages) == 1  # it did arrive: sending again would mail twice


def test_a_refusal_before_the_data_is_a_plain_failure(smtp_server):
    smtp_server.refuse = True
    with pytest.raises(MailboxUnreachable) as failure:
        smtp.send(settings(smtp_server.port), reply())
    assert not isinstance(failure.value, smtp.SendUncertain)
