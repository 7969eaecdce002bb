"""The CPU work of a pass, one message at a time: no I/O, so it runs in worker processes.

A batch's CPU work is two jobs (triage.passes.parallel runs them; `Triage._handle_batch` in
triage.passes.pipeline yields them): `read_messages` (parse, safeguard, guard) and
`classify_and_compose` (topic, then the member's situations, then the draft). Each stage is a
plain function of the raw bytes or the question, the settings, the models and the composer,
returning the item it was given.

The situations (triage.model.situations) are read for the questions that get a draft, the whole
batch in one call; a question with no clear situation gets its topic's general text.

The safeguard step runs before the guard's subject rule and before the topic decides: mail with
signs of distress waits as ``needs_care`` (never a template draft) and a complaint about an
earlier answer waits for a counsellor, whatever the model's confidence; every question keeps
its due date. Both are still classified, so the queue shows their topic.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime
from email.message import Message
from pathlib import Path

from triage.compose import Composer
from triage.config import Settings
from triage.errors import ParseError

# Modules, not their functions: `parse.parse_message` is looked up when called, so that tests
# (and the crash test's tracer) can stand in for it.
from triage.inbound import parse
from triage.inbound.attention import attention_many
from triage.inbound.clean import for_model
from triage.inbound.guard import skip_reason
from triage.inbound.question import Question
from triage.model import classify, situations
from triage.model.situations import Reading, SituationModel
from triage.state.rows import REPEAT_REASON, hold_for_a_person, outcome_for
from triage.state.statuses import Status
from triage.state.store import Outcome

# Held for a person by the safeguard step, yet classified (the queue shows their topic).
_HELD = (Status.NEEDS_CARE, Status.NEEDS_COUNSELLOR)


@dataclass
class Item:
    """One fetched message on its way through the pass."""

    uid: int
    outcome: Outcome
    question: Question | None = None  # None: the message could not be read and is set aside
    draft: bytes = b""
    when: datetime | None = None
    # Set when loop protection holds back the draft: the question still waits for a counsellor.
    no_draft_reason: str = ""


@dataclass(frozen=True)
class CpuContext:
    """What the CPU work needs besides the mail; worker processes inherit it when forked."""

    settings: Settings
    model: classify.TopicModel
    composer: Composer
    situations: SituationModel


def load_situations(topic_model_path: Path, topic_model: classify.TopicModel) -> SituationModel:
    """The situation model beside the topic model, checked against it (a ModelError naming
    `triage train` when it is missing, damaged or not trained with this topic model)."""
    path = situations.situation_model_path(topic_model_path)
    return situations.load_situation_model(path, topic_model)


def read_messages(messages: list[tuple[bytes, dict]], cpu: CpuContext) -> list[Item]:
    """A batch's first CPU job: `read_batch` with the settings' own addresses."""
    return read_batch(messages, cpu.settings.own_addresses)


def classify_and_compose(items: list[Item], cpu: CpuContext) -> list[Item]:
    """A batch's second CPU job: `classify_questions`, `read_drafted_situations`, then
    `compose_draft` for each."""
    items = classify_questions(items, cpu.model, cpu.settings.model.min_confidence)
    readings = read_drafted_situations(items, cpu.situations)
    return [
        compose_draft(item, cpu.composer, reading)
        for item, reading in zip(items, readings, strict=True)
    ]


def read_message(raw: bytes, place: dict, own_addresses: frozenset[str]) -> Item:
    """Parse, safeguard and guard one fetched message; ``place`` is its folder, UIDVALIDITY
    and UID."""
    return read_batch([(raw, place)], own_addresses)[0]


def read_batch(messages: list[tuple[bytes, dict]], own_addresses: frozenset[str]) -> list[Item]:
    """`read_message` for each (raw bytes, place), the safeguard step over all of them at
    once (the distress model reads them in one go)."""
    parsed = [parse_raw(raw, place) for raw, place in messages]
    items = safeguard_questions([item for item, _ in parsed])
    return [
        guard_question(item, message, own_addresses)
        for item, (_, message) in zip(items, parsed, strict=True)
    ]


def parse_raw(raw: bytes, place: dict) -> tuple[Item, Message | None]:
    """The message as a Question, or set aside with the reason it could not be read."""
    try:
        question, message = parse.parse_message(raw)
    except ParseError as exc:
        set_aside = Outcome(
            parse.fallback_message_id(raw), Status.SET_ASIDE, reason=str(exc), **place
        )
        return Item(place["uid"], set_aside), None
    except Exception as exc:  # noqa: BLE001 - one bad message must not stop the pass
        reason = f"unexpected {type(exc).__name__} while parsing"
        set_aside = Outcome(
            parse.fallback_message_id(raw), Status.SET_ASIDE, reason=reason, **place
        )
        return Item(place["uid"], set_aside), None
    return Item(place["uid"], outcome_for(question, place), question), message


def safeguard_question(item: Item, today: date | None = None) -> Item:
    """Mail that must reach a person first, decided before the guard's subject rule and the
    topic: signs of distress wait as ``needs_care`` and a complaint about an earlier answer for
    a counsellor, whatever the topic's confidence; every question keeps its due date."""
    return safeguard_questions([item], today)[0]


def safeguard_questions(items: list[Item], today: date | None = None) -> list[Item]:
    """`safeguard_question` for each item, the questions' checks run together."""
    read = [item for item in items if item.question is not None]
    found = attention_many([item.question for item in read], today)
    for item, needs in zip(read, found, strict=True):
        hold_for_a_person(item.outcome, needs)
    return items


def guard_question(item: Item, message: Message | None, own_addresses: frozenset[str]) -> Item:
    """Automatic, list and own mail is skipped: recorded without its text, never answered.

    Mail that needs care, or complains about an earlier answer, is skipped as an auto-reply
    only when its headers say so: an out-of-office subject alone ("Re: Automatisk svar") does
    not outweigh the member's words.
    """
    if item.question is None:
        return item
    outcome = item.outcome
    subject_counts = outcome.status != Status.NEEDS_CARE and not outcome.complaint
    reason = skip_reason(
        message, item.question, own_addresses, subject_says_auto_reply=subject_counts
    )
    if reason:
        outcome.status, outcome.reason = Status.SKIPPED, reason
        outcome.question_text = outcome.original_text = ""
        outcome.due, outcome.complaint = "", False
    return item


def classify_questions(
    items: list[Item], model: classify.TopicModel, min_confidence: float | None
) -> list[Item]:
    """A topic for every question still to answer, and whether it gets a draft: those that
    do stay ``pending``; the others wait for a counsellor, with the reason."""
    to_classify = [i for i in items if i.question and i.outcome.status in (Status.PENDING, *_HELD)]
    if not to_classify:
        return items
    texts = [for_model(i.question.subject, i.question.text) for i in to_classify]
    predictions = model.predict(texts, threshold=min_confidence)
    for item, prediction in zip(to_classify, predictions, strict=True):
        outcome = item.outcome
        outcome.topic = prediction.topic
        outcome.confidence = float(prediction.confidence)
        outcome.topics = [(t, float(c)) for t, c in prediction.topics]
        outcome.model_version = model.version
        if outcome.status != Status.PENDING:
            continue  # held for a person before the topic counted (care, complaint)
        if item.no_draft_reason:
            outcome.status, outcome.reason = Status.NEEDS_COUNSELLOR, item.no_draft_reason
        elif prediction.abstained or prediction.topic == "other" or not draft_topics(outcome):
            outcome.status = Status.NEEDS_COUNSELLOR
            outcome.reason = "model not sure" if prediction.abstained else "not a standard topic"
    return items


def read_drafted_situations(items: list[Item], model: SituationModel) -> list[Reading | None]:
    """The situations, sector and questions of each question that gets a draft (``pending``
    after `classify_questions`), read in one call; None for the others (care, a counsellor,
    skipped, set aside), whose handling does not change."""
    drafted = [
        (index, item.question, draft_topics(item.outcome))
        for index, item in enumerate(items)
        if item.question is not None and item.outcome.status == Status.PENDING
    ]
    readings: list[Reading | None] = [None] * len(items)
    if not drafted:
        return readings
    mails = [(q.subject, q.text, q.lang, topics) for _, q, topics in drafted]
    found = situations.read_situations(model, mails)
    for (index, _, _), reading in zip(drafted, found, strict=True):
        readings[index] = reading
    return readings


def compose_draft(item: Item, composer: Composer, reading: Reading | None = None) -> Item:
    """The reply draft of a question the classifier left ``pending``: for the situations,
    sector and questions of ``reading``; the topics' general text where it has none."""
    outcome, question = item.outcome, item.question
    if question is None or outcome.status != Status.PENDING:
        return item
    topics = draft_topics(outcome)
    reading = reading or Reading()
    draft = composer.draft(
        question.lang,
        topics,
        question.first_name,
        situations=reading.situations,
        sector=reading.sector,
        questions=reading.questions,
    )
    item.when = datetime.now(UTC)
    reply = composer.reply(question, draft.text, topic=",".join(topics), when=item.when)
    item.draft = bytes(reply)
    outcome.draft_text = draft.text
    outcome.draft_blocks = draft.record()
    outcome.draft_message_id = reply.message_id
    return item


def hold_repeat(item: Item, topic: str, day: str) -> Item:
    """No second template on ``topic`` for the same member: the question waits for a
    counsellor (who sees the earlier exchange on the item page), its draft dropped."""
    outcome = item.outcome
    outcome.status = Status.NEEDS_COUNSELLOR
    outcome.reason = f"{REPEAT_REASON} {topic}: this member got its template on {day}"
    outcome.draft_text, outcome.draft_message_id, outcome.draft_blocks = "", "", {}
    item.draft, item.when = b"", None
    return item


def draft_topics(outcome: Outcome) -> list[str]:
    """The topics a question's draft is made of (all but "other")."""
    return [t for t, _ in outcome.topics if t != "other"]
