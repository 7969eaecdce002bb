"""`triage users add|list|remove|logout NAME`: counsellor accounts for the review page.

`logout` ends every review-page session of that counsellor (a lost laptop, a shared computer);
a new password (`add` for an existing name) and signing out on the page do the same.

The password is read with getpass at a terminal, or as one line from stdin otherwise (for
scripts: ``printf '%s\\n' "$PW" | triage users add kari``). It is never an argument, so it
never shows in the process list or the shell history.
"""

from __future__ import annotations

import getpass
import sys

from triage.config import Settings
from triage.errors import EXIT_CONFIG, EXIT_OK
from triage.state import accounts
from triage.state.store import Store

MIN_PASSWORD_LENGTH = 10


def valid_name(name: str) -> bool:
    return 0 < len(name) <= 64 and all(c.isprintable() and not c.isspace() for c in name)


def manage_users(settings: Settings, action: str, name: str | None) -> int:
    """The `triage users` command; returns the exit status."""
    with Store.open(settings.state_target) as db:
        if action == "list":
            return _list(db)
        if not name or not valid_name(name):
            print(
                "triage: give a user name (no spaces), e.g. `triage users add kari`",
                file=sys.stderr,
            )
            return EXIT_CONFIG
        if action == "remove":
            if not accounts.remove_user(db, name):
                print(f"triage: no account named {name}", file=sys.stderr)
                return EXIT_CONFIG
            print(f"Removed {name}; their sessions end on their next click.")
            return EXIT_OK
        if action == "logout":
            if not accounts.end_sessions(db, name):
                print(f"triage: no account named {name}", file=sys.stderr)
                return EXIT_CONFIG
            print(f"Signed {name} out everywhere: they sign in again on their next click.")
            return EXIT_OK
        password = _read_password()
        if password is None:
            return EXIT_CONFIG
        new = accounts.add_user(db, name, password)
        if new:
            print(f"Added {name}.")
        else:
            print(f"Changed the password of {name}; their other sessions have ended.")
        return EXIT_OK


def _list(db: Store) -> int:
    found = accounts.users(db)
    for name, created_at in found:
        print(f"{name}\t{created_at}")
    if not found:
        print("No counsellor accounts yet: add one with `triage users add NAME`.")
    return EXIT_OK


def _read_password() -> str | None:
    if sys.stdin.isatty():
        password = getpass.getpass("Password: ")
        if getpass.getpass("Again: ") != password:
            print("triage: the passwords differ; nothing changed", file=sys.stderr)
            return None
    else:
        password = sys.stdin.readline().rstrip("\r\n")
    if len(password) < MIN_PASSWORD_LENGTH:
        print(
            f"triage: the password must have at least {MIN_PASSWORD_LENGTH} characters;"
            " nothing changed",
            file=sys.stderr,
        )
        return None
    return password
