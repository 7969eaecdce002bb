"""Read a member's situation inside the topics the classifier chose: the interface for drafts.

``read_situation(model, subject, text, lang, topics)`` gives a ``Reading``: the situations (ids
from triage.situations, only of ``topics``; empty where none is clear, so the draft uses the
topic's general text), the employer's sector, the member's own questions quoted verbatim, and
the cues that explain the result. ``read_situations`` does the same for many mails at once.

The situation model is its own artifact (``situations.joblib`` beside ``topic.joblib``, with its
card ``situations.json``), trained by ``triage train`` together with the topic model. Like the
topic model it is unpickled only after its checksum matched the card; it must also have been
trained together with the topic model in use, so that both come from the same labelled data.
How cues and the model's probabilities are combined is in triage.model.situation_rules.
"""

from __future__ import annotations

import io
import json
import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from triage.errors import ModelError
from triage.inbound.clean import for_model
from triage.inbound.questions import extract_questions
from triage.inbound.sector import SectorReading, detect_sector
from triage.model.classify import TopicModel, sha256_bytes
from triage.model.situation_cues import cue_hits
from triage.model.situation_rules import cue_text, decide, evidence
from triage.model.situation_text import Features
from triage.situations import ALL_SITUATIONS, SITUATIONS

FILE_NAME = "situations.joblib"
RETRAIN = "retrain with `triage train`"


@dataclass(frozen=True)
class Reading:
    """What a draft needs to answer the member's own situation.

    ``situations``: detected situation ids, in topic order; empty when none is clear.
    ``sector``: "state" | "municipality" | "oslo" | "private" | None (unknown or mixed).
    ``questions``: the member's questions, verbatim (long ones cut, with "…").
    ``cues``: why, for a person: "rejected: fikk avslag", "sector state: direktorat".
    ``confidence``: the model's probability for each situation of the topics.
    """

    situations: tuple[str, ...] = ()
    sector: str | None = None
    questions: tuple[str, ...] = ()
    cues: tuple[str, ...] = ()
    confidence: tuple[tuple[str, float], ...] = ()


class SituationModel:
    """Per-situation logistic regressions over one TF-IDF vocabulary, and the card's rules."""

    def __init__(self, stored: dict[str, Any], card: dict[str, Any]) -> None:
        self.card = card
        self.features = Features(stored["vocabulary"], stored["idf"])
        self.columns: tuple[str, ...] = tuple(stored["situations"])
        self.weights = stored["weights"]  # numpy array, vocabulary size x len(columns)
        self.intercepts = [float(b) for b in stored["intercepts"]]
        self.rules: dict[str, dict[str, float]] = {
            s: {k: float(v) for k, v in rule.items()} for s, rule in card["rules"].items()
        }

    @property
    def version(self) -> str:
        return str(self.card.get("version", "unknown"))

    def probabilities(self, model_input: str, situations: Iterable[str]) -> dict[str, float]:
        """The model's probability for each of ``situations`` (``for_model`` text)."""
        wanted = [s for s in situations if s in self.columns]
        if not wanted:
            return {}
        row = self.features.row(model_input)
        scores = [0.0] * len(self.columns)
        if row:
            import numpy as np

            indices = list(row)
            values = np.fromiter(row.values(), dtype=float, count=len(indices))
            scores = (values @ self.weights[indices]).tolist()
        result = {}
        for situation in wanted:
            j = self.columns.index(situation)
            result[situation] = 1.0 / (1.0 + math.exp(-(scores[j] + self.intercepts[j])))
        return result


def read_situation(
    model: SituationModel, subject: str, text: str, lang: str, topics: Sequence[str]
) -> Reading:
    """The reading of one mail. ``text`` is the member's own words (``member_words``).

    ``lang`` is the mail's language; cues of every language are tried all the same, because
    members mix languages (an English mail about a "lønnssamtale").
    """
    return read_situations(model, [(subject, text, lang, topics)])[0]


def read_situations(
    model: SituationModel, mails: Iterable[tuple[str, str, str, Sequence[str]]]
) -> list[Reading]:
    """``read_situation`` for many mails: (subject, text, lang, topics) each."""
    return [_read(model, subject, text, tuple(topics)) for subject, text, _lang, topics in mails]


def situation_fields(
    model: SituationModel, mails: Iterable[tuple[str, str, str, Sequence[str]]]
) -> list[dict[str, Any]]:
    """What `triage classify --jsonl` adds to each line: "situations" (ids, [] where none is
    clear or nothing would be drafted) and "sector" (null when unknown)."""
    return [
        {"situations": list(r.situations), "sector": r.sector}
        for r in read_situations(model, mails)
    ]


def _read(model: SituationModel, subject: str, text: str, topics: tuple[str, ...]) -> Reading:
    topics = tuple(t for t in dict.fromkeys(topics) if t in SITUATIONS)
    questions = extract_questions(text)
    if not topics:
        return Reading(questions=questions)
    hits, sector = cue_evidence(subject, text, topics)
    wanted = [s for topic in topics for s in SITUATIONS[topic]]
    probabilities = model.probabilities(for_model(subject, text), wanted)
    situations = decide(probabilities, hits, model.rules)
    cues = tuple(f"{s}: {hits[s]}" for s in situations if s in hits)
    confidence = tuple((s, round(p, 3)) for s, p in probabilities.items())
    return Reading(situations, sector.sector, questions, cues + sector.cues, confidence)


def cue_evidence(
    subject: str, text: str, topics: tuple[str, ...]
) -> tuple[dict[str, str], SectorReading]:
    """The situations' cues found in the mail, and its sector (training uses this too).

    The sector is weighed for the question: a raise is about the member's own employer, a CV
    question only about an employer applied to.
    """
    cues_in = cue_text(subject, text)
    current_job = "salary" in topics and bool(cue_hits(cues_in, ("raise",)))
    sector = detect_sector(subject, text, current_job=current_job, named_only=topics == ("cv",))
    return evidence(cues_in, topics, sector.sector), sector


# --- the artifact --------------------------------------------------------------------------


def situation_model_path(topic_model_path: Path) -> Path:
    """The situation model lives beside the topic model: models/situations.joblib."""
    return Path(topic_model_path).with_name(FILE_NAME)


def load_situation_model(path: Path, topic_model: TopicModel) -> SituationModel:
    """Load after checking checksum and the topic model it goes with.

    Every failure is a ModelError with one line that names `triage train`.
    """
    path = Path(path)
    card_path = path.with_suffix(".json")
    try:
        blob = path.read_bytes()
    except FileNotFoundError:
        raise ModelError(
            f"situation model {path} is missing: train it with `triage train`"
        ) from None
    except OSError as exc:
        raise ModelError(
            f"situation model {path} cannot be read ({exc.strerror}): {RETRAIN}"
        ) from None
    card = _read_card(card_path)
    if card.get("sha256") != sha256_bytes(blob):
        raise ModelError(
            f"situation model {path} does not match the checksum in {card_path.name}: {RETRAIN}"
        )
    # No scikit-learn version check: the file holds plain numbers, no scikit-learn object.
    _check_topic_model(path, card, topic_model)
    return SituationModel(_unpickle(path, blob), card)


def _read_card(card_path: Path) -> dict[str, Any]:
    try:
        card = json.loads(card_path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ModelError(f"situation model card {card_path} is missing: {RETRAIN}") from None
    except (OSError, ValueError):
        raise ModelError(f"situation model card {card_path} cannot be read: {RETRAIN}") from None
    rules = card.get("rules") if isinstance(card, dict) else None
    if not isinstance(rules, dict) or set(rules) != set(ALL_SITUATIONS):
        raise ModelError(f"{card_path} is not a situation model card: {RETRAIN}")
    return card


def _check_topic_model(path: Path, card: dict[str, Any], topic_model: TopicModel) -> None:
    trained_with = (card.get("topic_model") or {}).get("version")
    if trained_with == topic_model.version:
        return
    mine, theirs = str(card.get("date", "")), str(topic_model.card.get("date", ""))
    relation = "is older than" if mine < theirs else "was not trained with"
    raise ModelError(
        f"situation model {path} {relation} the topic model {topic_model.version}"
        f" (it was trained with {trained_with}): {RETRAIN}"
    )


def _unpickle(path: Path, blob: bytes) -> dict[str, Any]:
    try:
        import joblib

        stored = joblib.load(io.BytesIO(blob))
    except Exception as exc:  # noqa: BLE001 - any unpickling failure means the same to a person
        raise ModelError(
            f"situation model {path} cannot be loaded ({type(exc).__name__}): {RETRAIN}"
        ) from None
    keys = {"vocabulary", "idf", "situations", "weights", "intercepts"}
    if not isinstance(stored, dict) or not keys <= set(stored):
        raise ModelError(f"situation model {path} does not fit its card: {RETRAIN}")
    shape = getattr(stored["weights"], "shape", None)
    if shape != (len(stored["idf"]), len(stored["situations"])):
        raise ModelError(f"situation model {path} does not fit its card: {RETRAIN}")
    return stored
