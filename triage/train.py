"""Train the topic model: load labelled examples, pick a model, a threshold, and write it.

``run_training`` is what ``triage train`` calls. For ``data/`` (our mails) the test split is
fixed by a hash of each example's id, so every retraining is measured on the same mails, and
the new model replaces the current one only when it is not worse on them. For a generic
``--data`` file (the public benchmarks) the caller may give the standard test and validation
files. Everything a person needs to judge the model goes into the card (``topic.json``) and
a report page (``topic-report.html``).
"""

from __future__ import annotations

import csv
import hashlib
import html
import io
import json
import os
import re
import tempfile
import time
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from importlib import metadata
from pathlib import Path
from typing import Any

import numpy as np

from .classify import NO_DRAFT, TopicModel, card_path_for, load_model, model_text, sha256_bytes
from .errors import ConfigError, ModelError

Progress = Callable[[str], None]

TEST_PERCENT = 20
SPLIT_RULE = (
    f"test if int(sha256(key)[:8], 16) % 100 < {TEST_PERCENT}, key = {{key}}; a label with no"
    " test example gives its lowest-hash example to test; every label keeps at least 2"
    " training examples; counsellor examples are never in test"
)
NEAR_DUPLICATE = 0.9  # cosine on char 3-5 gram TF-IDF of the normalised text
SECONDARY_MIN_SUPPORT = 5
ABSTAINED = "(abstained)"

# Both feature sets use sublinear tf so a long mail's repeated words do not drown the rest.
WORD_NGRAMS = (1, 2)
CHAR_NGRAMS = (2, 5)
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
# Experiments may add feature makers here (scripts/benchmarks.py --encoder adds sentence
# embeddings); the product never does, so its model stays pure scikit-learn.
EXTRA_FEATURES: list[tuple[str, Callable[[], Any]]] = []
# Logistic regression with lbfgs costs about samples x classes; past this it alone would
# take minutes on two cores (BANKING77, CLINC150). Large data gets two SVC settings, which
# keeps those under a minute; adding C=3 cost CLINC150 30 s and moved accuracy 0.1-0.2 points.
LARGE_WORK = 200_000
LARGE_GRID: tuple[tuple[str, float], ...] = (("svc", 0.3), ("svc", 1.0))


@dataclass(frozen=True)
class Example:
    """One labelled text. ``text`` is the model input (``for_model`` output)."""

    text: str
    label: str
    secondary: str | None = None
    lang: str = ""
    id: str = ""
    source: str = "data"


@dataclass(frozen=True)
class TrainOptions:
    data_dir: Path
    data_file: Path | None = None
    test_file: Path | None = None
    val_file: Path | None = None
    oos_label: str | None = None
    model_path: Path = Path("models/topic.joblib")
    target_precision: float = 0.90
    force: bool = False
    write: bool = True


@dataclass
class TrainResult:
    """What training did; ``summary()`` is the evaluation a person reads."""

    card: dict[str, Any]
    replaced: bool
    decision: str
    written: tuple[Path, ...] = ()
    old_score: float | None = None
    model: TopicModel | None = None  # the new model, written or not (benchmarks reuse it)

    def summary(self) -> str:
        return format_summary(self)


# --- loading -------------------------------------------------------------------------------


def load_data_dir(folder: Path) -> list[Example]:
    """Our labelled mails: ``data/*.jsonl`` with id, subject, body, label, secondary, lang."""
    if not folder.is_dir():
        raise ConfigError(f"data folder {folder} does not exist")
    files = sorted(folder.glob("*.jsonl"))
    if not files:
        raise ConfigError(f"no labelled examples in {folder}: add {folder}/<label>.jsonl files")
    examples: list[Example] = []
    seen: dict[str, str] = {}
    for path in files:
        for number, record in _json_lines(path):
            where = f"{path}:{number}"
            ident = record.get("id")
            if not isinstance(ident, str) or not ident:
                raise ConfigError(f"{where}: missing id")
            if ident in seen:
                raise ConfigError(f"{where}: id {ident} is also in {seen[ident]}")
            seen[ident] = where
            subject, body = record.get("subject") or "", record.get("body")
            label, secondary = record.get("label"), record.get("secondary")
            if not isinstance(body, str) or not isinstance(subject, str):
                raise ConfigError(f"{where}: subject and body must be strings")
            if not isinstance(label, str) or not label:
                raise ConfigError(f"{where}: missing label")
            if secondary is not None and not isinstance(secondary, str):
                raise ConfigError(f"{where}: secondary must be a label or null")
            text = model_text(subject, body)
            lang = record.get("lang") if isinstance(record.get("lang"), str) else ""
            examples.append(Example(text, label, secondary or None, lang, ident, "data"))
    if not examples:
        raise ConfigError(f"no labelled examples in {folder}")
    return examples


def load_table(path: Path) -> list[Example]:
    """A generic labelled file: CSV with text,label (or text,category) or JSON lines."""
    if not path.is_file():
        raise ConfigError(f"data file {path} does not exist")
    try:
        head = path.read_text(encoding="utf-8")[:200].lstrip()
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"data file {path} cannot be read as UTF-8 ({exc})") from None
    if path.suffix.lower() in (".jsonl", ".json", ".ndjson") or head.startswith("{"):
        rows = [(f"{path}:{n}", record) for n, record in _json_lines(path)]
    else:
        rows = _csv_rows(path)
    examples = []
    for where, row in rows:
        text, label = row.get("text"), row.get("label", row.get("category"))
        if not isinstance(text, str) or not text.strip():
            raise ConfigError(f"{where}: empty or missing text")
        if not isinstance(label, str) or not label.strip():
            raise ConfigError(f"{where}: empty or missing label")
        examples.append(Example(text.strip(), label.strip(), source=path.name))
    if not examples:
        raise ConfigError(f"data file {path} has no examples")
    return examples


def _json_lines(path: Path) -> list[tuple[int, dict[str, Any]]]:
    records = []
    with path.open(encoding="utf-8") as lines:
        for number, line in enumerate(lines, 1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except ValueError:
                raise ConfigError(f"{path}:{number}: not valid JSON") from None
            if not isinstance(record, dict):
                raise ConfigError(f"{path}:{number}: not a JSON object")
            records.append((number, record))
    return records


def _csv_rows(path: Path) -> list[tuple[str, dict[str, Any]]]:
    with path.open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle)
        columns = [c.strip() for c in reader.fieldnames or []]
        if "text" not in columns or not {"label", "category"} & set(columns):
            raise ConfigError(
                f"data file {path} needs columns text,label (or text,category);"
                f" it has {','.join(columns) or 'none'}"
            )
        reader.fieldnames = columns
        return [(f"{path}:{n}", row) for n, row in enumerate(reader, 2)]


# --- the fixed test split ------------------------------------------------------------------


def hash_bucket(key: str) -> int:
    """0-99, stable across runs and machines (unlike ``hash()``)."""
    return int(hashlib.sha256(key.encode("utf-8")).hexdigest()[:8], 16) % 100


def split_fixed(
    examples: Sequence[Example], key: Callable[[Example], str]
) -> tuple[list[Example], list[Example]]:
    """Split into (train, test) by hash of ``key``: about TEST_PERCENT % in test."""
    by_label: dict[str, list[Example]] = {}
    for example in examples:
        by_label.setdefault(example.label, []).append(example)
    test_keys: set[int] = set()
    for group in by_label.values():
        ranked = sorted(group, key=lambda e: (hash_bucket(key(e)), key(e)))
        chosen = [e for e in ranked if hash_bucket(key(e)) < TEST_PERCENT]
        if not chosen and len(ranked) >= 3:
            chosen = ranked[:1]
        chosen = chosen[: max(0, len(ranked) - 2)]
        test_keys.update(id(e) for e in chosen)
    train = [e for e in examples if id(e) not in test_keys]
    test = [e for e in examples if id(e) in test_keys]
    return train, test


# --- merging counsellors' labels -----------------------------------------------------------

_NOT_WORD = re.compile(r"[\W_]+")


def normalise(text: str) -> str:
    """Case, punctuation and spacing do not make two mails different."""
    return " ".join(_NOT_WORD.sub(" ", text.casefold()).split())


def merge_counsellor(
    train: list[Example], test: list[Example], counsellor: Sequence[Example]
) -> tuple[list[Example], list[Example], dict[str, Any]]:
    """Add counsellor examples to training; drop exact and near duplicates.

    Priority decides which copy of a duplicate stays: counsellors (newest first: later in
    the list), then test examples (so the fixed split stays put), then training examples.
    A counsellor's label therefore wins over data/ for the same mail, also when that mail
    was in the test split: it leaves the test split rather than being trained on.
    """
    newest_first = [_counsellor_example(e) for e in reversed(counsellor)]
    ranked = newest_first + test + train
    duplicate_of = _find_duplicates([normalise(e.text) for e in ranked])
    test_ids = {id(e) for e in test}
    kept: list[Example] = []
    stats: Counter[str] = Counter()
    for index, example in enumerate(ranked):
        twin = duplicate_of.get(index)
        if twin is None:
            kept.append(example)
            continue
        kind, winner = twin
        stats[f"{kind}_duplicates_removed"] += 1
        if example.source != "counsellor" and ranked[winner].source == "counsellor":
            stats["data_overridden_by_counsellor"] += 1
            stats["relabelled_by_counsellor"] += ranked[winner].label != example.label
            stats["removed_from_test"] += id(example) in test_ids
    merged_train = [e for e in kept if id(e) not in test_ids]
    merged_test = [e for e in kept if id(e) in test_ids]
    report = {
        "given": {"data": len(train) + len(test), "counsellor": len(counsellor)},
        "kept": dict(Counter(e.source for e in kept)),
        **{k: stats.get(k, 0) for k in _MERGE_KEYS},
    }
    return merged_train, merged_test, report


_MERGE_KEYS = (
    "exact_duplicates_removed",
    "near_duplicates_removed",
    "data_overridden_by_counsellor",
    "relabelled_by_counsellor",
    "removed_from_test",
)


def _counsellor_example(example: Example) -> Example:
    # The store hands over "subject\nmember words"; the model must see what the live pass
    # sees. for_model output has no newline, so this is harmless on text already cleaned.
    from .clean import for_model

    subject, _, words = example.text.partition("\n")
    return Example(
        for_model(subject, words),
        example.label,
        example.secondary,
        example.lang or "unknown",
        example.id,
        "counsellor",
    )


def _find_duplicates(texts: list[str]) -> dict[int, tuple[str, int]]:
    """For each text that repeats an earlier kept one: ("exact"|"near", index of that one)."""
    from sklearn.feature_extraction.text import TfidfVectorizer

    result: dict[int, tuple[str, int]] = {}
    first: dict[str, int] = {}
    for index, text in enumerate(texts):
        if text in first:
            result[index] = ("exact", first[text])
        else:
            first[text] = index
    unique = sorted(first.values())
    if len(unique) < 2:
        return result
    vectors = TfidfVectorizer(analyzer="char_wb", ngram_range=(3, 5), sublinear_tf=True)
    matrix = vectors.fit_transform([texts[i] or " " for i in unique])
    removed: set[int] = set()
    for start in range(0, len(unique), 500):
        block = (matrix[start : start + 500] @ matrix.T).toarray()
        for row, sims in enumerate(block, start):
            if row in removed:
                continue
            # A text is dropped when an earlier, still kept text is nearly the same.
            for col in np.flatnonzero(sims[:row] >= NEAR_DUPLICATE):
                if int(col) not in removed:
                    removed.add(row)
                    result[unique[row]] = ("near", unique[int(col)])
                    break
    return result


# --- the model -----------------------------------------------------------------------------


def make_features() -> Any:
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.pipeline import FeatureUnion

    return FeatureUnion(
        [
            ("words", TfidfVectorizer(ngram_range=WORD_NGRAMS, sublinear_tf=True)),
            (
                "chars",
                TfidfVectorizer(analyzer="char_wb", ngram_range=CHAR_NGRAMS, sublinear_tf=True),
            ),
            *[(name, make()) for name, make in EXTRA_FEATURES],
        ]
    )


def make_classifier(kind: str, c: float) -> Any:
    from sklearn.calibration import CalibratedClassifierCV
    from sklearn.linear_model import LogisticRegression
    from sklearn.svm import LinearSVC

    if kind == "svc":
        return CalibratedClassifierCV(LinearSVC(C=c), method="sigmoid", cv=3)
    return LogisticRegression(C=c, max_iter=2000)


def make_pipeline(kind: str, c: float) -> Any:
    from sklearn.pipeline import Pipeline

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
    labels: list[str]

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
    progress: Progress,
) -> CrossValidation:
    """Out-of-fold probabilities for each setting; features are fitted on training folds only.

    ``extra_texts`` (out-of-scope examples, never trained on) are predicted by the fold
    models in turn, so they can take part in choosing the threshold.
    """
    from sklearn.metrics import f1_score
    from sklearn.model_selection import StratifiedKFold

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
    return CrossValidation(folds, scores, out, extra, classes)


# --- threshold and secondary topic ---------------------------------------------------------


@dataclass(frozen=True)
class ThresholdChoice:
    threshold: float
    precision: float
    coverage: float
    reached: bool
    drafted: int
    total: int


def choose_threshold(
    true_labels: Sequence[str],
    predicted: Sequence[str],
    confidence: Sequence[float],
    no_draft: set[str],
    target: float,
) -> ThresholdChoice:
    """The lowest threshold at which the drafted predictions reach ``target`` precision.

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
        if index + 1 == len(rows) or rows[index + 1][0] < conf:
            candidates.append((conf, correct / (index + 1), index + 1))
    reaching = [c for c in candidates if c[1] >= target]
    if reaching:
        threshold, precision, drafted = min(reaching, key=lambda c: c[0])
        reached = True
    else:
        threshold, precision, drafted = max(candidates, key=lambda c: (c[1], -c[0]))
        reached = False
    return ThresholdChoice(round(threshold, 6), precision, drafted / total, reached, drafted, total)


def choose_secondary_rule(
    probabilities: np.ndarray,
    labels: Sequence[str],
    secondaries: Sequence[str | None],
    threshold: float,
    draft_topics: Sequence[str],
    target: float,
) -> dict[str, Any]:
    """When to add the second most likely topic: its probability reaches a minimum.

    The minimum is the lowest at which, on validation predictions, the added topic equals
    the example's labelled secondary topic with ``target`` precision, over at least
    SECONDARY_MIN_SUPPORT added topics; otherwise no secondary topic is ever added.
    """
    rule: dict[str, Any] = {
        "rule": "add the second most likely topic when the primary is drafted, the second"
        " is a draft topic, and its probability >= min_probability",
        "min_probability": None,
        "validation_with_secondary": sum(s is not None for s in secondaries),
    }
    candidates = []
    for row, secondary in zip(probabilities, secondaries, strict=True):
        first, second = np.argsort(row)[::-1][:2]
        drafted = row[first] >= threshold and labels[first] in draft_topics
        if drafted and labels[second] in draft_topics:
            candidates.append((float(row[second]), labels[second] == secondary))
    candidates.sort(key=lambda c: -c[0])
    correct, best = 0, None
    for index, (probability, right) in enumerate(candidates):
        correct += right
        count = index + 1
        last_of_value = count == len(candidates) or candidates[index + 1][0] < probability
        if last_of_value and count >= SECONDARY_MIN_SUPPORT and correct / count >= target:
            best = (probability, correct / count, count)
    if best is None:
        rule["note"] = f"disabled: no minimum reached precision {target:.2f} on validation"
    else:
        rule.update(
            min_probability=round(best[0], 6),
            validation_precision=round(best[1], 4),
            validation_added=best[2],
        )
    return rule


# --- evaluation ----------------------------------------------------------------------------


def live_topics(model: TopicModel, probabilities: np.ndarray, oos_label: str | None) -> list[str]:
    """What the live pass would tag: the topic, or the no-draft label where it abstains."""
    abstain_as = oos_label if oos_label and NO_DRAFT not in model.labels else NO_DRAFT
    return [abstain_as if p.abstained else p.topic for p in model.decide(probabilities)]


def live_macro_f1(true_labels: Sequence[str], live: Sequence[str]) -> float:
    from sklearn.metrics import f1_score

    present = sorted(set(true_labels))
    return float(f1_score(true_labels, live, labels=present, average="macro", zero_division=0))


def evaluate(model: TopicModel, test: Sequence[Example], oos_label: str | None) -> dict[str, Any]:
    """Metrics on the test split: the classifier's own (argmax) and at the threshold."""
    from sklearn.metrics import confusion_matrix, precision_recall_fscore_support

    labels = list(model.labels)
    truth = [e.label for e in test]
    probabilities = model.probabilities([e.text for e in test])
    argmax = [labels[i] for i in probabilities.argmax(axis=1)]
    in_scope = [i for i, t in enumerate(truth) if t != oos_label]
    y_in = [truth[i] for i in in_scope]
    p_in = [argmax[i] for i in in_scope]
    precision, recall, f1, support = precision_recall_fscore_support(
        y_in, p_in, labels=labels, zero_division=0
    )
    predictions = model.decide(probabilities)
    live = live_topics(model, probabilities, oos_label)
    drafted = [i for i, p in enumerate(predictions) if p.topics]
    right = sum(predictions[i].topic == truth[i] for i in drafted)
    rows = labels + sorted({t for t in truth if t not in labels})
    columns = [ABSTAINED if p.abstained else p.topic for p in predictions]
    result: dict[str, Any] = {
        "examples": len(test),
        "accuracy": _r(np.mean([a == b for a, b in zip(y_in, p_in, strict=True)])),
        "macro_f1": _r(np.mean(f1)),
        "per_topic": {
            label: {"precision": _r(p), "recall": _r(r), "f1": _r(f), "support": int(s)}
            for label, p, r, f, s in zip(labels, precision, recall, f1, support, strict=True)
        },
        "confusion_matrix": {
            "labels": labels,
            "matrix": confusion_matrix(y_in, p_in, labels=labels).tolist(),
        },
        "at_threshold": {
            "threshold": model.threshold,
            "coverage": _r(len(drafted) / max(1, len(test))),
            "drafted": len(drafted),
            "drafted_precision": _r(right / len(drafted)) if drafted else None,
            "abstained": sum(p.abstained for p in predictions),
            "macro_f1_live": _r(live_macro_f1(truth, live)),
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
        },
    }
    if oos_label:
        oos = [i for i, t in enumerate(truth) if t == oos_label]
        result["out_of_scope"] = {
            "label": oos_label,
            "in_scope_accuracy": _r(
                np.mean([not predictions[i].abstained and argmax[i] == truth[i] for i in in_scope])
            ),
            "oos_recall": _r(np.mean([predictions[i].abstained for i in oos])) if oos else None,
            "oos_examples": len(oos),
        }
    return result


def _r(value: Any) -> float:
    return round(float(value), 4)


# --- the whole run -------------------------------------------------------------------------


@dataclass
class _Data:
    train: list[Example]
    test: list[Example]
    val: list[Example] | None
    split: str
    merge: dict[str, Any] | None
    notes: list[str]


def run_training(
    options: TrainOptions, counsellor_examples: list[Example], progress: Progress
) -> TrainResult:
    """Train, evaluate on the fixed test split, and replace the model if it is not worse."""
    # The limit applies to BLAS libraries already loaded, hence the imports first.
    import sklearn.calibration  # noqa: F401
    import sklearn.linear_model  # noqa: F401
    from threadpoolctl import threadpool_limits

    # One BLAS thread: on two shared cores OpenBLAS's threads wait on each other, and the
    # logistic regression fit took 9 s instead of 1 s.
    with threadpool_limits(limits=1, user_api="blas"):
        return _train(options, counsellor_examples, progress)


def _train(
    options: TrainOptions, counsellor_examples: list[Example], progress: Progress
) -> TrainResult:
    started = time.monotonic()
    progress("loading data…")
    data = _load(options, counsellor_examples, progress)
    oos = options.oos_label
    train_in = [e for e in data.train if e.label != oos]
    counts = Counter(e.label for e in train_in)
    _check_labels(counts)
    if not data.test:
        raise ConfigError("no test examples: add examples (about 20 % go to test) or --test FILE")

    texts, labels = [e.text for e in train_in], [e.label for e in train_in]
    grid = choose_grid(len(texts), len(counts), min(counts.values()))
    extra = [e for e in data.train if e.label == oos] if data.val is None else []
    progress(f"cross-validating {len(grid)} settings…")
    cv = cross_validate(texts, labels, grid, [e.text for e in extra], progress)
    best = cv.best()
    progress(f"fitting {describe_setting(*best)} on {len(texts)} examples…")
    pipeline = make_pipeline(*best).fit(texts, labels)

    no_draft = sorted({NO_DRAFT} | ({oos} if oos else set()))
    model = TopicModel(pipeline, {"threshold": 0.0, "no_draft_labels": no_draft})
    progress("choosing the threshold…")
    if data.val is not None:
        val = data.val
        val_probabilities = model.probabilities([e.text for e in val])
    else:
        val = train_in + extra
        val_probabilities = np.vstack([cv.probabilities[best], cv.extra_probabilities[best]])
    predicted = [model.labels[i] for i in val_probabilities.argmax(axis=1)]
    choice = choose_threshold(
        [e.label for e in val],
        predicted,
        val_probabilities.max(axis=1).tolist(),
        set(no_draft),
        options.target_precision,
    )
    model.threshold = choice.threshold
    secondary = choose_secondary_rule(
        val_probabilities,
        model.labels,
        [e.secondary for e in val],
        choice.threshold,
        model.draft_topics,
        options.target_precision,
    )
    model.secondary_min = secondary["min_probability"]

    progress(f"evaluating on the test split ({len(data.test)} examples)…")
    evaluation = evaluate(model, data.test, oos)
    card = _card(options, data, cv, best, choice, secondary, evaluation, no_draft, model)
    card["training_seconds"] = round(time.monotonic() - started, 1)
    model.card = card
    result = _maybe_replace(options, model, data, progress)
    result.model = model
    return result


def _load(options: TrainOptions, counsellor: list[Example], progress: Progress) -> _Data:
    notes: list[str] = []
    if options.data_file is not None:
        train = load_table(options.data_file)
        val = load_table(options.val_file) if options.val_file else None
        if options.test_file:
            test = load_table(options.test_file)
            split = f"test file {options.test_file.name}"
        else:
            train, test = split_fixed(train, key=lambda e: e.text)
            split = SPLIT_RULE.format(key="text")
        if counsellor:
            notes.append("counsellor decisions are merged only with data/, not with --data")
        return _Data(train, test, val, split, None, notes)
    examples = load_data_dir(options.data_dir)
    train, test = split_fixed(examples, key=lambda e: e.id)
    if counsellor:
        progress(f"merging {len(counsellor)} counsellor decisions…")
    train, test, merge = merge_counsellor(train, test, counsellor)
    return _Data(train, test, None, SPLIT_RULE.format(key="id"), merge, notes)


def _check_labels(counts: Counter[str]) -> None:
    if not counts:
        raise ConfigError("no training examples left after removing the out-of-scope label")
    few = sorted(label for label, n in counts.items() if n < 2)
    if few:
        raise ConfigError(
            f"label {', '.join(few)} has fewer than 2 training examples: add examples or drop it"
        )
    if len(counts) < 2:
        raise ConfigError("training needs at least two labels")


def _counts(examples: Sequence[Example]) -> dict[str, Any]:
    return {
        "total": len(examples),
        "by_label": dict(sorted(Counter(e.label for e in examples).items())),
        "by_source": dict(sorted(Counter(e.source for e in examples).items())),
        "by_language": dict(sorted(Counter(e.lang or "unknown" for e in examples).items())),
    }


def data_hash(train: Sequence[Example], test: Sequence[Example]) -> str:
    digest = hashlib.sha256()
    rows = [("train", e.label, e.secondary or "", e.text) for e in train]
    rows += [("test", e.label, e.secondary or "", e.text) for e in test]
    for row in sorted(rows):
        digest.update(json.dumps(row, ensure_ascii=False).encode("utf-8") + b"\n")
    return digest.hexdigest()


def _card(
    options: TrainOptions,
    data: _Data,
    cv: CrossValidation,
    best: tuple[str, float],
    choice: ThresholdChoice,
    secondary: dict[str, Any],
    evaluation: dict[str, Any],
    no_draft: list[str],
    model: TopicModel,
) -> dict[str, Any]:
    now = datetime.now(UTC)
    digest = data_hash(data.train, data.test)
    return {
        "version": f"{now:%Y%m%d-%H%M}-{digest[:8]}",
        "date": now.isoformat(timespec="seconds"),
        "sklearn_version": metadata.version("scikit-learn"),
        "sha256": None,  # filled in when the file is written
        "input": "for_model(subject, member_words(body)) from triage.clean"
        if options.data_file is None
        else f"text column of {options.data_file.name} as given",
        "data": {
            "source": str(options.data_file or options.data_dir),
            "hash": digest,
            "train": _counts(data.train),
            "test": _counts(data.test),
            "validation": _counts(data.val) if data.val is not None else None,
            "merge": data.merge,
            "notes": data.notes,
        },
        "split": data.split,
        "labels": list(model.labels),
        "no_draft_labels": no_draft,
        "out_of_scope_label": options.oos_label,
        "model": {
            "kind": best[0],
            "C": best[1],
            "description": describe_setting(*best),
            "features": {
                "words": {"ngram_range": list(WORD_NGRAMS), "sublinear_tf": True},
                "chars": {"analyzer": "char_wb", "ngram_range": list(CHAR_NGRAMS)},
                "extra": [name for name, _ in EXTRA_FEATURES],
            },
            "cross_validation": {
                "folds": cv.folds,
                "metric": "macro-F1 of out-of-fold predictions",
                "scores": {describe_setting(*s): _r(v) for s, v in cv.scores.items()},
            },
        },
        "threshold": choice.threshold,
        "target_precision": options.target_precision,
        "target_reached": choice.reached,
        "coverage": _r(choice.coverage),
        "validation": {
            "source": "val file" if data.val is not None else "cross-validated predictions",
            "examples": choice.total,
            "drafted_precision": _r(choice.precision),
            "drafted": choice.drafted,
        },
        "secondary_rule": secondary,
        "test": evaluation,
    }


# --- replacing the model -------------------------------------------------------------------


def _maybe_replace(
    options: TrainOptions, model: TopicModel, data: _Data, progress: Progress
) -> TrainResult:
    """Compare with the current model on the new test split; write if not worse or forced.

    The comparison is macro-F1 of what the live pass would tag (abstentions count as
    "other"), each model at its own threshold: it scores what counsellors get, and gives
    every topic the same weight, so a model that stops drafting one topic cannot hide
    behind the others. Plain accuracy would ignore the threshold altogether.
    """
    card = model.card
    new_score = card["test"]["at_threshold"]["macro_f1_live"]
    old_score: float | None = None
    path = Path(options.model_path)
    if path.exists():
        try:
            old = load_model(path)
            progress("evaluating the current model on the same test split…")
            old_probabilities = old.probabilities([e.text for e in data.test])
            live = live_topics(old, old_probabilities, options.oos_label)
            old_score = _r(live_macro_f1([e.label for e in data.test], live))
        except ModelError as exc:
            decision = f"the current model could not be evaluated ({exc}); it is replaced"
        else:
            if new_score < old_score and not options.force:
                decision = (
                    f"kept the current model: the new one is worse on the test split"
                    f" (macro-F1 {new_score:.3f} < {old_score:.3f}); use --force to replace it"
                )
                return TrainResult(card, False, decision, (), old_score)
            comparison = "<" if new_score < old_score else ">="
            decision = (
                f"replaces the current model: macro-F1 {new_score:.3f} {comparison}"
                f" {old_score:.3f} on the same test split"
                + (" (forced)" if new_score < old_score else "")
            )
    else:
        decision = "no current model: this one becomes the model"
    if not options.write:
        return TrainResult(card, False, f"Dry run, nothing written ({decision}).", (), old_score)
    progress(f"writing {path}…")
    written = write_model(model, path)
    return TrainResult(card, True, decision[0].upper() + decision[1:], written, old_score)


def write_model(model: TopicModel, path: Path) -> tuple[Path, ...]:
    """Write model, card and report atomically; keep the current pair as topic.previous.*."""
    import joblib

    buffer = io.BytesIO()
    joblib.dump(model.pipeline, buffer, compress=3)
    blob = buffer.getvalue()
    model.card["sha256"] = sha256_bytes(blob)
    path.parent.mkdir(parents=True, exist_ok=True)
    card_path = card_path_for(path)
    previous = path.with_name(f"{path.stem}.previous{path.suffix}")
    for current, backup in ((path, previous), (card_path, card_path_for(previous))):
        if current.exists():
            _atomic_write(backup, current.read_bytes(), 0o600)
    report = path.with_name(f"{path.stem}-report.html")
    card_bytes = json.dumps(model.card, ensure_ascii=False, indent=2).encode("utf-8") + b"\n"
    # The model before its card: a reader between the two sees a checksum mismatch and a
    # clear error, never a new card vouching for an old file.
    _atomic_write(path, blob, 0o600)
    _atomic_write(card_path, card_bytes, 0o600)
    _atomic_write(report, render_report(model.card).encode("utf-8"), 0o644)
    return (path, card_path, report)


def _atomic_write(path: Path, data: bytes, mode: int) -> None:
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.")
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        os.chmod(temporary, mode)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


# --- what a person reads -------------------------------------------------------------------


def _pct(value: float | None) -> str:
    return "–" if value is None else f"{100 * value:.1f} %"


def format_summary(result: TrainResult) -> str:
    card = result.card
    test, data = card["test"], card["data"]
    at = test["at_threshold"]
    lines = [f"Model {card['version']} ({card['model']['description']})"]
    train = data["train"]
    sources = ", ".join(f"{n} from {s}" for s, n in train["by_source"].items())
    lines.append(f"Training: {train['total']} examples ({sources}); test: {data['test']['total']}")
    merge = data.get("merge")
    if merge:
        lines.append(
            f"Merge: {merge['given']['counsellor']} counsellor decisions,"
            f" {merge['data_overridden_by_counsellor']} data/ examples overridden"
            f" ({merge['relabelled_by_counsellor']} with another label),"
            f" {merge['exact_duplicates_removed']} exact and"
            f" {merge['near_duplicates_removed']} near duplicates removed"
        )
    lines.extend(data.get("notes") or [])
    folds = card["model"]["cross_validation"]["folds"]
    scores = card["model"]["cross_validation"]["scores"]
    lines.append(
        f"Chosen by {folds}-fold cross-validation over {len(scores)} settings"
        f" (macro-F1 {scores[card['model']['description']]:.3f}); {card['training_seconds']} s"
    )
    lines.append("")
    lines.append("Test split (never seen in training or model selection):")
    lines.append(f"  {'topic':<24}{'precision':>10}{'recall':>8}{'F1':>8}{'n':>6}")
    for label, row in test["per_topic"].items():
        lines.append(
            f"  {label:<24}{row['precision']:>10.3f}{row['recall']:>8.3f}"
            f"{row['f1']:>8.3f}{row['support']:>6}"
        )
    lines.append(f"  accuracy {test['accuracy']:.3f}, macro-F1 {test['macro_f1']:.3f}")
    reached = "reached" if card["target_reached"] else "NOT reached, best precision taken"
    lines.append("")
    lines.append(
        f"Threshold {card['threshold']:.3f}: target precision {card['target_precision']:.2f}"
        f" on validation {reached} ({_pct(card['validation']['drafted_precision'])}),"
        f" coverage {_pct(card['coverage'])}"
    )
    lines.append(
        f"At that threshold on the test split: {_pct(at['coverage'])} get a draft,"
        f" {_pct(at['drafted_precision'])} of drafts have the right topic,"
        f" {at['abstained']} of {test['examples']} go to a counsellor"
    )
    oos = test.get("out_of_scope")
    if oos:
        lines.append(
            f"Out-of-scope ({oos['label']}): in-scope accuracy {_pct(oos['in_scope_accuracy'])},"
            f" oos recall {_pct(oos['oos_recall'])}"
        )
    rule = card["secondary_rule"]
    if rule["min_probability"] is None:
        lines.append(f"Secondary topic: {rule.get('note', 'disabled')}")
    else:
        lines.append(
            f"Secondary topic: added when its probability >= {rule['min_probability']:.3f}"
            f" (validation precision {_pct(rule['validation_precision'])}"
            f" on {rule['validation_added']})"
        )
    lines.append("")
    lines.append(result.decision)
    if result.written:
        lines.append("Wrote " + ", ".join(str(p) for p in result.written))
    return "\n".join(lines)


_LABEL_NB = {
    "followup": "oppfølging",
    "interview": "intervju",
    "salary": "lønn",
    "cv": "CV og søknad",
    "other": "annet",
    ABSTAINED: "til rådgiver",
}


def _nb(label: str) -> str:
    return html.escape(_LABEL_NB.get(label, label))


def render_report(card: dict[str, Any]) -> str:
    """A self-contained page for counsellors: what the model does well and where it fails."""
    test, at = card["test"], card["test"]["at_threshold"]
    train = card["data"]["train"]
    sources = {"data": "eksempler fra data/", "counsellor": "rådgivernes rettelser"}
    parts = ", ".join(f"{n} {sources.get(s, s)}" for s, n in train["by_source"].items())
    drafted = at["drafted_precision"]
    summary = (
        f"Modellen ble trent {html.escape(card['date'][:10])} på {train['total']} e-poster"
        f" ({html.escape(parts)}) og prøvd på {test['examples']} e-poster den aldri har sett."
        f" Den lager utkast for {_pct(at['coverage'])} av dem, og"
        f" {_pct(drafted)} av utkastene har riktig tema. {at['abstained']} e-poster"
        f" ({_pct(at['abstained'] / max(1, test['examples']))}) går til «trenger rådgiver»"
        f" fordi modellen er usikker (sikkerhet under {card['threshold']:.2f})."
        f" Uten terskel ville {_pct(test['accuracy'])} fått riktig tema."
    )
    rows = "".join(
        f"<tr><td>{_nb(label)}</td><td>{r['support']}</td><td>{_pct(r['precision'])}</td>"
        f"<td>{_pct(r['recall'])}</td><td>{_pct(r['f1'])}</td></tr>"
        for label, r in test["per_topic"].items()
    )
    return _PAGE.format(
        version=html.escape(card["version"]),
        summary=summary,
        rows=rows,
        matrix=_matrix_html(at["confusion_matrix"]),
        model=html.escape(card["model"]["description"]),
        threshold=f"{card['threshold']:.3f}",
        target=f"{card['target_precision']:.2f}",
    )


def _matrix_html(matrix: dict[str, Any]) -> str:
    head = "".join(f"<th>{_nb(c)}</th>" for c in matrix["columns"])
    body = []
    for label, counts in zip(matrix["rows"], matrix["matrix"], strict=True):
        total = max(1, sum(counts))
        cells = []
        for column, count in zip(matrix["columns"], counts, strict=True):
            # Any non-zero cell gets some colour, so a few wrong drafts still stand out.
            alpha = 0.15 + 0.85 * count / total
            hue = 140 if column == label else (45 if column == ABSTAINED else 0)
            style = f"background:hsla({hue},70%,45%,{alpha:.2f})" if count else ""
            cells.append(f'<td style="{style}">{count}</td>')
        body.append(f"<tr><th>{_nb(label)}</th>{''.join(cells)}</tr>")
    return f"<table><tr><th>riktig \\ modellen</th>{head}</tr>{''.join(body)}</table>"


_PAGE = """<!doctype html>
<html lang="nb"><head><meta charset="utf-8"><title>Temamodell {version}</title>
<style>
body {{ font-family: system-ui, sans-serif; max-width: 52rem; margin: 2rem auto;
  padding: 0 1rem; color: #222; line-height: 1.5 }}
table {{ border-collapse: collapse; margin: 1rem 0 }}
th, td {{ border: 1px solid #ccc; padding: .3rem .6rem; text-align: right }}
tr > :first-child {{ text-align: left }}
.note {{ color: #555; font-size: .9rem }}
</style></head><body>
<h1>Temamodell {version}</h1>
<h2>Kort fortalt</h2>
<p>{summary}</p>
<h2>Per tema (testsettet, uten terskel)</h2>
<table><tr><th>Tema</th><th>Antall</th><th>Presisjon</th><th>Treff</th><th>F1</th></tr>
{rows}</table>
<p class="note">Presisjon: av e-postene modellen ga dette temaet, hvor mange som hadde det.
Treff: av e-postene med dette temaet, hvor mange modellen fant.</p>
<h2>Forvekslinger (med terskel)</h2>
<p class="note">Rader: riktig tema. Kolonner: hva modellen gjorde. Grønt er riktig, rødt feil
tema, gult gikk til rådgiver.</p>
{matrix}
<h2>Om modellen</h2>
<p class="note">{model}; terskel {threshold}, valgt slik at minst {target} av utkastene har
riktig tema på valideringsdata.</p>
</body></html>
"""
