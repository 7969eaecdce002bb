"""Drafts appended on an IMAP connection of its own while the pass goes on with the next batch.

Each APPEND waits for the server: for the network, and for the server's disk, which it waits
for on every draft (on a busy machine that wait can take most of a pass:
``scripts/bench_append_load.py``). With an Appender the pass hands a recorded batch's drafts to
a thread with a connection of its own and goes on recording the next batches while the server
writes; it tags and commits each batch, in order, once its drafts are in. One connection, so
the drafts reach Drafts in the order of the batches: oldest mail first, as without it. The
exactly-one-draft protocol is unchanged: a batch whose drafts may be in Drafts is recorded as
pending, and the next pass looks each pending draft up (``triage.passes.recover``).

A connection that cannot be opened (a server that allows the account few connections) is not
an error: the batch is appended on the pass's own connection, and so are the later ones.
"""

from __future__ import annotations

import imaplib
import logging
from collections.abc import Iterator, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import ExitStack, contextmanager
from datetime import datetime
from typing import Any

from triage.config.settings import ImapSettings, ServerSettings
from triage.errors import MailboxUnreachable
from triage.mailbox import imap
from triage.passes.parallel import APPENDING, Steps
from triage.passes.stopwatch import Stopwatch

log = logging.getLogger("triage.pass")

# Batches whose drafts may be on their way at once: the pass waits for the oldest beyond these.
IN_FLIGHT = 3

Drafts = Sequence[tuple[bytes, datetime]]


class NoConnection(Exception):
    """An append connection could not be opened: nothing was sent on it."""


class Appender:
    """A thread appending, in the order asked, on a connection of its own, opened when first
    needed and logged out by ``close``. Only that thread touches the connection."""

    def __init__(self, settings: ServerSettings) -> None:
        self.settings = settings
        self.refused = False  # the connection could not be opened: append on the pass's own
        self._box: imap.Mailbox | None = None
        self._opened = ExitStack()
        self._pool = ThreadPoolExecutor(1, thread_name_prefix="triage-append")

    def submit(self, folder: str, drafts: Drafts) -> Future[None]:
        """Append ``drafts`` to ``folder`` after the drafts asked for before; the Future raises
        what appending raised (NoConnection when no connection could be opened for it)."""
        return self._pool.submit(self._append, folder, list(drafts))

    def _append(self, folder: str, drafts: Drafts) -> None:
        box = self._connection()
        try:
            box.append_drafts(folder, drafts)
        except (OSError, imaplib.IMAP4.abort) as exc:
            self._box = None  # not used again
            where = f"IMAP server {self.settings.host}:{self.settings.port}"
            raise MailboxUnreachable(
                f"{where}: connection lost ({imap.describe_error(exc)})"
            ) from None

    def _connection(self) -> imap.Mailbox:
        if self._box is not None:
            return self._box
        if self.refused:
            raise NoConnection
        try:
            self._box = self._opened.enter_context(imap.connect(self.settings))
        except MailboxUnreachable as exc:
            self.refused = True
            log.warning(
                "no second connection to the IMAP server (%s): drafts are appended on the"
                " pass's own connection",
                exc,
            )
            raise NoConnection from None
        return self._box

    def close(self) -> None:
        """Wait for the appends in flight, then log the connection out."""
        self._pool.shutdown(wait=True)
        self._opened.close()


@contextmanager
def appender_for(settings: ImapSettings, use: bool) -> Iterator[Appender | None]:
    """An Appender while the block runs, when ``use`` (a pass with worker processes) and
    ``[imap] append_connection`` is on; else None."""
    if not use or not settings.append_connection:
        yield None
        return
    appender = Appender(settings)
    try:
        yield appender
    finally:
        appender.close()


def drafts_in(
    appender: Appender | None, box: imap.Mailbox, folder: str, items: list[Any], watch: Stopwatch
) -> Steps:
    """A batch's steps that APPEND the drafts of ``items`` (their ``draft`` and ``when``) to
    ``folder``: on a connection of ``appender``, yielding APPENDING while the server writes
    them; else, and when the appender could not open a connection, on ``box``, the pass's own.
    """
    drafts = [(item.draft, item.when) for item in items]
    sent = None
    if appender is not None:
        # Yielded even with nothing to send: the batches before this one may still be
        # appending, and this one must be tagged and committed after them, never before.
        if drafts and not appender.refused:
            sent = appender.submit(folder, drafts)
        yield APPENDING
    with watch.timing("appending drafts"):
        if sent is not None:
            try:
                return sent.result()
            except NoConnection:
                pass  # nothing was sent on it
        box.append_drafts(folder, drafts)
