"""Approve = send, keep as draft, and what goes wrong: a real pass, Dovecot and aiosmtpd."""

# ruff: noqa: F811 - pytest fixtures imported from review_fixtures are redefined as arguments
from __future__ import annotations

import email
import email.policy

from review_fixtures import (  # noqa: F401 - fixtures
    COUNSELLOR,
    app,
    client,
    decisions,
    item_form,
    review_settings,
    sign_in,
    smtp_server,
    store_row,
)

from triage.state.statuses import Status

SALARY = "<salary@example.net>"
UNSURE = "<unsure@example.net>"


def filled(text: str) -> str:
    import re

    return re.sub(r"\[\[.*?\]\]", "I kommunal sektor ligger nyutdannede rundt lønnstrinn 50.", text,
                  flags=re.S)  # fmt: skip


def folder(box, name: str) -> list[tuple[tuple, email.message.EmailMessage]]:
    return [
        (d[b"FLAGS"], email.message_from_bytes(d[b"BODY[]"], policy=email.policy.default))
        for d in box.messages(name).values()
    ]


def test_approve_sends_threaded_reply_files_it_in_sent_and_flags_answered(
    client, review_settings, smtp_server, box
):
    form = item_form(client, SALARY)
    draft = store_row(review_settings, SALARY)["draft_text"]
    text = filled(draft).replace("\n", "\r\n")  # as a browser posts a textarea
    response = client.post("/item/send", data={**form, "text": text, "action": "approve"})
    assert response.status_code == 302
    assert "cv@example.net" in response.headers["Location"]  # on to the next item

    [(sender, rcpts, reply)] = smtp_server.messages
    assert rcpts == ["kari@example.net"] and sender == box.user
    assert reply["In-Reply-To"] == SALARY and SALARY in reply["References"]
    assert reply["Subject"] == "Re: Lønn i ny jobb"
    assert reply["To"].addresses[0].addr_spec == "kari@example.net"
    body = reply.get_content()
    assert "lønnstrinn 50" in body and "[[" not in body and "> Jeg har fått tilbud" in body

    row = store_row(review_settings, SALARY)
    assert row["status"] == Status.SENT
    [decision] = decisions(review_settings, SALARY)
    assert decision["action"] == "approve" and decision["counsellor"] == COUNSELLOR
    assert decision["predicted_topic"] == decision["final_topic"] == "salary"
    assert 0 < decision["edit_ratio"] < 0.1 and "lønnstrinn 50" in decision["final_text"]

    [(flags, copy)] = folder(box, "Sent")
    assert b"\\Seen" in flags and copy["In-Reply-To"] == SALARY
    inbox = {m["Message-ID"]: f for f, m in folder(box, "INBOX")}
    assert b"\\Answered" in inbox[SALARY] and b"\\Seen" not in inbox[SALARY]
    assert SALARY not in [m["In-Reply-To"] for _, m in folder(box, "Drafts")]


def test_smtp_unreachable_keeps_the_draft_pending_with_a_visible_error(
    client, review_settings, smtp_server, box
):
    smtp_server.stop()
    form = item_form(client, SALARY)
    text = filled(store_row(review_settings, SALARY)["draft_text"])
    response = client.post("/item/send", data={**form, "text": text, "action": "approve"})
    assert response.status_code == 502
    page = response.get_data(as_text=True)
    assert "Ikke sendt" in page and "connection refused" in page
    assert "lønnstrinn 50" in page  # the counsellor's edit is still in the editor
    assert store_row(review_settings, SALARY)["status"] == Status.DRAFTED
    assert decisions(review_settings, SALARY) == []
    assert folder(box, "Sent") == []
    assert SALARY in [m["In-Reply-To"] for _, m in folder(box, "Drafts")]


def test_smtp_refusing_the_recipient_sends_nothing(client, review_settings, smtp_server, box):
    smtp_server.refuse = True
    form = item_form(client, SALARY)
    text = filled(store_row(review_settings, SALARY)["draft_text"])
    response = client.post("/item/send", data={**form, "text": text, "action": "approve"})
    assert response.status_code == 502 and "refused the recipient" in response.get_data(
        as_text=True
    )
    assert store_row(review_settings, SALARY)["status"] == Status.DRAFTED
    # The retry from the re-rendered page (it carries the new version) goes through.
    smtp_server.refuse = False
    form = item_form(client, SALARY)
    assert client.post("/item/send", data={**form, "text": text}).status_code == 302
    assert store_row(review_settings, SALARY)["status"] == Status.SENT


def test_question_deleted_from_the_mailbox_is_said_clearly_and_nothing_is_sent(
    client, review_settings, smtp_server, box
):
    imap = box.client()
    imap.select_folder("INBOX")
    imap.delete_messages(imap.search(["HEADER", "Message-ID", SALARY]))
    imap.expunge()
    imap.logout()
    form = item_form(client, SALARY)
    text = filled(store_row(review_settings, SALARY)["draft_text"])
    response = client.post("/item/send", data={**form, "text": text, "action": "approve"})
    assert "finnes ikke lenger i postkassen" in response.get_data(as_text=True)
    assert smtp_server.messages == []
    assert store_row(review_settings, SALARY)["status"] == Status.DRAFTED


def test_second_counsellor_sees_it_was_already_handled(app, client, review_settings, smtp_server):
    other = app.test_client()
    sign_in(other)
    theirs = item_form(other, SALARY)
    text = filled(store_row(review_settings, SALARY)["draft_text"])
    assert (
        client.post("/item/send", data={**item_form(client, SALARY), "text": text}).status_code
        == 302
    )
    response = other.post("/item/send", data={**theirs, "text": text + "\nPS"})
    assert response.status_code == 409
    assert f"Allerede behandlet av {COUNSELLOR}" in response.get_data(as_text=True)
    assert len(smtp_server.messages) == 1


def test_keep_as_draft_replaces_the_draft_in_the_mailbox(client, review_settings, smtp_server, box):
    form = item_form(client, SALARY)
    text = store_row(review_settings, SALARY)["draft_text"] + "\nEn ekstra setning fra meg.\n"
    response = client.post("/item/send", data={**form, "text": text, "action": "keep"})
    assert response.status_code == 302
    drafts = [(f, m) for f, m in folder(box, "Drafts") if m["In-Reply-To"] == SALARY]
    assert len(drafts) == 1
    flags, draft = drafts[0]
    assert b"\\Draft" in flags and "En ekstra setning fra meg." in draft.get_content()
    assert store_row(review_settings, SALARY)["status"] == Status.KEPT
    assert decisions(review_settings, SALARY)[-1]["action"] == "keep"
    assert smtp_server.messages == []


def test_needs_counsellor_item_sent_from_the_blank_template(client, review_settings, smtp_server):
    page = client.get("/item", query_string={"m": UNSURE}).get_data(as_text=True)
    assert "Skriv et direkte svar" in page
    from triage.review import create_app
    from triage.review.service import blank_text

    composer = create_app(review_settings).extensions["triage_composer"]
    blank = blank_text(composer, store_row(review_settings, UNSURE))
    answer = "Ja, mange arbeidsgivere gir studiepermisjon; spør lederen din."
    text = blank.replace("[[Skriv et direkte svar på spørsmålet til medlemmet her.]]", answer)
    response = client.post("/item/send", data={**item_form(client, UNSURE), "text": text})
    assert response.status_code == 302
    sent = smtp_server.parsed()[0].get_content().replace("\r\n", "\n")
    assert "studiepermisjon" in sent
    # The signature's name place was filled with the signed-in counsellor's display name.
    assert "Vennlig hilsen\nKari Rådgiver\nKarriererådgivningen" in sent and "[[" not in sent
    assert store_row(review_settings, UNSURE)["status"] == Status.SENT
