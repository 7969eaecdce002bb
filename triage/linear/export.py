"""Export from fitted scikit-learn parts: their numbers, read by attribute.

Nothing here imports scikit-learn: a fitted part is read through its attributes (``coef_``,
``vocabulary_``, …). Settings whose arithmetic ``triage.linear.model`` does not do are refused
with ExportError, never approximated.
"""

from __future__ import annotations

from typing import Any

import numpy as np

from triage.linear.model import TOKEN, Block, ExportError, FittedBlock, Head


def export_block(vectorizer: Any) -> Block | FittedBlock:
    """A fitted ``FastTfidf`` or ``TfidfVectorizer`` as a Block; ExportError for settings
    whose arithmetic this module does not do. Any other transformer (no vocabulary: an
    experiment's extra features) stays itself, as a FittedBlock."""
    if not hasattr(vectorizer, "vocabulary_"):
        return FittedBlock(vectorizer)
    vocabulary = {str(term): int(i) for term, i in vectorizer.vocabulary_.items()}
    idf = np.asarray(vectorizer.idf_, dtype=np.float64)
    low, high = (int(n) for n in vectorizer.ngram_range)
    if type(vectorizer).__name__ == "FastTfidf":
        kind = str(vectorizer.kind)
        return Block(kind, low, high, int(vectorizer.tail_chars), False, vocabulary, idf)
    params = vectorizer.get_params()
    preprocessor = params["preprocessor"]
    folds = getattr(preprocessor, "__qualname__", "") == "normalise" and getattr(
        preprocessor, "__module__", ""
    ).endswith("distress_model")
    plain = {
        "analyzer": params["analyzer"] in ("word", "char_wb"),
        "preprocessor": folds,  # lower case, then æøå folded: distress_model.normalise
        "tokenizer": params["tokenizer"] is None,
        "token_pattern": params["token_pattern"] == TOKEN.pattern,
        "stop_words": params["stop_words"] is None,
        "binary": not params["binary"],
        "norm": params["norm"] == "l2",
        "use_idf": params["use_idf"],
        "sublinear_tf": params["sublinear_tf"],
    }
    wrong = [name for name, ok in plain.items() if not ok]
    if wrong:
        raise ExportError(f"TfidfVectorizer settings not supported: {', '.join(wrong)}")
    kind = "char" if params["analyzer"] == "char_wb" else "word"
    return Block(kind, low, high, 0, True, vocabulary, idf)


def export_union(union: Any) -> list[Block | FittedBlock]:
    """The blocks of a fitted FeatureUnion, in its order."""
    if getattr(union, "transformer_weights", None):
        raise ExportError("weighted feature unions are not supported")
    return [export_block(vectorizer) for _, vectorizer in union.transformer_list]


def export_logistic(name: str, classifier: Any, *, every_class: bool = False) -> Head:
    """A fitted LogisticRegression: a softmax over its classes. With two classes, the sigmoid
    of the second (the column ``predict_proba(...)[:, 1]`` gives), or with ``every_class``
    both columns, as the same softmax of half the decision each way."""
    coefficients = np.asarray(classifier.coef_, dtype=np.float64).T
    intercept = np.asarray(classifier.intercept_, dtype=np.float64)
    labels = tuple(str(c) for c in classifier.classes_)
    if len(labels) == 2 and every_class:
        # softmax(-d/2, d/2) = (1 - sigmoid(d), sigmoid(d)): scikit-learn's two columns.
        halves = np.column_stack([-coefficients[:, 0], coefficients[:, 0]]) / 2
        return Head(name, "softmax", labels, halves, np.array([-intercept[0], intercept[0]]) / 2)
    if len(labels) == 2:
        return Head(name, "sigmoid", labels[1:], coefficients.copy(), intercept)
    return Head(name, "softmax", labels, coefficients.copy(), intercept)


def export_classifier(name: str, classifier: Any) -> Head:
    """A topic classifier as training fits it: a logistic regression (every class) or a
    sigmoid-calibrated linear SVC."""
    if type(classifier).__name__ == "CalibratedClassifierCV":
        return export_calibrated(name, classifier)
    return export_logistic(name, classifier, every_class=True)


def export_calibrated(name: str, calibrated: Any) -> Head:
    """A fitted CalibratedClassifierCV of linear models with ``method="sigmoid"``."""
    labels = [str(c) for c in calibrated.classes_]
    binary = len(labels) == 2
    columns, intercepts, calibration = [], [], []
    for member in calibrated.calibrated_classifiers_:
        if member.method != "sigmoid":
            raise ExportError(f"calibration {member.method!r} is not supported")
        coef = np.asarray(member.estimator.coef_, dtype=np.float64)
        bias = np.atleast_1d(np.asarray(member.estimator.intercept_, dtype=np.float64))
        seen = [labels.index(str(c)) for c in member.estimator.classes_]
        if binary:
            columns.append(coef[0])
            intercepts.append(bias[0])
            (only,) = member.calibrators
            calibration.append([[float(only.a_), float(only.b_)]])
            continue
        # A class the member's fold never saw: probability 0, as scikit-learn gives it.
        rows = [[0.0, np.inf] for _ in labels]
        block = np.zeros((coef.shape[1], len(labels)))
        offsets = np.zeros(len(labels))
        for position, row, intercept, calibrator in zip(
            seen, coef, bias, member.calibrators, strict=True
        ):
            block[:, position] = row
            offsets[position] = intercept
            rows[position] = [float(calibrator.a_), float(calibrator.b_)]
        columns.extend(block.T)
        intercepts.extend(offsets)
        calibration.append(rows)
    return Head(
        name,
        "calibrated",
        tuple(labels),
        np.column_stack(columns),
        np.asarray(intercepts, dtype=np.float64),
        np.asarray(calibration, dtype=np.float64),
    )


def export_one_vs_rest(name: str, head: Any, size: int) -> Head:
    """A fitted multi-label OneVsRestClassifier of logistic regressions: a sigmoid per class.
    A class that was always (never) present predicts 1 (0), as scikit-learn's does."""
    if not getattr(head, "multilabel_", False):
        raise ExportError("only multi-label one-vs-rest heads are supported")
    columns, intercepts = [], []
    for estimator in head.estimators_:
        if hasattr(estimator, "coef_"):
            columns.append(np.asarray(estimator.coef_[0], dtype=np.float64))
            intercepts.append(float(estimator.intercept_[0]))
        else:  # scikit-learn's _ConstantPredictor
            columns.append(np.zeros(size))
            intercepts.append(np.inf if float(np.ravel(estimator.y_)[0]) else -np.inf)
    classes = tuple(str(c) for c in head.classes_)
    return Head(name, "sigmoid", classes, np.column_stack(columns), np.asarray(intercepts))
