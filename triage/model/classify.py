"""Tag a question with a topic, or leave it for a counsellor when the model is unsure.

Loaded by every pass, so imports stay light: joblib comes in only when a model is loaded,
and scikit-learn never does (the model is plain numbers, ``triage.linear``; only a file
from before that format brings it in). The text cleaning is imported at the top: every
process that loads a model also cleans mail (the pass, ``classify --jsonl``, training), so
deferring it saved nothing.
The model file is a joblib pickle; it is unpickled only after its sha256 matched the one in
its card (``topic.json`` beside ``topic.joblib``), because unpickling a file is running it.
"""

from __future__ import annotations

import hashlib
import io
import json
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path
from typing import Any, TextIO

from triage.errors import ModelError
from triage.inbound.clean import for_model, member_words
from triage.inbound.language import detect
from triage.linear import (
    READABLE_FORMATS,
    ExportError,
    LinearText,
    export_classifier,
    export_logistic,
    export_one_vs_rest,
    export_union,
)
from triage.model.secondary import secondary_topic
from triage.topics import NO_DRAFT

RETRAIN = "retrain with `triage train`"
BATCH_SIZE = 256


@dataclass(frozen=True)
class Prediction:
    """The model's answer for one text.

    ``topics`` are the draft topics to answer, primary first, plus a secondary topic when the
    card's rule says the model is confident about it too; empty when nothing is drafted.
    """

    topic: str
    confidence: float
    topics: tuple[tuple[str, float], ...]
    abstained: bool


def card_path_for(model_path: Path) -> Path:
    """The model card lives beside the model, with the same stem: topic.joblib -> topic.json."""
    return Path(model_path).with_suffix(".json")


def sha256_bytes(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def model_text(subject: str, body: str) -> str:
    """What the model sees for a mail: the same cleaning as the live pass."""
    return for_model(subject, member_words(body))


@dataclass(frozen=True)
class Scores:
    """What the model's parts say about a batch of texts, one row per text.

    ``topic``: the topic model's class probabilities (columns in ``TopicModel.labels``
    order); ``in_scope``: the in-scope head's probability that a mail asks about one of the
    draft topics at all (None for models without the head); ``secondary``: the second-topic
    head's rows (None without it).
    """

    topic: Any
    in_scope: Any = None
    secondary: Any = None

    def confidence(self) -> Any:
        """How sure the model is of its topic: the top topic probability, or with the
        in-scope head the geometric mean of that and the in-scope probability (both must be
        high for a draft; the mean keeps the 0-1 scale of ``min_confidence``)."""
        best = self.topic.max(axis=1)
        if self.in_scope is None:
            return best
        return (best * self.in_scope) ** 0.5


class TopicModel:
    """The topic head and its optional heads, as plain numbers (``triage.linear``), and
    the card.

    A freshly trained model also holds the scikit-learn parts it was fitted as (``pipeline``,
    ``secondary_head``, ``in_scope_head``); training may replace a head, and the numbers are
    taken from the parts again on next use. A loaded model holds only the numbers.
    """

    def __init__(
        self,
        pipeline: Any,
        card: dict[str, Any],
        secondary_head: Any = None,
        in_scope_head: Any = None,
        *,
        linear: LinearText | None = None,
    ) -> None:
        self.pipeline = pipeline
        self.card = card
        # One-vs-rest head over the same features for a mail's second topic
        # (triage.model.secondary).
        self.secondary_head = secondary_head
        # Binary head over the same features: does the mail ask about a draft topic at all?
        # Mail outside the topics that uses their words ("søknad om permisjon") fools the
        # topic model more often than this head.
        self.in_scope_head = in_scope_head
        self._linear = linear
        self._exported_from: tuple[Any, Any, Any] | None = None
        source = linear.classes("topic") if linear is not None else pipeline.classes_
        self.labels: tuple[str, ...] = tuple(str(c) for c in source)
        self.threshold = float(card.get("threshold", 0.0))
        no_draft = {NO_DRAFT, *card.get("no_draft_labels", ())}
        self.draft_topics = tuple(label for label in self.labels if label not in no_draft)
        rule = card.get("secondary_rule") or {}
        minimum = rule.get("min_probability")
        self.secondary_min: float | None = None if minimum is None else float(minimum)

    @property
    def version(self) -> str:
        return str(self.card.get("version", "unknown"))

    @property
    def linear(self) -> LinearText:
        """The numbers the model predicts with (taken from its fitted parts when it has them)."""
        if self.pipeline is None:
            assert self._linear is not None
            return self._linear
        parts = (self.pipeline, self.secondary_head, self.in_scope_head)
        if (
            self._linear is None
            or self._exported_from is None
            or any(a is not b for a, b in zip(parts, self._exported_from, strict=True))
        ):
            self._linear = export_topic_model(*parts)
            self._exported_from = parts
        return self._linear

    @property
    def has_in_scope(self) -> bool:
        return "in_scope" in self.linear.heads

    def probabilities(self, texts: Sequence[str]) -> Any:
        """Class probabilities, one row per text, columns in ``self.labels`` order."""
        return self.scores(texts).topic

    def scores(self, texts: Sequence[str]) -> Scores:
        """Every part's answer for texts that are already ``for_model`` outputs."""
        found = self.linear.probabilities(list(texts))
        in_scope = found.get("in_scope")
        return Scores(
            found["topic"], None if in_scope is None else in_scope[:, 0], found.get("secondary")
        )

    def predict(self, texts: Sequence[str], threshold: float | None = None) -> list[Prediction]:
        """Predictions for texts that are already ``for_model`` outputs.

        ``threshold`` None means the card's threshold, chosen on validation data.
        """
        if not texts:
            return []
        return self.decide(self.scores(texts), threshold)

    def decide(self, scores: Scores | Any, threshold: float | None = None) -> list[Prediction]:
        """Turn scores into predictions (shared by ``predict`` and training).

        ``scores`` may also be a bare probability array (a model without heads). Without the
        second-topic head, the runner-up of the topic probabilities is the second topic.
        """
        if not isinstance(scores, Scores):
            scores = Scores(scores)
        limit = self.threshold if threshold is None else float(threshold)
        probabilities, secondary = scores.topic, scores.secondary
        confidences = scores.confidence()
        order = probabilities.argsort(axis=1)[:, ::-1]
        classes = (self.card.get("secondary_rule") or {}).get("classes") or []
        predictions = []
        for index, (row, ranked) in enumerate(zip(probabilities, order, strict=True)):
            best, second = int(ranked[0]), int(ranked[1]) if len(ranked) > 1 else -1
            confidence = float(confidences[index])
            if confidence < limit:
                predictions.append(Prediction(NO_DRAFT, confidence, (), True))
                continue
            topic = self.labels[best]
            topics: tuple[tuple[str, float], ...] = ()
            if topic in self.draft_topics:
                topics = ((topic, confidence),)
                if secondary is not None and self.secondary_min is not None:
                    extra = secondary_topic(
                        secondary[index], classes, topic, self.draft_topics, self.secondary_min
                    )
                    topics += (extra,) if extra else ()
                elif second >= 0 and self._secondary_ok(self.labels[second], float(row[second])):
                    topics += ((self.labels[second], float(row[second])),)
            predictions.append(Prediction(topic, confidence, topics, False))
        return predictions

    def _secondary_ok(self, label: str, probability: float) -> bool:
        return (
            self.secondary_min is not None
            and label in self.draft_topics
            and probability >= self.secondary_min
        )


def load_model(path: Path) -> TopicModel:
    """Load a model after checking its checksum against its card.

    Every failure is a ModelError with one line that says what to do.
    """
    path = Path(path)
    card_path = card_path_for(path)
    try:
        blob = path.read_bytes()
    except FileNotFoundError:
        raise ModelError(f"model {path} does not exist: train one with `triage train`") from None
    except OSError as exc:
        raise ModelError(f"model {path} cannot be read ({exc.strerror}): {RETRAIN}") from None
    try:
        card = json.loads(card_path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ModelError(f"model card {card_path} is missing: {RETRAIN}") from None
    except (OSError, ValueError) as exc:
        reason = getattr(exc, "strerror", None) or "not valid JSON"
        raise ModelError(f"model card {card_path} cannot be read ({reason}): {RETRAIN}") from None
    if not isinstance(card, dict):
        raise ModelError(f"model card {card_path} is not a model card: {RETRAIN}")
    if card.get("sha256") != sha256_bytes(blob):
        raise ModelError(
            f"model {path} does not match the checksum in {card_path.name}"
            f" (changed or corrupt): {RETRAIN}"
        )
    if card.get("format") in READABLE_FORMATS:
        model = TopicModel(None, card, linear=_plain_parts(path, blob))
    elif card.get("format") is None:
        model = _fitted_parts(path, blob, card)
    else:
        raise ModelError(
            f"model {path} is in a format this version of triage does not know"
            f" ({card['format']}): update triage or {RETRAIN}"
        )
    if list(model.labels) != list(card.get("labels", [])):
        raise ModelError(f"model {path} does not fit its card: {RETRAIN}")
    return model


def export_topic_model(
    pipeline: Any, secondary_head: Any = None, in_scope_head: Any = None
) -> LinearText:
    """The numbers of a fitted topic pipeline and its heads (no scikit-learn needed to run)."""
    blocks = export_union(pipeline.named_steps["features"])
    size = sum(block.width for block in blocks)
    heads = [export_classifier("topic", pipeline.named_steps["classifier"])]
    if in_scope_head is not None:
        heads.append(export_logistic("in_scope", in_scope_head))
    if secondary_head is not None:
        heads.append(export_one_vs_rest("secondary", secondary_head, size))
    return LinearText(blocks, heads)


def _unpickle(path: Path, blob: bytes) -> Any:
    try:
        import joblib

        # Unpickle the very bytes that were checked, not the file a second time.
        return joblib.load(io.BytesIO(blob))
    except Exception as exc:  # noqa: BLE001 - any unpickling failure means the same to a person
        raise ModelError(
            f"model {path} cannot be loaded ({type(exc).__name__}): {RETRAIN}"
        ) from None


def _plain_parts(path: Path, blob: bytes) -> LinearText:
    """A model file as training writes it: plain numbers, no scikit-learn object."""
    try:
        linear = LinearText.from_dict(_unpickle(path, blob))
    except ExportError as exc:
        raise ModelError(f"model {path} cannot be loaded ({exc}): {RETRAIN}") from None
    if "topic" not in linear.heads:
        raise ModelError(f"model {path} does not fit its card: {RETRAIN}")
    return linear


def _fitted_parts(path: Path, blob: bytes, card: dict[str, Any]) -> TopicModel:
    """A model file written before models were stored as plain numbers (its card names no
    format): the fitted scikit-learn parts themselves, which only the scikit-learn version
    that wrote them reads reliably. Their numbers are taken out at once; the next
    ``triage train`` writes a plain file."""
    trained, running = card.get("sklearn_version"), metadata.version("scikit-learn")
    if trained != running:
        raise ModelError(
            f"model {path} was trained with scikit-learn {trained}, this is {running}: {RETRAIN}"
        )
    stored = _unpickle(path, blob)
    # A dict with the topic pipeline and its heads; older files hold the pipeline alone.
    parts = stored if isinstance(stored, dict) else {"topic": stored}
    pipeline, head, in_scope = parts.get("topic"), parts.get("secondary"), parts.get("in_scope")
    if not hasattr(pipeline, "predict_proba"):
        raise ModelError(f"model {path} does not fit its card: {RETRAIN}")
    try:
        linear = export_topic_model(pipeline, head, in_scope)
    except (ExportError, AttributeError, KeyError, TypeError, ValueError) as exc:
        raise ModelError(f"model {path} cannot be loaded ({exc}): {RETRAIN}") from None
    return TopicModel(None, card, linear=linear)


# --- triage classify --jsonl ---------------------------------------------------------------


# Situations for the rows classify_jsonl drafts: (subject, member words, lang, topics) each ->
# the extra keys of each row ({"situations", "sector"}: triage.model.situations).
Situate = Callable[[list[tuple[str, str, str, list[str]]]], list[dict[str, Any]]]


def classify_jsonl(
    lines: Iterable[str], model: TopicModel, out: TextIO, situate: Situate | None = None
) -> int:
    """Classify JSON lines ``{"id","subject","body"}``; write one JSON line per input line.

    Output: ``{"id","topic","confidence","topics","lang"}``, topic "other" where the model
    abstains; with ``situate``, also the keys it gives (situations and sector; none for a
    question that would get no draft). A bad line gives ``{"id","error"}`` (id null when there
    is none) and the rest go on; blank lines are not inputs and are skipped. Returns the
    number of bad lines.
    """
    bad = 0
    rows: list[dict[str, Any]] = []  # output rows in input order; pending ones lack "topic"
    pending: list[tuple[dict[str, Any], str, tuple[str, str]]] = []

    def flush() -> None:
        if pending:
            predictions = model.predict([text for _, text, _ in pending])
            for (row, _, _), prediction in zip(pending, predictions, strict=True):
                row.update(_prediction_fields(prediction), lang=row.pop("lang"))
            if situate is not None:
                _add_situations(pending, predictions, situate)
        for row in rows:
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
        out.flush()
        rows.clear()
        pending.clear()

    for line in lines:
        if not line.strip():
            continue
        try:
            ident, subject, body = _parse_input(line)
        except _BadLine as exc:
            bad += 1
            rows.append({"id": exc.ident, "error": str(exc)})
            continue
        try:
            words = member_words(body)
            text = for_model(subject, words)
            lang = detect(f"{subject}\n{words}")
        except Exception as exc:  # noqa: BLE001 - one bad mail must not stop the others
            bad += 1
            rows.append({"id": ident, "error": f"could not clean the text ({type(exc).__name__})"})
            continue
        row: dict[str, Any] = {"id": ident, "lang": lang}
        rows.append(row)
        pending.append((row, text, (subject, words)))
        if len(pending) >= BATCH_SIZE:
            flush()
    flush()
    return bad


def _add_situations(
    pending: list[tuple[dict[str, Any], str, tuple[str, str]]],
    predictions: list[Prediction],
    situate: Situate,
) -> None:
    """The situation keys of each row, for the topics a draft would answer (none without)."""
    mails = [
        (subject, words, row["lang"], _draft_topics(prediction))
        for (row, _, (subject, words)), prediction in zip(pending, predictions, strict=True)
    ]
    for (row, _, _), extra in zip(pending, situate(mails), strict=True):
        row.update(extra)


def _draft_topics(prediction: Prediction) -> list[str]:
    if prediction.abstained or prediction.topic == "other":
        return []
    return [t for t, _ in prediction.topics if t != "other"]


def _prediction_fields(prediction: Prediction) -> dict[str, Any]:
    return {
        "topic": prediction.topic,
        "confidence": round(prediction.confidence, 4),
        "topics": [{"topic": t, "confidence": round(c, 4)} for t, c in prediction.topics],
    }


class _BadLine(ValueError):
    def __init__(self, reason: str, ident: Any = None) -> None:
        super().__init__(reason)
        self.ident = ident


def _parse_input(line: str) -> tuple[Any, str, str]:
    try:
        record = json.loads(line)
    except ValueError:
        raise _BadLine("not valid JSON") from None
    if not isinstance(record, dict):
        raise _BadLine("not a JSON object")
    ident = record.get("id")
    if isinstance(ident, bool) or not isinstance(ident, str | int):
        raise _BadLine("missing id (a string or number)")
    subject = record.get("subject")
    subject = "" if subject is None else subject
    body = record.get("body")
    if not isinstance(subject, str):
        raise _BadLine("subject is not a string", ident)
    if not isinstance(body, str):
        raise _BadLine("missing body (a string)", ident)
    return ident, subject, body
