"""`triage users add|list|remove|logout NAME`: counsellor accounts for the review page.

`logout` ends every review-page session of that counsellor (a lost laptop, a shared computer);
a new password (`add` for an existing name) and signing out on the page do the same.

``add NAME --display-name "Kari Nordmann"`` also sets the name that signs the replies this
counsellor sends from the review page (kept as it was when not given).

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
MAX_DISPLAY_NAME = 80


def valid_name(name: str) -> bool:
    return 0 < len(name) <= 64 and all(c.isprintable() and not c.isspace() for c in name)


def valid_display_name(name: str) -> bool:
    """A name to sign mail with: one printable line, no place markers."""
    return (
        0 < len(name.strip()) <= MAX_DISPLAY_NAME
        and all(c.isprintable() for c in name)
        and "[" not in name
        and "]" not in name
    )


def manage_users(
    settings: Settings, action: str, name: str | None, display_name: str | None = None
) -> int:
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
        if display_name is not None and not valid_display_name(display_name):
            print(
                f"triage: --display-name must be one line of at most {MAX_DISPLAY_NAME}"
                ' characters, without [ or ], e.g. --display-name "Kari Nordmann"',
                file=sys.stderr,
            )
            return EXIT_CONFIG
        password = _read_password()
        if password is None:
            return EXIT_CONFIG
        signs = " ".join(display_name.split()) if display_name is not None else None
        new = accounts.add_user(db, name, password, signs)
        if new:
            print(f"Added {name}.")
        else:
            print(f"Changed the password of {name}; their other sessions have ended.")
        if signs:
            print(f"Replies {name} sends from the review page are signed {signs!r}.")
        return EXIT_OK


def _list(db: Store) -> int:
    found = accounts.users(db)
    for name, created_at, display_name in found:
        print(f"{name}\t{created_at}\t{display_name or '(no display name: drafts stay unsigned)'}")
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
