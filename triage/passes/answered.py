"""Questions answered before triage read them: no draft, recorded as answered elsewhere.

On every pass (not only the first), a new question is left without a draft when the mailbox
already flags it \\Answered (a counsellor replied from a mail client, or triage was not
running), or when a reply to it is in the Sent folder (its In-Reply-To, kept in the store by
``sentsync``: one lookup per batch, no search of Sent per question).

What is kept of such a question is what skipped mail keeps, and less: triage will never act on
it, and the mail itself stays in the mailbox, so its texts, subject, names and address are not
stored; the Message-ID (to recognise it again), its date, language and status stay, for the
counts and the weekly figures.
"""

from __future__ import annotations

from collections.abc import Iterable

from triage.mailbox.imap import ANSWERED_FLAG
from triage.state.contact import answered_in_sent
from triage.state.statuses import Status
from triage.state.store import Outcome, Store

FLAGGED = "flagged \\Answered in the mailbox"
IN_SENT = "a reply to it is in the Sent folder"


def answered_elsewhere(
    db: Store,
    outcomes: list[tuple[int, Outcome]],
    flags: dict[int, tuple[bytes, ...]],
    also_in_sent: set[str] = frozenset(),  # type: ignore[assignment]
) -> None:
    """Mark the new questions (``pending``) among ``outcomes`` (by UID) that look answered.

    ``flags`` are the messages' IMAP flags by UID; ``also_in_sent`` adds replies found in Sent
    but not recorded (a dry run's).
    """
    ids = [o.message_id for _, o in outcomes if o.status == Status.PENDING]
    in_sent = answered_in_sent(db, ids) | set(also_in_sent)
    for uid, outcome in outcomes:
        if outcome.status == Status.PENDING:
            reason = answered_reason(flags.get(uid, ()), outcome.message_id, in_sent)
            if reason:
                mark_answered(outcome, reason)


def answered_reason(flags: Iterable[bytes], message_id: str, in_sent: set[str]) -> str:
    """Why the question needs no draft, or "" when it does not look answered."""
    if ANSWERED_FLAG in tuple(flags):
        return FLAGGED
    if message_id in in_sent:
        return IN_SENT
    return ""


def mark_answered(outcome: Outcome, reason: str) -> None:
    """Record the question as answered elsewhere, keeping nothing personal of it."""
    outcome.status, outcome.reason = Status.ANSWERED_ELSEWHERE, reason
    outcome.subject = outcome.sender_name = outcome.first_name = outcome.reply_to = ""
    outcome.question_text = outcome.original_text = outcome.references_ids = ""
    outcome.attachments = []
