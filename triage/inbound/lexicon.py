"""Lexicon patterns as regexes: one place that decides how a written pattern is matched.

Patterns are written in lower case with æ, ø and å, and a plain space between words. Members
often type Norwegian without those letters ("hapløs", "haaplos", "foler meg"), so each of them
also matches its usual stand-ins, and a space matches any run of white space (line breaks in
wrapped mail). A match only ever starts and ends at a word's edge; case is ignored, or the
text is lower-cased first (faster). ``Prefilter`` tells which patterns can match a text at all.
"""

from __future__ import annotations

import re

# The standard library's own regex parser, to read the prefilter off the patterns (below).
# Private to ``re`` but stable since 3.11 (``sre_parse`` before); should it go, every pattern
# is simply always tried.
try:
    import re._constants as _c
    import re._parser as _parser
except ImportError:  # pragma: no cover - a future Python
    _c = _parser = None

_LETTER_VARIANTS = {"æ": "(?:æ|ae|e|a)", "ø": "(?:ø|oe|o|ö)", "å": "(?:å|aa|a)"}


def pattern_source(pattern: str) -> str:
    """The regex source for one lexicon pattern: letter stand-ins and flexible white space.

    " ?" is an optional space. Do not write æ, ø or å inside a character class, nor a space
    before another quantifier: they are expanded to groups.
    """
    out = []
    optional_space = False
    for index, char in enumerate(pattern):
        if optional_space:
            optional_space = False  # the "?" after an optional space, already written
        elif char in _LETTER_VARIANTS:
            out.append(_LETTER_VARIANTS[char])
        elif char == " ":
            if pattern[index + 1 : index + 2] in ("*", "+", "{"):
                raise ValueError(f"a space before a quantifier in {pattern!r}: write \\s")
            optional_space = pattern[index + 1 : index + 2] == "?"
            out.append(r"\s*" if optional_space else r"\s+")
        else:
            out.append(char)
    return "".join(out)


def compile_words(
    patterns: tuple[str, ...] | list[str] | str, ignore_case: bool = True
) -> re.Pattern[str]:
    """One regex for a set of patterns, matching whole words only.

    ``ignore_case=False`` is for text already passed through ``lower_same_length``: matching
    lower-case text case-sensitively is more than twice as fast.
    """
    if isinstance(patterns, str):
        patterns = (patterns,)
    alternatives = "|".join(pattern_source(pattern) for pattern in patterns)
    flags = re.IGNORECASE if ignore_case else 0
    return re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)", flags)


def lower_same_length(text: str) -> str:
    """``text`` in lower case, character for character, so offsets into it fit ``text``."""
    lowered = text.lower()
    if len(lowered) == len(text):
        return lowered
    return "".join(char.lower() if len(char.lower()) == 1 else char for char in text)


def compile_literals(words: tuple[str, ...]) -> re.Pattern[str] | None:
    """A whole-word regex for plain words (no regex syntax), or None for no words."""
    if not words:
        return None
    return compile_words(tuple(" ".join(map(re.escape, word.split())) for word in words))


# Short words that end in a dot without ending the sentence: "kl. 10", "ca. 3 uker".
_ABBREVIATIONS = ("kl", "ca", "nr", "evt", "mr", "dr", "tlf", "osv", "eks", "bl", "jf", "vs")
SENTENCE_BREAK = re.compile(
    r"[!?;\n]|(?<=[^\W\d_])"
    + "".join(rf"(?<!\b{word})" for word in _ABBREVIATIONS)
    + r"\.(?=\s|$)",
    re.IGNORECASE,
)


def sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """Where the sentence holding text[start:end] begins and ends.

    A dot ends a sentence only after a letter, so "12. mars" and "12.03." stay whole.
    """
    before = [match.end() for match in SENTENCE_BREAK.finditer(text, 0, start)]
    after = SENTENCE_BREAK.search(text, end)
    return (before[-1] if before else 0, after.start() if after else len(text))


def sentence_around(text: str, start: int, end: int) -> str:
    """The sentence holding text[start:end]: the context that checks may read."""
    low, high = sentence_bounds(text, start, end)
    return text[low:high]


# --- a prefilter read off the patterns themselves -------------------------------------------
#
# Trying a few hundred patterns at every word of a mail is what costs time. Nearly every
# pattern has a literal stretch at the start of a word that each of its matches must include
# ("hopeless", "poeng", "sove"), so a pattern is tried only when a word of the mail starts with
# one of its stretches. The stretches are read from the compiled pattern, so they can never
# disagree with it; a pattern with no such stretch, or with a construct this reader does not
# know, is always tried rather than risk a miss.

_MAX_VARIANTS = 64  # letter variants multiply: "håpløs" alone has 12 spellings
_ZERO_WIDTH = {_c.AT, _c.ASSERT, _c.ASSERT_NOT} if _c else set()
_WORD_CHARS = re.compile(r"\w*")
_TOKEN = re.compile(r"\w+")
# Words in nearly every mail: a stretch made of these selects nothing, so another is preferred.
_COMMON = frozenset(
    {
        "jeg", "eg", "er", "ikke", "ikkje", "not", "can", "har", "ser", "det", "all", "alt", "end",
        "and", "the", "to", "og", "på", "som", "med", "for", "meg", "du", "dere", "you", "it", "is",
        "was", "my", "me", "have", "var", "so", "så", "bare", "berre", "helt", "heilt", "want",
        "make", "take", "noen", "nokon", "alle", "opp", "way", "ingen", "kan", "vil", "men", "but",
        "at", "in", "of", "om",
    }
)  # fmt: skip


def _is_space_run(op: object, av: object) -> bool:
    """``\\s+``: one or more white-space characters."""
    if op not in (_c.MAX_REPEAT, _c.MIN_REPEAT) or av[0] < 1 or len(av[2]) != 1:
        return False
    inner_op, inner_av = av[2][0]
    return inner_op is _c.IN and (_c.CATEGORY, _c.CATEGORY_SPACE) in inner_av


def _ends_in_space(items: list) -> bool:
    """Whether every match of ``items`` ends with white space (so a new word follows)."""
    items = [item for item in items if item[0] not in _ZERO_WIDTH]
    if not items:
        return False
    op, av = items[-1]
    if _is_space_run(op, av):
        return True
    if op is _c.SUBPATTERN:
        return _ends_in_space(list(av[-1]))
    if op is _c.BRANCH:
        return all(_ends_in_space(list(alternative)) for alternative in av[1])
    return False


def _literal_strings(items: list) -> set[str] | None:
    """All strings a sequence of items can match, if it is literal only (and few)."""
    strings = {""}
    for op, av in items:
        if op in _ZERO_WIDTH:
            continue
        if op is _c.LITERAL:
            choices = {chr(av)}
        elif op in (_c.BRANCH, _c.SUBPATTERN):
            alternatives = av[1] if op is _c.BRANCH else [av[-1]]
            choices = set()
            for alternative in alternatives:
                sub = _literal_strings(list(alternative))
                if sub is None:
                    return None
                choices |= sub
        else:
            return None
        strings = {a + b for a in strings for b in choices}
        if len(strings) > _MAX_VARIANTS:
            return None
    return strings


def _item_factors(op: object, av: object, at_word: bool) -> set[str] | None:
    """Word starts one of which every match of a single (non-literal) item contains."""
    if op is _c.SUBPATTERN:
        return _sequence_factors(list(av[-1]), at_word)
    if op is _c.BRANCH:
        found: set[str] = set()
        for alternative in av[1]:
            sub = _sequence_factors(list(alternative), at_word)
            if sub is None:
                return None
            found |= sub
        return found
    if op in (_c.MAX_REPEAT, _c.MIN_REPEAT) and av[0] >= 1:
        return _sequence_factors(list(av[2]), at_word)
    return None


def _score(strings: set[str]) -> tuple[bool, bool, int, int]:
    """Longer and rarer words select better; a one- or two-letter start selects nothing."""
    shortest = min(map(len, strings))
    return (shortest >= 3, not strings & _COMMON, shortest, -len(strings))


def _sequence_factors(items: list, at_word: bool) -> set[str] | None:
    """The most selective set of word starts one of which every match of ``items`` has.

    A word start is the beginning of a word's characters: what follows the pattern's start
    (always at a word's edge here) or a run of white space. ``at_word`` says whether the
    sequence itself begins at one.
    """
    candidates: list[set[str]] = []
    run: list = []
    run_at_word = False

    def close_run() -> None:
        strings = _literal_strings(run) if run_at_word and run else None
        words = {_WORD_CHARS.match(string).group() for string in strings or ()}
        if words and "" not in words:
            candidates.append(words)
        run.clear()

    for op, av in items:
        if op in _ZERO_WIDTH:
            continue  # takes no characters: the literal stretch goes on across it
        if _literal_strings([*run, (op, av)]):
            run_at_word = at_word if not run else run_at_word
            run.append((op, av))
            at_word = False
            continue
        if op is _c.BRANCH and run and run_at_word:
            # The parser pulls a shared first letter out of "selvmord|sjølvmord|skade ...":
            # put it back in front of each alternative.
            joined = [_sequence_factors([*run, *alternative], True) for alternative in av[1]]
            if all(joined):
                candidates.append(set().union(*joined))
        close_run()
        inner = _item_factors(op, av, at_word)
        if inner and "" not in inner:
            candidates.append(inner)
        if _is_space_run(op, av):
            at_word = True
        elif op in (_c.MAX_REPEAT, _c.MIN_REPEAT) and av[0] == 0:
            at_word = at_word and _ends_in_space(list(av[2]))
        else:
            at_word = _ends_in_space([(op, av)])
    close_run()
    return max(candidates, key=_score) if candidates else None


def required_words(regex: re.Pattern[str]) -> frozenset[str] | None:
    """Lower-case word starts one of which begins a word in every match of ``regex``.

    None means no such set could be read: the caller must then always run the regex.
    ``regex`` must start at a word's edge, as ``compile_words`` patterns do.
    """
    if _parser is None:
        return None
    try:
        parsed = _parser.parse(regex.pattern, regex.flags & ~re.UNICODE)
        found = _sequence_factors(list(parsed), at_word=True)
    except (re.error, TypeError, ValueError, IndexError, AttributeError):
        return None  # an unknown construct: no prefilter
    if not found or min(map(len, found)) < 2:
        return None
    return frozenset(word.lower() for word in found)


class Prefilter:
    """Which of several regexes may match a lower-cased text, by the words they need."""

    _HEAD = 3  # word starts are looked up by their first letters, then compared whole

    def __init__(self, regexes: list[re.Pattern[str]]) -> None:
        always = set()
        by_start: dict[str, set[int]] = {}
        for index, regex in enumerate(regexes):
            needs = required_words(regex)
            if needs is None:
                always.add(index)
                continue
            for word in needs:
                by_start.setdefault(word, set()).add(index)
        self.always = frozenset(always)
        self._by_head: dict[str, list[tuple[str, frozenset[int]]]] = {}
        for word, indexes in by_start.items():
            entry = (word, frozenset(indexes))
            self._by_head.setdefault(word[: self._HEAD], []).append(entry)

    def candidates(self, lowered: str) -> set[int]:
        """Indexes of the regexes that may match ``lowered`` (a lower-cased text)."""
        found = set(self.always)
        heads = self._by_head
        for token in set(_TOKEN.findall(lowered)):
            for key in (token[: self._HEAD], token[: self._HEAD - 1]):
                for word, indexes in heads.get(key, ()):
                    if token.startswith(word):
                        found |= indexes
        return found
