"""`triage worker` as a real process: IDLE wakes it for new mail; SIGTERM stops it cleanly."""

from __future__ import annotations

import os
import signal
import subprocess
import threading
import time

from conftest import PASSWORD, PASSWORD_ENV, TRIAGE, wait_for


def test_worker_drafts_new_mail_through_idle_and_stops_on_sigterm(box, make_mail):
    # A long polling interval: only IDLE can make the worker notice the mail quickly.
    box.config.write_text(box.config.read_text() + "\n[worker]\ninterval_seconds = 3600\n")
    env = {**os.environ, PASSWORD_ENV: PASSWORD}
    worker = subprocess.Popen(
        [*TRIAGE, "worker", "--config", str(box.config), "-v"],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        time.sleep(2)  # the first (empty) pass and the IDLE connection
        box.deliver(
            make_mail(
                "Lønnsforhandling",
                "Hei, jeg har fått et jobbtilbud i staten. Hvordan forhandler jeg lønnstrinnet"
                " før jeg signerer?\n\nMvh Kari",
            )
        )
        assert wait_for(lambda: len(box.messages("Drafts")) == 1, 30), "no draft via IDLE"
    finally:
        worker.send_signal(signal.SIGTERM)
        out, err = worker.communicate(timeout=30)
    assert worker.returncode == 0, err
    assert "worker stopped" in err


def test_mail_that_lands_just_after_the_first_pass_is_announced_by_idle(
    box, make_mail, monkeypatch
):
    # The first pass has searched the mailbox; a mail lands before the worker would sit in
    # IDLE. With a one-hour schedule, only an IDLE armed before that pass can announce it.
    import triage.passes.worker as worker_module
    from triage.passes.worker import Worker

    box.config.write_text(box.config.read_text() + "\n[worker]\ninterval_seconds = 3600\n")
    real_pass = worker_module.run_pass
    passes = []

    def pass_then_mail(triage, stopping):
        result = real_pass(triage, stopping)
        passes.append(result)
        if len(passes) == 1:
            box.deliver(make_mail("Intervju", "Hei, hvordan forbereder jeg meg til intervju?"))
        return result

    monkeypatch.setattr(worker_module, "run_pass", pass_then_mail)
    monkeypatch.setattr(signal, "signal", lambda *args: None)
    worker = Worker(box.settings())
    watcher = threading.Thread(
        target=lambda: (wait_for(lambda: len(box.messages("Drafts")) == 1, 30), worker.stop())
    )
    watcher.start()
    try:
        worker.run()
    finally:
        worker.stop()
        watcher.join()
    assert len(box.messages("Drafts")) == 1, "the mail waited for the next scheduled pass"


def test_a_new_idle_connection_catches_up_on_mail_since_the_last_pass(box, make_mail):
    # After an outage the IDLE connection is made again after a pass: mail that came in
    # between is not announced by IDLE, so the new connection asks for a pass itself.
    from triage.passes.worker import Worker

    worker = Worker(box.settings())
    worker.one_pass()
    box.deliver(make_mail("Lønn", "Hei, hva bør jeg be om i lønn?"))
    try:
        assert worker.wait_for_mail(1.0), "a fresh IDLE connection did not ask for a pass"
        worker.one_pass()
        assert not worker.wait_for_mail(1.0), "nothing new, yet another pass was asked for"
    finally:
        worker._close_idle()
    assert len(box.messages("Drafts")) == 1
