"""Sent replies read back for the review page: the questions that got one ("answered before")
and the drafts they started from (statistics per block).

A sent reply is the last decision of action approve (sent from the page) or sent-from-client
(found in Sent) on a question whose status is "sent"; its text is the decision's
``final_text``. Purged and forgotten rows have no texts left and are never returned. Both
reads are bounded to the newest ``limit`` replies, so the page stays fast on a large store.
"""

from __future__ import annotations

import json
from typing import Any

from triage.state.decisions import Action
from triage.state.statuses import Status
from triage.state.store import Store

# How many of the newest sent replies are searched or counted.
RECENT = 2000
_SENT = (Action.APPROVE, Action.SENT_FROM_CLIENT)
_LAST_SENT = (
    " FROM decisions d JOIN messages m ON m.message_id = d.message_id"
    " WHERE d.action IN (?, ?) AND m.status = ? AND NOT EXISTS (SELECT 1 FROM decisions l"
    " WHERE l.message_id = d.message_id AND l.action IN (?, ?) AND l.id > d.id)"
)


def sent_questions(db: Store, skip: str = "", limit: int = RECENT) -> list[dict[str, Any]]:
    """(``message_id``, ``question_text``, ``decision_id``) of the newest ``limit`` questions
    that got a sent reply, newest first, without ``skip`` (the item on the page)."""
    rows = db.execute(
        "SELECT m.message_id, m.question_text, d.id AS decision_id"
        + _LAST_SENT
        + " AND m.question_text != '' AND d.final_text != '' AND m.message_id != ?"
        " ORDER BY d.id DESC LIMIT ?",
        (*_SENT, Status.SENT, *_SENT, skip, limit),
    )
    return [dict(row) for row in rows]


def sent_replies(db: Store, decision_ids: list[int]) -> dict[int, dict[str, Any]]:
    """The question and the reply of each decision id (from ``sent_questions``)."""
    if not decision_ids:
        return {}
    marks = ", ".join("?" * len(decision_ids))
    rows = db.execute(
        "SELECT d.id AS decision_id, d.final_text AS reply_text, d.at AS replied_at,"
        " m.message_id, m.subject, m.question_text, m.topic, m.lang"
        f" FROM decisions d JOIN messages m ON m.message_id = d.message_id WHERE d.id IN ({marks})",
        tuple(decision_ids),
    )
    return {row["decision_id"]: dict(row) for row in rows}


def sent_drafts(db: Store, limit: int = RECENT) -> list[tuple[list[dict[str, str]], str]]:
    """(the draft's blocks, the sent text) of the newest ``limit`` sent replies that started
    from a generated draft the counsellor saw (their edit was measured)."""
    rows = db.execute(
        "SELECT m.draft_blocks, d.final_text" + _LAST_SENT + " AND d.final_text != ''"
        " AND d.edit_ratio IS NOT NULL AND m.draft_blocks != '{}' ORDER BY d.id DESC LIMIT ?",
        (*_SENT, Status.SENT, *_SENT, limit),
    )
    found = []
    for row in rows:
        blocks = json.loads(row["draft_blocks"] or "{}").get("blocks") or []
        if blocks:
            found.append((blocks, row["final_text"]))
    return found
