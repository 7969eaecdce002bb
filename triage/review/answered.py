"""The item page's 'answered before' list: the three earlier questions (any member's) most
like this one that got a sent reply, each with the reply's paragraphs, for the draft.

Texts come from the store as they are now (purged rows have none and are never searched);
similarity is ``similar.most_similar``. Paragraphs are numbered 1, 2, 3… across the list: the
number is the key that inserts it (review.js).
"""

from __future__ import annotations

from dataclasses import dataclass

from triage.review.display import editable
from triage.review.similar import most_similar, paragraphs
from triage.state.answers import sent_questions, sent_replies
from triage.state.store import Store


@dataclass(frozen=True)
class Paragraph:
    number: int
    text: str  # as sent (the page shows it through ``shown``)
    insert: str  # what goes into the draft: invisible characters left out


@dataclass(frozen=True)
class Answered:
    subject: str
    question: str
    topic: str
    replied_at: str
    score: float
    paragraphs: tuple[Paragraph, ...]


def answered_before(db: Store, question: str, message_id: str) -> list[Answered]:
    """The most similar earlier questions with a sent reply, best first."""
    earlier = sent_questions(db, skip=message_id)
    matches = most_similar(question, [row["question_text"] for row in earlier])
    chosen = [earlier[m.index]["decision_id"] for m in matches]
    replies = sent_replies(db, chosen)
    found: list[Answered] = []
    number = 0
    for match, decision_id in zip(matches, chosen, strict=True):
        reply = replies.get(decision_id)
        if reply is None or not reply["reply_text"]:
            continue  # purged between the two reads
        numbered = []
        for text in paragraphs(reply["reply_text"]):
            number += 1
            numbered.append(Paragraph(number, text, editable(text)))
        found.append(
            Answered(
                subject=reply["subject"],
                question=reply["question_text"],
                topic=reply["topic"],
                replied_at=reply["replied_at"] or "",
                score=match.score,
                paragraphs=tuple(numbered),
            )
        )
    return found
