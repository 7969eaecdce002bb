"""Triage in fresh processes, as a person or cron starts it: the backlog pass, idle passes,
and the worker's delay from new mail to its draft."""

from __future__ import annotations

import contextlib
import os
import random
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from bench.mailboxes import PASSWORD, PASSWORD_ENV, SECRET_ENV, folder_count, imap_client
from bench.mailgen import Corpus, Mail, render
from bench.memory import TreeMemory
from bench.paths import ROOT
from bench.progress import progress
from triage.dev.devserver import Dovecot

# How often the pass's peak memory is read, and its private memory (costly: see bench.memory).
SAMPLE_SECONDS = 0.05
DETAILED_SECONDS = 1.0


def triage_command() -> list[str]:
    """The console script beside this interpreter (no pyenv shim in the timing), else -c."""
    script = Path(sys.executable).parent / "triage"
    if script.exists():
        return [sys.executable, str(script)]
    return [sys.executable, "-c", "import sys; from triage.cli import main; sys.exit(main())"]


@dataclass
class ProcessRun:
    seconds: float
    cpu_seconds: float  # user + system: less sensitive than wall time to a busy machine
    rss_mb: float  # wait4: the peak of the process and of the children it waited for
    status: int
    stdout: str
    stderr: str
    memory: TreeMemory = field(default_factory=TreeMemory)  # sampled: the pass, each worker


def run_triage(
    args: list[str],
    work: Path,
    every: float = 0.0,
    report: Callable[[float], None] | None = None,
    env: dict[str, str] | None = None,
) -> ProcessRun:
    """Run ``triage ARGS`` in a fresh process, with ``env`` added to its environment; wall
    time, CPU time and peak memory.

    A thread samples the peak memory of the pass and of each worker process every 50 ms, their
    private memory every second (see bench.memory: it is costly), and calls ``report`` every
    ``every`` seconds, while this one waits for the process to end.
    """
    out, err = work / "stdout.txt", work / "stderr.txt"
    env = {**os.environ, PASSWORD_ENV: PASSWORD, SECRET_ENV: "bench-secret", **(env or {})}
    memory = TreeMemory()
    ended = threading.Event()
    with out.open("wb") as stdout, err.open("wb") as stderr:
        started = time.perf_counter()
        process = subprocess.Popen(
            triage_command() + args, stdout=stdout, stderr=stderr, env=env, cwd=work
        )

        def watch() -> None:
            last = started
            detailed_at = started
            while not ended.wait(SAMPLE_SECONDS):
                now = time.perf_counter()
                detailed = now - detailed_at >= DETAILED_SECONDS
                if detailed:
                    detailed_at = now
                memory.sample(process.pid, detailed)
                if report and time.perf_counter() - last >= every:
                    last = time.perf_counter()
                    report(last - started)

        watcher = threading.Thread(target=watch, daemon=True)
        watcher.start()
        # wait4 reports this child's rusage, with that of the worker processes it waited for
        # (RUSAGE_CHILDREN would mix in the benchmark's other children).
        _, status, usage = os.wait4(process.pid, 0)
        seconds = time.perf_counter() - started
        ended.set()
        watcher.join()
    process.returncode = os.waitstatus_to_exitcode(status)
    return ProcessRun(
        seconds,
        usage.ru_utime + usage.ru_stime,
        usage.ru_maxrss / 1024,  # kilobytes on Linux
        process.returncode,
        out.read_text(errors="replace"),
        err.read_text(errors="replace"),
        memory,
    )


def backlog_pass(server: Dovecot, user: str, config: Path, total: int) -> ProcessRun:
    def report(elapsed: float) -> None:
        with contextlib.suppress(Exception):
            drafts = folder_count(server, user, "Drafts")
            progress(f"  {elapsed:5.0f} s: {drafts:,} drafts so far ({total:,} messages)")

    # -v: each message's outcome, and at the end the line saying where the time went.
    args = ["run", "-v", "--config", str(config)]
    run = run_triage(args, config.parent, every=10, report=report)
    if run.status not in (0, 1):
        raise RuntimeError(f"triage run failed (status {run.status}): {run.stderr[-800:]}")
    worker = run.memory.worker_peak()
    progress(
        f"  {run.stdout.strip()} in {run.seconds:.1f} s ({run.cpu_seconds:.1f} s CPU), peak RSS"
        f" {run.memory.main.rss_mb:.0f} MB, workers {len(run.memory.workers)}: RSS"
        f" {worker.rss_mb:.0f} MB, private {worker.private_mb:.0f} MB"
    )
    progress(f"  the pass's own account: {time_parts(run.stderr) or 'none'}")
    return run


def time_parts(log: str) -> dict[str, float]:
    """The seconds of each part of a pass, from the line `triage run -v` ends with."""
    lines = [line for line in log.splitlines() if "the pass took " in line]
    if not lines:
        return {}
    told = lines[-1].split("the pass took ", 1)[1]
    total, _, parts = told.partition(" s: ")
    found = {"total": float(total)}
    for part in parts.split(", "):
        name, _, seconds = part.removesuffix(" s").rpartition(" ")
        found[name] = float(seconds)
    return found


def idle_passes(config: Path, repeats: int) -> list[float]:
    times = []
    for _ in range(repeats):
        run = run_triage(["run", "--config", str(config)], config.parent)
        if run.status != 0 or run.stdout.strip():
            raise RuntimeError(f"idle pass was not idle: {run.stdout[-300:]} {run.stderr[-300:]}")
        times.append(run.seconds)
    return times


def worker_uses_idle() -> bool:
    """Whether `triage worker` waits with IMAP IDLE (read from the source: what runs is that)."""
    sources = [p.read_text(encoding="utf-8") for p in (ROOT / "triage").rglob("*.py")]
    return any("idle_check" in text or ".idle()" in text for text in sources)


def drafted_mails(corpus: Corpus, state: Path, count: int) -> list[Mail]:
    """Questions the backlog pass drafted, as new mail (new Message-ID, same words)."""
    with contextlib.closing(sqlite3.connect(state)) as db:
        rows = db.execute("SELECT message_id FROM messages WHERE status = 'drafted'")
        drafted = {row[0] for row in rows}
    plain = [m for m in corpus.mails if m.message_id in drafted and m.kind == "utf8-8bit"]
    found = plain or [m for m in corpus.mails if m.message_id in drafted]
    if not found:
        raise RuntimeError("the backlog pass made no drafts: no question to time the worker with")
    base = len(corpus.mails) + 1000
    now = datetime.now(UTC)
    return [
        Mail(base + i, found[i % len(found)].kind, found[i % len(found)].record, now)
        for i in range(count)
    ]


def worker_latency(server: Dovecot, user: str, config: Path, mails: list[Mail]) -> dict:
    """Seconds from the end of APPEND to the draft in Drafts; the first mail warms up."""
    env = {**os.environ, PASSWORD_ENV: PASSWORD}
    log = (config.parent / "worker.log").open("wb")
    process = subprocess.Popen(
        triage_command() + ["worker", "--config", str(config)],
        stdout=log, stderr=subprocess.STDOUT, env=env, cwd=config.parent,
    )  # fmt: skip
    rng = random.Random(3)
    latencies: list[float] = []
    try:
        client = imap_client(server, user)
        for number, mail in enumerate(mails):
            before = int(client.folder_status("Drafts", [b"MESSAGES"])[b"MESSAGES"])
            client.append("INBOX", render(mail), flags=())
            appended = time.perf_counter()
            deadline = appended + (60 if number == 0 else 30)
            while int(client.folder_status("Drafts", [b"MESSAGES"])[b"MESSAGES"]) <= before:
                if time.perf_counter() > deadline or process.poll() is not None:
                    raise RuntimeError(
                        "no draft from triage worker: "
                        + (config.parent / "worker.log").read_text(errors="replace")[-800:]
                    )
                time.sleep(0.02)
            seconds = time.perf_counter() - appended
            if number:
                latencies.append(seconds)
                progress(f"  draft {number} after {seconds:.2f} s")
            else:
                progress(f"  warm-up draft after {seconds:.2f} s (worker start included)")
            time.sleep(rng.uniform(0.2, 1.2))  # a new phase against the polling interval
        client.logout()
    finally:
        process.send_signal(signal.SIGTERM)
        try:
            status = process.wait(timeout=60)
        except subprocess.TimeoutExpired:
            process.kill()
            status = process.wait()
        log.close()
    return {"latencies": latencies, "exit_status": status}
