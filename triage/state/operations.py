"""The operations figures, week by week: for the statistics page's charts and for monitoring
(`triage status --json`), the same numbers in both.

- questions per week by topic (by arrival; answered-elsewhere mail is its own series);
- hours from arrival to the reply sent (median and 90th percentile, by the week it was sent);
- the age of the oldest item waiting for a counsellor, now and at the end of each week;
- the share of drafts sent with light edits (edit ratio < 25 %) per topic and week;
- how often counsellors kept the model's topic (what shadow mode is for).

The queries are plain, portable SQL returning a few columns per row; the grouping by week is
done here in Python, the same for SQLite and PostgreSQL (their date functions differ). A
question arrived when its Date header says (``received_at``), or else when triage first read it.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from datetime import UTC, date, datetime, timedelta
from typing import Any

from triage.state.decisions import Action
from triage.state.statuses import AWAITING, Status
from triage.state.store import Store

WEEKS = 12
LIGHT_EDIT = 0.25
ANSWERED_ELSEWHERE_SERIES = "answered_elsewhere"
# Statuses of mail that never waited for a counsellor.
_NOT_QUESTIONS = (Status.SKIPPED, Status.SET_ASIDE, Status.PENDING)
_NEVER_WAITED = (*_NOT_QUESTIONS, Status.ANSWERED_ELSEWHERE)
_SENT = (Action.APPROVE, Action.SENT_FROM_CLIENT)
_HANDLED = (Action.APPROVE, Action.KEEP, Action.REJECT, Action.SENT_FROM_CLIENT)
_REVIEWED = (Action.APPROVE, Action.KEEP, Action.CHANGE_TOPIC)


def operations(db: Store, now: datetime | None = None, weeks: int = WEEKS) -> dict[str, Any]:
    """Every figure of the operations view for the last ``weeks`` weeks (this one included)."""
    now = (now or datetime.now(UTC)).astimezone(UTC)
    starts = week_starts(now, weeks)
    since = _stamp(datetime.combine(starts[0], datetime.min.time(), UTC))
    return {
        "generated_at": _stamp(now),
        "weeks": [week_name(s) for s in starts],
        "week_starts": [s.isoformat() for s in starts],
        "questions": questions_per_week(db, starts, since),
        "reply_hours": reply_hours(db, starts, since),
        "oldest_waiting": oldest_waiting(db, starts, since, now),
        "light_edits": light_edits(db, starts, since),
        "topic_kept": topic_kept(db, since),
    }


def week_starts(now: datetime, weeks: int) -> list[date]:
    """The Mondays of the last ``weeks`` ISO weeks, oldest first, this week last."""
    monday = now.date() - timedelta(days=now.weekday())
    return [monday - timedelta(weeks=n) for n in range(weeks - 1, -1, -1)]


def week_name(monday: date) -> str:
    year, week, _ = monday.isocalendar()
    return f"{year}-W{week:02d}"


def questions_per_week(db: Store, starts: list[date], since: str) -> dict[str, Any]:
    marks = ", ".join("?" * len(_NOT_QUESTIONS))
    rows = db.execute(
        "SELECT status, topic, received_at, created_at FROM messages"
        f" WHERE status NOT IN ({marks}) AND (received_at >= ?"
        " OR (received_at = '' AND created_at >= ?))",
        (*_NOT_QUESTIONS, since, since),
    )
    per_week: dict[str, Counter] = defaultdict(Counter)
    totals: Counter = Counter()
    for row in rows:
        week = _week_of(_arrival(row), starts)
        if week is None:
            continue
        if row["status"] == Status.ANSWERED_ELSEWHERE:
            series = ANSWERED_ELSEWHERE_SERIES
        else:
            series = row["topic"] or "other"
        per_week[week][series] += 1
        totals[series] += 1
    return {
        "topics": [topic for topic, _ in totals.most_common()],
        "per_week": [
            {"week": w, "total": sum(per_week[w].values()), "by_topic": dict(per_week[w])}
            for w in map(week_name, starts)
        ],
    }


def reply_hours(db: Store, starts: list[date], since: str) -> list[dict[str, Any]]:
    """Hours from arrival to the first reply sent, by the week the reply went out."""
    marks = ", ".join("?" * len(_SENT))
    rows = db.execute(
        "SELECT m.received_at, m.created_at, MIN(d.at) AS replied FROM decisions d"
        " JOIN messages m ON m.message_id = d.message_id"
        f" WHERE d.action IN ({marks})"
        " GROUP BY m.message_id, m.received_at, m.created_at HAVING MIN(d.at) >= ?",
        (*_SENT, since),
    )
    hours: dict[str, list[float]] = defaultdict(list)
    for row in rows:
        replied = _parse(row["replied"])
        week = _week_of(replied, starts)
        arrived = _arrival(row)
        if week is not None and replied is not None and arrived is not None:
            hours[week].append(max(0.0, (replied - arrived).total_seconds() / 3600))
    return [
        {
            "week": w,
            "replies": len(hours[w]),
            "median": _round(percentile(hours[w], 0.5)),
            "p90": _round(percentile(hours[w], 0.9)),
        }
        for w in map(week_name, starts)
    ]


def oldest_waiting(db: Store, starts: list[date], since: str, now: datetime) -> dict[str, Any]:
    """The oldest waiting item's age in hours now, and at the end of each week."""
    spans = waiting_spans(db, since)
    waiting_now = [arrived for arrived, _, handled in spans if handled is None]
    oldest = min(waiting_now, default=None)
    per_week = []
    for monday in starts:
        end = min(now, datetime.combine(monday + timedelta(weeks=1), datetime.min.time(), UTC))
        ages = [
            (end - arrived).total_seconds() / 3600
            for arrived, entered, handled in spans
            if entered <= end and (handled is None or handled > end)
        ]
        per_week.append({"week": week_name(monday), "hours": _round(max(ages, default=None))})
    return {
        "waiting": len(waiting_now),
        "since": _stamp(oldest) if oldest else None,
        "hours": _round((now - oldest).total_seconds() / 3600) if oldest else None,
        "per_week": per_week,
    }


def waiting_spans(db: Store, since: str) -> list[tuple[datetime, datetime, datetime | None]]:
    """(arrived, entered the queue, handled or None) of every item that waited in the window."""
    never = ", ".join("?" * len(_NEVER_WAITED))
    handled = ", ".join("?" * len(_HANDLED))
    waiting = ", ".join("?" * len(AWAITING))
    rows = db.execute(
        "SELECT m.status, m.received_at, m.created_at, m.updated_at,"
        " (SELECT MIN(d.at) FROM decisions d WHERE d.message_id = m.message_id"
        f" AND d.action IN ({handled})) AS handled FROM messages m"
        f" WHERE m.status NOT IN ({never}) AND (m.updated_at >= ? OR m.status IN ({waiting}))",
        (*_HANDLED, *_NEVER_WAITED, since, *AWAITING),
    )
    spans = []
    for row in rows:
        entered = _parse(row["created_at"])
        arrived = _arrival(row) or entered
        if entered is None or arrived is None:
            continue
        done = None
        if row["status"] not in AWAITING:
            done = _parse(row["handled"]) or _parse(row["updated_at"]) or entered
        spans.append((min(arrived, entered), entered, done))
    return spans


def light_edits(db: Store, starts: list[date], since: str) -> dict[str, Any]:
    """Per week and topic: replies sent from a draft, and the share lightly edited."""
    marks = ", ".join("?" * len(_SENT))
    rows = db.execute(
        "SELECT at, final_topic, edit_ratio FROM decisions"
        f" WHERE action IN ({marks}) AND edit_ratio IS NOT NULL AND at >= ?",
        (*_SENT, since),
    )
    sent: dict[str, Counter] = defaultdict(Counter)
    light: dict[str, Counter] = defaultdict(Counter)
    totals: Counter = Counter()
    for row in rows:
        week = _week_of(_parse(row["at"]), starts)
        if week is None:
            continue
        topic = row["final_topic"] or "other"
        sent[week][topic] += 1
        light[week][topic] += row["edit_ratio"] < LIGHT_EDIT
        totals[topic] += 1
    return {
        "topics": [topic for topic, _ in totals.most_common()],
        "per_week": [
            {
                "week": w,
                "by_topic": {
                    t: {"sent": n, "light": light[w][t], "share": round(light[w][t] / n, 4)}
                    for t, n in sent[w].items()
                },
            }
            for w in map(week_name, starts)
        ],
    }


def topic_kept(db: Store, since: str) -> dict[str, Any]:
    """How often counsellors kept the model's topic, of the questions they reviewed.

    Reviewed: approved, kept or re-topiced on the review page (a reply found in Sent alone
    says nothing about the topic). Kept: the last decision's topic is the model's.
    """
    marks = ", ".join("?" * len(_REVIEWED))
    rows = db.execute(
        "SELECT message_id, predicted_topic, final_topic FROM decisions WHERE message_id IN"
        f" (SELECT message_id FROM decisions WHERE action IN ({marks}) AND at >= ?)"
        " ORDER BY id",
        (*_REVIEWED, since),
    )
    first: dict[str, str] = {}
    last: dict[str, str] = {}
    for row in rows:
        first.setdefault(row["message_id"], row["predicted_topic"])
        last[row["message_id"]] = row["final_topic"]
    reviewed: Counter = Counter()
    kept: Counter = Counter()
    for message_id, predicted in first.items():
        topic = predicted or "other"
        reviewed[topic] += 1
        kept[topic] += last[message_id] == predicted
    total, total_kept = sum(reviewed.values()), sum(kept.values())
    return {
        "reviewed": total,
        "kept": total_kept,
        "share": round(total_kept / total, 4) if total else None,
        "by_topic": [
            {"topic": t, "reviewed": n, "kept": kept[t], "share": round(kept[t] / n, 4)}
            for t, n in reviewed.most_common()
        ],
    }


def percentile(values: list[float], q: float) -> float | None:
    """The ``q`` quantile with linear interpolation between the closest ranks (None if empty)."""
    if not values:
        return None
    ordered = sorted(values)
    position = (len(ordered) - 1) * q
    low = int(position)
    high = min(low + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (position - low)


def _week_of(when: datetime | None, starts: list[date]) -> str | None:
    if when is None:
        return None
    monday = when.date() - timedelta(days=when.weekday())
    return week_name(monday) if starts[0] <= monday <= starts[-1] else None


def _arrival(row: Any) -> datetime | None:
    return _parse(row["received_at"]) or _parse(row["created_at"])


def _parse(value: Any) -> datetime | None:
    if isinstance(value, datetime):
        return value if value.tzinfo else value.replace(tzinfo=UTC)
    try:
        parsed = datetime.fromisoformat(str(value))
    except (TypeError, ValueError):
        return None
    return (parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)).astimezone(UTC)


def _stamp(when: datetime) -> str:
    return when.astimezone(UTC).isoformat(timespec="seconds")


def _round(value: float | None) -> float | None:
    return None if value is None else round(value, 1)
