"""TLS against real listeners: a Dovecot and an SMTP server with a self-signed certificate.

Refused unless its CA file is configured; the host name must match; a server that does not
offer STARTTLS is refused rather than used in plain text, before any password is sent; plain
IMAP and SMTP are refused for any host but loopback.
"""

from __future__ import annotations

import ssl
from email.message import EmailMessage

import pytest
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult
from conftest import PASSWORD, PASSWORD_ENV, Box
from test_crash import check_exactly_once, questions

from triage.cli import main
from triage.config import Credentials, ServerSettings
from triage.dev.devserver import free_port, make_self_signed_cert, start_dovecot
from triage.errors import MailboxUnreachable
from triage.mailbox import smtp


@pytest.fixture(scope="module")
def tls_dovecot(tmp_path_factory):
    folder = tmp_path_factory.mktemp("tls")
    cert, key = make_self_signed_cert(folder / "cert", host="localhost")
    server = start_dovecot(folder / "dovecot", password=PASSWORD, cert=(cert, key))
    yield server, cert
    server.stop()


@pytest.fixture
def tls_box(tls_dovecot, tmp_path, monkeypatch):
    monkeypatch.setenv(PASSWORD_ENV, PASSWORD)
    server, cert = tls_dovecot
    box = Box(server, tmp_path)
    box.cert = cert
    return box


def configure(box, security: str, port: int, host: str = "127.0.0.1", ca_file=None) -> None:
    text = box.config.read_text()
    head, rest = text.split("batch_size", 1)
    imap = [line for line in head.splitlines() if not line.startswith(("host", "port", "security"))]
    imap += [f'host = "{host}"', f"port = {port}", f'security = "{security}"']
    if ca_file:
        imap.append(f'ca_file = "{ca_file}"')
    box.config.write_text("\n".join(imap) + "\nbatch_size" + rest)


def logins(server, user: str) -> int:
    return server.log().count(f"Login: user=<{user}>")


@pytest.mark.parametrize("security", ["tls", "starttls"])
def test_self_signed_server_is_refused_without_its_ca_file(tls_box, capsys, security):
    server = tls_box.server
    port = server.tls_port if security == "tls" else server.port
    tls_box.deliver(*questions(2, 0).values())
    configure(tls_box, security, port)
    assert main(["run", "--config", str(tls_box.config)]) == 3
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1 and "does not verify" in err and "ca_file" in err
    assert logins(server, tls_box.user) == 1  # only the test's own delivery logged in

    configure(tls_box, security, port, ca_file=tls_box.cert)
    assert main(["run", "--config", str(tls_box.config)]) == 0
    check_exactly_once(tls_box, questions(2, 0))


def test_certificate_for_another_host_name_is_refused_even_with_its_ca(tmp_path, monkeypatch,
                                                                       capsys):  # fmt: skip
    monkeypatch.setenv(PASSWORD_ENV, PASSWORD)
    cert, key = make_self_signed_cert(tmp_path / "cert", host="mail.example.org")
    server = start_dovecot(tmp_path / "dovecot", password=PASSWORD, cert=(cert, key))
    try:
        box = Box(server, tmp_path)
        configure(box, "tls", server.tls_port, host="localhost", ca_file=cert)
        assert main(["run", "--config", str(box.config)]) == 3
        err = capsys.readouterr().err
        assert "does not verify" in err and "localhost" in err.lower()
        assert logins(server, box.user) == 0
    finally:
        server.stop()


def test_starttls_demanded_of_a_server_without_it_is_refused_before_login(box, capsys):
    """The shared test Dovecot offers no TLS at all: no fallback to plain text."""
    configure(box, "starttls", box.server.port)
    before = logins(box.server, box.user)
    assert main(["run", "--config", str(box.config)]) == 3
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1 and "STARTTLS" in err.upper()
    assert logins(box.server, box.user) == before


@pytest.mark.parametrize("section", ["imap", "smtp"])
def test_plain_is_refused_for_any_host_but_loopback(box, capsys, section):
    text = box.config.read_text()
    if section == "imap":
        text = text.replace('host = "127.0.0.1"', 'host = "imap.example.org"', 1)
    else:
        text += (
            '\n[smtp]\nhost = "smtp.example.org"\nport = 25\nsecurity = "plain"\n'
            'username = "x@example.org"\npassword_env = "X"\n'
        )
    box.config.write_text(text)
    assert main(["run", "--config", str(box.config)]) == 2
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1
    assert f'[{section}] security = "plain" is only allowed for a loopback host' in err


# -- SMTP with STARTTLS ------------------------------------------------------------------------


class _Recorder:
    def __init__(self) -> None:
        self.messages: list[bytes] = []
        self.logins = 0

    async def handle_DATA(self, server, session, envelope):  # noqa: ANN001, ANN201
        self.messages.append(envelope.original_content)
        return "250 OK"

    def authenticate(self, server, session, envelope, mechanism, auth_data):  # noqa: ANN001, ANN201
        self.logins += 1
        return AuthResult(success=True)


def _smtp(context: ssl.SSLContext | None) -> tuple[Controller, _Recorder]:
    recorder = _Recorder()
    options = {"require_starttls": True, "tls_context": context} if context else {}
    controller = Controller(
        recorder, hostname="127.0.0.1", port=free_port(), authenticator=recorder.authenticate,
        auth_require_tls=context is not None, **options,
    )  # fmt: skip
    controller.start()
    return controller, recorder


def _reply() -> EmailMessage:
    message = EmailMessage()
    message["From"] = "karriere@example.org"
    message["To"] = "Kari <kari@example.net>"
    message["Subject"] = "Re: Lønn"
    message.set_content("Hei Kari,\n\nsvaret.\n")
    return message


def _settings(port: int, ca_file=None) -> ServerSettings:
    creds = Credentials("karriere@example.org", password_env="TRIAGE_TEST_SMTP_TLS")
    return ServerSettings("127.0.0.1", port, "starttls", creds, ca_file=ca_file, timeout=5)


def test_smtp_starttls_is_verified(tmp_path, monkeypatch):
    monkeypatch.setenv("TRIAGE_TEST_SMTP_TLS", "smtp-secret")
    cert, key = make_self_signed_cert(tmp_path / "cert")
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert, key)
    controller, recorder = _smtp(context)
    try:
        with pytest.raises(MailboxUnreachable, match="does not verify"):
            smtp.send(_settings(controller.port), _reply())
        assert recorder.logins == 0 and recorder.messages == []
        smtp.send(_settings(controller.port, ca_file=cert), _reply())
        assert recorder.logins == 1 and len(recorder.messages) == 1
    finally:
        controller.stop()


def test_smtp_without_starttls_is_refused_before_the_password_is_sent(monkeypatch):
    monkeypatch.setenv("TRIAGE_TEST_SMTP_TLS", "smtp-secret")
    controller, recorder = _smtp(None)
    try:
        with pytest.raises(MailboxUnreachable) as refused:
            smtp.send(_settings(controller.port), _reply())
        assert "smtp-secret" not in str(refused.value)
        assert recorder.logins == 0 and recorder.messages == []
    finally:
        controller.stop()
