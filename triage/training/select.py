"""Choosing the model: candidate pipelines, cross-validation, the threshold.

With a validation file (for ``data/`` the realistic validation set, mail in the style of the
real stream) every setting is fitted on the training examples and scored on it: the share of
mail it drafts at the threshold that reaches the target precision there. Without one, every
setting is scored by the macro-F1 of its out-of-fold predictions, with the features fitted on
the training folds only, and those predictions choose the threshold. When a second topic is
worth adding is chosen in ``triage.training.secondary``.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
from sklearn.calibration import CalibratedClassifierCV
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import f1_score
from sklearn.model_selection import StratifiedKFold
from sklearn.pipeline import FeatureUnion, Pipeline
from sklearn.svm import LinearSVC

from triage.model.features import FastTfidf

# Both feature sets use sublinear tf so a long mail's repeated words do not drown the rest.
WORD_NGRAMS = (1, 2)
CHAR_NGRAMS = (3, 5)
# Character n-grams read only the end of a mail, where members ask their question. On the
# realistic validation set the last 400 characters beat the whole text, the first 400, the
# question sentences and 250-600 (docs/benchmarks.md), and they cost a third of the time.
TAIL_CHARS = 400
# (kind, C): LinearSVC in sigmoid calibration, or multinomial logistic regression.
# One logistic regression only: lbfgs on ~100k sparse features takes seconds per fit, and
# several of them would break the ~30 s budget for data/ on two cores.
GRID: tuple[tuple[str, float], ...] = (
    ("svc", 0.1),
    ("svc", 0.3),
    ("svc", 1.0),
    ("svc", 3.0),
    ("logreg", 20.0),
)
# Experiments may add feature makers here (scripts/accuracy_benchmarks.py --encoder adds sentence
# embeddings); the product never does, so its model stays pure scikit-learn.
EXTRA_FEATURES: list[tuple[str, Callable[[], Any]]] = []
# Logistic regression with lbfgs costs about samples x classes; past this it alone would
# take minutes on two cores (BANKING77, CLINC150). Large data gets two SVC settings, which
# keeps those under a minute; adding C=3 cost CLINC150 30 s and moved accuracy 0.1-0.2 points.
LARGE_WORK = 200_000
LARGE_GRID: tuple[tuple[str, float], ...] = (("svc", 0.3), ("svc", 1.0))


# Settings tried against a validation file. Logistic regression only: it ranked mail better
# than the calibrated SVC on the realistic validation set, and takes sample weights directly.
VAL_GRID: tuple[tuple[str, float], ...] = (("logreg", 20.0), ("logreg", 50.0))
# The in-scope head: balanced classes, since a third of the training mail is "other" and its
# job is to say when a mail is *not* a question on the topics.
IN_SCOPE_C = 20.0


def make_features() -> Any:
    return FeatureUnion(
        [
            ("words", FastTfidf("word", WORD_NGRAMS)),
            ("chars", FastTfidf("char", CHAR_NGRAMS, tail_chars=TAIL_CHARS)),
            *[(name, make()) for name, make in EXTRA_FEATURES],
        ]
    )


def make_in_scope_head() -> Any:
    return LogisticRegression(C=IN_SCOPE_C, max_iter=2000, class_weight="balanced")


def make_classifier(kind: str, c: float) -> Any:
    if kind == "svc":
        return CalibratedClassifierCV(LinearSVC(C=c), method="sigmoid", cv=3)
    return LogisticRegression(C=c, max_iter=2000)


def make_pipeline(kind: str, c: float) -> Any:
    return Pipeline([("features", make_features()), ("classifier", make_classifier(kind, c))])


def describe_setting(kind: str, c: float) -> str:
    name = "LinearSVC (sigmoid-calibrated)" if kind == "svc" else "LogisticRegression"
    return f"{name}, C={c:g}"


@dataclass
class CrossValidation:
    folds: int
    scores: dict[tuple[str, float], float]
    probabilities: dict[tuple[str, float], np.ndarray]  # out-of-fold, rows = training texts
    extra_probabilities: dict[tuple[str, float], np.ndarray]  # rows = never-trained texts

    def best(self) -> tuple[str, float]:
        # max() keeps the first of equal scores: the grid lists simpler settings first.
        return max(self.scores, key=lambda s: self.scores[s])


def choose_grid(n_train: int, n_labels: int, smallest: int) -> list[tuple[str, float]]:
    grid = list(LARGE_GRID if n_train * n_labels > LARGE_WORK else GRID)
    if smallest < 6:  # the calibration's own 3-fold split needs 3 per label in every fold
        grid = [s for s in grid if s[0] != "svc"]
    return grid


def cross_validate(
    texts: list[str],
    labels: list[str],
    grid: list[tuple[str, float]],
    extra_texts: list[str],
    progress: Callable[[str], None],
) -> CrossValidation:
    """Out-of-fold probabilities for each setting; features are fitted on training folds only.

    ``extra_texts`` (out-of-scope examples, never trained on) are predicted by the fold
    models in turn, so they can take part in choosing the threshold.
    """
    counts = Counter(labels)
    folds = max(2, min(5 if len(texts) <= 5000 else 3, min(counts.values())))
    classes = sorted(counts)
    y = np.array(labels)
    out = {s: np.zeros((len(texts), len(classes))) for s in grid}
    extra = {s: np.zeros((len(extra_texts), len(classes))) for s in grid}
    splitter = StratifiedKFold(n_splits=folds, shuffle=True, random_state=0)
    for number, (fit_rows, held_rows) in enumerate(splitter.split(texts, y)):
        progress(f"  fold {number + 1}/{folds}…")
        features = make_features()
        fitted = features.fit_transform([texts[i] for i in fit_rows])
        held = features.transform([texts[i] for i in held_rows])
        extra_rows = list(range(number, len(extra_texts), folds))
        extra_x = features.transform([extra_texts[i] for i in extra_rows]) if extra_rows else None
        for setting in grid:
            classifier = make_classifier(*setting).fit(fitted, y[fit_rows])
            out[setting][held_rows] = classifier.predict_proba(held)
            if extra_x is not None:
                extra[setting][extra_rows] = classifier.predict_proba(extra_x)
    scores = {}
    for setting, probabilities in out.items():
        predicted = np.array(classes)[probabilities.argmax(axis=1)]
        scores[setting] = float(f1_score(y, predicted, average="macro"))
    return CrossValidation(folds, scores, out, extra)


# --- threshold -----------------------------------------------------------------------------


@dataclass(frozen=True)
class ThresholdChoice:
    threshold: float
    precision: float
    coverage: float
    reached: bool
    drafted: int
    total: int


# Never draft a topic the model gives less than even odds, whatever validation says: the
# validation mail is all career mail, the mailbox's is not (the corpus of other projects' test
# mail got 63 template drafts at the 0.26 that validation alone chose, 20 at 0.5).
ABSTAIN_FLOOR = 0.5


def choose_threshold(
    true_labels: Sequence[str],
    predicted: Sequence[str],
    confidence: Sequence[float],
    no_draft: set[str],
    target: float,
    floor: float = ABSTAIN_FLOOR,
) -> ThresholdChoice:
    """The lowest threshold (not below ``floor``) at which drafted predictions reach ``target``.

    Drafted = confidence >= threshold and a draft topic predicted. Coverage is the share of
    all examples that get a draft. When no threshold reaches the target, the one with the
    best precision is taken (the card then says ``target_reached: false``).
    """
    total = len(true_labels)
    rows = [
        (float(c), p == t)
        for t, p, c in zip(true_labels, predicted, confidence, strict=True)
        if p not in no_draft
    ]
    if not rows:
        return ThresholdChoice(1.0, 0.0, 0.0, False, 0, total)
    rows.sort(key=lambda r: -r[0])
    candidates = []  # (threshold, precision, drafted) for each distinct confidence
    correct = 0
    for index, (conf, right) in enumerate(rows):
        correct += right
        last_of_value = index + 1 == len(rows) or rows[index + 1][0] < conf
        if last_of_value and conf >= floor:
            candidates.append((conf, correct / (index + 1), index + 1))
    if not candidates:
        return ThresholdChoice(1.0, 0.0, 0.0, False, 0, total)
    reaching = [c for c in candidates if c[1] >= target]
    if reaching:
        threshold, precision, drafted = min(reaching, key=lambda c: c[0])
        reached = True
    else:
        threshold, precision, drafted = max(candidates, key=lambda c: (c[1], -c[0]))
        reached = False
    return ThresholdChoice(round(threshold, 6), precision, drafted / total, reached, drafted, total)
