"""Train the situation model: one logistic regression per situation, and when cues may help.

``train_situations`` is what ``triage train`` runs after the topic model (``--situations-only``
runs it alone). Per situation, a logistic regression over TF-IDF terms of the mail
(triage.model.situation_text) is trained on the training-split mails of the situation's topic.
Its two thresholds (triage.model.situation_rules) are chosen on cross-validated probabilities
of the training split, to give the best F1 there; the regularisation strength likewise. The
fixed test split only measures, and its figures go into the card. The card also names the topic
model this one was trained with: a pass refuses a situation model older than its topic model.
"""

from __future__ import annotations

import json
import time
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import StratifiedKFold
from threadpoolctl import threadpool_limits

from triage.errors import ModelError
from triage.model.situation_text import analyze
from triage.model.situations import SituationModel, cue_evidence, situation_model_path
from triage.situations import ALL_SITUATIONS, TOPIC_OF
from triage.training.situation_card import build_card, write_situation_model
from triage.training.situation_data import LabelledMail, load_situation_split
from triage.training.situation_eval import evaluate_readings, format_tables, read_mails

Progress = Callable[[str], None]
C_GRID = (3.0, 10.0, 30.0)
FOLDS = 5
MIN_DF = 2
MIN_POSITIVES = 5  # fewer labelled mails than this: the situation is found by its cues only
GRID = tuple(round(0.05 * i, 2) for i in range(1, 20))
SEED = 0


@dataclass
class SituationTrainResult:
    card: dict[str, Any]
    written: tuple[Path, ...]
    model: SituationModel

    def summary(self) -> str:
        test = format_tables(self.card["test"], "Situation model on the test split")
        where = ", ".join(str(p) for p in self.written) if self.written else "nothing written"
        return (
            f"Situation model {self.card['version']} (C={self.card['model']['C']}), trained"
            f" with topic model {self.card['topic_model']['version']}: {where}\n{test}"
        )


def train_situations(
    data_dir: Path, topic_model_path: Path, *, write: bool = True, progress: Progress = print
) -> SituationTrainResult:
    """Train on data/'s training split, measure on its test split, write beside the topic model."""
    with threadpool_limits(limits=1, user_api="blas"):
        started = time.monotonic()
        topic_card = _topic_card(topic_model_path)
        train, test = load_situation_split(data_dir)
        mails = [m for m in train if m.topics]
        progress(f"situations: cross-validating on {len(mails)} training mails with a topic…")
        hits = [cue_evidence(m.subject, m.words, m.topics)[0] for m in mails]
        out_of_fold = _cross_validate(mails)
        scores = {c: _mean_best_f1(mails, out_of_fold[c], hits) for c in C_GRID}
        best_c = max(C_GRID, key=lambda c: (scores[c], -c))
        rules = {s: choose_rule(mails, out_of_fold[best_c], hits, s) for s in ALL_SITUATIONS}
        progress(f"situations: fitting C={best_c} on {len(mails)} mails…")
        stored = fit_heads(mails, best_c)
        model = SituationModel(stored, {"rules": rules})
        progress(f"situations: evaluating on the test split ({len(test)} mails)…")
        figures = evaluate_readings(test, read_mails(model, test))
        card = build_card(topic_card, (train, test), best_c, scores, rules, stored, figures)
        card["training_seconds"] = round(time.monotonic() - started, 1)
        model.card = card
        written: tuple[Path, ...] = ()
        if write:
            written = write_situation_model(stored, card, situation_model_path(topic_model_path))
        return SituationTrainResult(card, written, model)


def _topic_card(topic_model_path: Path) -> dict[str, Any]:
    card_path = Path(topic_model_path).with_suffix(".json")
    try:
        card = json.loads(card_path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        raise ModelError(
            f"no topic model card at {card_path}: the situation model is trained with the topic"
            " model, run `triage train`"
        ) from None
    return {"version": card.get("version"), "date": card.get("date"), "file": card_path.name}


# --- fitting -------------------------------------------------------------------------------


def make_vectorizer() -> TfidfVectorizer:
    return TfidfVectorizer(analyzer=analyze, sublinear_tf=True, min_df=MIN_DF)


def fit_heads(mails: Sequence[LabelledMail], c: float) -> dict[str, Any]:
    """The stored model: vocabulary, idf, and one column of weights per situation."""
    vectorizer = make_vectorizer()
    matrix = vectorizer.fit_transform([m.model_input for m in mails])
    weights = np.zeros((matrix.shape[1], len(ALL_SITUATIONS)), dtype=np.float32)
    intercepts = np.zeros(len(ALL_SITUATIONS))
    for column, situation in enumerate(ALL_SITUATIONS):
        rows = [i for i, m in enumerate(mails) if TOPIC_OF[situation] in m.topics]
        y = np.array([situation in mails[i].situations for i in rows])
        if y.sum() < MIN_POSITIVES or y.all():
            continue  # zero weights: probability 0.5, and its rule leaves it to the cues
        head = _regression(c).fit(matrix[rows], y)
        weights[:, column] = head.coef_[0]
        intercepts[column] = head.intercept_[0]
    return {
        "vocabulary": {str(term): int(i) for term, i in vectorizer.vocabulary_.items()},
        "idf": vectorizer.idf_.astype(float),
        "situations": list(ALL_SITUATIONS),
        "weights": weights,
        "intercepts": intercepts,
    }


def _regression(c: float) -> LogisticRegression:
    # Balanced: most situations are rare inside their topic; thresholds are chosen afterwards.
    return LogisticRegression(C=c, class_weight="balanced", max_iter=3000)


def _cross_validate(mails: Sequence[LabelledMail]) -> dict[float, dict[str, np.ndarray]]:
    """Out-of-fold probabilities per C and situation (0.5 where no model could be fitted)."""
    out = {c: {s: np.full(len(mails), 0.5) for s in ALL_SITUATIONS} for c in C_GRID}
    labels = [m.label for m in mails]
    smallest = min(Counter(labels).values(), default=0)
    if smallest < 2:
        return out  # too few mails to cross-validate: every rule leaves it to the cues
    folds = StratifiedKFold(min(FOLDS, smallest), shuffle=True, random_state=SEED)
    texts = [m.model_input for m in mails]
    for fit_rows, held_rows in folds.split(texts, labels):
        vectorizer = make_vectorizer().fit([texts[i] for i in fit_rows])
        fit_x = vectorizer.transform([texts[i] for i in fit_rows])
        held_x = vectorizer.transform([texts[i] for i in held_rows])
        for situation in ALL_SITUATIONS:
            topic = TOPIC_OF[situation]
            a = [j for j, i in enumerate(fit_rows) if topic in mails[i].topics]
            b = [j for j, i in enumerate(held_rows) if topic in mails[i].topics]
            y = np.array([situation in mails[fit_rows[j]].situations for j in a])
            if not b or y.sum() < MIN_POSITIVES or y.all():
                continue
            for c in C_GRID:
                probability = _regression(c).fit(fit_x[a], y).predict_proba(held_x[b])[:, 1]
                out[c][situation][held_rows[b]] = probability
    return out


def choose_rule(
    mails: Sequence[LabelledMail],
    probabilities: dict[str, np.ndarray],
    hits: Sequence[dict[str, str]],
    situation: str,
) -> dict[str, float]:
    """The model-alone and with-a-cue thresholds with the best cross-validated F1."""
    rows = [i for i, m in enumerate(mails) if TOPIC_OF[situation] in m.topics]
    y = np.array([situation in mails[i].situations for i in rows], dtype=bool)
    p = probabilities[situation][rows]
    cue = np.array([situation in hits[i] for i in rows], dtype=bool)
    if not y.any():
        return {"model": 1.01, "cue": 0.0, "cv_f1": 0.0}  # nothing labelled: cues alone
    best = (-1.0, 0.0, 0.0, 0.0, 0.0)
    for high in (*GRID, 1.01):
        for low in (0.0, *GRID):
            if low > high:
                break
            chosen = np.where(cue, p >= low, p >= high)
            # Ties: the model's bar nearest 0.5, then the lowest bar for a cue.
            best = max(best, (_f1(y, chosen), -abs(high - 0.5), -low, high, low))
    return {"model": best[3], "cue": best[4], "cv_f1": round(best[0], 3)}


def _mean_best_f1(
    mails: Sequence[LabelledMail], probabilities: dict[str, np.ndarray], hits: Sequence[dict]
) -> float:
    rules = [choose_rule(mails, probabilities, hits, s) for s in ALL_SITUATIONS]
    return float(np.mean([rule["cv_f1"] for rule in rules]))


def _f1(y: np.ndarray, chosen: np.ndarray) -> float:
    tp = int(np.sum(y & chosen))
    wrong = int(np.sum(y != chosen))
    return 2 * tp / (2 * tp + wrong) if tp + wrong else 0.0
