"""`triage worker` as a real process: IDLE wakes it for new mail; SIGTERM stops it cleanly."""

from __future__ import annotations

import os
import signal
import subprocess
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
