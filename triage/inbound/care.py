"""Does a mail need a counsellor's personal care? Two checks for signs of distress.

Every question goes through ``check_care`` before its topic decides anything; a mail it flags
never gets a template draft. First a lexicon: families of patterns, with the reasons for each,
in ``care_words``, ``care_words_more`` and ``care_words_risk``. Then, for distress the lexicon
has no words for, a sentence model (``distress_model``) that adds any sentence it reads as
distress. The finding carries the member's own words that triggered it, verbatim (a phrase
from the lexicon, a whole sentence from the model), so the counsellor sees at once why the
mail is at the top of the queue.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from triage.inbound.care_words import DESPAIR, FAMILIES, LONG_SEARCH, Family
from triage.inbound.care_words_more import MORE_FAMILIES
from triage.inbound.care_words_risk import RISK_FAMILIES
from triage.inbound.distress_model import DistressModel, Reading, shipped_model
from triage.inbound.lexicon import (
    Prefilter,
    compile_literals,
    compile_words,
    lower_same_length,
    sentence_around,
)

MAX_PHRASES = 6  # enough to show the reason; a long mail can match many times
MAX_SENTENCE_SHOWN = 240  # a sentence the model found, as a reason: a line or two on the page

_NEGATION_BEFORE = re.compile(
    r"(?:\bnot|n['’]?t|\bikke|\bikkje|\bikkj|\bike)\W+(?:\w+\W+)?$", re.IGNORECASE
)
# A dot between a word and a lower-case word is a pause in typing, not the end of a sentence
# ("I'm so tired. of everything"): it is read as a space, same length so offsets hold.
_TYPING_PAUSE = re.compile(r"(?<=[^\W\d_])[.…](?=[ \t]+[^\W\d_A-ZÆØÅ])")


@dataclass(frozen=True)
class CareFinding:
    """The result of the check: whether the mail needs care, and the member's words why.

    Each phrase is a verbatim slice of the subject or the text, in the order found. A mail
    that does not need care may still give the model ``concern``: sentences it is less sure
    of, which keep the mail from a template (see ``distress_model``).
    """

    needs_care: bool
    phrases: tuple[str, ...] = ()
    concern: tuple[str, ...] = ()


@dataclass(frozen=True)
class _Context:
    """A family's context rules, compiled (see ``Family``)."""

    negatable: bool
    veto: re.Pattern[str] | None
    keep: re.Pattern[str] | None
    requires: re.Pattern[str] | None


def _context(family: Family) -> _Context:
    return _Context(
        family.negatable,
        compile_literals(family.veto),
        compile_literals(family.keep),
        compile_literals(family.requires),
    )


@dataclass(frozen=True)
class _Lexicon:
    """Every pattern on its own, for lower-cased text, with the family it belongs to; the
    prefilter says which of them can match a given mail. The long-search pattern comes last."""

    contexts: tuple[_Context, ...]
    patterns: tuple[tuple[int, re.Pattern[str]], ...]
    long_search: re.Pattern[str]
    despair: re.Pattern[str]
    prefilter: Prefilter

    @property
    def long_search_index(self) -> int:
        return len(self.patterns)


@cache
def _lexicon() -> _Lexicon:
    """Compiled on first use (a sixth of a second), not at import: a pass with no new mail,
    and every other command, never needs it. ``prepare`` compiles it before workers fork."""
    families = FAMILIES + MORE_FAMILIES + RISK_FAMILIES
    patterns = tuple(
        (index, compile_words(pattern, ignore_case=False))
        for index, family in enumerate(families)
        for pattern in family.patterns
    )
    long_search = compile_words(LONG_SEARCH, ignore_case=False)
    return _Lexicon(
        tuple(_context(family) for family in families),
        patterns,
        long_search,
        compile_words(DESPAIR, ignore_case=False),
        Prefilter([regex for _, regex in patterns] + [long_search]),
    )


def prepare() -> None:
    """Compile the lexicon now (the pass does, before it forks workers that share it)."""
    _lexicon()


def _negated(text: str, start: int) -> bool:
    """A "not"/"ikke" in the two words right before the match: "I'm not depressed"."""
    return bool(_NEGATION_BEFORE.search(text[max(0, start - 30) : start]))


def _dropped(context: _Context, text: str, start: int, end: int) -> bool:
    """Whether the words around a match take it back (negation, veto, a missing duration)."""
    if context.negatable and _negated(text, start):
        return True
    if context.veto is None and context.requires is None:
        return False
    sentence = sentence_around(text, start, end)
    if context.requires is not None and not context.requires.search(sentence):
        return True
    if context.veto is None or not context.veto.search(sentence):
        return False
    return context.keep is None or not context.keep.search(sentence)


def _pattern_phrases(text: str, lowered: str, candidates: set[int]) -> list[tuple[int, str]]:
    """Matches of the candidate patterns, family by family, that their context keeps.

    Within a family, a match inside one already kept adds nothing ("føler meg så verdiløs"
    and "verdiløs").
    """
    lexicon = _lexicon()
    by_family: dict[int, list[re.Match[str]]] = {}
    for index in sorted(candidates - {lexicon.long_search_index}):
        family, regex = lexicon.patterns[index]
        by_family.setdefault(family, []).extend(regex.finditer(lowered))
    phrases: list[tuple[int, str]] = []
    for family, matches in by_family.items():
        end = -1
        for match in sorted(matches, key=lambda match: (match.start(), -match.end())):
            if match.start() < end or _dropped(lexicon.contexts[family], text, *match.span()):
                continue
            phrases.append((match.start(), text[match.start() : match.end()].strip()))
            end = match.end()
    return phrases


def _long_search_phrases(text: str, lowered: str) -> list[tuple[int, str]]:
    """A long job search counts only with a word of despair in the same mail."""
    lexicon = _lexicon()
    search = lexicon.long_search.search(lowered)
    despair = lexicon.despair.search(lowered) if search else None
    if search is None or despair is None:
        return []
    return [
        (match.start(), text[match.start() : match.end()].strip()) for match in (search, despair)
    ]


def _phrases(text: str) -> list[tuple[int, str]]:
    lowered = _TYPING_PAUSE.sub(" ", lower_same_length(text))
    lexicon = _lexicon()
    candidates = lexicon.prefilter.candidates(lowered)
    found = _pattern_phrases(text, lowered, candidates)
    if lexicon.long_search_index in candidates:
        found.extend(_long_search_phrases(text, lowered))
    return found


def _shown(sentence: str) -> str:
    """A sentence as a reason: whole, or its start and an ellipsis when it runs on."""
    if len(sentence) <= MAX_SENTENCE_SHOWN:
        return sentence
    return sentence[:MAX_SENTENCE_SHOWN].rsplit(" ", 1)[0] + " …"


def lexicon_phrases(subject: str, text: str) -> list[str]:
    """The lexicon's findings: the member's words that its patterns keep, subject first."""
    subject, text = subject or "", text or ""
    found = [(start - len(subject) - 1, phrase) for start, phrase in _phrases(subject)]
    found += _phrases(text)  # the subject's phrases first (negative positions), then the text's
    phrases: list[str] = []
    for _, phrase in sorted(found, key=lambda item: item[0]):
        if phrase and phrase not in phrases:
            phrases.append(phrase)
    return phrases


def check_care(
    subject: str,
    text: str,
    lang: str = "",
    model: DistressModel | None = None,
    reading: Reading | None = None,
) -> CareFinding:
    """Whether the mail shows signs of distress, with the phrases that say so.

    ``text`` is the member's own words (quoted replies removed). ``lang`` is accepted for the
    caller's convenience but every language's patterns run on every mail: members mix
    Norwegian and English, and a wrong language guess must not hide distress.

    The lexicon's phrases come first; then each sentence the distress model reads as distress
    (``model``, by default the shipped one) and that holds none of those phrases, whole.
    ``reading`` is the model's reading of this subject and text when the caller has it
    already (``DistressModel.read_many`` over a batch of mail).
    """
    phrases = lexicon_phrases(subject, text)
    if reading is None:
        reading = (model or shipped_model()).read(subject or "", text or "")
    for sentence in reading.care:
        if not any(phrase in sentence for phrase in phrases):
            phrases.append(_shown(sentence))
    if phrases:
        return CareFinding(True, tuple(phrases[:MAX_PHRASES]))
    return CareFinding(False, concern=tuple(_shown(s) for s in reading.concern[:MAX_PHRASES]))
