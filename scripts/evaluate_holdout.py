#!/usr/bin/env python3
"""Report how the trained model does on the independent hold-out set (data/holdout/).

    python scripts/evaluate_holdout.py [--model PATH] [--set data/holdout/questions.jsonl]

For reporting only: never tune anything on these figures (see data/holdout/README.md).
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path

from triage.model.classify import load_model, model_text
from triage.topics import DRAFT_TOPICS

ROOT = Path(__file__).resolve().parents[1]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", type=Path, default=ROOT / "models" / "topic.joblib")
    parser.add_argument("--set", type=Path, default=ROOT / "data" / "holdout" / "questions.jsonl")
    args = parser.parse_args()
    rows = [json.loads(line) for line in args.set.read_text().splitlines() if line.strip()]
    model = load_model(args.model)
    predictions = model.predict([model_text(r["subject"], r["body"]) for r in rows])
    right = Counter()
    total = Counter()
    drafted = drafted_right = 0
    for row, prediction in zip(rows, predictions, strict=True):
        label = row["label"]
        total[label] += 1
        right[label] += prediction.topic == label
        if prediction.topic in DRAFT_TOPICS:
            drafted += 1
            drafted_right += prediction.topic == label
    questions = sum(total[t] for t in DRAFT_TOPICS)
    print(f"model {model.version} on {args.set} ({len(rows)} mails)")
    for label in sorted(total):
        print(f"  {label:10} {right[label]:3}/{total[label]:3}")
    print(f"accuracy (abstain counts as 'other'): {sum(right.values()) / len(rows):.1%}")
    print(
        f"drafts: {drafted}, right topic {drafted_right / max(drafted, 1):.1%};"
        f" coverage of topic questions {drafted_right / max(questions, 1):.1%}"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
