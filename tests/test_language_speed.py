"""The cheaper language detection (issue 15) gives the answers of the full one.

Four things make ``language.assess`` cheaper: lingua reads the first 400 characters instead of
2,000; plainly Scandinavian texts are scored against our five languages only; where
Scandinavian function words are 15 % of the text and the marker words vote, the vote is the
answer without lingua; and a long enough head of plain English function words, with no
Scandinavian word anywhere, is English without lingua. The reference here is the detection as
it was: all twenty languages over 2,000 characters. Every labelled mail in data/ (realistic,
care, holdout, drafts and the training mail) must get the same answer, and the premise of each
shortcut must hold for every text that takes it: the other languages would get less than a
sixth of lingua's confidence (the second), no language but ours more than a fifth (the third),
no language more than a hundredth of English's (the fourth).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from test_language import BOKMAL, ENGLISH, NYNORSK, OTHER_LANGUAGES

from triage.inbound import language
from triage.inbound.clean import member_words

DATA = Path(__file__).resolve().parents[1] / "data"


def _texts(pattern: str) -> list[str]:
    texts = []
    for path in sorted(DATA.glob(pattern)):
        for line in path.read_text(encoding="utf-8").splitlines():
            record = json.loads(line) if line.strip() else {}
            if isinstance(record.get("body"), str):
                texts.append(f"{record.get('subject') or ''}\n{member_words(record['body'])}")
    return texts


def _reference(text: str, monkeypatch: pytest.MonkeyPatch) -> language.Detection:
    with monkeypatch.context() as patch:
        patch.setattr(language, "_LINGUA_CHARS", language._MAX_CHARS)
        patch.setattr(language, "_plainly_scandinavian", lambda share: False)
        patch.setattr(language, "_settled_by_markers", lambda share, vote: False)
        patch.setattr(language, "_plainly_english", lambda text, share: False)
        return language.assess(text)


def _others_share(text: str) -> float:
    values = language._detector().compute_language_confidence_values(text[: language._MAX_CHARS])
    others = set(language._OTHER_LANGUAGES)
    return sum(value.value for value in values if value.language in others)


@pytest.mark.parametrize(
    "pattern", ["realistic/*.jsonl", "care/*.jsonl", "holdout/*.jsonl", "drafts/*.jsonl", "*.jsonl"]
)
def test_every_labelled_mail_gets_the_answer_of_the_full_detection(
    pattern: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    texts = _texts(pattern)
    assert texts
    differ = [t[:60] for t in texts if language.assess(t) != _reference(t, monkeypatch)]
    assert differ == []


def _words(text: str) -> list[str]:
    found = language._WORD.findall(text[: language._MAX_CHARS])
    return [word.lower() for word in found if len(word) > 1]


def _labelled_and_examples() -> list[str]:
    return _texts("**/*.jsonl") + BOKMAL + NYNORSK + ENGLISH


def test_the_short_cut_is_taken_only_where_the_other_languages_count_for_little() -> None:
    texts = _labelled_and_examples()
    taken = [
        t for t in texts if language._plainly_scandinavian(language._scandinavian_share(_words(t)))
    ]
    assert len(taken) > len(texts) / 3  # the short cut is worth having
    assert max(_others_share(text) for text in taken) < 1 / 6


def _settled(text: str) -> bool:
    words = _words(text)
    share, vote = language._scandinavian_share(words), language._marker_vote(words)
    return language._settled_by_markers(share, vote)


def test_the_marker_vote_decides_alone_only_where_no_other_language_comes_near() -> None:
    texts = _labelled_and_examples()
    settled = [text for text in texts if _settled(text)]
    assert len(settled) > len(texts) / 3  # lingua is not asked for a third of the mail
    detector = language._detector()
    ours = set(language._OURS) - {language.Language.ENGLISH}
    strongest_other = max(
        value.value
        for text in settled
        for value in detector.compute_language_confidence_values(text[: language._MAX_CHARS])
        if value.language not in ours
    )
    assert strongest_other < 1 / 5


@pytest.mark.parametrize("text", OTHER_LANGUAGES + ENGLISH)
def test_mail_in_another_language_never_takes_a_scandinavian_short_cut(text: str) -> None:
    share = language._scandinavian_share(_words(text))
    assert not language._plainly_scandinavian(share)
    assert not _settled(text)


def _plainly_english(text: str) -> bool:
    return language._plainly_english(text, language._scandinavian_share(_words(text)))


def test_english_is_answered_without_lingua_only_where_no_other_language_comes_near() -> None:
    texts = _labelled_and_examples()
    taken = [text for text in texts if _plainly_english(text)]
    english = [text for text in texts if language.assess(text).lang == "en"]
    assert len(taken) > len(english) / 3  # worth having
    detector = language._detector()
    worst = 0.0
    for text in taken:
        values = detector.compute_language_confidence_values(text[: language._MAX_CHARS])
        confidence = {value.language: value.value for value in values}
        english_value = confidence.pop(language.Language.ENGLISH)
        worst = max(worst, max(confidence.values()) / english_value)
    assert worst < 0.01


@pytest.mark.parametrize("text", OTHER_LANGUAGES + BOKMAL + NYNORSK)
def test_mail_in_another_language_is_never_taken_for_plain_english(text: str) -> None:
    assert not _plainly_english(text)


@pytest.mark.parametrize(
    "text",
    [
        "can you check my CV for typos? attaching it. thx! – Ana",  # lingua: French
        "Hi, I would like to ask about the job at the kommune and what I should write in my "
        "søknad when the ad asks for experience with the public sector and I have none of it",
        "Hei, jeg lurer på noe. I have a question about the interview and what they will ask "
        "me about my experience with customers and sales and how I should answer it",
    ],
)
def test_short_or_mixed_english_is_left_to_lingua(text: str) -> None:
    assert not _plainly_english(text)
