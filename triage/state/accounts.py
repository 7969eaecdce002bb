"""Counsellor accounts: `triage users add|list|remove NAME`, argon2 password hashes.

The password is read with getpass at a terminal, or as one line from stdin otherwise (for
scripts: ``printf '%s\\n' "$PW" | triage users add kari``). It is never an argument, so it
never shows in the process list or the shell history.
"""

from __future__ import annotations

import contextlib
import getpass
import sys

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

from triage.config import Settings
from triage.errors import EXIT_CONFIG, EXIT_OK
from triage.state import store
from triage.state.store import Store

MIN_PASSWORD_LENGTH = 10
_hasher = PasswordHasher()
_dummy_hash: list[str] = []


def hash_password(password: str) -> str:
    return _hasher.hash(password)


def valid_name(name: str) -> bool:
    return 0 < len(name) <= 64 and all(c.isprintable() and not c.isspace() for c in name)


def add_user(db: Store, name: str, password: str) -> bool:
    """Create the account, or set a new password; True when it is new."""
    digest = hash_password(password)
    with db.transaction():
        existed = db.db.execute("SELECT 1 FROM users WHERE name = ?", (name,)).fetchone()
        db.db.execute(
            "INSERT INTO users (name, password_hash, created_at) VALUES (?, ?, ?)"
            " ON CONFLICT (name) DO UPDATE SET password_hash = excluded.password_hash",
            (name, digest, store.now()),
        )
    return existed is None


def exists(db: Store, name: str) -> bool:
    return db.db.execute("SELECT 1 FROM users WHERE name = ?", (name,)).fetchone() is not None


def verify(db: Store, name: str, password: str) -> bool:
    row = db.db.execute("SELECT password_hash FROM users WHERE name = ?", (name,)).fetchone()
    if row is None:
        # Same work for an unknown name, so timing does not tell which names exist.
        if not _dummy_hash:
            _dummy_hash.append(_hasher.hash("not a password of anyone"))
        with contextlib.suppress(VerificationError):
            _hasher.verify(_dummy_hash[0], password)
        return False
    try:
        _hasher.verify(row[0], password)
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return False
    if _hasher.check_needs_rehash(row[0]):
        with db.transaction():
            db.db.execute(
                "UPDATE users SET password_hash = ? WHERE name = ?", (hash_password(password), name)
            )
    return True


def manage_users(settings: Settings, action: str, name: str | None) -> int:
    """The `triage users` command; returns the exit status."""
    with Store.open(settings.state_target) as db:
        if action == "list":
            rows = db.db.execute("SELECT name, created_at FROM users ORDER BY name").fetchall()
            for row in rows:
                print(f"{row[0]}\t{row[1]}")
            if not rows:
                print("No counsellor accounts yet: add one with `triage users add NAME`.")
            return EXIT_OK
        if not name or not valid_name(name):
            print(
                "triage: give a user name (no spaces), e.g. `triage users add kari`",
                file=sys.stderr,
            )
            return EXIT_CONFIG
        if action == "remove":
            with db.transaction():
                gone = db.db.execute("DELETE FROM users WHERE name = ?", (name,)).rowcount
            if not gone:
                print(f"triage: no account named {name}", file=sys.stderr)
                return EXIT_CONFIG
            print(f"Removed {name}; their sessions end on their next click.")
            return EXIT_OK
        password = _read_password()
        if password is None:
            return EXIT_CONFIG
        new = add_user(db, name, password)
        print(f"{'Added' if new else 'Changed the password of'} {name}.")
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
