"""The private Dovecot's side: users' mailboxes filled with the generated mail, and the
settings file that points triage at one of them."""

from __future__ import annotations

import os
import time
from datetime import UTC, datetime
from pathlib import Path

from imapclient import IMAPClient

from bench.mailgen import MAILBOX
from bench.paths import TEMPLATES
from triage.dev.devserver import Dovecot

PASSWORD = "bench-password"
PASSWORD_ENV = "TRIAGE_BENCH_IMAP_PASSWORD"
SECRET_ENV = "TRIAGE_BENCH_REVIEW_SECRET"
BATCH_SIZE = 200  # triage's default [imap] batch_size; the baseline uses the same
TRUSTED_HEADER = "X-Bench-User"
# The backlog pass measures drafting every message of the mailbox: its first contact takes
# everything of the last hundred years as recent. (first_contact.py measures the default.)
BACKLOG_DAYS = 36_500


def imap_client(server: Dovecot, user: str) -> IMAPClient:
    client = IMAPClient("127.0.0.1", port=server.port, ssl=False, timeout=120)
    client.login(user, PASSWORD)
    return client


def seed(server: Dovecot, user: str, files: list[Path], method: str) -> float:
    """Fill the user's INBOX; returns seconds, including Dovecot's first look at the folder."""
    started = time.perf_counter()
    client = imap_client(server, user)
    client.list_folders()  # creates Drafts, Sent, Trash
    client.select_folder("INBOX")  # creates the INBOX Maildir (cur/, new/, tmp/)
    if method == "maildir":
        new = server.mail / user / "new"
        for path in files:
            os.link(path, new / path.name)
    else:
        chunk: list[dict] = []
        size = 0
        for path in files:
            raw = path.read_bytes()
            chunk.append({"msg": raw, "date": datetime.fromtimestamp(path.stat().st_mtime, UTC)})
            size += len(raw)
            if len(chunk) >= 500 or size > 30_000_000:
                client.multiappend("INBOX", chunk)
                chunk, size = [], 0
        if chunk:
            client.multiappend("INBOX", chunk)
    client.select_folder("INBOX")  # Dovecot moves new/ to cur/ and assigns UIDs here, once
    count = len(client.search(["ALL"]))
    client.logout()
    if count != len(files):
        raise RuntimeError(f"seeding {user}: {count} messages in INBOX, expected {len(files)}")
    return time.perf_counter() - started


def write_settings(
    work: Path,
    server: Dovecot,
    user: str,
    model: Path,
    interval_seconds: int = 300,
    first_pass_days: int = BACKLOG_DAYS,
    processes: int | None = None,
) -> Path:
    """Settings for ``user``'s mailbox; ``processes`` None keeps triage's default."""
    work.mkdir(parents=True, exist_ok=True)
    config = work / "settings.toml"
    config.write_text(
        f"""[imap]
host = "127.0.0.1"
port = {server.port}
security = "plain"
username = "{user}"
password_env = "{PASSWORD_ENV}"
batch_size = {BATCH_SIZE}
first_pass_days = {first_pass_days}

[state]
path = "state.sqlite3"

[model]
path = "{model}"

[replies]
from_address = "{MAILBOX}"
from_name = "Karriererådgivningen"
templates = "{TEMPLATES}"

[review]
secret_key_env = "{SECRET_ENV}"
trusted_header = "{TRUSTED_HEADER}"
trusted_proxies = ["127.0.0.1"]

[worker]
interval_seconds = {interval_seconds}
{"" if processes is None else f"processes = {processes}"}
""",
        encoding="utf-8",
    )
    return config


def folder_count(server: Dovecot, user: str, folder: str) -> int:
    client = imap_client(server, user)
    try:
        return int(client.folder_status(folder, [b"MESSAGES"])[b"MESSAGES"])
    finally:
        client.logout()


def drafts_made(server: Dovecot, user: str) -> tuple[int, int]:
    """How many drafts triage appended, and their mean size in bytes."""
    client = imap_client(server, user)
    try:
        client.select_folder("Drafts", readonly=True)
        uids = client.search(["ALL"])
        found = client.fetch(uids, [b"RFC822.SIZE"]) if uids else {}
        sizes = [int(data[b"RFC822.SIZE"]) for data in found.values()]
        return len(sizes), round(sum(sizes) / len(sizes)) if sizes else 0
    finally:
        client.logout()
