"""First contact with a mailbox that has history: what the first pass does, and how long it takes.

    python scripts/bench_first_contact.py [--n 10000] [--json out.json] [--quick]

The generated mail of ``mailgen`` (questions from data/, ~5 % noise, a few large attachments),
spread evenly over the last two years by arrival date (INTERNALDATE); 10 % of the mail older
than a week, and 8 % of the last week's, is flagged \\Answered (and \\Seen), and the Sent
folder holds replies to another 15 % of the old mail and 10 % of the last week's. Then, each
in a fresh process with the default settings (``first_pass_days = 7``): ``triage run
--dry-run`` on no state store (on a second, identical mailbox, so that both meet Dovecot cold),
the first ``triage run``, and the idle pass after it. The figures: wall and CPU seconds, what
the pass said, and what is in the store and in Drafts afterwards. (No memory figure: the
child's peak RSS would include this process's, which holds the rendered mail.) Needs root,
like ``scripts/bench.py``.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import random
import sqlite3
import sys
import tempfile
from datetime import UTC, datetime, timedelta
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path

from bench.mailboxes import PASSWORD, folder_count, imap_client, write_settings
from bench.mailgen import MAILBOX, Mail, load_records, plan_corpus, write_corpus
from bench.paths import DEFAULT_MODEL
from bench.progress import progress, step
from bench.report import machine
from bench.triage_runs import run_triage
from triage.dev.devserver import start_dovecot

USER = "bench-history"
DRY_USER = "bench-history-dry"  # the same mailbox again: the dry run's must be as cold
HISTORY_DAYS = 730
WEEK = timedelta(days=7)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=10_000, help="messages in the mailbox")
    parser.add_argument("--json", type=Path, help="also write the figures to this file")
    parser.add_argument("--quick", action="store_true", help="3 MB attachments, not 5-25 MB")
    parser.add_argument("--model", type=Path, default=DEFAULT_MODEL)
    args = parser.parse_args(argv)
    if os.geteuid() != 0:
        print("bench: run as root (the Maildir belongs to the user nobody)", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory(prefix="triage-first-contact-") as tmp:
        figures = measure(args, Path(tmp))
    text = json.dumps(figures, ensure_ascii=False, indent=2)
    print(text)
    if args.json:
        args.json.write_text(text + "\n", encoding="utf-8")
    return 0


def history(n: int, quick: bool, now: datetime) -> list[Mail]:
    """The generated mail, re-dated evenly over two years up to an hour ago."""
    mails = plan_corpus(n, load_records(), quick)
    span = timedelta(days=HISTORY_DAYS) - timedelta(hours=1)
    for index, mail in enumerate(mails):
        mail.date = now - timedelta(hours=1) - span * (1 - index / max(n - 1, 1))
    return mails


def measure(args: argparse.Namespace, work: Path) -> dict:
    now = datetime.now(UTC)
    server = start_dovecot(work / "dovecot", password=PASSWORD)
    try:
        with step(f"rendering {args.n:,} messages over {HISTORY_DAYS} days"):
            mails = history(args.n, args.quick, now)
            corpus = write_corpus(work / "corpus", mails)
        with step("seeding two identical mailboxes: INBOX (some \\Answered) and Sent"):
            seeded = seed_history(server, USER, corpus.files, mails, now)
            seed_history(server, DRY_USER, corpus.files, mails, now)
        model = args.model.resolve()
        config = write_settings(work / "triage", server, USER, model, first_pass_days=7)
        dry = write_settings(work / "dry", server, DRY_USER, model, first_pass_days=7)
        runs = {}
        plan = (("dry_run", dry, ["--dry-run"]), ("first_pass", config, []),
                ("idle_pass", config, []))  # fmt: skip
        for name, settings, extra in plan:
            with step(f"triage run {' '.join(extra)}".strip()):
                run = run_triage(["run", *extra, "--config", str(settings)], settings.parent)
                runs[name] = {
                    "status": run.status, "seconds": round(run.seconds, 2),
                    "cpu_seconds": round(run.cpu_seconds, 2),
                    "said": [x for x in run.stdout.splitlines() if x.startswith("triage:")],
                }  # fmt: skip
                progress(f"   {runs[name]}")
        runs["dry_run"]["lines"] = len((dry.parent / "stdout.txt").read_text().splitlines())
        runs["dry_run"]["store_created"] = (dry.parent / "state.sqlite3").exists()
        return {
            "date": now.isoformat(timespec="seconds"),
            "command": " ".join(["python", "scripts/bench_first_contact.py", *sys.argv[1:]]),
            "machine": machine(),
            "mailbox": seeded,
            "runs": runs,
            "after": outcome(server, config.parent / "state.sqlite3"),
        }
    finally:
        server.stop()


def seed_history(server, user: str, files: list[Path], mails: list[Mail], now: datetime):
    """The INBOX from the rendered files (flags in the Maildir names), and replies in Sent."""
    rng = random.Random(12)
    client = imap_client(server, user)
    client.list_folders()
    client.select_folder("INBOX")
    client.select_folder("Sent")
    client.logout()
    home = server.mail / user
    answered = replied = recent = 0
    replies = []
    for path, mail in zip(files, mails, strict=True):
        is_recent = mail.date >= now - WEEK
        recent += is_recent
        draw = rng.random()
        flagged = draw < (0.08 if is_recent else 0.10)
        info = ":2,RS" if flagged else ":2,"
        os.link(path, home / "cur" / f"{path.name}{info}")
        answered += flagged
        if not flagged and draw < (0.18 if is_recent else 0.25):
            replies.append(mail)
    owner = files[0].stat() if files else None
    for mail in replies:
        raw = reply(mail)
        target = home / ".Sent" / "cur" / f"reply-{mail.index:06d}.bench,S={len(raw)}:2,S"
        target.write_bytes(raw)
        os.chown(target, owner.st_uid, owner.st_gid)
        stamp = (mail.date + timedelta(hours=3)).timestamp()
        os.utime(target, (stamp, stamp))
        replied += 1
    counts = {
        "messages": folder_count(server, user, "INBOX"), "recent_last_7_days": recent,
        "flagged_answered": answered, "replies_in_sent": folder_count(server, user, "Sent"),
    }  # fmt: skip
    assert counts["messages"] == len(files) and counts["replies_in_sent"] == replied
    progress(f"   {counts}")
    return counts


def reply(mail: Mail) -> bytes:
    message = EmailMessage()
    message["From"] = MAILBOX
    message["To"] = "member@example.net"
    message["Subject"] = "SV: " + (mail.record.subject or "spørsmål")
    message["Date"] = format_datetime(mail.date + timedelta(hours=3))
    message["Message-ID"] = f"<reply-{mail.index:06d}@example.org>"
    message["In-Reply-To"] = mail.message_id
    message.set_content("Hei, og takk for spørsmålet.\n\nMed vennlig hilsen\nKarriere\n")
    return message.as_bytes()


def outcome(server, state: Path) -> dict:
    with contextlib.closing(sqlite3.connect(state)) as db:
        statuses = dict(db.execute("SELECT status, COUNT(*) FROM messages GROUP BY status"))
        contact = db.execute("SELECT recent, left_alone FROM first_contact").fetchone()
    return {
        "statuses": statuses,
        "first_contact": {"recent": contact[0], "left_alone": contact[1]} if contact else None,
        "drafts_in_mailbox": folder_count(server, USER, "Drafts"),
    }
