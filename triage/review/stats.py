"""The statistics page: the operations view (charts of the weekly figures, drawn by
``charts``), volume per topic, how often each template goes out (nearly) as written, how often
each block is kept, edited or deleted (``block_use``, weakest first), and the model's version
and figures from its card."""

from __future__ import annotations

import json
from typing import Any

from flask import Blueprint, Response, abort, render_template

from triage.review import charts, context
from triage.review.block_use import tally
from triage.state import answers, decisions
from triage.state.operations import WEEKS, operations

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
        charts=charts.CHARTS,
        headline=headline(operations(db)),
        weeks=WEEKS,
        volume=decisions.topic_counts(db),
        quality=decisions.template_quality(db),
        blocks=tally(answers.sent_drafts(db)),
        blocks_counted=answers.RECENT,
        figures=[(k, card[k]) for k in _CARD_FIGURES if _scalar(card.get(k))],
        per_topic=per_topic(card),
        has_card=bool(card),
    )


@bp.get("/stats/chart/<name>.svg")
def chart(name: str) -> Response:
    """One chart as SVG, with its own narrow Content-Security-Policy (see ``charts``)."""
    if name not in charts.CHARTS:
        abort(404)
    svg = charts.render(name, operations(context.db()), context.t)
    response = Response(svg, mimetype="image/svg+xml")
    response.headers["Content-Security-Policy"] = charts.SVG_POLICY
    return response


def headline(figures: dict[str, Any]) -> list[tuple[str, str]]:
    """The few figures above the charts: (label key, value as text)."""
    t = context.t
    this_week = figures["questions"]["per_week"][-1]["total"]
    oldest = figures["oldest_waiting"]
    waiting = t("none")
    if oldest["hours"] is not None:
        waiting = t("oldest_now", days=f"{oldest['hours'] / 24:.1f}", since=oldest["since"][:10])
    median = figures["reply_hours"][-2]["median"] if len(figures["weeks"]) > 1 else None
    kept = figures["topic_kept"]
    kept_text = t("none")
    if kept["share"] is not None:
        kept_text = t("kept_of", share=f"{kept['share'] * 100:.0f}", n=kept["reviewed"])
    return [
        ("this_week", str(this_week)),
        ("oldest_waiting", waiting),
        ("median_reply", "-" if median is None else f"{median:.1f} {t('hours')}"),
        ("kept_share", kept_text),
    ]


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
