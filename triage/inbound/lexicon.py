"""Lexicon patterns as regexes: one place that decides how a written pattern is matched.

Patterns are written in lower case with æ, ø and å, and a plain space between words. Members
often type Norwegian without those letters ("hapløs", "haaplos", "foler meg"), so each of them
also matches its usual stand-ins, and a space matches any run of white space (line breaks in
wrapped mail). Matching ignores case and only ever starts and ends at a word's edge.
"""

from __future__ import annotations

import re

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


def compile_words(patterns: tuple[str, ...] | list[str] | str) -> re.Pattern[str]:
    """One case-insensitive regex for a set of patterns, matching whole words only."""
    if isinstance(patterns, str):
        patterns = (patterns,)
    alternatives = "|".join(pattern_source(pattern) for pattern in patterns)
    return re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)", re.IGNORECASE)


def compile_literals(words: tuple[str, ...]) -> re.Pattern[str] | None:
    """A whole-word regex for plain words (no regex syntax), or None for no words."""
    return compile_words(tuple(re.escape(word) for word in words)) if words else None


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
