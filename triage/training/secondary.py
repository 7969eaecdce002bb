"""Training the second-topic head: a one-vs-rest classifier on the topic model's features.

The head learns label *sets* (main topic plus the labelled secondary topic); its rule (the
minimum probability at which a second topic is added) is chosen here on out-of-fold
probabilities and written to the card. Prediction reads the head and the rule in
``triage.model.secondary``.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

import numpy as np
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import KFold
from sklearn.multiclass import OneVsRestClassifier
from sklearn.preprocessing import MultiLabelBinarizer

from triage.training.select import make_features

HEAD_C = 20.0
# Fewer labelled second topics (or fewer additions at a minimum) than this decide nothing.
SECONDARY_MIN_SUPPORT = 5


def make_head() -> Any:
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
    texts = list(texts)
    out_of_fold = _out_of_fold(texts, targets, folds, progress)
    candidates = _candidates(out_of_fold, classes, labels, secondaries, draft_topics)
    best = _lowest_minimum(candidates, target)
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


def _out_of_fold(
    texts: list[str], targets: np.ndarray, folds: int, progress: Callable[[str], None]
) -> np.ndarray:
    """The head's probabilities for every text from a head that never saw it."""
    out_of_fold = np.zeros(targets.shape)
    splits = KFold(folds, shuffle=True, random_state=0).split(texts)
    for number, (train, held) in enumerate(splits, start=1):
        progress(f"  secondary topic, fold {number}/{folds}…")
        features = make_features().fit([texts[i] for i in train])
        head = make_head().fit(features.transform([texts[i] for i in train]), targets[train])
        out_of_fold[held] = head.predict_proba(features.transform([texts[i] for i in held]))
    return out_of_fold


def _candidates(
    out_of_fold: np.ndarray,
    classes: Sequence[str],
    labels: Sequence[str],
    secondaries: Sequence[str | None],
    draft_topics: Sequence[str],
) -> list[tuple[float, bool]]:
    """(probability, right) of the topic that would be added to each drafted mail, best first."""
    candidates = []
    for row, label, second in zip(out_of_fold, labels, secondaries, strict=True):
        if label not in draft_topics:
            continue
        others = [(row[j], name) for j, name in enumerate(classes) if name in draft_topics]
        probability, name = max((p, n) for p, n in others if n != label)
        candidates.append((float(probability), name == second))
    candidates.sort(key=lambda c: -c[0])
    return candidates


def _lowest_minimum(
    candidates: Sequence[tuple[float, bool]], target: float
) -> tuple[float, float, int, int] | None:
    """(minimum, precision, added, right) at the lowest minimum that reaches ``target``."""
    correct, best = 0, None
    for index, (probability, right) in enumerate(candidates):
        correct += right
        count = index + 1
        last_of_value = count == len(candidates) or candidates[index + 1][0] < probability
        if last_of_value and count >= SECONDARY_MIN_SUPPORT and correct / count >= target:
            best = (probability, correct / count, count, correct)
    return best
