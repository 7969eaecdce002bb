"""Train the topic model: load labelled examples, pick a model, a threshold, and write it.

``run_training`` is what ``triage train`` calls. For ``data/`` (our mails) the test split is
fixed by a hash of each example's id, so every retraining is measured on the same mails, and
the new model replaces the current one only when it is not worse on them. For a generic
``--data`` file (the public benchmarks) the caller may give the standard test and validation
files. Everything a person needs to judge the model goes into the card (``topic.json``) and
a report page (``topic-report.html``).

The steps live in ``data`` (examples and the split), ``select`` (settings, threshold),
``secondary`` (the second-topic head and its rule), ``evaluation`` (the test split), ``card``
(the card and the files) and ``report`` (what a person reads); what a run is asked and what
it did are in ``options``. This module runs the steps in order.
"""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import numpy as np
from threadpoolctl import threadpool_limits

from triage.errors import ConfigError, ModelError
from triage.model.classify import NO_DRAFT, TopicModel, load_model
from triage.training.card import build_card, write_model
from triage.training.data import Example, TrainingData, load_training_data, split_recent
from triage.training.evaluation import evaluate, live_macro_f1, live_topics, rounded
from triage.training.options import TrainOptions, TrainResult
from triage.training.scorecard import score
from triage.training.secondary import fit_secondary
from triage.training.select import (
    CrossValidation,
    ThresholdChoice,
    choose_grid,
    choose_threshold,
    cross_validate,
    describe_setting,
    make_pipeline,
)
from triage.training.validate import example_weights, select_on_validation

Progress = Callable[[str], None]


def run_training(
    options: TrainOptions, counsellor_examples: list[Example], progress: Progress
) -> TrainResult:
    """Train, evaluate on the fixed test split, and replace the model if it is not worse."""
    # One BLAS thread: on two shared cores OpenBLAS's threads wait on each other, and the
    # logistic regression fit took 9 s instead of 1 s. The limit applies to BLAS libraries
    # already loaded: the scikit-learn imports of ``select`` and ``secondary`` loaded them.
    with threadpool_limits(limits=1, user_api="blas"):
        return _train(options, counsellor_examples, progress)


def _train(
    options: TrainOptions, counsellor_examples: list[Example], progress: Progress
) -> TrainResult:
    started = time.monotonic()
    progress("loading data…")
    older, recent = split_recent(counsellor_examples, options.recent_decisions)
    data = load_training_data(
        options.data_dir, options.data_file, options.test_file, options.val_file, older, progress
    )
    if data.merge is not None:
        # Every decision was given to this run; the newest were held out as the real stream.
        data.merge["given"]["counsellor"] += len(recent)
        data.merge["held_out_as_recent"] = len(recent)
    oos = options.oos_label
    train_in = [e for e in data.train if e.label != oos]
    _check_labels(Counter(e.label for e in train_in))
    if not data.test:
        raise ConfigError("no test examples: add examples (about 20 % go to test) or --test FILE")
    no_draft = sorted({NO_DRAFT} | ({oos} if oos else set()))
    if options.data_file is None and data.val is not None:
        model, best, choice, selection = _choose_on_validation(
            options, data, train_in, no_draft, progress
        )
    else:
        model, best, choice, selection = _choose_by_cross_validation(
            options, data, train_in, no_draft, progress
        )
    model.threshold = choice.threshold
    progress("choosing the second-topic rule…")
    model.secondary_head, secondary = fit_secondary(
        [e.text for e in train_in],
        [e.label for e in train_in],
        [e.secondary for e in train_in],
        model.pipeline.named_steps["features"],
        model.draft_topics,
        options.secondary_precision,
        progress,
    )
    model.secondary_min = secondary["min_probability"]
    model.card["secondary_rule"] = secondary
    progress(f"evaluating on the test split ({len(data.test)} examples)…")
    evaluation = evaluate(model, data.test, oos)
    card = build_card(
        options, data, selection, best, choice, secondary, evaluation, no_draft, model
    )
    card["scorecards"] = _scorecards(model, data, recent, progress)
    card["training_seconds"] = round(time.monotonic() - started, 1)
    model.card = card
    result = _maybe_replace(options, model, data, progress)
    result.model = model
    return result


def _choose_on_validation(
    options: TrainOptions,
    data: TrainingData,
    train_in: list[Example],
    no_draft: list[str],
    progress: Progress,
) -> tuple[TopicModel, tuple[str, float], ThresholdChoice, dict[str, Any]]:
    """Our data/ with a validation file: every setting fitted once, chosen on that file."""
    assert data.val is not None
    weights = example_weights(train_in, options.counsellor_weight)
    chosen = select_on_validation(
        train_in, weights, data.val, no_draft, options.target_precision, progress
    )
    return chosen.model, chosen.setting, chosen.choice, chosen.card_section()


def _choose_by_cross_validation(
    options: TrainOptions,
    data: TrainingData,
    train_in: list[Example],
    no_draft: list[str],
    progress: Progress,
) -> tuple[TopicModel, tuple[str, float], ThresholdChoice, dict[str, Any]]:
    """Generic data (or no validation file): the grid cross-validated, as for benchmarks."""
    oos = options.oos_label
    # Out-of-scope examples are never trained on; without a val file they help choose the
    # threshold instead.
    extra = [e for e in data.train if e.label == oos] if data.val is None else []
    weights = example_weights(train_in, options.counsellor_weight)
    cv, best, pipeline = _select_model(train_in, weights, extra, progress)
    model = TopicModel(pipeline, {"threshold": 0.0, "no_draft_labels": no_draft})
    progress("choosing the threshold…")
    choice = _threshold(model, data, train_in + extra, cv, best, options.target_precision)
    section = {
        "method": f"{cv.folds}-fold cross-validation, macro-F1 of out-of-fold predictions",
        "folds": cv.folds,
        "scores": {describe_setting(*s): rounded(v) for s, v in cv.scores.items()},
    }
    return model, best, choice, section


def _scorecards(
    model: TopicModel, data: TrainingData, recent: list[Example], progress: Progress
) -> dict[str, Any]:
    """What the live pass would do on the test split, the validation file and the last
    counsellor decisions (the real stream, never trained on in this run)."""
    sets = {"test": data.test, "validation": data.val or [], "recent_decisions": recent}
    cards: dict[str, Any] = {}
    for name, examples in sets.items():
        if examples:
            progress(f"scoring {len(examples)} {name.replace('_', ' ')}…")
            predictions = model.predict([e.text for e in examples])
            langs = [e.lang for e in examples]
            cards[name] = score([e.label for e in examples], langs, predictions)
        else:
            cards[name] = None
    return cards


def _select_model(
    train_in: Sequence[Example],
    weights: Sequence[float],
    extra: Sequence[Example],
    progress: Progress,
) -> tuple[CrossValidation, tuple[str, float], Any]:
    """Cross-validate the grid, then fit the best setting on all training examples
    (counsellors' decisions weighted)."""
    texts, labels = [e.text for e in train_in], [e.label for e in train_in]
    counts = Counter(labels)
    grid = choose_grid(len(texts), len(counts), min(counts.values()))
    progress(f"cross-validating {len(grid)} settings…")
    cv = cross_validate(texts, labels, grid, [e.text for e in extra], progress)
    best = cv.best()
    progress(f"fitting {describe_setting(*best)} on {len(texts)} examples…")
    pipeline = make_pipeline(*best).fit(texts, labels, classifier__sample_weight=list(weights))
    return cv, best, pipeline


def _threshold(
    model: TopicModel,
    data: TrainingData,
    cross_validated: Sequence[Example],
    cv: CrossValidation,
    best: tuple[str, float],
    target: float,
) -> ThresholdChoice:
    """The threshold, chosen on the val file or else on the cross-validated predictions.

    ``cross_validated`` are the examples whose rows ``cv`` holds for ``best``: the training
    examples, then the never-trained out-of-scope ones.
    """
    if data.val is not None:
        val = data.val
        val_probabilities = model.probabilities([e.text for e in val])
    else:
        val = list(cross_validated)
        val_probabilities = np.vstack([cv.probabilities[best], cv.extra_probabilities[best]])
    predicted = [model.labels[i] for i in val_probabilities.argmax(axis=1)]
    return choose_threshold(
        [e.label for e in val],
        predicted,
        val_probabilities.max(axis=1).tolist(),
        set(model.card["no_draft_labels"]),
        target,
    )


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
            live = live_topics(old, old.scores([e.text for e in data.test]), options.oos_label)
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
