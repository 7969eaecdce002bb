"""What counsellors did with each block of the drafts they sent: kept, edited or deleted.

The rule, per block of a sent reply's draft (the stored ``draft_blocks``) against the text
that was sent (white space counts as one space everywhere, letter case counts):

- kept: the block's text is in the sent text as it was, where each ``[[…]]`` place in it may
  stand for any text (the counsellor had to fill it: filling it is not editing the block);
- edited: not kept, but at least half of the block's distinct words of four or more letters
  (of all its words, when it has none that long) are in the sent text;
- deleted: otherwise.

A block with nothing but places (the member's questions) is left out: there is no text of
ours in it to keep. Sorted weakest first: the lowest share kept, then the highest share
deleted, then the most used.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from triage.drafts.places import PLACEHOLDER

KEPT, EDITED, DELETED = "kept", "edited", "deleted"
MOST_WORDS = 0.5
_WORD = re.compile(r"\w+")
_SPACE = re.compile(r"\s+")


@dataclass
class BlockUse:
    """How one block fared in the sent replies that started from a draft holding it."""

    block: str
    kept: int = 0
    edited: int = 0
    deleted: int = 0

    @property
    def used(self) -> int:
        return self.kept + self.edited + self.deleted

    def share(self, outcome: str) -> float:
        return getattr(self, outcome) / self.used if self.used else 0.0


def outcome(block_text: str, sent_text: str) -> str | None:
    """KEPT, EDITED or DELETED for one block in one sent text; None for a block that is only
    places."""
    fixed = [_flat(part) for part in PLACEHOLDER.split(block_text)]
    if not any(fixed):
        return None
    sent = _flat(sent_text)
    pattern = r"[\s\S]*?".join(re.escape(part) for part in fixed)
    if re.search(pattern, sent):
        return KEPT
    words = {w.lower() for part in fixed for w in _WORD.findall(part)}
    long_words = {w for w in words if len(w) >= 4} or words
    present = set(_WORD.findall(sent.lower()))
    if long_words and len(long_words & present) >= MOST_WORDS * len(long_words):
        return EDITED
    return DELETED


def tally(sent: Iterable[tuple[list[dict[str, str]], str]]) -> list[BlockUse]:
    """Per block id, the outcomes over (draft blocks, sent text) pairs, weakest first."""
    found: dict[str, BlockUse] = {}
    for blocks, text in sent:
        for block in blocks:
            result = outcome(str(block.get("text", "")), text)
            if result is None:
                continue
            use = found.setdefault(str(block.get("id", "?")), BlockUse(str(block.get("id", "?"))))
            setattr(use, result, getattr(use, result) + 1)
    return sorted(
        found.values(), key=lambda u: (u.share(KEPT), -u.share(DELETED), -u.used, u.block)
    )


def _flat(text: str) -> str:
    return _SPACE.sub(" ", text).strip()
