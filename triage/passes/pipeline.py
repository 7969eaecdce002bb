"""One pass over the mailbox: new mail -> question -> guard -> topic -> draft -> Drafts + store.

The pass does the I/O (fetch, record, append, tag, commit) in `Triage`; the per-message CPU work
(parse, safeguard, guard, classify, compose) is plain functions in triage.passes.stages, run in
worker processes (`read_messages` and `classify_and_compose` are the jobs: triage.passes.parallel).
How a pass keeps to exactly one draft per question, even when it is killed, is told in
`Triage._handle_batch`.
"""

from __future__ import annotations

import logging
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from functools import partial

from triage.compose import Composer
from triage.config import Settings
from triage.errors import MailboxError, first_line
from triage.inbound import attention, language
from triage.inbound.question import Question
from triage.mailbox import imap

# The module, not its function: `classify.load_model` is looked up when called, so that tests
# (and the crash test's tracer) can stand in for it.
from triage.model import classify
from triage.model.situations import SituationModel
from triage.passes import parallel, stages
from triage.passes.answered import answered_elsewhere
from triage.passes.appender import IN_FLIGHT, Appender, appender_for, drafts_in
from triage.passes.dry_run import Planned, plan_batch
from triage.passes.first_contact import FirstContact, first_contact, remember_first_contact
from triage.passes.parallel import RECORDED, Job
from triage.passes.recover import recover_pending
from triage.passes.sentsync import read_new_replies, sync_sent
from triage.passes.shadow import SHADOW, keep_out_of_mailbox
from triage.passes.stages import CpuContext, Item, classify_and_compose, read_messages
from triage.passes.stopwatch import Stopwatch
from triage.state.rows import loggable_reason
from triage.state.statuses import IN_PROGRESS, Status
from triage.state.store import Outcome, Store

log = logging.getLogger("triage.pass")


@dataclass
class PassResult:
    counts: Counter = field(default_factory=Counter)
    set_aside: list[tuple[str, str]] = field(default_factory=list)
    idle: bool = False
    model_version: str = ""
    first_contact: FirstContact | None = None
    planned: list[Planned] = field(default_factory=list)  # a dry run's lines

    def summary(self) -> str:
        """What the pass did, in one line: '12 new: 7 drafted, 2 need a counsellor, ...'."""
        counts = self.counts
        care = f" {counts[Status.NEEDS_CARE]} need care," if counts[Status.NEEDS_CARE] else ""
        return (
            f"{counts['fetched']} new: {counts[Status.DRAFTED]} drafted,"
            f" {counts[Status.NEEDS_COUNSELLOR]} need a counsellor,{care}"
            f" {counts[Status.SKIPPED]} skipped, {counts[Status.SET_ASIDE]} set aside"
            + (f", {n} answered elsewhere" if (n := counts[Status.ANSWERED_ELSEWHERE]) else "")
        )


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

    def __init__(
        self,
        settings: Settings,
        db: Store,
        load_model: Callable | None = None,
        dry_run: bool = False,
        load_situations: Callable | None = None,
    ) -> None:
        self.settings = settings
        self.db = db
        # A dry run reads and classifies, and writes nothing anywhere (see passes.dry_run).
        self.dry_run = dry_run
        self._sent_now: set[str] = set()  # a dry run's replies found in Sent
        self._load_model = load_model
        self._model = None
        # The situation model goes with the topic model: (topic model path, topic model) -> it.
        self._load_situations = load_situations or stages.load_situations
        self._situations: SituationModel | None = None
        self.composer = Composer.for_settings(settings)
        self._checked = False
        self.watch = Stopwatch()  # where the time of the last pass went (`run -v` logs it)
        self._appender: Appender | None = None  # during a pass with worker processes
        self._templates_checked = False

    @property
    def model(self) -> classify.TopicModel:
        if self._model is None:
            load = self._load_model or classify.load_model
            self._model = load(self.settings.model.path)
        return self._model

    @property
    def situations(self) -> SituationModel:
        if self._situations is None:
            self._situations = self._load_situations(self.settings.model.path, self.model)
        return self._situations

    def check_templates(self) -> None:
        """Fail on a template that is missing or does not render (TemplateError names the
        file and line) before the pass connects: nothing in the mailbox has changed then."""
        if not self._templates_checked:
            self.composer.check()
            self._templates_checked = True

    def prepare(self) -> None:
        """Fail on bad templates or a bad model (topic, situations or the care check's
        distress model) before anything in the mailbox changes. Workers forked later inherit
        the loaded models."""
        if not self._checked:
            self.check_templates()
            _ = self.model, self.situations
            attention.prepare()
            self._checked = True

    # -- the pass -------------------------------------------------------------------------------

    def run(self, stop: Callable[[], bool] = lambda: False) -> PassResult:
        cfg = self.settings.imap
        result = PassResult()
        self.watch = watch = Stopwatch()
        self.check_templates()
        with imap.connect(cfg, read_only=self.dry_run) as box:
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
            if pending and not self.dry_run:
                recover_pending(self.db, box, drafts_folder, pending)
            box.select(folder)
            last = known[1] if known and known[0] == uidvalidity else None
            uids = self._uids_to_read(box, folder, last, known is not None, result)
            fetched = box.fetch_batches(uids, cfg.batch_size, cfg.batch_bytes)
            batches = watch.each("reading mail", fetched)
            # The batches' CPU work on worker processes, overlapped with the IMAP work.
            processes = self.settings.worker.cpu_processes
            workers = parallel.uses_workers(processes, len(uids))
            if workers:
                language.prepare()  # loaded once, here, and shared with the forked workers
            # With workers, drafts go in on a connection of their own while the pass goes on.
            with (
                parallel.cpu_executor(processes, self.cpu_context(), len(uids)) as cpu,
                appender_for(cfg, workers and not self.dry_run) as self._appender,
            ):
                steps = partial(self._handle_batch, box, folder, uidvalidity, drafts_folder)
                clock = partial(watch.timing, "CPU work (or waiting for it)")
                handle = partial(steps, result=result)
                in_flight = IN_FLIGHT if self._appender else 0
                finished = parallel.drive(batches, handle, cpu, stop, clock, in_flight)
            self._appender = None
            if not finished:
                log.info("stopping after the batch in hand, as asked")
            else:
                if not self.dry_run:
                    self._remember_folder(folder, uidvalidity, uidnext, uids, result)
        log.info("the pass took %s", watch.describe())
        return result

    def _uids_to_read(
        self, box: imap.Mailbox, folder: str, last: int | None, known: bool, result: PassResult
    ) -> list[int]:
        """The UIDs past the ``last`` one seen; on first contact (None), the recent mail only."""
        if last is not None:
            uids = box.uids_after(last)
            log.info("%d new message(s) in %s", len(uids), folder)
            return uids
        if known:
            log.warning(
                "UIDVALIDITY of %s changed: read as on first contact; mail already handled is"
                " recognised by its Message-ID",
                folder,
            )
        result.first_contact = first_contact(box, folder, self.settings.imap.first_pass_days)
        log.info("%s", result.first_contact.describe())
        return result.first_contact.uids

    def _remember_folder(
        self, folder: str, uidvalidity: int, uidnext: int, uids: list[int], result: PassResult
    ) -> None:
        """At the end of a whole pass: the folder's last UID (and its first contact)."""
        key = self.settings.imap.folder_key(folder)
        contact = result.first_contact
        if contact is not None:
            remember_first_contact(self.db, key, uidvalidity, uidnext, contact)
        # Nothing new past the last UID (e.g. everything expunged): remember where we are.
        elif not uids or uidnext - 1 > (self.db.folder_state(key) or (0, 0))[1]:
            with self.db.transaction():
                self.db.set_folder_state(key, uidvalidity, max(uidnext - 1, 0))

    def cpu_context(self) -> CpuContext:
        """What the CPU steps need besides the mail (inherited by forked worker processes)."""
        return CpuContext(self.settings, self.model, self.composer, self.situations)

    def _sync_sent(self, box: imap.Mailbox) -> None:
        """Notice replies a counsellor sent from a mail client (also on idle passes).

        A dry run only reads them, and keeps what they answer for this pass alone.
        """
        try:
            if self.dry_run:
                scan = read_new_replies(box, self.db, self.settings)
                self._sent_now = set(scan.replies) if scan else set()
            else:
                sync_sent(box, self.db, self.settings)
        except MailboxError as exc:
            log.warning("Sent folder not checked: %s", first_line(exc))

    def _handle_batch(
        self,
        box: imap.Mailbox,
        folder: str,
        uidvalidity: int,
        drafts_folder: str,
        batch: list[imap.FetchedMessage],
        result: PassResult,
    ) -> parallel.Steps:
        """One fetched batch, handled so that every question gets exactly one draft.

        1. Every message is *recorded* in the store first, in one transaction: a draft as
           ``pending``, with its text and its Message-ID (derived from the question's, so a
           second composition gives the same one). Nothing is in the mailbox yet.
        2. The drafts are APPENDed to Drafts, then the originals get their keyword.
        3. One transaction marks the drafts ``drafted`` *together with* the folder's last UID.

        A pass killed before 3 leaves pending rows and the old last UID. The next pass starts
        with `recover_pending`: a pending draft found in Drafts by its Message-ID is marked drafted;
        one not found is forgotten, and since its UID is above the last UID it is fetched and
        drafted again. Mail whose Message-ID the store already holds (a UIDVALIDITY re-scan, a
        copy, the re-fetch after a kill) is left alone, and of two copies in one batch only the
        first counts; such an original that still waits for a counsellor gets its keyword
        again, since a kill after 1 may have left it untagged.

        The CPU work is *yielded* as jobs (run on worker processes, see triage.passes.parallel)
        and ``RECORDED`` after 1: while this batch is appended, the next one may read the store
        and be classified; with an Appender (``APPENDING``), also be recorded. Each batch sees
        its steps in the order above, and batches are committed in the order they came.
        """
        where = {"folder": folder, "uidvalidity": uidvalidity}
        # parse, guard (CPU); then loop protection and what the store knows (reads the store)
        items = yield Job(read_messages, [(m.raw, {**where, "uid": m.uid}) for m in batch])
        items, retag = self._known(items, batch)
        # classify, compose (CPU)
        items = yield Job(classify_and_compose, items)
        with self.watch.timing("state store"):
            self._hold_back_repeats(items)  # reads the store
        if self.dry_run:  # the lines of `run --dry-run` instead of 1-3
            result.planned += plan_batch(batch, {i.uid: i.outcome for i in items})
            yield RECORDED  # nothing recorded: a dry run writes nothing
            result.counts["fetched"] += len(batch)
            return _count(items, result)
        shadow = self.settings.replies.mode == SHADOW
        if shadow:  # drafts for the review page only: nothing in the mailbox
            keep_out_of_mailbox(i.outcome for i in items)
        drafts = [i for i in items if i.outcome.status == Status.PENDING]
        with self.watch.timing("state store"):
            self._record(items)  # 1: record
        yield RECORDED
        yield from drafts_in(self._appender, box, drafts_folder, drafts, self.watch)  # 2: append
        with self.watch.timing("tagging"):
            box.add_keywords(folder, {} if shadow else retag | self._keywords(items))  # 2: tag
        # On first contact the folder's last UID waits for the end of the pass (_remember_folder).
        last_uid = None if result.first_contact else max(m.uid for m in batch)
        with self.watch.timing("state store"):
            self._commit(folder, uidvalidity, last_uid, drafts)  # 3: commit
        result.counts["fetched"] += len(batch)
        _count(items, result)

    def _known(
        self, items: list[Item], batch: list[imap.FetchedMessage]
    ) -> tuple[list[Item], dict[int, bytes]]:
        """What the store knows of a parsed batch: loop protection, the new mail only (and
        what to tag again), mail answered elsewhere."""
        with self.watch.timing("state store"):
            self._hold_back_loops(items)
            items, retag = self._new_only(items)
            flags = {m.uid: m.flags for m in batch}
            answered_elsewhere(self.db, [(i.uid, i.outcome) for i in items], flags, self._sent_now)
        return items, retag

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

    def _hold_back_repeats(self, items: list[Item]) -> None:
        """No second template on a topic to the same member within ``[replies] repeat_days``:
        a member who writes again about it (unhappy with the template, or with more to ask)
        gets a counsellor. Counted from the store and from this batch's earlier drafts."""
        days = self.settings.replies.repeat_days
        drafted = [i for i in items if i.outcome.status == Status.PENDING and i.outcome.reply_to]
        if days <= 0 or not drafted:
            return
        since = (datetime.now(UTC) - timedelta(days=days)).isoformat(timespec="seconds")
        earlier = self.db.templates_since([i.outcome.reply_to for i in drafted], since)
        today = datetime.now(UTC).date().isoformat()
        for item in drafted:
            had = earlier.setdefault(item.outcome.reply_to, {})
            topics = stages.draft_topics(item.outcome)
            again = [topic for topic in topics if topic in had]
            if again:
                stages.hold_repeat(item, again[0], had[again[0]])
            else:
                had.update(dict.fromkeys(topics, today))

    def _new_only(self, items: list[Item]) -> tuple[list[Item], dict[int, bytes]]:
        """The items the store does not know yet, unreadable ones first (the order they are
        recorded in), and the keywords of known originals still waiting for a counsellor."""
        already = self.db.statuses([i.outcome.message_id for i in items])
        prefix = self.settings.replies.keyword_prefix
        read = [i for i in items if i.question is not None]
        retag = {
            i.uid: _keyword(prefix, _stored(self.db, i.outcome.message_id))
            for i in read
            # pending: recorded by the batch before this one, appended once that one commits
            if already.get(i.outcome.message_id) in IN_PROGRESS
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

    def _commit(
        self, folder: str, uidvalidity: int, last_uid: int | None, drafts: list[Item]
    ) -> None:
        with self.db.transaction():
            for item in drafts:
                self.db.set_status(item.outcome.message_id, Status.DRAFTED)
            if last_uid is not None:
                key = self.settings.imap.folder_key(folder)
                self.db.set_folder_state(key, uidvalidity, last_uid)


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
            reason = loggable_reason(o.status, o.reason)
            log.info("%s %s%s", o.message_id, status, f" ({reason})" if reason else "")


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
