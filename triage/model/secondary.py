"""The second topic of a mail on two topics, from the one-vs-rest head's probabilities.

The topic model answers "which one topic"; its runner-up is a poor guess at a second topic
(precision 0.4-0.67 on our validation data). A head trained on label *sets* over the same
fitted features (``triage.training.secondary``) does much better, and costs one sparse matrix
product at prediction time, because the features are computed once for both. This module is
the prediction side only: the rule that turns the head's row into a second topic or none.
"""

from __future__ import annotations

from collections.abc import Sequence


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
