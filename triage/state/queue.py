"""The review queue: what awaits a counsellor, and taking one item for one action.

Every write that acts on a message is conditional on the ``version`` the counsellor's page was
rendered with: zero rows changed means somebody else acted in between, and nothing happens.
"""

from __future__ import annotations

import json
from datetime import date, timedelta
from typing import Any

from triage.state.statuses import AWAITING, Status
from triage.state.store import Store

_AWAITING_MARKS = ", ".join("?" * len(AWAITING))
# What needs a person first: mail that needs care, then the soonest due date, then the oldest.
_ORDER = (
    " ORDER BY CASE WHEN status = ? THEN 0 ELSE 1 END, CASE WHEN due = '' THEN 1 ELSE 0 END,"
    " due, received_at, created_at"
)
# Only what the queue shows: the texts stay out, so a long queue stays one light query.
_LIGHT_COLUMNS = (
    "message_id, status, subject, sender_name, reply_to, from_address, lang, topic, confidence,"
    " attachments, received_at, created_at, reason, version, due, complaint"
)


def priority(row: dict[str, Any]) -> str:
    """Why an item stands where it does: "care", "due" (it has a due date) or "normal"."""
    if row["status"] == Status.NEEDS_CARE:
        return "care"
    return "due" if row.get("due") else "normal"


def waiting(db: Store, columns: str = "*") -> list[dict[str, Any]]:
    """What awaits a counsellor, in the one order the review page and `triage queue` show:
    care first, then due soonest, then oldest; each row with its ``priority``."""
    rows = db.execute(
        f"SELECT {columns} FROM messages WHERE status IN ({_AWAITING_MARKS}){_ORDER}",
        (*AWAITING, Status.NEEDS_CARE),
    )
    found = []
    for row in rows:
        item = dict(row)
        for key, empty in (("topics", "[]"), ("attachments", "[]"), ("draft_blocks", "{}")):
            if key in item:
                item[key] = json.loads(item[key] or empty)
        item["complaint"] = bool(item.get("complaint"))
        item["priority"] = priority(item)
        found.append(item)
    return found


def queue(db: Store) -> list[dict[str, Any]]:
    """The waiting items in queue order, without their texts."""
    return waiting(db, _LIGHT_COLUMNS)


def neighbours(db: Store, message_id: str) -> tuple[str | None, str | None]:
    """The previous and next item in the queue around ``message_id`` (for j/k and after acting)."""
    ids = [r["message_id"] for r in waiting(db, "message_id, status, due")]
    if message_id not in ids:
        return None, ids[0] if ids else None
    at = ids.index(message_id)
    return (ids[at - 1] if at > 0 else None), (ids[at + 1] if at + 1 < len(ids) else None)


def due_counts(db: Store, today: date, days: int = 2) -> tuple[int, int]:
    """Waiting items due from ``today`` to ``days`` days on (48 hours: 2), and those whose due
    date has passed while they waited."""
    last = (today + timedelta(days=days)).isoformat()
    row = db.execute(
        "SELECT SUM(CASE WHEN due >= ? AND due <= ? THEN 1 ELSE 0 END) AS soon,"
        " SUM(CASE WHEN due < ? THEN 1 ELSE 0 END) AS overdue"
        f" FROM messages WHERE status IN ({_AWAITING_MARKS}) AND due != ''",
        (today.isoformat(), last, today.isoformat(), *AWAITING),
    ).fetchone()
    return int(row["soon"] or 0), int(row["overdue"] or 0)


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
