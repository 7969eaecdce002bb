"""scripts/bench.py starts, runs every measurement on a small mailbox and reports each figure;
its generated mailbox (scripts/bench/mailgen.py) is the mix it claims, and triage reads it.

The benchmark is not a test: no timing is checked here, only that it finishes and says
everything it should.
"""

from __future__ import annotations

import json
import math
import shutil
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest

from triage.inbound.parse import parse_message

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))  # the benchmark is the package scripts/bench/

from bench import compare, mailgen  # noqa: E402

MODEL = ROOT / "models" / "topic.joblib"
FIGURES = {
    "baseline_rate",
    "baseline_quiet_rate",
    "backlog_rate",
    "backlog_time_ratio",
    "backlog_time_ratio_quiet",
    "idle_small_seconds",
    "idle_large_seconds",
    "idle_growth",
    "rss_main_mb",
    "rss_small_mb",
    "rss_growth",
    "model_load_seconds",
    "predict_rate",
    "predict_ratio",
    "review_queue_ms",
    "review_item_ms",
    "worker_latency_seconds",
}


def _script(name: str, *args: str, timeout: float = 600) -> subprocess.CompletedProcess[str]:
    """``python scripts/NAME ARGS`` in a fresh process, its output captured."""
    command = [sys.executable, str(ROOT / "scripts" / name), *args]
    return subprocess.run(command, capture_output=True, text=True, timeout=timeout, check=False)


@pytest.mark.slow
@pytest.mark.skipif(not MODEL.exists(), reason="no trained model in models/")
def test_bench_runs_on_a_small_mailbox(tmp_path: Path) -> None:
    out = tmp_path / "bench.json"
    done = _script("bench.py", "--n", "60", "--quick", "--json", str(out))
    assert done.returncode == 0, done.stderr[-2000:]
    report = json.loads(out.read_text(encoding="utf-8"))
    # The backlog with 1 and 2 processes besides the default; worker memory where workers ran
    # long enough to be sampled.
    others = {1, 2} - {report["default_processes"]}
    expected = FIGURES | {
        f"{key}_p{count}"
        for count in others
        for key in ("backlog_rate", "backlog_time_ratio", "rss_main_mb")
    }
    workers = {f"{key}{suffix}" for key in ("worker_private_mb", "pss_total_mb")
               for suffix in ("", "_p2")}  # fmt: skip
    assert expected <= set(report["figures"]) <= expected | workers
    assert all(math.isfinite(value) and value > 0 for value in report["figures"].values())
    for line in report["results"]:
        assert {"key", "label", "value", "unit", "target", "ok"} <= set(line)
    assert report["n"] == 60
    # Each backlog pass's own account of its time (`triage run -v`), the parts summing up.
    for run in report["backlog"].values():
        parts = dict(run["parts_seconds"])
        total = parts.pop("total")
        assert {"reading mail", "appending drafts", "state store"} <= set(parts)
        assert abs(sum(parts.values()) - total) <= 0.01 * len(parts)
    assert report["machine"]["nproc"] >= 1
    assert report["corpus"]["large_attachments"] == 1
    # The table and the same JSON go to stdout.
    assert "measure" in done.stdout.splitlines()[0]
    assert json.loads(done.stdout[done.stdout.index("\n{") :]) == report


def test_generated_mailbox_is_the_same_every_time_and_has_every_kind() -> None:
    records = mailgen.load_records()
    plan = mailgen.plan_corpus(2000, records, quick=True)
    again = mailgen.plan_corpus(2000, records, quick=True)
    assert [(m.kind, m.record, m.date) for m in plan] == [(m.kind, m.record, m.date) for m in again]
    kinds = Counter(m.kind for m in plan)
    assert set(kinds) == {*mailgen.STYLES, *mailgen.NOISE, "large-attachment"}
    assert kinds["large-attachment"] == 1  # 5 in 10,000, at least one
    assert [m.large_bytes for m in plan if m.kind == "large-attachment"] == [3_000_000]
    assert 0.02 < sum(kinds[k] for k in mailgen.NOISE) / len(plan) < 0.09  # about 5 % noise


def test_every_kind_of_generated_mail_is_read_by_triage() -> None:
    plan = mailgen.plan_corpus(2000, mailgen.load_records(), quick=True)
    first = {}
    for mail in plan:
        first.setdefault(mail.kind, mail)
    for kind, mail in first.items():
        question, _ = parse_message(mailgen.render(mail))
        assert question.message_id == mail.message_id, kind
        if kind in mailgen.NOISE:
            continue
        assert question.reply_address == mailgen.sender(mail)[1], kind
        subject = f"SV: {mail.record.subject}" if kind == "reply" else mail.record.subject
        assert question.subject == subject, kind


@pytest.mark.slow
def test_append_load_bench_times_appends_idle_and_busy(tmp_path: Path) -> None:
    out = tmp_path / "append.json"
    done = _script("bench_append_load.py", "--drafts", "150", "--busy", "1", "--json", str(out))
    assert done.returncode == 0, done.stderr[-2000:]
    rows = json.loads(out.read_text(encoding="utf-8"))["rows"]
    assert [(r["dovecot"], r["cpu"]) for r in rows] == [
        (dovecot, cpu)
        for dovecot in ("fsync", "no-fsync")
        for cpu in ("idle", "1 busy, nice 0", "1 busy, nice 19", "idle again")
    ]
    assert all(r["seconds"] > 0 and r["ms_per_draft"] > 0 for r in rows)
    assert "ms a draft" in done.stdout.splitlines()[0]


@pytest.mark.slow
@pytest.mark.skipif(not MODEL.exists(), reason="no trained model in models/")
def test_first_contact_bench_runs_on_a_small_mailbox(tmp_path: Path) -> None:
    out = tmp_path / "first-contact.json"
    done = _script("bench_first_contact.py", "--n", "400", "--quick", "--json", str(out))
    assert done.returncode == 0, done.stderr[-2000:]
    report = json.loads(out.read_text(encoding="utf-8"))
    mailbox, after, runs = report["mailbox"], report["after"], report["runs"]
    assert mailbox["messages"] == 400
    assert after["first_contact"]["recent"] == mailbox["recent_last_7_days"] > 0
    assert after["first_contact"]["left_alone"] == 400 - mailbox["recent_last_7_days"]
    assert after["drafts_in_mailbox"] == after["statuses"].get("drafted", 0)
    assert sum(after["statuses"].values()) == mailbox["recent_last_7_days"]
    assert runs["dry_run"]["store_created"] is False
    assert runs["idle_pass"]["said"] == []
    assert all(run["status"] == 0 for run in runs.values())


@pytest.mark.slow
@pytest.mark.skipif(not MODEL.exists(), reason="no trained model in models/")
def test_bench_compares_two_versions_taking_turns(tmp_path: Path) -> None:
    """--against DIR: the backlog pass of the triage package in DIR and of this checkout, in
    turns, each on its own mailbox; a copy of this checkout makes the same decisions."""
    other = tmp_path / "other"
    shutil.copytree(ROOT / "triage", other / "triage")
    out = tmp_path / "compare.json"
    done = _script(
        "bench.py",
        "--n",
        "40",
        "--quick",
        "--against",
        str(other),
        "--rounds",
        "2",
        "--delay-ms",
        "2",
        "--json",
        str(out),
    )
    assert done.returncode == 0, done.stderr[-2000:]
    result = json.loads(out.read_text(encoding="utf-8"))
    assert [run["version"] for run in result["runs"]] == [
        str(other),
        "this checkout",
        "this checkout",
        str(other),
    ]
    assert result["same_outcome"] is True
    assert all(math.isfinite(v) and v > 0 for v in result["this_over_other"].values())
    assert "this checkout / other" in done.stdout
    for run in result["runs"]:  # each pass's own account of its time, from `triage run -v`
        assert run["parts"]["total"] == pytest.approx(sum(run["parts"].values()) / 2, abs=0.05)

    nothing = _script("bench.py", "--against", str(tmp_path / "no"), timeout=60)
    assert nothing.returncode == 2
    assert nothing.stderr.strip().splitlines() == [
        f"bench: {tmp_path / 'no'} holds no triage package (triage/__init__.py)"
    ]


def test_the_other_version_reads_its_own_model_when_it_brings_one(tmp_path: Path) -> None:
    """A version whose model files are in another format brings them in DIR/models."""
    model = tmp_path / "models" / "topic.joblib"
    other = tmp_path / "other"
    (other / "triage").mkdir(parents=True)
    assert compare.model_of(None, model) == model
    assert compare.model_of(other, model) == model
    (other / "models").mkdir()
    (other / "models" / "topic.joblib").write_bytes(b"old format")
    assert compare.model_of(other, model) == other / "models" / "topic.joblib"
    assert compare.model_of(None, model) == model


def test_the_delay_proxy_adds_its_delay_each_way_and_keeps_the_bytes() -> None:
    """scripts/bench/delay_proxy.py, in front of an echo server: each round trip takes at
    least twice the delay, and what goes through comes back whole and in order."""
    import socket
    import socketserver
    import threading
    import time
    from dataclasses import dataclass

    from bench.delay_proxy import delayed

    class Echo(socketserver.BaseRequestHandler):
        def handle(self) -> None:
            while data := self.request.recv(65536):
                self.request.sendall(data)

    @dataclass
    class Server:
        port: int

    with socketserver.ThreadingTCPServer(("127.0.0.1", 0), Echo) as echo:
        threading.Thread(target=echo.serve_forever, daemon=True).start()
        with (
            delayed(Server(echo.server_address[1]), 30) as proxied,
            socket.create_connection(("127.0.0.1", proxied.port)) as sock,
        ):
            payload = bytes(range(256)) * 400
            started = time.monotonic()
            sock.sendall(payload)
            received = b""
            while len(received) < len(payload):
                received += sock.recv(65536)
            elapsed = time.monotonic() - started
        echo.shutdown()
    assert received == payload
    assert elapsed >= 0.06
