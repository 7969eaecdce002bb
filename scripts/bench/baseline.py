"""The baseline: the plainest script doing triage's IMAP work on the same mail."""

from __future__ import annotations

import time
from dataclasses import dataclass
from pathlib import Path

from bench.mailboxes import BATCH_SIZE, imap_client
from bench.mailgen import MAILBOX, Corpus, render
from bench.progress import progress
from triage.compose import Composer
from triage.dev.devserver import Dovecot
from triage.inbound.parse import parse_message
from triage.mailbox.imap import no_protocol_log

DRAFT_FLAGS = (b"\\Draft", b"\\Seen")


def pre_rendered_draft(corpus: Corpus, templates: Path) -> bytes:
    """A draft as triage writes it (template text, quoted original), for the baseline."""
    mail = next(m for m in corpus.mails if m.kind == "utf8-8bit" and m.record.label != "other")
    question, _ = parse_message(render(mail))
    composer = Composer(templates, "Karriererådgivningen", MAILBOX)
    text = composer.text(question.lang, [mail.record.label], question.first_name)
    return bytes(composer.reply(question, text, topic=mail.record.label))


@dataclass
class Baseline:
    seconds: float
    fetch_seconds: float
    append_seconds: float  # Dovecot fsyncs every appended message: the disk's share
    fetched: int
    fetched_bytes: int
    appended: int


def baseline(
    server: Dovecot, user: str, draft: bytes, questions: int, quiet: bool = False
) -> Baseline:
    """The plainest script doing triage's IMAP work: fetch everything, one draft per question.

    The drafts go in batch by batch, in proportion to the questions among the mail, with
    MULTIAPPEND as triage does. ``quiet``: with imaplib's protocol log off, as triage has it
    (imapclient turns it on, and imaplib then formats every fetched mail as text to drop it).
    The target's baseline is the plain script, not the quiet one.
    """
    started = time.perf_counter()
    client = imap_client(server, user)
    if quiet:
        no_protocol_log(client)
    client.select_folder("INBOX")
    uids = client.search(["ALL"])
    per_message = questions / max(len(uids), 1)
    fetched = fetched_bytes = appended = 0
    fetch_seconds = append_seconds = 0.0
    for start in range(0, len(uids), BATCH_SIZE):
        chunk = uids[start : start + BATCH_SIZE]
        begun = time.perf_counter()
        data = client.fetch(chunk, [b"BODY.PEEK[]"])
        fetch_seconds += time.perf_counter() - begun
        fetched += len(data)
        fetched_bytes += sum(len(d[b"BODY[]"]) for d in data.values())
        owed = round(per_message * (start + len(chunk))) - appended
        if owed > 0:
            begun = time.perf_counter()
            client.multiappend("Drafts", [{"msg": draft, "flags": DRAFT_FLAGS}] * owed)
            append_seconds += time.perf_counter() - begun
            appended += owed
        if fetched % 2500 < BATCH_SIZE:
            progress(f"  baseline: {fetched:,} of {len(uids):,} fetched")
    client.logout()
    seconds = time.perf_counter() - started
    progress(
        f"  baseline: {seconds:.1f} s ({fetch_seconds:.1f} s fetch, {append_seconds:.1f} s append)"
    )
    return Baseline(seconds, fetch_seconds, append_seconds, fetched, fetched_bytes, appended)
