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
    # Already answered when triage first read it: flagged \Answered in the mailbox, or a reply
    # to it is in the Sent folder. No draft; stored without its text, like skipped mail.
    ANSWERED_ELSEWHERE = "answered_elsewhere"
    # Taken by one counsellor's action on the review page, until it is done: no other action
    # accepts an item in these. "sending" lasts from the claim until SMTP has answered and the
    # item is marked sent; after a crash it stays until a counsellor resolves it (see
    # triage/state/claims.py). "keeping" is the same for putting the edited draft in Drafts.
    SENDING = "sending"
    KEEPING = "keeping"


# Waiting for a counsellor: the queue.
AWAITING = (Status.DRAFTED, Status.NEEDS_COUNSELLOR, Status.NEEDS_CARE)
# Claimed by one action on the review page (a care item as much as any other).
CLAIMED = (Status.SENDING, Status.KEEPING)
# Still in someone's hands: purge leaves these alone, forget takes them out of the queue.
IN_PROGRESS = (*AWAITING, Status.PENDING, *CLAIMED)
