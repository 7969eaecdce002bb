"""The guard: mail that must never get a reply is skipped, with a reason and no address."""

from __future__ import annotations

import pytest

from triage.inbound.guard import skip_reason
from triage.inbound.parse import parse_message

OWN = frozenset({"Karriere@Forening.example"})


def raw_mail(headers: str = "", body: str = "Hei,\n\nHva bør jeg be om i lønn?\n") -> bytes:
    base = {
        "From": "Kari Nordmann <kari@example.no>",
        "To": "karriere@forening.example",
        "Subject": "Lønn",
        "Message-ID": "<q1@example.no>",
    }
    lines = []
    for line in headers.splitlines():
        name, _, value = line.partition(":")
        if value.strip() == "-":
            base.pop(name, None)  # "From: -" removes the default header
        else:
            lines.append(line)
    lines = [f"{name}: {value}" for name, value in base.items()] + lines
    return ("\n".join(lines) + "\nContent-Type: text/plain; charset=utf-8\n\n" + body).encode()


def reason_for(headers: str = "", body: str = "Hei,\n\nHva bør jeg be om i lønn?\n") -> str | None:
    question, msg = parse_message(raw_mail(headers, body))
    return skip_reason(msg, question, OWN)


def test_an_ordinary_question_may_get_a_draft() -> None:
    assert reason_for() is None


def test_auto_submitted_no_is_not_an_auto_reply() -> None:
    assert reason_for("Auto-Submitted: no") is None
    assert reason_for("Auto-Submitted: No (a person wrote this)") is None


@pytest.mark.parametrize(
    ("headers", "reason"),
    [
        ("Auto-Submitted: auto-replied", "auto-reply (Auto-Submitted)"),
        ("Auto-Submitted: auto-generated", "auto-reply (Auto-Submitted)"),
        ("X-Autoreply: yes", "auto-reply (X-Autoreply)"),
        ("X-Autorespond: vacation", "auto-reply (X-Autorespond)"),
        ("X-Auto-Response-Suppress: All", "auto-reply (X-Auto-Response-Suppress)"),
        ("Precedence: bulk", "auto-reply (Precedence bulk)"),
        ("Precedence: junk", "auto-reply (Precedence junk)"),
        ("Precedence: list", "auto-reply (Precedence list)"),
        ("Precedence: auto_reply", "auto-reply (Precedence auto_reply)"),
        ("List-Id: <nyhetsbrev.forening.example>", "mailing list (List-Id)"),
        ("List-Unsubscribe: <mailto:unsub@forening.example>", "mailing list (List-Unsubscribe)"),
        ("Return-Path: <>", "bounce (empty Return-Path)"),
    ],
)
def test_header_reasons(headers: str, reason: str) -> None:
    assert reason_for(headers) == reason


@pytest.mark.parametrize(
    "subject",
    [
        "Fraværsmelding: Lønn",
        "Automatisk svar: Lønn",
        "Autosvar: Lønn",
        "Out of Office: Salary",
        "Automatic reply: Salary",
        "Abwesenheitsnotiz: Gehalt",
        "Frånvaro: Lön",
    ],
)
def test_out_of_office_subjects(subject: str) -> None:
    assert reason_for(f"Subject: -\nSubject: {subject}") == "auto-reply (subject)"


def test_a_question_about_absence_is_not_an_auto_reply() -> None:
    assert reason_for("Subject: -\nSubject: Spørsmål om fravær og permisjon") is None


@pytest.mark.parametrize(
    "sender",
    [
        "MAILER-DAEMON@mx.example.no",
        "postmaster@example.no",
        "Mail Delivery Subsystem <mailer-daemon@googlemail.com>",
    ],
)
def test_bounce_senders(sender: str) -> None:
    assert reason_for(f"From: -\nFrom: {sender}") == "bounce (sender)"


def test_multipart_report_is_a_bounce() -> None:
    body = (
        "--b1\nContent-Type: text/plain\n\nDelivery failed.\n"
        "--b1\nContent-Type: message/delivery-status\n\nReporting-MTA: dns; mx.example\n\n"
        "Final-Recipient: rfc822; nobody@example.no\nAction: failed\nStatus: 5.1.1\n\n"
        "--b1--\n"
    )
    raw = (
        b"From: Kari <kari@example.no>\nSubject: Lonn\n"
        b'Content-Type: multipart/report; report-type=delivery-status; boundary="b1"\n\n'
        + body.encode()
    )
    question, msg = parse_message(raw)
    assert skip_reason(msg, question, OWN) == "bounce (multipart/report)"


@pytest.mark.parametrize(
    "sender",
    [
        "noreply@jobbportal.example",
        "no-reply@rekruttering.example",
        "do-not-reply@kommune.example",
        "DoNotReply@staten.example",
        "bounce+abc@mailer.example",
        "mailer@nyhetsbrev.example",
    ],
)
def test_no_reply_senders(sender: str) -> None:
    assert reason_for(f"From: -\nFrom: {sender}") == "no-reply sender"


def test_no_reply_reply_to_is_skipped_too() -> None:
    assert reason_for("Reply-To: noreply@jobbportal.example") == "no-reply sender"


def test_contact_form_from_noreply_with_address_in_body_may_get_a_draft() -> None:
    body = "Navn: Ola Nordmann\nE-post: ola@example.no\nMelding: Hvordan forbereder jeg meg?\n"
    assert reason_for("From: -\nFrom: Nettskjema <noreply@forening.example>", body) is None


@pytest.mark.parametrize(
    "headers",
    [
        "From: -\nFrom: KARRIERE@forening.example",
        "From: -\nFrom: Karriere <karriere@FORENING.example>",
        "Reply-To: karriere@forening.example",
    ],
)
def test_own_address_any_case(headers: str) -> None:
    assert reason_for(headers) == "own address"


@pytest.mark.parametrize(
    "headers",
    ["From: -", "From: -\nFrom: Kari Nordmann", "From: -\nFrom: kari@localhost"],
)
def test_no_reply_address(headers: str) -> None:
    assert reason_for(headers) == "no reply address"


def test_reasons_never_contain_addresses() -> None:
    cases = [
        "Auto-Submitted: auto-replied",
        "From: -\nFrom: noreply@jobbportal.example",
        "From: -\nFrom: karriere@forening.example",
        "From: -\nFrom: MAILER-DAEMON@mx.example.no",
        "List-Id: <nyhetsbrev.forening.example>",
    ]
    for headers in cases:
        reason = reason_for(headers)
        assert reason and "@" not in reason and "example" not in reason


@pytest.mark.parametrize(
    "address",
    ["no_reply@example.no", "svar-ikke@example.no", "ikke.svar@example.no", "do_not_reply@x.com"],
)
def test_no_reply_spellings(address: str) -> None:
    assert reason_for(f"Reply-To: {address}") == "no-reply sender"
