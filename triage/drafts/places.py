"""The ``[[…]]`` places of a draft: where the counsellor must write something of their own.

The review page refuses to send a draft while a place is left, so nothing half-finished goes
out by mistake. The places are: one per question the member asked (quoting it), the
instructions some blocks carry, and the counsellor's name in the signature, which the review
page fills with the signed-in counsellor's display name.
"""

from __future__ import annotations

import re

PLACEHOLDER = re.compile(r"\[\[.*?\]\]", re.DOTALL)
# The name in the signature of a draft nobody has signed yet, per language. The review page
# replaces exactly these with the counsellor's display name.
SIGNER_PLACES = {"nb": "[[Navnet ditt]]", "nn": "[[Namnet ditt]]", "en": "[[Your name]]"}
MAX_QUESTION_CHARS = 110
_SPACE = re.compile(r"\s+")


def has_placeholders(text: str) -> bool:
    return bool(PLACEHOLDER.search(text))


def signer_place(lang: str) -> str:
    return SIGNER_PLACES.get(lang, SIGNER_PLACES["en"])


def fill_signer(text: str, name: str) -> str:
    """``text`` with the signature's name place filled in; unchanged when ``name`` is empty."""
    name = one_line(name)
    if not name:
        return text
    for place in SIGNER_PLACES.values():
        text = text.replace(place, name)
    return text


def one_line(value: str) -> str:
    """White space flattened, and no square brackets: nothing from outside may open or close
    a place."""
    return _SPACE.sub(" ", value.replace("[", "(").replace("]", ")")).strip()


def quoted_question(question: str, limit: int = MAX_QUESTION_CHARS) -> str:
    """A member's question as it is quoted in its place: on one line, long ones cut at a word
    boundary and ended with "…"."""
    text = one_line(question)
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    if " " in cut[limit // 2 :]:
        cut = cut.rsplit(" ", 1)[0]
    return cut.rstrip(" ,;:-–") + "…"


def quoted_questions(questions: list[str] | tuple[str, ...]) -> list[str]:
    """The questions to quote, each once, in the member's order; empty ones left out."""
    seen: set[str] = set()
    quoted = []
    for question in questions:
        text = quoted_question(question)
        if text and text.lower() not in seen:
            seen.add(text.lower())
            quoted.append(text)
    return quoted
