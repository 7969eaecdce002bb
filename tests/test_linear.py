"""The pass's plain-number models give scikit-learn's own probabilities (triage.linear)."""

from __future__ import annotations

import io

import joblib
import numpy as np
import pytest
from sklearn.base import BaseEstimator, TransformerMixin
from sklearn.calibration import CalibratedClassifierCV
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.multiclass import OneVsRestClassifier
from sklearn.pipeline import FeatureUnion, Pipeline
from sklearn.svm import LinearSVC

from triage.inbound.distress_model import normalise
from triage.linear import FORMAT, Block, ExportError, Head, LinearText, export_block
from triage.model.classify import export_topic_model
from triage.model.features import FastTfidf

TRAIN = {
    "salary": ["Hvilket lønnstrinn bør jeg be om?", "What salary should I ask for?"],
    "cv": ["Kan dere se over CV-en min?", "Could you read my cover letter?"],
    "interview": ["Jeg skal på intervju i morgen", "How do I prepare for a panel interview?"],
    "followup": ["Bør jeg ringe arbeidsgiver igjen?", "No answer three weeks after applying"],
}
# Texts the models never saw, with what a mailbox holds: æøå, odd spaces, emoji, nothing.
TEXTS = [
    "Lønn og lønnstrinn: hva sier tariffen? Mvh Kari",
    "ÆØÅ æøå aeoeaa İstanbul straße",
    "\u200b\u202e odd \t chars 🙂 interview",
    "x" * 700,
    "",
    "cv cv cv cv intervju intervju",
]


def _texts_labels(times: int = 3) -> tuple[list[str], list[str]]:
    texts, labels = [], []
    for label, samples in TRAIN.items():
        for n in range(times):
            texts += [f"{s} ({n})" if n else s for s in samples]
            labels += [label] * len(samples)
    return texts, labels


def _features() -> FeatureUnion:
    return FeatureUnion(
        [("words", FastTfidf("word", (1, 2))), ("chars", FastTfidf("char", (3, 5), 40))]
    )


def test_logistic_topic_model_and_both_heads_match_scikit_learn() -> None:
    texts, labels = _texts_labels()
    pipeline = Pipeline(
        [("features", _features()), ("classifier", LogisticRegression(C=10.0, max_iter=500))]
    ).fit(texts, labels)
    features = pipeline.named_steps["features"].transform(texts)
    in_scope = LogisticRegression().fit(features, [label != "cv" for label in labels])
    # Label sets; the last column is always present, so its estimator is a constant one.
    sets = np.array([[label == "salary", label == "cv", True] for label in labels])
    with pytest.warns(UserWarning, match="present in all training examples"):
        secondary = OneVsRestClassifier(LogisticRegression()).fit(features, sets)
    linear = export_topic_model(pipeline, secondary, in_scope)
    found = linear.probabilities(TEXTS)
    unseen = pipeline.named_steps["features"].transform(TEXTS)
    assert found["topic"] == pytest.approx(pipeline.predict_proba(TEXTS), abs=1e-12)
    assert found["in_scope"][:, 0] == pytest.approx(in_scope.predict_proba(unseen)[:, 1], abs=1e-12)
    assert found["secondary"] == pytest.approx(secondary.predict_proba(unseen), abs=1e-12)
    assert linear.classes("topic") == tuple(pipeline.classes_)


@pytest.mark.parametrize("topics", [4, 2])
def test_calibrated_svc_matches_scikit_learn(topics: int) -> None:
    texts, labels = _texts_labels(times=6)
    kept = [i for i, label in enumerate(labels) if label in list(TRAIN)[:topics]]
    texts, labels = [texts[i] for i in kept], [labels[i] for i in kept]
    classifier = CalibratedClassifierCV(LinearSVC(C=0.3), method="sigmoid", cv=3)
    pipeline = Pipeline([("features", _features()), ("classifier", classifier)])
    pipeline.fit(texts, labels)
    found = export_topic_model(pipeline).probabilities(TEXTS)["topic"]
    assert found.shape == (len(TEXTS), topics)
    assert found == pytest.approx(pipeline.predict_proba(TEXTS), abs=1e-12)


def test_two_topics_by_logistic_regression_give_both_columns() -> None:
    texts, labels = _texts_labels()
    kept = [i for i, label in enumerate(labels) if label in ("salary", "cv")]
    pipeline = Pipeline([("features", _features()), ("classifier", LogisticRegression())])
    pipeline.fit([texts[i] for i in kept], [labels[i] for i in kept])
    found = export_topic_model(pipeline).probabilities(TEXTS)["topic"]
    assert found == pytest.approx(pipeline.predict_proba(TEXTS), abs=1e-12)


def test_a_model_survives_its_file() -> None:
    texts, labels = _texts_labels()
    pipeline = Pipeline([("features", _features()), ("classifier", LogisticRegression())]).fit(
        texts, labels
    )
    linear = export_topic_model(pipeline)
    buffer = io.BytesIO()
    joblib.dump(linear.to_dict(), buffer, compress=3)
    again = LinearText.from_dict(joblib.load(io.BytesIO(buffer.getvalue())))
    assert np.array_equal(again.probabilities(TEXTS)["topic"], linear.probabilities(TEXTS)["topic"])


def test_a_model_file_of_the_first_format_still_loads() -> None:
    """linear-text-1 stored each vocabulary as a dict (slow to unpickle); those files, written
    by the previous version, give the same probabilities."""
    texts, labels = _texts_labels()
    pipeline = Pipeline([("features", _features()), ("classifier", LogisticRegression())]).fit(
        texts, labels
    )
    linear = export_topic_model(pipeline)
    stored = linear.to_dict()
    assert stored["format"] == FORMAT == "linear-text-2"
    assert all(isinstance(b["terms"], str) and "vocabulary" not in b for b in stored["blocks"])
    first = {**stored, "format": "linear-text-1"}
    first["blocks"] = [
        {**{k: v for k, v in b.items() if k != "terms"}, "vocabulary": block.vocabulary}
        for b, block in zip(stored["blocks"], linear.blocks, strict=True)
    ]
    again = LinearText.from_dict(first)
    assert [b.vocabulary for b in again.blocks] == [b.vocabulary for b in linear.blocks]
    assert np.array_equal(again.probabilities(TEXTS)["topic"], linear.probabilities(TEXTS)["topic"])


@pytest.mark.parametrize(
    "vocabulary", [{"ab": 0, "cd": 2}, {"ab": 1, "cd": 1}, {"ab": 0, "c\nd": 1}]
)
def test_a_vocabulary_that_one_string_cannot_hold_is_refused(vocabulary) -> None:
    block = Block("word", 1, 1, 0, False, vocabulary, np.ones(len(vocabulary)))
    head = Head("topic", "sigmoid", ("a",), np.ones((2, 1)), np.zeros(1), None)
    with pytest.raises(ExportError):
        LinearText([block], [head]).to_dict()


def _first_term_twice(stored: dict) -> None:
    terms = stored["blocks"][0]["terms"].split("\n")
    stored["blocks"][0]["terms"] = "\n".join([*terms[:-1], terms[0]])


@pytest.mark.parametrize(
    "damage",
    [
        lambda d: d.update(format="linear-text-0"),
        _first_term_twice,
        lambda d: d["blocks"][0].update(terms=["ab", "cd"]),
        lambda d: d.pop("heads"),
        lambda d: d["blocks"][0].update(kind="sentence"),
        lambda d: d["blocks"][0].update(idf=d["blocks"][0]["idf"][:-1]),
        lambda d: d["heads"][0].update(intercept=d["heads"][0]["intercept"][:-1]),
        lambda d: d["heads"][0].update(link="tanh"),
        lambda d: d["heads"][0].update(calibration=np.zeros((1, 4, 2))),
    ],
)
def test_a_damaged_model_is_refused(damage) -> None:
    texts, labels = _texts_labels()
    pipeline = Pipeline([("features", _features()), ("classifier", LogisticRegression())]).fit(
        texts, labels
    )
    stored = export_topic_model(pipeline).to_dict()
    damage(stored)
    with pytest.raises(ExportError):
        LinearText.from_dict(stored)


def test_tfidf_settings_it_cannot_compute_are_refused() -> None:
    texts, _ = _texts_labels()
    fine = TfidfVectorizer(preprocessor=normalise, sublinear_tf=True).fit(texts)
    assert export_block(fine).fold
    for wrong in (
        TfidfVectorizer(sublinear_tf=True),  # lower case without folding
        TfidfVectorizer(preprocessor=normalise),  # raw counts
        TfidfVectorizer(preprocessor=normalise, sublinear_tf=True, binary=True),
        TfidfVectorizer(preprocessor=normalise, sublinear_tf=True, stop_words=["og"]),
        TfidfVectorizer(preprocessor=normalise, sublinear_tf=True, analyzer="char"),
    ):
        with pytest.raises(ExportError):
            export_block(wrong.fit(texts))


@pytest.mark.parametrize(("kind", "low", "high"), [("word", 1, 2), ("word", 1, 3), ("char", 3, 5)])
def test_columns_are_the_vocabulary_of_the_grams(kind: str, low: int, high: int) -> None:
    texts, _ = _texts_labels()
    probe = Block(kind, low, high, 30, True, {}, np.zeros(0))
    grams = sorted({g for text in texts for g in probe.grams(text)})[::2]  # half known
    block = Block(kind, low, high, 30, True, {g: i for i, g in enumerate(grams)}, np.ones(1))
    for text in [*texts, *TEXTS]:
        expected = [block.vocabulary[g] for g in block.grams(text) if g in block.vocabulary]
        assert sorted(block.columns(text)) == sorted(expected)
        assert block.columns(text) == block.columns(text)  # the remembered words, too


def test_the_remembered_words_are_bounded(monkeypatch: pytest.MonkeyPatch) -> None:
    """A stream of made-up words (an attacker, a pasted hex dump) cannot grow the memory past
    the bound; what the block computes stays the same."""
    from triage.linear import model

    monkeypatch.setattr(model, "CACHE_WORDS", 100)
    block = Block("char", 3, 5, 0, False, {" ab": 0, "abc": 1}, np.ones(2))
    sizes = []
    for n in range(1_000):
        assert block.columns(f"abc{n:x}zz ab") == [0, 1, 0]
        sizes.append(len(block._cache))
    assert max(sizes) <= 101 and min(sizes[200:]) < 100


class _Shape(TransformerMixin, BaseEstimator):
    """Dense extra features, as an experiment adds them (sentence embeddings, say)."""

    def fit(self, texts, y=None):
        return self

    def transform(self, texts):
        return np.array([[len(t) / 100, t.count("?"), 0.0] for t in texts])


def test_an_experiments_extra_features_run_but_are_never_stored() -> None:
    """scripts/accuracy_benchmarks.py --encoder adds features no TF-IDF block can compute:
    the model still gives scikit-learn's probabilities, and writing it is refused."""
    texts, labels = _texts_labels()
    features = FeatureUnion([("words", FastTfidf("word", (1, 2))), ("shape", _Shape())])
    pipeline = Pipeline([("features", features), ("classifier", LogisticRegression())])
    pipeline.fit(texts, labels)
    linear = export_topic_model(pipeline)
    assert linear.probabilities(TEXTS)["topic"] == pytest.approx(
        pipeline.predict_proba(TEXTS), abs=1e-12
    )
    with pytest.raises(ExportError, match="cannot be stored"):
        linear.to_dict()
