"""One pass over the mailbox: new mail -> question -> guard -> topic -> draft -> Drafts + store.

The pass does the I/O (fetch, record, append, tag, commit) in `Triage`; the per-message CPU work
(parse, safeguard, guard, classify, compose) is plain functions of the raw bytes or the question,
the settings, the model and the composer, each returning the item it was given, so that it could run
in worker processes. How a pass keeps to exactly one draft per question, even when it is killed,
is told in `Triage._handle_batch`.
"""

from __future__ import annotations

import logging
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from email.message import Message

from triage.compose import Composer
from triage.config import Settings
from triage.errors import MailboxError, ParseError, first_line

# Modules, not their functions: `parse.parse_message` and `classify.load_model` are looked up
# when called, so that tests (and the crash test's tracer) can stand in for them.
from triage.inbound import parse
from triage.inbound.attention import attention
from triage.inbound.clean import for_model
from triage.inbound.guard import skip_reason
from triage.inbound.question import Question
from triage.mailbox import imap
from triage.model import classify
from triage.passes.sentsync import sync_sent
from triage.state.rows import hold_for_a_person, outcome_for
from triage.state.statuses import AWAITING, Status
from triage.state.store import Outcome, Store

log = logging.getLogger("triage.pass")


@dataclass
class PassResult:
    counts: Counter = field(default_factory=Counter)
    set_aside: list[tuple[str, str]] = field(default_factory=list)
    idle: bool = False
    model_version: str = ""

    def summary(self) -> str:
        """What the pass did, in one line: '12 new: 7 drafted, 2 need a counsellor, ...'."""
        counts = self.counts
        care = f" {counts[Status.NEEDS_CARE]} need care," if counts[Status.NEEDS_CARE] else ""
        return (
            f"{counts['fetched']} new: {counts[Status.DRAFTED]} drafted,"
            f" {counts[Status.NEEDS_COUNSELLOR]} need a counsellor,{care}"
            f" {counts[Status.SKIPPED]} skipped, {counts[Status.SET_ASIDE]} set aside"
        )


@dataclass
class Item:
    """One fetched message on its way through the pass."""

    uid: int
    outcome: Outcome
    question: Question | None = None  # None: the message could not be read and is set aside
    draft: bytes = b""
    when: datetime | None = None
    # Set when loop protection holds back the draft: the question still waits for a counsellor.
    no_draft_reason: str = ""


def run_pass(triage: Triage, stop: Callable[[], bool] = lambda: False) -> PassResult:
    """One pass, recorded in the runs table (idle passes are not recorded: they are many).

    A pass that fails is recorded with its error in one line, then the error is raised again.
    """
    db = triage.db
    try:
        result = triage.run(stop)
    except Exception as exc:
        run_id = db.start_run("")
        db.finish_run(run_id, {}, error=first_line(exc))
        raise
    if not result.idle:
        run_id = db.start_run(result.model_version)
        db.finish_run(run_id, result.counts)
    return result


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
    def model(self) -> classify.TopicModel:
        if self._model is None:
            load = self._load_model or classify.load_model
            self._model = load(self.settings.model.path)
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
        try:
            sync_sent(box, self.db, self.settings)
        except MailboxError as exc:
            log.warning("Sent folder not checked: %s", first_line(exc))

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
        """One fetched batch, handled so that every question gets exactly one draft.

        1. Every message is *recorded* in the store first, in one transaction: a draft as
           ``pending``, with its text and its Message-ID (derived from the question's, so a
           second composition gives the same one). Nothing is in the mailbox yet.
        2. The drafts are APPENDed to Drafts, then the originals get their keyword.
        3. One transaction marks the drafts ``drafted`` *together with* the folder's last UID.

        A pass killed before 3 leaves pending rows and the old last UID. The next pass starts
        with `_recover`: a pending draft found in Drafts by its Message-ID is marked drafted;
        one not found is forgotten, and since its UID is above the last UID it is fetched and
        drafted again. Mail whose Message-ID the store already holds (a UIDVALIDITY re-scan, a
        copy, the re-fetch after a kill) is left alone, and of two copies in one batch only the
        first counts; such an original that still waits for a counsellor gets its keyword
        again, since a kill after 1 may have left it untagged.
        """
        result.counts["fetched"] += len(batch)
        own = self.settings.own_addresses
        where = {"folder": folder, "uidvalidity": uidvalidity}
        # parse, guard (CPU); then loop protection and what the store knows (reads the store)
        items = [read_message(m.raw, {**where, "uid": m.uid}, own) for m in batch]
        self._hold_back_loops(items)
        items, retag = self._new_only(items)
        # classify, compose (CPU)
        items = classify_questions(items, self.model, self.settings.model.min_confidence)
        items = [compose_draft(item, self.composer) for item in items]
        drafts = [i for i in items if i.outcome.status == Status.PENDING]
        self._record(items)  # 1: record
        box.append_drafts(drafts_folder, [(i.draft, i.when) for i in drafts])  # 2: append
        box.add_keywords(folder, retag | self._keywords(items))  # 2: tag
        self._commit(folder, uidvalidity, max(m.uid for m in batch), drafts)  # 3: commit
        _count(items, result)

    def _hold_back_loops(self, items: list[Item]) -> None:
        """Mail-loop protection: at most N automatic drafts per correspondent per day.

        Past the limit the question gets no draft but still waits for a counsellor: a member
        with many questions loses nothing, and a looping sender costs no more than a queue line.
        """
        in_batch: Counter = Counter()  # drafts this batch will add, per reply address
        for item in items:
            if item.question is None or item.outcome.status == Status.SKIPPED:
                continue
            item.no_draft_reason = self._loop_reason(item.question, in_batch) or ""
            in_batch[item.question.reply_address.lower()] += 1

    def _loop_reason(self, question: Question, in_batch: Counter) -> str | None:
        limit = self.settings.replies.max_drafts_per_sender_per_day
        address = question.reply_address.lower()
        if limit <= 0 or not address:
            return None
        since = (datetime.now(UTC) - timedelta(days=1)).isoformat(timespec="seconds")
        if self.db.drafts_since(address, since) + in_batch[address] >= limit:
            return f"loop protection: {limit} drafts to this sender in the last day"
        return None

    def _new_only(self, items: list[Item]) -> tuple[list[Item], dict[int, bytes]]:
        """The items the store does not know yet, unreadable ones first (the order they are
        recorded in), and the keywords of known originals still waiting for a counsellor."""
        already = self.db.statuses([i.outcome.message_id for i in items])
        prefix = self.settings.replies.keyword_prefix
        read = [i for i in items if i.question is not None]
        retag = {
            i.uid: _keyword(prefix, _stored(self.db, i.outcome.message_id))
            for i in read
            if already.get(i.outcome.message_id) in AWAITING
        }
        unreadable = [
            i for i in items if i.question is None and i.outcome.message_id not in already
        ]
        seen_now: set[str] = set()
        new = [
            i
            for i in read
            if i.outcome.message_id not in already and not _dup(i.outcome.message_id, seen_now)
        ]
        return unreadable + new, retag

    def _record(self, items: list[Item]) -> None:
        with self.db.transaction():
            for item in items:
                self.db.record(item.outcome)

    def _keywords(self, items: list[Item]) -> dict[int, bytes]:
        prefix = self.settings.replies.keyword_prefix
        return {
            i.uid: _keyword(prefix, i.outcome)
            for i in items
            if i.outcome.status in (Status.PENDING, Status.NEEDS_COUNSELLOR, Status.NEEDS_CARE)
        }

    def _commit(self, folder: str, uidvalidity: int, last_uid: int, drafts: list[Item]) -> None:
        with self.db.transaction():
            for item in drafts:
                self.db.set_status(item.outcome.message_id, Status.DRAFTED)
            self.db.set_folder_state(self.settings.imap.folder_key(folder), uidvalidity, last_uid)


# -- the CPU work for one message: no I/O ---------------------------------------------------------


def read_message(raw: bytes, place: dict, own_addresses: frozenset[str]) -> Item:
    """Parse, safeguard and guard one fetched message; ``place`` is its folder, UIDVALIDITY
    and UID."""
    item, message = parse_raw(raw, place)
    item = safeguard_question(item)
    return guard_question(item, message, own_addresses)


def parse_raw(raw: bytes, place: dict) -> tuple[Item, Message | None]:
    """The message as a Question, or set aside with the reason it could not be read."""
    try:
        question, message = parse.parse_message(raw)
    except ParseError as exc:
        set_aside = Outcome(
            parse.fallback_message_id(raw), Status.SET_ASIDE, reason=str(exc), **place
        )
        return Item(place["uid"], set_aside), None
    except Exception as exc:  # noqa: BLE001 - one bad message must not stop the pass
        reason = f"unexpected {type(exc).__name__} while parsing"
        set_aside = Outcome(
            parse.fallback_message_id(raw), Status.SET_ASIDE, reason=reason, **place
        )
        return Item(place["uid"], set_aside), None
    return Item(place["uid"], outcome_for(question, place), question), message


def safeguard_question(item: Item, today: date | None = None) -> Item:
    """Mail that must reach a person first, decided before the guard's subject rule and the
    topic: signs of distress wait as ``needs_care`` and a complaint about an earlier answer for
    a counsellor, whatever the topic's confidence; every question keeps its due date."""
    if item.question is not None:
        hold_for_a_person(item.outcome, attention(item.question, today))
    return item


def guard_question(item: Item, message: Message | None, own_addresses: frozenset[str]) -> Item:
    """Automatic, list and own mail is skipped: recorded without its text, never answered.

    Mail that needs care, or complains about an earlier answer, is skipped as an auto-reply
    only when its headers say so: an out-of-office subject alone ("Re: Automatisk svar") does
    not outweigh the member's words.
    """
    if item.question is None:
        return item
    outcome = item.outcome
    subject_counts = outcome.status != Status.NEEDS_CARE and not outcome.complaint
    reason = skip_reason(
        message, item.question, own_addresses, subject_says_auto_reply=subject_counts
    )
    if reason:
        outcome.status, outcome.reason = Status.SKIPPED, reason
        outcome.question_text = outcome.original_text = ""
        outcome.due, outcome.complaint = "", False
    return item


def classify_questions(
    items: list[Item], model: classify.TopicModel, min_confidence: float | None
) -> list[Item]:
    """A topic for every question still to answer, and whether it gets a draft: those that
    do stay ``pending``; the others wait for a counsellor, with the reason."""
    to_classify = [i for i in items if i.question and i.outcome.status != Status.SKIPPED]
    if not to_classify:
        return items
    texts = [for_model(i.question.subject, i.question.text) for i in to_classify]
    predictions = model.predict(texts, threshold=min_confidence)
    for item, prediction in zip(to_classify, predictions, strict=True):
        outcome = item.outcome
        outcome.topic = prediction.topic
        outcome.confidence = float(prediction.confidence)
        outcome.topics = [(t, float(c)) for t, c in prediction.topics]
        outcome.model_version = model.version
        if outcome.status != Status.PENDING:
            continue  # held for a person before the topic counted (care, complaint)
        if item.no_draft_reason:
            outcome.status, outcome.reason = Status.NEEDS_COUNSELLOR, item.no_draft_reason
        elif prediction.abstained or prediction.topic == "other" or not _draft_topics(outcome):
            outcome.status = Status.NEEDS_COUNSELLOR
            outcome.reason = "model not sure" if prediction.abstained else "not a standard topic"
    return items


def compose_draft(item: Item, composer: Composer) -> Item:
    """The reply draft of a question the classifier left ``pending``."""
    outcome, question = item.outcome, item.question
    if question is None or outcome.status != Status.PENDING:
        return item
    topics = _draft_topics(outcome)
    text = composer.text(question.lang, topics, question.first_name)
    item.when = datetime.now(UTC)
    reply = composer.reply(question, text, topic=",".join(topics), when=item.when)
    item.draft = bytes(reply)
    outcome.draft_text = text
    outcome.draft_message_id = str(reply["Message-ID"])
    return item


def _draft_topics(outcome: Outcome) -> list[str]:
    return [t for t, _ in outcome.topics if t != "other"]


def _count(items: list[Item], result: PassResult) -> None:
    for o in (item.outcome for item in items):
        status = Status.DRAFTED if o.status == Status.PENDING else o.status
        result.counts[status] += 1
        if status == Status.SET_ASIDE:
            result.set_aside.append((o.message_id, o.reason))
        if status == Status.NEEDS_CARE:
            # The reason is the member's own words: never in a log.
            log.info("%s needs care", o.message_id)
        else:
            log.info("%s %s%s", o.message_id, status, f" ({o.reason})" if o.reason else "")


def _keyword(prefix: str, outcome: Outcome) -> bytes:
    """triage-<topic> for a draft, triage-care for mail that needs care, else triage-counsellor."""
    if outcome.status in (Status.PENDING, Status.DRAFTED):
        name = outcome.topic
    elif outcome.status == Status.NEEDS_CARE:
        name = "care"
    else:
        name = "counsellor"
    return f"{prefix}{name}".encode("ascii", "replace")


def _stored(db: Store, message_id: str) -> Outcome:
    row = db.message(message_id) or {}
    return Outcome(message_id, row.get("status", ""), topic=row.get("topic", ""))


def _dup(message_id: str, seen: set[str]) -> bool:
    if message_id in seen:
        return True
    seen.add(message_id)
    return False
