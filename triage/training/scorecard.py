"""What the live pass would do on a labelled set of mails, in the figures a counsellor cares about.

Used for the realistic validation set and the last counsellor decisions in ``triage train``
(and so in the model card), and for any labelled JSON lines file in
``scripts/evaluate_holdout.py``. A mail is *drafted* when the model gives it a draft topic;
*answerable* mail is mail whose label is a draft topic (not "other"). The figures:

- ``drafted_share``: drafted mails / all mails;
- ``drafted_precision``: drafted mails whose topic is the label / drafted mails;
- ``answerable_drafted``: drafted answerable mails / answerable mails (any topic);
- ``answerable_right``: answerable mails drafted with the right topic / answerable mails;
- ``macro_f1``: macro-F1 over the labels present, abstentions counted as "other";
- ``other_drafted_as``: what "other" mail was drafted as, topic -> count.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from triage.model.classify import Prediction
from triage.topics import NO_DRAFT


@dataclass(frozen=True)
class Scored:
    """One labelled mail and what the model did with it."""

    label: str
    lang: str
    prediction: Prediction

    @property
    def drafted(self) -> bool:
        return bool(self.prediction.topics)

    @property
    def live(self) -> str:
        """The topic the pass would tag: the draft topic, or "other" (abstained or other)."""
        return self.prediction.topic if self.drafted else NO_DRAFT


def _ratio(part: int, whole: int) -> float | None:
    return round(part / whole, 4) if whole else None


def _macro_f1(rows: Sequence[Scored]) -> float | None:
    labels = sorted({r.label for r in rows})
    if not labels:
        return None
    scores = []
    for label in labels:
        true_positive = sum(r.label == label and r.live == label for r in rows)
        predicted = sum(r.live == label for r in rows)
        actual = sum(r.label == label for r in rows)
        denominator = predicted + actual
        scores.append(2 * true_positive / denominator if denominator else 0.0)
    return round(sum(scores) / len(scores), 4)


def figures(rows: Sequence[Scored]) -> dict[str, Any]:
    """The headline figures of a group of scored mails (see the module docstring)."""
    drafted = [r for r in rows if r.drafted]
    answerable = [r for r in rows if r.label != NO_DRAFT]
    others = [r for r in rows if r.label == NO_DRAFT]
    return {
        "mails": len(rows),
        "drafted_share": _ratio(len(drafted), len(rows)),
        "drafted_precision": _ratio(sum(r.live == r.label for r in drafted), len(drafted)),
        "answerable_drafted": _ratio(sum(r.drafted for r in answerable), len(answerable)),
        "answerable_right": _ratio(sum(r.live == r.label for r in answerable), len(answerable)),
        "macro_f1": _macro_f1(rows),
        "other_mails": len(others),
        "other_drafted_as": dict(sorted(Counter(r.live for r in others if r.drafted).items())),
    }


def per_label(rows: Sequence[Scored]) -> dict[str, dict[str, Any]]:
    """For each true label: mails, drafted share, right-topic share, and what it became."""
    table = {}
    for label in sorted({r.label for r in rows}):
        group = [r for r in rows if r.label == label]
        tagged_as = [r for r in rows if r.live == label]
        table[label] = {
            "mails": len(group),
            "drafted_share": _ratio(sum(r.drafted for r in group), len(group)),
            "recall": _ratio(sum(r.live == label for r in group), len(group)),
            "precision": _ratio(sum(r.label == label for r in tagged_as), len(tagged_as)),
            "became": dict(sorted(Counter(r.live for r in group).items())),
        }
    return table


def scorecard(rows: Sequence[Scored]) -> dict[str, Any]:
    """Headline figures for all, per language, and per label."""
    languages = sorted({r.lang or "unknown" for r in rows})
    return {
        **figures(rows),
        "by_language": {
            lang: figures([r for r in rows if (r.lang or "unknown") == lang]) for lang in languages
        },
        "by_label": per_label(rows),
    }


def score(
    labels: Sequence[str], langs: Sequence[str], predictions: Sequence[Prediction]
) -> dict[str, Any]:
    """The scorecard of predictions against labels (equal-length sequences)."""
    rows = [
        Scored(label, lang, prediction)
        for label, lang, prediction in zip(labels, langs, predictions, strict=True)
    ]
    return scorecard(rows)
