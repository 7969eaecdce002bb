"""Linear text models as plain numbers: what the pass runs, without scikit-learn.

Training fits scikit-learn pipelines: TF-IDF blocks (word n-grams, character n-grams within
words) feeding logistic regressions. ``triage.linear.export`` copies out the numbers those
pipelines predict with, and ``LinearText`` computes the same probabilities from them with
numpy alone (a test holds the two together). So a pass never imports scikit-learn or SciPy
(about 0.6 s and 40 MB at every start), and a model file holds only dicts, strings and arrays.

Every block is a TF-IDF vector of one text (1 + log of each count, times the idf), scaled to
length 1 on its own; the blocks side by side are the features. Every head is a matrix of
coefficients over those features and an intercept per output, read through a softmax (one
topic of several) or a sigmoid per output (yes/no, or one-vs-rest).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np

FORMAT = "linear-text-2"
# The formats this version reads. In the first, each block's vocabulary was a dict: joblib's
# unpickler, written in Python, took 0.13 s over the topic model's two; the second stores the
# terms as one string, read in 0.03 s.
READABLE_FORMATS = ("linear-text-1", FORMAT)
# scikit-learn's default token pattern: words of two or more word characters.
TOKEN = re.compile(r"(?u)\b\w\w+\b")
# æ, ø and å spelled as members without those keys spell them (the distress model reads text so).
FOLD = str.maketrans({"æ": "ae", "ø": "o", "å": "aa", "ö": "o", "ä": "ae"})
# Words whose character n-grams a block remembers; past this the memory starts again. The
# benchmark's 10,000 mails hold about 15,000 distinct words; this bounds a hostile stream of
# made-up words to some 20 MB a block.
CACHE_WORDS = 50_000
LINKS = ("softmax", "sigmoid", "calibrated")
KINDS = ("word", "char")


class ExportError(ValueError):
    """A fitted pipeline holds a part this module cannot compute."""


def char_grams(word: str, low: int, high: int) -> list[str]:
    """n-grams of ``word`` padded with a space each side; a padded word shorter than ``low``
    is one gram (scikit-learn's ``char_wb``)."""
    padded = f" {word} "
    size = len(padded)
    if size < low:
        return [padded]
    return [padded[i : i + n] for n in range(low, min(high, size) + 1) for i in range(size - n + 1)]


def word_grams(tokens: Sequence[str], low: int, high: int) -> list[str]:
    """Word n-grams from ``low`` to ``high`` words, joined by a space, shortest first."""
    grams = list(tokens) if low <= 1 else []
    for n in range(max(2, low), high + 1):
        grams += [" ".join(tokens[i : i + n]) for i in range(len(tokens) - n + 1)]
    return grams


@dataclass(eq=False)
class Block:
    """One TF-IDF block: which part of the text it reads, how, its vocabulary and idf."""

    kind: str  # "word": word n-grams of the text; "char": character n-grams within words
    low: int
    high: int
    tail_chars: int  # read only the text's last so many characters (0: all of it)
    fold: bool  # æ, ø, å folded after lower-casing
    vocabulary: dict[str, int]
    idf: np.ndarray
    _cache: dict[str, tuple[int, ...]] = field(default_factory=dict, repr=False)

    @property
    def width(self) -> int:
        return len(self.idf)

    def view(self, text: str) -> str:
        """The part of the text this block reads, lower-cased (and folded)."""
        if self.tail_chars and len(text) > self.tail_chars:
            text = text[-self.tail_chars :]
        text = text.lower()
        return text.translate(FOLD) if self.fold else text

    def grams(self, text: str) -> list[str]:
        """The n-grams of one text, with repeats, as fitting counts them."""
        if self.kind == "char":
            return [g for w in self.view(text).split() for g in char_grams(w, self.low, self.high)]
        return word_grams(TOKEN.findall(self.view(text)), self.low, self.high)

    def columns(self, text: str) -> list[int]:
        """The column of each n-gram of ``text`` in the vocabulary, with repeats; n-grams
        outside it left out."""
        return self._char_columns(text) if self.kind == "char" else self._word_columns(text)

    def _word_columns(self, text: str) -> list[int]:
        get = self.vocabulary.get
        if (self.low, self.high) != (1, 2):
            return [i for g in self.grams(text) if (i := get(g)) is not None]
        # The usual 1-2-grams without building the list of grams first: a third faster.
        tokens = TOKEN.findall(self.view(text))
        found = [i for t in tokens if (i := get(t)) is not None]
        pairs = zip(tokens, tokens[1:], strict=False)  # the second is one shorter
        found += [i for a, b in pairs if (i := get(f"{a} {b}")) is not None]
        return found

    def _char_columns(self, text: str) -> list[int]:
        # A word's grams are looked up once and remembered: most words of a mail were seen in
        # earlier mails.
        cache = self._cache
        if len(cache) > CACHE_WORDS:
            cache.clear()
        get = self.vocabulary.get
        found: list[int] = []
        for word in self.view(text).split():
            known = cache.get(word)
            if known is None:
                grams = char_grams(word, self.low, self.high)
                known = cache[word] = tuple(i for g in grams if (i := get(g)) is not None)
            found.extend(known)
        return found

    def features(self, texts: Sequence[str]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """The block's nonzero features of each text as (row, column, value) arrays, sorted by
        row and then column: sublinear tf times idf, each row scaled to length 1."""
        rows: list[int] = []
        columns: list[int] = []
        for row, text in enumerate(texts):
            found = self.columns(text)
            columns.extend(found)
            rows.extend([row] * len(found))
        size = len(self.idf)
        pairs, counts = np.unique(
            np.asarray(rows, dtype=np.int64) * size + np.asarray(columns, dtype=np.int64),
            return_counts=True,
        )
        row_of, column_of = np.divmod(pairs, size)
        values = (1.0 + np.log(counts)) * self.idf[column_of]
        norms = np.sqrt(np.bincount(row_of, values * values, minlength=len(texts)))
        if len(values):
            values /= norms[row_of]  # every idf is positive: a row with a feature has a norm
        return row_of, column_of, values


class FittedBlock:
    """Features that only their fitted transformer can compute: an experiment's extra features
    (``scripts/accuracy_benchmarks.py --encoder`` adds sentence embeddings). Such a model runs,
    but cannot be stored as plain numbers; the product's models never hold one."""

    def __init__(self, transformer: Any) -> None:
        self.transformer = transformer
        self.width = int(self._matrix([""]).shape[1])

    def _matrix(self, texts: Sequence[str]) -> np.ndarray:
        found = self.transformer.transform(list(texts))
        return np.asarray(found.toarray() if hasattr(found, "toarray") else found, dtype=float)

    def features(self, texts: Sequence[str]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """The transformer's nonzero features as (row, column, value), by row and column."""
        matrix = self._matrix(texts)
        rows, columns = np.nonzero(matrix)
        return rows, columns, matrix[rows, columns]


@dataclass(frozen=True)
class Head:
    """Outputs over the blocks' features: ``link`` of (features · coefficients + intercept).

    ``calibrated`` is scikit-learn's sigmoid-calibrated linear SVC: several members, each a
    decision per class (one for two classes) put through its own sigmoid ``1 / (1 + exp(a d +
    b))``, scaled to sum to 1, and the members averaged. ``calibration`` holds (a, b) per
    member and decision, the coefficients the members' decisions side by side.
    """

    name: str
    link: str
    classes: tuple[str, ...]
    coefficients: np.ndarray  # features x decisions
    intercept: np.ndarray  # decisions
    calibration: np.ndarray | None = None  # members x decisions of one member x (a, b)

    @property
    def width(self) -> int:
        return len(self.intercept)

    def output(self, decision: np.ndarray) -> np.ndarray:
        """Probabilities from this head's decisions (rows: texts)."""
        if self.link == "softmax":
            return _softmax(decision)
        if self.link == "sigmoid":
            return _sigmoid(decision)
        assert self.calibration is not None
        members, each, _ = self.calibration.shape
        a, b = self.calibration[..., 0].reshape(-1), self.calibration[..., 1].reshape(-1)
        with np.errstate(invalid="ignore"):  # a 0 times an infinite b: a class never seen
            scaled = np.where(np.isinf(b), b, a * decision + b)
        calibrated = _sigmoid(-scaled).reshape(len(decision), members, each)
        if len(self.classes) == 2:
            proba = np.concatenate([1.0 - calibrated, calibrated], axis=2)
        else:
            total = calibrated.sum(axis=2, keepdims=True)
            uniform = np.full_like(calibrated, 1.0 / len(self.classes))
            proba = np.divide(calibrated, total, out=uniform, where=total != 0)
        proba[(proba > 1.0) & (proba <= 1.0 + 1e-5)] = 1.0
        return proba.mean(axis=1)


def _softmax(decision: np.ndarray) -> np.ndarray:
    shifted = decision - decision.max(axis=1, keepdims=True)
    np.exp(shifted, out=shifted)
    shifted /= shifted.sum(axis=1, keepdims=True)
    return shifted


def _sigmoid(decision: np.ndarray) -> np.ndarray:
    return 1.0 / (1.0 + np.exp(-decision))


class LinearText:
    """Blocks and heads: texts in, each head's probabilities out."""

    def __init__(self, blocks: Sequence[Block | FittedBlock], heads: Sequence[Head]) -> None:
        self.blocks = tuple(blocks)
        self.heads = {head.name: head for head in heads}
        self.offsets: list[int] = []
        total = 0
        for block in self.blocks:
            self.offsets.append(total)
            total += block.width
        self.size = total
        for head in heads:
            calibrated = head.calibration is not None and (
                head.calibration.ndim == 3
                and head.calibration.shape[0] * head.calibration.shape[1] == head.width
            )
            if (
                head.link not in LINKS
                or head.coefficients.shape != (total, head.width)
                or calibrated != (head.link == "calibrated")
            ):
                raise ExportError(f"head {head.name!r} does not fit the features")
        # Every head's coefficients side by side: one lookup serves them all.
        self._coefficients = np.hstack([h.coefficients for h in heads])
        self._intercepts = np.concatenate([h.intercept for h in heads])

    def classes(self, head: str) -> tuple[str, ...]:
        return self.heads[head].classes

    def probabilities(self, texts: Sequence[str]) -> dict[str, np.ndarray]:
        """Each head's probabilities, one row per text, columns in its ``classes`` order."""
        decision = np.tile(self._intercepts, (len(texts), 1))
        for block, offset in zip(self.blocks, self.offsets, strict=True):
            rows, columns, values = block.features(texts)
            if not len(rows):
                continue
            parts = values[:, None] * self._coefficients[offset + columns]
            starts = np.flatnonzero(np.r_[True, rows[1:] != rows[:-1]])
            decision[rows[starts]] += np.add.reduceat(parts, starts, axis=0)
        found: dict[str, np.ndarray] = {}
        start = 0
        for name, head in self.heads.items():
            part = decision[:, start : start + head.width]
            start += head.width
            found[name] = head.output(part)
        return found

    # -- storing ------------------------------------------------------------------------------

    def to_dict(self) -> dict[str, Any]:
        """Plain data for a model file: dicts, lists, strings, numbers and arrays."""
        if any(isinstance(block, FittedBlock) for block in self.blocks):
            raise ExportError("features made by a fitted transformer cannot be stored as numbers")
        return {
            "format": FORMAT,
            "blocks": [
                {
                    "kind": b.kind,
                    "ngram_range": [b.low, b.high],
                    "tail_chars": b.tail_chars,
                    "fold": b.fold,
                    "terms": _terms(b.vocabulary),
                    "idf": b.idf,
                }
                for b in self.blocks
                if isinstance(b, Block)
            ],
            "heads": [
                {
                    "name": h.name,
                    "link": h.link,
                    "classes": list(h.classes),
                    "coefficients": h.coefficients,
                    "intercept": h.intercept,
                    "calibration": h.calibration,
                }
                for h in self.heads.values()
            ],
        }

    @classmethod
    def from_dict(cls, stored: Any) -> LinearText:
        """The model ``to_dict`` wrote; ExportError when the data is not one."""
        try:
            if stored["format"] not in READABLE_FORMATS:
                raise ExportError(f"format {stored['format']!r} is not {FORMAT!r}")
            blocks = [
                Block(
                    str(b["kind"]),
                    int(b["ngram_range"][0]),
                    int(b["ngram_range"][1]),
                    int(b["tail_chars"]),
                    bool(b["fold"]),
                    _vocabulary(b),
                    np.asarray(b["idf"], dtype=np.float64),
                )
                for b in stored["blocks"]
            ]
            heads = [
                Head(
                    str(h["name"]),
                    str(h["link"]),
                    tuple(str(c) for c in h["classes"]),
                    np.asarray(h["coefficients"], dtype=np.float64),
                    np.asarray(h["intercept"], dtype=np.float64),
                    None
                    if h.get("calibration") is None
                    else np.asarray(h["calibration"], dtype=np.float64),
                )
                for h in stored["heads"]
            ]
        except (KeyError, TypeError, IndexError, ValueError) as exc:
            raise ExportError(f"not a {FORMAT} model ({type(exc).__name__})") from None
        for block in blocks:
            if block.kind not in KINDS or len(block.vocabulary) != len(block.idf):
                raise ExportError(f"a block of kind {block.kind!r} does not fit its idf")
        return cls(blocks, heads)


def _terms(vocabulary: dict[str, int]) -> str:
    """A block's vocabulary for the file: its terms in column order, one per line."""
    terms = sorted(vocabulary, key=vocabulary.__getitem__)
    if [vocabulary[t] for t in terms] != list(range(len(terms))):
        raise ExportError("a vocabulary's columns are not numbered 0 to n-1")
    if any("\n" in term for term in terms):
        raise ExportError("a vocabulary term holds a line break")
    return "\n".join(terms)


def _vocabulary(block: dict[str, Any]) -> dict[str, int]:
    """Term -> column, from a stored block of either readable format."""
    if "terms" not in block:
        return dict(block["vocabulary"])  # linear-text-1
    terms = block["terms"]
    if not isinstance(terms, str):
        raise TypeError("terms is not a string")
    listed = terms.split("\n") if terms else []
    vocabulary = dict(zip(listed, range(len(listed)), strict=True))
    if len(vocabulary) != len(listed):
        raise ValueError("a term is listed twice")
    return vocabulary
