"""Topic keywords on the originals, every STORE of a batch in one round trip.

A batch's originals carry about as many different keywords as it has topics, one
``UID STORE`` each. Sent one after the other, each waits a round trip for its reply: against a
server 20 ms away that was half of a backlog pass. IMAP lets a client send several commands
before reading the replies (RFC 3501, 5.5). These STOREs only add flags, each to messages of
its own (an original has one keyword), so none depends on another's result: they go out
together and the replies are read afterwards.

imapclient sends one command at a time. It is itself built on imaplib's ``_command`` (send,
return the tag) and ``_command_complete`` (read up to that tag's reply), which keep every
outstanding tag apart; this module uses the same two, with imapclient's own argument
formatting, so what reaches the server is what ``IMAPClient.add_flags`` would send.
"""

from __future__ import annotations

import imaplib
from collections.abc import Mapping, Sequence

from imapclient import IMAPClient
from imapclient.imapclient import join_message_ids, seq_to_parenstr


def add_keywords(client: IMAPClient, by_keyword: Mapping[bytes, Sequence[int]]) -> bool:
    """Add each keyword to its UIDs in the selected folder; False if the server refused any.

    A refusal (NO, or BAD for a keyword it does not take) leaves the other STOREs done: the
    keyword is a convenience for mail clients, not part of the work. A lost connection raises
    ``imaplib.IMAP4.abort``: then no reply can be trusted and the batch must not be committed.
    """
    imap = client._imap  # the imaplib.IMAP4 that imapclient drives
    tags = [
        imap._command(
            "UID", "STORE", join_message_ids(list(uids)), b"+FLAGS.SILENT", seq_to_parenstr([kw])
        )
        for kw, uids in by_keyword.items()
        if uids
    ]
    accepted = True
    for tag in tags:  # every reply is read, also after a refusal: none is left on the line
        try:
            kind, data = imap._command_complete("UID", tag)
        except imaplib.IMAP4.abort:
            raise
        except imaplib.IMAP4.error:  # BAD: imaplib raises, the line is still in step
            accepted = False
            continue
        imap._untagged_response(kind, data, "FETCH")  # as imaplib's uid() does: none kept
        accepted = accepted and kind == "OK"
    return accepted
