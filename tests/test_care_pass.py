"""Mail that must reach a person first, through a real `triage run` against Dovecot.

Distress in bokmål, nynorsk and English never gets a template draft, whatever the topic model
says: it waits as needs_care, tagged triage-care, with the member's words as the reason (never
in the log). A complaint about an earlier answer waits for a counsellor; a due date is stored;
`triage queue --json` lists care first, then due soonest, then oldest; `triage status` counts
what is due within 48 hours. The real trained model decides the topics.
"""

from __future__ import annotations

import json
import logging
from datetime import UTC, date, datetime, timedelta
from email.message import EmailMessage
from email.utils import format_datetime

from triage.cli import main
from triage.state.statuses import Status
from triage.state.store import Store

NOW = datetime.now(UTC).replace(microsecond=0)

# (Message-ID, subject, body, the member's words the reason must carry)
DISTRESS = [
    (
        "<care-nb-followup@example.net>",
        "Ringe arbeidsgiver?",
        "Hei. Jeg søkte på en stilling i kommunen for seks uker siden og har ikke hørt noe. Jeg"
        " sover dårlig og ser ikke noe poeng i noe lenger. Bør jeg ringe dem eller bare gi opp?"
        "\n\nHilsen Per",
        "ser ikke noe poeng i noe lenger",
    ),
    (
        "<care-nb-cv@example.net>",
        "CV",
        "Hei, jeg har vært arbeidsledig i over et år nå og føler meg helt verdiløs. Kan dere se"
        " over CV-en min? Jeg vet ikke hvor lenge jeg orker dette.\n\nMvh Siri",
        "hvor lenge jeg orker dette",
    ),
    (
        "<care-nn@example.net>",
        "Intervju",
        "Hei. Eg har vore på tjue intervju utan å få jobb, og eg har ikkje sove skikkeleg på"
        " fleire veker. Eg orkar ikkje meir. Korleis bør eg førebu meg til neste intervju?"
        "\n\nHelsing Ola",
        "orkar ikkje meir",
    ),
    (
        "<care-en@example.net>",
        "Salary question",
        "Hi, I was offered a job in a private firm and wonder what salary to ask for. Honestly I"
        " feel hopeless and I don't know how much longer I can keep going like this.\n\nPriya",
        "feel hopeless",
    ),
    (
        # A reply to our out-of-office: only the subject looks automatic.
        "<care-autosubject@example.net>",
        "Re: Automatisk svar: Søknad",
        "Jeg fikk bare et automatisk svar. Jeg orker ikke mer, jeg vil bare forsvinne.\n\nKari",
        "vil bare forsvinne",
    ),
    (
        # Told under the sign-off, where no signature cut may hide it.
        "<care-below-signoff@example.net>",
        "Cover letter",
        "Hi, could you look over my cover letter before Friday?\n\nBest regards,\nMaja Lund\n\n"
        "I have been thinking that everyone would manage fine without me.",
        "everyone would manage fine without me",
    ),
    (
        # Told in the member's own mail, forwarded: the topic reads only the line above it.
        "<care-forwarded@example.net>",
        "Fwd: Salary expectations",
        "Hi, forwarding what I sent the recruiter. Is the range sensible?\n\n"
        "---------- Forwarded message ---------\nFrom: Tom Berg <tom@example.net>\n"
        "Subject: Salary expectations\nTo: Recruiter <jobs@example.org>\n\nHello,\n"
        "I would ask for 700,000. Honestly I can't see things ever getting better for me.\n\nTom",
        "can't see things ever getting better",
    ),
]
ORDINARY = (
    "<ordinary@example.net>",
    "Lønn i ny jobb",
    "Hei!\n\nJeg har fått tilbud om en stilling som rådgiver i en kommune. Hva bør jeg be om i"
    " lønn, og kan jeg forhandle før jeg signerer kontrakten? Jeg er så spent!\n\nMvh Nora",
)
COMPLAINT = (
    "<complaint@example.net>",
    "Lønn igjen",
    "Hei. Sist gang fikk jeg bare et standardsvar fra dere om lønn, og dere svarte ikke på det"
    " jeg spurte om. Hva er vanlig lønn for en seniorrådgiver i staten?\n\nOle",
)
# Due tomorrow (from today's weekday name, so the test holds on any day).
WEEKDAYS_NB = ("mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag")
TOMORROW = (NOW + timedelta(days=1)).date()
DUE = (
    "<due@example.net>",
    "Intervju",
    f"Hei, jeg skal på intervju {WEEKDAYS_NB[TOMORROW.weekday()]} i et direktorat. Hvordan bør"
    " jeg forberede meg?\n\nHilsen Ida",
)
HEADER_AUTO_REPLY = (
    "<auto-care@example.net>",
    "Fraværsmelding",
    "Jeg er borte. Jeg orker ikke mer.",
)


def mail(message_id: str, subject: str, body: str, headers: dict | None = None, age=0) -> bytes:
    message = EmailMessage()
    message["From"] = f"Medlem <{message_id.strip('<>').split('@')[0]}@example.net>"
    message["To"] = "karriere@example.org"
    message["Subject"] = subject
    message["Date"] = format_datetime(NOW - timedelta(hours=age))
    message["Message-ID"] = message_id
    for key, value in (headers or {}).items():
        message[key] = value
    message.set_content(body)
    return bytes(message)


def deliver(box) -> None:
    # Oldest first: the ordinary mail is the oldest, the care mail the newest.
    box.deliver(mail(*ORDINARY, age=30), mail(*COMPLAINT, age=20), mail(*DUE, age=10))
    box.deliver(*(mail(mid, subject, body, age=1) for mid, subject, body, _ in DISTRESS))
    box.deliver(mail(*HEADER_AUTO_REPLY, headers={"Auto-Submitted": "auto-replied"}))


def keywords_by_id(box) -> dict[str, set[bytes]]:
    found = {}
    for data in box.messages("INBOX").values():
        raw = data[b"BODY[]"]
        for line in raw.split(b"\r\n"):
            if line.lower().startswith(b"message-id:"):
                found[line.split(b":", 1)[1].strip().decode()] = set(data[b"FLAGS"])
    return found


def test_distress_never_gets_a_template_draft(box, capsys, caplog):
    deliver(box)
    with caplog.at_level(logging.INFO, logger="triage"):
        assert main(["run", "--config", str(box.config)]) == 0
    assert f"{len(DISTRESS)} need care" in capsys.readouterr().out

    drafts = box.messages("Drafts").values()
    answered = {line for d in drafts for line in d[b"BODY[]"].split(b"\r\n")
                if line.startswith(b"In-Reply-To:")}  # fmt: skip
    keywords = keywords_by_id(box)
    with Store.open(box.settings().state_path) as db:
        for message_id, _, _, words in DISTRESS:
            row = db.message(message_id)
            assert row["status"] == Status.NEEDS_CARE, (message_id, row["status"], row["reason"])
            assert words in row["reason"]
            assert row["draft_text"] == "" and row["draft_message_id"] == ""
            assert row["topic"]  # still classified, for the statistics
            assert f"In-Reply-To: {message_id}".encode() not in answered
            assert b"triage-care" in keywords[message_id]
            assert b"\\Seen" not in keywords[message_id]
            # The member's words are stored for the review page, never written to the log.
            assert words not in caplog.text
        assert f"{DISTRESS[0][0]} needs care" in caplog.text

        # Headers still win: an auto-reply by its headers is skipped, whatever its words.
        auto = db.message(HEADER_AUTO_REPLY[0])
        assert auto["status"] == Status.SKIPPED and auto["question_text"] == ""

        complaint = db.message(COMPLAINT[0])
        assert complaint["status"] == Status.NEEDS_COUNSELLOR
        assert complaint["reason"] == "complaint about an earlier answer"
        assert complaint["complaint"] and complaint["draft_text"] == ""
        assert b"triage-counsellor" in keywords[COMPLAINT[0]]

        assert db.message(DUE[0])["due"] == TOMORROW.isoformat()
        assert db.message(ORDINARY[0])["due"] == ""
        assert db.message(ORDINARY[0])["status"] == Status.DRAFTED
        runs = db.execute("SELECT needs_care FROM runs").fetchall()
        assert [r[0] for r in runs] == [len(DISTRESS)]


def test_queue_lists_care_then_due_then_oldest(box, capsys):
    deliver(box)
    assert main(["run", "--config", str(box.config)]) == 0
    capsys.readouterr()
    assert main(["queue", "--json", "--config", str(box.config)]) == 0
    items = json.loads(capsys.readouterr().out)

    priorities = [item["priority"] for item in items]
    care = [item for item in items if item["priority"] == "care"]
    assert priorities == ["care"] * len(care) + ["due"] + ["normal"] * (len(items) - len(care) - 1)
    assert {item["message_id"] for item in care} == {d[0] for d in DISTRESS}
    assert all(item["status"] == "needs_care" and item["draft_text"] == "" for item in care)
    due = items[len(care)]
    assert (due["message_id"], due["due"]) == (DUE[0], TOMORROW.isoformat())
    normal = [item["message_id"] for item in items if item["priority"] == "normal"]
    assert normal == [ORDINARY[0], COMPLAINT[0]]  # oldest first
    for item in items:
        for key in ("message_id", "topic", "confidence", "lang", "to", "subject", "draft_text",
                    "status", "priority", "due", "reason"):  # fmt: skip
            assert key in item
        assert item["due"] is None or date.fromisoformat(item["due"])

    assert main(["queue", "--config", str(box.config)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert "needs care" in lines[1] and f"due {TOMORROW.isoformat()}" in lines[len(care) + 1]

    assert main(["status", "--config", str(box.config)]) == 0
    out = capsys.readouterr().out
    assert f"{len(DISTRESS):6}  need care" in out
    assert "     1  waiting and due within 48 hours" in out


def test_second_pass_leaves_care_mail_without_a_draft(box, capsys):
    deliver(box)
    assert main(["run", "--config", str(box.config)]) == 0
    before = len(box.messages("Drafts"))
    assert main(["run", "--config", str(box.config)]) == 0
    assert len(box.messages("Drafts")) == before
    with Store.open(box.settings().state_path) as db:
        assert all(db.message(d[0])["status"] == Status.NEEDS_CARE for d in DISTRESS)
