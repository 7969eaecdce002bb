"""A small statistics view: volume per topic, how often each template goes out (nearly) as
written, and the model's version and figures from its card."""

from __future__ import annotations

import json
from typing import Any

from flask import Blueprint, render_template

from triage.review import context
from triage.state import decisions

bp = Blueprint("stats", __name__)
_CARD_FIGURES = ("version", "date", "threshold", "target_precision", "coverage", "accuracy",
                 "macro_f1")  # fmt: skip
_PER_TOPIC_KEYS = ("per_topic", "per_label", "metrics", "per_class", "topics")


@bp.get("/stats")
def index() -> str:
    db = context.db()
    card = model_card(context.settings().model.path.with_suffix(".json"))
    return render_template(
        "stats.html",
        volume=decisions.topic_counts(db),
        quality=decisions.template_quality(db),
        figures=[(k, card[k]) for k in _CARD_FIGURES if _scalar(card.get(k))],
        per_topic=per_topic(card),
        has_card=bool(card),
    )


def model_card(path: Any) -> dict[str, Any]:
    """The card as a dict, or {} when it is missing or unreadable: the page must still show."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def per_topic(card: dict[str, Any]) -> tuple[list[str], list[tuple[str, list[str]]]]:
    """(metric names, [(topic, values)]) from whichever per-topic table the card has."""
    for key in _PER_TOPIC_KEYS:
        table = card.get(key)
        if isinstance(table, dict) and table and all(isinstance(v, dict) for v in table.values()):
            names = sorted({m for v in table.values() for m, x in v.items() if _scalar(x)})
            rows = [(str(t), [_fmt(v.get(m)) for m in names]) for t, v in sorted(table.items())]
            return names, rows
    return [], []


def _scalar(value: object) -> bool:
    return isinstance(value, str | int | float) and not isinstance(value, bool)


def _fmt(value: object) -> str:
    if isinstance(value, float):
        return f"{value:.3f}"
    return "" if value is None else str(value)
