"""The README's first command: `triage demo` drafts the demo mailbox on a private Dovecot,
and leaves nothing running or lying around afterwards, however it is stopped."""

from __future__ import annotations

import os
import re
import signal
import subprocess
import threading
import time
from pathlib import Path

from conftest import TRIAGE


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    return True


def _settings_path(output: str) -> Path:
    found = re.search(r"Settings used: (\S+settings\.toml)", output)
    assert found, output[-2000:]
    return Path(found.group(1))


def _master_pid(work: Path) -> int:
    return int((work / "dovecot" / "run" / "master.pid").read_text().split()[0])


def test_the_demo_drafts_its_mailbox_and_cleans_up() -> None:
    done = subprocess.run(
        [*TRIAGE, "demo"], capture_output=True, text=True, timeout=300, check=False
    )
    assert done.returncode == 0, done.stderr[-2000:]
    summary = re.search(r"(\d+) new: (\d+) drafted, (\d+) need a counsellor", done.stdout)
    assert summary, done.stdout[-2000:]
    assert int(summary.group(2)) > 0 and int(summary.group(3)) > 0
    assert "0 set aside" in done.stdout
    assert not _settings_path(done.stdout).parent.exists()  # the temporary folder is gone


def test_sigterm_stops_a_kept_demo_and_its_server() -> None:
    """`triage demo --keep` runs until stopped: SIGTERM stops it as Ctrl-C does, Dovecot too
    (it used to keep running). The folder stays, as --keep promises."""
    process = subprocess.Popen(
        [*TRIAGE, "demo", "--keep"], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
        text=True, bufsize=1,
    )  # fmt: skip
    lines: list[str] = []
    waiting = threading.Event()

    def read() -> None:  # a thread: select() on a buffered pipe can miss lines already read
        for line in process.stdout:
            lines.append(line)
            if "keeps running" in line:
                waiting.set()

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    try:
        waiting.wait(300)
        output = "".join(lines)
        assert "keeps running" in output, output[-2000:]
        work = _settings_path(output).parent
        master = _master_pid(work)
        assert _alive(master)
        process.send_signal(signal.SIGTERM)
        assert process.wait(timeout=30) == 0
        deadline = time.monotonic() + 10
        while _alive(master) and time.monotonic() < deadline:
            time.sleep(0.1)
        assert not _alive(master)
        assert work.is_dir()
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
        reader.join(10)  # the pipe ends with the process
        process.stdout.close()
        process.stderr.close()
