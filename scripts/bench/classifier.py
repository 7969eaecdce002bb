"""Line 5 of the benchmark: the topic classifier on one core, against a plain baseline.

A fresh process, pinned to one CPU with one BLAS thread, times ``load_model`` from cold
(scikit-learn's import included) and then batch prediction over the cleaned texts of the
generated mail. In the same process, interleaved with the model's rounds so a busy moment on
a shared machine hits both alike, it times the plainest text classifier on the same texts:
scikit-learn's default ``TfidfVectorizer`` (word unigrams) and a ``LogisticRegression``
fitted there on the texts' labels. The rate counts against the target; the ratio to the
baseline says how much of a slow figure is the machine.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from bench.mailboxes import BATCH_SIZE
from bench.mailgen import NOISE, Corpus, Record
from bench.paths import SCRIPT
from triage.inbound.clean import for_model, member_words

ROUNDS = 3


def _one_core() -> None:
    cpus = sorted(os.sched_getaffinity(0))
    os.sched_setaffinity(0, {cpus[0]})


def _seconds(predict: Callable[[Sequence[str]], Any], texts: Sequence[str]) -> float:
    started = time.perf_counter()
    for start in range(0, len(texts), BATCH_SIZE):
        predict(texts[start : start + BATCH_SIZE])
    return time.perf_counter() - started


def classifier_child(texts_file: Path, model: Path) -> None:
    """Runs in its own process: load time from cold, then model and baseline rates."""
    _one_core()
    payload = json.loads(texts_file.read_text(encoding="utf-8"))
    texts, labels = payload["texts"], payload["labels"]
    started = time.perf_counter()
    from triage.model.classify import load_model

    loaded = load_model(model)
    load_seconds = time.perf_counter() - started
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import make_pipeline

    plain = make_pipeline(TfidfVectorizer(), LogisticRegression(max_iter=1000))
    plain.fit(texts, labels)
    # First calls pay for lazy set-up; the rates are for steady work.
    loaded.predict(texts[:10])
    plain.predict_proba(texts[:10])
    model_times, baseline_times = [], []
    for _ in range(ROUNDS):
        model_times.append(_seconds(loaded.predict, texts))
        baseline_times.append(_seconds(plain.predict_proba, texts))
    result = {
        "load_seconds": load_seconds,
        "count": len(texts),
        "seconds": statistics.median(model_times),
        "baseline_seconds": statistics.median(baseline_times),
        "mean_characters": sum(map(len, texts)) / max(1, len(texts)),
    }
    print(json.dumps(result))


def question_texts(records: Sequence[Record]) -> tuple[list[str], list[str]]:
    """(cleaned text, label) of each record, as the live pass cleans a question."""
    cleaned: dict[Record, str] = {}
    for record in records:
        if record not in cleaned:
            cleaned[record] = for_model(record.subject, member_words(record.body))
    return [cleaned[r] for r in records], [r.label for r in records]


def corpus_texts(corpus: Corpus) -> tuple[list[str], list[str]]:
    return question_texts([m.record for m in corpus.mails if m.kind not in NOISE])


def classifier(texts: list[str], labels: list[str], model: Path, work: Path) -> dict[str, float]:
    """Run ``classifier_child`` in a fresh process; its figures plus the two rates."""
    work.mkdir(parents=True, exist_ok=True)
    texts_file = work / "texts.json"
    payload = {"texts": texts, "labels": labels}
    texts_file.write_text(json.dumps(payload, ensure_ascii=False), encoding="utf-8")
    # One thread for BLAS and OpenMP from the start: "one core" is the target.
    env = {**os.environ, "OMP_NUM_THREADS": "1", "OPENBLAS_NUM_THREADS": "1"}
    found = subprocess.run(
        [sys.executable, str(SCRIPT), "--classifier-child", str(texts_file), "--model", str(model)],
        capture_output=True,
        text=True,
        check=False,
        env=env,
    )
    if found.returncode != 0:
        raise RuntimeError(f"classifier benchmark failed: {found.stderr[-800:]}")
    result = json.loads(found.stdout.strip().splitlines()[-1])
    result["rate"] = result["count"] / result["seconds"]
    result["baseline_rate"] = result["count"] / result["baseline_seconds"]
    result["ratio"] = result["rate"] / result["baseline_rate"]
    return result
