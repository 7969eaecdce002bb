"""Which blocks make a draft: plain rules from the topics, the situations and the sector.

A draft is the greeting, one place per question the member asked, then per topic (the
primary first) the blocks of the situations found in the mail, or the topic's general block
when none was found, then the closing, the signature and the footer. A second topic opens with
its bridging line. Sector matters where the advice differs: salary gets the block of the
employer's sector (or a neutral one with a place when the sector is unknown), and follow-up in
the public sector gets the public-sector steps (applicant list, innstilling, appointment body).
Mail that needs care has a block set of its own (``CARE_PLAN``).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

# The situations of each topic, in the order their blocks appear in a draft (the order of a
# hiring process, or from the most to the least common question).
SITUATIONS: dict[str, tuple[str, ...]] = {
    "followup": ("before_applying", "waiting", "after_interview", "competing_offer", "rejected"),
    "interview": ("panel_public", "case_test", "video", "second_round", "references"),
    "salary": ("expectations", "new_offer", "first_public_job", "raise"),
    "cv": ("tailoring", "gap", "experienced", "international", "linkedin"),
}
SECTORS = ("state", "municipality", "oslo", "private")
PUBLIC_SECTORS = frozenset({"state", "municipality", "oslo"})

OPENING = ("greeting", "questions")
ENDING = ("closing", "signature", "footer")
# Mail that needs care gets no topic blocks: one whole, personal text of its own (with its own
# greeting), signed and ended like every draft. Offered on the review page only.
CARE = "care"
CARE_PLAN = (CARE, "signature", "footer")
# The body of a draft is everything before this block.
SIGNATURE = "signature"

# Follow-up in the public sector: which public-sector block goes with which situations.
_FOLLOWUP_PUBLIC = (
    ("followup/public_before", ("general", "before_applying")),
    ("followup/public_waiting", ("waiting", "after_interview", "competing_offer")),
    ("followup/public_rejected", ("rejected",)),
)


def situations_by_topic(
    situations: Mapping[str, Iterable[str]] | Iterable[str] | None,
) -> dict[str, tuple[str, ...]]:
    """Situations grouped per topic, in draft order; unknown ids are left out.

    Takes either a mapping topic -> ids or one flat list of ids (an id names its topic: no id
    is used by two topics).
    """
    if not situations:
        return {}
    if isinstance(situations, Mapping):
        wanted = {topic: set(ids) for topic, ids in situations.items()}
    else:
        flat = set(situations)
        wanted = {topic: flat for topic in SITUATIONS}
    return {
        topic: tuple(s for s in order if s in wanted.get(topic, ()))
        for topic, order in SITUATIONS.items()
        if any(s in wanted.get(topic, ()) for s in order)
    }


def topic_blocks(topic: str, situations: tuple[str, ...], sector: str | None) -> list[str]:
    """The blocks of one topic, without its bridging line."""
    found = [s for s in SITUATIONS[topic] if s in situations]
    blocks = [f"{topic}/{s}" for s in found] or [f"{topic}/general"]
    if topic == "followup" and sector in PUBLIC_SECTORS:
        stages = found or ["general"]
        blocks += [block for block, when in _FOLLOWUP_PUBLIC if any(s in when for s in stages)]
    if topic == "salary":
        blocks.append(_salary_sector_block(bool(found), sector))
        if "new_offer" in found:
            blocks.append("salary/contract")
    return blocks


def _salary_sector_block(has_situation: bool, sector: str | None) -> str:
    if sector in SECTORS:
        return f"salary/sector_{sector}"
    # A general question about pay with no sector named: how pay is set in each sector.
    return "salary/sector_unknown" if has_situation else "salary/sector_overview"


def plan(
    topics: Iterable[str],
    situations: Mapping[str, Iterable[str]] | Iterable[str] | None = None,
    sector: str | None = None,
) -> list[str]:
    """The block ids of a draft, in order. Topics without blocks ("other") add nothing."""
    grouped = situations_by_topic(situations)
    sector = sector if sector in SECTORS else None
    ids = list(OPENING)
    drafted = [t for t in dict.fromkeys(topics) if t in SITUATIONS]
    for index, topic in enumerate(drafted):
        if index:
            ids.append(f"{topic}/bridge")
        ids += topic_blocks(topic, grouped.get(topic, ()), sector)
    ids += ENDING
    return ids


def all_blocks() -> list[str]:
    """Every block a draft can use: each must exist, and render, in every language."""
    ids = list(OPENING)
    for topic, situations in SITUATIONS.items():
        ids += [f"{topic}/general", f"{topic}/bridge", *(f"{topic}/{s}" for s in situations)]
    ids += [block for block, _ in _FOLLOWUP_PUBLIC]
    ids += [f"salary/sector_{s}" for s in (*SECTORS, "unknown", "overview")]
    ids += ["salary/contract", *ENDING, CARE]
    return ids
