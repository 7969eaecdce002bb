"""The situation model's card (``situations.json``) and writing the model with it.

The card holds what a person needs to judge and to tune the model: the topic model it was
trained with, the data, the cross-validation, each situation's two thresholds (a counsellor may
edit them: they are read at load time), the words that weigh most for each situation, and the
figures on the fixed test split. The model file is written before its card, both atomically, so
a reader between the two sees a checksum mismatch, never a new card vouching for an old file.
"""

from __future__ import annotations

import hashlib
import io
import json
import os
import tempfile
from collections import Counter
from collections.abc import Sequence
from datetime import UTC, datetime
from importlib import metadata
from pathlib import Path
from typing import Any

import joblib
import numpy as np

from triage.model.classify import sha256_bytes
from triage.model.situation_rules import SUPERSEDED_BY
from triage.model.situation_text import PREFIX
from triage.training.situation_data import LabelledMail

TOP_TERMS = 8
COMBINATION = (
    "a situation is found when the model's probability reaches rules[s].model, or when one"
    " of its cues occurs and the probability reaches rules[s].cue (0 = the cue alone); both"
    " thresholds give the best F1 on cross-validated probabilities of the training split"
)


def build_card(
    topic_card: dict[str, Any],
    split: tuple[Sequence[LabelledMail], Sequence[LabelledMail]],
    c: float,
    scores: dict[float, float],
    rules: dict[str, dict[str, float]],
    stored: dict[str, Any],
    figures: dict[str, Any],
) -> dict[str, Any]:
    """The card for a freshly trained situation model; ``sha256`` is set when it is written."""
    train, test = split
    now = datetime.now(UTC)
    digest = _data_hash(train, test)
    return {
        "version": f"{now:%Y%m%d-%H%M}-{digest[:8]}",
        "date": now.isoformat(timespec="seconds"),
        "sklearn_version": metadata.version("scikit-learn"),
        "sha256": None,
        "topic_model": topic_card,
        "input": "for_model(subject, member_words(body)); cues on subject and member words",
        "data": {
            "hash": digest,
            "split": "the topic model's fixed test split (hash of the id)",
            "train": _counts(train),
            "test": _counts(test),
            "notes": [
                "counsellors' decisions carry no situations and are not used",
                "data/holdout is never read in training (scripts/evaluate_situations.py)",
            ],
        },
        "model": {
            "kind": "one logistic regression per situation (class_weight=balanced)",
            "C": c,
            "features": f"TF-IDF of words, word pairs and {PREFIX}-letter word starts",
            "vocabulary": len(stored["vocabulary"]),
            "cross_validation": {str(k): round(v, 3) for k, v in scores.items()},
            "metric": "mean over situations of the best cross-validated F1 with cues",
        },
        "combination": COMBINATION,
        "superseded_by": {k: list(v) for k, v in SUPERSEDED_BY.items()},
        "rules": rules,
        "top_terms": _top_terms(stored),
        "test": figures,
    }


def _counts(mails: Sequence[LabelledMail]) -> dict[str, Any]:
    with_topic = [m for m in mails if m.topics]
    return {
        "mails": len(mails),
        "with_topic": len(with_topic),
        "situations": dict(sorted(Counter(s for m in mails for s in m.situations).items())),
        "sectors": dict(sorted(Counter(str(m.sector) for m in with_topic).items())),
    }


def _data_hash(train: Sequence[LabelledMail], test: Sequence[LabelledMail]) -> str:
    digest = hashlib.sha256()
    rows = [("train", m.id, m.situations, m.sector, m.model_input) for m in train]
    rows += [("test", m.id, m.situations, m.sector, m.model_input) for m in test]
    for row in sorted(rows, key=lambda r: (r[0], r[1])):
        digest.update(json.dumps(row, ensure_ascii=False).encode("utf-8") + b"\n")
    return digest.hexdigest()


def _top_terms(stored: dict[str, Any]) -> dict[str, list[str]]:
    terms = sorted(stored["vocabulary"], key=stored["vocabulary"].get)
    result = {}
    for column, situation in enumerate(stored["situations"]):
        weights = stored["weights"][:, column]
        best = np.argsort(weights)[::-1][:TOP_TERMS]
        result[situation] = [terms[i] for i in best if weights[i] > 0]
    return result


def write_situation_model(
    stored: dict[str, Any], card: dict[str, Any], path: Path
) -> tuple[Path, ...]:
    """Write the model and its card atomically, readable by their owner only."""
    buffer = io.BytesIO()
    joblib.dump(stored, buffer, compress=3)
    blob = buffer.getvalue()
    card["sha256"] = sha256_bytes(blob)
    path.parent.mkdir(parents=True, exist_ok=True)
    card_path = path.with_suffix(".json")
    _atomic_write(path, blob)
    _atomic_write(card_path, json.dumps(card, ensure_ascii=False, indent=2).encode() + b"\n")
    return (path, card_path)


def _atomic_write(path: Path, data: bytes) -> None:
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.")
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        os.chmod(temporary, 0o600)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
