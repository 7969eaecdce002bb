"""Train the care check's sentence model (triage.inbound.distress_model).

Examples, sentence by sentence (``distress_model.sentences``, on the subject and on the
member's own words as the pass reads them):

- ``data/care/train_sentences.jsonl``: single sentences written to teach the model, distress
  and hard negatives (strong emotion that is not distress, the same words in a harmless sense);
- the labelled care sets in ``data/care/`` (all but any set held out): in a distress mail, a
  sentence holding one of its ``signal`` phrases is distress, the rest are not; every sentence
  of an ordinary mail is not;
- the career questions in ``data/*.jsonl``: not distress, except the few the lexicon flags
  (burnout, "orker ikke mer"), which are left out rather than taught as ordinary.

The threshold is read off out-of-fold scores (folds by mail, so no mail scores itself): the
highest one at which the model alone still finds ``RECALL_TARGET`` of the distress mails. A set
named with ``hold_out`` is left out of training and measured afterwards: that is the figure
that tells how the model does on mail written by other hands.
"""

from __future__ import annotations

import hashlib
import json
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from importlib import metadata
from pathlib import Path
from typing import Any

import numpy as np
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import GroupKFold
from sklearn.pipeline import FeatureUnion, Pipeline
from threadpoolctl import threadpool_limits

from triage.inbound.care import lexicon_phrases
from triage.inbound.clean import member_words
from triage.inbound.distress_model import DistressModel, mail_sentences, normalise
from triage.linear import FORMAT
from triage.training.situation_card import write_situation_model

Progress = Callable[[str], None]
# Seen sets: each fresh one was measured once as a sealed hold-out before it joined training.
CARE_SETS = ("eval", "fresh", "fresh2", "fresh3", "fresh4", "fresh5", "fresh6", "fresh7")
TRAIN_SENTENCES = "train_sentences.jsonl"
# Of the distress mails, the share the model alone must find; the lexicon finds much of the rest.
RECALL_TARGET = 0.90
# Below the distress threshold, down to where the model alone finds this share: no template,
# a counsellor instead (not the top of the queue). A false alarm there costs a counsellor an
# answer of their own; a miss can cost far more. Past 95 % the price turns steep: on the
# eight care sets, out of fold, going from 95 % to 97 % found 6 more of 320 distress mails and
# kept 133 more of 1,620 career mails from their template (8 % of all ordinary mail); the
# lexicon, which runs first, is the better net for that tail.
CONCERN_TARGET = 0.95
C = 16.0
FOLDS = 5
MIN_DF = 2
SENTENCE_GROUP = "sentence:"  # the group of a written training sentence: its own


@dataclass
class Example:
    text: str
    distress: bool
    group: str  # the mail it came from: folds never split a mail


@dataclass
class MailScore:
    """A labelled mail and the model's highest sentence score on it."""

    id: str
    distress: bool
    score: float


@dataclass
class DistressTrainResult:
    model: DistressModel
    card: dict[str, Any]
    held_out: list[MailScore] = field(default_factory=list)


def build_pipeline(c: float = C) -> Pipeline:
    """Word 1–2-grams and character 3–5-grams (seen in two sentences or more), TF-IDF
    weighted, into a logistic regression. Every sentence counts the same (weighing the few
    distress sentences up made more false alarms at the same recall, out of fold); the
    thresholds, not the weights, set the recall. The runtime scores with these parts
    (``distress_model.Scorer``)."""

    def tfidf(**kwargs: Any) -> TfidfVectorizer:
        return TfidfVectorizer(preprocessor=normalise, min_df=MIN_DF, sublinear_tf=True, **kwargs)

    union = FeatureUnion(
        [
            ("words", tfidf(analyzer="word", ngram_range=(1, 2))),
            ("chars", tfidf(analyzer="char_wb", ngram_range=(3, 5))),
        ]
    )
    classifier = LogisticRegression(C=c, max_iter=3000)
    return Pipeline([("features", union), ("classifier", classifier)])


def _rows(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]


def _mail_examples(row: dict[str, Any], group: str, text: str | None = None) -> list[Example]:
    """A labelled mail's sentences; ``text`` is its member words when already worked out."""
    signals = row.get("signal") or []
    examples = []
    words = member_words(row["body"]) if text is None else text
    for sentence in mail_sentences(row.get("subject", ""), words):
        distress = bool(row.get("care")) and any(
            signal in sentence or sentence in signal for signal in signals
        )
        examples.append(Example(sentence, distress, group))
    return examples


def collect(data: Path, hold_out: Sequence[str] = ()) -> tuple[list[Example], list[dict], dict]:
    """Training examples, the labelled care mails among them (for the threshold), and counts."""
    care_dir = data / "care"
    examples: list[Example] = []
    counts: dict[str, int] = {}
    path = care_dir / TRAIN_SENTENCES
    if path.exists():
        for index, row in enumerate(_rows(path)):
            examples.append(Example(row["text"], bool(row["care"]), f"{SENTENCE_GROUP}{index}"))
        counts["sentences"] = len(examples)
    care_mails = []
    for name in CARE_SETS:
        set_path = care_dir / f"{name}.jsonl"
        if name in hold_out or not set_path.exists():
            continue
        rows = _rows(set_path)
        for row in rows:
            examples.extend(_mail_examples(row, row["id"]))
        care_mails.extend(rows)
        counts[name] = len(rows)
    career = 0
    for path in sorted(data.glob("*.jsonl")):
        for row in _rows(path):
            text = member_words(row["body"])
            if lexicon_phrases(row.get("subject", ""), text):
                continue
            examples.extend(_mail_examples(dict(row, care=False), row["id"], text))
            career += 1
    counts["career_mails"] = career
    return examples, care_mails, counts


def mail_scores(model: DistressModel, rows: Sequence[dict]) -> list[MailScore]:
    scored = []
    for row in rows:
        found = mail_sentences(row.get("subject", ""), member_words(row["body"]))
        scored.append(
            MailScore(row["id"], bool(row["care"]), max(model.scores(found), default=0.0))
        )
    return scored


def _out_of_fold(
    examples: list[Example], care_mails: list[dict], progress: Progress
) -> tuple[list[MailScore], list[MailScore]]:
    """Each labelled care mail's and each career mail's highest sentence score, from a model
    that never saw the mail."""
    texts = [example.text for example in examples]
    labels = np.array([example.distress for example in examples])
    groups = [example.group for example in examples]
    best: dict[str, float] = {}
    for fold, (train, test) in enumerate(GroupKFold(n_splits=FOLDS).split(texts, labels, groups)):
        progress(f"fold {fold + 1}/{FOLDS}")
        pipeline = build_pipeline().fit([texts[i] for i in train], labels[train])
        scores = pipeline.predict_proba([texts[i] for i in test])[:, 1]
        for i, score in zip(test, scores, strict=True):
            best[groups[i]] = max(best.get(groups[i], 0.0), float(score))
    care_ids = {row["id"] for row in care_mails}
    scored = [
        MailScore(row["id"], bool(row["care"]), best.get(row["id"], 0.0)) for row in care_mails
    ]
    career = [
        MailScore(group, False, score)
        for group, score in best.items()
        if group not in care_ids and not group.startswith(SENTENCE_GROUP)
    ]
    return scored, career


def choose_threshold(scored: Sequence[MailScore], target: float = RECALL_TARGET) -> float:
    """The highest threshold at which ``target`` of the distress mails still score at or above."""
    distress = sorted((s.score for s in scored if s.distress), reverse=True)
    if not distress:
        raise ValueError("no distress mails to set the threshold on")
    keep = max(1, int(np.ceil(target * len(distress))))
    return round(float(distress[keep - 1]) - 1e-6, 6)


def rates(scored: Sequence[MailScore], threshold: float) -> dict[str, Any]:
    distress = [s for s in scored if s.distress]
    ordinary = [s for s in scored if not s.distress]
    return {
        "distress_found": sum(s.score >= threshold for s in distress),
        "distress": len(distress),
        "ordinary_flagged": sum(s.score >= threshold for s in ordinary),
        "ordinary": len(ordinary),
    }


def train_distress(
    data: Path, hold_out: Sequence[str] = (), progress: Progress = lambda _: None
) -> DistressTrainResult:
    started = time.monotonic()
    with threadpool_limits(1):
        examples, care_mails, counts = collect(data, hold_out)
        progress(f"{len(examples)} sentences, {sum(e.distress for e in examples)} of distress")
        oof, career = _out_of_fold(examples, care_mails, progress)
        threshold = choose_threshold(oof)
        concern_threshold = min(threshold, choose_threshold(oof, CONCERN_TARGET))
        progress("fitting on everything")
        pipeline = build_pipeline().fit(
            [e.text for e in examples], np.array([e.distress for e in examples])
        )
    digest = hashlib.sha256(
        "\n".join(f"{e.distress:d}{e.text}" for e in examples).encode()
    ).hexdigest()
    now = datetime.now(UTC)
    version = f"{now:%Y%m%d-%H%M}-{digest[:8]}"
    model = DistressModel.fitted(pipeline, threshold, version, concern_threshold)
    card = {
        "version": version,
        "date": now.isoformat(timespec="seconds"),
        "sklearn_version": metadata.version("scikit-learn"),
        "format": FORMAT,
        "input": "each sentence of the subject and of member_words(body), normalised",
        "data": {
            "hash": digest,
            "sets": counts,
            "held_out": list(hold_out),
            "sentences": len(examples),
            "distress_sentences": sum(e.distress for e in examples),
        },
        "model": {
            "kind": "logistic regression, word 1-2 and char 3-5 grams, TF-IDF",
            "C": C,
            "features": model.linear.size,
        },
        "threshold": threshold,
        "recall_target": RECALL_TARGET,
        "concern_threshold": concern_threshold,
        "concern_target": CONCERN_TARGET,
        "out_of_fold": rates(oof, threshold),
        "out_of_fold_concern": rates(oof, concern_threshold),
        "career_flagged_out_of_fold": [sum(s.score >= threshold for s in career), len(career)],
        "career_concern_out_of_fold": [
            sum(concern_threshold <= s.score < threshold for s in career),
            len(career),
        ],
        "seconds": round(time.monotonic() - started, 1),
    }
    result = DistressTrainResult(model, card)
    for name in hold_out:
        rows = _rows(data / "care" / f"{name}.jsonl")
        scored = mail_scores(model, rows)
        result.held_out.extend(scored)
        card.setdefault("held_out", {})[name] = rates(scored, threshold)
    return result


def write_model(result: DistressTrainResult, path: Path) -> tuple[Path, ...]:
    """The model and its card, each written whole, as the situation model is."""
    stored = {
        "model": result.model.linear.to_dict(),
        "threshold": result.model.threshold,
        "concern_threshold": result.model.concern_threshold,
    }
    return write_situation_model(stored, result.card, path)
