"""`triage demo`: a private Dovecot with a demo mailbox, one pass, and the drafts it made.

Nothing here needs an account anywhere: the server listens on 127.0.0.1 only, and everything
it writes lives in a temporary folder that is removed afterwards (unless --keep).
"""

from __future__ import annotations

import argparse
import email
import email.policy
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

from imapclient import IMAPClient

from triage.dev.devserver import start_dovecot

ROOT = Path(__file__).resolve().parents[2]
DEMO_MAILBOX = ROOT / "scripts" / "demo_mailbox"
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


def run_demo(args: argparse.Namespace) -> int:
    from triage.cli import main as cli_main

    if not DEMO_MAILBOX.is_dir():
        print(f"triage: demo mailbox {DEMO_MAILBOX} not found", file=sys.stderr)
        return 2
    work = Path(tempfile.mkdtemp(prefix="triage-demo-"))
    password = "demo-" + os.urandom(6).hex()
    os.environ[DEMO_PASSWORD_ENV] = password
    started = time.monotonic()
    server = start_dovecot(work / "dovecot", password=password)
    try:
        count = seed(server.port, password, DEMO_MAILBOX)
        print(f"Demo mailbox: {count} messages in a private Dovecot on 127.0.0.1:{server.port}")
        settings = work / "settings.toml"
        settings.write_text(
            SETTINGS.format(
                port=server.port, user=DEMO_USER, password_env=DEMO_PASSWORD_ENV,
                work=work, root=ROOT,
            )
        )  # fmt: skip
        if not (ROOT / "models" / "topic.joblib").exists():
            print("No trained model yet: training one from data/ first …")
            code = cli_main(["train", "--config", str(settings)])
            if code:
                return code
        print("\n$ triage run --config", settings)
        code = cli_main(["run", "--config", str(settings)])
        show_drafts(server.port, password)
        print("\n$ triage queue --config", settings)
        cli_main(["queue", "--config", str(settings)])
        print(f"\nDone in {time.monotonic() - started:.1f} s. Settings used: {settings}")
        if args.keep:
            print(
                f"The demo server keeps running (user {DEMO_USER}, password in"
                f" ${DEMO_PASSWORD_ENV}={password}). Press Ctrl-C to stop."
            )
            try:
                while True:
                    time.sleep(3600)
            except KeyboardInterrupt:
                pass
        return code
    finally:
        server.stop()
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)
