"""`triage run --dry-run`: what a pass would do to each message, and nothing done.

The dry run is the pass itself with its writing switched off: the mailbox is opened read-only
(EXAMINE; every write refuses), the state store read-only, the Sent folder is read but not
recorded, and where the pass would record, append and tag, the dry run notes one ``Planned``
line per message instead. No lock is taken and no run is recorded.

The lines name the UID, the arrival date, the language, the topic and confidence, whether a
draft would be made, the member's situations it would answer (short ids; "general" for the
topic's general text), and why ("needs care" alone for mail with signs of distress: its reason is
the member's words); of the mail itself only the subject, shortened, with any address in it
masked. Never an address or a body.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from triage.mailbox.imap import FetchedMessage
from triage.state.rows import loggable_reason
from triage.state.statuses import Status
from triage.state.store import Outcome

KNOWN = "already handled (in the state store)"
_WHY = {
    Status.NEEDS_CARE: "needs care",
    Status.NEEDS_COUNSELLOR: "needs a counsellor",
    Status.SKIPPED: "skipped",
    Status.SET_ASIDE: "set aside",
    Status.ANSWERED_ELSEWHERE: "answered elsewhere",
}
_ADDRESS = re.compile(r"\S+@\S+")
_CONTROL = re.compile(r"[\x00-\x1f\x7f]+")
SUBJECT_CHARS = 40


@dataclass(frozen=True)
class Planned:
    """What the pass would do to one message."""

    uid: int
    arrived: datetime | None
    lang: str = ""
    topic: str = ""
    confidence: float | None = None
    draft: bool = False
    why: str = ""
    subject: str = ""
    situations: tuple[str, ...] = ()  # of a draft: the situations it answers


def plan_batch(batch: Iterable[FetchedMessage], outcomes: dict[int, Outcome]) -> list[Planned]:
    """One line per fetched message; ``outcomes`` are the new ones', by UID."""
    planned = []
    for message in batch:
        outcome = outcomes.get(message.uid)
        if outcome is None:
            planned.append(Planned(message.uid, message.arrived, why=KNOWN))
            continue
        draft = outcome.status in (Status.PENDING, Status.DRAFTED)
        why = "the model is sure of the topic" if draft else _WHY.get(outcome.status, "")
        # The reason of mail that needs care is the member's own words: never printed.
        reason = loggable_reason(outcome.status, outcome.reason)
        if reason:
            why = f"{why}: {reason}" if why else reason
        if outcome.due:
            why = f"{why} (due {outcome.due})"
        planned.append(
            Planned(
                uid=message.uid,
                arrived=message.arrived,
                lang=outcome.lang,
                topic=outcome.topic,
                confidence=outcome.confidence if outcome.topic else None,
                draft=draft,
                why=why,
                subject=short_subject(outcome.subject),
                situations=drafted_situations(outcome) if draft else (),
            )
        )
    return planned


def drafted_situations(outcome: Outcome) -> tuple[str, ...]:
    """The situations a draft answers, topic by topic (``Draft.record`` keeps them)."""
    by_topic = outcome.draft_blocks.get("situations") or {}
    return tuple(s for ids in by_topic.values() for s in ids)


def short_subject(subject: str, limit: int = SUBJECT_CHARS) -> str:
    """The subject on one line, addresses masked, cut to ``limit`` characters."""
    text = _ADDRESS.sub("[address]", _CONTROL.sub(" ", subject)).strip()
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def table(planned: list[Planned], shadow: bool = False) -> list[str]:
    """The lines a person reads: a header, then one line per message in the order read."""
    draft = "draft (page)" if shadow else "draft"
    lines = [
        f"{'UID':>7}  {'arrived (UTC)':16}  {'lang':4}  {'topic':10}  {'conf':>4}"
        f"  {'action':12}  {'situations':16}  why | subject"
    ]
    for p in planned:
        when = f"{p.arrived:%Y-%m-%d %H:%M}" if p.arrived else "?"
        confidence = f"{p.confidence:.2f}" if p.confidence is not None else "-"
        subject = f" | {p.subject}" if p.subject else ""
        situations = ",".join(p.situations) or ("general" if p.draft else "-")
        lines.append(
            f"{p.uid:>7}  {when:16}  {p.lang or '-':4}  {p.topic or '-':10}  {confidence:>4}"
            f"  {draft if p.draft else 'no draft':12}  {situations:16}  {p.why}{subject}"
        )
    return lines
