"""Linear text models as plain numbers: what the pass runs, without scikit-learn.

``model``: the blocks (TF-IDF of words or of characters within words), the heads and
``LinearText``, which computes every head's probabilities for a batch of texts with numpy, and
stores and reads them as plain data. ``export``: the same numbers copied out of fitted
scikit-learn parts. A leaf of the package: it imports nothing else of triage.
"""

from triage.linear.export import (
    export_block,
    export_calibrated,
    export_classifier,
    export_logistic,
    export_one_vs_rest,
    export_union,
)
from triage.linear.model import (
    CACHE_WORDS,
    FOLD,
    FORMAT,
    READABLE_FORMATS,
    TOKEN,
    Block,
    ExportError,
    FittedBlock,
    Head,
    LinearText,
    char_grams,
    word_grams,
)

__all__ = [
    "CACHE_WORDS", "FOLD", "FORMAT", "READABLE_FORMATS", "TOKEN", "Block", "ExportError",
    "FittedBlock", "Head", "LinearText", "char_grams", "export_block", "export_calibrated",
    "export_classifier", "export_logistic", "export_one_vs_rest", "export_union", "word_grams",
]  # fmt: skip
