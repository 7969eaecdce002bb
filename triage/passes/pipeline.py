"""One pass over the mailbox: new mail -> question -> guard -> topic -> draft -> Drafts + store.

Exactly one draft per question, even across crashes: a draft is first recorded as *pending*
with its deterministic Message-ID, then appended, then marked drafted together with the
folder's last UID in one transaction. A pass that finds pending rows looks the draft up in the
Drafts folder before doing anything else.
"""

from __future__ import annotations

import hashlib
import logging
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

from triage.compose import Composer
from triage.config import Settings
from triage.errors import MailboxError, ParseError
from triage.inbound.question import Question
from triage.mailbox import imap
from triage.state.rows import outcome_for
from triage.state.statuses import AWAITING, Status
from triage.state.store import Outcome, Store

log = logging.getLogger("triage.pass")


@dataclass
class PassResult:
    counts: Counter = field(default_factory=Counter)
    set_aside: list[tuple[str, str]] = field(default_factory=list)
    idle: bool = False
    model_version: str = ""


@dataclass
class _Item:
    uid: int
    question: Question
    outcome: Outcome
    draft: bytes = b""
    when: datetime | None = None
    # Set when loop protection holds back the draft: the question still waits for a counsellor.
    no_draft_reason: str = ""


class Triage:
    """Runs passes for one mailbox with one model and one set of templates."""

    def __init__(self, settings: Settings, db: Store, load_model: Callable | None = None) -> None:
        self.settings = settings
        self.db = db
        self._load_model = load_model
        self._model = None
        self.composer = Composer(
            settings.replies.templates, settings.replies.from_name, settings.replies.from_address
        )
        self._checked = False

    @property
    def model(self):  # noqa: ANN201 - the classifier's type lives in a lazily imported module
        if self._model is None:
            if self._load_model is None:
                from triage.model.classify import load_model

                self._load_model = load_model
            self._model = self._load_model(self.settings.model.path)
        return self._model

    def prepare(self) -> None:
        """Fail on bad templates or a bad model before anything in the mailbox changes."""
        if not self._checked:
            self.composer.check()
            _ = self.model
            self._checked = True

    # -- the pass -------------------------------------------------------------------------------

    def run(self, stop: Callable[[], bool] = lambda: False) -> PassResult:
        cfg = self.settings.imap
        result = PassResult()
        with imap.connect(cfg) as box:
            folder = cfg.mailbox
            self._sync_sent(box)
            uidvalidity, uidnext = box.status(folder)
            known = self.db.folder_state(cfg.folder_key(folder))
            pending = self.db.pending()
            up_to_date = known is not None and known[0] == uidvalidity and uidnext - 1 <= known[1]
            if up_to_date and not pending:
                result.idle = True
                return result
            self.prepare()
            result.model_version = self.model.version
            drafts_folder = box.special_folder(imap.DRAFTS_FLAG, cfg.drafts, "Drafts")
            if pending:
                self._recover(box, drafts_folder, pending)
            last_uid = known[1] if known and known[0] == uidvalidity else 0
            if known and known[0] != uidvalidity:
                log.warning(
                    "UIDVALIDITY of %s changed: re-scanning; mail already handled is recognised"
                    " by its Message-ID",
                    folder,
                )
            box.select(folder)
            uids = box.uids_after(last_uid)
            log.info("%d new message(s) in %s", len(uids), folder)
            for batch in box.fetch_batches(uids, cfg.batch_size, cfg.batch_bytes):
                self._handle_batch(box, folder, uidvalidity, drafts_folder, batch, result)
                if stop():
                    log.info("stopping after the batch in hand, as asked")
                    break
            else:
                # Nothing new past the last UID (e.g. everything expunged): remember where we are.
                if (
                    not uids
                    or uidnext - 1 > (self.db.folder_state(cfg.folder_key(folder)) or (0, 0))[1]
                ):
                    with self.db.transaction():
                        self.db.set_folder_state(
                            cfg.folder_key(folder), uidvalidity, max(uidnext - 1, 0)
                        )
        return result

    def _sync_sent(self, box: imap.Mailbox) -> None:
        """Notice replies a counsellor sent from a mail client (also on idle passes)."""
        from triage.passes.sentsync import sync_sent

        try:
            sync_sent(box, self.db, self.settings)
        except MailboxError as exc:
            log.warning("Sent folder not checked: %s", exc)

    def _recover(self, box: imap.Mailbox, drafts_folder: str, pending: list[dict]) -> None:
        """Finish what a killed pass left between recording a draft and appending it."""
        found: dict[str, bool] = {}
        for row in pending:
            found[row["message_id"]] = bool(box.message_ids(drafts_folder, row["draft_message_id"]))
        with self.db.transaction():
            for message_id, appended in found.items():
                if appended:
                    self.db.set_status(message_id, Status.DRAFTED)
                else:
                    # Not in Drafts: forget it; its UID is above the folder's last UID, so this
                    # pass fetches and drafts it again.
                    self.db.delete_message(message_id)
        log.info("recovered %d draft(s) from an interrupted pass", len(found))

    def _handle_batch(
        self,
        box: imap.Mailbox,
        folder: str,
        uidvalidity: int,
        drafts_folder: str,
        batch: list[imap.FetchedMessage],
        result: PassResult,
    ) -> None:
        from triage.inbound.clean import for_model
        from triage.inbound.guard import skip_reason
        from triage.inbound.parse import parse_message

        result.counts["fetched"] += len(batch)
        items: list[_Item] = []
        outcomes: list[Outcome] = []
        in_batch: Counter = Counter()  # drafts this batch will add, per reply address
        for fetched in batch:
            place = {"folder": folder, "uidvalidity": uidvalidity, "uid": fetched.uid}
            try:
                question, message = parse_message(fetched.raw)
            except ParseError as exc:
                outcomes.append(
                    Outcome(_raw_id(fetched.raw), Status.SET_ASIDE, reason=str(exc), **place)
                )
                continue
            except Exception as exc:  # noqa: BLE001 - one bad message must not stop the pass
                reason = f"unexpected {type(exc).__name__} while parsing"
                outcomes.append(
                    Outcome(_raw_id(fetched.raw), Status.SET_ASIDE, reason=reason, **place)
                )
                continue
            outcome = outcome_for(question, place)
            reason = skip_reason(message, question, self.settings.own_addresses)
            held_back = ""
            if reason is None:
                held_back = self._loop_reason(question, in_batch) or ""
                in_batch[question.reply_address.lower()] += 1
            if reason:
                outcome.status, outcome.reason = Status.SKIPPED, reason
                outcome.question_text = outcome.original_text = ""
            items.append(_Item(fetched.uid, question, outcome, no_draft_reason=held_back))

        # Mail already handled (a UIDVALIDITY re-scan, a copy, a resumed pass) is left alone.
        prefix = self.settings.replies.keyword_prefix
        already = self.db.statuses(
            [i.outcome.message_id for i in items] + [o.message_id for o in outcomes]
        )
        # A pass killed after recording but before tagging left these untagged: tag them now.
        retag = {
            i.uid: _keyword(prefix, _stored(self.db, i.outcome.message_id))
            for i in items
            if already.get(i.outcome.message_id) in AWAITING
        }
        items = [i for i in items if i.outcome.message_id not in already]
        outcomes = [o for o in outcomes if o.message_id not in already]
        seen_now: set[str] = set()
        items = [i for i in items if not _dup(i.outcome.message_id, seen_now)]

        to_classify = [i for i in items if i.outcome.status != Status.SKIPPED]
        if to_classify:
            texts = [for_model(i.question.subject, i.question.text) for i in to_classify]
            predictions = self.model.predict(texts, threshold=self.settings.model.min_confidence)
            for item, prediction in zip(to_classify, predictions, strict=True):
                self._decide(item, prediction)

        drafts = [i for i in items if i.outcome.status == Status.PENDING]
        with self.db.transaction():
            for o in outcomes + [i.outcome for i in items]:
                self.db.record(o)
        box.append_drafts(drafts_folder, [(i.draft, i.when) for i in drafts])
        keywords = retag | {
            i.uid: _keyword(prefix, i.outcome)
            for i in items
            if i.outcome.status in (Status.PENDING, Status.NEEDS_COUNSELLOR)
        }
        box.add_keywords(folder, keywords)
        with self.db.transaction():
            for item in drafts:
                self.db.set_status(item.outcome.message_id, Status.DRAFTED)
            self.db.set_folder_state(
                self.settings.imap.folder_key(folder), uidvalidity, max(m.uid for m in batch)
            )

        for o in outcomes + [i.outcome for i in items]:
            status = Status.DRAFTED if o.status == Status.PENDING else o.status
            result.counts[status] += 1
            if status == Status.SET_ASIDE:
                result.set_aside.append((o.message_id, o.reason))
            log.info("%s %s%s", o.message_id, status, f" ({o.reason})" if o.reason else "")

    def _decide(self, item: _Item, prediction) -> None:  # noqa: ANN001
        outcome, question = item.outcome, item.question
        outcome.topic = prediction.topic
        outcome.confidence = float(prediction.confidence)
        outcome.topics = [(t, float(c)) for t, c in prediction.topics]
        outcome.model_version = self.model.version
        topics = [t for t, _ in prediction.topics if t != "other"]
        if item.no_draft_reason:
            outcome.status, outcome.reason = Status.NEEDS_COUNSELLOR, item.no_draft_reason
            return
        if prediction.abstained or prediction.topic == "other" or not topics:
            outcome.status = Status.NEEDS_COUNSELLOR
            outcome.reason = "model not sure" if prediction.abstained else "not a standard topic"
            return
        text = self.composer.text(question.lang, topics, question.first_name)
        item.when = datetime.now(UTC)
        reply = self.composer.reply(question, text, topic=",".join(topics), when=item.when)
        item.draft = bytes(reply)
        outcome.status = Status.PENDING
        outcome.draft_text = text
        outcome.draft_message_id = str(reply["Message-ID"])

    def _loop_reason(self, question: Question, in_batch: Counter) -> str | None:
        """Mail-loop protection: at most N automatic drafts per correspondent per day.

        Past the limit the question gets no draft but still waits for a counsellor: a member
        with many questions loses nothing, and a looping sender costs no more than a queue line.
        """
        limit = self.settings.replies.max_drafts_per_sender_per_day
        address = question.reply_address.lower()
        if limit <= 0 or not address:
            return None
        since = (datetime.now(UTC) - timedelta(days=1)).isoformat(timespec="seconds")
        if self.db.drafts_since(address, since) + in_batch[address] >= limit:
            return f"loop protection: {limit} drafts to this sender in the last day"
        return None


def _keyword(prefix: str, outcome: Outcome) -> bytes:
    drafted = outcome.status in (Status.PENDING, Status.DRAFTED)
    name = outcome.topic if drafted else "counsellor"
    return f"{prefix}{name}".encode("ascii", "replace")


def _stored(db: Store, message_id: str) -> Outcome:
    row = db.message(message_id) or {}
    return Outcome(message_id, row.get("status", ""), topic=row.get("topic", ""))


def _raw_id(raw: bytes) -> str:
    return f"<{hashlib.sha256(raw).hexdigest()[:32]}@triage.invalid>"


def _dup(message_id: str, seen: set[str]) -> bool:
    if message_id in seen:
        return True
    seen.add(message_id)
    return False
