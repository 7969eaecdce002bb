"""Typed errors. The CLI turns each into one line on stderr and an exit status."""

from __future__ import annotations

EXIT_OK = 0
EXIT_SET_ASIDE = 1
EXIT_CONFIG = 2
EXIT_UNREACHABLE = 3


class TriageError(Exception):
    """Base class: an error a person can act on. ``str()`` is the one-line message."""

    exit_code = EXIT_CONFIG


class ConfigError(TriageError):
    """The settings file is missing, unreadable or invalid; the message lists every problem."""

    exit_code = EXIT_CONFIG


class SecretError(TriageError):
    """A password or token could not be obtained from its environment variable or command."""

    exit_code = EXIT_CONFIG


class MailboxUnreachable(TriageError):
    """The IMAP or SMTP server could not be reached, refused the login, or failed TLS checks."""

    exit_code = EXIT_UNREACHABLE


class MailboxError(TriageError):
    """The server answered but refused an operation (missing folder, quota, ...)."""

    exit_code = EXIT_UNREACHABLE


class ModelError(TriageError):
    """The topic model is missing, corrupt, or was trained with another scikit-learn."""

    exit_code = EXIT_CONFIG


class TemplateError(TriageError):
    """A reply template is missing or does not render."""

    exit_code = EXIT_CONFIG


class StateError(TriageError):
    """The state store is locked, corrupt, or cannot be written."""

    exit_code = EXIT_CONFIG


class ParseError(Exception):
    """One message could not be turned into a Question; it is set aside with this reason."""


def first_line(exc: BaseException, limit: int | None = 300) -> str:
    """What went wrong, on one line: the message's first line, or the exception's name when it
    has no message (``OSError()``, ``TimeoutError()``); cut at ``limit`` characters unless that
    is None. Never raises."""
    try:
        text = str(exc).strip()
    except Exception:  # noqa: BLE001 - a broken __str__ must not hide the error itself
        text = ""
    line = text.splitlines()[0].strip() if text else ""
    return (line or type(exc).__name__)[:limit]
