"""Labelled examples for training: loading them, the fixed test split, counsellors' labels.

``data/`` is split by a hash of each example's id, so every retraining is measured on the
same mails. Counsellors' decisions join its training side; of exact and near duplicates one
copy stays: a counsellor's before a test mail before a training mail.
"""

from __future__ import annotations

import csv
import hashlib
import json
import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import numpy as np
from sklearn.feature_extraction.text import TfidfVectorizer

from triage.errors import ConfigError
from triage.inbound.clean import for_model
from triage.model.classify import model_text

TEST_PERCENT = 20
SPLIT_RULE = (
    f"test if int(sha256(key)[:8], 16) % 100 < {TEST_PERCENT}, key = {{key}}; a label with no"
    " test example gives its lowest-hash example to test; every label keeps at least 2"
    " training examples; counsellor examples are never in test"
)
NEAR_DUPLICATE = 0.9  # cosine on char 3-5 gram TF-IDF of the normalised text


@dataclass(frozen=True)
class Example:
    """One labelled text. ``text`` is the model input (``for_model`` output)."""

    text: str
    label: str
    secondary: str | None = None
    lang: str = ""
    id: str = ""
    source: str = "data"


@dataclass
class TrainingData:
    """The examples one training run uses, and how they were split."""

    train: list[Example]
    test: list[Example]
    val: list[Example] | None
    split: str
    merge: dict[str, Any] | None
    notes: list[str]


def load_training_data(
    data_dir: Path,
    data_file: Path | None,
    test_file: Path | None,
    val_file: Path | None,
    counsellor: Sequence[Example],
    progress: Callable[[str], None],
) -> TrainingData:
    """``data_file`` (with its own test and val files if given) or else ``data_dir``."""
    notes: list[str] = []
    if data_file is not None:
        train = load_table(data_file)
        val = load_table(val_file) if val_file else None
        if test_file:
            test = load_table(test_file)
            split = f"test file {test_file.name}"
        else:
            train, test = split_fixed(train, key=lambda e: e.text)
            split = SPLIT_RULE.format(key="text")
        if counsellor:
            notes.append("counsellor decisions are merged only with data/, not with --data")
        return TrainingData(train, test, val, split, None, notes)
    examples = load_data_dir(data_dir)
    train, test = split_fixed(examples, key=lambda e: e.id)
    if counsellor:
        progress(f"merging {len(counsellor)} counsellor decisions…")
    train, test, merge = merge_counsellor(train, test, counsellor)
    # Our validation file has the same fields as data/ (the realistic validation set).
    val = load_mail_file(val_file) if val_file else None
    return TrainingData(train, test, val, SPLIT_RULE.format(key="id"), merge, notes)


# --- loading -------------------------------------------------------------------------------


def load_data_dir(folder: Path) -> list[Example]:
    """Our labelled mails: ``data/*.jsonl`` with id, subject, body, label, secondary, lang."""
    if not folder.is_dir():
        raise ConfigError(f"data folder {folder} does not exist")
    files = sorted(folder.glob("*.jsonl"))
    if not files:
        raise ConfigError(f"no labelled examples in {folder}: add {folder}/<label>.jsonl files")
    examples: list[Example] = []
    seen: dict[str, str] = {}
    for path in files:
        examples += load_mail_file(path, seen)
    if not examples:
        raise ConfigError(f"no labelled examples in {folder}")
    return examples


def load_mail_file(path: Path, seen: dict[str, str] | None = None) -> list[Example]:
    """Labelled mails in one JSON lines file, as in ``data/``; keys not used are ignored.

    ``seen`` maps ids already read (from other files) to where they were.
    """
    if not path.is_file():
        raise ConfigError(f"labelled mail file {path} does not exist")
    seen = {} if seen is None else seen
    examples = []
    for number, record in _json_lines(path):
        where = f"{path}:{number}"
        ident = record.get("id")
        if not isinstance(ident, str) or not ident:
            raise ConfigError(f"{where}: missing id")
        if ident in seen:
            raise ConfigError(f"{where}: id {ident} is also in {seen[ident]}")
        seen[ident] = where
        subject, body = record.get("subject") or "", record.get("body")
        label, secondary = record.get("label"), record.get("secondary")
        if not isinstance(body, str) or not isinstance(subject, str):
            raise ConfigError(f"{where}: subject and body must be strings")
        if not isinstance(label, str) or not label:
            raise ConfigError(f"{where}: missing label")
        if secondary is not None and not isinstance(secondary, str):
            raise ConfigError(f"{where}: secondary must be a label or null")
        text = model_text(subject, body)
        lang = record.get("lang") if isinstance(record.get("lang"), str) else ""
        examples.append(Example(text, label, secondary or None, lang, ident, "data"))
    return examples


def load_table(path: Path) -> list[Example]:
    """A generic labelled file: CSV with text,label (or text,category) or JSON lines."""
    if not path.is_file():
        raise ConfigError(f"data file {path} does not exist")
    try:
        head = path.read_text(encoding="utf-8")[:200].lstrip()
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"data file {path} cannot be read as UTF-8 ({exc})") from None
    if path.suffix.lower() in (".jsonl", ".json", ".ndjson") or head.startswith("{"):
        rows = [(f"{path}:{n}", record) for n, record in _json_lines(path)]
    else:
        rows = _csv_rows(path)
    examples = []
    for where, row in rows:
        text, label = row.get("text"), row.get("label", row.get("category"))
        if not isinstance(text, str) or not text.strip():
            raise ConfigError(f"{where}: empty or missing text")
        if not isinstance(label, str) or not label.strip():
            raise ConfigError(f"{where}: empty or missing label")
        examples.append(Example(text.strip(), label.strip(), source=path.name))
    if not examples:
        raise ConfigError(f"data file {path} has no examples")
    return examples


def _json_lines(path: Path) -> list[tuple[int, dict[str, Any]]]:
    records = []
    with path.open(encoding="utf-8") as lines:
        for number, line in enumerate(lines, 1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except ValueError:
                raise ConfigError(f"{path}:{number}: not valid JSON") from None
            if not isinstance(record, dict):
                raise ConfigError(f"{path}:{number}: not a JSON object")
            records.append((number, record))
    return records


def _csv_rows(path: Path) -> list[tuple[str, dict[str, Any]]]:
    with path.open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle)
        columns = [c.strip() for c in reader.fieldnames or []]
        if "text" not in columns or not {"label", "category"} & set(columns):
            raise ConfigError(
                f"data file {path} needs columns text,label (or text,category);"
                f" it has {','.join(columns) or 'none'}"
            )
        reader.fieldnames = columns
        return [(f"{path}:{n}", row) for n, row in enumerate(reader, 2)]


# --- the fixed test split ------------------------------------------------------------------


def hash_bucket(key: str) -> int:
    """0-99, stable across runs and machines (unlike ``hash()``)."""
    return int(hashlib.sha256(key.encode("utf-8")).hexdigest()[:8], 16) % 100


def split_fixed(
    examples: Sequence[Example], key: Callable[[Example], str]
) -> tuple[list[Example], list[Example]]:
    """Split into (train, test) by hash of ``key``: about TEST_PERCENT % in test."""
    by_label: dict[str, list[Example]] = {}
    for example in examples:
        by_label.setdefault(example.label, []).append(example)
    test_keys: set[int] = set()
    for group in by_label.values():
        ranked = sorted(group, key=lambda e: (hash_bucket(key(e)), key(e)))
        chosen = [e for e in ranked if hash_bucket(key(e)) < TEST_PERCENT]
        if not chosen and len(ranked) >= 3:
            chosen = ranked[:1]
        chosen = chosen[: max(0, len(ranked) - 2)]
        test_keys.update(id(e) for e in chosen)
    train = [e for e in examples if id(e) not in test_keys]
    test = [e for e in examples if id(e) in test_keys]
    return train, test


# --- merging counsellors' labels -----------------------------------------------------------

_NOT_WORD = re.compile(r"[\W_]+")


def normalise(text: str) -> str:
    """Case, punctuation and spacing do not make two mails different."""
    return " ".join(_NOT_WORD.sub(" ", text.casefold()).split())


def merge_counsellor(
    train: list[Example], test: list[Example], counsellor: Sequence[Example]
) -> tuple[list[Example], list[Example], dict[str, Any]]:
    """Add counsellor examples to training; drop exact and near duplicates.

    Priority decides which copy of a duplicate stays: counsellors (newest first: later in
    the list), then test examples (so the fixed split stays put), then training examples.
    A counsellor's label therefore wins over data/ for the same mail, also when that mail
    was in the test split: it leaves the test split rather than being trained on.
    """
    newest_first = [counsellor_example(e) for e in reversed(counsellor)]
    ranked = newest_first + test + train
    duplicate_of = _find_duplicates([normalise(e.text) for e in ranked])
    test_ids = {id(e) for e in test}
    kept: list[Example] = []
    stats: Counter[str] = Counter()
    for index, example in enumerate(ranked):
        twin = duplicate_of.get(index)
        if twin is None:
            kept.append(example)
            continue
        kind, winner = twin
        stats[f"{kind}_duplicates_removed"] += 1
        if example.source != "counsellor" and ranked[winner].source == "counsellor":
            stats["data_overridden_by_counsellor"] += 1
            stats["relabelled_by_counsellor"] += ranked[winner].label != example.label
            stats["removed_from_test"] += id(example) in test_ids
    merged_train = [e for e in kept if id(e) not in test_ids]
    merged_test = [e for e in kept if id(e) in test_ids]
    report = {
        "given": {"data": len(train) + len(test), "counsellor": len(counsellor)},
        "kept": dict(Counter(e.source for e in kept)),
        **{k: stats.get(k, 0) for k in _MERGE_KEYS},
    }
    return merged_train, merged_test, report


_MERGE_KEYS = (
    "exact_duplicates_removed",
    "near_duplicates_removed",
    "data_overridden_by_counsellor",
    "relabelled_by_counsellor",
    "removed_from_test",
)


def counsellor_example(example: Example) -> Example:
    """A counsellor's decision as model input, cleaned as the live pass cleans mail."""
    # The store hands over "subject\nmember words"; the model must see what the live pass
    # sees. for_model output has no newline, so this is harmless on text already cleaned.
    subject, _, words = example.text.partition("\n")
    return Example(
        for_model(subject, words),
        example.label,
        example.secondary,
        example.lang or "unknown",
        example.id,
        "counsellor",
    )


def _find_duplicates(texts: list[str]) -> dict[int, tuple[str, int]]:
    """For each text that repeats an earlier kept one: ("exact"|"near", index of that one)."""
    result: dict[int, tuple[str, int]] = {}
    first: dict[str, int] = {}
    for index, text in enumerate(texts):
        if text in first:
            result[index] = ("exact", first[text])
        else:
            first[text] = index
    unique = sorted(first.values())
    if len(unique) < 2:
        return result
    vectors = TfidfVectorizer(analyzer="char_wb", ngram_range=(3, 5), sublinear_tf=True)
    matrix = vectors.fit_transform([texts[i] or " " for i in unique])
    removed: set[int] = set()
    for start in range(0, len(unique), 500):
        block = (matrix[start : start + 500] @ matrix.T).toarray()
        for row, sims in enumerate(block, start):
            # A text is dropped when an earlier, still kept text is nearly the same.
            for col in np.flatnonzero(sims[:row] >= NEAR_DUPLICATE):
                if int(col) not in removed:
                    removed.add(row)
                    result[unique[row]] = ("near", unique[int(col)])
                    break
    return result


def split_recent(counsellor: Sequence[Example], count: int) -> tuple[list[Example], list[Example]]:
    """(older, newest) of counsellors' decisions, oldest first as the store gives them.

    The newest ``count``, but never more than half of them (with few decisions the model
    should still learn from some), are the real stream's figure in the card, so they are not
    trained on in this run; the next run trains on them once newer decisions have taken their
    place. The newest come back as model input with their language detected.
    """
    cut = len(counsellor) - min(max(0, count), len(counsellor) // 2)
    older, recent = list(counsellor[:cut]), list(counsellor[cut:])
    if not recent:
        return older, []
    # Imported here: lingua's models load on first use (about a second), and only a run with
    # counsellors' decisions needs them.
    from triage.inbound.language import detect

    cleaned = [counsellor_example(e) for e in recent]
    return older, [replace(e, lang=detect(e.text)) for e in cleaned]
