"""Passwords and OAuth tokens from an environment variable or a command (like mbsync's PassCmd).

The value is never logged and never part of an error message.
"""

from __future__ import annotations

import os
import subprocess

from triage.config import Credentials
from triage.errors import SecretError


def _run(command: str, what: str) -> str:
    try:
        done = subprocess.run(
            command, shell=True, capture_output=True, timeout=60, stdin=subprocess.DEVNULL
        )
    except subprocess.TimeoutExpired:
        raise SecretError(f"{what} command did not finish within 60 s") from None
    if done.returncode != 0:
        raise SecretError(
            f"{what} command exited with status {done.returncode}: check the command in the"
            " settings file"
        )
    value = done.stdout.decode("utf-8", errors="replace").rstrip("\r\n")
    if not value:
        raise SecretError(f"{what} command printed nothing")
    return value


def password(credentials: Credentials, section: str) -> str:
    """The password for ``section`` ("imap" or "smtp")."""
    if credentials.password_env:
        value = os.environ.get(credentials.password_env, "")
        if not value:
            raise SecretError(
                f"[{section}] password_env names {credentials.password_env}, which is not set:"
                f" export {credentials.password_env}=… before running triage"
            )
        return value
    return _run(credentials.password_command, f"[{section}] password_command")


def oauth_token(credentials: Credentials, section: str) -> str:
    """A fresh XOAUTH2 access token, printed by the configured token command."""
    return _run(credentials.token_command, f"[{section}] token_command")
