"""Train the topic model: load labelled examples, pick a model, a threshold, and write it.

``run_training`` is what ``triage train`` calls. For ``data/`` (our mails) the test split is
fixed by a hash of each example's id, so every retraining is measured on the same mails, and
the new model replaces the current one only when it is not worse on them. For a generic
``--data`` file (the public benchmarks) the caller may give the standard test and validation
files. Everything a person needs to judge the model goes into the card (``topic.json``) and
a report page (``topic-report.html``).

The steps live in ``training_data`` (examples and the split), ``model_select`` (settings,
threshold, secondary rule), ``evaluation`` (the test split), ``model_card`` (the card and
the files) and ``model_report`` (what a person reads); this module runs them in order.
"""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from triage.errors import ConfigError, ModelError
from triage.model.classify import NO_DRAFT, TopicModel, load_model
from triage.model.secondary import fit_secondary
from triage.training.card import build_card, write_model
from triage.training.data import Example, TrainingData, load_training_data
from triage.training.evaluation import evaluate, live_macro_f1, live_topics, rounded
from triage.training.report import format_summary
from triage.training.select import (
    choose_grid,
    choose_threshold,
    cross_validate,
    describe_setting,
    make_pipeline,
)

Progress = Callable[[str], None]


@dataclass(frozen=True)
class TrainOptions:
    data_dir: Path
    data_file: Path | None = None
    test_file: Path | None = None
    val_file: Path | None = None
    oos_label: str | None = None
    model_path: Path = Path("models/topic.joblib")
    target_precision: float = 0.90
    # An added second section costs a counsellor one deletion, a wrong topic a rewrite.
    secondary_precision: float = 0.75
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
    data = load_training_data(
        options.data_dir,
        options.data_file,
        options.test_file,
        options.val_file,
        counsellor_examples,
        progress,
    )
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
    progress("choosing the second-topic rule…")
    model.secondary_head, secondary = fit_secondary(
        texts,
        labels,
        [e.secondary for e in train_in],
        pipeline.named_steps["features"],
        model.draft_topics,
        options.secondary_precision,
        progress,
    )
    model.secondary_min = secondary["min_probability"]

    progress(f"evaluating on the test split ({len(data.test)} examples)…")
    evaluation = evaluate(model, data.test, oos)
    card = build_card(options, data, cv, best, choice, secondary, evaluation, no_draft, model)
    card["training_seconds"] = round(time.monotonic() - started, 1)
    model.card = card
    result = _maybe_replace(options, model, data, progress)
    result.model = model
    return result


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


def _maybe_replace(
    options: TrainOptions, model: TopicModel, data: TrainingData, progress: Progress
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
            old_score = rounded(live_macro_f1([e.label for e in data.test], live))
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
