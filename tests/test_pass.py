"""`triage run` against a real Dovecot: new mail in, threaded drafts out, nothing twice."""

from __future__ import annotations

import email
import email.policy
import json
import shutil

import pytest

from triage.cli import main
from triage.errors import ParseError
from triage.mailbox import imap
from triage.state.lock import pass_lock
from triage.state.statuses import Status
from triage.state.store import Store

QUESTIONS = [
    (
        "Lønn i ny jobb",
        "Hei!\n\nJeg har fått tilbud om en stilling som rådgiver i en kommune. Hva bør jeg be om"
        " i lønn, og kan jeg forhandle om lønnstrinnet før jeg signerer kontrakten?\n\nMvh Kari",
    ),
    (
        "Could you look at my CV?",
        "Hi,\n\nI am applying for analyst jobs and wonder whether my CV is too long (three"
        " pages). Should I include a photo? Could someone look at my CV and cover letter?\n\nBest,"
        " Priya",
    ),
    (
        "Intervju neste veke",
        "Hei, eg skal på jobbintervju i eit direktorat neste veke. Korleis bør eg førebu meg, og"
        " kva spørsmål kan eg forvente i eit panelintervju?\n\nHelsing Ola",
    ),
    (
        "Ingen svar på søknaden",
        "Hei, jeg søkte på en stilling for fem uker siden og har ikke hørt noe. Søknadsfristen"
        " gikk ut for tre uker siden. Kan jeg ringe og spørre hvor langt de har kommet i"
        " prosessen?\n\nHilsen Nina",
    ),
]
SENDERS = [
    "Kari Nordmann <kari@example.net>",
    "Priya Raman <priya@example.com>",
    "Ola Vik <ola@example.org>",
    "Nina Berg <nina@example.net>",
]
NOISE = [
    (
        "Fraværsmelding: Lønn i ny jobb",
        "Jeg er på ferie til 1. desember.",
        {"Auto-Submitted": "auto-replied"},
        "auto-reply",
    ),
    (
        "Nyhetsbrev november",
        "Månedens nyheter fra foreningen.",
        {"List-Id": "<nyheter.example.org>", "List-Unsubscribe": "<mailto:x@example.org>"},
        "list",
    ),
]


def deliver_all(box, make_mail) -> tuple[list[str], list[str]]:
    questions, noise = [], []
    for index, (subject, body) in enumerate(QUESTIONS):
        mid = f"<q{index}@example.net>"
        sender = SENDERS[index]
        box.deliver(make_mail(subject, body, sender=sender, message_id=mid))
        questions.append(mid)
    for index, (subject, body, headers, _) in enumerate(NOISE):
        mid = f"<n{index}@example.net>"
        box.deliver(make_mail(subject, body, headers=headers, message_id=mid))
        noise.append(mid)
    return questions, noise


def parsed_drafts(box) -> list[tuple[tuple, email.message.EmailMessage]]:
    return [
        (data[b"FLAGS"], email.message_from_bytes(data[b"BODY[]"], policy=email.policy.default))
        for data in box.messages("Drafts").values()
    ]


def test_first_pass_drafts_threaded_replies_and_leaves_originals_unread(box, make_mail, capsys):
    questions, noise = deliver_all(box, make_mail)

    assert main(["run", "--config", str(box.config)]) == 0
    assert "6 new" in capsys.readouterr().out

    with Store.open(box.settings().state_path) as db:
        statuses = db.statuses(questions + noise)
        rows = {mid: db.message(mid) for mid in questions + noise}
    for mid in questions:
        assert statuses[mid] in (Status.DRAFTED, Status.NEEDS_COUNSELLOR), mid
    for mid in noise:
        assert statuses[mid] == Status.SKIPPED
        assert rows[mid]["reason"]
        assert rows[mid]["question_text"] == ""  # nothing kept of mail that needs no answer
    drafted = [mid for mid in questions if statuses[mid] == Status.DRAFTED]
    assert len(drafted) >= 3, statuses

    drafts = parsed_drafts(box)
    assert len(drafts) == len(drafted)
    by_reply = {m["In-Reply-To"]: (flags, m) for flags, m in drafts}
    assert set(by_reply) == set(drafted)
    for mid in drafted:
        flags, message = by_reply[mid]
        assert b"\\Draft" in flags
        assert mid in message["References"]
        assert message["Subject"].startswith("Re: ") and "Re: Re:" not in message["Subject"]
        sender = SENDERS[questions.index(mid)]
        assert message["To"].addresses[0].addr_spec in sender
        assert message.get_content_type() == "text/plain"
        assert message.get_content_charset() == "utf-8"
        assert message["Message-ID"] == rows[mid]["draft_message_id"]
        body = message.get_content()
        assert "[[" in body  # the place for the counsellor's own sentence is marked
        assert "> " in body  # the original is quoted below
    assert "Hei Kari" in by_reply["<q0@example.net>"][1].get_content()

    inbox = box.messages("INBOX")
    assert all(b"\\Seen" not in data[b"FLAGS"] for data in inbox.values())
    keywords = {f for data in inbox.values() for f in data[b"FLAGS"]}
    assert any(f.startswith(b"triage-") for f in keywords)


def test_second_pass_changes_nothing(box, make_mail, capsys):
    deliver_all(box, make_mail)
    assert main(["run", "--config", str(box.config)]) == 0
    first = len(box.messages("Drafts"))
    capsys.readouterr()

    assert main(["run", "--config", str(box.config)]) == 0
    assert capsys.readouterr().out == ""  # an idle pass prints nothing, so cron stays quiet
    assert len(box.messages("Drafts")) == first


def test_a_verbose_pass_ends_with_where_its_time_went(box, make_mail, caplog):
    """`triage run -v` ends with the seconds of each part of the pass, so whoever runs it sees
    whether the server, the CPU work or the state store takes the time; an idle pass says
    nothing."""
    import re

    deliver_all(box, make_mail)
    with caplog.at_level("INFO", logger="triage.pass"):
        assert main(["run", "-v", "--config", str(box.config)]) == 0
    lines = [r.getMessage() for r in caplog.records if r.getMessage().startswith("the pass took")]
    assert len(lines) == 1, lines
    total = float(re.match(r"the pass took ([\d.]+) s: ", lines[0]).group(1))
    parts = dict(
        (name, float(seconds))
        for name, seconds in re.findall(r"(?:: |, )([a-zA-Z][^,:]*?) ([\d.]+) s", lines[0])
    )
    assert set(parts) == {
        "reading mail", "CPU work (or waiting for it)", "state store", "appending drafts",
        "tagging", "start-up and the rest",
    }  # fmt: skip
    assert parts["CPU work (or waiting for it)"] > 0
    assert abs(sum(parts.values()) - total) <= 0.01 * len(parts)  # each rounded to 0.01 s
    caplog.clear()
    with caplog.at_level("INFO", logger="triage.pass"):
        assert main(["run", "-v", "--config", str(box.config)]) == 0  # nothing new
    assert not [r for r in caplog.records if r.getMessage().startswith("the pass took")]


def test_only_new_mail_is_read_on_the_next_pass(box, make_mail):
    box.deliver(make_mail(*QUESTIONS[0], message_id="<first@example.net>"))
    assert main(["run", "--config", str(box.config)]) == 0
    box.deliver(make_mail(*QUESTIONS[1], message_id="<second@example.net>"))
    assert main(["run", "--config", str(box.config)]) == 0
    with Store.open(box.settings().state_path) as db:
        assert db.counts().get(Status.SKIPPED, 0) == 0
        assert set(db.statuses(["<first@example.net>", "<second@example.net>"])) == {
            "<first@example.net>",
            "<second@example.net>",
        }


def test_uidvalidity_change_does_not_draft_twice(box, make_mail):
    text = box.config.read_text().replace("batch_size = 7", 'batch_size = 7\nmailbox = "Career"')
    box.config.write_text(text)
    client = box.client()
    client.create_folder("Career")
    raws = [
        make_mail(s, b, message_id=f"<uv{i}@example.net>") for i, (s, b) in enumerate(QUESTIONS)
    ]
    for raw in raws:
        client.append("Career", raw)
    before = client.folder_status("Career", [b"UIDVALIDITY"])[b"UIDVALIDITY"]
    client.logout()
    assert main(["run", "--config", str(box.config)]) == 0
    drafts = len(box.messages("Drafts"))

    client = box.client()
    client.delete_folder("Career")
    client.create_folder("Career")
    for raw in raws:
        client.append("Career", raw)
    assert client.folder_status("Career", [b"UIDVALIDITY"])[b"UIDVALIDITY"] != before
    client.logout()

    assert main(["run", "--config", str(box.config)]) == 0
    assert len(box.messages("Drafts")) == drafts


@pytest.mark.parametrize("crash_in", ["append_drafts", "add_keywords"])
def test_pass_killed_half_way_leaves_exactly_one_draft(box, make_mail, monkeypatch, crash_in):
    questions, _ = deliver_all(box, make_mail)
    real = getattr(imap.Mailbox, crash_in)
    calls = {"n": 0}

    def crash(self, *args, **kwargs):
        calls["n"] += 1
        if crash_in == "add_keywords":
            real(self, *args, **kwargs)  # the drafts are appended; the pass dies before commit
        raise KeyboardInterrupt("killed")

    monkeypatch.setattr(imap.Mailbox, crash_in, crash)
    assert main(["run", "--config", str(box.config)]) == 130
    monkeypatch.setattr(imap.Mailbox, crash_in, real)

    assert main(["run", "--config", str(box.config)]) == 0
    with Store.open(box.settings().state_path) as db:
        statuses = db.statuses(questions)
        assert not db.pending()
    drafted = [m for m in questions if statuses[m] == Status.DRAFTED]
    replies = [m["In-Reply-To"] for _, m in parsed_drafts(box)]
    assert sorted(replies) == sorted(drafted)
    assert len(replies) == len(set(replies))


def test_unparseable_mail_is_set_aside_and_the_pass_goes_on(box, make_mail, monkeypatch, capsys):
    from triage.inbound import parse

    real = parse.parse_message

    def picky(raw: bytes):
        if b"<broken@example.net>" in raw:
            raise ParseError("no readable text part")
        return real(raw)

    monkeypatch.setattr(parse, "parse_message", picky)
    box.deliver(make_mail("x", "y", message_id="<broken@example.net>"))
    box.deliver(make_mail(*QUESTIONS[0], message_id="<fine@example.net>"))

    assert main(["run", "--config", str(box.config)]) == 1
    err = capsys.readouterr().err
    assert "set aside" in err and "no readable text part" in err
    with Store.open(box.settings().state_path) as db:
        assert db.counts()[Status.SET_ASIDE] == 1
        assert db.statuses(["<fine@example.net>"])["<fine@example.net>"] != Status.SET_ASIDE


def test_overlapping_pass_exits_at_once_with_status_0(box, make_mail, capsys):
    box.deliver(make_mail(*QUESTIONS[0]))
    settings = box.settings()
    with pass_lock(settings):
        assert main(["run", "--config", str(box.config)]) == 0
    assert "another pass" in capsys.readouterr().err
    assert box.messages("Drafts") == {}


def test_queue_json_contract(box, make_mail, capsys):
    questions, _ = deliver_all(box, make_mail)
    main(["run", "--config", str(box.config)])
    capsys.readouterr()
    assert main(["queue", "--json", "--config", str(box.config)]) == 0
    items = json.loads(capsys.readouterr().out)
    assert {i["message_id"] for i in items} == set(questions)
    for item in items:
        for key in ("message_id", "topic", "confidence", "lang", "to", "subject", "draft_text"):
            assert key in item
        assert item["status"] in ("drafted", "needs_counsellor")
        assert (item["draft_text"] != "") == (item["status"] == "drafted")
    assert main(["queue", "--config", str(box.config)]) == 0
    assert "waiting for a counsellor" in capsys.readouterr().out


def test_unreachable_server_exits_3_with_one_line(box, capsys):
    from triage.dev.devserver import free_port

    text = box.config.read_text().replace(f"port = {box.server.port}", f"port = {free_port()}")
    box.config.write_text(text)
    assert main(["run", "--config", str(box.config)]) == 3
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1 and "connection refused" in err


def test_refused_login_exits_3(box, monkeypatch, capsys):
    monkeypatch.setenv("TRIAGE_TEST_IMAP_PASSWORD", "wrong")
    assert main(["run", "--config", str(box.config)]) == 3
    assert "login refused" in capsys.readouterr().err


def test_missing_template_exits_2_and_changes_nothing(box, make_mail, tmp_path, capsys):
    from conftest import ROOT

    templates = tmp_path / "templates"
    shutil.copytree(ROOT / "templates", templates)
    (templates / "nn" / "salary" / "raise.j2").unlink()
    text = box.config.read_text().replace(f'"{ROOT}/templates"', f'"{templates}"')
    box.config.write_text(text)
    box.deliver(make_mail(*QUESTIONS[0]))
    assert main(["run", "--config", str(box.config)]) == 2
    err = capsys.readouterr().err
    assert "nn/salary/raise.j2" in err and len(err.strip().splitlines()) == 1
    assert box.messages("Drafts") == {}
    assert all(not any(f.startswith(b"triage-") for f in d[b"FLAGS"]) for d in
               box.messages("INBOX").values())  # fmt: skip


def test_unreadable_model_exits_2(box, make_mail, tmp_path, capsys):
    from conftest import ROOT

    bad = tmp_path / "topic.joblib"
    bad.write_bytes(b"not a model")
    text = box.config.read_text().replace(f"{ROOT}/models/topic.joblib", str(bad))
    box.config.write_text(text)
    box.deliver(make_mail(*QUESTIONS[0]))
    assert main(["run", "--config", str(box.config)]) == 2
    assert "triage train" in capsys.readouterr().err
    assert box.messages("Drafts") == {}


def test_mail_loop_protection_limits_drafts_per_correspondent(box, make_mail):
    box.config.write_text(box.config.read_text() + "max_drafts_per_sender_per_day = 2\n")
    ids = [f"<loop{i}@example.net>" for i in range(4)]
    for mid, (subject, body) in zip(ids, QUESTIONS, strict=True):
        box.deliver(make_mail(subject, body, sender="Robot <robot@example.net>", message_id=mid))
    assert main(["run", "--config", str(box.config)]) == 0
    with Store.open(box.settings().state_path) as db:
        rows = [db.message(mid) for mid in ids]
    held = [r for r in rows if r["status"] == Status.NEEDS_COUNSELLOR]
    assert len(held) == 2 and all("loop protection" in r["reason"] for r in held)
    assert all(r["question_text"] for r in held)  # held back from drafting, not lost
    assert len(box.messages("Drafts")) <= 2
