"""The first pass over a folder the state store has never seen: read the recent mail only.

Pointed at a mailbox with years of history, a pass must not draft a reply to every question
answered long ago. So the first contact with a folder (or the first pass after its UIDVALIDITY
changed, when its UIDs mean nothing any more) notes every message there as seen and reads only
those that arrived in the last ``[imap] first_pass_days`` days, by the server's own arrival date
(INTERNALDATE, which a sender cannot fake as they can the Date header), oldest first. The
store keeps how many older messages were left alone (``triage status``).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta

from triage.mailbox import imap
from triage.state.contact import record_first_contact
from triage.state.store import Store


@dataclass(frozen=True)
class FirstContact:
    """What the first pass over a folder reads, and what it leaves alone."""

    uids: list[int]  # to read, the oldest arrival first
    left_alone: int
    since: datetime
    days: int
    last_uid: int  # the highest UID in the folder when it was looked at
    folder: str = ""

    def describe(self) -> str:
        """One line for the person who runs the pass."""
        if self.days == 0:
            window = "first_pass_days = 0"
        else:
            window = f"older than {self.days} day(s), before {self.since:%Y-%m-%d %H:%M} UTC"
        return (
            f"first contact with {self.folder}: {self.left_alone} message(s) {window} left alone"
            f" (noted as seen, never drafted); {len(self.uids)} recent one(s) read"
        )


def pick_recent(arrivals: dict[int, datetime | None], days: int, now: datetime) -> FirstContact:
    """The UIDs that arrived in the last ``days`` days, oldest first (UID breaks ties).

    ``days`` = 0 reads none; a message without an arrival date counts as old.
    """
    since = now.astimezone(UTC) - timedelta(days=days)
    recent = [
        (when, uid)
        for uid, when in arrivals.items()
        if days > 0 and when is not None and when >= since
    ]
    uids = [uid for _, uid in sorted(recent)]
    return FirstContact(
        uids=uids,
        left_alone=len(arrivals) - len(uids),
        since=since,
        days=days,
        last_uid=max(arrivals, default=0),
    )


def first_contact(box: imap.Mailbox, folder: str, days: int) -> FirstContact:
    """Look at the selected ``folder``'s arrival dates (one FETCH) and pick the recent mail."""
    picked = pick_recent(box.arrival_dates(), days, datetime.now(UTC))
    return replace(picked, folder=folder)


def remember_first_contact(
    db: Store, key: str, uidvalidity: int, uidnext: int, contact: FirstContact
) -> None:
    """At the end of the whole first pass: the folder's last UID and the first contact's counts.

    Only then: a first contact cut short is done again (what it handled already is recognised
    by its Message-ID), never resumed above a UID that was read out of order.
    """
    with db.transaction():
        db.set_folder_state(key, uidvalidity, max(uidnext - 1, contact.last_uid))
        since = contact.since.isoformat(timespec="seconds")
        record_first_contact(db, key, contact.days, since, len(contact.uids), contact.left_alone)
