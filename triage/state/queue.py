"""The review page's SQL, on top of ``store.Store``.

Every write that acts on a message is conditional on the ``version`` the counsellor's page was
rendered with: zero rows changed means somebody else acted in between, and nothing happens.
"""

from __future__ import annotations

import difflib
import json
from typing import Any

from triage.state import store
from triage.state.statuses import AWAITING, Status
from triage.state.store import Store

# Only what the queue shows: the texts stay out, so a long queue stays one light query.
_QUEUE_SQL = (
    "SELECT message_id, status, subject, sender_name, reply_to, lang, topic, confidence,"
    " attachments, received_at, created_at, reason, version FROM messages"
    " WHERE status IN (?, ?) ORDER BY received_at, created_at"
)
_ORDER_SQL = (
    "SELECT message_id FROM messages WHERE status IN (?, ?) ORDER BY received_at, created_at"
)


def queue(db: Store) -> list[dict[str, Any]]:
    rows = [dict(r) for r in db.db.execute(_QUEUE_SQL, AWAITING)]
    for row in rows:
        row["attachments"] = json.loads(row["attachments"] or "[]")
    return rows


def neighbours(db: Store, message_id: str) -> tuple[str | None, str | None]:
    """The previous and next item in the queue around ``message_id`` (for j/k and after acting)."""
    ids = [r[0] for r in db.db.execute(_ORDER_SQL, AWAITING)]
    if message_id not in ids:
        return None, ids[0] if ids else None
    at = ids.index(message_id)
    return (ids[at - 1] if at > 0 else None), (ids[at + 1] if at + 1 < len(ids) else None)


def last_decision(db: Store, message_id: str) -> dict[str, Any] | None:
    row = db.db.execute(
        "SELECT * FROM decisions WHERE message_id = ? ORDER BY id DESC LIMIT 1", (message_id,)
    ).fetchone()
    return dict(row) if row else None


def predicted_topic(db: Store, row: dict[str, Any]) -> str:
    """The model's topic, even after a counsellor changed the row's topic."""
    found = db.db.execute(
        "SELECT predicted_topic FROM decisions WHERE message_id = ? AND action = 'change_topic'"
        " ORDER BY id LIMIT 1",
        (row["message_id"],),
    ).fetchone()
    return found[0] if found else row["topic"]


def claim(db: Store, message_id: str, version: int) -> bool:
    """Take the item for one action: bumps the version so a second, concurrent action fails."""
    marks = ",".join("?" * len(AWAITING))
    cursor = db.db.execute(
        "UPDATE messages SET version = version + 1, updated_at = ?"
        f" WHERE message_id = ? AND version = ? AND status IN ({marks})",
        (store.now(), message_id, version, *AWAITING),
    )
    return cursor.rowcount == 1


def finish(db: Store, message_id: str, version: int, status: str, reason: str = "") -> bool:
    """Set the final status if the row is still at ``version`` (the claimed one)."""
    cursor = db.db.execute(
        "UPDATE messages SET status = ?, reason = ?, updated_at = ?, version = version + 1"
        " WHERE message_id = ? AND version = ?",
        (status, reason, store.now(), message_id, version),
    )
    return cursor.rowcount == 1


def set_draft(
    db: Store, message_id: str, version: int, topic: str, text: str, draft_message_id: str = ""
) -> bool:
    """A new topic and its freshly rendered draft; the status stays."""
    cursor = db.db.execute(
        "UPDATE messages SET topic = ?, draft_text = ?,"
        " draft_message_id = CASE WHEN ? != '' THEN ? ELSE draft_message_id END,"
        " updated_at = ?, version = version + 1 WHERE message_id = ? AND version = ?",
        (topic, text, draft_message_id, draft_message_id, store.now(), message_id, version),
    )
    return cursor.rowcount == 1


def edit_ratio(generated: str, final: str) -> float:
    """0.0 = sent as generated, 1.0 = nothing of the draft left."""
    if generated == final:
        return 0.0
    matcher = difflib.SequenceMatcher(None, generated, final, autojunk=False)
    return round(1.0 - matcher.ratio(), 4)


def topic_counts(db: Store) -> list[tuple[str, int]]:
    rows = db.db.execute(
        "SELECT topic, COUNT(*) FROM messages WHERE status NOT IN (?, ?, ?) AND topic != ''"
        " GROUP BY topic ORDER BY COUNT(*) DESC",
        (Status.SKIPPED, Status.SET_ASIDE, Status.PENDING),
    )
    return [(r[0], r[1]) for r in rows]


def template_quality(db: Store) -> list[dict[str, Any]]:
    """Per template: replies sent, the share sent unedited (< 5 %) or lightly edited (< 25 %)."""
    rows = db.db.execute(
        "SELECT final_topic, COUNT(*) AS sent,"
        " SUM(CASE WHEN edit_ratio < 0.05 THEN 1 ELSE 0 END) AS unedited,"
        " SUM(CASE WHEN edit_ratio < 0.25 THEN 1 ELSE 0 END) AS light"
        " FROM decisions WHERE action IN ('approve', 'sent_from_client') AND edit_ratio IS NOT NULL"
        " GROUP BY final_topic ORDER BY sent DESC"
    )
    return [
        {
            "topic": r["final_topic"] or "?",
            "sent": r["sent"],
            "unedited": r["unedited"] / r["sent"],
            "light": r["light"] / r["sent"],
        }
        for r in rows
    ]
