"""The situation model's view of a text: words, word pairs and word beginnings, TF-IDF weighed.

Word beginnings (the first four letters of longer words) let one feature cover a Norwegian
compound and its inflections ("lønnssamtale", "lønnssamtalen"); letters are folded (ø -> o)
because members often type without æøå. Words and pairs alone scored a little lower on the
training split, and character n-grams a little higher but cost about 1 ms per mail where this
costs a few tens of microseconds (docs/situations.md).

``analyze`` is the analyzer scikit-learn's TfidfVectorizer uses in training; ``Features``
computes the same vectors at prediction time from the stored vocabulary and idf weights, in
plain Python, without scikit-learn's per-call overhead.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Mapping, Sequence

_FOLD = str.maketrans({"æ": "ae", "ø": "o", "å": "a", "é": "e", "ä": "a", "ö": "o"})
_TOKEN = re.compile(r"\w\w+")
PREFIX = 4


def analyze(text: str) -> list[str]:
    """The terms of one text: words, adjacent word pairs, and ">" + the start of long words."""
    words = _TOKEN.findall(text.lower().translate(_FOLD))
    terms = list(words)
    terms += [f"{a} {b}" for a, b in zip(words, words[1:], strict=False)]
    terms += [f">{w[:PREFIX]}" for w in words if len(w) > PREFIX]
    return terms


class Features:
    """TF-IDF rows (sublinear tf, l2-normalised) for a fixed vocabulary, as sparse dicts."""

    def __init__(self, vocabulary: Mapping[str, int], idf: Sequence[float]) -> None:
        self.vocabulary = dict(vocabulary)
        self.idf = [float(x) for x in idf]

    def row(self, text: str) -> dict[int, float]:
        """Column -> weight for the terms of ``text`` that are in the vocabulary."""
        counts = Counter(
            index for term in analyze(text) if (index := self.vocabulary.get(term)) is not None
        )
        weights = {i: (1.0 + math.log(n)) * self.idf[i] for i, n in counts.items()}
        norm = math.sqrt(sum(w * w for w in weights.values()))
        return {i: w / norm for i, w in weights.items()} if norm else {}
