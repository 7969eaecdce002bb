"""A member's history: their other questions and the replies they got, newest first.

The review page shows it beside an item, so that a counsellor never sends the same text again
without knowing it (and, for a complaint, has the earlier exchange at hand). Questions are
matched by reply address; the reply is the text a counsellor sent (or kept as a draft), from
the decisions table. Automatic mail, mail set aside and forgotten rows are left out.
"""

from __future__ import annotations

from typing import Any

from triage.state.decisions import Action
from triage.state.statuses import Status
from triage.state.store import Store

MAX_ITEMS = 10
_REPLIES = (Action.APPROVE, Action.SENT_FROM_CLIENT, Action.KEEP)
_LEFT_OUT = (Status.SKIPPED, Status.SET_ASIDE, Status.FORGOTTEN)
_LAST_REPLY = (
    "(SELECT {column} FROM decisions d WHERE d.message_id = m.message_id"
    " AND d.action IN (?, ?, ?) ORDER BY d.id DESC LIMIT 1)"
)
_HISTORY_SQL = (
    "SELECT m.message_id, m.subject, m.question_text, m.received_at, m.created_at, m.status,"
    f" m.topic, {_LAST_REPLY.format(column='d.final_text')} AS reply_text,"
    f" {_LAST_REPLY.format(column='d.action')} AS reply_action,"
    f" {_LAST_REPLY.format(column='d.at')} AS replied_at"
    " FROM messages m WHERE m.reply_to = ? AND m.reply_to != '' AND m.message_id != ?"
    " AND m.status NOT IN (?, ?, ?)"
    " ORDER BY m.received_at DESC, m.created_at DESC LIMIT ?"
)


def member_history(
    db: Store, reply_to: str, message_id: str, limit: int = MAX_ITEMS
) -> list[dict[str, Any]]:
    """The other questions from ``reply_to`` than ``message_id``, newest first, each with
    ``reply_text`` (the reply sent or kept; None when there is none), ``reply_action`` and
    ``replied_at``."""
    if not reply_to:
        return []
    params = (*_REPLIES, *_REPLIES, *_REPLIES, reply_to.lower(), message_id, *_LEFT_OUT, limit)
    return [dict(row) for row in db.execute(_HISTORY_SQL, params)]
