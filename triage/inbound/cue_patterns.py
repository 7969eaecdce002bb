"""Written cues as regular expressions: the shared helpers of the sector and situation cues.

Cues are written with æ, ø and å; members often type without them ("lonn", "soknad",
"loenn"), so each letter is expanded to its usual stand-ins before compiling. A cue matches at
the start of a word; it may run on into the rest of a compound or an inflection unless it ends
with ``\\b``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

_LETTERS = {"æ": "(?:æ|ae|a|e)", "ø": "(?:ø|oe|o)", "å": "(?:å|aa|a)"}


def expand(cue: str) -> str:
    """A written cue as a regular expression that also finds text typed without æ, ø, å."""
    return "".join(_LETTERS.get(char, char) for char in cue)


def compile_cues(cues: Iterable[str]) -> re.Pattern[str]:
    """One pattern for all ``cues``, each anchored at the start of a word, for lower-case text.

    Cues are written in lower case and matched against ``text.lower()``: four times faster than
    a case-insensitive pattern, and one anchor outside the alternatives another four.
    """
    joined = "|".join(f"(?:{expand(cue)})" for cue in dict.fromkeys(cues))
    return re.compile(rf"(?<!\w)(?:{joined})")


def split_cues(written: str) -> list[str]:
    """Cues as written in a table: separated by ";"; a line break inside a cue is a space."""
    return [" ".join(cue.split()) for cue in written.split(";") if cue.strip()]
