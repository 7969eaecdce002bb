"""Mail-derived text as the page shows it: invisible characters made visible.

A sender can put bidirectional controls (U+202E RIGHT-TO-LEFT OVERRIDE, U+2066-2069 isolates,
U+200E/F marks), zero-width characters and other format characters (Unicode category Cf) into
a name, a subject or a file name, so that "cv<U+202E>fdp.exe" reads as "cvexe.pdf" or a name
seems to carry another address. Every such character, and any control character but tab and
line break, is shown as a visible marker like ``[U+202E]`` instead. The templates apply this
(the ``shown`` filter) to every name, address, subject, file name and mail text they print; the
editor gets the draft with those characters left out (``editable``), so they are not sent.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

# Category Cf (format), Cc (control) but tab and line break, and the line/paragraph separators.
_HIDDEN_CATEGORIES = {"Cf", "Cc", "Zl", "Zp"}
_KEPT = {"\t", "\n"}
_CANDIDATE = re.compile(r"[^\w .,:;!?@<>()'\"/\-]")


def _hidden(char: str) -> bool:
    return char not in _KEPT and unicodedata.category(char) in _HIDDEN_CATEGORIES


def shown(value: object) -> str:
    """``value`` as text with every invisible format or control character as ``[U+XXXX]``."""
    text = "" if value is None else str(value)
    if not _CANDIDATE.search(text):
        return text  # the common case: plain letters and punctuation, nothing to look at
    return "".join(f"[U+{ord(c):04X}]" if _hidden(c) else c for c in text)


def shown_list(values: Iterable[object]) -> str:
    """A list (attachment names) shown the same way, comma-separated."""
    return ", ".join(shown(v) for v in values)


def editable(text: str) -> str:
    """The draft for the editor: invisible format and control characters left out."""
    if not _CANDIDATE.search(text):
        return text
    return "".join(c for c in text if c == "\r" or not _hidden(c))
