"""What the review page's actions do to the store and the mailbox, without any HTTP.

Approve = send. The order protects the member and the counsellor: the original is looked up
first (gone = nothing is sent), the item is claimed by its version (a second counsellor cannot
send it twice), SMTP must accept the reply before anything is marked sent, and only then is the
copy put in Sent, the original flagged \\Answered and the stale draft removed. A failure after
SMTP accepted is reported as a warning: the reply is out and recorded.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.message import EmailMessage
from email.utils import format_datetime
from typing import Any

from imapclient.exceptions import IMAPClientError

from triage.compose import Composer, has_placeholders
from triage.config import Settings
from triage.errors import MailboxError, TriageError, first_line
from triage.inbound.question import Question
from triage.mailbox import imap, smtp
from triage.state import queue as repo
from triage.state.statuses import AWAITING, Status
from triage.state.store import Store


class Refused(Exception):
    """The action was not done; ``key`` names the i18n message that says why."""

    def __init__(self, key: str, **params: object) -> None:
        super().__init__(key)
        self.key = key
        self.params = params


@dataclass
class Done:
    key: str
    warnings: list[str] = field(default_factory=list)


def question_from_row(row: dict[str, Any]) -> Question:
    """The Question ``Composer.reply`` needs, rebuilt from the stored row."""
    return Question(
        message_id=row["message_id"],
        subject=row["subject"],
        sender_name=row["sender_name"],
        sender_address=row["reply_to"],
        reply_address=row["reply_to"],
        body=row["original_text"],
        text=row["question_text"],
        lang=row["lang"],
        date=_mail_date(row["received_at"]),
        references=tuple(row["references_ids"].split()),
        first_name=row["first_name"],
    )


def blank_text(composer: Composer, row: dict[str, Any]) -> str:
    return composer.text(row["lang"], ["other"], row["first_name"])


def generated_text(composer: Composer, row: dict[str, Any]) -> str:
    """The text the counsellor started from (for the edit ratio and the editor)."""
    return row["draft_text"] or blank_text(composer, row)


def current(db: Store, message_id: str, version: int) -> dict[str, Any]:
    """The row, if it still awaits a counsellor at the version the page showed."""
    row = db.message(message_id)
    if row is None:
        raise Refused("not_found")
    if row["status"] not in AWAITING or row["version"] != version:
        raise Refused("stale", **stale_params(db, row))
    return row


def stale_params(db: Store, row: dict[str, Any]) -> dict[str, object]:
    last = repo.last_decision(db, row["message_id"])
    return {"who": last["counsellor"] if last else "?", "status": row["status"]}


def approve(
    settings: Settings, db: Store, composer: Composer, message_id: str, version: int, text: str,
    who: str,
) -> Done:  # fmt: skip
    row = current(db, message_id, version)
    if not text.strip():
        raise Refused("empty")
    if has_placeholders(text):
        raise Refused("placeholders")
    if settings.smtp is None:
        raise Refused("no_smtp")
    reply = _checked_reply(composer, row, text, datetime.now(UTC))
    with imap.connect(settings.imap) as box:
        folder = row["folder"] or settings.imap.mailbox
        originals = _find(box, folder, message_id)
        if not originals:
            raise Refused("question_gone")
        with db.transaction():
            if not repo.claim(db, message_id, version):
                raise Refused("stale", **stale_params(db, row))
        smtp.send(settings.smtp, reply)  # on failure the item stays in the queue
        _finish(db, composer, row, version, Status.SENT, "approve", who, text)
        warnings = _file_sent_copy(settings, box, folder, originals, reply)
    return Done("sent", warnings)


def _file_sent_copy(
    settings: Settings, box: imap.Mailbox, folder: str, originals: list[int],
    reply: EmailMessage,
) -> list[str]:  # fmt: skip
    try:
        sent = box.special_folder(imap.SENT_FLAG, settings.imap.sent, "Sent")
        box.append(sent, bytes(reply), [b"\\Seen"])
        box.add_flags(folder, originals, [b"\\Answered"])
        drafts = box.special_folder(imap.DRAFTS_FLAG, settings.imap.drafts, "Drafts")
        box.delete(drafts, _find(box, drafts, str(reply["Message-ID"])))
    except (TriageError, IMAPClientError, OSError) as exc:
        return [f"after_send: {first_line(exc, 200)}"]
    return []


def keep(
    settings: Settings, db: Store, composer: Composer, message_id: str, version: int, text: str,
    who: str,
) -> Done:  # fmt: skip
    """Replace the draft in the Drafts folder with the edited text, for sending from a client."""
    row = current(db, message_id, version)
    if not text.strip():
        raise Refused("empty")
    when = datetime.now(UTC)
    reply = _checked_reply(composer, row, text, when)
    with imap.connect(settings.imap) as box:
        if not _find(box, row["folder"] or settings.imap.mailbox, message_id):
            raise Refused("question_gone")
        with db.transaction():
            if not repo.claim(db, message_id, version):
                raise Refused("stale", **stale_params(db, row))
        _replace_draft(settings, box, reply, when)
        _finish(db, composer, row, version, Status.KEPT, "keep", who, text)
    return Done("kept")


def _checked_reply(composer: Composer, row: dict[str, Any], text: str, when: datetime) -> Any:
    """The reply to send or keep, with its stored address checked again."""
    try:
        # The email package refuses some bad addresses (ValueError) before recipients_of.
        reply = composer.reply(question_from_row(row), text, topic=row["topic"], when=when)
        smtp.recipients_of(reply)
    except (TriageError, ValueError, IndexError):
        raise Refused("bad_address") from None
    return reply


def _replace_draft(
    settings: Settings, box: imap.Mailbox, reply: Any, when: datetime, only_replace: bool = False
) -> None:
    """Put ``reply`` in Drafts in place of the copies with its Message-ID.

    ``only_replace``: do nothing when there is no copy (a counsellor deleted it on purpose).
    """
    drafts = box.special_folder(imap.DRAFTS_FLAG, settings.imap.drafts, "Drafts")
    # Old copies first: the new draft has the same deterministic Message-ID.
    old = _find(box, drafts, str(reply["Message-ID"]))
    if only_replace and not old:
        return
    box.append_drafts(drafts, [(bytes(reply), when)])
    box.delete(drafts, old)


def _finish(
    db: Store, composer: Composer, row: dict[str, Any], version: int, status: str, action: str,
    who: str, text: str,
) -> None:  # fmt: skip
    """Record the decision, with how much the counsellor edited the generated draft."""
    with db.transaction():
        repo.finish(db, row["message_id"], version + 1, status)
        ratio = repo.edit_ratio(generated_text(composer, row), text)
        predicted = repo.predicted_topic(db, row)
        db.add_decision(row["message_id"], who, action, predicted, row["topic"], ratio, text)


def reject(
    settings: Settings, db: Store, message_id: str, version: int, reason: str, who: str
) -> Done:
    row = current(db, message_id, version)
    with db.transaction():
        if not repo.finish(db, message_id, version, Status.REJECTED, reason):
            raise Refused("stale", **stale_params(db, row))
        db.add_decision(message_id, who, "reject", repo.predicted_topic(db, row), row["topic"])
    # The draft would otherwise wait in the Drafts folder for a reply nobody should send.
    warnings: list[str] = []
    if row["draft_message_id"]:
        try:
            with imap.connect(settings.imap) as box:
                drafts = box.special_folder(imap.DRAFTS_FLAG, settings.imap.drafts, "Drafts")
                box.delete(drafts, _find(box, drafts, row["draft_message_id"]))
        except (TriageError, IMAPClientError, OSError) as exc:
            warnings.append(f"draft_left: {first_line(exc, 200)}")
    return Done("rejected", warnings)


def change_topic(
    settings: Settings,
    db: Store,
    composer: Composer,
    message_id: str,
    version: int,
    topic: str,
    who: str,
) -> Done:
    row = current(db, message_id, version)
    text = composer.text(row["lang"], [topic], row["first_name"])
    with db.transaction():
        if not repo.set_draft(db, message_id, version, topic, text):
            raise Refused("stale", **stale_params(db, row))
        db.add_decision(message_id, who, "change_topic", repo.predicted_topic(db, row), topic)
    _replace_mailbox_draft(settings, composer, row, text, topic)
    return Done("topic_changed")


def _replace_mailbox_draft(
    settings: Settings, composer: Composer, row: dict[str, Any], text: str, topic: str
) -> None:
    """Keep the Drafts folder in step with the page, for counsellors who send from a client.

    Best effort: the store already holds the new draft, and approving from the page sends it.
    """
    if not row["draft_message_id"]:
        return
    when = datetime.now(UTC)
    try:
        reply = composer.reply(question_from_row(row), text, topic=topic, when=when)
        with imap.connect(settings.imap) as box:
            _replace_draft(settings, box, reply, when, only_replace=True)
    except (TriageError, IMAPClientError, OSError, ValueError):
        return


def _find(box: imap.Mailbox, folder: str, message_id: str) -> list[int]:
    try:
        return box.message_ids(folder, message_id)
    except IMAPClientError as exc:
        raise MailboxError(f"folder {folder!r} cannot be searched: {exc}") from None


def _mail_date(iso: str) -> str:
    try:
        return format_datetime(datetime.fromisoformat(iso))
    except (TypeError, ValueError):
        return ""
