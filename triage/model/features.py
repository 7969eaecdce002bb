"""The topic model's features: TF-IDF of the words of a mail and of the characters of its end.

Members write long letters with the question at the end ("…so should I call them?"), and
phone mail full of typos and æøå-less Norwegian. The model reads word 1-2-grams of the whole
text and character 3-5-grams (within words) of its last ``tail_chars`` characters only: on the
realistic validation set the end of a mail told its topic better than the whole of it, and
character n-grams are most of the prediction time, so reading less of them is also faster.

``FastTfidf`` learns the vocabulary and idf weights with scikit-learn's ``TfidfVectorizer``
and computes the same numbers (sublinear tf, smooth idf, L2 norm) with the pass's own
arithmetic (``triage.linear.Block``), which looks a word's character n-grams up once.
Training uses this module; the pass never does (a model file from before plain-number models
imports it by name when unpickled).
"""

from __future__ import annotations

from typing import Any

import numpy as np
from scipy import sparse
from sklearn.base import BaseEstimator, TransformerMixin
from sklearn.feature_extraction.text import TfidfVectorizer

from triage.linear import Block


class FastTfidf(TransformerMixin, BaseEstimator):
    """TF-IDF of word n-grams of the whole text (``kind="word"``) or of character n-grams
    within the words of its last ``tail_chars`` characters (``kind="char"``)."""

    def __init__(
        self, kind: str = "word", ngram_range: tuple[int, int] = (1, 2), tail_chars: int = 0
    ) -> None:
        self.kind = kind
        self.ngram_range = ngram_range
        self.tail_chars = tail_chars

    def _block(self, vocabulary: dict[str, int], idf: np.ndarray) -> Block:
        low, high = self.ngram_range
        return Block(self.kind, low, high, self.tail_chars, False, vocabulary, idf)

    def grams(self, text: str) -> list[str]:
        """The analyzer: the n-grams of one text, as fitting counts them."""
        return self._block({}, np.zeros(0)).grams(text)

    def fit(self, texts: Any, y: Any = None) -> FastTfidf:
        learned = TfidfVectorizer(analyzer=self.grams, sublinear_tf=True).fit(list(texts))
        self.vocabulary_ = dict(learned.vocabulary_)
        self.idf_ = np.asarray(learned.idf_, dtype=np.float64)
        self.__dict__.pop("_fitted", None)
        return self

    def transform(self, texts: Any) -> Any:
        # The pass's own arithmetic (triage.linear), so training measures what runs.
        block = self.__dict__.get("_fitted")
        if block is None:
            block = self.__dict__["_fitted"] = self._block(self.vocabulary_, self.idf_)
        texts = list(texts)
        rows, columns, values = block.features(texts)
        return sparse.csr_matrix((values, (rows, columns)), shape=(len(texts), len(self.idf_)))

    def get_feature_names_out(self, input_features: Any = None) -> np.ndarray:
        names = sorted(self.vocabulary_, key=self.vocabulary_.__getitem__)
        return np.asarray([f"{self.kind}:{n}" for n in names], dtype=object)

    def __getstate__(self) -> dict[str, Any]:
        # The fitted block (with its word cache) is rebuilt on use; it is not the model.
        state = dict(self.__dict__)
        state.pop("_fitted", None)
        return state
