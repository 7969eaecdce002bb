"""Nobody sees what they should not: purge and forget, logs, secrets, file modes, review page.

Purge and forget are checked down to the bytes of the SQLite files (the write-ahead log too),
and against the mailbox: the person's drafts go, the counts stay, and anonymised mail is still
recognised, so it is never drafted again.
"""

# ruff: noqa: F811 - pytest fixtures imported from review_fixtures are redefined as arguments
from __future__ import annotations

import json
import os
import re
import stat
import subprocess
import sys
from datetime import UTC, datetime, timedelta

import pytest
from conftest import PASSWORD, PASSWORD_ENV, ROOT
from postgres_fixtures import postgres_server, postgres_url  # noqa: F401 - fixtures
from review_fixtures import (  # noqa: F401 - fixtures
    COUNSELLOR,
    COUNSELLOR_PASSWORD,
    app,
    client,
    csrf_token,
    review_settings,
    sign_in,
    smtp_section,
    smtp_server,
)
from test_crash import draft_replies, triage_command
from test_pass import QUESTIONS

from triage.cli import main
from triage.compose import Composer
from triage.review.service import ReviewService
from triage.state import privacy, store
from triage.state.decisions import add_decision
from triage.state.statuses import AWAITING, Status
from triage.state.store import Store

KARI = "kari.nordmann@example.net"
OLA = "ola.hansen@example.net"
SECRET_WORD = "Fjellvettregel"  # in Kari's mail only: to look for in files and logs


def deliver_members(box, make_mail) -> dict[str, str]:
    """Kari's three questions, Ola's one (mentioning Kari's address), and one auto-reply."""
    mail = {
        "<kari-1@example.net>": (QUESTIONS[0][0], QUESTIONS[0][1] + f"\n{SECRET_WORD}", KARI),
        "<kari-2@example.net>": (QUESTIONS[3][0], QUESTIONS[3][1] + f"\n{SECRET_WORD}", KARI),
        "<kari-3@example.net>": (QUESTIONS[0][0], QUESTIONS[0][1], KARI),
        "<ola-1@example.net>": (
            QUESTIONS[2][0],
            QUESTIONS[2][1] + f"\nKollegaen min ({KARI.upper()}) anbefalte dere.",
            OLA,
        ),
    }
    for message_id, (subject, body, address) in mail.items():
        name = "Kari Nordmann" if address == KARI else "Ola Hansen"
        box.deliver(make_mail(subject, body, sender=f"{name} <{address}>", message_id=message_id))
    box.deliver(
        make_mail("Automatisk svar", "Borte.", sender=f"Kari Nordmann <{KARI}>",
                  headers={"Auto-Submitted": "auto-replied"}, message_id="<kari-auto@example.net>")
    )  # fmt: skip
    return {mid: address for mid, (_, _, address) in mail.items()}


def store_bytes(path) -> bytes:
    """Every byte SQLite keeps for the store: the file, its write-ahead log, its shared memory."""
    return b"".join(p.read_bytes() for p in path.parent.glob(path.name + "*") if p.is_file())


def rows(box) -> dict[str, dict]:
    with Store.open(box.settings().state_path) as db:
        return {r["message_id"]: db.message(r["message_id"])
                for r in db.execute("SELECT message_id FROM messages")}  # fmt: skip


def answer(box, smtp_server, message_id: str) -> None:
    """Approve and send one waiting item, as the review page does."""
    if "[smtp]" not in box.config.read_text():
        box.config.write_text(box.config.read_text() + smtp_section(smtp_server.port))
    settings = box.settings()
    composer = Composer(settings.replies.templates, settings.replies.from_name,
                        settings.replies.from_address)  # fmt: skip
    with Store.open(settings.state_path) as db:
        row = db.message(message_id)
        ReviewService(settings, db, composer).approve(
            message_id,
            row["version"],
            f"Hei!\n\nTakk for spørsmålet. {SECRET_WORD} gjelder også her.\n",
            "kari",
        )


def age(box, days: int) -> None:
    stamp = (datetime.now(UTC) - timedelta(days=days)).isoformat(timespec="seconds")
    with Store.open(box.settings().state_path) as db, db.transaction():
        db.execute("UPDATE messages SET updated_at = ?, created_at = ?", (stamp, stamp))
        db.execute("UPDATE decisions SET at = ?", (stamp,))


# -- purge --------------------------------------------------------------------------------------


def test_purge_removes_old_texts_keeps_counts_and_waiting_questions(box, make_mail, smtp_server,
                                                                    capsys):  # fmt: skip
    deliver_members(box, make_mail)
    assert main(["run", "--config", str(box.config)]) == 0
    answer(box, smtp_server, "<kari-1@example.net>")
    before = rows(box)
    waiting = {m for m, r in before.items() if r["status"] in AWAITING}
    with Store.open(box.settings().state_path) as db:
        counts = db.counts()
    age(box, 40)
    capsys.readouterr()

    assert main(["purge", "--older-than", "60", "--config", str(box.config)]) == 0
    assert "texts of 0 message(s)" in capsys.readouterr().out
    assert main(["purge", "--older-than", "30", "--config", str(box.config)]) == 0
    out = capsys.readouterr()
    assert "texts of 2 message(s) and 1 counsellor reply" in out.out  # sent + auto-reply
    assert f"{len(waiting)} older question(s) still wait" in out.err

    after = rows(box)
    assert {m: r["status"] for m, r in after.items()} == {m: r["status"] for m, r in before.items()}
    for message_id, row in after.items():
        personal = [row[c] for c, _ in privacy.PERSONAL if c != "attachments"]
        if message_id in waiting:
            assert row["question_text"] == before[message_id]["question_text"]
        else:
            assert not any(personal) and row["attachments"] == [], message_id
            assert row["topic"] == before[message_id]["topic"]
    with Store.open(box.settings().state_path) as db:
        assert db.counts() == counts
        texts = [r[0] for r in db.execute("SELECT final_text FROM decisions")]
    assert texts and not any(texts)
    assert f"{SECRET_WORD} gjelder også her".encode() not in store_bytes(box.settings().state_path)


def test_purged_mail_is_still_recognised_and_never_drafted_again(box, make_mail):
    deliver_members(box, make_mail)
    assert main(["run", "--config", str(box.config)]) == 0
    with Store.open(box.settings().state_path) as db, db.transaction():
        db.execute("UPDATE messages SET status = 'rejected' WHERE status = 'drafted'")
        db.execute("DELETE FROM folder_state")  # as after a UIDVALIDITY change: re-scan all
    drafts = sum(draft_replies(box).values())
    age(box, 10)
    assert main(["purge", "--older-than", "1", "--config", str(box.config)]) == 0
    assert main(["run", "--config", str(box.config)]) == 0
    assert sum(draft_replies(box).values()) == drafts


def test_purge_refuses_negative_days(box, capsys):
    assert main(["purge", "--older-than", "-1", "--config", str(box.config)]) == 2
    assert "0 or more" in capsys.readouterr().err


# -- forget -------------------------------------------------------------------------------------


def test_forget_removes_a_person_everywhere_and_leaves_others_whole(box, make_mail, smtp_server,
                                                                   capsys):  # fmt: skip
    senders = deliver_members(box, make_mail)
    assert main(["run", "--config", str(box.config)]) == 0
    answer(box, smtp_server, "<kari-1@example.net>")
    before = rows(box)
    karis = [m for m, a in senders.items() if a == KARI] + ["<kari-auto@example.net>"]
    assert any(before[m]["status"] == Status.DRAFTED for m in karis[1:3])
    inbox_before = len(box.messages("INBOX"))
    capsys.readouterr()

    assert main(["forget", "Kari.Nordmann@Example.NET", "--config", str(box.config)]) == 0
    out = capsys.readouterr()
    assert "4 message(s) anonymised" in out.out and "cut out of 1 other" in out.out
    assert "topic model" in out.err

    after = rows(box)
    for message_id in karis:
        row = after[message_id]
        assert not any(row[c] for c, _ in privacy.PERSONAL if c != "attachments"), message_id
        assert row["status"] not in AWAITING
        assert row["topic"] == before[message_id]["topic"]
    assert after["<kari-1@example.net>"]["status"] == Status.SENT  # counts for statistics stay
    ola = after["<ola-1@example.net>"]
    assert KARI not in ola["original_text"].lower() and privacy.REMOVED in ola["original_text"]
    assert ola["subject"] == before["<ola-1@example.net>"]["subject"]
    assert ola["reply_to"] == OLA and ola["status"] == before["<ola-1@example.net>"]["status"]

    assert set(draft_replies(box)) <= {"<ola-1@example.net>"}  # Kari's drafts are gone
    assert len(box.messages("INBOX")) == inbox_before  # her mail itself is the mailbox's
    assert main(["queue", "--json", "--config", str(box.config)]) == 0
    assert {i["message_id"] for i in json.loads(capsys.readouterr().out)} <= {"<ola-1@example.net>"}
    data = store_bytes(box.settings().state_path)
    assert KARI.encode() not in data.lower() and SECRET_WORD.encode() not in data

    # The next pass recognises her mail and drafts nothing for her again.
    assert main(["run", "--config", str(box.config)]) == 0
    assert set(draft_replies(box)) <= {"<ola-1@example.net>"}


def test_forget_without_the_mailbox_changes_nothing_unless_asked(box, make_mail, capsys):
    from triage.dev.devserver import free_port

    deliver_members(box, make_mail)
    assert main(["run", "--config", str(box.config)]) == 0
    drafts = draft_replies(box)
    working = box.config.read_text()
    box.config.write_text(working.replace(f"port = {box.server.port}", f"port = {free_port()}"))
    before = rows(box)
    assert main(["forget", KARI, "--config", str(box.config)]) == 3
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1 and "nothing was deleted" in err and "--store-only" in err
    assert rows(box) == before

    assert main(["forget", KARI, "--store-only", "--config", str(box.config)]) == 0
    assert all(not r["reply_to"] or r["reply_to"] == OLA for r in rows(box).values())
    assert draft_replies(box) == drafts  # the mailbox was left alone, as asked


def test_forget_refuses_what_is_not_an_address(box, capsys):
    assert main(["forget", "Kari Nordmann", "--config", str(box.config)]) == 2
    assert "not an e-mail address" in capsys.readouterr().err


def test_purge_and_forget_wait_for_a_running_pass(box):
    from triage.cli.commands import waiting_for_passes as _waiting_for_passes
    from triage.errors import StateError
    from triage.state.lock import pass_lock

    settings = box.settings()
    with (
        pass_lock(settings),
        pytest.raises(StateError, match="held the lock"),
        _waiting_for_passes(settings, seconds=1),
    ):
        pass
    with _waiting_for_passes(box.settings(), seconds=1):
        pass


# -- logs and secrets ---------------------------------------------------------------------------


def test_logs_of_a_full_pass_carry_no_address_body_or_secret(box, make_mail):
    """`triage run --verbose --debug` over members' mail: its whole output is scanned."""
    deliver_members(box, make_mail)
    env = {**os.environ, PASSWORD_ENV: PASSWORD}
    done = subprocess.run(
        [*triage_command(), "run", "--verbose", "--debug", "--config", str(box.config)],
        capture_output=True, text=True, env=env, timeout=120,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    log = done.stderr + done.stdout
    assert "<kari-1@example.net>" in log  # message ids and outcomes are the log's business
    forbidden = [KARI, OLA, box.user, "Nordmann", "Hansen", SECRET_WORD, PASSWORD]
    forbidden += [QUESTIONS[0][0], QUESTIONS[0][1].split("\n")[2][:40]]  # a subject, a body line
    found = [word for word in forbidden if word.lower() in log.lower()]
    assert not found, f"in the log: {found}"


@pytest.mark.parametrize(
    ("section", "key"),
    [("imap", "password"), ("smtp", "password"), ("smtp", "token"), ("review", "secret_key")],
)
def test_secrets_in_the_settings_file_are_refused_without_echoing_them(box, capsys, section, key):
    text = box.config.read_text()
    if section == "smtp":
        text += smtp_section(25)
    if section == "review":
        text += "\n[review]\n"
    box.config.write_text(text.replace(f"[{section}]\n", f'[{section}]\n{key} = "hunter2-xyz"\n'))
    assert main(["run", "--config", str(box.config)]) == 2
    err = capsys.readouterr().err
    assert f"[{section}] {key}: secrets must not be written in the settings file" in err
    assert "password_env" in err and "hunter2-xyz" not in err


def test_state_store_lock_and_model_files_are_owner_only(box, make_mail, tmp_path):
    from triage.model.classify import load_model
    from triage.training.card import write_model

    box.deliver(make_mail(*QUESTIONS[0]))
    env = {**os.environ, PASSWORD_ENV: PASSWORD}
    script = "import os, sys\nos.umask(0)\nfrom triage.cli import main\nraise SystemExit(main())"
    done = subprocess.run([sys.executable, "-c", script, "run", "--config", str(box.config)],
                          env=env, capture_output=True, text=True)  # fmt: skip
    assert done.returncode == 0, done.stderr
    settings = box.settings()
    for path in (settings.state_path, settings.lock_path):
        assert stat.S_IMODE(path.stat().st_mode) == 0o600, path

    old = os.umask(0)
    try:  # the write-ahead log and shared memory exist while the store is open
        with Store.open(tmp_path / "fresh" / "state.sqlite3") as db, db.transaction():
            db.record(store.Outcome("<x@example.net>", Status.SKIPPED))
            files = list((tmp_path / "fresh").iterdir())
            assert {p.name for p in files} >= {"state.sqlite3-wal", "state.sqlite3-shm"}
            for path in files:
                assert stat.S_IMODE(path.stat().st_mode) == 0o600, path
    finally:
        os.umask(old)

    model = load_model(ROOT / "models" / "topic.joblib")
    target = tmp_path / "models" / "topic.joblib"
    old = os.umask(0)
    try:
        write_model(model, target)
        write_model(model, target)  # the second write keeps the first as topic.previous.*
    finally:
        os.umask(old)
    for name in ("topic.joblib", "topic.json", "topic.previous.joblib", "topic.previous.json"):
        assert stat.S_IMODE((target.parent / name).stat().st_mode) == 0o600, name


# -- review page --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "target", ["//evil.example/", "https://evil.example/", "/\\evil.example", "javascript:x"]
)
def test_sign_in_never_redirects_to_another_site(app, target):
    browser = app.test_client()
    token = csrf_token(browser, f"/login?next={target}")
    response = browser.post("/login", data={"name": COUNSELLOR, "password": COUNSELLOR_PASSWORD,
                                            "csrf_token": token, "next": target})  # fmt: skip
    assert response.status_code == 302
    location = response.headers["Location"]
    assert location.startswith("/") and not location.startswith(("//", "/\\")), location


def test_unknown_name_and_wrong_password_look_the_same(app):
    browser = app.test_client()
    unknown = sign_in(browser, name="nobody", password="whatever-123")
    wrong = sign_in(browser, password="whatever-123")
    assert unknown.status_code == wrong.status_code == 401

    def page(response) -> str:  # noqa: ANN001
        # The CSRF token carries the current second: two pages differ there whatever happened.
        return re.sub(r'name="csrf_token" value="[^"]*"', "", response.get_data(as_text=True))

    assert page(unknown).replace("nobody", COUNSELLOR) == page(wrong)


def test_a_removed_counsellor_is_signed_out_at_the_next_click(app, client, review_settings):
    assert client.get("/").status_code == 200
    with Store.open(review_settings.state_path) as db, db.transaction():
        db.execute("DELETE FROM users WHERE name = ?", (COUNSELLOR,))
    assert client.get("/").status_code == 302


def test_a_forgotten_question_is_gone_from_the_review_page(app, client, review_settings):
    with Store.open(review_settings.state_path) as db:
        privacy.forget(db, "kari@example.net")
    page = client.get("/").get_data(as_text=True)
    assert "kari@example.net" not in page and "Lønn i ny jobb" not in page
    item = client.get("/item", query_string={"m": "<salary@example.net>"})
    assert "kari@example.net" not in item.get_data(as_text=True)


def test_purge_and_forget_on_a_shared_postgresql_store(postgres_url):  # noqa: F811
    with Store.open(postgres_url) as db:
        with db.transaction():
            db.record(
                store.Outcome(
                    "<k@x>",
                    Status.DRAFTED,
                    reply_to=KARI,
                    subject="Lønn",
                    question_text=SECRET_WORD,
                    draft_message_id="<d@x>",
                )
            )
            db.record(store.Outcome("<o@x>", Status.SENT, reply_to=OLA,
                                    original_text=f"Spør {KARI} 100%_ sikkert"))  # fmt: skip
            add_decision(db, "<o@x>", "kari", "approve", "salary", "salary", 0.1, "Hei Ola")
        done = privacy.forget(db, KARI)
        assert done == {"messages": 1, "waiting": 1, "mentions": 1, "decisions": 0, "drafts": 0}
        assert db.message("<k@x>")["status"] == Status.FORGOTTEN
        assert db.message("<k@x>")["question_text"] == ""
        assert db.message("<o@x>")["original_text"] == f"Spør {privacy.REMOVED} 100%_ sikkert"
        with db.transaction():
            db.execute("UPDATE messages SET updated_at = '2000-01-01T00:00:00+00:00'")
        # Kari's row is blank already: only Ola's is purged now.
        assert privacy.purge(db, 30) == {"messages": 1, "decisions": 1, "waiting": 0}
        assert db.message("<o@x>")["reply_to"] == "" and db.counts()[Status.SENT] == 1
