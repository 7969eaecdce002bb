"""A reply sent from the mail client is noticed: recorded as sent, the stale draft removed."""

from __future__ import annotations

import email
import email.policy
import re
from email.message import EmailMessage

from review_fixtures import run_pass

from triage.mailbox import imap
from triage.passes.sentsync import sync_sent, without_quote
from triage.state.statuses import Status
from triage.state.store import Store

SALARY = "<salary@example.net>"


def client_reply(in_reply_to: str, text: str, message_id: str) -> bytes:
    """What Outlook or Thunderbird files in Sent: a new Message-ID, the quote below."""
    message = EmailMessage()
    message["From"] = "karriere@example.org"
    message["To"] = "kari@example.net"
    message["Subject"] = "SV: Lønn i ny jobb"
    message["Message-ID"] = message_id
    message["In-Reply-To"] = in_reply_to
    message["References"] = in_reply_to
    message.set_content(text + "\n\nFra: Kari\n> Hei!\n> Hva bør jeg be om i lønn?\n")
    return bytes(message)


def test_reply_sent_from_the_client_is_recorded_once(box, make_mail, monkeypatch):
    run_pass(box, make_mail, monkeypatch)
    settings = box.settings()
    with Store.open(settings.state_path) as db:
        draft = db.message(SALARY)["draft_text"]
    sent_text = re.sub(r"\[\[.*?\]\]", "Kommunene ligger rundt lønnstrinn 50.", draft)
    client = box.client()
    client.append(
        "Sent", client_reply(SALARY, sent_text, "<outlook-1@example.org>"), flags=[b"\\Seen"]
    )
    client.append("Sent", client_reply("<unknown@example.net>", "Hei", "<outlook-2@example.org>"))
    client.logout()

    with imap.connect(settings.imap) as mailbox, Store.open(settings.state_path) as db:
        assert sync_sent(mailbox, db, settings) == 1
        assert sync_sent(mailbox, db, settings) == 0  # only what is new since the last check
        row = db.message(SALARY)
        [decision] = [
            dict(d) for d in db.execute("SELECT * FROM decisions WHERE message_id = ?", (SALARY,))
        ]
        cv = db.message("<cv@example.net>")
    assert row["status"] == Status.SENT
    assert decision["action"] == "sent_from_client" and decision["counsellor"] == "mail client"
    assert decision["final_topic"] == "salary" and "lønnstrinn 50" in decision["final_text"]
    assert "> Hei!" not in decision["final_text"]
    assert 0 < decision["edit_ratio"] < 0.1
    assert cv["status"] == Status.DRAFTED  # untouched
    drafts = [
        email.message_from_bytes(d[b"BODY[]"], policy=email.policy.default)["In-Reply-To"]
        for d in box.messages("Drafts").values()
    ]
    assert SALARY not in drafts and "<cv@example.net>" in drafts


def test_reply_sent_by_the_review_page_is_not_counted_again(box, make_mail, monkeypatch):
    run_pass(box, make_mail, monkeypatch)
    settings = box.settings()
    with Store.open(settings.state_path) as db, db.transaction():
        db.set_status(SALARY, Status.SENT)
    client = box.client()
    client.append("Sent", client_reply(SALARY, "Hei Kari", "<page@example.org>"))
    client.logout()
    with imap.connect(settings.imap) as mailbox, Store.open(settings.state_path) as db:
        assert sync_sent(mailbox, db, settings) == 0


def test_without_quote():
    text = "Hei Kari,\n\nsvaret.\n\n20. nov. 2026 skrev Kari:\n> Hei!\n>\n> Spørsmål?\n"
    assert without_quote(text) == "Hei Kari,\n\nsvaret.\n"
    assert without_quote("Bare tekst:\n") == "Bare tekst:\n"
