"""An item taken by one action of the review page, until that action is done; and what a crash
leaves behind.

Approve = send goes in steps (triage/review/service.py): the original is looked up, the item is
*claimed* (``take``: status "sending", the reply's Message-ID, text and date written here, all
conditional on the version the counsellor's page showed), SMTP, then ``finish`` (status "sent",
the claim removed, in one transaction). The moment the SMTP server accepts the reply,
``accepted`` records it, in a transaction of its own. "Keep as draft" claims the item the same
way with the status "keeping".

No other action accepts a claimed item, so two counsellors can never send one question twice.
After a crash the claim tells what is known (``interrupted``):

- ``accepted_at`` set: the reply went out. Finishing it again sends nothing; it only marks the
  item sent and files the copy in Sent (which is looked up by Message-ID first).
- ``accepted_at`` empty: the process died while the SMTP server had the reply; whether the
  member got it is not known. A counsellor decides on the item's page: "it went out" (mark
  sent, no mail) or "back to the queue" (to send it again, knowingly).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from triage.state.statuses import AWAITING, CLAIMED
from triage.state.store import Store, now


@dataclass(frozen=True)
class Claim:
    message_id: str
    status_before: str
    counsellor: str
    reply_message_id: str
    reply_text: str
    reply_date: str
    started_at: str
    accepted_at: str

    def age_seconds(self, at: datetime | None = None) -> float:
        try:
            started = datetime.fromisoformat(self.started_at)
        except ValueError:
            return float("inf")
        return ((at or datetime.now(UTC)) - started).total_seconds()


_FIELDS = (
    "message_id", "status_before", "counsellor", "reply_message_id", "reply_text", "reply_date",
    "started_at", "accepted_at",
)  # fmt: skip


def take(
    db: Store,
    message_id: str,
    version: int,
    status: str,
    counsellor: str,
    reply: tuple[str, str, str] = ("", "", ""),
) -> bool:
    """Claim the waiting item at ``version`` for ``status`` (inside the caller's transaction).

    ``reply`` is the reply's (Message-ID, text, date) when sending. False when the item is no
    longer waiting at that version (somebody else acted): nothing changes then.
    """
    # Every write moves the version on: the status read at this version is the one replaced.
    found = db.execute(
        "SELECT status FROM messages WHERE message_id = ? AND version = ?", (message_id, version)
    ).fetchone()
    if found is None or found[0] not in AWAITING:
        return False
    if not db.update_message(message_id, {"status": status}, version=version, statuses=AWAITING):
        return False
    values = (message_id, found[0], counsellor, *reply, now(), "")
    db.execute(
        f"INSERT INTO claims ({', '.join(_FIELDS)}) VALUES ({', '.join('?' * len(_FIELDS))})"
        " ON CONFLICT (message_id) DO UPDATE SET status_before = excluded.status_before,"
        " counsellor = excluded.counsellor, reply_message_id = excluded.reply_message_id,"
        " reply_text = excluded.reply_text, reply_date = excluded.reply_date,"
        " started_at = excluded.started_at, accepted_at = ''",
        values,
    )
    return True


def accepted(db: Store, message_id: str) -> None:
    """The SMTP server accepted the claimed item's reply (its own transaction, at once)."""
    with db.transaction():
        db.execute("UPDATE claims SET accepted_at = ? WHERE message_id = ?", (now(), message_id))


def get(db: Store, message_id: str) -> Claim | None:
    row = db.execute(
        f"SELECT {', '.join(_FIELDS)} FROM claims WHERE message_id = ?", (message_id,)
    ).fetchone()
    return Claim(*(row[n] for n in range(len(_FIELDS)))) if row else None


def finish(db: Store, message_id: str, version: int, status: str) -> bool:
    """The claimed item is done (inside the caller's transaction); False if its row changed.

    Only a row still claimed, at the version the claim left it, changes.
    """
    if not db.update_message(
        message_id, {"status": status, "reason": ""}, version=version, statuses=CLAIMED
    ):
        return False
    db.execute("DELETE FROM claims WHERE message_id = ?", (message_id,))
    return True


def release(db: Store, message_id: str, version: int) -> bool:
    """Back to the queue with the status it had (nothing was sent, or a counsellor said so)."""
    claim = get(db, message_id)
    before = claim.status_before if claim and claim.status_before in AWAITING else AWAITING[0]
    if not db.update_message(
        message_id, {"status": before, "reason": ""}, version=version, statuses=CLAIMED
    ):
        return False
    db.execute("DELETE FROM claims WHERE message_id = ?", (message_id,))
    return True


def claimed(db: Store) -> list[dict[str, Any]]:
    """Items being sent or kept (or left so by a crash), oldest claim first, for the queue page."""
    marks = ", ".join("?" * len(CLAIMED))
    rows = db.execute(
        "SELECT m.message_id, m.status, m.subject, m.sender_name, m.reply_to, m.version,"
        " c.counsellor, c.started_at, c.accepted_at FROM messages m"
        f" LEFT JOIN claims c ON c.message_id = m.message_id WHERE m.status IN ({marks})"
        " ORDER BY c.started_at",
        CLAIMED,
    )
    return [dict(row) for row in rows]
