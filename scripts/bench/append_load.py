"""How the CPU work beside it slows Dovecot's APPEND: a measure behind the backlog ratio.

    python scripts/bench_append_load.py [--drafts 2000] [--busy 2] [--json out.json]

In ``scripts/bench.py`` the baseline appends its drafts with the machine otherwise idle, while a
triage pass appends its drafts with its worker processes keeping every core busy. Dovecot
writes each appended message to disk and waits for it (fsync, ``mail_fsync = optimized``); on
a machine where the disk's completions wait for a busy core (a virtual machine, above all),
that wait grows with the load. This measures it apart from triage: MULTIAPPEND of ``--drafts``
real-sized drafts in batches of 140 (the benchmark's drafts per batch), into a private
Dovecot, with the machine idle and with ``--busy`` processes spinning on the CPU (at nice 0,
then nice 19), and the same against a second Dovecot with ``mail_fsync = never``. Each line:
the seconds and the milliseconds per draft. Needs root, like ``scripts/bench.py``.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from bench.mailboxes import PASSWORD, imap_client
from bench.progress import progress
from triage.dev.devserver import Dovecot, start_dovecot
from triage.mailbox.imap import no_protocol_log

PER_BATCH = 140
DRAFT = (
    b"From: Karriereradgivningen <karriere@example.org>\r\nTo: Kari <kari@example.net>\r\n"
    b"Subject: Re: Lonnssamtale\r\nMessage-ID: <bench@example.org>\r\n"
    b"Content-Type: text/plain; charset=utf-8\r\n\r\n"
) + b"Hei Kari, takk for sporsmalet ditt om lonnssamtalen.\r\n" * 45  # about 2.4 kB


@contextmanager
def busy(count: int, nice: int) -> Iterator[None]:
    """``count`` processes spinning on the CPU while the block runs."""
    spin = [sys.executable, "-c", "while True: pass"]
    processes = [subprocess.Popen(["nice", "-n", str(nice), *spin]) for _ in range(count)]
    try:
        time.sleep(0.5)  # let them take the cores
        yield
    finally:
        for process in processes:
            process.kill()
            process.wait()


def append_seconds(server: Dovecot, user: str, drafts: int) -> float:
    client = imap_client(server, user)
    no_protocol_log(client)
    client.list_folders()  # creates Drafts
    started = time.perf_counter()
    for done in range(0, drafts, PER_BATCH):
        count = min(PER_BATCH, drafts - done)
        client.multiappend("Drafts", [{"msg": DRAFT, "flags": [b"\\Draft"]}] * count)
    seconds = time.perf_counter() - started
    client.logout()
    return seconds


def measure(server: Dovecot, label: str, drafts: int, count: int) -> list[dict]:
    append_seconds(server, f"{label}-warm", PER_BATCH)  # Dovecot's first look at a mailbox
    rows = []
    for name, load in (
        ("idle", None),
        (f"{count} busy, nice 0", 0),
        (f"{count} busy, nice 19", 19),
        ("idle again", None),
    ):
        user = f"{label}-{len(rows)}"
        if load is None:
            seconds = append_seconds(server, user, drafts)
        else:
            with busy(count, load):
                seconds = append_seconds(server, user, drafts)
        rows.append({"dovecot": label, "cpu": name, "seconds": round(seconds, 3),
                     "ms_per_draft": round(1000 * seconds / drafts, 3)})  # fmt: skip
        progress(f"  {label}, {name}: {seconds:.2f} s, {1000 * seconds / drafts:.2f} ms a draft")
    return rows


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--drafts", type=int, default=2000)
    parser.add_argument("--busy", type=int, default=2, help="processes spinning on the CPU")
    parser.add_argument("--json", type=Path)
    args = parser.parse_args()
    rows = []
    with tempfile.TemporaryDirectory(prefix="bench-append-") as work:
        for label, extra in (("fsync", ""), ("no-fsync", "mail_fsync = never\n")):
            server = start_dovecot(Path(work) / label, password=PASSWORD, extra_config=extra)
            try:
                rows += measure(server, label, args.drafts, args.busy)
            finally:
                server.stop()
    print("dovecot | CPU beside it | seconds | ms a draft")
    print("---|---|---|---")
    for row in rows:
        print(f"{row['dovecot']} | {row['cpu']} | {row['seconds']:.2f} | {row['ms_per_draft']:.2f}")
    if args.json:
        args.json.write_text(json.dumps({"drafts": args.drafts, "rows": rows}, indent=2) + "\n")
    return 0
