"""Measuring a model on the test split, as classifier and as the live pass would use it."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np
from sklearn.metrics import confusion_matrix, f1_score, precision_recall_fscore_support

from triage.model.classify import NO_DRAFT, Prediction, Scores, TopicModel
from triage.training.data import Example

ABSTAINED = "(abstained)"


def live_topics(model: TopicModel, scores: Scores, oos_label: str | None) -> list[str]:
    """What the live pass would tag: the topic, or the no-draft label where it abstains."""
    abstain_as = oos_label if oos_label and NO_DRAFT not in model.labels else NO_DRAFT
    return [abstain_as if p.abstained else p.topic for p in model.decide(scores)]


def live_macro_f1(true_labels: Sequence[str], live: Sequence[str]) -> float:
    present = sorted(set(true_labels))
    return float(f1_score(true_labels, live, labels=present, average="macro", zero_division=0))


def evaluate(model: TopicModel, test: Sequence[Example], oos_label: str | None) -> dict[str, Any]:
    """Metrics on the test split: the classifier's own (argmax) and at the threshold."""
    labels = list(model.labels)
    truth = [e.label for e in test]
    scores = model.scores([e.text for e in test])
    probabilities = scores.topic
    argmax = [labels[i] for i in probabilities.argmax(axis=1)]
    in_scope = [i for i, t in enumerate(truth) if t != oos_label]
    y_in = [truth[i] for i in in_scope]
    p_in = [argmax[i] for i in in_scope]
    precision, recall, f1, support = precision_recall_fscore_support(
        y_in, p_in, labels=labels, zero_division=0
    )
    predictions = model.decide(scores)
    result: dict[str, Any] = {
        "examples": len(test),
        "accuracy": rounded(np.mean([a == b for a, b in zip(y_in, p_in, strict=True)])),
        "macro_f1": rounded(np.mean(f1)),
        "per_topic": {
            label: {
                "precision": rounded(p),
                "recall": rounded(r),
                "f1": rounded(f),
                "support": int(s),
            }
            for label, p, r, f, s in zip(labels, precision, recall, f1, support, strict=True)
        },
        "confusion_matrix": {
            "labels": labels,
            "matrix": confusion_matrix(y_in, p_in, labels=labels).tolist(),
        },
        "at_threshold": _at_threshold(model, scores, predictions, truth, oos_label),
    }
    if oos_label:
        result["out_of_scope"] = _out_of_scope(predictions, argmax, truth, oos_label)
    return result


def _at_threshold(
    model: TopicModel,
    scores: Scores,
    predictions: Sequence[Prediction],
    truth: Sequence[str],
    oos_label: str | None,
) -> dict[str, Any]:
    """What the live pass would do on the test split: drafts, abstentions, their confusion."""
    labels = list(model.labels)
    live = live_topics(model, scores, oos_label)
    drafted = [i for i, p in enumerate(predictions) if p.topics]
    right = sum(predictions[i].topic == truth[i] for i in drafted)
    rows = labels + sorted({t for t in truth if t not in labels})
    columns = [ABSTAINED if p.abstained else p.topic for p in predictions]
    return {
        "threshold": model.threshold,
        "coverage": rounded(len(drafted) / max(1, len(truth))),
        "drafted": len(drafted),
        "drafted_precision": rounded(right / len(drafted)) if drafted else None,
        "abstained": sum(p.abstained for p in predictions),
        "macro_f1_live": rounded(live_macro_f1(truth, live)),
        "confusion_matrix": {
            "rows": rows,
            "columns": labels + [ABSTAINED],
            "matrix": [
                [
                    sum(1 for t, c in zip(truth, columns, strict=True) if t == r and c == col)
                    for col in labels + [ABSTAINED]
                ]
                for r in rows
            ],
        },
    }


def _out_of_scope(
    predictions: Sequence[Prediction], argmax: Sequence[str], truth: Sequence[str], oos_label: str
) -> dict[str, Any]:
    """In-scope mail answered with the right topic, and out-of-scope mail left alone."""
    in_scope = [i for i, t in enumerate(truth) if t != oos_label]
    oos = [i for i, t in enumerate(truth) if t == oos_label]
    return {
        "label": oos_label,
        "in_scope_accuracy": rounded(
            np.mean([not predictions[i].abstained and argmax[i] == truth[i] for i in in_scope])
        ),
        "oos_recall": rounded(np.mean([predictions[i].abstained for i in oos])) if oos else None,
        "oos_examples": len(oos),
    }


def rounded(value: Any) -> float:
    """Four decimals: what the card and the summary show of a metric."""
    return round(float(value), 4)
