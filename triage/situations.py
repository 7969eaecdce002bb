"""The situations a member can be in inside a topic, and the employer sectors.

One place for the ids: the labelled data (``situations`` and ``sector`` in data/*.jsonl, defined
in data/README.md), the situation model, its cues and the reply blocks all use these. A
situation belongs to one topic; a mail gets situations only of the topics it was tagged with.
"""

from __future__ import annotations

from triage.topics import DRAFT_TOPICS

SITUATIONS: dict[str, tuple[str, ...]] = {
    "followup": ("before_applying", "waiting", "after_interview", "rejected", "competing_offer"),
    "interview": ("case_test", "panel_public", "video", "second_round", "references"),
    "salary": ("new_offer", "expectations", "raise", "first_public_job"),
    "cv": ("gap", "international", "experienced", "tailoring", "linkedin"),
}

# Every situation id, in topic order; ids are unique across topics.
ALL_SITUATIONS: tuple[str, ...] = tuple(s for topic in DRAFT_TOPICS for s in SITUATIONS[topic])
TOPIC_OF: dict[str, str] = {s: topic for topic, ids in SITUATIONS.items() for s in ids}

# The employer the question is about; None when the mail does not say, or names several.
SECTORS: tuple[str, ...] = ("state", "municipality", "oslo", "private")


def situations_for(topics: tuple[str, ...] | list[str]) -> tuple[str, ...]:
    """The situation ids of the given topics, in topic order (unknown topics have none)."""
    return tuple(s for topic in topics for s in SITUATIONS.get(topic, ()))
