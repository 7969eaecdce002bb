"""The member's questions: "?" sentences and question forms without one, in nb/nn/en, quoted
verbatim; greetings are not questions; lists, wrapped lines and long sentences are handled."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from triage.inbound.questions import ELLIPSIS, MAX_CHARS, MAX_QUESTIONS, extract_questions

FUZZ = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Hei?", ()),
        ("Hei!\n\nKan jeg ringe i morgen?\n\nMvh Kari", ("Kan jeg ringe i morgen?",)),
        (
            "Hei,\nJeg har søkt en stilling i et direktorat for\nseks uker siden. Skal jeg ringe"
            " dem\neller sende en e-post?\n\nMvh\nKari",
            ("Skal jeg ringe dem eller sende en e-post?",),
        ),
        # Indirect forms in bokmål, nynorsk and English, without "?".
        (
            "Jeg lurer på om det er greit å ringe lederen. Takk for hjelpen.",
            ("Jeg lurer på om det er greit å ringe lederen.",),
        ),
        ("Eg lurer på kva eg skal skrive i feltet.", ("Eg lurer på kva eg skal skrive i feltet.",)),
        ("Jeg vil gjerne vite hva som er vanlig.", ("Jeg vil gjerne vite hva som er vanlig.",)),
        ("Kan dere se på CV-en min før fredag.", ("Kan dere se på CV-en min før fredag.",)),
        (
            "I wonder whether I should mention the other offer.",
            ("I wonder whether I should mention the other offer.",),
        ),
        ("Could you tell me what a lønnstrinn is.", ("Could you tell me what a lønnstrinn is.",)),
        ("Any advice on the panel interview.", ("Any advice on the panel interview.",)),
        # Typed without punctuation: a line that starts as a question does.
        ("hei bør jeg ringe nå eller vente litt", ("bør jeg ringe nå eller vente litt",)),
        ("de har ikke svart på 7 uker!! hva gjør jeg", ("hva gjør jeg",)),
        ("However it went fine in the end", ()),
        # A statement ending in a period is not a question, even if it starts like one.
        ("Hva jeg har gjort er å ringe to ganger.", ()),
    ],
)  # fmt: skip
def test_questions(text: str, expected: tuple[str, ...]) -> None:
    assert extract_questions(text) == expected


def test_list_items_are_separate_questions_without_their_markers() -> None:
    text = "Hei!\n\nTo ting:\n1) Kan jeg be om referanser?\n2) Hvor lang tid tar det\n- hva med det"
    assert extract_questions(text) == (
        "Kan jeg be om referanser?",
        "Hvor lang tid tar det",
        "hva med det",
    )


def test_greetings_and_one_word_exclamations_are_not_questions() -> None:
    assert extract_questions("Hallo??\nTakk?\nSeriøst?\nOk?") == ()
    assert extract_questions("Why?") == ("Why?",)
    assert extract_questions("Hva nå?") == ("Hva nå?",)


def test_abbreviations_and_dates_do_not_end_a_sentence() -> None:
    text = "Jeg har f.eks. et intervju 14. mai kl. 9 – bør jeg ta med noe?"
    assert extract_questions(text) == (text,)


def test_a_long_question_keeps_its_asking_end_with_an_ellipsis() -> None:
    background = "Jeg har jobbet i mange år i staten, " * 10
    text = background + "og nå lurer jeg på om jeg bør søke, eller om jeg skal vente et år til?"
    (question,) = extract_questions(text)
    assert question.startswith(ELLIPSIS) and question.endswith("vente et år til?")
    assert len(question) <= MAX_CHARS + 2


def test_a_long_indirect_question_keeps_its_start() -> None:
    text = "Jeg lurer på om " + "det er lurt å ringe og spørre om lønn, " * 10 + "eller ikke."
    (question,) = extract_questions(text)
    assert question.startswith("Jeg lurer på om") and question.endswith(ELLIPSIS)
    assert len(question) <= MAX_CHARS + 1


def test_repeated_questions_come_once_and_there_is_a_limit() -> None:
    assert extract_questions("Kan jeg ringe? Kan jeg ringe?") == ("Kan jeg ringe?",)
    many = " ".join(f"Spørsmål nummer {n}, kan jeg det?" for n in range(20))
    assert len(extract_questions(many)) == MAX_QUESTIONS


WORDS = st.sampled_from(
    ["hei", "Hei?", "kan", "jeg", "lurer på om", "ringe", "?", ".", "!", "\n", "\n\n", "- ",
     "1) ", "f.eks.", "Could you tell me", "I wonder whether", "…", "«", "»", "  ", "\r\n",
     "hva", "æøå", "Ø", "İ", "ß", "🙂", "\t", "kva"]
)  # fmt: skip
TEXTS = st.one_of(
    st.text(max_size=600),
    st.lists(st.one_of(WORDS, st.text(max_size=12)), max_size=80).map("".join),
    st.lists(st.one_of(WORDS, st.text(max_size=12)), max_size=80).map(" ".join),
)


def _flat(text: str) -> str:
    return " ".join(text.split())


@FUZZ
@given(TEXTS)
def test_never_crashes_and_returns_the_inputs_own_words(text: str) -> None:
    questions = extract_questions(text)
    assert isinstance(questions, tuple) and len(questions) <= MAX_QUESTIONS
    for question in questions:
        assert question == question.strip() and question
        core = _flat(question.removeprefix(ELLIPSIS).removesuffix(ELLIPSIS))
        assert core in _flat(text)
        assert len(question) <= MAX_CHARS + 2
