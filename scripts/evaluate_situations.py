#!/usr/bin/env python3
"""Per-situation and per-sector precision and recall of the situation reader, and its speed.

    python scripts/evaluate_situations.py [--model models/topic.joblib] [--no-speed]

Prints four tables: the fixed test split of data/ and the hold-out set (data/holdout/), each
read with the labelled topics (the situation reader alone) and with the topics the topic model
chose (the whole chain, as the pass will run it). Then the time per mail on top of the topic
model. The hold-out figures are for reporting only: never tune cues or thresholds on them (see
data/holdout/README.md).
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from triage.model.classify import load_model  # noqa: E402
from triage.model.situations import (  # noqa: E402
    load_situation_model,
    read_situation,
    read_situations,
    situation_model_path,
)
from triage.training.situation_data import (  # noqa: E402
    LabelledMail,
    load_situation_split,
    read_labelled,
)
from triage.training.situation_eval import evaluate_readings, format_tables, read_mails  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", type=Path, default=ROOT / "models" / "topic.joblib")
    parser.add_argument("--data", type=Path, default=ROOT / "data")
    parser.add_argument("--no-speed", action="store_true", help="skip the timing")
    args = parser.parse_args()
    topic_model = load_model(args.model)
    model = load_situation_model(situation_model_path(args.model), topic_model)
    print(f"situation model {model.version}, topic model {topic_model.version}\n")
    _, test = load_situation_split(args.data)
    holdout = read_labelled([args.data / "holdout" / "questions.jsonl"])
    chosen = _topic_model_topics(topic_model, test + holdout)
    for name, mails in (("test split", test), ("hold-out", holdout)):
        readings = read_mails(model, mails)
        print(format_tables(evaluate_readings(mails, readings), f"{name}, labelled topics"))
        print()
        readings = read_mails(model, mails, topics=lambda m: chosen[m.id])
        print(format_tables(evaluate_readings(mails, readings), f"{name}, topic model's topics"))
        print()
    if not args.no_speed:
        _speed(topic_model, model, test + holdout, chosen)
    return 0


def _topic_model_topics(topic_model, mails: list[LabelledMail]) -> dict[str, tuple[str, ...]]:
    predictions = topic_model.predict([m.model_input for m in mails])
    return {m.id: tuple(t for t, _ in p.topics) for m, p in zip(mails, predictions, strict=True)}


def _speed(topic_model, model, mails: list[LabelledMail], chosen: dict) -> None:
    """Milliseconds per mail: the topic model, one mail at a time and in one batch each."""
    texts = [m.model_input for m in mails]
    batch = [(m.subject, m.words, m.lang, chosen[m.id]) for m in mails]
    read_situations(model, batch[:20])  # warm the caches (compiled cues)
    runs = {
        "topic model, one mail per call": lambda: [topic_model.predict([t]) for t in texts],
        "situations, one mail per call": lambda: [read_situation(model, *mail) for mail in batch],
        "situations, one batch": lambda: read_situations(model, batch),
    }
    figures = {name: [] for name in runs}
    for _ in range(3):
        for name, run in runs.items():
            started = time.perf_counter()
            run()
            figures[name].append(time.perf_counter() - started)
    print(f"time per mail over {len(mails)} mails (best of 3):")
    for name, seconds in figures.items():
        print(f"  {name:32} {min(seconds) / len(mails) * 1000:6.3f} ms")


if __name__ == "__main__":
    raise SystemExit(main())
