"""Peak memory of the review page under a burst of parallel sign-ins (issue #13).

    python scripts/signin_burst.py [--n 100] [--scenario many-clients|one-name]

Starts the real `triage review` command on 127.0.0.1 with a fresh state store, lets N browsers
fetch the sign-in page (each its own session and CSRF token), then releases their POST /login
together and reports the server's peak resident memory (VmHWM, reset just before the burst)
and how the requests were answered.

- many-clients (the worst case for memory): N different user names from N different client
  addresses, forwarded by a configured trusted proxy, each with a wrong password; only the
  limit on concurrent password checks in total stands between them and N argon2 checks.
- one-name: N wrong passwords for one account from one client, as in the reported attack.

Each argon2 check takes about 64 MB; without a bound, 100 at once need over 6 GB.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import socket
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from http.client import HTTPConnection
from pathlib import Path
from urllib.parse import urlencode

ROOT = Path(__file__).resolve().parents[1]
TRIAGE = [sys.executable, "-c", "from triage.cli import main; raise SystemExit(main())"]
TOKEN = re.compile(r'name="csrf_token" value="([^"]+)"')


def settings_file(folder: Path, port: int, proxy: bool) -> Path:
    path = folder / "settings.toml"
    path.write_text(f"""
[imap]
host = "127.0.0.1"
security = "plain"
username = "bench@example.org"
password_env = "BENCH_IMAP_PASSWORD"
[state]
path = "{folder}/state.sqlite3"
[model]
path = "{folder}/topic.joblib"
[replies]
from_address = "bench@example.org"
from_name = "Bench"
templates = "{ROOT}/templates"
[review]
port = {port}
secret_key_env = "BENCH_REVIEW_SECRET"
{'trusted_proxies = ["127.0.0.1"]' if proxy else ""}
""")
    return path


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def request(port: int, method: str, path: str, body: str = "", headers=None) -> tuple:
    conn = HTTPConnection("127.0.0.1", port, timeout=120)
    try:
        conn.request(method, path, body=body or None, headers=headers or {})
        answer = conn.getresponse()
        return answer.status, answer.getheader("Set-Cookie") or "", answer.read().decode()
    finally:
        conn.close()


def peak_kib(pid: int) -> tuple[int, int]:
    """(VmRSS, VmHWM) of ``pid`` in KiB."""
    fields = dict(
        line.split(":", 1) for line in Path(f"/proc/{pid}/status").read_text().splitlines()
    )
    return int(fields["VmRSS"].split()[0]), int(fields["VmHWM"].split()[0])


def burst(port: int, n: int, scenario: str) -> Counter:
    prepared = []
    for i in range(n):
        status, cookie, page = request(port, "GET", "/login")
        session = cookie.split(";", 1)[0]
        name = f"name{i}" if scenario == "many-clients" else "kari"
        form = urlencode({"name": name, "password": f"wrong {i}",
                          "csrf_token": TOKEN.search(page).group(1)})  # fmt: skip
        headers = {"Cookie": session, "Content-Type": "application/x-www-form-urlencoded"}
        if scenario == "many-clients":
            headers["X-Forwarded-For"] = f"10.{i // 250}.{i % 250}.1"
        prepared.append((form, headers))
    start = threading.Barrier(n)

    def one(i: int) -> int:
        form, headers = prepared[i]
        start.wait()
        return request(port, "POST", "/login", form, headers)[0]

    with ThreadPoolExecutor(n) as pool:
        return Counter(pool.map(one, range(n)))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--n", type=int, default=100)
    parser.add_argument("--scenario", choices=["many-clients", "one-name"], default="many-clients")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        port = free_port()
        config = settings_file(Path(folder), port, args.scenario == "many-clients")
        env = {**os.environ, "BENCH_REVIEW_SECRET": "b" * 48, "BENCH_IMAP_PASSWORD": "x"}
        add = subprocess.run([*TRIAGE, "users", "add", "kari", "--config", str(config)],
                             input="a long enough password\n", text=True, env=env,
                             capture_output=True, check=True)  # fmt: skip
        assert "kari" in add.stdout
        server = subprocess.Popen([*TRIAGE, "review", "--config", str(config)], env=env,
                                  stdout=subprocess.DEVNULL)  # fmt: skip
        try:
            for _ in range(300):
                try:
                    request(port, "GET", "/login")
                    break
                except OSError:
                    time.sleep(0.1)
            idle, _ = peak_kib(server.pid)
            Path(f"/proc/{server.pid}/clear_refs").write_text("5")  # reset the peak (VmHWM)
            started = time.monotonic()
            answers = burst(port, args.n, args.scenario)
            seconds = time.monotonic() - started
            _, peak = peak_kib(server.pid)
        finally:
            server.terminate()
            server.wait()
    print(json.dumps({
        "scenario": args.scenario, "parallel_sign_ins": args.n,
        "rss_before_burst_mb": round(idle / 1024, 1), "peak_rss_mb": round(peak / 1024, 1),
        "answers": {str(k): v for k, v in sorted(answers.items())},
        "burst_seconds": round(seconds, 2),
    }))  # fmt: skip
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
