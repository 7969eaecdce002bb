"""The pass with worker processes: the same outcome as in one process, the store and mailbox
steps in the same order per batch, and a worker that dies loses no mail."""

from __future__ import annotations

import os
import signal

import pytest
from test_pass import QUESTIONS, parsed_drafts

from triage.cli import main
from triage.passes import parallel
from triage.passes.parallel import APPENDING, RECORDED, InProcess, Job, WorkerPool, drive
from triage.state.statuses import Status
from triage.state.store import Store

# -- the order of the steps (pure logic, with real worker processes) -----------------------------


def double(data: list, context: int) -> list:
    return [value * context for value in data]


def fake_batch(number: int, events: list[str]):
    """A batch's steps as _handle_batch has them, writing down what happens when."""
    doubled = yield Job(double, [number, number])
    events.append(f"reads {number}")
    again = yield Job(double, doubled)
    assert again == [number * 4, number * 4]
    events.append(f"record {number}")
    yield RECORDED
    events.append(f"append {number}")
    events.append(f"commit {number}")


def fake_run(executor, batches: int, stop_after: int = 0) -> tuple[bool, list[str]]:
    events: list[str] = []
    done = []

    def stop() -> bool:
        done.append(1)
        return len(done) == stop_after

    source = (events.append(f"fetch {n}") or n for n in range(batches))
    finished = drive(source, lambda n: fake_batch(n, events), executor, stop)
    return finished, events


@pytest.mark.parametrize("processes", [1, 2, 3])
def test_each_batch_reads_the_store_after_the_one_before_was_recorded(processes):
    executor = InProcess(2) if processes == 1 else WorkerPool(processes, 2)
    try:
        finished, events = fake_run(executor, 6)
    finally:
        if processes > 1:
            executor.close()
    assert finished
    at = {event: index for index, event in enumerate(events)}
    assert len(at) == len(events) == 6 * 5
    for n in range(6):
        assert at[f"fetch {n}"] < at[f"reads {n}"] < at[f"record {n}"] < at[f"append {n}"]
        assert at[f"append {n}"] < at[f"commit {n}"]
        if n:
            assert at[f"record {n - 1}"] < at[f"reads {n}"]
            assert at[f"commit {n - 1}"] < at[f"record {n}"]
    if processes == 1:  # one batch at a time, as a plain loop over the batches would do
        expected = [f"{step} {n}" for n in range(6) for step in ("fetch", "reads", "record")]
        assert [e for e in events if not e.startswith(("append", "commit"))] == expected
    else:  # while batch 0 is appended, batch 1 was read and batch 2 fetched
        assert at["reads 1"] < at["append 0"] and at["fetch 2"] < at["append 0"]


def test_a_stop_leaves_the_batches_in_flight_unrecorded():
    pool = WorkerPool(2, 2)
    try:
        finished, events = fake_run(pool, 6, stop_after=2)
    finally:
        pool.close()
    assert not finished
    assert [e for e in events if e.startswith("commit")] == ["commit 0", "commit 1"]
    assert [e for e in events if e.startswith("record")] == ["record 0", "record 1"]


def appending_batch(number: int, events: list[str], sends: bool = True):
    """A batch's steps whose drafts go in on another connection: APPENDING after RECORDED."""
    doubled = yield Job(double, [number])
    events.append(f"reads {number}")
    yield Job(double, doubled)
    events.append(f"record {number}")
    yield RECORDED
    if sends:
        events.append(f"send {number}")
        yield APPENDING
    events.append(f"commit {number}")


def test_batches_appending_elsewhere_are_committed_in_order_while_later_ones_are_recorded():
    events: list[str] = []
    source = (events.append(f"fetch {n}") or n for n in range(8))
    pool = WorkerPool(2, 2)
    try:
        steps = lambda n: appending_batch(n, events)  # noqa: E731
        finished = drive(source, steps, pool, lambda: False, sending=2)
    finally:
        pool.close()
    assert finished
    at = {event: index for index, event in enumerate(events)}
    assert [e for e in events if e.startswith("commit")] == [f"commit {n}" for n in range(8)]
    for n in range(1, 8):
        assert at[f"record {n - 1}"] < at[f"reads {n}"]  # the store reads see the batch before
    assert at["record 1"] < at["commit 0"]  # the point: batch 1 recorded while 0 is appending
    sent_not_committed = 0
    for event in events:  # never more than two batches waiting for their drafts, plus one
        sent_not_committed += event.startswith("send") - event.startswith("commit")
        assert sent_not_committed <= 3


def test_a_stop_finishes_the_batches_appending_elsewhere():
    events: list[str] = []
    calls = []
    source = (events.append(f"fetch {n}") or n for n in range(8))
    pool = WorkerPool(2, 2)
    try:
        finished = drive(
            source, lambda n: appending_batch(n, events), pool,
            lambda: calls.append(1) or len(calls) == 2, sending=2,
        )  # fmt: skip
    finally:
        pool.close()
    assert not finished
    recorded = [e.split()[1] for e in events if e.startswith("record")]
    assert [e.split()[1] for e in events if e.startswith("commit")] == recorded


def test_a_batch_that_would_commit_before_the_ones_appending_is_refused():
    """A batch that sends nothing must still wait its turn: committing it before the batches
    recorded before it would move the folder's last UID past mail whose drafts may be lost."""
    events: list[str] = []
    pool = WorkerPool(2, 2)
    try:
        with pytest.raises(RuntimeError, match="before the batches before it"):
            drive(
                iter(range(4)), lambda n: appending_batch(n, events, sends=n != 2), pool,
                lambda: False, sending=2,
            )  # fmt: skip
    finally:
        pool.close()


def dies_in_a_worker(data: list, context: int) -> list:
    """Doubles, except in a worker process (not the test's own, ``data[0]``): SIGKILL."""
    if os.getpid() != data[0]:
        os.kill(os.getpid(), signal.SIGKILL)
    return [value * context for value in data[1:]]


def test_a_dead_worker_is_replaced_by_this_process(caplog):
    pool = WorkerPool(2, 3)
    try:
        first = pool.submit(Job(double, [1, 2, 3, 4])).result()
        dead = pool.submit(Job(dies_in_a_worker, [os.getpid(), 7])).result()
        later = [pool.submit(Job(double, [5, 6])).result() for _ in range(3)]
    finally:
        pool.close()
    assert first == [3, 6, 9, 12] and dead == [21] and later == [[15, 18]] * 3
    assert pool.broken
    assert "worker process stopped unexpectedly" in caplog.text


def stops_in_a_worker(data: list, context: int) -> list:
    """Doubles, except in a worker process: SIGSTOP, as a stuck worker would never answer."""
    if os.getpid() != data[0]:
        os.kill(os.getpid(), signal.SIGSTOP)
    return [value * context for value in data[1:]]


def test_a_worker_that_never_answers_is_killed_and_its_job_done_here(monkeypatch, caplog):
    monkeypatch.setattr(parallel, "JOB_TIMEOUT", 1.0)
    pool = WorkerPool(2, 3)
    try:
        first = pool.submit(Job(double, [1, 2, 3, 4])).result()
        stuck = pool.submit(Job(stops_in_a_worker, [os.getpid(), 7])).result()
        later = pool.submit(Job(double, [5, 6])).result()
        workers = pool.workers
    finally:
        pool.close()  # before the fix: waited forever on the stopped worker
    assert first == [3, 6, 9, 12] and stuck == [21] and later == [15, 18]
    assert pool.broken and workers
    assert not any(worker.is_alive() for worker in workers)
    assert "did not answer in 1 s" in caplog.text


# -- real passes -----------------------------------------------------------------------------------


def deliver_mixed(box, make_mail, count: int) -> list[str]:
    """``count`` questions; a few senders write several times, some mail comes twice."""
    ids = []
    raws = []
    for n in range(count):
        subject, body = QUESTIONS[n % len(QUESTIONS)]
        mid = f"<par{n}@example.net>"
        sender = f"Medlem {n % 9} <member{n % 9}@example.net>"
        raws.append(make_mail(subject, body, sender=sender, message_id=mid))
        ids.append(mid)
    raws += raws[3:5] + raws[17:18]  # copies of earlier mail, in later batches
    box.deliver(*raws)
    return ids


def outcome(box, ids: list[str]) -> tuple[dict, list]:
    with Store.open(box.settings().state_path) as db:
        rows = {mid: db.message(mid) for mid in ids}
        assert not db.pending()
    keys = ("status", "topic", "reason", "draft_text", "draft_message_id", "lang", "uid")
    table = {mid: tuple(row[k] for k in keys) for mid, row in rows.items()}
    drafts = sorted(
        (str(m["In-Reply-To"]), str(m["Message-ID"]), m.get_content())
        for _, m in parsed_drafts(box)
    )
    return table, drafts


def use_processes(box, processes: int) -> None:
    box.config.write_text(box.config.read_text() + f"\n[worker]\nprocesses = {processes}\n")


def test_worker_processes_give_the_same_outcome_as_one_process(dovecot, tmp_path, monkeypatch):
    from conftest import PASSWORD, PASSWORD_ENV, Box, mail

    monkeypatch.setenv(PASSWORD_ENV, PASSWORD)
    results = []
    for processes in (1, 3):
        work = tmp_path / str(processes)
        work.mkdir()
        box = Box(dovecot, work)
        use_processes(box, processes)
        ids = deliver_mixed(box, mail, 40)
        assert main(["run", "--config", str(box.config)]) == 0
        results.append(outcome(box, ids))
    (one, one_drafts), (three, three_drafts) = results
    assert one == three
    assert one_drafts == three_drafts
    statuses = [row[0] for row in one.values()]
    assert Status.DRAFTED in statuses
    assert any("loop protection" in row[2] for row in one.values())
    assert len(one_drafts) == statuses.count(Status.DRAFTED)  # the copies got no second draft


def test_a_worker_killed_mid_pass_loses_no_mail(box, make_mail, monkeypatch, caplog):
    """SIGKILL to a worker process while it parses: the batch is parsed again here."""
    from triage.inbound import parse

    use_processes(box, 2)
    ids = deliver_mixed(box, make_mail, 30)
    main_pid = os.getpid()
    real = parse.parse_message

    def dies_in_a_worker(raw: bytes):
        if os.getpid() != main_pid and b"<par12@example.net>" in raw:
            os.kill(os.getpid(), signal.SIGKILL)
        return real(raw)

    monkeypatch.setattr(parse, "parse_message", dies_in_a_worker)
    assert main(["run", "--config", str(box.config)]) == 0
    assert "worker process stopped unexpectedly" in caplog.text
    table, drafts = outcome(box, ids)
    assert all(row[0] in (Status.DRAFTED, Status.NEEDS_COUNSELLOR) for row in table.values())
    drafted = [mid for mid, row in table.items() if row[0] == Status.DRAFTED]
    assert sorted(d[0] for d in drafts) == sorted(drafted)  # each exactly once
    assert main(["run", "--config", str(box.config)]) == 0  # and nothing left to do
    assert outcome(box, ids) == (table, drafts)


def test_few_messages_stay_in_this_process(box, make_mail, monkeypatch):
    use_processes(box, 2)
    started = []
    monkeypatch.setattr(parallel, "WorkerPool", lambda *args: started.append(args))
    box.deliver(make_mail(*QUESTIONS[0]))
    assert main(["run", "--config", str(box.config)]) == 0
    assert started == []


def test_the_language_models_are_loaded_once_before_the_workers_are_forked(
    box, make_mail, monkeypatch
):
    """lingua loads its models on the pass's side, so the forked workers share them instead
    of each loading its own (0.3 s of CPU and 25 MB each); a pass without workers does not
    load them before a mail needs them."""
    from triage.inbound import language

    use_processes(box, 2)
    events: list[str] = []
    real_pool, real_prepare = parallel.WorkerPool, language.prepare

    def pool(*args):
        events.append("fork")
        return real_pool(*args)

    def prepare():
        events.append("prepare")
        real_prepare()

    monkeypatch.setattr(parallel, "WorkerPool", pool)
    monkeypatch.setattr(language, "prepare", prepare)
    box.deliver(make_mail(*QUESTIONS[0]))
    assert main(["run", "--config", str(box.config)]) == 0
    assert events == []  # one message: no workers, nothing loaded ahead
    deliver_mixed(box, make_mail, 12)
    assert main(["run", "--config", str(box.config)]) == 0
    assert events == ["prepare", "fork"]


def test_the_care_lexicon_is_compiled_before_the_workers_are_forked(box, make_mail, monkeypatch):
    """The lexicon is compiled on first use, not at import (an idle pass never needs it); a
    pass with workers compiles it before forking them, so they share it."""
    from triage.inbound import care

    use_processes(box, 2)
    care._lexicon.cache_clear()
    at_fork: list[int] = []
    real_pool = parallel.WorkerPool

    def pool(*args):
        at_fork.append(care._lexicon.cache_info().currsize)
        return real_pool(*args)

    monkeypatch.setattr(parallel, "WorkerPool", pool)
    deliver_mixed(box, make_mail, 12)
    assert main(["run", "--config", str(box.config)]) == 0
    assert at_fork == [1]


def test_the_objects_shared_with_the_workers_are_left_out_of_garbage_collection_meanwhile():
    """gc.freeze before the fork: the workers' collections then leave the shared pages alone
    (no copy-on-write) and this process's full collections skip the models; after the pass
    everything is collected as usual again."""
    import gc

    with parallel.cpu_executor(1, 2, 100) as executor:
        assert gc.get_freeze_count() == 0  # one process: nothing to share
        assert fake_run(executor, 2)[0]
    with parallel.cpu_executor(2, 2, 100) as executor:
        assert gc.get_freeze_count() > 0
        assert fake_run(executor, 4)[0]
    assert gc.get_freeze_count() == 0
