"""Does a mail need a counsellor's personal care? A lexicon check for signs of distress.

Every question goes through ``check_care`` before its topic decides anything; a mail it flags
never gets a template draft. The families of patterns, with the reasons for each, are in
``care_words``. The finding carries the member's own words that triggered it, verbatim, so the
counsellor sees at once why the mail is at the top of the queue.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from triage.inbound.care_words import DESPAIR, FAMILIES, LONG_SEARCH, Family
from triage.inbound.lexicon import compile_literals, compile_words, sentence_around

MAX_PHRASES = 6  # enough to show the reason; a long mail can match many times

_NEGATION_BEFORE = re.compile(
    r"(?:\bnot|n['’]?t|\bikke|\bikkje|\bikkj|\bike)\W+(?:\w+\W+)?$", re.IGNORECASE
)


@dataclass(frozen=True)
class CareFinding:
    """The result of the check: whether the mail needs care, and the member's words why.

    Each phrase is a verbatim slice of the subject or the text, in the order found.
    """

    needs_care: bool
    phrases: tuple[str, ...] = ()


@dataclass(frozen=True)
class _Compiled:
    family: Family
    regex: re.Pattern[str]
    veto: re.Pattern[str] | None
    keep: re.Pattern[str] | None


_COMPILED = tuple(
    _Compiled(
        family,
        compile_words(family.patterns),
        compile_literals(family.veto),
        compile_literals(family.keep),
    )
    for family in FAMILIES
)
_LONG_SEARCH = compile_words(LONG_SEARCH)
_DESPAIR = compile_words(DESPAIR)


def _negated(text: str, start: int) -> bool:
    """A "not"/"ikke" in the two words right before the match: "I'm not depressed"."""
    return bool(_NEGATION_BEFORE.search(text[max(0, start - 30) : start]))


def _vetoed(compiled: _Compiled, text: str, start: int, end: int) -> bool:
    if compiled.veto is None:
        return False
    sentence = sentence_around(text, start, end)
    if not compiled.veto.search(sentence):
        return False
    return compiled.keep is None or not compiled.keep.search(sentence)


def _family_phrases(compiled: _Compiled, text: str) -> list[tuple[int, str]]:
    phrases = []
    for match in compiled.regex.finditer(text):
        if compiled.family.negatable and _negated(text, match.start()):
            continue
        if _vetoed(compiled, text, match.start(), match.end()):
            continue
        phrases.append((match.start(), match.group().strip()))
    return phrases


def _long_search_phrases(text: str) -> list[tuple[int, str]]:
    """A long job search counts only with a word of despair in the same mail."""
    search = _LONG_SEARCH.search(text)
    despair = _DESPAIR.search(text) if search else None
    if search is None or despair is None:
        return []
    return [(search.start(), search.group().strip()), (despair.start(), despair.group().strip())]


def check_care(subject: str, text: str, lang: str = "") -> CareFinding:
    """Whether the mail shows signs of distress, with the phrases that say so.

    ``text`` is the member's own words (quoted replies removed). ``lang`` is accepted for the
    caller's convenience but every language's patterns run on every mail: members mix
    Norwegian and English, and a wrong language guess must not hide distress.
    """
    found: list[tuple[int, str]] = []
    for part_index, part in enumerate((subject or "", text or "")):
        offset = -len(part) - 1 if part_index == 0 else 0  # the subject's phrases come first
        for compiled in _COMPILED:
            found.extend(
                (offset + start, phrase) for start, phrase in _family_phrases(compiled, part)
            )
        found.extend((offset + start, phrase) for start, phrase in _long_search_phrases(part))
    phrases: list[str] = []
    for _, phrase in sorted(found, key=lambda item: item[0]):
        if phrase and phrase not in phrases:
            phrases.append(phrase)
    return CareFinding(bool(phrases), tuple(phrases[:MAX_PHRASES]))
