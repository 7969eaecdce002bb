"""Per-situation and per-sector precision and recall of the situation reader, and their tables.

Only mails with a topic that has situations count (label or secondary): the reader runs only on
those. By default each mail is read with its labelled topics, which measures the situation
reader alone; ``topics`` can give other topics (the topic model's, for the whole chain).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from triage.model.situations import Reading, SituationModel, read_situations
from triage.situations import ALL_SITUATIONS, SECTORS
from triage.training.situation_data import LabelledMail


def read_mails(
    model: SituationModel,
    mails: Sequence[LabelledMail],
    topics: Callable[[LabelledMail], Sequence[str]] | None = None,
) -> list[Reading]:
    pick = topics or (lambda mail: mail.topics)
    return read_situations(model, [(m.subject, m.words, m.lang, pick(m)) for m in mails])


def evaluate_readings(mails: Sequence[LabelledMail], readings: Sequence[Reading]) -> dict[str, Any]:
    """Situation and sector figures for ``readings`` of labelled ``mails`` (same order)."""
    pairs = [(m, r) for m, r in zip(mails, readings, strict=True) if m.topics]
    return {
        "mails": len(pairs),
        "situations": _situation_figures(pairs),
        "sector": _sector_figures(pairs),
    }


def _counts(pairs: list[tuple[Any, Any]], truth: Callable, found: Callable, key: str) -> dict:
    tp = sum(key in truth(m) and key in found(r) for m, r in pairs)
    fp = sum(key not in truth(m) and key in found(r) for m, r in pairs)
    fn = sum(key in truth(m) and key not in found(r) for m, r in pairs)
    return {"n": tp + fn, "tp": tp, "fp": fp, "fn": fn, **_rates(tp, fp, fn)}


def _rates(tp: int, fp: int, fn: int) -> dict[str, float]:
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * tp / (2 * tp + fp + fn) if tp + fp + fn else 0.0
    return {"precision": round(precision, 3), "recall": round(recall, 3), "f1": round(f1, 3)}


def _situation_figures(pairs: list[tuple[LabelledMail, Reading]]) -> dict[str, Any]:
    per = {
        s: _counts(pairs, lambda m: m.situations, lambda r: r.situations, s) for s in ALL_SITUATIONS
    }
    tp, fp, fn = (sum(row[k] for row in per.values()) for k in ("tp", "fp", "fn"))
    present = [row["f1"] for row in per.values() if row["n"]]
    return {
        "per_situation": per,
        "micro": _rates(tp, fp, fn),
        "macro_f1": round(sum(present) / len(present), 3) if present else 0.0,
        "exact_mails": sum(set(m.situations) == set(r.situations) for m, r in pairs),
        "empty": {
            "labelled": sum(not m.situations for m, _ in pairs),
            "read": sum(not r.situations for _, r in pairs),
            "both": sum(not m.situations and not r.situations for m, r in pairs),
        },
    }


def _sector_figures(pairs: list[tuple[LabelledMail, Reading]]) -> dict[str, Any]:
    per = {s: _counts(pairs, lambda m: (m.sector,), lambda r: (r.sector,), s) for s in SECTORS}
    right = sum(m.sector == r.sector for m, r in pairs)
    return {
        "per_sector": per,
        "accuracy": round(right / len(pairs), 3) if pairs else 0.0,
        "none": {
            "labelled": sum(m.sector is None for m, _ in pairs),
            "read": sum(r.sector is None for _, r in pairs),
        },
    }


def format_tables(figures: dict[str, Any], title: str) -> str:
    """The two tables as plain text, for the terminal and the training summary."""
    situations, sector = figures["situations"], figures["sector"]
    lines = [f"{title}: {figures['mails']} mails with a topic"]
    lines.append(f"  {'situation':18} {'n':>4} {'precision':>9} {'recall':>7} {'F1':>6}")
    for situation, row in situations["per_situation"].items():
        lines.append(_row(situation, row))
    micro, empty = situations["micro"], situations["empty"]
    lines.append(
        f"  {'all (micro)':18} {'':>4} {micro['precision']:9.2f} {micro['recall']:7.2f}"
        f" {micro['f1']:6.2f}   macro-F1 {situations['macro_f1']:.2f};"
        f" exactly right {situations['exact_mails']}/{figures['mails']};"
        f" none found {empty['read']} (labelled none {empty['labelled']}, both {empty['both']})"
    )
    lines.append(f"  {'sector':18} {'n':>4} {'precision':>9} {'recall':>7} {'F1':>6}")
    for name, row in sector["per_sector"].items():
        lines.append(_row(name, row))
    lines.append(
        f"  accuracy {sector['accuracy']:.2f} (None counts as a value);"
        f" None read {sector['none']['read']}, labelled {sector['none']['labelled']}"
    )
    return "\n".join(lines)


def _row(name: str, row: dict[str, Any]) -> str:
    return f"  {name:18} {row['n']:4} {row['precision']:9.2f} {row['recall']:7.2f} {row['f1']:6.2f}"
