"""`triage worker`: passes on a schedule until SIGTERM/SIGINT, finishing the batch in hand.

With `[imap] idle = true` and a server that offers IDLE, a second connection waits in IDLE on
the mailbox, so new mail is drafted within seconds; the schedule remains the fallback. An
unreachable server is retried with exponential backoff and jitter, and reported once when it
goes away and once when it comes back, not on every attempt.
"""

from __future__ import annotations

import logging
import random
import signal
import threading
import time
from collections.abc import Callable
from contextlib import ExitStack, suppress
from dataclasses import dataclass
from pathlib import Path

import schedule
from imapclient.exceptions import IMAPClientError

from triage.compose import Composer
from triage.config import Settings
from triage.errors import EXIT_OK, MailboxError, MailboxUnreachable, StateError, first_line
from triage.inbound import language
from triage.mailbox import imap
from triage.model import classify
from triage.model.situations import SituationModel
from triage.passes import stages
from triage.passes.pipeline import PassResult, Triage, run_pass
from triage.state import retention
from triage.state.lock import AlreadyRunning, pass_lock
from triage.state.store import Store

log = logging.getLogger("triage.worker")
MAX_BACKOFF_SECONDS = 600
# The first retry after an outage comes after 5-10 s, then doubling up to the maximum.
RETRY_BASE_SECONDS = 5
# Servers drop an IDLE after 30 minutes; re-arm well before.
IDLE_REARM_SECONDS = 600


class Worker:
    """Passes on a schedule and on IDLE news; ``report`` is given each pass that found mail."""

    def __init__(
        self, settings: Settings, report: Callable[[PassResult], object] = lambda result: None
    ) -> None:
        self.settings = settings
        self.report = report
        self.stopping = threading.Event()
        self.failures = 0
        self.next_retry = 0.0
        self._idle: _Idle | None = None
        # When the last pass began to look at the mailbox: a new IDLE connection armed after
        # it cannot announce mail that came in between, so it asks for a pass itself.
        self._pass_started = float("-inf")
        self._model = None
        self._situations: SituationModel | None = None
        self.idle_usable = settings.imap.idle
        # Set when the IDLE connection dropped; cleared by the next pass that works.
        self.idle_broken = False

    def stop(self, *_: object) -> None:
        if not self.stopping.is_set():
            log.warning("stop requested: finishing the message batch in hand")
        self.stopping.set()

    def one_pass(self) -> None:
        if time.monotonic() < self.next_retry:
            return
        self._pass_started = time.monotonic()
        try:
            with pass_lock(self.settings), Store.open(self.settings.state_target) as db:
                triage = Triage(
                    self.settings,
                    db,
                    load_model=self._load_model,
                    load_situations=self._load_situations,
                )
                result = run_pass(triage, self.stopping.is_set)
                # The footer promises deletion after [privacy] retention_days: at most daily.
                retention.purge_when_due(db, self.settings.privacy.retention_days)
        except AlreadyRunning:
            log.info("another pass is running; skipping this turn")
            return
        except (MailboxUnreachable, MailboxError, StateError) as exc:
            self.failures += 1
            delay = min(MAX_BACKOFF_SECONDS, RETRY_BASE_SECONDS * 2**self.failures)
            delay = delay * random.uniform(0.5, 1.0)
            self.next_retry = time.monotonic() + delay
            if self.failures == 1:
                log.error("%s; retrying with backoff until it works", first_line(exc))
            return
        if self.failures:
            log.warning("mailbox reachable again after %d failed attempt(s)", self.failures)
        self.failures = 0
        self.next_retry = 0.0
        self.idle_broken = False
        if not result.idle:
            self.report(result)

    def _load_model(self, path: Path) -> classify.TopicModel:
        """The model, loaded once for the worker's life instead of once per pass."""
        if self._model is None:
            self._model = classify.load_model(path)
        return self._model

    def _load_situations(self, path: Path, topic_model: classify.TopicModel) -> SituationModel:
        """The situation model, like the topic model loaded once for the worker's life."""
        if self._situations is None:
            self._situations = stages.load_situations(path, topic_model)
        return self._situations

    def run(self) -> int:
        signal.signal(signal.SIGTERM, self.stop)
        signal.signal(signal.SIGINT, self.stop)
        scheduler = schedule.Scheduler()
        scheduler.every(self.settings.worker.interval_seconds).seconds.do(self.one_pass)
        # Broken reply templates stop the worker now, naming the file and line; checking them
        # and building the language detector here also keeps the first pass with mail short.
        Composer.for_settings(self.settings).check()
        language.prepare()
        log.warning(
            "worker started: a pass every %d s; stop with SIGTERM or Ctrl-C",
            self.settings.worker.interval_seconds,
        )
        if self.idle_usable:
            # Sit in IDLE before the first pass, so mail that lands during it is announced.
            # A server that cannot be reached is reported by that pass, once.
            try:
                self._idling_box()
            except (OSError, IMAPClientError, MailboxUnreachable, MailboxError):
                self.idle_broken = True
        self.one_pass()
        try:
            while not self.stopping.is_set():
                if self.failures:
                    # Outage: retry when the backoff says so, not at the next scheduled pass.
                    self.stopping.wait(timeout=1.0)
                    if time.monotonic() >= self.next_retry:
                        self.one_pass()
                    continue
                wait = max(scheduler.idle_seconds or 1.0, 0.05)
                if self.idle_usable and not self.idle_broken:
                    if self.wait_for_mail(wait):
                        self.one_pass()
                        continue
                else:
                    self.stopping.wait(timeout=min(1.0, wait))
                scheduler.run_pending()
        finally:
            self._close_idle()
        log.warning("worker stopped")
        return EXIT_OK

    # -- IMAP IDLE ------------------------------------------------------------------------------

    def wait_for_mail(self, seconds: float) -> bool:
        """Wait up to ``seconds`` in IDLE; True when the server announces new mail, when a new
        IDLE connection was armed after the last pass began (mail in between is not announced),
        or when the IDLE connection was lost (a pass then tells whether the server is gone)."""
        try:
            box = self._idling_box()
            if box is None:
                return False
            if self._idle and self._idle.connected_at > self._pass_started:
                return True
            deadline = time.monotonic() + seconds
            while not self.stopping.is_set() and time.monotonic() < deadline:
                timeout = min(1.0, deadline - time.monotonic())
                started = time.monotonic()
                responses = box.client.idle_check(timeout=timeout)
                if _announces_mail(responses):
                    self._rearm(box)
                    return True
                if not responses and time.monotonic() - started < timeout / 2:
                    # imapclient returns nothing at once when the server closed the socket.
                    raise ConnectionResetError("the server closed the IDLE connection")
            if self._idle and time.monotonic() - self._idle.armed_at > IDLE_REARM_SECONDS:
                return self._rearm(box)
            return False
        except (OSError, IMAPClientError, MailboxUnreachable, MailboxError) as exc:
            log.warning("IDLE connection lost (%s); checking the mailbox", first_line(exc))
            self._close_idle()
            self.idle_broken = True
            return True

    def _idling_box(self) -> imap.Mailbox | None:
        if self._idle is not None:
            return self._idle.box
        stack = ExitStack()
        box = stack.enter_context(imap.connect(self.settings.imap))
        if not box.client.has_capability("IDLE"):
            log.warning("the server does not offer IMAP IDLE; polling every %d s",
                        self.settings.worker.interval_seconds)  # fmt: skip
            stack.close()
            self.idle_usable = False
            return None
        box.client.select_folder(self.settings.imap.mailbox, readonly=True)
        box.client.idle()
        now = time.monotonic()
        self._idle = _Idle(stack, box, connected_at=now, armed_at=now)
        return box

    def _rearm(self, box: imap.Mailbox) -> bool:
        """IDLE again on the same connection; True when news came with the end of the last."""
        _, responses = box.client.idle_done()
        box.client.idle()
        if self._idle:
            self._idle.armed_at = time.monotonic()
        return _announces_mail(responses)

    def _close_idle(self) -> None:
        if self._idle is None:
            return
        stack, box = self._idle.stack, self._idle.box
        self._idle = None
        with suppress(OSError, IMAPClientError):
            box.client.idle_done()
        with suppress(OSError, IMAPClientError, MailboxUnreachable):
            stack.close()


@dataclass
class _Idle:
    """The connection that waits in IDLE: made at ``connected_at``, last (re)armed at
    ``armed_at`` (both ``time.monotonic()``)."""

    stack: ExitStack
    box: imap.Mailbox
    connected_at: float
    armed_at: float


def _announces_mail(responses: list) -> bool:
    return any(len(r) > 1 and r[1] in (b"EXISTS", b"RECENT") for r in responses)


def run_worker(settings: Settings, report: Callable[[PassResult], object]) -> int:
    """Run passes until SIGTERM/SIGINT; ``report`` is given each pass that found mail."""
    return Worker(settings, report).run()
