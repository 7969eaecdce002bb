"""The cheaper language detection (issue 15) gives the answers of the full one.

Two things make ``language.assess`` cheaper: lingua reads the first 400 characters instead of
2,000, and plainly Scandinavian texts are scored against our five languages only. The
reference here is the detection as it was: all twenty languages over 2,000 characters. Every
labelled mail in data/ (realistic, care, holdout, drafts and the training mail) must get the
same answer, and the premise of the second shortcut (the other languages would get less than
a sixth of lingua's confidence) must hold for every text that takes it.
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
        patch.setattr(language, "_plainly_scandinavian", lambda words: False)
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


def test_the_short_cut_is_taken_only_where_the_other_languages_count_for_little() -> None:
    texts = _texts("**/*.jsonl") + BOKMAL + NYNORSK + ENGLISH
    taken = []
    for text in texts:
        words = [w.lower() for w in language._WORD.findall(text[: language._MAX_CHARS])]
        if language._plainly_scandinavian([w for w in words if len(w) > 1]):
            taken.append(text)
    assert len(taken) > len(texts) / 3  # the short cut is worth having
    assert max(_others_share(text) for text in taken) < 1 / 6


@pytest.mark.parametrize("text", OTHER_LANGUAGES)
def test_mail_in_another_language_never_takes_the_short_cut(text: str) -> None:
    words = [w.lower() for w in language._WORD.findall(text) if len(w) > 1]
    assert not language._plainly_scandinavian(words)
