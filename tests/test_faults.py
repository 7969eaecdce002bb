"""Faults around a pass, against a real Dovecot: the server goes away, folders vanish, the
mailbox is full, two passes overlap, the state store is locked, full or damaged.

In every case: a clear one-line error, nothing recorded as done that was not, and the next pass
finishes the work exactly once (checked with the crash test's invariant).
"""

from __future__ import annotations

import logging
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from conftest import PASSWORD, PASSWORD_ENV, Box, wait_for
from test_crash import check_exactly_once, draft_replies, questions, triage_command

from triage.cli import main
from triage.dev.devserver import start_dovecot
from triage.errors import StateError
from triage.mailbox import imap
from triage.state import migrations
from triage.state.statuses import Status
from triage.state.store import Store

QUOTA = """
mail_plugins = $mail_plugins quota
plugin {
  quota = count:User quota
  quota_vsizes = yes
  quota_rule = *:storage=1K
}
"""


@pytest.fixture
def own_box(tmp_path, monkeypatch):
    """A mailbox on a Dovecot of its own, which the test may stop and start again."""
    monkeypatch.setenv(PASSWORD_ENV, PASSWORD)
    holder = {"server": start_dovecot(tmp_path / "dovecot", password=PASSWORD)}
    box = Box(holder["server"], tmp_path)
    box.config.write_text(box.config.read_text().replace("batch_size = 7", "batch_size = 3"))

    def restart(extra_config: str = "") -> None:
        holder["server"].stop(keep_mail=True)
        holder["server"] = holder["server"].restart(extra_config)
        box.server = holder["server"]

    box.restart = restart
    yield box
    holder["server"].stop()


def run(box, *extra: str) -> int:
    return main(["run", "--config", str(box.config), *extra])


def one_line(err: str) -> str:
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert "Traceback" not in err
    return lines[0]


def nothing_done(box) -> None:
    """No draft in the mailbox and nothing recorded as drafted or waiting."""
    assert box.messages("Drafts") == {}
    with Store.open(box.settings().state_path) as db:
        counts = db.counts()
    assert not counts.get(Status.DRAFTED) and not counts.get(Status.NEEDS_COUNSELLOR), counts


# -- the server goes away ------------------------------------------------------------------


@pytest.mark.parametrize("during", ["_fetch", "append_drafts", "add_keywords"])
def test_server_stopped_mid_pass_exits_3_and_the_next_pass_resumes(
    own_box, monkeypatch, capsys, during
):
    mail = questions(12, 0)
    own_box.deliver(*mail.values())
    real = getattr(imap.Mailbox, during)
    calls = {"n": 0}

    def server_dies(self, *args, **kwargs):
        calls["n"] += 1
        if calls["n"] == 2:  # the second batch: the first is done and recorded
            own_box.server.stop(keep_mail=True)
        return real(self, *args, **kwargs)

    monkeypatch.setattr(imap.Mailbox, during, server_dies)
    assert run(own_box) == 3
    line = one_line(capsys.readouterr().err)
    assert "IMAP server" in line and ("connection" in line or "refused" in line), line
    monkeypatch.setattr(imap.Mailbox, during, real)

    own_box.restart()
    assert run(own_box) == 0
    check_exactly_once(own_box, mail)


def start_worker(box: Box, interval: int, log: Path) -> tuple[subprocess.Popen, Path]:
    """`triage worker` on ``box`` with its log in ``log``."""
    box.config.write_text(box.config.read_text() + f"\n[worker]\ninterval_seconds = {interval}\n")
    with open(log, "w") as err:
        worker = subprocess.Popen(
            [*triage_command(), "worker", "--config", str(box.config)],
            stdout=subprocess.DEVNULL, stderr=err, env={**os.environ},
        )  # fmt: skip
    return worker, log


@pytest.mark.slow
def test_worker_outlives_the_server_and_says_so_once(own_box, tmp_path):
    """Stop Dovecot under a running worker, start it again: one line each way, work resumes."""
    worker, log = start_worker(own_box, 2, tmp_path / "worker.log")
    try:
        first = questions(3, 0)
        own_box.deliver(*first.values())
        assert wait_for(lambda: len(own_box.messages("Drafts")) >= 1, 30), log.read_text()
        time.sleep(1)
        own_box.server.stop(keep_mail=True)
        time.sleep(8)  # several intervals: without backoff there would be a line a second
        during = log.read_text()
        own_box.restart()
        second = questions(3, 100)
        own_box.deliver(*second.values())
        assert wait_for(lambda: "reachable again" in log.read_text(), 40), log.read_text()
        wait_for(lambda: False, 3)  # let the pass after reconnecting finish
    finally:
        worker.send_signal(signal.SIGTERM)
        worker.wait(timeout=30)
    assert worker.returncode == 0, log.read_text()
    outage = [line for line in during.splitlines() if "WARNING" in line or "ERROR" in line]
    outage = [line for line in outage if "worker started" not in line]
    assert 1 <= len(outage) <= 2, "\n".join(outage)  # the pass's failure (and IDLE's), once
    assert log.read_text().count("reachable again") == 1
    check_exactly_once(own_box, {**first, **second})


def cpu_seconds(pid: int) -> float:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


@pytest.mark.slow
def test_worker_in_idle_notices_the_server_going_and_coming_back(own_box, tmp_path):
    # A long interval: only IDLE (and its reconnection) can bring the new mail in quickly.
    worker, log = start_worker(own_box, 3600, tmp_path / "worker.log")
    try:
        first = questions(2, 0)
        own_box.deliver(*first.values())
        assert wait_for(lambda: len(own_box.messages("Drafts")) == 2, 30), log.read_text()
        time.sleep(1)
        own_box.server.stop(keep_mail=True)
        before = cpu_seconds(worker.pid)
        time.sleep(6)
        spent = cpu_seconds(worker.pid) - before
        during = log.read_text()
        own_box.restart()
        second = questions(2, 100)
        own_box.deliver(*second.values())
        drafted = wait_for(lambda: len(own_box.messages("Drafts")) == 4, 30)
    finally:
        worker.send_signal(signal.SIGTERM)
        worker.wait(timeout=30)
    assert spent < 1.5, f"{spent:.1f} s of CPU in 6 s of outage: a busy loop"
    outage = [line for line in during.splitlines() if "WARNING" in line or "ERROR" in line]
    assert 1 <= len(outage) - 1 <= 2, during  # "worker started", then the outage, once
    assert drafted, log.read_text()


@pytest.mark.slow
def test_worker_started_while_the_server_is_down_says_so_once_then_drafts(own_box, tmp_path):
    own_box.server.stop(keep_mail=True)
    worker, log = start_worker(own_box, 3600, tmp_path / "worker.log")
    try:
        assert wait_for(lambda: "retrying" in log.read_text(), 30), log.read_text()
        time.sleep(2)  # a second line, if one came, would come now
        during = log.read_text()
        own_box.restart()
        own_box.deliver(*questions(1, 0).values())
        drafted = wait_for(lambda: len(own_box.messages("Drafts")) == 1, 30)
    finally:
        worker.send_signal(signal.SIGTERM)
        worker.wait(timeout=30)
    problems = [line for line in during.splitlines() if "ERROR" in line or "IDLE" in line]
    assert len(problems) == 1 and "retrying" in problems[0], during
    assert drafted, log.read_text()


def test_worker_backs_off_with_jitter_and_logs_once(own_box, caplog):
    from triage.passes.worker import RETRY_BASE_SECONDS, Worker

    own_box.server.stop(keep_mail=True)
    settings = own_box.settings()
    worker = Worker(settings)
    delays = []
    with caplog.at_level(logging.INFO, logger="triage.worker"):
        for _ in range(5):
            worker.next_retry = 0.0  # as if the wait were over
            worker.one_pass()
            delays.append(worker.next_retry - time.monotonic())
    for attempt, delay in enumerate(delays, start=1):
        full = min(600, RETRY_BASE_SECONDS * 2**attempt)
        assert 0.5 * full - 1 <= delay <= full, (attempt, delay)
    shares = {
        round(d / min(600, RETRY_BASE_SECONDS * 2**n), 3) for n, d in enumerate(delays, start=1)
    }
    assert len(shares) > 1, "no jitter: every worker would retry at the same moment"
    errors = [r for r in caplog.records if r.levelno >= logging.WARNING]
    assert len(errors) == 1 and "retrying" in errors[0].getMessage()


# -- folders and quota -----------------------------------------------------------------------


def test_missing_mailbox_folder_is_a_clear_error_and_nothing_is_recorded(box, capsys):
    box.config.write_text(box.config.read_text().replace("batch_size = 7", 'mailbox = "Karriere"'))
    box.deliver(*questions(3, 0).values())
    assert run(box) == 3
    line = one_line(capsys.readouterr().err)
    assert "folder 'Karriere' cannot be opened" in line
    nothing_done(box)


def test_folder_renamed_between_passes_then_back(box, capsys):
    box.config.write_text(box.config.read_text().replace("batch_size = 7", 'mailbox = "Karriere"'))
    client = box.client()
    client.create_folder("Karriere")
    first, second = questions(4, 0), questions(4, 100)
    for raw in first.values():
        client.append("Karriere", raw)
    client.logout()
    assert run(box) == 0

    client = box.client()
    client.rename_folder("Karriere", "Karriere-gammel")
    client.logout()
    capsys.readouterr()
    assert run(box) == 3
    assert "'Karriere'" in one_line(capsys.readouterr().err)

    client = box.client()
    client.rename_folder("Karriere-gammel", "Karriere")
    for raw in second.values():
        client.append("Karriere", raw)
    client.logout()
    assert run(box) == 0
    _check_folder(box, "Karriere", {**first, **second})


def _check_folder(box, folder, mail):
    """check_exactly_once for a mailbox folder other than INBOX."""
    real = box.messages
    box.messages = lambda name: real(folder if name == "INBOX" else name)
    try:
        check_exactly_once(box, mail)
    finally:
        box.messages = real


def test_missing_drafts_folder_records_nothing_as_drafted(box, capsys):
    box.config.write_text(box.config.read_text().replace("batch_size = 7", 'drafts = "Utkast"'))
    mail = questions(6, 0)
    box.deliver(*mail.values())
    assert run(box) == 3
    line = one_line(capsys.readouterr().err)
    assert "'Utkast'" in line and "[imap] drafts" in line
    with Store.open(box.settings().state_path) as db:
        assert not db.counts().get(Status.DRAFTED)
    assert main(["queue", "--json", "--config", str(box.config)]) == 0
    assert '"drafted"' not in capsys.readouterr().out

    client = box.client()
    client.create_folder("Utkast")
    client.logout()
    assert run(box) == 0
    real = box.messages
    box.messages = lambda name: real("Utkast" if name == "Drafts" else name)
    check_exactly_once(box, mail)


def test_mailbox_over_quota_records_nothing_as_drafted(own_box, capsys):
    mail = questions(6, 0)
    own_box.deliver(*mail.values())
    own_box.restart(QUOTA)
    assert run(own_box) == 3
    line = one_line(capsys.readouterr().err)
    assert "quota" in line.lower()
    assert own_box.messages("Drafts") == {}
    with Store.open(own_box.settings().state_path) as db:
        assert not db.counts().get(Status.DRAFTED)

    own_box.restart()  # space freed
    assert run(own_box) == 0
    check_exactly_once(own_box, mail)


# -- two passes at once -----------------------------------------------------------------------


def _lock_held(path) -> bool:
    import fcntl

    if not path.exists():
        return False
    with open(path) as handle:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return True
        fcntl.flock(handle, fcntl.LOCK_UN)
    return False


def test_second_pass_while_one_runs_exits_at_once_and_nothing_is_doubled(box):
    box.config.write_text(box.config.read_text().replace("batch_size = 7", "batch_size = 2"))
    mail = questions(30, 0)
    box.deliver(*mail.values())
    command = [*triage_command(), "run", "--config", str(box.config)]
    first = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    lock = box.settings().lock_path
    assert wait_for(lambda: _lock_held(lock), 30)
    second = subprocess.run(command, capture_output=True, text=True, timeout=60)
    still_running = first.poll() is None
    out, err = first.communicate(timeout=120)
    assert first.returncode == 0, err
    assert still_running, "the first pass ended before the second started: test too slow"
    assert second.returncode == 0 and "another pass" in second.stderr
    assert "30 new" in out and second.stdout == ""
    check_exactly_once(box, mail)


@pytest.mark.slow
def test_worker_and_manual_runs_never_double_a_draft(box):
    box.config.write_text(box.config.read_text() + "\n[worker]\ninterval_seconds = 1\n")
    mail = questions(24, 0)
    worker = subprocess.Popen(
        [*triage_command(), "worker", "--config", str(box.config)],
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip
    try:
        time.sleep(2)
        box.deliver(*mail.values())
        for _ in range(3):
            done = subprocess.run(
                [*triage_command(), "run", "--config", str(box.config)],
                capture_output=True, text=True, timeout=60,
            )  # fmt: skip
            assert done.returncode == 0, done.stderr
        # The manual runs may all have found the worker's lock taken: then the worker drafts
        # the mail on its next turn. Wait for that turn (a bound for hangs on a loaded machine,
        # not a timing) instead of stopping the worker with the mail still new.
        wait_for(lambda: _handled(box, mail), 90)
    finally:
        worker.send_signal(signal.SIGTERM)
        _, err = worker.communicate(timeout=30)
    assert worker.returncode == 0, err
    check_exactly_once(box, mail)


def _handled(box, mail) -> bool:
    if not box.settings().state_path.exists():
        return False
    with Store.open(box.settings().state_path) as db:
        return len(db.statuses(list(mail))) == len(mail) and not db.pending()


# -- the state store ------------------------------------------------------------------------


class _QuickBusy(sqlite3.Connection):
    """The store's connection with a 0.3 s busy timeout instead of 30 s, to keep tests short."""

    def execute(self, sql, *args):  # noqa: ANN001, ANN201
        if sql.startswith("PRAGMA busy_timeout"):
            sql = "PRAGMA busy_timeout = 300"
        return super().execute(sql, *args)


@pytest.fixture
def quick_busy(monkeypatch):
    real = sqlite3.connect

    def connect(*args, **kwargs):
        return real(*args, **{**kwargs, "timeout": 0.3, "factory": _QuickBusy})

    monkeypatch.setattr(sqlite3, "connect", connect)


def test_locked_store_is_a_clear_error_and_the_mailbox_is_untouched(box, quick_busy, capsys):
    mail = questions(4, 0)
    box.deliver(*mail.values())
    path = box.settings().state_path
    Store.open(path).close()
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    try:
        assert run(box) == 2
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    line = one_line(capsys.readouterr().err)
    assert "busy or locked" in line
    nothing_done(box)
    inbox = box.messages("INBOX").values()
    assert not any(f.startswith(b"triage-") for d in inbox for f in d[b"FLAGS"])
    assert run(box) == 0
    check_exactly_once(box, mail)


FULL_DISK = r"""
import resource, signal, sys
signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a write past the limit fails, as on a full disk
limit = int(sys.argv.pop(1))
resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))
from triage.cli import main
raise SystemExit(main())
"""


def long_questions(count: int, start: int) -> dict[str, bytes]:
    """Questions with ~60 kB of text each: a batch of them outgrows SQLite's page cache, so
    the store writes (and can fail) in the middle of a transaction, not only at COMMIT."""
    from conftest import mail

    filler = "Her er hele søknaden min, avsnitt for avsnitt, slik jeg sendte den. " * 900
    found = {}
    for message_id, raw in questions(count, start).items():
        body = raw.split(b"\n\n", 1)[1].decode("utf-8", "replace")
        found[message_id] = mail("Lang søknad", body + "\n\n" + filler,
                                 f"Medlem <{message_id[1:-1].replace('@', '.')}@example.net>",
                                 message_id=message_id)  # fmt: skip
    return found


def test_full_disk_is_a_clear_error_with_no_partial_records(box):
    """Files may not grow past what the store has after a first pass (RLIMIT_FSIZE)."""
    box.config.write_text(box.config.read_text().replace("batch_size = 7", "batch_size = 60"))
    first, second = questions(3, 0), long_questions(50, 100)
    box.deliver(*first.values())
    assert run(box) == 0
    path = box.settings().state_path
    with Store.open(path) as db:
        db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    limit = path.stat().st_size + 8192
    box.deliver(*second.values())
    done = subprocess.run(
        [sys.executable, "-c", FULL_DISK, str(limit), "run", "--config", str(box.config)],
        capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert done.returncode == 2, done.stderr
    line = one_line(done.stderr)
    assert "state store" in line and "could not be written" in line
    with Store.open(path) as db:
        assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        statuses = db.statuses(second)
    # Whatever the failed pass recorded is whole: a draft in Drafts for each "drafted" row.
    drafted = {m for m, s in statuses.items() if s == Status.DRAFTED}
    assert drafted <= set(draft_replies(box))
    assert run(box) == 0
    check_exactly_once(box, {**first, **second})


def test_failing_migration_leaves_the_schema_as_it_was(tmp_path, monkeypatch):
    path = tmp_path / "state.sqlite3"
    Store.open(path).close()
    broken = "CREATE TABLE half_done (x INTEGER); CREATE TABLE messages (x INTEGER)"
    monkeypatch.setattr(migrations, "MIGRATIONS", (*migrations.MIGRATIONS, broken))
    with pytest.raises(StateError):
        Store.open(path)
    raw = sqlite3.connect(path)
    assert raw.execute("PRAGMA user_version").fetchone()[0] == len(migrations.MIGRATIONS) - 1
    tables = {r[0] for r in raw.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    raw.close()
    assert "half_done" not in tables


def test_store_that_is_not_a_database_is_a_clear_error(box, capsys):
    box.deliver(*questions(2, 0).values())
    path = box.settings().state_path
    path.write_bytes(b"this is not a database " * 100)
    assert run(box) == 2
    line = one_line(capsys.readouterr().err)
    assert str(path) in line and "move it away" in line
    assert box.messages("Drafts") == {}


def test_store_damaged_in_the_middle_is_a_clear_error(box, capsys):
    mail = questions(30, 0)
    box.deliver(*mail.values())
    assert run(box) == 0
    path = box.settings().state_path
    with Store.open(path) as db:
        db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    data = bytearray(path.read_bytes())
    data[8192:16384] = os.urandom(8192)
    path.write_bytes(bytes(data))
    box.deliver(*questions(2, 100).values())
    code = run(box)
    line = one_line(capsys.readouterr().err)
    assert code == 2 and "state store" in line
