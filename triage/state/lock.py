"""One pass at a time per mailbox: an overlapping cron start or a second worker exits at once.

With SQLite the lock is a file lock beside the store; with a shared PostgreSQL store it is a
session advisory lock keyed by the mailbox, so workers on other hosts see it too. Either is
released by the operating system or the server if the holder dies.
"""

from __future__ import annotations

import fcntl
import hashlib
import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from triage.config import Settings
from triage.state.db import PostgresConnection


class AlreadyRunning(Exception):
    """Another pass holds the lock."""


@contextmanager
def pass_lock(settings: Settings) -> Iterator[None]:
    if settings.state_url:
        with _advisory_lock(settings):
            yield
    else:
        with _file_lock(settings.lock_path):
            yield


def mailbox_key(settings: Settings) -> int:
    """A stable signed 64-bit key naming this mailbox."""
    name = f"{settings.imap.host}\0{settings.imap.credentials.username}\0{settings.imap.mailbox}"
    return int.from_bytes(hashlib.sha256(name.encode()).digest()[:8], "big", signed=True)


@contextmanager
def _advisory_lock(settings: Settings) -> Iterator[None]:
    conn = PostgresConnection(settings.state_url)
    try:
        key = mailbox_key(settings)
        if not conn.execute("SELECT pg_try_advisory_lock(?)", (key,)).fetchone()[0]:
            raise AlreadyRunning(f"mailbox {settings.imap.mailbox}")
        yield
    finally:
        conn.close()


@contextmanager
def _file_lock(path: Path) -> Iterator[None]:
    """Hold an exclusive, non-blocking lock on ``path``."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path, os.O_CREAT | os.O_RDWR, 0o600)
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise AlreadyRunning(str(path)) from None
        os.ftruncate(fd, 0)
        os.write(fd, str(os.getpid()).encode())
        yield
    finally:
        os.close(fd)
