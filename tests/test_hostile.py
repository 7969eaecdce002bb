"""Hostile and oversized mail through real passes: bounded memory, no header injection, no
template evaluation, no mail loops. (Scripts and HTML shown as text in the review page are
checked in Chromium by tests/test_review_browser.py::test_hostile_mail_opens_as_plain_text.)
"""

# ruff: noqa: F811 - pytest fixtures imported from review_fixtures are redefined as arguments
from __future__ import annotations

import email
import email.policy
import os
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from email.message import EmailMessage

import pytest
from conftest import Box
from review_fixtures import smtp_section, smtp_server  # noqa: F401 - fixture
from test_pass import QUESTIONS

from triage.cli import main
from triage.compose import Composer
from triage.review.service import Refused, ReviewService
from triage.state.statuses import AWAITING, Status
from triage.state.store import Store

# Peak resident memory of one `triage run`, in kB, printed by the process itself: VmHWM is
# per process image (ru_maxrss would carry the parent's size over the exec).
MEASURED_RUN = """
import sys
from triage.cli import main
code = main(sys.argv[1:])
with open("/proc/self/status") as status:
    peak = next(line for line in status if line.startswith("VmHWM")).split()[1]
print("PEAK_KB", peak, file=sys.stderr)
raise SystemExit(code)
"""


def measured_run(box) -> tuple[int, int, str]:
    done = subprocess.run(
        [sys.executable, "-c", MEASURED_RUN, "run", "--config", str(box.config)],
        capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    peak = next(int(line.split()[1]) for line in done.stderr.splitlines() if "PEAK_KB" in line)
    return done.returncode, peak, done.stdout


def drafts(box) -> list[tuple[bytes, EmailMessage]]:
    return [
        (data[b"BODY[]"], email.message_from_bytes(data[b"BODY[]"], policy=email.policy.default))
        for data in box.messages("Drafts").values()
    ]


def status_of(box, message_id: str) -> dict:
    with Store.open(box.settings().state_path) as db:
        return db.message(message_id)


# -- size ------------------------------------------------------------------------------------


def with_attachment(size: int) -> bytes:
    message = EmailMessage()
    message["From"] = "Kari Nordmann <kari@example.net>"
    message["To"] = "karriere@example.org"
    message["Subject"] = "Kan dere se på CV-en min?"
    message["Message-ID"] = "<big-attachment@example.net>"
    message.set_content(
        "Hei!\n\nJeg søker stilling som rådgiver. Kan dere se over CV-en og søknaden min som"
        " ligger vedlagt? Er tre sider for langt?\n\nMvh Kari"
    )
    message.add_attachment(os.urandom(size), maintype="application", subtype="pdf",
                           filename="CV Kari Nordmann.pdf")  # fmt: skip
    return bytes(message)


def single_line(size: int) -> bytes:
    """A text/plain body that is one line of ``size`` bytes, sent as 8bit (RFC limits ignored)."""
    opening = "Hei! Hva bør jeg be om i lønn når jeg får et tilbud fra en kommune? "
    words = "lønnstrinn " * (size // 12)
    return (
        "From: Ola Nordmann <ola@example.net>\r\nTo: karriere@example.org\r\n"
        "Subject: Lønn i ny jobb\r\nMessage-ID: <single-line@example.net>\r\n"
        "Date: Fri, 20 Nov 2026 09:30:00 +0000\r\nMIME-Version: 1.0\r\n"
        "Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n"
        + opening
        + words
        + "\r\n"
    ).encode()


@pytest.mark.slow
def test_huge_attachment_and_huge_single_line_keep_memory_bounded(dovecot, tmp_path,
                                                                  monkeypatch):  # fmt: skip
    from conftest import PASSWORD, PASSWORD_ENV

    monkeypatch.setenv(PASSWORD_ENV, PASSWORD)
    boxes = {}
    for name in ("baseline", "attachment", "line"):
        (tmp_path / name).mkdir()
        boxes[name] = Box(dovecot, tmp_path / name)
    boxes["baseline"].deliver(single_line(2_000))
    boxes["attachment"].deliver(with_attachment(25_000_000))
    boxes["line"].deliver(single_line(5_000_000))

    peaks = {}
    for name, box in boxes.items():
        code, peaks[name], out = measured_run(box)
        assert code == 0 and "1 new" in out, (name, out)
    attachment_mb = (peaks["attachment"] - peaks["baseline"]) / 1024
    line_mb = (peaks["line"] - peaks["baseline"]) / 1024
    # Fetched whole and parsed, the attachment costs ~280 MB; only its text parts are read.
    assert attachment_mb < 40, f"{attachment_mb:.0f} MB more for a 25 MB attachment"
    # The 5 MB line is the question itself: read, but cut to size before the slow steps.
    assert line_mb < 120, f"{line_mb:.0f} MB more for a 5 MB single-line body"

    row = status_of(boxes["attachment"], "<big-attachment@example.net>")
    assert row["status"] in AWAITING and row["attachments"] == ["CV Kari Nordmann.pdf"]
    row = status_of(boxes["line"], "<single-line@example.net>")
    assert row["status"] in AWAITING
    assert len(row["original_text"]) <= 1_000_000
    for raw, _ in drafts(boxes["line"]):
        assert len(raw) < 200_000  # the quote of the original is cut, not 5 MB long


# -- header injection -------------------------------------------------------------------------

HOSTILE_HEADERS = {
    # encoded CR LF in the subject
    "<inject-subject@example.net>": (
        "From: Kari Nordmann <kari@example.net>\r\n"
        "Subject: =?utf-8?q?L=C3=B8nn=0D=0ABcc:_evil@attacker.example=0D=0A=0D=0Abody?=\r\n"
    ),
    # encoded CR LF in the display name
    "<inject-name@example.net>": (
        "From: =?utf-8?q?Kari=0D=0ABcc:_evil@attacker.example?= <kari2@example.net>\r\n"
        "Subject: =?utf-8?q?Hjelp_med_l=C3=B8nn?=\r\n"
    ),
    # Unicode line separators that str.splitlines() would break on
    "<inject-unicode@example.net>": (
        "From: =?utf-8?b?"
        + "Kari\u2028Bcc: evil@attacker.example\x85X-Evil: 1".encode().hex()
        + "?= <kari3@example.net>\r\n"
        "Subject: =?utf-8?q?L=C3=B8nn=E2=80=A8Bcc:_evil@attacker.example=C2=85X-Evil:_1?=\r\n"
    ),
    # a second address smuggled into Reply-To through an encoded word
    "<inject-replyto@example.net>": (
        "From: Kari Nordmann <kari4@example.net>\r\n"
        "Reply-To: =?utf-8?q?kari4@example.net=0D=0ABcc:_evil@attacker.example?=\r\n"
        "Subject: =?utf-8?q?L=C3=B8nn_i_ny_jobb?=\r\n"
    ),
}
ALLOWED_DRAFT_HEADERS = {
    "from", "to", "subject", "date", "message-id", "in-reply-to", "references",
    "x-triage-topic", "mime-version", "content-type", "content-transfer-encoding",
}  # fmt: skip


def hostile(message_id: str, headers: str) -> bytes:
    # The unicode case is written with hex for readability above; turn it into base64.
    if "=?utf-8?b?" in headers:
        import base64

        start = headers.index("=?utf-8?b?") + 10
        end = headers.index("?=", start)
        encoded = base64.b64encode(bytes.fromhex(headers[start:end])).decode()
        headers = headers[:start] + encoded + headers[end:]
    body = (
        "Hei!\n\nJeg har fått et tilbud om jobb i en kommune. Hva bør jeg be om i lønn, og kan"
        " jeg forhandle om lønnstrinnet før jeg signerer?\n\nMvh Kari\n"
    )
    return (
        f"{headers}To: karriere@example.org\r\nMessage-ID: {message_id}\r\n"
        "Date: Fri, 20 Nov 2026 09:30:00 +0000\r\nMIME-Version: 1.0\r\n"
        "Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n" + body
    ).encode()


def assert_no_injected_headers(raw: bytes) -> EmailMessage:
    head = raw.split(b"\r\n\r\n", 1)[0]
    names = [line.split(b":", 1)[0].decode().lower()
             for line in head.split(b"\r\n") if line and line[:1] not in (b" ", b"\t")]  # fmt: skip
    assert set(names) <= ALLOWED_DRAFT_HEADERS, names
    assert len(names) == len(set(names)), names
    assert b"\r" not in head.replace(b"\r\n", b"") and b"\n" not in head.replace(b"\r\n", b"")
    message = email.message_from_bytes(raw, policy=email.policy.default)
    assert len(message["To"].addresses) == 1
    for name in ("Subject", "To", "From"):
        assert not any(c in str(message[name]) for c in "\r\n\u2028\u2029\x85"), name
    return message


def test_line_breaks_in_names_and_subjects_never_become_headers(box, smtp_server, capsys):
    for message_id, headers in HOSTILE_HEADERS.items():
        box.deliver(hostile(message_id, headers))
    assert main(["run", "--config", str(box.config)]) == 0
    made = drafts(box)
    assert made, "nothing drafted"
    for raw, _ in made:
        message = assert_no_injected_headers(raw)
        assert "attacker.example" not in message["To"].addresses[0].addr_spec

    # The same mail answered from the review page: the reply on the wire is just as clean.
    box.config.write_text(box.config.read_text() + smtp_section(smtp_server.port))
    settings = box.settings()
    composer = Composer(settings.replies.templates, settings.replies.from_name,
                        settings.replies.from_address)  # fmt: skip
    with Store.open(settings.state_path) as db:
        service = ReviewService(settings, db, composer)
        for message_id in HOSTILE_HEADERS:
            row = db.message(message_id)
            assert row["status"] in AWAITING, row["status"]
            service.approve(message_id, row["version"], "Hei,\n\nher er svaret.\n", "kari")
    assert len(smtp_server.messages) == len(HOSTILE_HEADERS)
    for _, recipients, sent in smtp_server.messages:
        assert len(recipients) == 1 and "attacker.example" not in recipients[0]
        assert_no_injected_headers(bytes(sent).replace(b"\n", b"\r\n").replace(b"\r\r", b"\r"))


@pytest.mark.parametrize(
    "stored",
    [
        "kari@example.net, evil@attacker.example",
        "kari@example.net\r\nBcc: evil@attacker.example",
        "kari@example.net\u2028Bcc: evil@attacker.example",
        '"kari"@example.net',
        "kari@example.net>",
        "",
    ],
)
def test_addresses_are_checked_again_before_sending(box, make_mail, smtp_server, stored):
    box.deliver(make_mail(*QUESTIONS[0], message_id="<recheck@example.net>"))
    assert main(["run", "--config", str(box.config)]) == 0
    box.config.write_text(box.config.read_text() + smtp_section(smtp_server.port))
    settings = box.settings()
    composer = Composer(settings.replies.templates, settings.replies.from_name,
                        settings.replies.from_address)  # fmt: skip
    with Store.open(settings.state_path) as db:
        with db.transaction():  # as if the stored row had been tampered with
            db.execute("UPDATE messages SET reply_to = ? WHERE message_id = ?",
                       (stored, "<recheck@example.net>"))  # fmt: skip
        row = db.message("<recheck@example.net>")
        with pytest.raises(Refused) as refused:
            ReviewService(settings, db, composer).approve(
                row["message_id"], row["version"], "Hei,\n\nher er svaret.\n", "kari"
            )
        assert refused.value.key == "bad_address"
        assert db.message("<recheck@example.net>")["status"] in AWAITING
    assert smtp_server.messages == []


# -- template syntax -----------------------------------------------------------------------------


def test_jinja_syntax_in_mail_stays_literal_in_the_draft(box, make_mail):
    subject = "{{ 7*7 }} Lønn {% if true %}ja{% endif %}"
    body = (
        "Hei!\n\nHva bør jeg be om i lønn i en kommune? {{ config }} {{ 6*7 }}\n"
        "{% for x in range(3) %}loop{% endfor %} {{ ''.__class__.__mro__ }}\n\nMvh Kari"
    )
    box.deliver(make_mail(subject, body, sender="{{ 7*7 }} <kari@example.net>",
                          message_id="<jinja@example.net>"))  # fmt: skip
    assert main(["run", "--config", str(box.config)]) == 0
    row = status_of(box, "<jinja@example.net>")
    assert row["status"] in AWAITING
    [(_, draft)] = drafts(box) or [(None, None)]
    if draft is None:  # the model left it for a counsellor: the stored texts must be literal
        assert "{{ 6*7 }}" in row["original_text"]
        return
    text = draft.get_content()
    assert "{{ 6*7 }}" in text and "{% for x in range(3) %}loop{% endfor %}" in text
    assert "42" not in text and "looploop" not in text and "<class" not in text
    assert draft["Subject"] == f"Re: {subject}" and "49" not in draft["Subject"]
    assert "{{ 7*7 }}" in str(draft["To"])


# -- mail loops ----------------------------------------------------------------------------------


def _same_sender(box, make_mail, count: int, start: int = 0) -> list[str]:
    ids = []
    for n in range(start, start + count):
        mid = f"<loop-{n}@example.net>"
        box.deliver(make_mail(*QUESTIONS[0], sender="Kari Nordmann <kari@example.net>",
                              message_id=mid))  # fmt: skip
        ids.append(mid)
    return ids


def test_default_is_three_drafts_per_correspondent_per_day_across_passes(box, make_mail):
    # The same question each time: without this, the second would already wait as a repeat
    # of its topic (test_repeat.py); here the loop protection alone is tested.
    box.config.write_text(box.config.read_text() + "repeat_days = 0\n")
    ids = []
    for n in range(5):  # one mail per pass, as an auto-responder answering each draft would
        ids += _same_sender(box, make_mail, 1, n)
        assert main(["run", "--config", str(box.config)]) == 0
    rows = [status_of(box, mid) for mid in ids]
    assert [r["status"] for r in rows] == [Status.DRAFTED] * 3 + [Status.NEEDS_COUNSELLOR] * 2
    assert all("loop protection" in r["reason"] for r in rows[3:])
    assert len(drafts(box)) == 3

    # A day later the correspondent may get drafts again.
    with Store.open(box.settings().state_path) as db, db.transaction():
        earlier = (datetime.now(UTC) - timedelta(days=2)).isoformat(timespec="seconds")
        db.execute("UPDATE messages SET created_at = ?", (earlier,))
    later = _same_sender(box, make_mail, 1, 10)
    assert main(["run", "--config", str(box.config)]) == 0
    assert status_of(box, later[0])["status"] == Status.DRAFTED


def test_the_limit_is_configurable(box, make_mail):
    box.config.write_text(box.config.read_text() + "max_drafts_per_sender_per_day = 1\n")
    ids = _same_sender(box, make_mail, 3)
    assert main(["run", "--config", str(box.config)]) == 0
    statuses = [status_of(box, mid)["status"] for mid in ids]
    assert statuses.count(Status.DRAFTED) == 1 and statuses.count(Status.NEEDS_COUNSELLOR) == 2
    assert len(drafts(box)) == 1


AUTOMATIC = {
    "own-from": ("{own}", {}),
    "own-reply-to": ("Kari <kari@example.net>", {"Reply-To": "{own_upper}"}),
    "auto-submitted": ("Kari <kari@example.net>", {"Auto-Submitted": "auto-generated"}),
    "precedence": ("Kari <kari@example.net>", {"Precedence": "bulk"}),
    "mailer-daemon": ("Mail Delivery System <MAILER-DAEMON@example.net>", {}),
    "no-reply": ("Rekruttering <no-reply@jobs.example>", {}),
    "list": ("Kari <kari@example.net>", {"List-Id": "<karriere.example.org>"}),
}


def test_never_a_draft_to_the_own_address_or_to_automatic_mail(box, make_mail):
    own = box.user
    for name, (sender, headers) in AUTOMATIC.items():
        sender = sender.format(own=own)
        headers = {k: v.format(own_upper=own.upper()) for k, v in headers.items()}
        box.deliver(make_mail(*QUESTIONS[0], sender=sender, headers=headers,
                              message_id=f"<auto-{name}@example.net>"))  # fmt: skip
    assert main(["run", "--config", str(box.config)]) == 0
    for name in AUTOMATIC:
        row = status_of(box, f"<auto-{name}@example.net>")
        assert row["status"] == Status.SKIPPED and row["reason"], name
        assert row["question_text"] == "" and row["original_text"] == ""
    assert drafts(box) == []
