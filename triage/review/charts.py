"""The operations view's charts, drawn on the server as SVG with pygal.

Each chart is its own SVG response, shown with ``<img>`` on the statistics page, so the page
keeps its strict Content-Security-Policy (no inline style or script in the HTML). pygal puts
its stylesheet (and a small configuration script) inside the SVG; an SVG shown as an image never
runs scripts, and the SVG response gets its own narrow policy, ``SVG_POLICY``: inline styles
only, nothing else, no script, no request anywhere. A chart with no data still renders, with
an empty-state message in place of the plot.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from triage.topics import TOPICS

# The SVG response's own Content-Security-Policy: pygal's <style> element needs inline styles.
SVG_POLICY = "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'self'"
CHARTS = ("questions", "reply_time", "oldest_waiting", "light_edits", "topic_kept")
_COLORS = ("#1f5fa8", "#e08a1e", "#2e8b57", "#b3261e", "#7b5ea7", "#5b6473", "#c2a400")

Translate = Callable[..., str]


def render(name: str, figures: dict[str, Any], t: Translate) -> bytes:
    """The chart ``name`` (one of CHARTS) of ``figures`` (``state.operations``) as SVG."""
    # Imported here, not at the top: only the charts need pygal, and the pass, the CLI and the
    # review page's other routes start faster without it.
    import pygal

    draw = {
        "questions": _questions,
        "reply_time": _reply_time,
        "oldest_waiting": _oldest_waiting,
        "light_edits": _light_edits,
        "topic_kept": _topic_kept,
    }[name]
    return draw(pygal, figures, t).render()


def _config(pygal: Any, t: Translate, **options: Any) -> dict[str, Any]:
    from pygal.style import Style

    style = Style(
        background="#ffffff", plot_background="#ffffff", foreground="#1d2330",
        foreground_strong="#1d2330", foreground_subtle="#d9dde4", opacity=".85",
        opacity_hover=".95", colors=_COLORS, font_family="system-ui, sans-serif",
        label_font_size=12, major_label_font_size=12, legend_font_size=12, title_font_size=15,
        no_data_font_size=16, value_font_size=11,
    )  # fmt: skip
    return {
        "style": style, "width": 640, "height": 320, "explicit_size": True, "js": [],
        "legend_at_bottom": True, "legend_at_bottom_columns": 3, "truncate_legend": -1,
        "truncate_label": -1,
        "no_data_text": t("nothing_yet"), "margin": 12, "margin_bottom": 24, "spacing": 12,
        **options,
    }  # fmt: skip


def _weeks(figures: dict[str, Any], t: Translate) -> list[str]:
    return [t("week_short", n=int(week.rsplit("W", 1)[1])) for week in figures["weeks"]]


def _ordered(topics: list[str]) -> list[str]:
    """Topics in one fixed order, so that each keeps its colour from chart to chart."""
    order = [*TOPICS, "answered_elsewhere"]
    return sorted(topics, key=lambda topic: (order.index(topic) if topic in order else 99, topic))


def _topic(t: Translate, topic: str) -> str:
    key = "answered_elsewhere" if topic == "answered_elsewhere" else f"topic_{topic}"
    label = t(key)
    return topic if label == key else label


def _questions(pygal: Any, figures: dict[str, Any], t: Translate) -> Any:
    data = figures["questions"]
    chart = pygal.StackedBar(**_config(pygal, t, title=t("chart_questions"), y_title=""))
    chart.x_labels = _weeks(figures, t)
    for topic in _ordered(data["topics"]):
        chart.add(_topic(t, topic), [w["by_topic"].get(topic, 0) for w in data["per_week"]])
    return chart


def _reply_time(pygal: Any, figures: dict[str, Any], t: Translate) -> Any:
    weeks = figures["reply_hours"]
    chart = pygal.Line(
        **_config(pygal, t, title=t("chart_reply_time"), y_title=t("hours"), show_dots=True,
                  allow_interruptions=True, dots_size=4, include_x_axis=True)
    )  # fmt: skip
    chart.x_labels = _weeks(figures, t)
    if any(w["replies"] for w in weeks):
        chart.add(t("median"), [w["median"] for w in weeks])
        chart.add(t("p90"), [w["p90"] for w in weeks])
    return chart


def _oldest_waiting(pygal: Any, figures: dict[str, Any], t: Translate) -> Any:
    data = figures["oldest_waiting"]
    days = [None if w["hours"] is None else round(w["hours"] / 24, 1) for w in data["per_week"]]
    chart = pygal.Bar(
        **_config(pygal, t, title=t("chart_oldest_waiting"), y_title=t("days"),
                  show_legend=False, include_x_axis=True)
    )  # fmt: skip
    chart.x_labels = _weeks(figures, t)
    if any(d is not None for d in days):
        chart.add(t("oldest_waiting"), days)
    return chart


def _light_edits(pygal: Any, figures: dict[str, Any], t: Translate) -> Any:
    data = figures["light_edits"]
    chart = pygal.Line(
        **_config(pygal, t, title=t("chart_light_edits"), y_title="%", range=(0, 100),
                  allow_interruptions=True, show_dots=True, dots_size=4)
    )  # fmt: skip
    chart.x_labels = _weeks(figures, t)
    for topic in _ordered(data["topics"]):
        sent = [w["by_topic"].get(topic) for w in data["per_week"]]
        chart.add(_topic(t, topic), [round(s["share"] * 100) if s else None for s in sent])
    return chart


def _topic_kept(pygal: Any, figures: dict[str, Any], t: Translate) -> Any:
    data = figures["topic_kept"]
    chart = pygal.HorizontalBar(
        **_config(pygal, t, title=t("chart_topic_kept"), range=(0, 100), show_legend=False,
                  print_values=True, height=260)
    )  # fmt: skip
    rows = data["by_topic"]
    chart.x_labels = [f"{_topic(t, r['topic'])} ({r['reviewed']})" for r in rows]
    if rows:
        chart.add(t("kept_share"), [round(r["share"] * 100) for r in rows])
    chart.value_formatter = lambda value: f"{value:.0f} %"
    return chart
