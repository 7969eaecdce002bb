"""Counsellors' decisions: what was done with each question, and what they teach.

A decision records who acted, the action, the model's topic and the final one, and for a sent
reply how much of the generated draft the counsellor changed; for a change of situations, the
situations chosen. Training reads the final topics
(``counsellor_labels``), the statistics page the edit ratios (``template_quality``).
"""

from __future__ import annotations

import difflib
import json
from enum import StrEnum
from typing import Any

from triage.state.statuses import Status
from triage.state.store import Store, now


class Action(StrEnum):
    """What a counsellor did with a question (stored as its value)."""

    APPROVE = "approve"  # sent from the review page
    KEEP = "keep"  # left as a draft, to send from a mail client
    REJECT = "reject"
    CHANGE_TOPIC = "change_topic"
    CHANGE_SITUATIONS = "change_situations"  # the draft drawn again for other situations
    SENT_FROM_CLIENT = "sent_from_client"  # noticed in the Sent folder


def add_decision(
    db: Store,
    message_id: str,
    counsellor: str,
    action: str,
    predicted_topic: str,
    final_topic: str,
    edit_ratio: float | None = None,
    final_text: str = "",
    at: str = "",
    situations: list[str] | None = None,
) -> None:
    """Record one decision (inside the caller's transaction); ``at`` defaults to now.

    ``situations``: the situation ids a counsellor chose (a change of situations), stored as
    a JSON list; None for other decisions ('').
    """
    chosen = "" if situations is None else json.dumps(list(situations))
    db.execute(
        "INSERT INTO decisions (message_id, counsellor, at, action, predicted_topic,"
        " final_topic, edit_ratio, final_text, situations) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (message_id, counsellor, at or now(), action, predicted_topic, final_topic, edit_ratio,
         final_text, chosen),
    )  # fmt: skip


def last_decision(db: Store, message_id: str) -> dict[str, Any] | None:
    row = db.execute(
        "SELECT * FROM decisions WHERE message_id = ? ORDER BY id DESC LIMIT 1", (message_id,)
    ).fetchone()
    return dict(row) if row else None


def predicted_topic(db: Store, row: dict[str, Any]) -> str:
    """The model's topic, even after a counsellor changed the row's topic."""
    found = db.execute(
        "SELECT predicted_topic FROM decisions WHERE message_id = ? AND action = ?"
        " ORDER BY id LIMIT 1",
        (row["message_id"], Action.CHANGE_TOPIC),
    ).fetchone()
    return found[0] if found else row["topic"]


def counsellor_labels(db: Store) -> list[tuple[str, str, str, str]]:
    """(message_id, subject, question text, final topic) of every decided question, oldest
    decision first.

    The latest decision wins; rejections teach nothing about the topic and are left out.
    """
    rows = db.execute(
        "SELECT m.message_id, m.subject, m.question_text, d.final_topic FROM decisions d"
        " JOIN messages m ON m.message_id = d.message_id"
        " WHERE d.id = (SELECT MAX(id) FROM decisions WHERE message_id = d.message_id)"
        " AND d.final_topic != '' AND d.action != ? AND m.question_text != ''"
        " ORDER BY d.id",  # oldest first: training holds out the newest as the real stream
        (Action.REJECT,),
    )
    return [(r[0], r[1], r[2], r[3]) for r in rows]


def edit_ratio(generated: str, final: str) -> float:
    """0.0 = sent as generated, 1.0 = nothing of the draft left."""
    if generated == final:
        return 0.0
    matcher = difflib.SequenceMatcher(None, generated, final, autojunk=False)
    return round(1.0 - matcher.ratio(), 4)


def topic_counts(db: Store) -> list[tuple[str, int]]:
    """Questions per topic, most first (what was skipped, set aside or is pending left out)."""
    rows = db.execute(
        "SELECT topic, COUNT(*) FROM messages WHERE status NOT IN (?, ?, ?) AND topic != ''"
        " GROUP BY topic ORDER BY COUNT(*) DESC",
        (Status.SKIPPED, Status.SET_ASIDE, Status.PENDING),
    )
    return [(r[0], r[1]) for r in rows]


def template_quality(db: Store) -> list[dict[str, Any]]:
    """Per template: replies sent, the share sent unedited (< 5 %) or lightly edited (< 25 %)."""
    rows = db.execute(
        "SELECT final_topic, COUNT(*) AS sent,"
        " SUM(CASE WHEN edit_ratio < 0.05 THEN 1 ELSE 0 END) AS unedited,"
        " SUM(CASE WHEN edit_ratio < 0.25 THEN 1 ELSE 0 END) AS light"
        " FROM decisions WHERE action IN (?, ?) AND edit_ratio IS NOT NULL"
        " GROUP BY final_topic ORDER BY sent DESC",
        (Action.APPROVE, Action.SENT_FROM_CLIENT),
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
