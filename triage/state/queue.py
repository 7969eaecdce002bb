"""The review queue: what awaits a counsellor, and taking one item for one action.

Every write that acts on a message is conditional on the ``version`` the counsellor's page was
rendered with: zero rows changed means somebody else acted in between, and nothing happens.
"""

from __future__ import annotations

import json
from typing import Any

from triage.state.statuses import AWAITING
from triage.state.store import Store

# Only what the queue shows: the texts stay out, so a long queue stays one light query.
_QUEUE_SQL = (
    "SELECT message_id, status, subject, sender_name, reply_to, from_address, lang, topic,"
    " confidence, attachments, received_at, created_at, reason, version FROM messages"
    " WHERE status IN (?, ?) ORDER BY received_at, created_at"
)
_ORDER_SQL = (
    "SELECT message_id FROM messages WHERE status IN (?, ?) ORDER BY received_at, created_at"
)


def queue(db: Store) -> list[dict[str, Any]]:
    """The waiting items, oldest first, without their texts."""
    rows = [dict(r) for r in db.execute(_QUEUE_SQL, AWAITING)]
    for row in rows:
        row["attachments"] = json.loads(row["attachments"] or "[]")
    return rows


def neighbours(db: Store, message_id: str) -> tuple[str | None, str | None]:
    """The previous and next item in the queue around ``message_id`` (for j/k and after acting)."""
    ids = [r[0] for r in db.execute(_ORDER_SQL, AWAITING)]
    if message_id not in ids:
        return None, ids[0] if ids else None
    at = ids.index(message_id)
    return (ids[at - 1] if at > 0 else None), (ids[at + 1] if at + 1 < len(ids) else None)


def decide(db: Store, message_id: str, version: int, status: str, reason: str = "") -> bool:
    """Set a final status in one step (reject) if the item still waits at ``version``.

    Actions that take several steps claim the item first (triage/state/claims.py).
    """
    return db.update_message(
        message_id, {"status": status, "reason": reason}, version=version, statuses=AWAITING
    )


def set_draft(
    db: Store,
    message_id: str,
    version: int,
    topic: str,
    text: str,
    draft_message_id: str = "",
    blocks: dict[str, Any] | None = None,
) -> bool:
    """A new topic and its freshly rendered draft (and the blocks it was made of); the status
    stays (a waiting item only).

    ``draft_message_id`` replaces the stored one only when given.
    """
    changes: dict[str, Any] = {"topic": topic, "draft_text": text}
    if blocks is not None:
        changes["draft_blocks"] = json.dumps(blocks, ensure_ascii=False)
    if draft_message_id:
        changes["draft_message_id"] = draft_message_id
    return db.update_message(message_id, changes, version=version, statuses=AWAITING)
