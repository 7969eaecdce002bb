"""Notice replies that a counsellor sent from the mail client instead of the review page.

A message in the Sent folder whose In-Reply-To is a question still waiting in the store means
the counsellor answered it from Outlook or Thunderbird: it is recorded as sent (decision
"sent_from_client", with the text actually sent and how much the draft was edited), and the
now-stale draft is removed from Drafts. Cheap on every pass: only Sent messages above the UID
seen last time are searched, and only those carrying an In-Reply-To header. Every In-Reply-To
found is kept in the store, for the check of new questions answered before triage read them
(``passes.answered``).
"""

from __future__ import annotations

import email
import email.policy
import logging
from dataclasses import dataclass
from email.message import EmailMessage

from imapclient.exceptions import IMAPClientError
from inscriptis import get_text

from triage.config import Settings
from triage.errors import MailboxError
from triage.mailbox import imap
from triage.state.contact import add_sent_replies
from triage.state.decisions import Action, add_decision, edit_ratio, predicted_topic
from triage.state.statuses import AWAITING, Status
from triage.state.store import Store

log = logging.getLogger("triage.sentsync")
COUNSELLOR = "mail client"
ACTION = Action.SENT_FROM_CLIENT


@dataclass
class SentScan:
    """The Sent messages above the UID seen last time, and the questions they reply to."""

    key: str
    uidvalidity: int
    last_uid: int  # the UID to remember as seen
    replies: dict[str, int]  # In-Reply-To -> UID of the (first) reply


def read_new_replies(box: imap.Mailbox, db: Store, settings: Settings) -> SentScan | None:
    """Read Sent above the UID seen last time (None: nothing new); changes nothing."""
    sent = box.special_folder(imap.SENT_FLAG, settings.imap.sent, "Sent")
    key = "sent-sync:" + settings.imap.folder_key(sent)
    uidvalidity, uidnext = box.select(sent)
    known = db.folder_state(key)
    last = known[1] if known and known[0] == uidvalidity else 0
    if uidnext and uidnext - 1 <= last:
        return None
    try:
        uids = box.client.search(["UID", f"{last + 1}:*", "HEADER", "In-Reply-To", "@"])
        uids = sorted(u for u in uids if u > last)
        headers = (
            box.client.fetch(uids, [b"BODY.PEEK[HEADER.FIELDS (IN-REPLY-TO)]"]) if uids else {}
        )
    except IMAPClientError as exc:
        raise MailboxError(f"folder {sent!r} cannot be searched: {exc}") from None
    replies: dict[str, int] = {}
    for uid in uids:
        raw = headers.get(uid, {}).get(b"BODY[HEADER.FIELDS (IN-REPLY-TO)]") or b""
        parent = _header(raw, "In-Reply-To")
        if parent:
            replies.setdefault(parent, uid)
    return SentScan(key, uidvalidity, max([last, uidnext - 1, *uids]), replies)


def sync_sent(box: imap.Mailbox, db: Store, settings: Settings) -> int:
    """Record replies sent from a mail client; returns how many were found.

    Every In-Reply-To seen is kept in the store too (``contact.add_sent_replies``), so that a
    question arriving after its reply is known to be answered.
    """
    scan = read_new_replies(box, db, settings)
    if scan is None:
        return 0
    statuses = db.statuses(scan.replies)
    waiting = {mid: uid for mid, uid in scan.replies.items() if statuses.get(mid) in AWAITING}
    found = 0
    drafts_to_remove: list[str] = []
    if waiting:
        bodies = box.client.fetch(list(waiting.values()), [b"BODY.PEEK[]"])
        for message_id, uid in waiting.items():
            raw = bodies.get(uid, {}).get(b"BODY[]") or b""
            row = db.message(message_id)
            if row is None or row["status"] not in AWAITING:
                continue
            _record(db, row, sent_text(raw))
            found += 1
            if row["draft_message_id"]:
                drafts_to_remove.append(row["draft_message_id"])
    with db.transaction():
        add_sent_replies(db, scan.replies)
        db.set_folder_state(scan.key, scan.uidvalidity, scan.last_uid)
    if drafts_to_remove:
        drafts = box.special_folder(imap.DRAFTS_FLAG, settings.imap.drafts, "Drafts")
        for draft_id in drafts_to_remove:
            box.delete(drafts, box.message_ids(drafts, draft_id))
    if found:
        log.info("%d reply(ies) sent from a mail client recorded", found)
    return found


def _record(db: Store, row: dict, text: str) -> None:
    generated = row["draft_text"].strip()
    # A shadow draft (no draft_message_id) was never in the mailbox: the counsellor wrote
    # their reply without it, so there is no edit to measure.
    in_mailbox = bool(row["draft_message_id"])
    ratio = edit_ratio(generated, text.strip()) if generated and in_mailbox else None
    with db.transaction():
        db.set_status(row["message_id"], Status.SENT, "sent from the mail client")
        add_decision(
            db, row["message_id"], COUNSELLOR, ACTION, predicted_topic(db, row), row["topic"],
            ratio, text,
        )  # fmt: skip


def sent_text(raw: bytes) -> str:
    """The reply's own text: the text body without the quoted original below it."""
    message = email.message_from_bytes(raw, policy=email.policy.default)
    assert isinstance(message, EmailMessage)
    part = message.get_body(("plain",))
    if part is not None:
        text = part.get_content()
    else:
        html = message.get_body(("html",))
        if html is None:
            return ""
        text = get_text(html.get_content())
    return without_quote(text)


def without_quote(text: str) -> str:
    lines = text.replace("\r\n", "\n").split("\n")
    end = len(lines)
    quoted = False
    while end and (not lines[end - 1].strip() or lines[end - 1].startswith(">")):
        quoted = quoted or lines[end - 1].startswith(">")
        end -= 1
    if quoted and end and lines[end - 1].rstrip().endswith(":"):
        end -= 1  # the "… wrote:" line above the quote
    return "\n".join(lines[:end]).rstrip() + "\n"


def _header(raw: bytes, name: str) -> str:
    parsed = email.message_from_bytes(raw, policy=email.policy.default)
    value = parsed.get(name)
    return str(value).strip().split()[0] if value and str(value).strip() else ""
