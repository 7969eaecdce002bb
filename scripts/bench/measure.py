"""Every measurement of one run, in the order of the report, and the review page's, done in
this module (the classifier's is in ``bench.classifier``)."""

from __future__ import annotations

import argparse
import os
import random
import time
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from bench.baseline import Baseline, baseline, pre_rendered_draft
from bench.classifier import classifier, corpus_texts
from bench.mailboxes import (
    PASSWORD,
    SECRET_ENV,
    TRUSTED_HEADER,
    drafts_made,
    seed,
    write_settings,
)
from bench.mailgen import (
    Corpus,
    Mail,
    Record,
    load_records,
    plan_corpus,
    sender,
    write_corpus,
)
from bench.paths import TEMPLATES
from bench.progress import progress, step
from bench.triage_runs import (
    ProcessRun,
    backlog_pass,
    drafted_mails,
    idle_passes,
    worker_latency,
    worker_uses_idle,
)
from triage.compose import Composer
from triage.config import WorkerSettings, load_settings
from triage.dev.devserver import Dovecot, start_dovecot
from triage.review import create_app
from triage.state import accounts, store
from triage.state.statuses import Status


def review_page(config: Path, records: list[Record], drafts: int, repeats: int) -> dict:
    """Server time per request of the queue and of one item, with ``drafts`` waiting."""
    os.environ[SECRET_ENV] = "bench-secret-" + "b" * 32  # at least 32 bytes (#13)
    settings = load_settings(config)
    with store.Store.open(settings.state_target) as db:
        accounts.add_user(db, "bench", "bench password")  # trusted_header: accounts only
    composer = Composer(
        settings.replies.templates, settings.replies.from_name, settings.replies.from_address
    )
    rng = random.Random(11)
    questions = [r for r in records if r.label != "other"]
    ids = []
    with store.Store.open(settings.state_target) as db, db.transaction():
        for index in range(drafts):
            record = rng.choice(questions)
            mail = Mail(index, "utf8-8bit", record, datetime(2026, 11, 1, tzinfo=UTC))
            name, address = sender(mail)
            first = name.split()[0]
            confidence = rng.uniform(0.7, 0.99)
            db.record(
                store.Outcome(
                    message_id=mail.message_id, status=Status.DRAFTED, folder="INBOX", uid=index,
                    subject=record.subject, sender_name=name, first_name=first,
                    reply_to=address, lang=record.lang, topic=record.label,
                    confidence=confidence, topics=[(record.label, confidence)],
                    question_text=record.body, original_text=record.body,
                    received_at=(mail.date + timedelta(minutes=index)).isoformat(),
                    draft_message_id=f"<triage-bench-{index}@example.org>",
                    draft_text=composer.text(record.lang, [record.label], first),
                    model_version="bench",
                )
            )  # fmt: skip
            ids.append(mail.message_id)
    app = create_app(settings)
    client = app.test_client()
    headers = {TRUSTED_HEADER: "bench"}

    def timed(url: str) -> float:
        started = time.perf_counter()
        response = client.get(url, headers=headers)
        seconds = time.perf_counter() - started
        if response.status_code != 200:
            raise RuntimeError(f"review page {url.split('?')[0]}: HTTP {response.status_code}")
        return seconds * 1000

    timed("/")  # the first request compiles the templates
    queue = [timed("/") for _ in range(repeats)]
    items = [timed(f"/item?m={ids[rng.randrange(len(ids))]}") for _ in range(repeats)]
    return {"queue_ms": queue, "item_ms": items}


# triage's default [worker] processes on this machine; the backlog is also run with 1 and 2.
DEFAULT_PROCESSES = WorkerSettings().cpu_processes
EXTRA_PROCESS_COUNTS = [count for count in (1, 2) if count != DEFAULT_PROCESSES]


@dataclass
class Measured:
    """Raw results of one run, turned into report lines by ``add_lines``."""

    n: int
    small_n: int
    baselines: list[Baseline]
    quiet_baseline: Baseline  # imaplib's protocol log off: shown beside, not the target's
    backlog: ProcessRun  # with triage's default [worker] processes
    small: ProcessRun
    default_processes: int
    # The backlog of N with [worker] processes = 1 and 2 (and the default, when it is neither).
    by_processes: dict[int, ProcessRun]
    idle_small: list[float]
    idle_large: list[float]
    model: dict[str, float]
    review_drafts: int
    review: dict[str, list[float]]
    worker_mode: str
    worker: dict[str, Any]


def measure(args: argparse.Namespace, work: Path, info: dict[str, Any]) -> Measured:
    """Every measurement, in the order of the report; facts about the run go into ``info``."""
    n, quick = args.n, args.quick
    small_n = min(1000, max(1, n // 2))
    records = load_records()
    server = start_dovecot(work / "dovecot", password=PASSWORD)
    try:
        corpus = _render_and_seed(server, args, records, small_n, info)
        config = {role: write_settings(work / role, server, f"bench-{role}", args.model)
                  for role in ("triage", "small")}  # fmt: skip
        for count in EXTRA_PROCESS_COUNTS:
            config[f"triage-p{count}"] = write_settings(
                work / f"p{count}", server, f"bench-triage-p{count}", args.model, processes=count
            )
        baselines, quiet, by_processes, small = _backlogs(server, corpus, config, small_n, info)
        backlog = by_processes[DEFAULT_PROCESSES]
        repeats = 2 if quick else 5
        with step(f"idle passes ×{repeats} on {small_n:,} and on {n:,} messages"):
            idle_small = idle_passes(config["small"], repeats)
            idle_large = idle_passes(config["triage"], repeats)
        with step("classifier: load and batch prediction in a fresh process"):
            model = classifier(*corpus_texts(corpus), args.model, work / "classifier")
        review_drafts = 50 if quick else 1000
        with step(f"review page with {review_drafts:,} drafts waiting"):
            review_config = write_settings(work / "review", server, "bench-review", args.model)
            review = review_page(review_config, records, review_drafts, 5 if quick else 20)
        mode, worker = _worker(server, work, args, corpus, config["triage"])
    finally:
        server.stop()
    return Measured(
        n, small_n, baselines, quiet, backlog, small, DEFAULT_PROCESSES, by_processes, idle_small,
        idle_large, model, review_drafts, review, mode, worker,
    )  # fmt: skip


def _render_and_seed(
    server: Dovecot,
    args: argparse.Namespace,
    records: list[Record],
    small_n: int,
    info: dict[str, Any],
) -> Corpus:
    """The generated mail, rendered once and put into every mailbox the run needs."""
    n = args.n
    with step(f"rendering {n:,} messages"):
        corpus = write_corpus(server.mail / "corpus", plan_corpus(n, records, args.quick))
    info["corpus"] = {
        "messages": n,
        "questions": corpus.questions,
        "megabytes": round(corpus.bytes / 1e6, 1),
        "large_attachments": corpus.kinds["large-attachment"],
        "kinds": dict(sorted(corpus.kinds.items())),
    }
    # Three baseline mailboxes: the baseline runs before, between and after the triage
    # backlog passes, so a busy moment on a shared machine does not decide the ratio.
    sizes = {"triage": n, "small": small_n, "baseline-1": n, "baseline-2": n, "baseline-3": n}
    sizes["baseline-quiet"] = n
    sizes.update({f"triage-p{count}": n for count in EXTRA_PROCESS_COUNTS})
    seconds = {}
    with step(f"seeding {len(sizes)} mailboxes ({args.seed_method})"):
        for role, count in sizes.items():
            seconds[role] = seed(server, f"bench-{role}", corpus.files[:count], args.seed_method)
            progress(f"  {count:,} messages into bench-{role}: {seconds[role]:.2f} s")
    info["seeding"] = {"method": args.seed_method, "seconds": seconds}
    return corpus


def _backlogs(
    server: Dovecot,
    corpus: Corpus,
    config: dict[str, Path],
    small_n: int,
    info: dict[str, Any],
) -> tuple[list[Baseline], Baseline, dict[int, ProcessRun], ProcessRun]:
    """Baseline, backlog of N with 1 process, baseline, with the default and 2 processes,
    baseline, the quiet baseline, then the small mailbox (default processes)."""
    n, questions = len(corpus.mails), corpus.questions
    draft = pre_rendered_draft(corpus, TEMPLATES)
    baselines = []
    runs: dict[int, ProcessRun] = {}
    title = f"baseline: fetch {n:,}, append {questions:,} drafts of {len(draft):,} bytes"
    order = [(count, f"triage-p{count}") for count in EXTRA_PROCESS_COUNTS]
    order.insert(1, (DEFAULT_PROCESSES, "triage"))  # 1, default, then 2 if the default is not 2
    with step(title):
        baselines.append(baseline(server, "bench-baseline-1", draft, questions))
    for index, (count, role) in enumerate(order):
        with step(f"triage run over the backlog of {n:,} messages, {count} process(es)"):
            runs[count] = backlog_pass(server, f"bench-{role}", config[role], n)
        if index == 0:
            with step(title):
                baselines.append(baseline(server, "bench-baseline-2", draft, questions))
    info["drafts_made"] = dict(
        zip(("count", "mean_bytes"), drafts_made(server, "bench-triage"), strict=True)
    )
    with step(title):
        baselines.append(baseline(server, "bench-baseline-3", draft, questions))
    with step(f"{title}, imaplib's protocol log off"):
        quiet = baseline(server, "bench-baseline-quiet", draft, questions, quiet=True)
    with step(f"triage run over the backlog of {small_n:,} messages"):
        small = backlog_pass(server, "bench-small", config["small"], small_n)
    return baselines, quiet, runs, small


def _worker(
    server: Dovecot, work: Path, args: argparse.Namespace, corpus: Corpus, backlog_config: Path
) -> tuple[str, dict[str, Any]]:
    """(mode, latencies): new questions appended one by one while ``triage worker`` runs."""
    trials = 1 if args.quick else 5
    # With IDLE the schedule is only the fallback: keep the default so IDLE is what is timed.
    idle = worker_uses_idle()
    interval = 300 if idle else 1
    mode = f"{'IMAP IDLE' if idle else 'polling, no IDLE in worker'}, interval {interval} s"
    with step(f"triage worker ({mode}): {trials} new question(s)"):
        worker_config = write_settings(
            work / "worker", server, "bench-worker", args.model, interval
        )
        seed(server, "bench-worker", [], "append")
        mails = drafted_mails(corpus, backlog_config.parent / "state.sqlite3", trials + 1)
        worker = worker_latency(server, "bench-worker", worker_config, mails)
    return mode, worker
