"""What the store knows of a mailbox beyond its messages: the first contact with each folder,
and which questions a reply in the Sent folder answers.

First contact: a folder the store has never seen is not read as one huge backlog. The pass
notes every UID there as seen and drafts only mail that arrived in the last
``[imap] first_pass_days`` days; this table keeps how many older messages it left alone, for
``triage status``.

Sent replies: every In-Reply-To found in Sent (read incrementally by ``passes.sentsync``) is
kept here, so a new question is checked against all replies ever sent with one indexed lookup
instead of a search of the Sent folder per message. Only Message-IDs are kept: no addresses,
subjects or texts.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from triage.state.store import Store, now


def record_first_contact(
    db: Store, folder: str, days: int, since: str, recent: int, left_alone: int
) -> None:
    """Note the first contact with ``folder`` (inside the caller's transaction).

    A second first contact (after a UIDVALIDITY change) replaces the first one's figures.
    """
    db.execute(
        "INSERT INTO first_contact (folder, at, days, since, recent, left_alone)"
        " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (folder) DO UPDATE SET at = excluded.at,"
        " days = excluded.days, since = excluded.since, recent = excluded.recent,"
        " left_alone = excluded.left_alone",
        (folder, now(), days, since, recent, left_alone),
    )


def first_contacts(db: Store) -> list[dict[str, Any]]:
    """Every folder's first contact: when, the window in days, recent and left-alone counts."""
    rows = db.execute(
        "SELECT folder, at, days, since, recent, left_alone FROM first_contact ORDER BY at"
    )
    return [dict(r) for r in rows]


def add_sent_replies(db: Store, parents: Iterable[str]) -> None:
    """Remember the Message-IDs that replies in Sent answer (inside the caller's transaction)."""
    for parent in set(parents):
        db.execute(
            "INSERT INTO sent_replies (in_reply_to) VALUES (?) ON CONFLICT DO NOTHING", (parent,)
        )


def answered_in_sent(db: Store, message_ids: Iterable[str]) -> set[str]:
    """Those of ``message_ids`` that a reply in the Sent folder answers."""
    ids = list(dict.fromkeys(message_ids))
    found: set[str] = set()
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        marks = ",".join("?" * len(chunk))
        rows = db.execute(
            f"SELECT in_reply_to FROM sent_replies WHERE in_reply_to IN ({marks})", chunk
        )
        found.update(row[0] for row in rows)
    return found
