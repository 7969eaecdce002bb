"""The second topic of a mail on two topics: a one-vs-rest head on the topic model's features.

The topic model answers "which one topic"; its runner-up is a poor guess at a second topic
(precision 0.4-0.67 on our validation data). A head trained on label *sets* (main topic plus the
labelled secondary topic) over the same fitted features does much better, and costs one sparse
matrix product at prediction time, because the features are computed once for both.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

import numpy as np

from triage.training.select import SECONDARY_MIN_SUPPORT, make_features

HEAD_C = 20.0


def make_head() -> Any:
    from sklearn.linear_model import LogisticRegression
    from sklearn.multiclass import OneVsRestClassifier

    return OneVsRestClassifier(LogisticRegression(C=HEAD_C, max_iter=2000))


def _label_sets(labels: Sequence[str], secondaries: Sequence[str | None]) -> list[set[str]]:
    pairs = zip(labels, secondaries, strict=True)
    return [{label} | ({second} if second else set()) for label, second in pairs]


def fit_secondary(
    texts: Sequence[str],
    labels: Sequence[str],
    secondaries: Sequence[str | None],
    fitted_features: Any,
    draft_topics: Sequence[str],
    target: float,
    progress: Callable[[str], None],
    folds: int = 5,
) -> tuple[Any | None, dict[str, Any]]:
    """(head or None, rule for the card): the head when a minimum probability reaches ``target``.

    The minimum is chosen on out-of-fold probabilities: the lowest at which an added topic equals
    the labelled secondary topic with ``target`` precision over at least SECONDARY_MIN_SUPPORT
    additions. Mails whose second topic was never labelled count against it, so the figure is
    a floor on the real precision.
    """
    from sklearn.model_selection import KFold
    from sklearn.preprocessing import MultiLabelBinarizer

    rule: dict[str, Any] = {
        "rule": "one-vs-rest head on the topic model's features; add the most likely other draft"
        " topic when the main topic is drafted and that topic's probability >= min_probability",
        "min_probability": None,
        "target_precision": target,
        "validation_with_secondary": sum(s is not None for s in secondaries),
    }
    if rule["validation_with_secondary"] < SECONDARY_MIN_SUPPORT:
        rule["note"] = "disabled: too few labelled secondary topics"
        return None, rule
    binarizer = MultiLabelBinarizer(classes=sorted(set(labels)))
    targets = binarizer.fit_transform(_label_sets(labels, secondaries))
    classes = list(binarizer.classes_)
    out_of_fold = np.zeros(targets.shape)
    texts = list(texts)
    splits = KFold(folds, shuffle=True, random_state=0).split(texts)
    for number, (train, held) in enumerate(splits, start=1):
        progress(f"  secondary topic, fold {number}/{folds}…")
        features = make_features().fit([texts[i] for i in train])
        head = make_head().fit(features.transform([texts[i] for i in train]), targets[train])
        out_of_fold[held] = head.predict_proba(features.transform([texts[i] for i in held]))
    candidates = []
    for row, label, second in zip(out_of_fold, labels, secondaries, strict=True):
        if label not in draft_topics:
            continue
        others = [(row[j], name) for j, name in enumerate(classes) if name in draft_topics]
        probability, name = max((p, n) for p, n in others if n != label)
        candidates.append((float(probability), name == second))
    candidates.sort(key=lambda c: -c[0])
    correct, best = 0, None
    for index, (probability, right) in enumerate(candidates):
        correct += right
        count = index + 1
        last_of_value = count == len(candidates) or candidates[index + 1][0] < probability
        if last_of_value and count >= SECONDARY_MIN_SUPPORT and correct / count >= target:
            best = (probability, correct / count, count, correct)
    if best is None:
        rule["note"] = f"disabled: no minimum reached precision {target:.2f} on validation"
        return None, rule
    pairs = zip(labels, secondaries, strict=True)
    labelled = sum(1 for label, second in pairs if label in draft_topics and second)
    rule.update(
        classes=classes,  # the head's columns (a label matrix leaves it only their numbers)
        min_probability=round(best[0], 6),
        validation_precision=round(best[1], 4),
        validation_added=best[2],
        validation_recall=round(best[3] / max(labelled, 1), 4),
    )
    progress("  secondary topic: fitting the head…")
    head = make_head().fit(fitted_features.transform(texts), targets)
    return head, rule


def secondary_topic(
    row: Sequence[float],
    classes: Sequence[str],
    primary: str,
    draft_topics: Sequence[str],
    minimum: float,
) -> tuple[str, float] | None:
    """The second topic for one mail from the head's probability row, or None."""
    best: tuple[float, str] | None = None
    for probability, name in zip(row, classes, strict=True):
        if name != primary and name in draft_topics and (best is None or probability > best[0]):
            best = (float(probability), name)
    if best is None or best[0] < minimum:
        return None
    return best[1], best[0]
