"""The subcommands of `triage`, each a thin layer over the library."""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from functools import partial

from triage.cli.output import print_dry_run, print_json, print_pass_summary
from triage.cli.users import manage_users
from triage.config import Settings
from triage.errors import (
    EXIT_CONFIG,
    EXIT_OK,
    EXIT_SET_ASIDE,
    ConfigError,
    MailboxUnreachable,
    StateError,
)
from triage.inbound.parse import valid_address
from triage.mailbox import imap
from triage.model.classify import classify_jsonl, load_model
from triage.model.situations import situation_fields
from triage.passes.pipeline import Triage, run_pass
from triage.passes.stages import load_situations
from triage.passes.worker import run_worker
from triage.state import privacy, retention
from triage.state.decisions import counsellor_labels
from triage.state.lock import AlreadyRunning, pass_lock
from triage.state.queue import waiting
from triage.state.statuses import Status
from triage.state.store import Store


def run(args: argparse.Namespace, settings: Settings) -> int:
    if args.dry_run:
        # No lock: nothing is written, so a pass running meanwhile is no matter.
        with Store.open_read_only(settings.state_target) as db:
            return print_dry_run(Triage(settings, db, dry_run=True).run(), settings)
    try:
        with pass_lock(settings), Store.open(settings.state_target) as db:
            result = run_pass(Triage(settings, db))
            # The footer promises deletion after [privacy] retention_days: kept here, at most
            # once a day, so that cron needs no line of its own for it.
            retention.purge_when_due(db, settings.privacy.retention_days)
    except AlreadyRunning:
        print("triage: another pass is still running; this one exits", file=sys.stderr)
        return EXIT_OK
    return print_pass_summary(result)


def worker(args: argparse.Namespace, settings: Settings) -> int:
    return run_worker(settings, report=print_pass_summary)


def classify(args: argparse.Namespace, settings: Settings) -> int:
    model = load_model(settings.model.path)
    situations = load_situations(settings.model.path, model)
    bad = classify_jsonl(sys.stdin, model, sys.stdout, partial(situation_fields, situations))
    if bad:
        print(f'triage: {bad} input line(s) could not be read (see their "error")', file=sys.stderr)
        return EXIT_SET_ASIDE
    return EXIT_OK


def queue_items(db: Store) -> list[dict]:
    """The `triage queue --json` contract: one object per question waiting for a counsellor,
    in the review page's order (care, then due soonest, then oldest), with these keys
    (``draft_text`` empty when it has no draft; ``priority`` "care", "due" or "normal"; ``due``
    an ISO date or null)."""
    return [
        {
            "message_id": row["message_id"],
            "status": row["status"],
            "topic": row["topic"],
            "confidence": round(row["confidence"], 4),
            "topics": [{"topic": t, "confidence": round(c, 4)} for t, c in row["topics"]],
            "lang": row["lang"],
            "to": row["reply_to"],
            "subject": row["subject"],
            "draft_text": row["draft_text"] if row["status"] == Status.DRAFTED else "",
            "attachments": row["attachments"],
            "received_at": row["received_at"],
            "reason": row["reason"],
            "priority": row["priority"],
            "due": row["due"] or None,
            "complaint": row["complaint"],
        }
        for row in waiting(db)
    ]


QUEUE_LABELS = {
    Status.NEEDS_CARE: "needs care",
    Status.DRAFTED: "draft",
    Status.NEEDS_COUNSELLOR: "needs a counsellor",
}


def queue(args: argparse.Namespace, settings: Settings) -> int:
    with Store.open(settings.state_target) as db:
        items = queue_items(db)
    if args.json:
        print_json(items)
        return EXIT_OK
    if not items:
        print("Nothing waits for a counsellor.")
        return EXIT_OK
    print(f"{len(items)} waiting for a counsellor (needs care, then due soonest, then oldest):")
    for item in items:
        when = (item["received_at"] or "")[:16].replace("T", " ")
        topic = item["topic"] if item["status"] == Status.DRAFTED else "-"
        due = f"due {item['due']}" if item["due"] else ""
        print(
            f"  {when:16}  {QUEUE_LABELS.get(item['status'], item['status']):18}  {due:14}"
            f"  {topic:9}  {item['confidence']:.2f}  {item['lang']}  {item['subject'][:60]}"
        )
    return EXIT_OK


def train(args: argparse.Namespace, settings: Settings) -> int:
    # Imported here, not at the top: the training code brings numpy (~150 ms in all), which
    # the other commands do without.
    from triage.training.data import Example
    from triage.training.options import TrainOptions
    from triage.training.run import run_training
    from triage.training.situations import train_situations

    def progress(line: str) -> None:
        print(line, file=sys.stderr)

    if args.situations_only:
        if args.data is not None:
            raise ConfigError("--situations-only trains on [train] data; it takes no --data")
        situations = train_situations(
            settings.train.data, settings.model.path, write=not args.dry_run, progress=progress
        )
        print(situations.summary())
        return EXIT_OK
    counsellor: list[Example] = []
    if args.data is None and (settings.state_url or settings.state_path.exists()):
        with Store.open(settings.state_target) as db:
            counsellor = [
                Example(text=f"{subject}\n{text}", label=topic, id=mid, source="counsellor")
                for mid, subject, text, topic in counsellor_labels(db)
            ]
    val_file = args.val
    realistic = settings.train.validation
    if args.data is None and val_file is None and realistic is not None and realistic.exists():
        val_file = realistic
    options = TrainOptions(
        data_dir=settings.train.data,
        data_file=args.data,
        test_file=args.test,
        val_file=val_file,
        oos_label=args.oos_label,
        model_path=settings.model.path,
        target_precision=settings.train.target_precision,
        secondary_precision=settings.train.secondary_precision,
        counsellor_weight=settings.train.counsellor_weight,
        recent_decisions=settings.train.recent_decisions,
        force=args.force,
        write=not args.dry_run,
    )
    result = run_training(options, counsellor, progress=progress)
    print(result.summary())
    if args.data is None:
        # The situation model goes with the topic model now on disk (new or kept).
        situations = train_situations(
            settings.train.data, settings.model.path, write=not args.dry_run, progress=progress
        )
        print(situations.summary())
    return EXIT_OK


def review(args: argparse.Namespace, settings: Settings) -> int:
    # Imported here, not at the top: Flask takes ~100 ms to import and only this command
    # serves pages.
    from triage.review import serve

    return serve(settings, host=args.host, port=args.port)


def users(args: argparse.Namespace, settings: Settings) -> int:
    return manage_users(settings, args.action, args.name, args.display_name)


@contextmanager
def waiting_for_passes(settings: Settings, seconds: float = 120) -> Iterator[None]:
    """The pass lock, waited for: deleting while a pass records would race it."""
    deadline = time.monotonic() + seconds
    with ExitStack() as held:
        while True:
            try:
                held.enter_context(pass_lock(settings))
                break
            except AlreadyRunning:
                if time.monotonic() > deadline:
                    raise StateError(
                        f"a pass has held the lock for over {seconds:.0f} s: try again later"
                    ) from None
                time.sleep(0.5)
        yield


def purge(args: argparse.Namespace, settings: Settings) -> int:
    if args.older_than < 0:
        print("triage: --older-than needs 0 or more days", file=sys.stderr)
        return EXIT_CONFIG
    with waiting_for_passes(settings), Store.open(settings.state_target) as db:
        done = privacy.purge(db, args.older_than)
    print(
        f"triage: removed the texts of {done['messages']} message(s) and {done['decisions']}"
        f" counsellor reply(ies) last touched over {args.older_than} day(s) ago; counts are kept"
    )
    if done["waiting"]:
        print(
            f"triage: {done['waiting']} older question(s) still wait for a counsellor and were"
            " kept; they are purged once handled",
            file=sys.stderr,
        )
    return EXIT_OK


def forget(args: argparse.Namespace, settings: Settings) -> int:
    address = args.address.strip().lower()
    if not valid_address(address):
        print(f"triage: {args.address!r} is not an e-mail address", file=sys.stderr)
        return EXIT_CONFIG
    with waiting_for_passes(settings), Store.open(settings.state_target) as db:
        if args.store_only:
            done = privacy.forget(db, address)
        else:
            try:
                with imap.connect(settings.imap) as box:
                    drafts = box.special_folder(imap.DRAFTS_FLAG, settings.imap.drafts, "Drafts")
                    done = privacy.forget(db, address, box, drafts)
            except MailboxUnreachable as exc:
                raise MailboxUnreachable(
                    f"{exc}; nothing was deleted (--store-only forgets without the mailbox)"
                ) from None
    print(
        f"triage: forgot {address}: {done['messages']} message(s) anonymised"
        f" ({done['waiting']} taken out of the queue), {done['drafts']} draft(s) deleted from"
        f" the mailbox, the address cut out of {done['mentions']} other message(s) and"
        f" {done['decisions']} counsellor reply(ies)"
    )
    print(
        "triage: not touched: their mail and the replies already sent, in the mailbox itself;"
        " the topic model may hold words of theirs until the next `triage train`",
        file=sys.stderr,
    )
    return EXIT_OK
