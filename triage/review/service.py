"""What the review page's actions do to the store and the mailbox, without any HTTP.

Approve = send. The order protects the member and the counsellor: the original is looked up
first (gone = nothing is sent), the item is claimed by its version with the status "sending"
(no other action accepts it, so a second counsellor can neither send it again nor reject it or
change its topic meanwhile), SMTP must accept the reply before anything is marked sent, and
only then is the copy put in Sent (unless one with its Message-ID is there already), the
original flagged \\Answered and the stale draft removed. A failure after SMTP accepted is
reported as a warning: the reply is out and recorded. Finishing that changes no row (the item
was changed meanwhile) is logged as an error and said on the page.

A send interrupted by a crash stays "sending"; see triage/state/claims.py for what is known
then, and ``resolve`` for how a counsellor ends it without mailing the member twice.

Every action takes the item through one conditional write (``_claim``: it must win, or the page
was stale) and records one decision (``_record``); keep and change topic replace the draft in
the Drafts folder the same way (``_replace_draft``); change topic and change situations draw
the draft again the same way (``_redraw``).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.message import EmailMessage
from typing import Any

from imapclient.exceptions import IMAPClientError

from triage.compose import Composer, has_placeholders
from triage.config import Settings
from triage.drafts.places import fill_signer
from triage.errors import MailboxError, MailboxUnreachable, TriageError, first_line
from triage.mailbox import imap, smtp
from triage.review.confirm import replies_elsewhere
from triage.review.reading import draft_situations, drawn_topics
from triage.situations import situations_for
from triage.state import accounts, claims, decisions, queue
from triage.state.decisions import Action
from triage.state.rows import question_from_row
from triage.state.statuses import AWAITING, CLAIMED, Status
from triage.state.store import Store

Row = dict[str, Any]
log = logging.getLogger("triage.review")
# A claim older than this is taken as interrupted (the send it stood for died with its process).
STALE_AFTER_SECONDS = 600


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
    # An i18n key said loudly on the page (and logged): finishing changed no row.
    alarm: str = ""
    params: dict[str, object] = field(default_factory=dict)


def blank_text(composer: Composer, row: Row) -> str:
    """The starting text of an item without a draft: the care template for mail that needs
    care, else the blank one."""
    if row["status"] == Status.NEEDS_CARE:
        return composer.care_text(row["lang"], row["first_name"])
    return composer.text(row["lang"], ["other"], row["first_name"])


def generated_text(composer: Composer, row: Row, signer: str = "") -> str:
    """The text the counsellor started from (for the edit ratio and the editor), signed with
    ``signer``, the counsellor's display name, where the draft has its name place."""
    return fill_signer(row["draft_text"] or blank_text(composer, row), signer)


def signer_name(db: Store, who: str | None) -> str:
    """The display name that signs ``who``'s replies ("" when none is set: the place stays)."""
    return accounts.display_name(db, who) if who else ""


def stale_params(db: Store, row: Row) -> dict[str, object]:
    """Who handled the item last (or holds it now) and its status, for "handled already"."""
    claim = claims.get(db, row["message_id"]) if row["status"] in CLAIMED else None
    last = decisions.last_decision(db, row["message_id"]) if claim is None else None
    who = claim.counsellor if claim else last["counsellor"] if last else "?"
    return {"who": who, "status": row["status"]}


class ReviewService:
    """The actions on one item: approve (send), keep as draft, change topic, reject, and
    resolving an interrupted send."""

    def __init__(
        self,
        settings: Settings,
        db: Store,
        composer: Composer,
        stale_after: float = STALE_AFTER_SECONDS,
    ) -> None:
        self.settings = settings
        self.db = db
        self.composer = composer
        self.stale_after = stale_after

    def current(self, message_id: str, version: int) -> Row:
        """The row, if it still awaits a counsellor at the version the page showed."""
        row = self.db.message(message_id)
        if row is None:
            raise Refused("not_found")
        if row["status"] not in AWAITING or row["version"] != version:
            raise Refused("stale", **stale_params(self.db, row))
        return row

    # -- the actions ----------------------------------------------------------------------------

    def approve(
        self, message_id: str, version: int, text: str, who: str, address_confirmed: bool = False
    ) -> Done:
        """Send ``text`` as the reply, then file it in Sent and flag the question answered.

        A reply to another address than the sender's needs ``address_confirmed``.
        """
        row = self.current(message_id, version)
        text = fill_signer(text, signer_name(self.db, who))
        if not text.strip():
            raise Refused("empty")
        if has_placeholders(text):
            raise Refused("placeholders")
        if self.settings.smtp is None:
            raise Refused("no_smtp")
        when = datetime.now(UTC).replace(microsecond=0)
        reply = self._checked_reply(row, text, when)  # a bad address is refused, asked or not
        if replies_elsewhere(row) and not address_confirmed:
            raise Refused("confirm_address", to=row["reply_to"], sender=row["from_address"])
        sending = (str(reply["Message-ID"]), text, when.isoformat())
        with imap.connect(self.settings.imap) as box:
            folder = row["folder"] or self.settings.imap.mailbox
            originals = _find(box, folder, message_id)
            if not originals:
                raise Refused("question_gone")
            with self.db.transaction():
                claimed = claims.take(self.db, message_id, version, Status.SENDING, who, sending)
                self._claim(row, claimed)
            self._send(row, version + 1, reply)
            done = self._finish(row, version + 1, Status.SENT, Action.APPROVE, who, text)
            done.warnings += self._file_sent_copy(box, folder, originals, reply)
        return done

    def keep(self, message_id: str, version: int, text: str, who: str) -> Done:
        """Put the edited text in Drafts in place of the draft, for sending from a mail client."""
        row = self.current(message_id, version)
        text = fill_signer(text, signer_name(self.db, who))
        if not text.strip():
            raise Refused("empty")
        when = datetime.now(UTC)
        reply = self._checked_reply(row, text, when)
        with imap.connect(self.settings.imap) as box:
            if not _find(box, row["folder"] or self.settings.imap.mailbox, message_id):
                raise Refused("question_gone")
            with self.db.transaction():
                self._claim(row, claims.take(self.db, message_id, version, Status.KEEPING, who))
            try:
                self._replace_draft(box, reply, when)
            except BaseException:
                self._release(row, version + 1)
                raise
            return self._finish(row, version + 1, Status.KEPT, Action.KEEP, who, text)

    def reject(self, message_id: str, version: int, reason: str, who: str) -> Done:
        """No reply; the draft leaves the Drafts folder (best effort: a warning if it cannot)."""
        row = self.current(message_id, version)
        with self.db.transaction():
            self._claim(row, queue.decide(self.db, message_id, version, Status.REJECTED, reason))
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
        # The member's questions and the sector stay; the situations were the old topic's.
        self._redraw(row, [topic], None, who, Action.CHANGE_TOPIC)
        return Done("topic_changed")

    def change_situations(
        self, message_id: str, version: int, situations: list[str], who: str
    ) -> Done:
        """Render the draft again for its topics with the chosen ``situations`` (none: the
        topics' general text); the item stays in the queue."""
        row = self.current(message_id, version)
        topics = drawn_topics(row)
        offered = situations_for(topics)
        if not topics or any(s not in offered for s in situations):
            raise Refused("not_these_situations")
        self._redraw(row, topics, situations, who, Action.CHANGE_SITUATIONS)
        return Done("situations_changed")

    def resolve(self, message_id: str, version: int, choice: str, who: str) -> Done:
        """End an interrupted send or keep: ``choice`` "sent" (it went out: mark it sent and
        file the copy, mailing nothing) or "queue" (back to the queue, to be sent again).

        "queue" is refused when the SMTP server is known to have accepted the reply.
        """
        row = self.db.message(message_id)
        if row is None:
            raise Refused("not_found")
        claim = claims.get(self.db, message_id)
        if row["status"] not in CLAIMED or row["version"] != version or claim is None:
            raise Refused("stale", **stale_params(self.db, row))
        if claim.age_seconds() < self.stale_after:
            raise Refused("still_busy", who=claim.counsellor)
        if choice == "queue":
            if claim.accepted_at:
                raise Refused("went_out")  # sending it again would mail the member twice
            self._claim(row, self._release(row, version))
            log.warning("an interrupted %s was put back in the queue by %s", row["status"], who)
            return Done("released")
        if choice != "sent" or row["status"] != Status.SENDING:
            raise Refused("cannot_resolve")
        log.warning("an interrupted send was recorded as sent by %s (no mail sent)", who)
        reply = self.composer.reply(
            question_from_row(row), claim.reply_text, topic=row["topic"],
            when=datetime.fromisoformat(claim.reply_date),
        )  # fmt: skip
        done = self._finish(
            row, version, Status.SENT, Action.APPROVE, claim.counsellor, claim.reply_text
        )
        done.warnings += self._file_sent_copy_again(row, reply)
        return done

    # -- what the actions share -----------------------------------------------------------------

    def _claim(self, row: Row, won: bool) -> None:
        """Go on only if the action's write conditional on the page's version won the row."""
        if not won:
            now = self.db.message(row["message_id"]) or row
            raise Refused("stale", **stale_params(self.db, now))

    def _redraw(
        self, row: Row, topics: list[str], situations: list[str] | None, who: str, action: Action
    ) -> None:
        """Draw the draft again for ``topics`` and ``situations`` (the member's questions and
        the sector as read before), put it in the queue row and in Drafts, record ``action``."""
        read = row.get("draft_blocks") or {}
        draft = self.composer.draft(
            row["lang"], topics, row["first_name"], situations=situations,
            sector=read.get("sector"), questions=read.get("questions", ()),
        )  # fmt: skip
        topic, record = topics[0], draft.record()
        # A change of situations records the ones the draft now has (unknown ids dropped).
        chosen = None if situations is None else sorted(draft_situations(record))
        with self.db.transaction():
            changed = queue.set_draft(
                self.db, row["message_id"], row["version"], topic, draft.text, blocks=record
            )
            self._claim(row, changed)
            self._record(row, who, action, topic, situations=chosen)
        self._replace_mailbox_draft(row, draft.text, ",".join(topics))

    def _send(self, row: Row, version: int, reply: EmailMessage) -> None:
        """SMTP for the claimed item; the claim goes back on a clear failure, stays on doubt."""
        assert self.settings.smtp is not None
        try:
            smtp.send(self.settings.smtp, reply)
        except smtp.SendUncertain:
            log.error(
                "the connection to the SMTP server broke while it had a reply: it may have gone"
                " out; the item stays 'sending' for a counsellor to resolve"
            )
            raise
        except MailboxUnreachable:
            self._release(row, version)  # nothing was sent: the item waits again
            raise
        try:
            claims.accepted(self.db, row["message_id"])
        except TriageError as exc:  # finishing, next, records the same in its own way
            log.error("the SMTP server's acceptance could not be recorded: %s", first_line(exc))

    def _release(self, row: Row, version: int) -> bool:
        with self.db.transaction():
            released = claims.release(self.db, row["message_id"], version)
        if not released:
            log.error("a claimed item could not be put back in the queue: it changed meanwhile")
        return released

    def _finish(
        self, row: Row, version: int, status: Status, action: Action, who: str, text: str
    ) -> Done:
        """Mark the claimed item done, with how much the counsellor edited the generated draft.

        Changing no row means somebody changed the item meanwhile (``triage forget``, say): the
        mail is out or the draft kept all the same, so that is logged and said on the page.
        """
        with self.db.transaction():
            finished = claims.finish(self.db, row["message_id"], version, status)
            if finished:
                started = generated_text(self.composer, row, signer_name(self.db, who))
                ratio = decisions.edit_ratio(started, text)
                self._record(row, who, action, row["topic"], ratio, text)
        key = str(status)
        if finished:
            return Done(key)
        now = self.db.message(row["message_id"])
        found = now["status"] if now else "gone"
        log.error(
            "an item was %s but could not be recorded as %s: it was changed meanwhile (now %s)",
            key, key, found,
        )  # fmt: skip
        return Done(key, alarm=f"not_recorded_{key}", params={"status": found})

    def _record(
        self, row: Row, who: str, action: Action, final_topic: str, ratio: float | None = None,
        text: str = "", situations: list[str] | None = None,
    ) -> None:  # fmt: skip
        """The decision, with the model's topic (kept across topic changes) and, for a change
        of situations, the situations chosen."""
        predicted = decisions.predicted_topic(self.db, row)
        decisions.add_decision(
            self.db, row["message_id"], who, action, predicted, final_topic, ratio, text,
            situations=situations,
        )  # fmt: skip

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
        """After sending: the copy in Sent (once per Message-ID), \\Answered on the question,
        the old draft gone."""
        try:
            sent = box.special_folder(imap.SENT_FLAG, self.settings.imap.sent, "Sent")
            if not _find(box, sent, str(reply["Message-ID"])):
                box.append(sent, bytes(reply), [b"\\Seen"])
            box.add_flags(folder, originals, [b"\\Answered"])
            drafts = self._drafts_folder(box)
            box.delete(drafts, _find(box, drafts, str(reply["Message-ID"])))
        except (TriageError, IMAPClientError, OSError) as exc:
            return [f"after_send: {first_line(exc, 200)}"]
        return []

    def _file_sent_copy_again(self, row: Row, reply: EmailMessage) -> list[str]:
        """The Sent copy and \\Answered for a send resolved after a crash (best effort)."""
        try:
            with imap.connect(self.settings.imap) as box:
                folder = row["folder"] or self.settings.imap.mailbox
                originals = _find(box, folder, row["message_id"])
                return self._file_sent_copy(box, folder, originals, reply)
        except (TriageError, IMAPClientError, OSError) as exc:
            return [f"after_send: {first_line(exc, 200)}"]


def _find(box: imap.Mailbox, folder: str, message_id: str) -> list[int]:
    try:
        return box.message_ids(folder, message_id)
    except IMAPClientError as exc:
        raise MailboxError(f"folder {folder!r} cannot be searched: {exc}") from None
