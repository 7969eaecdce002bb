"""What happened to a question: the one list of statuses a stored message can have.

How a question moves between them is drawn in docs/architecture.md ("The life of a question").
"""

from __future__ import annotations

from enum import StrEnum


class Status(StrEnum):
    """A message's status in the state store (stored as its value)."""

    # Written just before the draft is appended, so a pass killed in between knows to look for
    # the draft in the mailbox instead of appending a second one.
    PENDING = "pending"
    DRAFTED = "drafted"
    NEEDS_COUNSELLOR = "needs_counsellor"
    # Signs of distress: never a template draft; a counsellor answers personally, first.
    NEEDS_CARE = "needs_care"
    SKIPPED = "skipped"
    SET_ASIDE = "set_aside"
    SENT = "sent"
    KEPT = "kept"
    REJECTED = "rejected"
    FORGOTTEN = "forgotten"


# Waiting for a counsellor: the queue.
AWAITING = (Status.DRAFTED, Status.NEEDS_COUNSELLOR, Status.NEEDS_CARE)
# Still in someone's hands: purge leaves these alone, forget takes them out of the queue.
IN_PROGRESS = (*AWAITING, Status.PENDING)
