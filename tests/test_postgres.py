"""PostgreSQL as the shared state store: same schema, workers side by side, review sharing it."""

from __future__ import annotations

import threading

import pytest
from postgres_fixtures import postgres_server, postgres_url  # noqa: F401 - fixtures
from test_pass import QUESTIONS, SENDERS

from triage.cli import main
from triage.config import load_settings
from triage.errors import ConfigError
from triage.state.lock import AlreadyRunning, pass_lock
from triage.state.statuses import Status
from triage.state.store import Outcome, Store


def use_postgres(box, url: str) -> None:
    text = box.config.read_text().replace("[state]\n", f'[state]\nurl = "{url}"\n')
    box.config.write_text(text)


def test_store_migrates_and_round_trips_on_postgres(postgres_url):  # noqa: F811
    with Store.open(postgres_url) as db:
        assert db.dialect == "postgresql"
        with db.transaction():
            db.record(Outcome("<a@x>", Status.PENDING, subject="Lønn", topics=[("salary", 0.9)]))
            db.set_folder_state("INBOX", 7, 42)
        with db.transaction():
            db.set_status("<a@x>", Status.DRAFTED)
        row = db.message("<a@x>")
        assert row["subject"] == "Lønn" and row["version"] == 2
        assert db.folder_state("INBOX") == (7, 42)
        assert db.statuses(["<a@x>", "<b@x>"]) == {"<a@x>": Status.DRAFTED}
        run_id = db.start_run("v1")
        db.finish_run(run_id, {"fetched": 1, Status.DRAFTED: 1})
        assert db.last_run()["drafted"] == 1
    with Store.open(postgres_url) as db:  # re-opening applies nothing twice
        assert db.counts() == {Status.DRAFTED: 1}


def test_concurrent_first_opens_migrate_once(postgres_url):  # noqa: F811
    errors: list[BaseException] = []

    def open_it() -> None:
        try:
            Store.open(postgres_url).close()
        except BaseException as exc:  # noqa: BLE001
            errors.append(exc)

    threads = [threading.Thread(target=open_it) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []


def test_a_pass_uses_the_shared_store_and_a_second_worker_waits(box, make_mail, postgres_url):  # noqa: F811
    use_postgres(box, postgres_url)
    for index, (subject, body) in enumerate(QUESTIONS):
        box.deliver(make_mail(subject, body, SENDERS[index], message_id=f"<pg{index}@example.net>"))
    settings = load_settings(box.config)

    with pass_lock(settings), pytest.raises(AlreadyRunning), pass_lock(settings):
        pass  # a second pass on the same mailbox, e.g. from another host, does not start
    assert main(["run", "--config", str(box.config)]) == 0
    assert main(["run", "--config", str(box.config)]) == 0  # idle: nothing twice
    with Store.open(postgres_url) as db:
        counts = db.counts()
    assert counts.get(Status.DRAFTED, 0) + counts.get(Status.NEEDS_COUNSELLOR, 0) == len(QUESTIONS)
    assert len(box.messages("Drafts")) == counts.get(Status.DRAFTED, 0)


def test_review_page_reads_the_shared_store(box, make_mail, postgres_url):  # noqa: F811
    from triage.review import create_app

    use_postgres(box, postgres_url)
    box.deliver(make_mail(*QUESTIONS[0], message_id="<pgq@example.net>"))
    assert main(["run", "--config", str(box.config)]) == 0
    app = create_app(load_settings(box.config), {"TESTING": True, "WTF_CSRF_ENABLED": False})
    with Store.open(postgres_url) as db:
        from triage.state.accounts import add_user

        add_user(db, "anne", "correct horse battery")
    client = app.test_client()
    client.post("/login", data={"name": "anne", "password": "correct horse battery"})
    page = client.get("/")
    assert page.status_code == 200
    assert "Lønn i ny jobb" in page.get_data(as_text=True)


def test_password_in_the_url_is_refused(box):
    use_postgres(box, "postgresql://triage:secret@db.example.org/triage")
    with pytest.raises(ConfigError, match="PGPASSWORD"):
        load_settings(box.config)


def test_workers_for_two_mailboxes_run_side_by_side(dovecot, tmp_path, make_mail, postgres_url):  # noqa: F811
    import os
    import subprocess

    from conftest import PASSWORD, PASSWORD_ENV, TRIAGE, Box

    for name in ("a", "b"):
        (tmp_path / name).mkdir()
    boxes = [Box(dovecot, tmp_path / name) for name in ("a", "b")]
    for index, box in enumerate(boxes):
        use_postgres(box, postgres_url)
        for q, (subject, body) in enumerate(QUESTIONS):
            sender = f"Member {q} <member{q}.{index}@example.net>"
            box.deliver(
                make_mail(subject, body, sender, message_id=f"<side{index}-{q}@example.net>")
            )
    env = {**os.environ, PASSWORD_ENV: PASSWORD}
    run = [*TRIAGE, "run"]
    procs = [
        subprocess.Popen([*run, "--config", str(b.config)], env=env, stderr=subprocess.PIPE)
        for b in boxes
    ]
    for proc in procs:
        _, err = proc.communicate(timeout=120)
        assert proc.returncode == 0, err
    with Store.open(postgres_url) as db:
        total = sum(db.counts().get(s, 0) for s in (Status.DRAFTED, Status.NEEDS_COUNSELLOR))
    assert total == 2 * len(QUESTIONS)
    for box in boxes:
        drafts = box.messages("Drafts")
        assert 0 < len(drafts) <= len(QUESTIONS)
