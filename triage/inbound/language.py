"""Which language to answer in: bokmål ("nb"), nynorsk ("nn") or English ("en").

lingua decides between English and Norwegian; Danish and Swedish count as bokmål so a
Scandinavian mail is not forced into English. Bokmål against nynorsk is hard on short
texts, so when lingua is unsure a count of strong marker words breaks the tie.

A mail whose language is unclear is answered in English: one lingua is sure is in another
language (German, Spanish, Polish …: international members), or a long text that gives nothing
to go on. A short text with nothing to go on keeps the bokmål default.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from lingua import Language, LanguageDetector, LanguageDetectorBuilder


def _word_set(words: str) -> frozenset[str]:
    return frozenset(words.split())


DEFAULT = "nb"
# The answer to a mail whose language is unclear.
UNCLEAR = "en"
# Languages members may write in that we do not answer in: knowing them keeps lingua from
# forcing a German or Spanish mail into the nearest of ours (often nynorsk).
_OTHER_LANGUAGES = (
    Language.GERMAN, Language.DUTCH, Language.FRENCH, Language.SPANISH, Language.PORTUGUESE,
    Language.ITALIAN, Language.ROMANIAN, Language.POLISH, Language.LITHUANIAN, Language.UKRAINIAN,
    Language.RUSSIAN, Language.FINNISH, Language.TURKISH, Language.ARABIC, Language.CHINESE,
)  # fmt: skip

_NYNORSK_MARKERS = _word_set(
    "eg ikkje kva korleis kvifor ein eit berre noko frå mykje me dykk "
    "kven kvar heile nokon nokre dei vere hjå"
)
_BOKMAL_MARKERS = _word_set(
    "jeg ikke hva hvordan hvorfor en et bare noe fra mye hvem hvor hele noen være hos dere"
)
_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")  # "CV-en" is one word, not "en"
_MAX_CHARS = 2_000  # the first lines decide; more only costs time
# lingua reads only the start of that: its time grows with the text (0.7 ms for the 2,000
# characters of a long mail, 0.3 ms for 400), and on every labelled set in data/ (realistic,
# care, holdout and the training mail) the answer with 400 characters is the answer with 2,000.
_LINGUA_CHARS = 400

# Fewer words than this and no marker word: too little to tell, so the default.
_MIN_WORDS = 3
_SURE_ENGLISH = 0.6
_SURE_OTHER = 0.5
# lingua's share for the best of ours below this, in a text without marker words: unclear.
_NOTHING_TO_GO_ON = 0.2
# A text without a single word this long or longer is unclear rather than short.
_LONG_CHARS = 200


@dataclass(frozen=True)
class Detection:
    """The language to answer in, and whether the mail's own language was unclear."""

    lang: str
    unclear: bool = False


_OURS = (Language.ENGLISH, Language.BOKMAL, Language.NYNORSK, Language.DANISH, Language.SWEDISH)

# Function words of bokmål, nynorsk, Danish and Swedish that are no words of the other
# languages above. Where they are this share of a text's words, lingua is asked about our five
# languages only (``_our_detector``), at less than half the time (0.16 against 0.40 ms a mail).
# That changes no answer as long as the other languages together would get less than a sixth of
# lingua's confidence (see ``assess``); in such texts they get at most 0.0001 on the labelled
# mail in data/ (1,472 of its 2,937 texts; 0.09 with a share of 0.15), and every answer there
# is the same (tests/test_language_speed.py).
_SCANDINAVIAN_WORDS = _word_set(
    "og jeg ikke ikkje eg på det til har med som meg deg hvordan korleis hva kva jag inte och "
    "att är mig dig hvad ein eit frå noko berre mykje skal blir vært være"
)
_SCANDINAVIAN_SHARE = 0.25
# Where these function words are at least this share of the words and the marker words vote,
# the vote is the answer and lingua is not asked at all: English or another language would have
# to beat every one of ours, and in such texts none gets more than 0.09 of lingua's confidence
# on the labelled mail in data/ (2,290 of its 3,757 texts take this way; a mixed-language mail
# with a marker word that lingua calls English has at most 0.11 of them, and fails the test at
# 0.1). tests/test_language_speed.py holds both.
_MARKED_SHARE = 0.15

# English function words. A few are words of other languages too ("was" and "will" in German,
# "is" in Dutch): the rule below needs many of them in a long enough text, and the test holds
# lingua's margin on every text that takes it.
_ENGLISH_WORDS = _word_set(
    "the and of you my your with have this that what how would should could about are was "
    "will been they which when where there their our we it be do can if any just to is not but"
)
# A text whose first ``_LINGUA_CHARS`` characters (all lingua reads) hold at least this many
# words, at least ``_ENGLISH_SHARE`` of them English function words, and no letter outside
# ASCII, while the whole text holds no Scandinavian function word, is English without lingua.
# A marker word alone ("me", "en") does not stop it: lingua's English answer comes before the
# vote. On the labelled mail in data/ (1,090 of its 1,283 English answers take this way)
# lingua gives no other language more than 0.001 of English's confidence in such a text. With
# fewer words its answers on a short English line can be anything (French for "can you check
# my CV for typos?"), and a Norwegian word (æ, ø, å) can tip a mixed mail to bokmål.
_ENGLISH_MIN_WORDS = 20
_ENGLISH_SHARE = 0.15


@cache
def _detector() -> LanguageDetector:
    """Built on first use, not at import: the models take memory and a moment to load.

    Low-accuracy mode uses the trigram models only: 10 MB instead of 160 MB and four times
    faster; the marker-word vote below settles the close bokmål/nynorsk cases it gets wrong.
    lingua loads the models on first use (see ``prepare``).
    """
    return (
        LanguageDetectorBuilder.from_languages(*_OURS, *_OTHER_LANGUAGES)
        .with_low_accuracy_mode()
        .build()
    )


@cache
def _our_detector() -> LanguageDetector:
    """lingua for our five languages only, for texts that are plainly Scandinavian."""
    return LanguageDetectorBuilder.from_languages(*_OURS).with_low_accuracy_mode().build()


def prepare() -> None:
    """Build the detectors and load their models now (0.3 s; the process grows by 22 MB), not on
    the first mail that needs them, so that worker processes forked afterwards share them, not
    each loading its own.

    lingua loads a language's model on first use into one store for the whole process, which
    both detectors read from: one detection by the larger loads every model either needs.
    (Its preloading option keeps a second copy for the smaller one: 5 MB more.)
    """
    _detector().compute_language_confidence_values("hello")
    _our_detector()


def _scandinavian_share(words: list[str]) -> float:
    """The share of ``words`` that are Scandinavian function words (0 for too few words)."""
    if len(words) < _MIN_WORDS:
        return 0.0
    return sum(word in _SCANDINAVIAN_WORDS for word in words) / len(words)


def _plainly_scandinavian(share: float) -> bool:
    return share >= _SCANDINAVIAN_SHARE


def _settled_by_markers(share: float, vote: str | None) -> bool:
    """The marker words' vote is the answer, without lingua (see ``_MARKED_SHARE``)."""
    return vote is not None and share >= _MARKED_SHARE


def _plainly_english(text: str, share: float) -> bool:
    """English without lingua (see ``_ENGLISH_WORDS``): ``share`` is that of the Scandinavian
    function words in the whole text."""
    if share:
        return False
    head = text[:_LINGUA_CHARS]
    if not head.isascii() and any(not char.isascii() and char.isalpha() for char in head):
        return False
    words = [word.lower() for word in _WORD.findall(head) if len(word) > 1]
    if len(words) < _ENGLISH_MIN_WORDS:
        return False
    return sum(word in _ENGLISH_WORDS for word in words) >= _ENGLISH_SHARE * len(words)


def _marker_vote(words: list[str]) -> str | None:
    nynorsk = sum(word in _NYNORSK_MARKERS for word in words)
    bokmal = sum(word in _BOKMAL_MARKERS for word in words)
    if nynorsk > bokmal:
        return "nn"
    if bokmal > nynorsk:
        return "nb"
    return None


def detect(text: str) -> str:
    """Return "nb", "nn" or "en": "nb" when a short text gives nothing to go on, "en" when the
    language is unclear (see ``assess``)."""
    return assess(text).lang


def assess(text: str) -> Detection:
    """The language to answer ``text`` in, and whether its own language was unclear."""
    text = text[:_MAX_CHARS]
    words = [word.lower() for word in _WORD.findall(text) if len(word) > 1]
    if not words:
        long = len(text.strip()) >= _LONG_CHARS
        return Detection(UNCLEAR, True) if long else Detection(DEFAULT)
    # lingua's confidences are shares of one whole (exp of each language's log-probability
    # over their sum), so leaving the other languages out keeps the ratios between ours and
    # only scales them up by 1 / (1 - the others' share). Below, "nynorsk beats bokmål" is a
    # ratio; "english is the highest" is a ratio among ours and holds against the others too
    # while they have less than a sixth (the highest of ours has at least a fifth of the rest);
    # "the best of ours is under 0.2" needs the others at 0.4 or more, the "another language"
    # rule at 0.5 or more. With the others under a sixth the answer is the same without them.
    share, vote = _scandinavian_share(words), _marker_vote(words)
    if _settled_by_markers(share, vote):
        return Detection(vote)
    if _plainly_english(text, share):
        return Detection("en")
    detector = _our_detector() if _plainly_scandinavian(share) else _detector()
    confidence = {
        value.language: value.value
        for value in detector.compute_language_confidence_values(text[:_LINGUA_CHARS])
    }
    english = confidence.get(Language.ENGLISH, 0.0)
    nynorsk = confidence.get(Language.NYNORSK, 0.0)
    bokmal = sum(
        confidence.get(language, 0.0)
        for language in (Language.BOKMAL, Language.DANISH, Language.SWEDISH)
    )
    other = max((confidence.get(language, 0.0) for language in _OTHER_LANGUAGES), default=0.0)
    enough = len(words) >= _MIN_WORDS
    if enough and (
        not any(confidence.values())
        or (other >= _SURE_OTHER and other >= max(english, nynorsk, bokmal))
    ):
        return Detection(UNCLEAR, True)  # a script lingua does not know, or another language
    # English only when it beats each Scandinavian language on its own (their sum would
    # outvote short English texts), and for a word or two only when lingua is quite sure.
    if english >= max(confidence.values()) and (enough or english >= _SURE_ENGLISH):
        return Detection("en")
    # The marker words are unambiguous where lingua's trigrams are not: they decide first.
    if vote:
        return Detection(vote)
    if not enough:
        return Detection(DEFAULT)
    if max(english, nynorsk, bokmal) < _NOTHING_TO_GO_ON:
        return Detection(UNCLEAR, True)
    return Detection("nn" if nynorsk > bokmal else "nb")
