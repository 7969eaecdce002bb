"""What a training run is asked to do (``TrainOptions``) and what it did (``TrainResult``).

Their own module, so the steps that read them (``card``, ``report``) and the module that runs
the steps (``run``) all import them from here, and none of those imports another in a circle.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from triage.model.classify import TopicModel
from triage.training.report import format_summary


@dataclass(frozen=True)
class TrainOptions:
    """What to train on, where the model goes, and the precision targets.

    For ``data/``, ``val_file`` is the realistic validation set that chooses the model and
    its threshold; for ``data_file`` it is the benchmark's validation split (threshold only).
    """

    data_dir: Path
    data_file: Path | None = None
    test_file: Path | None = None
    val_file: Path | None = None
    oos_label: str | None = None
    model_path: Path = Path("models/topic.joblib")
    target_precision: float = 0.90
    # An added second section costs a counsellor one deletion, a wrong topic a rewrite.
    secondary_precision: float = 0.75
    # A counsellor's decision counts this many times a written example in training.
    counsellor_weight: float = 3.0
    # The newest counsellor decisions held out of training and reported as the real stream.
    recent_decisions: int = 100
    force: bool = False
    write: bool = True


@dataclass
class TrainResult:
    """What training did; ``summary()`` is the evaluation a person reads."""

    card: dict[str, Any]
    replaced: bool
    decision: str
    written: tuple[Path, ...] = ()
    old_score: float | None = None
    model: TopicModel | None = None  # the new model, written or not (benchmarks reuse it)

    def summary(self) -> str:
        return format_summary(self.card, self.decision, self.written)
