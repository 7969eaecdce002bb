"""Choosing the model and its threshold on a validation file (for ``data/``: realistic mail).

Each setting is fitted on the training examples, with counsellors' decisions weighing more
than written examples, together with an in-scope head when the data has an out-of-scope
label. Its threshold is the lowest that reaches the target precision on the validation file,
and the setting that drafts the most mail there wins (ties: the earlier, simpler setting).
The validation mail is never trained on.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from triage.model.classify import NO_DRAFT, TopicModel
from triage.training.data import Example
from triage.training.select import (
    VAL_GRID,
    ThresholdChoice,
    choose_threshold,
    describe_setting,
    make_in_scope_head,
    make_pipeline,
)


@dataclass
class Selection:
    """The chosen setting, its fitted model and threshold, and how every setting scored."""

    setting: tuple[str, float]
    model: TopicModel
    choice: ThresholdChoice
    scores: dict[str, dict[str, Any]]

    def card_section(self) -> dict[str, Any]:
        return {
            "method": "fitted on the training examples, scored on the validation file: share"
            " of mail drafted at the lowest threshold reaching the target precision",
            "scores": self.scores,
        }


def example_weights(examples: Sequence[Example], counsellor_weight: float) -> list[float]:
    """A counsellor's decision counts ``counsellor_weight`` times a written example."""
    return [counsellor_weight if e.source == "counsellor" else 1.0 for e in examples]


def fit_model(
    setting: tuple[str, float],
    examples: Sequence[Example],
    weights: Sequence[float],
    no_draft: Sequence[str],
) -> TopicModel:
    """The topic pipeline for one setting, with an in-scope head when there is "other" mail."""
    texts, labels = [e.text for e in examples], [e.label for e in examples]
    pipeline = make_pipeline(*setting).fit(texts, labels, classifier__sample_weight=weights)
    in_scope = [label not in no_draft for label in labels]
    head = None
    if NO_DRAFT in labels and any(in_scope):
        features = pipeline.named_steps["features"].transform(texts)
        head = make_in_scope_head().fit(features, in_scope, sample_weight=weights)
    card = {"threshold": 0.0, "no_draft_labels": list(no_draft)}
    return TopicModel(pipeline, card, in_scope_head=head)


def threshold_on(model: TopicModel, examples: Sequence[Example], target: float) -> ThresholdChoice:
    """The lowest threshold at which the model's drafts on ``examples`` reach ``target``."""
    scores = model.scores([e.text for e in examples])
    predicted = [model.labels[i] for i in scores.topic.argmax(axis=1)]
    return choose_threshold(
        [e.label for e in examples],
        predicted,
        scores.confidence().tolist(),
        set(model.card["no_draft_labels"]),
        target,
    )


def select_on_validation(
    train: Sequence[Example],
    weights: Sequence[float],
    val: Sequence[Example],
    no_draft: Sequence[str],
    target: float,
    progress: Callable[[str], None],
) -> Selection:
    """Fit every setting of VAL_GRID, score it on ``val``, keep the best."""
    best: Selection | None = None
    scores: dict[str, dict[str, Any]] = {}
    for setting in VAL_GRID:
        progress(f"fitting {describe_setting(*setting)} on {len(train)} examples…")
        model = fit_model(setting, train, weights, no_draft)
        choice = threshold_on(model, val, target)
        scores[describe_setting(*setting)] = {
            "threshold": round(choice.threshold, 4),
            "target_reached": choice.reached,
            "drafted_precision": round(choice.precision, 4),
            "drafted_share": round(choice.coverage, 4),
        }
        rank = (choice.reached, choice.coverage)
        if best is None or rank > (best.choice.reached, best.choice.coverage):
            best = Selection(setting, model, choice, scores)
    assert best is not None  # VAL_GRID is not empty
    return best
