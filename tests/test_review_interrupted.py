"""A send interrupted by a crash or a lost connection is never repeated blindly (#13).

The review page runs for real (`triage review`, killed with SIGKILL mid-send, or Werkzeug in a
thread); the SMTP server (aiosmtpd) is held so the send is under way when things go wrong.
"""

# ruff: noqa: F811 - pytest fixtures imported from review_fixtures are redefined as arguments
from __future__ import annotations

import os
import signal
import socket
import subprocess
import threading
from concurrent.futures import ThreadPoolExecutor
from urllib.parse import urlencode

from conftest import TRIAGE, wait_for
from live_review import Browser, serve
from review_fixtures import (  # noqa: F401 - fixtures
    COUNSELLOR,
    decisions,
    review_settings,
    smtp_server,
    store_row,
)
from test_review_security import filled, sent_folder

from triage.dev.devserver import free_port
from triage.state import claims
from triage.state.statuses import Status
from triage.state.store import Store

SALARY = "<salary@example.net>"


def claim_of(settings, message_id: str):
    with Store.open(settings.state_path) as db:
        return claims.get(db, message_id)


def as_if_long_ago(settings, message_id: str) -> None:
    """The claim's clock moved back: as if the crash happened an hour ago (no waiting)."""
    with Store.open(settings.state_path) as db, db.transaction():
        db.execute(
            "UPDATE claims SET started_at = '2026-01-01T08:00:00+00:00' WHERE message_id = ?",
            (message_id,),
        )


def resolve(browser: Browser, settings, message_id: str, choice: str, version: int = 0):
    """Post the resolve form as the item's page has it (the version as it is now)."""
    version = version or store_row(settings, message_id)["version"]
    form = {"m": message_id, "version": str(version), "choice": choice,
            "csrf_token": browser.token("/")}  # fmt: skip
    return browser.post("/item/resolve", form)


def start_review(box, port: int) -> subprocess.Popen:
    process = subprocess.Popen(
        [*TRIAGE, "review", "--config", str(box.config), "--port", str(port)],
        env=dict(os.environ), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
    )  # fmt: skip

    def listening() -> bool:
        with socket.socket() as probe:
            return probe.connect_ex(("127.0.0.1", port)) == 0

    assert wait_for(listening, 60), process.stderr.read().decode() if process.poll() else ""
    return process


def test_killed_during_smtp_the_counsellor_decides_and_nothing_is_mailed_twice(
    review_settings, smtp_server, box
):
    smtp_server.hold = threading.Event()
    port = free_port()
    process = start_review(box, port)
    try:
        anne = Browser(f"127.0.0.1:{port}")
        assert anne.sign_in().status == 302
        form = anne.item_form(SALARY)
        text = filled(store_row(review_settings, SALARY)["draft_text"])
        with ThreadPoolExecutor(1) as pool:
            approving = pool.submit(anne.post, "/item/send", {**form, "text": text})
            assert wait_for(smtp_server.receiving.is_set, 30)
            os.kill(process.pid, signal.SIGKILL)  # the server had the reply; no answer yet
            process.wait()
            smtp_server.hold.set()
            assert approving.exception() is not None  # the browser saw the connection die
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
        process.stderr.close()
    assert len(smtp_server.messages) == 1
    assert store_row(review_settings, SALARY)["status"] == Status.SENDING
    claim = claim_of(review_settings, SALARY)
    assert claim.counsellor == COUNSELLOR and not claim.accepted_at
    assert "lønnstrinn 50" in claim.reply_text
    with serve(review_settings) as where:
        ola = Browser(where)
        ola.sign_in()
        assert "Under behandling" in ola.get("/").text  # listed above the queue
        # Too early: for all the page knows, the send may still be running.
        assert resolve(ola, review_settings, SALARY, "sent").status == 422
        as_if_long_ago(review_settings, SALARY)
        page = ola.get("/item?" + urlencode({"m": SALARY})).text
        assert 'id="interrupted"' in page and "vet vi ikke" in page
        assert 'id="resolve-sent"' in page and 'id="resolve-queue"' in page
        # She checked the mail server's log: it went out.
        assert resolve(ola, review_settings, SALARY, "sent").status == 302
    assert len(smtp_server.messages) == 1
    assert store_row(review_settings, SALARY)["status"] == Status.SENT
    [decision] = decisions(review_settings, SALARY)
    assert decision["counsellor"] == COUNSELLOR and "lønnstrinn 50" in decision["final_text"]
    [copy] = sent_folder(box)
    assert copy["Message-ID"] == claim.reply_message_id
    assert claim_of(review_settings, SALARY) is None


def test_a_send_known_to_be_accepted_is_finished_without_mailing_again(
    review_settings, smtp_server, box, monkeypatch
):
    real_finish = claims.finish

    def dies(*args, **kwargs):  # it all ends between SMTP's 250 and the status "sent"
        raise RuntimeError("the machine lost power")

    with serve(review_settings) as where:
        anne = Browser(where)
        anne.sign_in()
        form = anne.item_form(SALARY)
        text = filled(store_row(review_settings, SALARY)["draft_text"])
        monkeypatch.setattr(claims, "finish", dies)
        assert anne.post("/item/send", {**form, "text": text}).status == 500
        monkeypatch.setattr(claims, "finish", real_finish)
        assert len(smtp_server.messages) == 1 and claim_of(review_settings, SALARY).accepted_at
        as_if_long_ago(review_settings, SALARY)
        page = anne.get("/item?" + urlencode({"m": SALARY})).text
        assert "tok imot svaret" in page
        assert 'id="resolve-sent"' in page and 'id="resolve-queue"' not in page
        # Never back to the queue: it would be sent a second time.
        assert resolve(anne, review_settings, SALARY, "queue").status == 422
        version = store_row(review_settings, SALARY)["version"]
        assert resolve(anne, review_settings, SALARY, "sent").status == 302
        again = resolve(anne, review_settings, SALARY, "sent", version)
        assert again.status == 409  # done once
    assert len(smtp_server.messages) == 1
    assert store_row(review_settings, SALARY)["status"] == Status.SENT
    assert len(sent_folder(box)) == 1
    inbox = box.messages("INBOX")
    assert any(b"\\Answered" in d[b"FLAGS"] for d in inbox.values())


def test_a_connection_lost_after_the_data_leaves_the_item_sending(
    box, review_settings, smtp_server
):
    box.config.write_text(box.config.read_text().replace("timeout = 5", "timeout = 1"))
    settings = box.settings()
    smtp_server.hold = threading.Event()  # the server takes the reply and never answers in time
    with serve(settings) as where:
        anne = Browser(where)
        anne.sign_in()
        form = anne.item_form(SALARY)
        text = filled(store_row(settings, SALARY)["draft_text"])
        answer = anne.post("/item/send", {**form, "text": text})
        smtp_server.hold.set()
        assert answer.status == 502 and "Usikkert om svaret ble sendt" in answer.text
        assert 'id="claimed"' in answer.text and 'id="send-form"' not in answer.text
        assert store_row(settings, SALARY)["status"] == Status.SENDING
        as_if_long_ago(settings, SALARY)
        # She asked the member, who got nothing: back to the queue, and sent again knowingly.
        assert resolve(anne, settings, SALARY, "queue").status == 302
        assert store_row(settings, SALARY)["status"] == Status.DRAFTED
        assert anne.post("/item/send", {**anne.item_form(SALARY), "text": text}).status == 302
    assert len(smtp_server.messages) == 2
    assert store_row(settings, SALARY)["status"] == Status.SENT
