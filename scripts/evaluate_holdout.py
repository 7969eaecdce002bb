#!/usr/bin/env python3
"""Report what the live pass would do on a labelled set of mails, per language and per label.

    python scripts/evaluate_holdout.py [--model PATH] [--set FILE ...] [--json OUT]

A set is JSON lines with at least subject, body and label (lang if per-language figures are
wanted; other keys are ignored): data/holdout/questions.jsonl (the default),
data/realistic/val.jsonl, data/realistic/test.jsonl. The mail is cleaned as the live pass cleans
it (``model_text``) and classified at the model's own threshold. Figures (see
``triage.training.scorecard``): drafted share, drafted-topic precision, answerable (non-"other")
mail drafted, macro-F1 with abstentions counted as "other", and what "other" mail was drafted as.

For reporting only: never tune anything on data/holdout/ or data/realistic/test.jsonl.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from triage.model.classify import TopicModel, load_model, model_text  # noqa: E402
from triage.training.scorecard import score  # noqa: E402


def _pct(value: float | None) -> str:
    return "–" if value is None else f"{100 * value:5.1f} %"


def evaluate_set(model: TopicModel, path: Path) -> dict[str, Any]:
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]
    texts = [model_text(r.get("subject") or "", r["body"]) for r in rows]
    predictions = model.predict(texts)
    return score([r["label"] for r in rows], [r.get("lang") or "" for r in rows], predictions)


def format_card(name: str, card: dict[str, Any]) -> str:
    lines = [
        f"## {name} ({card['mails']} mails)",
        "",
        "| group | mails | drafted | right topic of drafts | answerable drafted"
        " | answerable right | macro-F1 | other mail drafted as |",
        "|---|---|---|---|---|---|---|---|",
    ]
    groups = [("all", card)] + [(f"`{k}`", v) for k, v in card["by_language"].items()]
    for group, figures in groups:
        wrong = ", ".join(f"{t} {n}" for t, n in figures["other_drafted_as"].items()) or "none"
        f1 = "–" if figures["macro_f1"] is None else f"{figures['macro_f1']:.3f}"
        lines.append(
            f"| {group} | {figures['mails']} | {_pct(figures['drafted_share'])}"
            f" | {_pct(figures['drafted_precision'])} | {_pct(figures['answerable_drafted'])}"
            f" | {_pct(figures['answerable_right'])} | {f1}"
            f" | {wrong} ({figures['other_mails']} other) |"
        )
    lines += [
        "",
        "| label | mails | drafted | right topic (recall) | precision as this label | became |",
        "|---|---|---|---|---|---|",
    ]
    for label, row in card["by_label"].items():
        became = ", ".join(f"{t} {n}" for t, n in row["became"].items())
        lines.append(
            f"| {label} | {row['mails']} | {_pct(row['drafted_share'])} | {_pct(row['recall'])}"
            f" | {_pct(row['precision'])} | {became} |"
        )
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", type=Path, default=ROOT / "models" / "topic.joblib")
    parser.add_argument(
        "--set", type=Path, nargs="+", default=[ROOT / "data" / "holdout" / "questions.jsonl"]
    )
    parser.add_argument("--json", type=Path, help="also write the figures as JSON here")
    args = parser.parse_args()
    model = load_model(args.model)
    print(f"model {model.version}, threshold {model.threshold:.3f}\n")
    cards = {}
    for path in args.set:
        cards[str(path)] = evaluate_set(model, path)
        print(format_card(path.name, cards[str(path)]) + "\n")
    if args.json:
        payload = {"model": model.version, "threshold": model.threshold, "sets": cards}
        args.json.write_text(json.dumps(payload, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
