"""Stored history for the operations view: questions, replies and decisions over past weeks.

Written through the state package's own functions; only the time stamps a pass or a decision
would have written back then are set afterwards (``backdate``), since the store stamps rows
with the current time.
"""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta

from triage.state.decisions import Action, add_decision
from triage.state.statuses import Status
from triage.state.store import Outcome, Store

TOPICS = (("followup", 5), ("interview", 3), ("salary", 4), ("cv", 4), ("other", 2))


def stamp(when: datetime) -> str:
    return when.astimezone(UTC).isoformat(timespec="seconds")


def add_question(
    db: Store, message_id: str, arrived: datetime, status: str, topic: str = "", **extra
) -> None:
    """A question as a pass records it, triage having read it five minutes after arrival."""
    outcome = Outcome(
        message_id, status, topic=topic, received_at=stamp(arrived), confidence=0.9, lang="nb",
        subject="Spørsmål", draft_text="Hei!\n\nTakk for spørsmålet.\n" if topic else "", **extra,
    )  # fmt: skip
    with db.transaction():
        db.record(outcome)
    backdate(db, message_id, arrived + timedelta(minutes=5))


def backdate(db: Store, message_id: str, created: datetime, updated: datetime | None = None):
    with db.transaction():
        db.execute(
            "UPDATE messages SET created_at = ?, updated_at = ? WHERE message_id = ?",
            (stamp(created), stamp(updated or created), message_id),
        )


def decide(db: Store, message_id: str, action: str, predicted: str, final: str, at: datetime,
           ratio: float | None = None, status: str | None = None) -> None:  # fmt: skip
    """A counsellor's decision at ``at`` (and the status it left the question in)."""
    with db.transaction():
        add_decision(db, message_id, "kari", action, predicted, final, ratio, "", at=stamp(at))
        if status:
            db.execute(
                "UPDATE messages SET status = ?, topic = ?, updated_at = ? WHERE message_id = ?",
                (status, final, stamp(at), message_id),
            )


def make_history(db: Store, now: datetime, weeks: int = 12, seed: int = 12) -> int:
    """About twenty questions a week for ``weeks`` weeks, most answered; returns how many."""
    rng = random.Random(seed)
    names, weights = zip(*TOPICS, strict=True)
    count = 0
    for week in range(weeks, 0, -1):
        for _ in range(rng.randint(14, 30) + (weeks - week)):
            arrived = now - timedelta(days=7 * (week - 1) + rng.uniform(0, 7))
            count += 1
            message_id = f"<history-{count}@example.net>"
            if rng.random() < 0.06:
                add_question(db, message_id, arrived, Status.ANSWERED_ELSEWHERE)
                continue
            predicted = rng.choices(names, weights)[0]
            status = Status.DRAFTED if predicted != "other" else Status.NEEDS_COUNSELLOR
            add_question(db, message_id, arrived, status, predicted)
            _handle(db, rng, message_id, predicted, arrived, now)
    return count


def _handle(db: Store, rng: random.Random, message_id: str, predicted: str,
            arrived: datetime, now: datetime) -> None:  # fmt: skip
    """What counsellors did with one question: mostly a reply within days; some still wait."""
    hours = rng.lognormvariate(3.0, 0.8)  # a median of about 20 hours
    replied = arrived + timedelta(hours=hours)
    if replied > now - timedelta(hours=2):
        return  # still waiting
    final = predicted
    if rng.random() < 0.15:
        final = rng.choice([name for name, _ in TOPICS if name not in (predicted, "other")])
        decide(db, message_id, Action.CHANGE_TOPIC, predicted, final, replied - timedelta(hours=1))
    action = Action.APPROVE if rng.random() < 0.7 else Action.SENT_FROM_CLIENT
    if rng.random() < 0.05:
        decide(db, message_id, Action.REJECT, predicted, final, replied, None, Status.REJECTED)
        return
    ratio = min(1.0, rng.betavariate(1.2, 5.0) * (0.6 if final == predicted else 1.6))
    decide(db, message_id, action, predicted, final, replied, round(ratio, 4), Status.SENT)
