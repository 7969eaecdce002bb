"""scripts/bench.py starts, runs every measurement on a small mailbox and reports each figure.

The benchmark is not a test: no timing is checked here, only that it finishes and says
everything it should.
"""

from __future__ import annotations

import json
import math
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
MODEL = ROOT / "models" / "topic.joblib"
FIGURES = {
    "baseline_rate",
    "backlog_rate",
    "backlog_time_ratio",
    "idle_small_seconds",
    "idle_large_seconds",
    "idle_growth",
    "rss_backlog_mb",
    "rss_small_mb",
    "rss_growth",
    "model_load_seconds",
    "predict_rate",
    "review_queue_ms",
    "review_item_ms",
    "worker_latency_seconds",
}


@pytest.mark.slow
@pytest.mark.skipif(not MODEL.exists(), reason="no trained model in models/")
def test_bench_runs_on_a_small_mailbox(tmp_path: Path) -> None:
    out = tmp_path / "bench.json"
    done = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "bench.py"), "--n", "60", "--quick"]
        + ["--json", str(out)],
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    report = json.loads(out.read_text(encoding="utf-8"))
    assert set(report["figures"]) == FIGURES
    assert all(math.isfinite(value) and value > 0 for value in report["figures"].values())
    for line in report["results"]:
        assert {"key", "label", "value", "unit", "target", "ok"} <= set(line)
    assert report["n"] == 60
    assert report["machine"]["nproc"] >= 1
    assert report["corpus"]["large_attachments"] == 1
    # The table and the same JSON go to stdout.
    assert "measure" in done.stdout.splitlines()[0]
    assert json.loads(done.stdout[done.stdout.index("\n{") :]) == report
