"""Counsellor accounts in the state store: argon2 password hashes, and checking a password.

Each account has a session generation: a review-page session carries the generation it began
in, and counts only while the account still has it. Signing out, a new password and
``triage users logout NAME`` move it on, which ends every older session of that counsellor.

The command that manages them is ``triage users`` (triage/cli/users.py).
"""

from __future__ import annotations

import contextlib

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

from triage.state import store
from triage.state.store import Store

_hasher = PasswordHasher()
_dummy_hash: list[str] = []


def hash_password(password: str) -> str:
    return _hasher.hash(password)


def add_user(db: Store, name: str, password: str, display_name: str | None = None) -> bool:
    """Create the account, or set a new password (ending older sessions); True when it is new.

    ``display_name`` (the name that signs replies) is set when given and kept otherwise.
    """
    digest = hash_password(password)
    with db.transaction():
        existed = db.execute("SELECT 1 FROM users WHERE name = ?", (name,)).fetchone()
        db.execute(
            "INSERT INTO users (name, password_hash, created_at) VALUES (?, ?, ?)"
            " ON CONFLICT (name) DO UPDATE SET password_hash = excluded.password_hash,"
            " session_generation = users.session_generation + 1",
            (name, digest, store.now()),
        )
        if display_name is not None:
            db.execute("UPDATE users SET display_name = ? WHERE name = ?", (display_name, name))
    return existed is None


def display_name(db: Store, name: str) -> str:
    """The name that signs this counsellor's replies; "" when none was set (or no account)."""
    row = db.execute("SELECT display_name FROM users WHERE name = ?", (name,)).fetchone()
    return row[0] if row else ""


def remove_user(db: Store, name: str) -> bool:
    """Delete the account; False when there was none of that name."""
    with db.transaction():
        gone = db.execute("DELETE FROM users WHERE name = ?", (name,)).rowcount
    return bool(gone)


def users(db: Store) -> list[tuple[str, str, str]]:
    """(name, created_at, display_name) of every account, by name."""
    rows = db.execute("SELECT name, created_at, display_name FROM users ORDER BY name")
    return [(row[0], row[1], row[2]) for row in rows.fetchall()]


def exists(db: Store, name: str) -> bool:
    return db.execute("SELECT 1 FROM users WHERE name = ?", (name,)).fetchone() is not None


def session_generation(db: Store, name: str) -> int | None:
    """The account's current session generation; None when there is no such account."""
    row = db.execute("SELECT session_generation FROM users WHERE name = ?", (name,)).fetchone()
    return int(row[0]) if row else None


def end_sessions(db: Store, name: str) -> bool:
    """End every session of the account so far; False when there is no such account."""
    with db.transaction():
        changed = db.execute(
            "UPDATE users SET session_generation = session_generation + 1 WHERE name = ?",
            (name,),
        ).rowcount
    return bool(changed)


def verify(db: Store, name: str, password: str) -> bool:
    row = db.execute("SELECT password_hash FROM users WHERE name = ?", (name,)).fetchone()
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
            db.execute(
                "UPDATE users SET password_hash = ? WHERE name = ?", (hash_password(password), name)
            )
    return True
