"""What an item's draft was drawn from, as stored with it (``draft_blocks``): its topics, the
situations chosen for them and the member's questions; and the situations the page offers.

The topics are read from the draft's own block ids ("salary/new_offer" is a salary block), in
the order they appear, so changing the situations redraws the draft for the same topics it has
now (after a topic change: that one topic). An item without stored blocks falls back to its
topic.
"""

from __future__ import annotations

from typing import Any

from triage.situations import SITUATIONS

Row = dict[str, Any]


def drawn_topics(row: Row) -> list[str]:
    """The topics the item's draft was drawn for, the primary first."""
    record = row.get("draft_blocks") or {}
    found: list[str] = []
    for block in record.get("blocks") or ():
        topic = str(block.get("id", "")).partition("/")[0]
        if topic in SITUATIONS and topic not in found and "/" in str(block.get("id", "")):
            found.append(topic)
    if not found and row.get("topic") in SITUATIONS:
        found.append(row["topic"])
    return found


def draft_situations(record: dict[str, Any]) -> set[str]:
    """The situation ids a stored draft record (``Draft.record()``) was drawn with."""
    situations = record.get("situations") or {}
    return {str(s) for ids in situations.values() for s in ids}


def chosen_situations(row: Row) -> set[str]:
    """The situation ids the item's draft was drawn with."""
    return draft_situations(row.get("draft_blocks") or {})


def questions(row: Row) -> list[str]:
    """The member's questions the draft quotes, in their order."""
    record = row.get("draft_blocks") or {}
    return [str(q) for q in record.get("questions") or ()]


def situation_choices(row: Row) -> list[tuple[str, list[tuple[str, bool]]]]:
    """Per drawn topic: (topic, [(situation id, chosen now)]) for the page's checkboxes."""
    chosen = chosen_situations(row)
    return [(topic, [(s, s in chosen) for s in SITUATIONS[topic]]) for topic in drawn_topics(row)]
