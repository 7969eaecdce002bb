"""How many password checks may run, and who is locked out for a while.

A password check (argon2) costs about 64 MB and a good part of a second, so a burst of sign-ins
must neither run them all at once nor queue them without end. ``SignInGate.enter`` decides at
once, before any check:

- at most ``total`` checks at a time, ``per_name`` for one user name, ``per_client`` for one
  client address; a request beyond that is refused ("busy") and never waits;
- failures count per (user name, client): the attempt is counted *before* the check, so
  parallel requests see each other. After ``max_failures`` in a row that pair is locked for
  ``lock_seconds``, doubling with each further failure up to ``max_lock_seconds``. A success
  clears the pair. Nobody can lock a counsellor out from another address.

The counts live in the page's memory (one process): a restart forgets them.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field

BUSY = "busy"
LOCKED = "locked"
MAX_TRACKED = 20_000  # (name, client) pairs remembered; the oldest are dropped beyond this


@dataclass
class _Record:
    failures: int = 0
    locked_until: float = 0.0
    last: float = 0.0


@dataclass(frozen=True)
class Ticket:
    """One admitted attempt; hand it back to ``SignInGate.leave``."""

    name: str
    client: str


@dataclass
class Limits:
    max_failures: int = 5
    lock_seconds: float = 60.0
    max_lock_seconds: float = 3600.0
    forget_seconds: float = 15 * 60.0  # a pair with no attempt (and no lock) this long starts over
    total: int = 4
    per_name: int = 2
    per_client: int = 2


@dataclass
class SignInGate:
    limits: Limits = field(default_factory=Limits)
    clock: Callable[[], float] = time.monotonic

    def __post_init__(self) -> None:
        self._lock = threading.Lock()
        self._records: dict[tuple[str, str], _Record] = {}
        self._running_total = 0
        self._running: dict[str, int] = {}

    def enter(self, name: str, client: str) -> Ticket | str:
        """A ticket to check the password now, or BUSY / LOCKED (refuse at once)."""
        name = name.lower()
        limits = self.limits
        with self._lock:
            now = self.clock()
            record = self._record(name, client, now)
            if record.locked_until > now:
                return LOCKED
            if (
                self._running_total >= limits.total
                or self._running.get("name:" + name, 0) >= limits.per_name
                or self._running.get("client:" + client, 0) >= limits.per_client
            ):
                return BUSY
            # Counted as failed until the check says otherwise.
            record.failures += 1
            record.last = now
            if record.failures >= limits.max_failures:
                extra = record.failures - limits.max_failures
                lock = min(limits.lock_seconds * 2 ** min(extra, 32), limits.max_lock_seconds)
                record.locked_until = now + lock
            self._running_total += 1
            for key in ("name:" + name, "client:" + client):
                self._running[key] = self._running.get(key, 0) + 1
        return Ticket(name, client)

    def leave(self, ticket: Ticket, success: bool) -> None:
        """The check is over; a success clears the failures of that name from that client."""
        with self._lock:
            self._running_total -= 1
            for key in ("name:" + ticket.name, "client:" + ticket.client):
                self._running[key] -= 1
                if not self._running[key]:
                    del self._running[key]
            if success:
                self._records.pop((ticket.name, ticket.client), None)

    def _record(self, name: str, client: str, now: float) -> _Record:
        key = (name, client)
        record = self._records.get(key)
        if record is not None and _forgotten(record, now, self.limits.forget_seconds):
            record = None
        if record is None:
            if len(self._records) >= MAX_TRACKED:
                self._prune(now)
            record = self._records[key] = _Record(last=now)
        return record

    def _prune(self, now: float) -> None:
        forget = self.limits.forget_seconds
        for key in [k for k, r in self._records.items() if _forgotten(r, now, forget)]:
            del self._records[key]
        while len(self._records) >= MAX_TRACKED:
            oldest = min(self._records, key=lambda k: self._records[k].last)
            del self._records[oldest]


def _forgotten(record: _Record, now: float, forget_seconds: float) -> bool:
    return now - max(record.last, record.locked_until) > forget_seconds
