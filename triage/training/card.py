"""The model card (``topic.json``), and writing the model together with its card and report.

The card holds everything a person needs to judge the model. Files are replaced atomically;
the model and its card are readable by their owner only.
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

from triage.linear import FORMAT
from triage.model.classify import TopicModel, card_path_for, sha256_bytes
from triage.training.data import Example, TrainingData
from triage.training.evaluation import rounded
from triage.training.options import TrainOptions
from triage.training.report import render_report
from triage.training.select import (
    CHAR_NGRAMS,
    EXTRA_FEATURES,
    IN_SCOPE_C,
    TAIL_CHARS,
    WORD_NGRAMS,
    ThresholdChoice,
    describe_setting,
)


def _counts(examples: Sequence[Example]) -> dict[str, Any]:
    return {
        "total": len(examples),
        "by_label": dict(sorted(Counter(e.label for e in examples).items())),
        "by_source": dict(sorted(Counter(e.source for e in examples).items())),
        "by_language": dict(sorted(Counter(e.lang or "unknown" for e in examples).items())),
    }


def data_hash(train: Sequence[Example], test: Sequence[Example]) -> str:
    digest = hashlib.sha256()
    rows = [("train", e.label, e.secondary or "", e.text) for e in train]
    rows += [("test", e.label, e.secondary or "", e.text) for e in test]
    for row in sorted(rows):
        digest.update(json.dumps(row, ensure_ascii=False).encode("utf-8") + b"\n")
    return digest.hexdigest()


def build_card(
    options: TrainOptions,
    data: TrainingData,
    selection: dict[str, Any],
    best: tuple[str, float],
    choice: ThresholdChoice,
    secondary: dict[str, Any],
    evaluation: dict[str, Any],
    no_draft: list[str],
    model: TopicModel,
) -> dict[str, Any]:
    """The card for a freshly trained model; ``sha256`` is filled in when it is written."""
    now = datetime.now(UTC)
    digest = data_hash(data.train, data.test)
    return {
        "version": f"{now:%Y%m%d-%H%M}-{digest[:8]}",
        "date": now.isoformat(timespec="seconds"),
        "sklearn_version": metadata.version("scikit-learn"),
        "sha256": None,  # filled in when the file is written
        "input": "for_model(subject, member_words(body)) from triage.clean"
        if options.data_file is None
        else f"text column of {options.data_file.name} as given",
        "data": _data_section(options, data, digest),
        "split": data.split,
        "labels": list(model.labels),
        "no_draft_labels": no_draft,
        "out_of_scope_label": options.oos_label,
        "model": _model_section(selection, best, model),
        "threshold": choice.threshold,
        "target_precision": options.target_precision,
        "target_reached": choice.reached,
        "coverage": rounded(choice.coverage),
        "validation": {
            "source": "val file" if data.val is not None else "cross-validated predictions",
            "file": str(options.val_file) if data.val is not None else None,
            "examples": choice.total,
            "drafted_precision": rounded(choice.precision),
            "drafted": choice.drafted,
        },
        "secondary_rule": secondary,
        "test": evaluation,
    }


def _data_section(options: TrainOptions, data: TrainingData, digest: str) -> dict[str, Any]:
    return {
        "source": str(options.data_file or options.data_dir),
        "hash": digest,
        "train": _counts(data.train),
        "test": _counts(data.test),
        "validation": _counts(data.val) if data.val is not None else None,
        "merge": data.merge,
        "notes": data.notes,
        "counsellor_weight": options.counsellor_weight,
        "recent_decisions_held_out": options.recent_decisions,
    }


def _model_section(
    selection: dict[str, Any], best: tuple[str, float], model: TopicModel
) -> dict[str, Any]:
    return {
        "kind": best[0],
        "C": best[1],
        "description": describe_setting(*best),
        "features": {
            "words": {"ngram_range": list(WORD_NGRAMS), "sublinear_tf": True},
            "chars": {
                "analyzer": "char_wb",
                "ngram_range": list(CHAR_NGRAMS),
                "last_characters": TAIL_CHARS,
            },
            "extra": [name for name, _ in EXTRA_FEATURES],
        },
        "in_scope_head": None
        if model.in_scope_head is None
        else {
            "kind": "LogisticRegression, balanced classes",
            "C": IN_SCOPE_C,
            "confidence": "sqrt(top topic probability x in-scope probability)",
        },
        "selection": selection,
    }


def write_model(model: TopicModel, path: Path) -> tuple[Path, ...]:
    """Write model, card and report atomically; keep the current pair as topic.previous.*."""
    buffer = io.BytesIO()
    # Plain numbers (triage.linear): the pass runs them without scikit-learn.
    joblib.dump(model.linear.to_dict(), buffer, compress=3)
    blob = buffer.getvalue()
    model.card["format"] = FORMAT
    model.card["sha256"] = sha256_bytes(blob)
    path.parent.mkdir(parents=True, exist_ok=True)
    card_path = card_path_for(path)
    previous = path.with_name(f"{path.stem}.previous{path.suffix}")
    for current, backup in ((path, previous), (card_path, card_path_for(previous))):
        if current.exists():
            _atomic_write(backup, current.read_bytes(), 0o600)
    report = path.with_name(f"{path.stem}-report.html")
    card_bytes = json.dumps(model.card, ensure_ascii=False, indent=2).encode("utf-8") + b"\n"
    # The model before its card: a reader between the two sees a checksum mismatch and a
    # clear error, never a new card vouching for an old file.
    _atomic_write(path, blob, 0o600)
    _atomic_write(card_path, card_bytes, 0o600)
    _atomic_write(report, render_report(model.card).encode("utf-8"), 0o644)
    return (path, card_path, report)


def _atomic_write(path: Path, data: bytes, mode: int) -> None:
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.")
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        os.chmod(temporary, mode)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
