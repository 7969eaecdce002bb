"""The safeguarding step as plain functions: before the guard's subject rule and the topic.

A care mail never gets a draft, whatever the model's confidence; a complaint waits for a
counsellor; a due date is kept, but not one in the past or one that cannot be resolved.
"""

from __future__ import annotations

from datetime import date, datetime
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path

from triage.compose import Composer
from triage.inbound.attention import attention
from triage.inbound.question import Question
from triage.model.classify import Prediction
from triage.passes.stages import (
    classify_questions,
    compose_draft,
    guard_question,
    parse_raw,
    read_message,
    safeguard_question,
)
from triage.state.statuses import Status

ROOT = Path(__file__).resolve().parents[1]
PLACE = {"folder": "INBOX", "uidvalidity": 1, "uid": 1}
OWN = frozenset({"karriere@example.org"})
SENT = datetime(2026, 11, 13, 9, 30).astimezone()  # a Friday


class SureModel:
    """Says "followup" at 0.97 for everything: the topic must not matter for care mail."""

    version = "sure-1"

    def predict(self, texts, threshold=None):
        return [Prediction("followup", 0.97, (("followup", 0.97),), False) for _ in texts]


def raw_mail(subject: str, body: str, headers: dict | None = None, sent=SENT) -> bytes:
    message = EmailMessage()
    message["From"] = "Kari Nordmann <kari@example.net>"
    message["To"] = "karriere@example.org"
    message["Subject"] = subject
    message["Date"] = format_datetime(sent)
    message["Message-ID"] = "<q@example.net>"
    for key, value in (headers or {}).items():
        message[key] = value
    message.set_content(body)
    return bytes(message)


def question(subject: str, text: str, date_header: str = "") -> Question:
    return Question("<q@x>", subject, "Kari", "k@x.no", "k@x.no", text, text, "nb", date_header)


def through_the_pass(raw: bytes, today: date = date(2026, 11, 13)):
    item, message = parse_raw(raw, PLACE)
    item = guard_question(safeguard_question(item, today), message, OWN)
    [item] = classify_questions([item], SureModel(), 0.5)
    composer = Composer(ROOT / "templates", "Karriererådgivningen", "karriere@example.org")
    return compose_draft(item, composer)


def test_care_mail_gets_no_draft_however_sure_the_model_is():
    item = through_the_pass(
        raw_mail("Ringe?", "Jeg sover dårlig og ser ikke noe poeng i noe lenger. Bør jeg ringe?")
    )
    outcome = item.outcome
    assert outcome.status == Status.NEEDS_CARE
    assert "ser ikke noe poeng i noe lenger" in outcome.reason
    assert (outcome.topic, outcome.confidence) == ("followup", 0.97)  # kept for the statistics
    assert item.draft == b"" and outcome.draft_text == "" and outcome.draft_message_id == ""


def test_a_complaint_waits_for_a_counsellor_with_no_template():
    item = through_the_pass(
        raw_mail("Lønn", "Sist fikk jeg bare et standardsvar fra dere. Hva er vanlig lønn?")
    )
    assert item.outcome.status == Status.NEEDS_COUNSELLOR
    assert item.outcome.reason == "complaint about an earlier answer"
    assert item.outcome.complaint and item.draft == b""


def test_ordinary_mail_is_drafted_with_its_due_date():
    item = through_the_pass(raw_mail("Intervju", "Jeg har intervju på tirsdag. Noen tips?"))
    assert item.outcome.status == Status.PENDING and item.draft
    assert item.outcome.due == "2026-11-17"
    assert not item.outcome.complaint


def test_subject_alone_does_not_skip_a_care_mail_but_headers_do():
    body = "Jeg orker ikke mer. Jeg vil bare forsvinne."
    by_subject = read_message(raw_mail("Re: Automatisk svar", body), PLACE, OWN)
    assert by_subject.outcome.status == Status.NEEDS_CARE
    by_header = read_message(
        raw_mail("Re: Automatisk svar", body, {"Auto-Submitted": "auto-replied"}), PLACE, OWN
    )
    assert by_header.outcome.status == Status.SKIPPED
    assert by_header.outcome.reason == "auto-reply (Auto-Submitted)"
    assert by_header.outcome.question_text == "" and by_header.outcome.due == ""
    # Without care words the subject rule still skips, and other rules still apply.
    calm = read_message(raw_mail("Automatisk svar", "Jeg er borte til mandag."), PLACE, OWN)
    assert calm.outcome.reason == "auto-reply (subject)"
    # A complaint about our automatic answer is not taken for one either.
    complaint = read_message(
        raw_mail("Re: Automatisk svar: Lønn", "Dere svarte ikke på det jeg spurte om."),
        PLACE,
        OWN,
    )
    assert complaint.outcome.status == Status.NEEDS_COUNSELLOR and complaint.outcome.complaint
    listed = read_message(
        raw_mail("Re: Automatisk svar", body, {"List-Id": "<l.example.org>"}), PLACE, OWN
    )
    assert listed.outcome.status == Status.SKIPPED


def test_due_dates_in_the_past_or_unresolvable_are_dropped():
    sent = format_datetime(SENT)
    found = attention(question("Intervju", "Intervju på tirsdag.", sent), date(2026, 11, 13))
    assert found.due == date(2026, 11, 17)
    # Read late (a first pass over old mail): the interview is over, no due date.
    late = attention(question("Intervju", "Intervju på tirsdag.", sent), date(2026, 11, 20))
    assert late.due is None
    # "neste uke" without a send date cannot be resolved.
    vague = question("Intervju", "Intervju neste uke.", "")
    assert attention(vague, date(2026, 11, 13)).due is None
    # A far-future Date header does not make a far-future due date.
    future = format_datetime(datetime(2027, 6, 1, 9, 0).astimezone())
    far = question("Intervju", "Intervju tirsdag.", future)
    assert attention(far, date(2026, 11, 13)).due is None


def test_attention_reads_the_members_words_only():
    found = attention(question("Spørsmål", "Hva er vanlig lønn?"))
    assert found.care == () and not found.needs_care and not found.complaint
