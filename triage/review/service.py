"""What the review page's actions do to the store and the mailbox, without any HTTP.

Approve = send. The order protects the member and the counsellor: the original is looked up
first (gone = nothing is sent), the item is claimed by its version (a second counsellor cannot
send it twice), SMTP must accept the reply before anything is marked sent, and only then is the
copy put in Sent, the original flagged \\Answered and the stale draft removed. A failure after
SMTP accepted is reported as a warning: the reply is out and recorded.

Every action takes the item through one claim (``_claim``: the conditional write must win, or
the page was stale) and records one decision (``_record``); keep and change topic replace the
draft in the Drafts folder the same way (``_replace_draft``).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.message import EmailMessage
from typing import Any

from imapclient.exceptions import IMAPClientError

from triage.compose import Composer, has_placeholders
from triage.config import Settings
from triage.errors import MailboxError, TriageError, first_line
from triage.mailbox import imap, smtp
from triage.state import decisions, queue
from triage.state.decisions import Action
from triage.state.rows import question_from_row
from triage.state.statuses import AWAITING, Status
from triage.state.store import Store

Row = dict[str, Any]


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


def blank_text(composer: Composer, row: Row) -> str:
    """The starting text of an item without a draft: the care template for mail that needs
    care, else the blank one."""
    if row["status"] == Status.NEEDS_CARE:
        return composer.care_text(row["lang"], row["first_name"])
    return composer.text(row["lang"], ["other"], row["first_name"])


def generated_text(composer: Composer, row: Row) -> str:
    """The text the counsellor started from (for the edit ratio and the editor)."""
    return row["draft_text"] or blank_text(composer, row)


def stale_params(db: Store, row: Row) -> dict[str, object]:
    """Who handled the item last and its status now, for the "handled already" message."""
    last = decisions.last_decision(db, row["message_id"])
    return {"who": last["counsellor"] if last else "?", "status": row["status"]}


class ReviewService:
    """The four actions on one item: approve (send), keep as draft, change topic, reject."""

    def __init__(self, settings: Settings, db: Store, composer: Composer) -> None:
        self.settings = settings
        self.db = db
        self.composer = composer

    def current(self, message_id: str, version: int) -> Row:
        """The row, if it still awaits a counsellor at the version the page showed."""
        row = self.db.message(message_id)
        if row is None:
            raise Refused("not_found")
        if row["status"] not in AWAITING or row["version"] != version:
            raise Refused("stale", **stale_params(self.db, row))
        return row

    # -- the actions ----------------------------------------------------------------------------

    def approve(self, message_id: str, version: int, text: str, who: str) -> Done:
        """Send ``text`` as the reply, then file it in Sent and flag the question answered."""
        row = self.current(message_id, version)
        if not text.strip():
            raise Refused("empty")
        if has_placeholders(text):
            raise Refused("placeholders")
        if self.settings.smtp is None:
            raise Refused("no_smtp")
        reply = self._checked_reply(row, text, datetime.now(UTC))
        with imap.connect(self.settings.imap) as box:
            folder = row["folder"] or self.settings.imap.mailbox
            originals = _find(box, folder, message_id)
            if not originals:
                raise Refused("question_gone")
            with self.db.transaction():
                self._claim(row, queue.claim(self.db, message_id, version))
            smtp.send(self.settings.smtp, reply)  # on failure the item stays in the queue
            self._finish(row, version, Status.SENT, Action.APPROVE, who, text)
            warnings = self._file_sent_copy(box, folder, originals, reply)
        return Done("sent", warnings)

    def keep(self, message_id: str, version: int, text: str, who: str) -> Done:
        """Put the edited text in Drafts in place of the draft, for sending from a mail client."""
        row = self.current(message_id, version)
        if not text.strip():
            raise Refused("empty")
        when = datetime.now(UTC)
        reply = self._checked_reply(row, text, when)
        with imap.connect(self.settings.imap) as box:
            if not _find(box, row["folder"] or self.settings.imap.mailbox, message_id):
                raise Refused("question_gone")
            with self.db.transaction():
                self._claim(row, queue.claim(self.db, message_id, version))
            self._replace_draft(box, reply, when)
            self._finish(row, version, Status.KEPT, Action.KEEP, who, text)
        return Done("kept")

    def reject(self, message_id: str, version: int, reason: str, who: str) -> Done:
        """No reply; the draft leaves the Drafts folder (best effort: a warning if it cannot)."""
        row = self.current(message_id, version)
        with self.db.transaction():
            self._claim(row, queue.finish(self.db, message_id, version, Status.REJECTED, reason))
            self._record(row, who, Action.REJECT, row["topic"])
        # The draft would otherwise wait in the Drafts folder for a reply nobody should send.
        warnings: list[str] = []
        if row["draft_message_id"]:
            try:
                with imap.connect(self.settings.imap) as box:
                    drafts = self._drafts_folder(box)
                    box.delete(drafts, _find(box, drafts, row["draft_message_id"]))
            except (TriageError, IMAPClientError, OSError) as exc:
                warnings.append(f"draft_left: {first_line(exc, 200)}")
        return Done("rejected", warnings)

    def change_topic(self, message_id: str, version: int, topic: str, who: str) -> Done:
        """Render the draft of ``topic`` in place of the old one; the item stays in the queue."""
        row = self.current(message_id, version)
        text = self.composer.text(row["lang"], [topic], row["first_name"])
        with self.db.transaction():
            self._claim(row, queue.set_draft(self.db, message_id, version, topic, text))
            self._record(row, who, Action.CHANGE_TOPIC, topic)
        self._replace_mailbox_draft(row, text, topic)
        return Done("topic_changed")

    # -- what the actions share -----------------------------------------------------------------

    def _claim(self, row: Row, won: bool) -> None:
        """Go on only if the action's write conditional on the page's version won the row."""
        if not won:
            raise Refused("stale", **stale_params(self.db, row))

    def _record(
        self, row: Row, who: str, action: Action, final_topic: str, ratio: float | None = None,
        text: str = "",
    ) -> None:  # fmt: skip
        """The decision, with the model's topic (kept across topic changes)."""
        predicted = decisions.predicted_topic(self.db, row)
        decisions.add_decision(
            self.db, row["message_id"], who, action, predicted, final_topic, ratio, text
        )

    def _finish(
        self, row: Row, version: int, status: Status, action: Action, who: str, text: str
    ) -> None:
        """Mark the claimed item done, with how much the counsellor edited the generated draft."""
        with self.db.transaction():
            queue.finish(self.db, row["message_id"], version + 1, status)
            ratio = decisions.edit_ratio(generated_text(self.composer, row), text)
            self._record(row, who, action, row["topic"], ratio, text)

    def _checked_reply(self, row: Row, text: str, when: datetime) -> EmailMessage:
        """The reply to send or keep, with its stored address checked again."""
        try:
            # The email package refuses some bad addresses (ValueError) before recipients_of.
            reply = self.composer.reply(question_from_row(row), text, topic=row["topic"], when=when)
            smtp.recipients_of(reply)
        except (TriageError, ValueError, IndexError):
            raise Refused("bad_address") from None
        return reply

    def _drafts_folder(self, box: imap.Mailbox) -> str:
        return box.special_folder(imap.DRAFTS_FLAG, self.settings.imap.drafts, "Drafts")

    def _replace_draft(
        self, box: imap.Mailbox, reply: EmailMessage, when: datetime, only_replace: bool = False
    ) -> None:
        """Put ``reply`` in Drafts in place of the copies with its Message-ID.

        ``only_replace``: do nothing when there is no copy (a counsellor deleted it on purpose).
        """
        drafts = self._drafts_folder(box)
        # Old copies first: the new draft has the same deterministic Message-ID.
        old = _find(box, drafts, str(reply["Message-ID"]))
        if only_replace and not old:
            return
        box.append_drafts(drafts, [(bytes(reply), when)])
        box.delete(drafts, old)

    def _replace_mailbox_draft(self, row: Row, text: str, topic: str) -> None:
        """Keep the Drafts folder in step with the page, for counsellors who send from a client.

        Best effort: the store already holds the new draft, and approving from the page sends it.
        """
        if not row["draft_message_id"]:
            return
        when = datetime.now(UTC)
        try:
            reply = self.composer.reply(question_from_row(row), text, topic=topic, when=when)
            with imap.connect(self.settings.imap) as box:
                self._replace_draft(box, reply, when, only_replace=True)
        except (TriageError, IMAPClientError, OSError, ValueError):
            return

    def _file_sent_copy(
        self, box: imap.Mailbox, folder: str, originals: list[int], reply: EmailMessage
    ) -> list[str]:
        """After sending: the copy in Sent, \\Answered on the question, the old draft gone."""
        try:
            sent = box.special_folder(imap.SENT_FLAG, self.settings.imap.sent, "Sent")
            box.append(sent, bytes(reply), [b"\\Seen"])
            box.add_flags(folder, originals, [b"\\Answered"])
            drafts = self._drafts_folder(box)
            box.delete(drafts, _find(box, drafts, str(reply["Message-ID"])))
        except (TriageError, IMAPClientError, OSError) as exc:
            return [f"after_send: {first_line(exc, 200)}"]
        return []


def _find(box: imap.Mailbox, folder: str, message_id: str) -> list[int]:
    try:
        return box.message_ids(folder, message_id)
    except IMAPClientError as exc:
        raise MailboxError(f"folder {folder!r} cannot be searched: {exc}") from None
