"""`triage demo`: a private Dovecot with a demo mailbox, one pass, and the drafts it made.

Nothing here needs an account anywhere: the server listens on 127.0.0.1 only, and everything
it writes lives in a temporary folder that is removed afterwards (unless --keep). The demo
messages come with the package (``demo_mailbox/``); the model, the reply templates and the
training data are the checkout's.
"""

from __future__ import annotations

import email
import email.policy
import os
import shutil
import signal
import sys
import tempfile
import time
from pathlib import Path

from imapclient import IMAPClient

from triage.config import Settings, load_settings
from triage.dev.devserver import Dovecot, start_dovecot
from triage.errors import EXIT_CONFIG, EXIT_OK, EXIT_SET_ASIDE
from triage.passes.pipeline import Triage, run_pass
from triage.state import queue
from triage.state.lock import pass_lock
from triage.state.statuses import Status
from triage.state.store import Store

ROOT = Path(__file__).resolve().parents[2]  # the checkout, with models/, templates/ and data/
DEMO_MAILBOX = Path(__file__).resolve().parent / "demo_mailbox"
DEMO_USER = "karriere@example.org"
DEMO_PASSWORD_ENV = "TRIAGE_DEMO_PASSWORD"

SETTINGS = """\
# Written by `triage demo` for its private Dovecot on loopback.
[imap]
host = "127.0.0.1"
port = {port}
security = "plain"
username = "{user}"
password_env = "{password_env}"
mailbox = "INBOX"

[state]
path = "{work}/state.sqlite3"

[model]
path = "{root}/models/topic.joblib"
min_confidence = "auto"

[replies]
from_address = "{user}"
from_name = "Karriererådgivningen"
templates = "{root}/templates"

[replies.office_name]  # under the counsellor's name, per reply language
nb = "Karriererådgivningen"
nn = "Karriererettleiinga"
en = "Career Counselling"

[train]
data = "{root}/data"
"""


def seed(port: int, password: str, folder: Path) -> int:
    """APPEND every demo message to INBOX, unread, in file-name order."""
    client = IMAPClient("127.0.0.1", port=port, ssl=False)
    client.login(DEMO_USER, password)
    count = 0
    for path in sorted(folder.glob("*.eml")):
        raw = path.read_bytes().replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
        client.append("INBOX", raw, flags=())
        count += 1
    client.logout()
    return count


def show_drafts(port: int, password: str) -> None:
    client = IMAPClient("127.0.0.1", port=port, ssl=False)
    client.login(DEMO_USER, password)
    client.select_folder("Drafts", readonly=True)
    uids = client.search(["ALL"])
    print(f"\n{len(uids)} draft(s) in the Drafts folder of the demo mailbox:\n")
    for _uid, data in client.fetch(uids, [b"BODY.PEEK[]"]).items():
        message = email.message_from_bytes(data[b"BODY[]"], policy=email.policy.default)
        body = message.get_body(("plain",))
        text = body.get_content() if body else ""
        lines = [line for line in text.splitlines() if line.strip()][:3]
        print(f"--- {message['Subject']}  ->  {message['To']}  [{message['X-Triage-Topic']}]")
        for line in lines:
            print(f"    {line[:100]}")
    client.select_folder("INBOX", readonly=True)
    unseen = len(client.search(["UNSEEN"]))
    total = len(client.search(["ALL"]))
    print(f"\nINBOX: {total} messages, {unseen} still unread (triage never marks mail read).")
    client.logout()


def show_queue(settings: Settings) -> None:
    """What waits for a counsellor, in the review page's order."""
    with Store.open(settings.state_target) as db:
        rows = queue.queue(db)
    labels = {
        Status.NEEDS_CARE: "needs care",
        Status.DRAFTED: "draft",
        Status.NEEDS_COUNSELLOR: "needs a counsellor",
    }
    print(f"{len(rows)} waiting for a counsellor (needs care, due soonest, oldest first):")
    for row in rows:
        topic = row["topic"] if row["status"] == Status.DRAFTED else "-"
        due = f"due {row['due']}" if row["due"] else ""
        print(
            f"  {labels[row['status']]:18}  {due:14}  {topic:9}  {row['confidence']:.2f}"
            f"  {row['lang']}  {row['subject'][:60]}"
        )


def one_pass(settings: Settings) -> int:
    """One pass over the demo mailbox, as `triage run` makes it; returns its exit status."""
    with pass_lock(settings), Store.open(settings.state_target) as db:
        result = run_pass(Triage(settings, db))
    print(f"  {result.summary()}")
    for message_id, reason in result.set_aside:
        print(f"  set aside {message_id}: {reason}")
    return EXIT_SET_ASIDE if result.set_aside else EXIT_OK


def train_model(settings: Settings) -> None:
    """A first model from the checkout's data/, as `triage train` makes it."""
    # Imported here, not at the top: the training code brings numpy (~150 ms in all), and
    # a checkout has a model already.
    from triage.training.options import TrainOptions
    from triage.training.run import run_training

    options = TrainOptions(
        data_dir=settings.train.data,
        model_path=settings.model.path,
        target_precision=settings.train.target_precision,
        secondary_precision=settings.train.secondary_precision,
    )
    result = run_training(options, [], progress=lambda line: print(line, file=sys.stderr))
    print(result.summary())


def run_demo(keep: bool = False) -> int:
    """Seed a private Dovecot, run one pass, show the drafts and the queue; ``keep`` leaves
    the server running until Ctrl-C. Returns the pass's exit status."""
    if not DEMO_MAILBOX.is_dir():
        print(f"triage: demo mailbox {DEMO_MAILBOX} not found", file=sys.stderr)
        return EXIT_CONFIG
    work = Path(tempfile.mkdtemp(prefix="triage-demo-"))
    password = "demo-" + os.urandom(6).hex()
    os.environ[DEMO_PASSWORD_ENV] = password
    started = time.monotonic()
    server = start_dovecot(work / "dovecot", password=password)
    # SIGTERM (kill, a closed terminal's session manager) stops the demo as Ctrl-C does:
    # through the finally below, which stops the server.
    previous = signal.signal(signal.SIGTERM, _stop)
    try:
        config = _seeded(server, work)
        code = _show(server, load_settings(config), config)
        print(f"\nDone in {time.monotonic() - started:.1f} s. Settings used: {config}")
        if keep:
            _keep_running(password)
        return code
    finally:
        server.stop()
        signal.signal(signal.SIGTERM, previous)
        if not keep:
            shutil.rmtree(work, ignore_errors=True)


def _stop(signum: int, frame: object) -> None:
    raise KeyboardInterrupt


def _seeded(server: Dovecot, work: Path) -> Path:
    """The demo messages in the server's INBOX; returns the settings file written for it."""
    count = seed(server.port, server.password, DEMO_MAILBOX)
    print(f"Demo mailbox: {count} messages in a private Dovecot on 127.0.0.1:{server.port}")
    config = work / "settings.toml"
    config.write_text(
        SETTINGS.format(
            port=server.port, user=DEMO_USER, password_env=DEMO_PASSWORD_ENV, work=work, root=ROOT
        )
    )
    return config


def _show(server: Dovecot, settings: Settings, config: Path) -> int:
    if not settings.model.path.exists():
        print("No trained model yet: training one from data/ first …")
        train_model(settings)
    print(f"\nOne pass, as `triage run --config {config}` makes it:")
    code = one_pass(settings)
    show_drafts(server.port, server.password)
    print(f"\nThe queue, as `triage queue --config {config}` shows it:")
    show_queue(settings)
    return code


def _keep_running(password: str) -> None:
    try:  # a stop right after the message still ends here
        print(
            f"The demo server keeps running (user {DEMO_USER}, password in"
            f" ${DEMO_PASSWORD_ENV}={password}). Press Ctrl-C to stop.",
            flush=True,  # before the wait, also when the output goes to a pipe
        )
        while True:
            time.sleep(3600)
    except KeyboardInterrupt:
        pass
