"""SIGKILL at many moments of `triage run` against a real Dovecot: nothing lost, nothing twice.

Most passes run in a child forked from a warmed-up Python (triage imported, model loaded once),
so that 50+ kills fit in the time budget; SIGKILL hits that child exactly as it would hit the
`triage` command: no cleanup, no finally blocks, the kernel closes sockets and drops the lock.
Phase markers written by the child (fetch, parse, classify, commit, append, keywords) let each
kill be aimed at a phase and tell where it landed. A few kills hit the real `triage` console
command at random moments, start-up included. The test prints its figures (kills, where they
landed, drafts, duplicates, lost); TRIAGE_CRASH_SEED picks another sequence of kill points.
"""

from __future__ import annotations

import contextlib
import email
import email.policy
import json
import os
import random
import select
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

import pytest
from conftest import PASSWORD_ENV, ROOT, TRIAGE

from triage.state.statuses import AWAITING, Status
from triage.state.store import Store

MIN_KILLS = 100
ROUND = 40  # questions delivered per round
BATCH = 3

# The pass the fork server runs; the phase markers are the only addition to the real code path.
# A request names a marker and how many times to let it pass; at that marker the child either
# stops itself, to be SIGKILLed by the test exactly there ("at"), or arms a timer that SIGKILLs
# it a few milliseconds later, in the middle of whatever runs then ("in").
ZYGOTE = r"""
import contextlib, os, signal, sys
from pathlib import Path
from triage.model import classify
from triage.mailbox import imap
from triage.inbound import language, parse
from triage.state import store
from triage.cli import main
from triage.config import load_settings
import triage.cli.commands, triage.passes.pipeline, triage.inbound.clean, triage.inbound.guard
import triage.passes.stages
import triage.compose
import triage.passes.sentsync, triage.state.queue, triage.state.decisions

config = sys.argv[1]
model = classify.load_model(load_settings(Path(config)).model.path)
classify.load_model = lambda path: model  # each pass would load the same file
language.detect("Hei, jeg lurer på lønnen i ny jobb")
PLAN = {}

def mark(text):
    if not PLAN:
        return
    os.write(PLAN["trace"], text.encode() + b"\n")
    if text != PLAN["target"]:
        return
    PLAN["seen"] += 1
    if PLAN["seen"] != PLAN["nth"]:
        return
    if PLAN["mode"] == "at":
        os.write(PLAN["trace"], f"stopped {os.getpid()}\n".encode())
        os.kill(os.getpid(), signal.SIGSTOP)
    else:
        signal.signal(signal.SIGALRM, lambda *_: os.kill(os.getpid(), signal.SIGKILL))
        signal.setitimer(signal.ITIMER_REAL, PLAN["delay"])

def traced(owner, name, phase):
    real = getattr(owner, name)
    def wrapper(*args, **kwargs):
        mark(phase)
        result = real(*args, **kwargs)
        mark(phase + " done")
        return result
    setattr(owner, name, wrapper)

traced(imap.Mailbox, "_fetch", "fetch")
traced(imap.Mailbox, "append_drafts", "append")
traced(imap.Mailbox, "add_keywords", "keywords")
traced(classify.TopicModel, "predict", "classify")
traced(parse, "parse_message", "parse")
real_transaction = store.Store.transaction

@contextlib.contextmanager
def transaction(self):
    with real_transaction(self):
        mark("commit")  # BEGIN done
        yield
        mark("commit ready")  # written, not yet committed
    mark("commit done")

store.Store.transaction = transaction
for line in sys.stdin:
    trace, log, target, nth, mode, delay = line.split()
    pid = os.fork()
    if pid == 0:
        out = os.open(log, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
        os.dup2(out, 1)
        os.dup2(out, 2)
        PLAN.update(trace=os.open(trace, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600),
                    target=target.replace("_", " "), nth=int(nth), mode=mode,
                    delay=float(delay), seen=0)
        code = main(["run", "--config", config])
        sys.stdout.flush()
        sys.stderr.flush()
        signal.setitimer(signal.ITIMER_REAL, 0)
        os.write(PLAN["trace"], f"exit {code}\n".encode())
        os._exit(code)
    print(pid, flush=True)
    print(os.waitstatus_to_exitcode(os.waitpid(pid, 0)[1]), flush=True)
"""
# With worker processes, parse and classify run in them: a kill aimed there hits a worker (or,
# chosen at random, the pass itself while that worker is stopped).
# Where a kill can be aimed, with how often the marker comes per batch of BATCH messages.
TARGETS = {
    "fetch": 1, "fetch done": 1, "parse": BATCH, "classify": 1, "classify done": 1,
    "commit": 2, "commit ready": 2, "commit done": 2, "append": 1, "append done": 1,
    "keywords": 1, "keywords done": 1,
}  # fmt: skip


def triage_command() -> list[str]:
    """The installed console command, else the same entry point through this Python."""
    found = shutil.which("triage")
    if found:
        return [found]
    return TRIAGE


def questions(count: int, start: int) -> dict[str, bytes]:
    """``count`` questions from the project's labelled data, each from its own member.

    Examples the guard would skip anyway (the data has a few out-of-office look-alikes) are
    left out, so that every message returned must end drafted or waiting for a counsellor.
    """
    from conftest import mail

    from triage.inbound.guard import skip_reason
    from triage.inbound.parse import parse_message

    examples = []
    for name in ("followup", "interview", "salary", "cv", "other"):
        lines = (ROOT / "data" / f"{name}.jsonl").read_text(encoding="utf-8").splitlines()
        examples.append([json.loads(line) for line in lines])
    found: dict[str, bytes] = {}
    n = start
    while len(found) < count:
        example = examples[n % 5][(n // 5) % len(examples[n % 5])]
        message_id = f"<crash-{n}@example.net>"
        sender = f"Medlem {n} <member{n}@example.net>"
        raw = mail(example["subject"] or "Spørsmål", example["body"], sender, message_id=message_id)
        n += 1
        question, message = parse_message(raw)
        if skip_reason(message, question, frozenset()) is None:
            found[message_id] = raw
    return found


def noise(count: int, start: int) -> dict[str, bytes]:
    from conftest import mail

    found = {}
    for n in range(start, start + count):
        message_id = f"<crash-noise-{n}@example.net>"
        found[message_id] = mail(
            "Automatisk svar: ferie", "Jeg er tilbake mandag.", f"Auto {n} <auto{n}@example.net>",
            headers={"Auto-Submitted": "auto-replied"}, message_id=message_id,
        )  # fmt: skip
    return found


def draft_replies(box) -> Counter:
    """How many drafts in the Drafts folder answer each question (by In-Reply-To)."""
    replies: Counter = Counter()
    for data in box.messages("Drafts").values():
        draft = email.message_from_bytes(data[b"BODY[]"], policy=email.policy.default)
        replies[str(draft["In-Reply-To"]).strip()] += 1  # a long Message-ID may be folded
    return replies


def check_exactly_once(box, question_ids, noise_ids=()) -> dict[str, int]:
    """Every question drafted once or waiting for a counsellor; the store consistent."""
    settings = box.settings()
    with Store.open(settings.state_path) as db:
        assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert not db.pending()
        statuses = db.statuses(list(question_ids) + list(noise_ids))
        rows = {mid: db.message(mid) for mid in question_ids}
        last_uid = db.folder_state(settings.imap.folder_key(settings.imap.mailbox))
        total = db.execute("SELECT COUNT(*) FROM messages").fetchone()[0]
    missing = [mid for mid in question_ids if mid not in statuses]
    assert not missing, f"lost: {missing}"
    wrong = {m: statuses[m] for m in question_ids if statuses[m] not in AWAITING}
    assert not wrong, wrong
    assert all(statuses[m] == Status.SKIPPED for m in noise_ids)
    assert total == len(statuses)  # nothing recorded that was not delivered

    replies = draft_replies(box)
    draft_ids = {}
    for data in box.messages("Drafts").values():
        draft = email.message_from_bytes(data[b"BODY[]"], policy=email.policy.default)
        draft_ids[str(draft["In-Reply-To"]).strip()] = str(draft["Message-ID"]).strip()
        assert b"\\Draft" in data[b"FLAGS"]
    duplicated = {m: n for m, n in replies.items() if n > 1}
    assert not duplicated, f"duplicated drafts: {duplicated}"
    drafted = {m for m in question_ids if statuses[m] == Status.DRAFTED}
    assert set(replies) == drafted, "a draft without its record, or a record without its draft"
    for mid in drafted:
        assert rows[mid]["draft_message_id"] == draft_ids[mid]
    inbox = box.messages("INBOX")
    assert last_uid is not None and last_uid[1] == max(inbox)
    untagged = [
        uid for uid, d in inbox.items()
        if b"crash-noise" not in d[b"BODY[]"] and not any(f.startswith(b"triage-")
                                                         for f in d[b"FLAGS"])
    ]  # fmt: skip
    return {
        "drafted": len(drafted),
        "needs_counsellor": len(question_ids) - len(drafted),
        "duplicates": len(duplicated),
        "lost": len(missing),
        "untagged": len(untagged),
    }


class ForkServer:
    """A warmed-up Python that forks one `triage run` per request."""

    def __init__(self, config: Path, work: Path) -> None:
        env = {**os.environ, "OMP_NUM_THREADS": "1", "OPENBLAS_NUM_THREADS": "1"}
        self.work = work
        self.process = subprocess.Popen(
            [sys.executable, "-c", ZYGOTE, str(config)], stdin=subprocess.PIPE,
            stdout=subprocess.PIPE, env=env, cwd=work, bufsize=0, start_new_session=True,
        )  # fmt: skip
        self.count = 0
        self.pending = b""

    def line(self, timeout: float) -> str | None:
        """The server's next line, or None when none came within ``timeout`` seconds."""
        deadline = time.monotonic() + timeout
        while b"\n" not in self.pending:
            left = deadline - time.monotonic()
            if left <= 0 or not select.select([self.process.stdout], [], [], left)[0]:
                return None
            chunk = os.read(self.process.stdout.fileno(), 4096)
            assert chunk, "the fork server died"
            self.pending += chunk
        line, self.pending = self.pending.split(b"\n", 1)
        return line.decode()

    def start(self, target: str = "none", nth: int = 0, mode: str = "at", delay: float = 0):
        self.count += 1
        trace, log = self.work / f"trace-{self.count}", self.work / f"log-{self.count}"
        request = f"{trace} {log} {target.replace(' ', '_')} {nth} {mode} {delay:.6f}\n"
        self.process.stdin.write(request.encode())
        return int(self.line(60) or "0"), trace, log

    def status(self, timeout: float = 120) -> int | None:
        """The exit status of the pass in hand, or None while it still runs."""
        line = self.line(timeout)
        return None if line is None else int(line)

    def kill_pass(self, pid: int) -> None:
        """End a pass that is stuck (the test fails anyway), so the server can go on."""
        with contextlib.suppress(ProcessLookupError):
            os.kill(pid, signal.SIGKILL)
        self.status(timeout=30)

    def close(self) -> None:
        self.process.stdin.close()
        try:
            self.process.wait(timeout=30)
        except subprocess.TimeoutExpired:  # a pass still running: end it and its workers
            os.killpg(self.process.pid, signal.SIGKILL)
            self.process.wait(timeout=30)
        self.process.stdout.close()


def markers(trace: Path) -> list[str]:
    try:
        return trace.read_text().splitlines()
    except FileNotFoundError:
        return []


def aimed_kill(server: ForkServer, rng: random.Random) -> tuple[str | None, bool]:
    """Run one pass and SIGKILL it at (or a few ms after) a random marker.

    Returns where the kill landed (the last marker before it; "worker ..." when a worker
    process was killed and the pass went on), or None if nothing was killed, and whether the
    pass ran to its end.
    """
    target = rng.choice(list(TARGETS))
    nth = rng.randint(1, 3 * TARGETS[target])
    mode = rng.choice(("at", "in"))
    pid, trace, log = server.start(target, nth, mode, rng.uniform(0.0002, 0.006))
    deadline = time.monotonic() + 60
    code = None
    killed_worker = False
    handled: set[int] = set()
    while code is None and time.monotonic() < deadline:
        # Workers go on writing markers while another process is stopped at its marker, and
        # each worker counts its own markers: two of them can stop between two looks.
        stopped = [
            int(line.split()[1]) for line in markers(trace) if line.startswith("stopped")
        ]  # fmt: skip
        for process in (p for p in stopped if p not in handled):
            handled.add(process)
            # A stopped worker: kill it (the pass must go on without it) or the pass itself
            # (its workers die with it, stopped or not).
            victim = process if process == pid or rng.random() < 0.7 else pid
            killed_worker = killed_worker or victim != pid
            with contextlib.suppress(ProcessLookupError):
                os.kill(victim, signal.SIGKILL)
            with trace.open("a") as out:
                out.write(f"killed {victim}\n")
            if victim == pid:
                code = server.status()
                break
        if code is None:
            code = server.status(timeout=0.001)
    if code is None:
        server.kill_pass(pid)
    assert code is not None, f"pass stuck: {markers(trace)[-5:]}"
    seen = [m for m in markers(trace) if not m.startswith(("stopped", "killed"))]
    where = f"{mode} {seen[-1] if seen else 'start'}"
    if killed_worker:  # and then, perhaps, the pass itself, redoing the worker's batch
        where = f"worker {where}"
    if code != -signal.SIGKILL:
        assert code in (0, 1), log.read_text()[-2000:]
        return (where if killed_worker else None), True
    return where, False


def killed_command(config: Path, delay: float) -> bool:
    """The real console command, killed after ``delay`` seconds; True if it was killed."""
    process = subprocess.Popen(
        [*triage_command(), "run", "--config", str(config)],
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
    )  # fmt: skip
    try:
        process.wait(timeout=delay)
    except subprocess.TimeoutExpired:
        process.send_signal(signal.SIGKILL)
        process.wait()
        process.stderr.close()
        return True
    err = process.stderr.read().decode()
    process.stderr.close()
    assert process.returncode in (0, 1), err
    return False


@pytest.mark.slow
@pytest.mark.parametrize("processes", [1, 2])
def test_sigkill_at_any_moment_loses_nothing_and_doubles_nothing(box, tmp_path, capsys, processes):
    text = box.config.read_text().replace("batch_size = 7", f"batch_size = {BATCH}")
    box.config.write_text(text + f"\n[worker]\nprocesses = {processes}\n")
    assert os.environ.get(PASSWORD_ENV)
    rng = random.Random(int(os.environ.get("TRIAGE_CRASH_SEED", "20261126")))
    server = ForkServer(box.config, tmp_path)
    all_questions: dict[str, bytes] = {}
    all_noise: dict[str, bytes] = {}
    landed: Counter = Counter()
    command_kills = 0
    started = time.monotonic()
    try:
        round_number = 0
        while sum(landed.values()) < MIN_KILLS:
            new = questions(ROUND, round_number * ROUND * 2)
            junk = noise(3, round_number * 3)
            all_questions.update(new)
            all_noise.update(junk)
            mixed = list(new.values()) + list(junk.values())
            rng.shuffle(mixed)
            box.deliver(*mixed)
            # The real command, killed at a random moment (start-up and model load included).
            command_kills += killed_command(box.config, rng.uniform(0.3, 2.5))
            for _ in range(200):
                where, ended = aimed_kill(server, rng)
                if where is not None:
                    landed[where] += 1
                if ended:
                    break  # a pass ran to its end: this round is done
            round_number += 1
        # Passes without kills until one finds nothing to do.
        for _ in range(3):
            pid, trace, log = server.start()
            assert server.status() in (0, 1), log.read_text()[-2000:]
    finally:
        server.close()
    figures = check_exactly_once(box, all_questions, all_noise)
    kills = sum(landed.values()) + command_kills
    with capsys.disabled():
        print(
            f"\ncrash test ({processes} process(es)): {kills} kills ({command_kills} of the"
            f" `triage` command at random moments, {sum(landed.values())} aimed),"
            f" {len(all_questions)} questions,"
            f" {len(all_noise)} auto-replies in {time.monotonic() - started:.0f} s;"
            f" landed in: {dict(sorted(landed.items()))};"
            f" drafted {figures['drafted']}, needs a counsellor {figures['needs_counsellor']},"
            f" duplicates {figures['duplicates']}, lost {figures['lost']},"
            f" originals without keyword {figures['untagged']}"
        )
    # Every original ends with its keyword: a batch committed before an earlier one (its
    # drafts still on their way) would leave the earlier one's originals below the last UID.
    assert figures["untagged"] == 0
    phases_hit = {where.split()[1] for where in landed if not where.startswith("worker")}
    assert {"fetch", "append", "commit"} <= phases_hit, landed
    if processes == 1:
        assert "classify" in phases_hit, landed
    else:
        assert any(where.startswith("worker") for where in landed), landed
    assert sum(landed.values()) >= MIN_KILLS


def test_store_survives_a_kill_inside_its_own_transaction(tmp_path):
    """SQLite's own guarantee, checked where triage relies on it: a kill mid-write rolls back."""
    path = tmp_path / "state.sqlite3"
    Store.open(path).close()
    script = (
        "import os, sys\n"
        "from triage.state.store import Store, Outcome\n"
        f"db = Store.open(__import__('pathlib').Path({str(path)!r}))\n"
        "with db.transaction():\n"
        "    for n in range(200):\n"
        "        db.record(Outcome(f'<k{n}@x>', 'drafted', question_text='x' * 5000))\n"
        "    os.kill(os.getpid(), 9)\n"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True)
    assert done.returncode == -signal.SIGKILL
    with Store.open(path) as db:
        assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert db.counts() == {}
    raw = sqlite3.connect(path)
    assert raw.execute("SELECT COUNT(*) FROM messages").fetchone()[0] == 0
    raw.close()
