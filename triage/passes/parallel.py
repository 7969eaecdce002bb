"""A pass's CPU work on worker processes, overlapped with its IMAP and store work.

`Triage._handle_batch` reads as the steps of one batch, top to bottom. Where it needs CPU work
(parse and guard; classify and compose) it *yields* a `Job` and is sent the result; once the
batch is recorded in the store it yields `RECORDED`. `drive` runs the batches' steps
interleaved, three batches in flight:

    batch k     wait C(k), record(k) .................................. append, tag, commit(k)
    batch k+1                         wait R(k+1), store reads, submit C(k+1)
    batch k+2                                                          fetch, submit R(k+2)

(R: parse and guard, C: classify and compose.) While the IMAP server writes batch k's drafts,
the worker processes classify and compose batch k+1 and parse batch k+2. This process alone
touches the store, and for each batch in the same order as before: a batch's store reads come
after the batch before it was recorded (so it sees that batch's rows, for duplicates and loop
protection), its record after the previous batch's record, its commit after the previous
batch's commit. A batch not yet recorded has written nothing, so dropping it (a stop, an error,
a kill) loses nothing: its UIDs are above the last one committed and the next pass fetches them
again.

When the drafts go in on a connection of their own (triage.passes.appender), a batch's steps
yield `APPENDING` once its drafts are on their way, and `drive` keeps up to ``sending`` such
batches waiting while it records the next ones; it finishes them (tag, commit) strictly in
order. A batch recorded but not committed is pending in the store, whatever came after it: the
next pass looks its drafts up one by one. A batch that would commit before the batches before
it is a RuntimeError: it would move the folder's last UID past mail whose drafts may be lost.

With one process (``[worker] processes = 1``) or little mail, the jobs run here at once and one
batch at a time: the order of every step is then exactly that of a plain loop over batches.

Worker processes are forked once the model and the templates are loaded, so they share them
with this process instead of loading their own; they do no I/O, hold nothing the pass needs,
and are killed by the kernel when this process dies (PR_SET_PDEATHSIG). A worker that dies
(the OOM killer, a crash in a C extension) breaks the pool: the jobs it held are done again in
this process, and so is the rest of the pass. So does a worker that does not answer within
``JOB_TIMEOUT`` (stopped, or stuck): the workers are killed first, so that none can hold the
pass at its end.
"""

from __future__ import annotations

import ctypes
import gc
import logging
import multiprocessing
import os
import signal
import time
from collections import deque
from collections.abc import Callable, Generator, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from contextlib import AbstractContextManager, contextmanager, nullcontext, suppress
from dataclasses import dataclass
from typing import Any

log = logging.getLogger("triage.pass")

# Below this many new messages the pass runs in its own process: forking the workers and
# sending them the mail costs more than it saves.
MIN_MESSAGES_FOR_WORKERS = 8
# Batches in flight with worker processes: the one being written, the one being classified,
# the one being parsed.
_DEPTH = 3
_PR_SET_PDEATHSIG = 1
# Seconds a job's results may take once the pass waits for them. A batch's CPU work takes well
# under a second; a worker this late is stopped or stuck, and the job is done here instead.
JOB_TIMEOUT = 300.0


@dataclass(frozen=True)
class Job:
    """CPU work for a batch: ``function(data, context)`` returns a list, one entry per item of
    ``data`` (a list), in order, so the list can be cut into pieces done in parallel.
    ``function`` must be a module-level function: it is sent to the workers by name."""

    function: Callable[[list, Any], list]
    data: list


# Yielded by a batch's steps once the batch is recorded in the store.
RECORDED = "recorded"
# Yielded after RECORDED (optional) once the batch's drafts are on their way to the server: the
# batch is finished (tagged, committed) later, in order, while later batches are recorded.
APPENDING = "appending"

Steps = Generator[Any, Any, None]
Clock = Callable[[], AbstractContextManager[Any]]

# The context of the jobs, in a worker: set before the workers are forked, so they inherit it.
_context: Any = None


class InProcess:
    """Runs each job at once, in this process, one batch at a time."""

    depth = 1

    def __init__(self, context: Any) -> None:
        self.context = context

    def submit(self, job: Job) -> _Done:
        return _Done(job.function(job.data, self.context))


class _Done:
    def __init__(self, value: list) -> None:
        self.value = value

    def result(self) -> list:
        return self.value


class WorkerPool:
    """``processes`` forked workers; each job is cut into one piece per worker."""

    depth = _DEPTH

    def __init__(self, processes: int, context: Any) -> None:
        global _context
        _context = context  # inherited by the workers, forked at the first submit
        self.context = context
        self.processes = processes
        self.broken = False
        self._forks = _Forks()
        self._pool = ProcessPoolExecutor(
            processes, mp_context=self._forks, initializer=_started, initargs=(os.getpid(),),
        )  # fmt: skip

    @property
    def workers(self) -> list[Any]:
        """The worker processes started so far (multiprocessing's Process objects)."""
        return list(self._forks.started)

    def submit(self, job: Job) -> _Done | _Pieces:
        if self.broken:
            return _Done(job.function(job.data, self.context))
        size = -(-len(job.data) // self.processes) or 1
        pieces = [job.data[start : start + size] for start in range(0, len(job.data), size)]
        try:
            futures = [self._pool.submit(_run, job.function, piece) for piece in pieces]
        except BrokenProcessPool:
            return self.redo(job)
        return _Pieces(self, job, futures)

    def redo(self, job: Job, why: str = "stopped unexpectedly") -> _Done:
        """A worker died or hangs: this job (and every later one) is done in this process."""
        if not self.broken:
            self.broken = True
            log.warning(
                "a worker process %s; its batch is done again in this process, and so is the"
                " rest of the pass",
                why,
            )
            self._kill_workers()
        return _Done(job.function(job.data, self.context))

    def _kill_workers(self) -> None:
        """SIGKILL every worker still there: a stopped or stuck one ignores the pool's SIGTERM
        and would hold the pass in ``close``."""
        for process in self.workers:
            with suppress(OSError, ValueError):
                process.kill()

    def close(self) -> None:
        global _context
        with suppress(BrokenProcessPool):
            self._pool.shutdown(wait=True, cancel_futures=True)
        _context = None


class _Forks:
    """The fork start method, keeping the processes it starts (the pool's workers)."""

    def __init__(self) -> None:
        self._fork = multiprocessing.get_context("fork")
        self.started: list[Any] = []

    def __getattr__(self, name: str) -> Any:
        return getattr(self._fork, name)

    def Process(self, *args: Any, **kwargs: Any) -> Any:  # noqa: N802 (the context's own name)
        process = self._fork.Process(*args, **kwargs)
        self.started.append(process)
        return process


class _Pieces:
    def __init__(self, pool: WorkerPool, job: Job, futures: list[Future]) -> None:
        self.pool, self.job, self.futures = pool, job, futures

    def result(self) -> list:
        deadline = time.monotonic() + JOB_TIMEOUT
        try:
            return [
                item
                for future in self.futures
                for item in future.result(timeout=max(0.0, deadline - time.monotonic()))
            ]
        except BrokenProcessPool:
            return self.pool.redo(self.job).result()
        except TimeoutError:
            return self.pool.redo(self.job, f"did not answer in {JOB_TIMEOUT:.0f} s").result()


def _started(parent: int) -> None:
    """In a new worker: die with the pass, leave Ctrl-C and SIGTERM to the pass."""
    with suppress(OSError, AttributeError):
        ctypes.CDLL(None, use_errno=True).prctl(_PR_SET_PDEATHSIG, signal.SIGKILL)
    if os.getppid() != parent:  # the pass died before the line above took effect
        os._exit(1)
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)


def _run(function: Callable[[list, Any], list], data: list) -> list:
    return function(data, _context)


def uses_workers(processes: int, messages: int) -> bool:
    """Whether `cpu_executor` forks worker processes for a pass over ``messages``."""
    return processes > 1 and messages >= MIN_MESSAGES_FOR_WORKERS


@contextmanager
def cpu_executor(processes: int, context: Any, messages: int) -> Iterator[InProcess | WorkerPool]:
    """Worker processes for a pass over ``messages`` new messages, or this process alone."""
    if not uses_workers(processes, messages):
        yield InProcess(context)
        return
    # Everything alive now (the models above all) is left out of the garbage collector's
    # scans until the pass ends: the workers' collections then do not write to the pages they
    # share with this process (which would copy them), and this process's own full
    # collections, which walked the models' vocabularies each time, stay short.
    gc.freeze()
    pool = WorkerPool(processes, context)
    try:
        yield pool
    finally:
        pool.close()
        gc.unfreeze()


class _Flight:
    """One batch on its way: its steps, and the job they wait for."""

    def __init__(self, steps: Steps, executor: InProcess | WorkerPool, clock: Clock) -> None:
        self.steps = steps
        self.executor = executor
        self.clock = clock
        self.stage = 0  # 0: parsing, 1: classifying, 2: recorded, 3: appending, 4: done
        self.pending = self._submit(next(steps))

    def _submit(self, job: object) -> Any:
        if not isinstance(job, Job):
            raise TypeError(f"a batch's steps yielded {job!r} where a Job was due")
        with self.clock():  # in this process, the job runs here
            return self.executor.submit(job)

    @property
    def done(self) -> bool:
        return self.stage == 4

    def step(self) -> None:
        """Run the batch's steps up to the next place where it waits."""
        if self.stage >= 2:
            for extra in self.steps:  # append (or send off), tag, commit: runs to the end
                if extra == APPENDING and self.stage == 2:
                    self.stage = 3
                    return
                raise TypeError(f"a batch's steps yielded {extra!r} after {RECORDED!r}")
            self.stage = 4
            return
        with self.clock():
            value = self.pending.result()
        self.pending = None
        yielded = self.steps.send(value)
        self.stage += 1
        if self.stage == 1:
            self.pending = self._submit(yielded)
        elif yielded != RECORDED:
            raise TypeError(f"a batch's steps yielded {yielded!r} where {RECORDED!r} was due")


def drive(
    batches: Iterable[Any],
    handle: Callable[[Any], Steps],
    executor: InProcess | WorkerPool,
    stop: Callable[[], bool],
    clock: Clock = nullcontext,
    sending: int = 0,
) -> bool:
    """Every batch through ``handle``'s steps; False when ``stop`` ended it after a batch.

    ``clock()`` surrounds the time this process spends on the CPU jobs: running them, or
    waiting for the workers' results. Up to ``sending`` batches whose steps yielded APPENDING
    wait, in order, to be finished while later batches are recorded.
    """
    source = iter(batches)
    flights: deque[_Flight] = deque()
    appending: deque[_Flight] = deque()

    def finish(keep: int) -> None:
        while len(appending) > keep:
            appending.popleft().step()  # its drafts are in: tagged, committed

    def launch() -> None:
        if len(flights) < executor.depth:
            batch = next(source, None)  # fetches the batch from the server
            if batch is not None:
                flights.append(_Flight(handle(batch), executor, clock))

    try:
        launch()
        while flights:
            head = flights[0]
            if head.stage == 0:
                head.step()  # parsed: store reads, classification submitted
                launch()
            head.step()  # classified and composed: recorded
            if len(flights) > 1 and flights[1].stage == 0:
                flights[1].step()
            launch()
            head.step()  # appended, tagged, committed; or its drafts on their way
            flights.popleft()
            if head.done and appending:  # committed before the batches recorded before it
                raise RuntimeError("a batch was committed before the batches before it")
            if not head.done:
                appending.append(head)
            finish(sending if flights else 0)
            if stop():
                finish(0)
                return False
            if not flights:
                launch()
        return True
    finally:
        for flight in flights:
            flight.steps.close()  # a batch not recorded has written nothing
        for flight in appending:
            flight.steps.close()  # recorded as pending: the next pass looks its drafts up
