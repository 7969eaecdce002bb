"""Topic keywords against the real Dovecot: all of a batch's STOREs in one round trip."""

from __future__ import annotations

import imaplib

import pytest

from triage.mailbox import imap


def _delivered(box, count: int) -> list[int]:
    for n in range(count):
        box.deliver(f"From: m{n}@example.org\r\nSubject: q {n}\r\n\r\nHei {n}\r\n".encode())
    with imap.connect(box.settings().imap) as mailbox:
        mailbox.select("INBOX")
        return mailbox.uids_after(0)


def _flags(mailbox: imap.Mailbox, uids: list[int]) -> dict[int, set[bytes]]:
    found = mailbox.client.fetch(uids, ["FLAGS"])
    return {uid: {f for f in found[uid][b"FLAGS"] if not f.startswith(b"\\")} for uid in uids}


def test_every_store_goes_out_before_the_first_reply_is_read(box):
    """Sent one by one, each keyword of a batch waited a round trip for its reply. Here every
    command is on the line before triage reads anything, and each original gets its own."""
    uids = _delivered(box, 5)
    with imap.connect(box.settings().imap) as mailbox:
        mailbox.select("INBOX")
        line = mailbox.client._imap
        events: list[str] = []
        send, readline = line.send, line.readline
        line.send = lambda data: events.append("send") or send(data)
        line.readline = lambda: events.append("read") or readline()
        mailbox.add_keywords(
            "INBOX",
            {uids[0]: b"triage-salary", uids[1]: b"triage-interview", uids[2]: b"triage-salary"}
            | {uids[3]: b"triage-cv", uids[4]: b"triage-needs-counsellor"},
        )
        line.send, line.readline = send, readline
        assert events[:4] == ["send"] * 4 and set(events[4:]) == {"read"}
        assert _flags(mailbox, uids) == {
            uids[0]: {b"triage-salary"},
            uids[1]: {b"triage-interview"},
            uids[2]: {b"triage-salary"},
            uids[3]: {b"triage-cv"},
            uids[4]: {b"triage-needs-counsellor"},
        }


def test_a_refused_keyword_leaves_the_others_and_the_connection_in_step(box):
    """A keyword the server refuses (here one it cannot parse: BAD) costs only its own tag:
    the STOREs after it are done, every reply is read, and the next command gets its own."""
    uids = _delivered(box, 3)
    with imap.connect(box.settings().imap) as mailbox:
        mailbox.select("INBOX")
        from triage.mailbox import keywords

        accepted = keywords.add_keywords(
            mailbox.client, {b"triage-a": [uids[0]], b"bad(kw": [uids[1]], b"triage-b": [uids[2]]}
        )
        assert accepted is False
        assert _flags(mailbox, uids) == {
            uids[0]: {b"triage-a"},
            uids[1]: set(),
            uids[2]: {b"triage-b"},
        }
        assert mailbox.client.noop()[0].startswith(b"NOOP")  # the line is still in step


def test_a_lost_connection_while_tagging_raises(box):
    """No reply to trust: the pass must stop rather than commit the batch untagged."""
    uids = _delivered(box, 2)
    with imap.connect(box.settings().imap) as mailbox:
        mailbox.select("INBOX")
        mailbox.client._imap.sock.shutdown(2)  # the line goes dead under the connection
        with pytest.raises(imaplib.IMAP4.abort):
            mailbox.add_keywords("INBOX", {uids[0]: b"triage-a", uids[1]: b"triage-b"})
