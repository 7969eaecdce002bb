"""The care check's second line: a sentence model for distress the lexicon has no words for.

The lexicon (``care_words*``) finds what it was written for and little else: on mail written by
other hands it found under half of the distress. This model reads each sentence of the
member's own words and the subject, and gives the chance that the sentence shows distress; a
sentence at or above the shipped threshold is a finding, and that sentence, verbatim, is the
reason a counsellor sees. It only ever adds findings: a mail the lexicon flags stays flagged.
A sentence between the lower *concern* threshold and that one is not called distress, but its
mail gets no template either: it goes to a counsellor with the sentence as the reason.

The model is a logistic regression over TF-IDF word and character n-grams, with æ, ø and å
folded first (so "håpløs", "haplos" and "hapløs" read alike), trained by
``scripts/train_distress.py`` on ``data/care/`` and shipped in the package beside this module
(``distress.joblib``, with its card ``distress.json``). A model that cannot be loaded stops
the pass with a clear error: a safeguarding check is never skipped silently.
"""

from __future__ import annotations

import hashlib
import io
import json
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from triage.errors import ModelError
from triage.inbound.lexicon import SENTENCE_BREAK
from triage.linear import (
    FOLD,
    FORMAT,
    READABLE_FORMATS,
    ExportError,
    LinearText,
    export_logistic,
    export_union,
)

MODEL_PATH = Path(__file__).with_name("distress.joblib")
CARD_PATH = MODEL_PATH.with_suffix(".json")
MIN_CHARS = 12  # "Hei,", "Mvh Kari", "Takk!": too short to say anything
MAX_SENTENCES = 200  # a bound on the time a huge mail (a pasted document) can take
# Sentences scored in one go by ``read_many``: one set of array operations for a batch of
# mail instead of one per mail (their fixed cost was a third of the model's time a mail),
# with the arrays bounded (about 60 column numbers a sentence).
SCORE_CHUNK = 4_000
HEAD = "distress"
RETRAIN = "run scripts/train_distress.py to rebuild it"


def normalise(text: str) -> str:
    """Lower case with æ, ø, å spelled as members without those keys spell them."""
    return text.lower().translate(FOLD)


def sentences(text: str) -> Iterator[str]:
    """The sentences of ``text`` long enough to read, verbatim and stripped, in order."""
    start = 0
    count = 0
    for found in SENTENCE_BREAK.finditer(text):
        piece = text[start : found.end()].strip()
        start = found.end()
        if len(piece) >= MIN_CHARS:
            yield piece
            count += 1
            if count >= MAX_SENTENCES:
                return
    piece = text[start:].strip()
    if len(piece) >= MIN_CHARS:
        yield piece


def mail_sentences(subject: str, text: str) -> list[str]:
    """The sentences the model reads in a mail: the subject's, then the text's."""
    return [*sentences(subject or ""), *sentences(text or "")]


@dataclass(frozen=True)
class Reading:
    """The sentences the model reads as distress (``care``), and those it is less sure of
    (``concern``: at or above the lower threshold only)."""

    care: tuple[str, ...] = ()
    concern: tuple[str, ...] = ()


@dataclass(frozen=True)
class DistressModel:
    """The model's numbers (``triage.linear``: one sigmoid head, ``distress``), its
    version and its two thresholds: ``threshold`` for distress, the lower
    ``concern_threshold`` for mail that should not get a template but need not go to the top
    of the queue."""

    linear: LinearText
    threshold: float
    version: str
    concern_threshold: float | None = None

    @classmethod
    def fitted(
        cls,
        pipeline: Any,
        threshold: float,
        version: str,
        concern_threshold: float | None = None,
    ) -> DistressModel:
        """The model of a fitted pipeline (TF-IDF feature union, logistic regression)."""
        blocks = export_union(pipeline.named_steps["features"])
        head = export_logistic(HEAD, pipeline.named_steps["classifier"])
        return cls(LinearText(blocks, [head]), threshold, version, concern_threshold)

    def scores(self, texts: list[str]) -> list[float]:
        if not texts:
            return []
        return [float(score) for score in self.linear.probabilities(texts)[HEAD][:, 0]]

    def read(self, subject: str, text: str) -> Reading:
        """The subject's and text's sentences at or above each threshold, in order."""
        return self.read_many([(subject, text)])[0]

    def read_many(self, mails: list[tuple[str, str]]) -> list[Reading]:
        """``read`` for each (subject, text), the sentences of all of them scored together:
        each mail's reading is the one ``read`` gives it alone (a sentence's score does not
        depend on the others)."""
        found = [mail_sentences(subject, text) for subject, text in mails]
        every = [sentence for sentences_of_mail in found for sentence in sentences_of_mail]
        scores: list[float] = []
        for start in range(0, len(every), SCORE_CHUNK):
            scores.extend(self.scores(every[start : start + SCORE_CHUNK]))
        lower = self.threshold if self.concern_threshold is None else self.concern_threshold
        readings, start = [], 0
        for sentences_of_mail in found:
            end = start + len(sentences_of_mail)
            scored = list(zip(sentences_of_mail, scores[start:end], strict=True))
            start = end
            readings.append(
                Reading(
                    tuple(sentence for sentence, score in scored if score >= self.threshold),
                    tuple(
                        sentence for sentence, score in scored if lower <= score < self.threshold
                    ),
                )
            )
        return readings


def read_card(path: Path = CARD_PATH) -> dict[str, Any]:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise ModelError(f"distress model card {path} cannot be read: {exc}; {RETRAIN}") from None


def load_distress_model(path: Path = MODEL_PATH) -> DistressModel:
    """Load the shipped model; a missing, damaged or mismatched one is a clear ModelError."""
    card = read_card(path.with_suffix(".json"))
    if card.get("format") not in READABLE_FORMATS:
        raise ModelError(
            f"distress model {path} is not in the format {FORMAT} (it says"
            f" {card.get('format')}); {RETRAIN}"
        )
    try:
        blob = path.read_bytes()
        if hashlib.sha256(blob).hexdigest() != card.get("sha256"):
            raise ModelError(f"distress model {path} does not match its card; {RETRAIN}")
        import joblib  # here, not at the top: a tenth of a second every command would pay

        stored = joblib.load(io.BytesIO(blob))
        concern = stored.get("concern_threshold")
        linear = LinearText.from_dict(stored["model"])
        if HEAD not in linear.heads:
            raise ExportError(f"no {HEAD} head")
        return DistressModel(
            linear,
            float(stored["threshold"]),
            card["version"],
            None if concern is None else float(concern),
        )
    except (OSError, KeyError, TypeError, ValueError, EOFError) as exc:
        raise ModelError(
            f"distress model {path} cannot be loaded ({type(exc).__name__}): {RETRAIN}"
        ) from None


@cache
def shipped_model() -> DistressModel:
    """The package's model, loaded once per process."""
    return load_distress_model()
