from __future__ import annotations

import pytest

from triage.config import Credentials
from triage.errors import SecretError
from triage.mailbox.credentials import oauth_token, password


def test_password_from_environment(monkeypatch):
    monkeypatch.setenv("T_PW", "s3cret")
    assert password(Credentials("u", password_env="T_PW"), "imap") == "s3cret"


def test_unset_environment_variable_says_what_to_do(monkeypatch):
    monkeypatch.delenv("T_PW", raising=False)
    with pytest.raises(SecretError, match="export T_PW"):
        password(Credentials("u", password_env="T_PW"), "imap")


def test_password_command_output_without_newline_and_never_in_errors():
    assert password(Credentials("u", password_command="printf 'pw\\n'"), "imap") == "pw"
    with pytest.raises(SecretError) as info:
        password(Credentials("u", password_command="echo leaked; exit 3"), "smtp")
    assert "status 3" in str(info.value) and "leaked" not in str(info.value)


def test_token_command():
    creds = Credentials("u", auth="xoauth2", token_command="echo tok")
    assert oauth_token(creds, "imap") == "tok"
