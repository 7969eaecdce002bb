"""The one mapping between a ``Question`` and its stored message row, both ways.

The names differ on purpose: a row keeps the member's whole text body as ``original_text`` and
their own words as ``question_text``, the reply address as ``reply_to`` (and the From address
as ``from_address``, which the review page shows when it differs), and the date as ISO
8601 in ``received_at`` (so rows sort by it), where a Question has ``body``, ``text``,
``reply_address`` and the mail's own Date header.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import UTC, datetime
from email.utils import format_datetime, parsedate_to_datetime
from typing import Any

from triage.inbound.attention import Attention
from triage.inbound.question import Question
from triage.state.statuses import Status
from triage.state.store import Outcome

COMPLAINT_REASON = "complaint about an earlier answer"
CONCERN_REASON = "may show distress"
REPEAT_REASON = "asked again about"


def outcome_for(question: Question, place: Mapping[str, Any]) -> Outcome:
    """A new question's row, pending until the pass decides; ``place`` is folder/uidvalidity/uid."""
    return Outcome(
        message_id=question.message_id,
        status=Status.PENDING,
        subject=question.subject,
        sender_name=question.sender_name,
        first_name=question.first_name,
        reply_to=question.reply_address.lower(),
        from_address=question.sender_address.lower(),
        lang=question.lang,
        question_text=question.text,
        original_text=question.body,
        attachments=list(question.attachments),
        references_ids=" ".join(question.references),
        received_at=iso_date(question.date),
        **place,
    )


def hold_for_a_person(outcome: Outcome, found: Attention) -> Outcome:
    """What the attention checks found, on a new question's row (before its topic counts).

    The due date is kept for every question. Signs of distress: ``needs_care``, with the
    member's words that triggered the check as the reason (shown to counsellors, never
    logged). A complaint about an earlier answer: a counsellor, never the same template again.
    Sentences the distress model is less sure of: a counsellor, with them as the reason.
    """
    outcome.due = found.due.isoformat() if found.due else ""
    outcome.complaint = found.complaint
    if found.needs_care:
        outcome.status, outcome.reason = Status.NEEDS_CARE, care_reason(found.care)
    elif found.complaint:
        outcome.status, outcome.reason = Status.NEEDS_COUNSELLOR, COMPLAINT_REASON
    elif found.concern:
        reason = f"{CONCERN_REASON}: {care_reason(found.concern)}"
        outcome.status, outcome.reason = Status.NEEDS_COUNSELLOR, reason
    return outcome


def is_concern(status: str, reason: str) -> bool:
    """Whether the distress model's concern band (not a care finding) kept the mail from a
    template."""
    return status != Status.NEEDS_CARE and reason.startswith(CONCERN_REASON)


def is_repeat(status: str, reason: str) -> bool:
    """Whether the question waits only because this member got the topic's template lately."""
    return status == Status.NEEDS_COUNSELLOR and reason.startswith(REPEAT_REASON)


def loggable_reason(status: str, reason: str) -> str:
    """A row's reason as a log or the terminal may show it: never the member's words (the
    reason of mail that needs care is those words; a concern's reason quotes them)."""
    if status == Status.NEEDS_CARE:
        return ""
    if is_concern(status, reason):
        return CONCERN_REASON
    return reason


def care_reason(phrases: tuple[str, ...]) -> str:
    """The member's words, each quoted: «får ikke sove» · «ser ikke noe poeng»."""
    return " · ".join(f"«{phrase}»" for phrase in phrases)


def question_from_row(row: Mapping[str, Any]) -> Question:
    """The Question ``Composer.reply`` needs, rebuilt from the stored row."""
    return Question(
        message_id=row["message_id"],
        subject=row["subject"],
        sender_name=row["sender_name"],
        # Rows stored before the From address was kept: as before, the reply address.
        sender_address=row.get("from_address") or row["reply_to"],
        reply_address=row["reply_to"],
        body=row["original_text"],
        text=row["question_text"],
        lang=row["lang"],
        date=mail_date(row["received_at"]),
        references=tuple(row["references_ids"].split()),
        first_name=row["first_name"],
    )


def iso_date(value: str) -> str:
    """A mail Date header as ISO 8601 in UTC, or "" when it cannot be read."""
    try:
        return parsedate_to_datetime(value).astimezone(UTC).isoformat(timespec="seconds")
    except (TypeError, ValueError, IndexError):
        return ""


def mail_date(iso: str) -> str:
    """An ISO 8601 stamp as a mail Date header, or "" when it cannot be read."""
    try:
        return format_datetime(datetime.fromisoformat(iso))
    except (TypeError, ValueError):
        return ""
