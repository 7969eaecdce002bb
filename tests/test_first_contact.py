"""First contact with a mailbox that has history, against a real Dovecot (issue #12).

The issue's mailbox: 40 messages from two months to two years old, 8 recent ones a counsellor
already answered (flagged \\Answered), 12 new ones; plus 3 recent ones answered only by a reply
in the Sent folder. Arrival dates are set with APPEND's date (the server's INTERNALDATE).
"""

from __future__ import annotations

import email
import email.message
import email.utils
import json
import random
from datetime import UTC, datetime, timedelta

import pytest
from conftest import mail
from review_fixtures import use_stub_model

from triage.cli import main
from triage.passes.answered import FLAGGED, IN_SENT
from triage.passes.first_contact import pick_recent
from triage.state.contact import first_contacts
from triage.state.statuses import Status
from triage.state.store import Store

NOW = datetime.now(UTC)
SUBJECTS = ("Lønn i ny jobb", "Kan dere se på CV-en min?", "Intervju på tirsdag")


def question(index: int, kind: str) -> tuple[str, bytes]:
    """A question the stub model drafts (its subject has one of its keywords)."""
    message_id = f"<{kind}-{index}@example.net>"
    raw = mail(
        SUBJECTS[index % len(SUBJECTS)],
        f"Hei!\n\nJeg lurer på noe om {SUBJECTS[index % len(SUBJECTS)].lower()}.\n\nHilsen {kind}",
        sender=f"Medlem {kind} {index} <{kind}{index}@example.net>",
        message_id=message_id,
    )
    return message_id, raw


def reply_in_sent(parent: str) -> bytes:
    message = email.message.EmailMessage()
    message["From"] = "karriere@example.org"
    message["To"] = "member@example.net"
    message["Subject"] = "SV: spørsmål"
    message["Message-ID"] = email.utils.make_msgid(domain="example.org")
    message["In-Reply-To"] = parent
    message.set_content("Hei, her er svaret vårt.\n")
    return bytes(message)


def build_history(box) -> dict[str, list[tuple[str, datetime]]]:
    """The mailbox with history, delivered in shuffled order (UIDs do not follow the dates)."""
    rng = random.Random(12)
    groups: dict[str, list[tuple[str, datetime]]] = {"old": [], "answered": [], "new": []}
    groups["sent"] = []
    plan = []
    for index in range(40):
        when = NOW - timedelta(days=rng.randint(60, 730), minutes=rng.randint(0, 600))
        plan.append(("old", index, when, rng.random() < 0.3))
    for index in range(8):
        plan.append(("answered", index, NOW - timedelta(days=rng.uniform(0.5, 6.5)), True))
    for index in range(12):
        plan.append(("new", index, NOW - timedelta(days=rng.uniform(0.1, 6.5)), False))
    for index in range(3):
        plan.append(("sent", index, NOW - timedelta(days=rng.uniform(0.5, 6.5)), False))
    rng.shuffle(plan)
    client = box.client()
    for kind, index, when, answered in plan:
        message_id, raw = question(index, kind)
        flags = [b"\\Answered"] if answered else []
        client.append("INBOX", raw, flags=flags, msg_time=when)
        groups[kind].append((message_id, when))
        if kind == "sent" or (kind == "old" and index % 8 == 0):
            client.append("Sent", reply_in_sent(message_id), flags=[b"\\Seen"])
    client.logout()
    return groups


@pytest.fixture
def stub_model(monkeypatch):
    use_stub_model(monkeypatch)


def drafts_in_order(box) -> list[str]:
    """In-Reply-To of each draft in Drafts, in the order they were appended."""
    found = box.messages("Drafts")
    parsed = [email.message_from_bytes(found[uid][b"BODY[]"]) for uid in sorted(found)]
    return [draft["In-Reply-To"] for draft in parsed]


def test_first_pass_drafts_only_recent_unanswered_mail(box, stub_model, capsys):
    groups = build_history(box)
    assert main(["run", "--config", str(box.config)]) == 0
    out = capsys.readouterr().out
    assert "40 message(s) older than 7 day(s)" in out and "left alone" in out

    new_by_date = [mid for mid, _ in sorted(groups["new"], key=lambda pair: pair[1])]
    assert drafts_in_order(box) == new_by_date  # only the new ones, oldest arrival first

    with Store.open(box.settings().state_path) as db:
        for message_id, _ in groups["old"]:
            assert db.message(message_id) is None  # left alone: not even read
        for message_id, _ in groups["new"]:
            assert db.message(message_id)["status"] == Status.DRAFTED
        for kind, reason in (("answered", FLAGGED), ("sent", IN_SENT)):
            for message_id, _ in groups[kind]:
                row = db.message(message_id)
                assert (row["status"], row["reason"]) == (Status.ANSWERED_ELSEWHERE, reason)
                # Kept like skipped mail, and less: nothing personal of it.
                assert row["subject"] == row["reply_to"] == row["sender_name"] == ""
                assert row["question_text"] == row["original_text"] == ""
        (contact,) = first_contacts(db)
        assert (contact["left_alone"], contact["recent"], contact["days"]) == (40, 23, 7)

    originals = box.messages("INBOX")
    tagged = [uid for uid, data in originals.items() if any(
        f.startswith(b"triage-") for f in data[b"FLAGS"])]  # fmt: skip
    assert len(tagged) == 12  # the old and the answered mail keep their flags as they were
    assert not any(b"\\Seen" in data[b"FLAGS"] for data in originals.values())

    assert main(["status", "--config", str(box.config)]) == 0
    text = capsys.readouterr().out
    assert "40 older message(s) left alone" in text
    assert "11  answered elsewhere" in text
    assert main(["status", "--json", "--config", str(box.config)]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["first_pass_left_alone"] == 40
    assert report["counts"]["answered_elsewhere"] == 11
    assert report["counts"]["drafted"] == 12
    assert report["last_pass"]["fetched"] == 23


def test_later_passes_read_every_new_uid_and_still_check_answered(box, stub_model):
    build_history(box)
    assert main(["run", "--config", str(box.config)]) == 0
    client = box.client()
    # Arrived late with an old date: no longer first contact, so it is read (new UID).
    _, late = question(1, "late")
    client.append("INBOX", late, msg_time=NOW - timedelta(days=90))
    _, flagged = question(2, "flagged")
    client.append("INBOX", flagged, flags=[b"\\Answered"])
    answered_id, answered = question(3, "replied")
    client.append("Sent", reply_in_sent(answered_id), flags=[b"\\Seen"])
    client.append("INBOX", answered)
    client.logout()
    assert main(["run", "--config", str(box.config)]) == 0
    with Store.open(box.settings().state_path) as db:
        assert db.message("<late-1@example.net>")["status"] == Status.DRAFTED
        assert db.message("<flagged-2@example.net>")["reason"] == FLAGGED
        assert db.message(answered_id)["reason"] == IN_SENT
        assert first_contacts(db)[0]["left_alone"] == 40  # the first contact's, unchanged
    assert len(drafts_in_order(box)) == 13


def test_first_pass_days_zero_drafts_nothing(box, stub_model):
    box.config.write_text(
        box.config.read_text().replace("batch_size = 7", "batch_size = 7\nfirst_pass_days = 0")
    )
    build_history(box)
    assert main(["run", "--config", str(box.config)]) == 0
    assert box.messages("Drafts") == {}
    with Store.open(box.settings().state_path) as db:
        assert first_contacts(db)[0]["left_alone"] == 63
        assert db.counts() == {}
    # The UIDs are noted as seen: the next pass is idle, and new mail after it is read.
    assert main(["run", "--config", str(box.config)]) == 0
    _, raw = question(0, "after")
    box.deliver(raw)
    assert main(["run", "--config", str(box.config)]) == 0
    assert len(box.messages("Drafts")) == 1


def test_a_first_contact_cut_short_is_done_again_without_double_drafts(box, stub_model):
    from triage.passes.pipeline import Triage, run_pass

    groups = build_history(box)
    settings = box.settings()
    with Store.open(settings.state_path) as db:
        run_pass(Triage(settings, db), stop=lambda: True)  # stops after the first batch (7)
        assert db.folder_state(settings.imap.folder_key("INBOX")) is None
        assert first_contacts(db) == []
        run_pass(Triage(settings, db))
        assert first_contacts(db)[0]["left_alone"] == 40
    assert sorted(drafts_in_order(box)) == sorted(mid for mid, _ in groups["new"])


def test_pick_recent_is_oldest_first_and_counts_the_rest():
    now = datetime(2026, 12, 5, 12, tzinfo=UTC)
    arrivals = {
        1: now - timedelta(days=400),
        2: now - timedelta(days=1),
        3: now - timedelta(days=6, hours=23),
        4: None,
        5: now - timedelta(days=1),
        6: now - timedelta(days=7, seconds=1),
    }
    picked = pick_recent(arrivals, 7, now)
    assert picked.uids == [3, 2, 5]
    assert (picked.left_alone, picked.last_uid) == (3, 6)
    assert pick_recent(arrivals, 0, now).uids == []
    assert pick_recent({}, 7, now).last_uid == 0
