"""`triage worker`: passes on a schedule until SIGTERM/SIGINT, finishing the batch in hand.

An unreachable server is retried with exponential backoff and jitter, and reported once when
it goes away and once when it comes back, not on every attempt.
"""

from __future__ import annotations

import logging
import random
import signal
import threading
import time

import schedule

from .config import Settings
from .errors import EXIT_OK, MailboxError, MailboxUnreachable, StateError
from .lock import AlreadyRunning, pass_lock
from .store import Store

log = logging.getLogger("triage.worker")
MAX_BACKOFF_SECONDS = 600


class Worker:
    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.stopping = threading.Event()
        self.failures = 0
        self.next_retry = 0.0

    def stop(self, *_: object) -> None:
        if not self.stopping.is_set():
            log.warning("stop requested: finishing the message batch in hand")
        self.stopping.set()

    def one_pass(self) -> None:
        from .commands import _pass, report
        from .pipeline import Triage

        if time.monotonic() < self.next_retry:
            return
        try:
            with pass_lock(self.settings.lock_path), Store.open(self.settings.state_path) as db:
                result = _pass(Triage(self.settings, db), db, self.stopping.is_set)
        except AlreadyRunning:
            log.info("another pass is running; skipping this turn")
            return
        except (MailboxUnreachable, MailboxError, StateError) as exc:
            self.failures += 1
            delay = min(MAX_BACKOFF_SECONDS, self.settings.worker.interval_seconds * 2**self.failures)
            delay = delay * random.uniform(0.5, 1.0)
            self.next_retry = time.monotonic() + delay
            if self.failures == 1:
                log.error("%s; retrying with backoff until it works", exc)
            return
        if self.failures:
            log.warning("mailbox reachable again after %d failed attempt(s)", self.failures)
        self.failures = 0
        self.next_retry = 0.0
        if not result.idle:
            report(result)

    def run(self) -> int:
        signal.signal(signal.SIGTERM, self.stop)
        signal.signal(signal.SIGINT, self.stop)
        scheduler = schedule.Scheduler()
        scheduler.every(self.settings.worker.interval_seconds).seconds.do(self.one_pass)
        log.warning(
            "worker started: a pass every %d s; stop with SIGTERM or Ctrl-C",
            self.settings.worker.interval_seconds,
        )
        self.one_pass()
        while not self.stopping.is_set():
            scheduler.run_pending()
            self.stopping.wait(timeout=min(1.0, max(scheduler.idle_seconds or 1.0, 0.05)))
        log.warning("worker stopped")
        return EXIT_OK


def run_worker(settings: Settings) -> int:
    return Worker(settings).run()
