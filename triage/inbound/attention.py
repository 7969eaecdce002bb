"""Mail that must reach a person first: the care, complaint and due-date checks of one question.

The pass runs this on every question before the guard's subject rule and before the topic
decides anything:

- signs of distress (``care``): never a template draft; a counsellor answers personally, first;
- a complaint about an earlier answer (``complaint``): a counsellor, with the earlier exchange;
- a due date (``due``): an interview, deadline or offer the member needs an answer for;
- the distress model's less sure sentences (``concern``): no template, a counsellor (not the
  top of the queue).

The checks read the member's own words (``Question.text``: quoted replies and signatures
removed) and the subject. A due date before today (mail read late, say on a first pass over
old mail) or far ahead of it (a wrong Date header) is dropped: no due date rather than a wrong
one.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from triage.inbound import care
from triage.inbound.care import check_care
from triage.inbound.clean import care_text
from triage.inbound.complaint import check_complaint
from triage.inbound.distress_model import Reading, shipped_model
from triage.inbound.due import MAX_DAYS_AHEAD, due_date, sent_datetime
from triage.inbound.question import Question


@dataclass(frozen=True)
class Attention:
    """What one question needs before its topic counts.

    ``care`` holds the member's words that signal distress (verbatim; empty when there are
    none): they may be stored and shown to a counsellor, but never logged.
    """

    care: tuple[str, ...] = ()
    complaint: bool = False
    due: date | None = None
    concern: tuple[str, ...] = ()  # the distress model's less sure sentences: no template

    @property
    def needs_care(self) -> bool:
        return bool(self.care)


def prepare() -> None:
    """Load what the checks need (the distress model, the care lexicon) now, so that a
    missing model fails the pass before it changes anything, and workers forked later share
    them instead of each building its own."""
    shipped_model()
    care.prepare()


def attention(question: Question, today: date | None = None) -> Attention:
    """The care, complaint and due-date checks of ``question``; ``today`` defaults to the
    local date (dates before it are ignored)."""
    return attention_many([question], today)[0]


def attention_many(questions: list[Question], today: date | None = None) -> list[Attention]:
    """``attention`` for each of ``questions``, the distress model reading all of them in one
    go (each gets what ``attention`` gives it alone)."""
    today = today or date.today()
    # Distress told under the sign-off ("Mvh Trond" and then a line) is still distress.
    cared_for = [care_text(q.text, q.below_signoff) for q in questions]
    readings = shipped_model().read_many(
        [(q.subject or "", text or "") for q, text in zip(questions, cared_for, strict=True)]
    )
    return [
        _attention(question, text, reading, today)
        for question, text, reading in zip(questions, cared_for, readings, strict=True)
    ]


def _attention(question: Question, cared_for: str, reading: Reading, today: date) -> Attention:
    care = check_care(question.subject, cared_for, question.lang, reading=reading)
    complaint = check_complaint(question.subject, question.text, question.lang)
    # The subject often carries the date ("Intervju i morgen"): it is read with the words.
    due = due_date(
        question.subject + "\n" + question.text, sent_datetime(question.date), question.lang
    )
    if due is not None and not today <= due <= today + timedelta(days=MAX_DAYS_AHEAD):
        due = None
    return Attention(
        care.phrases if care.needs_care else (), complaint.is_complaint, due, care.concern
    )
