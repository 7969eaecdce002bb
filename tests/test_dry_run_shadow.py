"""`triage run --dry-run` and `[replies] mode = "shadow"` against a real Dovecot (issue #12).

A dry run must leave the mailbox (every folder's messages, flags, UIDVALIDITY and UIDNEXT) and
the state store (its file, byte for byte) exactly as they were; shadow mode runs real passes
that put nothing in the mailbox while the review page gets the items.
"""

from __future__ import annotations

import hashlib
import json
import re
from datetime import UTC, datetime, timedelta

import pytest
from review_fixtures import REVIEW_SECTION, sign_in, use_stub_model

from triage.cli import main
from triage.dev.devserver import free_port
from triage.state.statuses import Status
from triage.state.store import Store

NOW = datetime.now(UTC)


@pytest.fixture
def stub_model(monkeypatch):
    use_stub_model(monkeypatch)


def mailbox_snapshot(box) -> dict:
    """Everything a client can see of the mailbox: folders, their UIDs, flags, bytes, dates."""
    client = box.client()
    snapshot = {}
    for _, _, folder in client.list_folders():
        status = client.folder_status(folder, [b"UIDVALIDITY", b"UIDNEXT", b"MESSAGES"])
        client.select_folder(folder, readonly=True)
        uids = client.search(["ALL"])
        items = [b"FLAGS", b"INTERNALDATE", b"BODY.PEEK[]"]
        found = client.fetch(uids, items) if uids else {}
        # \\Recent belongs to the session that selected a folder first, not to the mailbox.
        snapshot[folder] = (
            status,
            {uid: (tuple(f for f in data[b"FLAGS"] if f != b"\\Recent"), data[b"INTERNALDATE"],
                   data[b"BODY[]"]) for uid, data in found.items()},
        )  # fmt: skip
    client.logout()
    return snapshot


def store_files(work) -> dict[str, str]:
    """The store's files by name and hash. A reader of a SQLite database in WAL mode, even a
    read-only one, makes the -shm index and an empty -wal beside it if they are missing: they
    hold none of the store's data, so they count only when they have some."""
    return {
        path.name: hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(work.glob("state.sqlite3*"))
        if not path.name.endswith("-shm") and (path.stat().st_size or path.suffix == ".sqlite3")
    }


def deliver_mix(box, make_mail, tag: str) -> None:
    client = box.client()
    mails = [
        ("Lønn i ny jobb", {}, [], 0),
        ("Kan dere se på CV-en min?", {}, [], 0),
        ("Et spørsmål om permisjon", {}, [], 0),  # the stub model is not sure
        ("Intervju neste uke", {}, [b"\\Answered"], 0),  # answered already
        ("Fraværsmelding", {"Auto-Submitted": "auto-replied"}, [], 0),
        ("Lønn for lenge siden", {}, [], 200),  # two hundred days old
    ]
    for index, (subject, headers, flags, days) in enumerate(mails):
        raw = make_mail(
            subject, f"Hei, {subject.lower()}?\n\nHilsen Medlem", headers=headers,
            sender=f"Medlem {index} <m{tag}{index}@example.net>",
            message_id=f"<{tag}-{index}@example.net>",
        )  # fmt: skip
        client.append("INBOX", raw, flags=flags, msg_time=NOW - timedelta(days=days, hours=1))
    client.logout()


def test_dry_run_changes_nothing_and_says_what_a_pass_would_do(box, make_mail, stub_model, capsys):
    deliver_mix(box, make_mail, "a")
    before = mailbox_snapshot(box)
    assert main(["run", "--dry-run", "--config", str(box.config)]) == 0
    out = capsys.readouterr().out
    assert mailbox_snapshot(box) == before
    assert store_files(box.work) == {}  # no store was created
    assert "first contact with INBOX: 1 message(s) older than 7 day(s)" in out
    lines = {int(line.split()[0]): line for line in out.splitlines() if re.match(r"\s+\d+\s", line)}
    assert len(lines) == 5  # the old one is left alone, not read
    assert re.search(r" salary +0\.93 +draft +[\w,]+ +the model is sure", lines[1])
    assert "cv" in lines[2] and " draft " in lines[2]
    assert "no draft" in lines[3] and "needs a counsellor: model not sure" in lines[3]
    assert "answered elsewhere: flagged \\Answered" in lines[4]
    assert "skipped: auto-reply" in lines[5]
    assert "@" not in out and "Hilsen" not in out  # no address, no body
    assert "would do: 5 new: 2 drafted, 1 need a counsellor, 1 skipped, 0 set aside" in out

    # The real pass then does what the dry run said; a later dry run sees only the new mail.
    assert main(["run", "--config", str(box.config)]) == 0
    assert len(box.messages("Drafts")) == 2
    deliver_mix(box, make_mail, "b")
    append_sent(box, "<b-1@example.net>")
    before, files = mailbox_snapshot(box), store_files(box.work)
    with Store.open(box.settings().state_path) as db:
        rows_before = list(db.execute("SELECT * FROM messages ORDER BY message_id"))
    capsys.readouterr()
    assert main(["run", "--dry-run", "--config", str(box.config)]) == 0
    out = capsys.readouterr().out
    assert mailbox_snapshot(box) == before
    assert store_files(box.work) == files
    with Store.open(box.settings().state_path) as db:
        assert list(db.execute("SELECT * FROM messages ORDER BY message_id")) == rows_before
        assert db.execute("SELECT COUNT(*) FROM runs").fetchone()[0] == 1
    assert "first contact" not in out
    assert "answered elsewhere: a reply to it is in the Sent folder" in out  # read, not recorded
    # The 200-day-old one is read and drafted now: past first contact, a new UID is new mail.
    assert "6 new: 2 drafted, 1 need a counsellor, 1 skipped, 0 set aside, 2 answered" in out


def append_sent(box, parent: str) -> None:
    client = box.client()
    client.append("Sent", reply_to(parent), flags=[b"\\Seen"])
    client.logout()


def reply_to(parent: str) -> bytes:
    return (
        "From: karriere@example.org\r\nTo: m@example.net\r\nSubject: SV: CV\r\n"
        f"Message-ID: <reply-{parent.strip('<>')}>\r\nIn-Reply-To: {parent}\r\n\r\nHei!\r\n"
    ).encode()


def test_dry_run_against_an_unreachable_server_exits_3(box, capsys):
    port = free_port()
    box.config.write_text(re.sub(r"port = \d+", f"port = {port}", box.config.read_text(), count=1))
    assert main(["run", "--dry-run", "--config", str(box.config)]) == 3
    err = capsys.readouterr().err
    assert len(err.strip().splitlines()) == 1 and "connection refused" in err


def test_shadow_mode_puts_nothing_in_the_mailbox(box, make_mail, stub_model, capsys, monkeypatch):
    monkeypatch.setenv("TRIAGE_TEST_REVIEW_SECRET", "a-test-secret-that-is-long-enough")
    box.config.write_text(
        box.config.read_text().replace("templates =", 'mode = "shadow"\ntemplates =')
        + REVIEW_SECTION
    )
    deliver_mix(box, make_mail, "s")
    before = mailbox_snapshot(box)
    assert main(["run", "--config", str(box.config)]) == 0
    assert mailbox_snapshot(box) == before  # no draft, no keyword, nothing
    capsys.readouterr()
    settings = box.settings()
    with Store.open(settings.state_path) as db:
        salary = db.message("<s-0@example.net>")
        assert (salary["status"], salary["topic"]) == (Status.DRAFTED, "salary")
        assert salary["draft_text"] and salary["draft_message_id"] == ""
    assert main(["queue", "--json", "--config", str(box.config)]) == 0
    queued = {item["message_id"]: item for item in json.loads(capsys.readouterr().out)}
    assert set(queued) == {"<s-0@example.net>", "<s-1@example.net>", "<s-2@example.net>"}
    assert queued["<s-1@example.net>"]["draft_text"]

    # On the review page a counsellor changes one topic; the statistics show the kept share.
    from triage.review import create_app
    from triage.state.accounts import add_user

    with Store.open(settings.state_path) as db:
        add_user(db, "kari", "riktig-hest-batteri")
    client = create_app(settings, {"TESTING": True}).test_client()
    assert sign_in(client, "kari", "riktig-hest-batteri").status_code == 302
    from triage.review.service import ReviewService

    with Store.open(settings.state_path) as db:
        service = ReviewService(settings, db, client.application.extensions["triage_composer"])
        row = db.message("<s-1@example.net>")
        service.change_topic(row["message_id"], row["version"], "interview", "kari")
    assert mailbox_snapshot(box) == before  # a shadow draft has no copy to replace
    # The counsellor answers from a mail client; the next pass records it, without an edit
    # ratio (they never saw the draft), and still leaves the mailbox alone.
    append_sent(box, "<s-0@example.net>")
    before = mailbox_snapshot(box)
    assert main(["run", "--config", str(box.config)]) == 0
    assert mailbox_snapshot(box) == before
    with Store.open(settings.state_path) as db:
        assert db.message("<s-0@example.net>")["status"] == Status.SENT
        ratios = [r[0] for r in db.execute("SELECT edit_ratio FROM decisions WHERE action = ?",
                                           ("sent_from_client",))]  # fmt: skip
        assert ratios == [None]
    page = client.get("/stats").get_data(as_text=True)
    assert "0 % av 1" in page  # one reviewed (re-topiced): the model's topic kept 0 of 1
    svg = client.get("/stats/chart/topic_kept.svg")
    assert svg.status_code == 200 and svg.mimetype == "image/svg+xml"
