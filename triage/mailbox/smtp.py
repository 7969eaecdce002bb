"""Sending approved replies over SMTP, and nothing else.

TLS is always verified ("tls" = implicit TLS, "starttls" = upgrade); "plain" is accepted only
for a loopback host, as the settings reader already demands. Credentials come from the same
places as for IMAP: a password (environment variable or command) or an XOAUTH2 token.

A failure before the message data went out means nothing was sent (``MailboxUnreachable``). A
connection lost or timed out while the server had the data is ``SendUncertain``: the server may
have accepted the reply, so the caller must not simply send it again (the review page keeps the
item "sending" for a counsellor to resolve, recognising the reply by its Message-ID).
"""

from __future__ import annotations

import smtplib
import socket
from collections.abc import Callable
from email.message import EmailMessage
from email.utils import getaddresses

from triage.config import ServerSettings, is_loopback
from triage.errors import MailboxUnreachable
from triage.mailbox import credentials
from triage.mailbox.imap import describe_error, tls_context


class SendUncertain(MailboxUnreachable):
    """The connection failed while the server had the message: it may have been accepted."""


def send(settings: ServerSettings, message: EmailMessage) -> None:
    """Hand ``message`` to the SMTP server; one-line MailboxUnreachable on every failure,
    SendUncertain when the failure came after the message data had gone out."""
    recipients = recipients_of(message)
    where = f"SMTP server {settings.host}:{settings.port}"
    if settings.security == "plain" and not is_loopback(settings.host):
        raise MailboxUnreachable(f"{where}: plain SMTP is only allowed to a loopback host")
    try:
        client = _connect(settings)
    except (OSError, smtplib.SMTPException) as exc:
        raise MailboxUnreachable(f"{where}: {_describe(exc)}") from None
    data_sent = _watch_data(client)
    try:
        _login(client, settings)
        client.send_message(message, to_addrs=recipients)
    except smtplib.SMTPAuthenticationError:
        raise MailboxUnreachable(
            f"{where}: login refused for the configured user: check the username and password"
        ) from None
    except smtplib.SMTPRecipientsRefused:
        raise MailboxUnreachable(f"{where}: the server refused the recipient address") from None
    except smtplib.SMTPResponseException as exc:  # the server answered: a clear no
        raise MailboxUnreachable(f"{where}: {_describe(exc)}") from None
    except (OSError, smtplib.SMTPException) as exc:  # no answer: lost, timed out, reset
        if data_sent():
            raise SendUncertain(
                f"{where}: {_describe(exc)} while the server had the reply: it may have gone out"
            ) from None
        raise MailboxUnreachable(f"{where}: {_describe(exc)}") from None
    finally:
        _quit(client)


def recipients_of(message: EmailMessage) -> list[str]:
    """Every To/Cc/Bcc address, each checked again: a header is no place to trust."""
    fields = [str(v) for key in ("To", "Cc", "Bcc") for v in message.get_all(key, [])]
    addresses = [address for _, address in getaddresses(fields)]
    if not addresses:
        raise MailboxUnreachable("the reply has no recipient address")
    for address in addresses:
        if not valid_address(address):
            raise MailboxUnreachable("the recipient address is not a valid e-mail address")
    return addresses


def valid_address(address: str) -> bool:
    local, _, domain = address.rpartition("@")
    return (
        address.count("@") == 1
        and bool(local)
        and "." in domain.strip(".")
        and not any(c.isspace() or ord(c) < 32 or c in '<>,;"' for c in address)
    )


def _watch_data(client: smtplib.SMTP) -> Callable[[], bool]:
    """Notes when the DATA command starts; the returned function says whether it did."""
    started: list[bool] = []
    data = client.data

    def watched(msg: object) -> tuple[int, bytes]:
        started.append(True)
        return data(msg)  # type: ignore[arg-type]

    client.data = watched  # type: ignore[method-assign]
    return lambda: bool(started)


def _connect(settings: ServerSettings) -> smtplib.SMTP:
    if settings.security == "tls":
        return smtplib.SMTP_SSL(
            settings.host, settings.port, timeout=settings.timeout, context=tls_context(settings)
        )
    client = smtplib.SMTP(settings.host, settings.port, timeout=settings.timeout)
    if settings.security == "starttls":
        try:
            client.starttls(context=tls_context(settings))
        except BaseException:
            _quit(client)
            raise
    return client


def _login(client: smtplib.SMTP, settings: ServerSettings) -> None:
    creds = settings.credentials
    if creds.auth == "xoauth2":
        token = credentials.oauth_token(creds, "smtp")
        initial = f"user={creds.username}\x01auth=Bearer {token}\x01\x01"
        client.ehlo_or_helo_if_needed()
        # On failure the server sends a JSON challenge; an empty answer ends the exchange.
        client.auth("XOAUTH2", lambda challenge=None: initial if challenge is None else "")
    else:
        client.login(creds.username, credentials.password(creds, "smtp"))


def _describe(exc: BaseException) -> str:
    if isinstance(exc, smtplib.SMTPNotSupportedError):
        return f"the server does not support this ({exc})"
    if isinstance(exc, smtplib.SMTPResponseException):
        text = exc.smtp_error.decode(errors="replace") if isinstance(exc.smtp_error, bytes) else ""
        return f"refused with {exc.smtp_code} {' '.join(text.split())}".strip()
    if isinstance(exc, smtplib.SMTPServerDisconnected | socket.timeout):
        return f"connection lost ({exc or 'disconnected'})"
    if isinstance(exc, smtplib.SMTPException):
        return str(exc) or type(exc).__name__
    return describe_error(exc)


def _quit(client: smtplib.SMTP) -> None:
    try:
        client.quit()
    except (OSError, smtplib.SMTPException):
        client.close()
