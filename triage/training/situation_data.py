"""Labelled situations and sectors from data/*.jsonl, split exactly like the topic model's data.

The split is the topic model's (triage.training.data.split_fixed on the example id), so a mail
that is in the topic test split is in the situation test split too. Counsellors' decisions
carry no situations yet, so they are not used here. holdout/ is never read by training.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from triage.errors import ConfigError
from triage.inbound.clean import for_model, member_words
from triage.situations import SECTORS, SITUATIONS, TOPIC_OF
from triage.training.data import load_data_dir, split_fixed


@dataclass(frozen=True)
class LabelledMail:
    """One labelled mail as the situation reader sees it."""

    id: str
    subject: str
    words: str  # member_words(body)
    label: str
    secondary: str | None
    lang: str
    situations: tuple[str, ...]
    sector: str | None

    @property
    def topics(self) -> tuple[str, ...]:
        """The mail's topics that have situations, main topic first."""
        return tuple(t for t in dict.fromkeys((self.label, self.secondary)) if t in SITUATIONS)

    @property
    def model_input(self) -> str:
        return for_model(self.subject, self.words)


def load_situation_split(data_dir: Path) -> tuple[list[LabelledMail], list[LabelledMail]]:
    """(train, test) of data/*.jsonl, the test split being the topic model's."""
    examples = load_data_dir(data_dir)  # validates ids, labels and text as for the topic model
    train, test = split_fixed(examples, key=lambda e: e.id)
    mails = {mail.id: mail for mail in read_labelled(sorted(Path(data_dir).glob("*.jsonl")))}
    return [mails[e.id] for e in train], [mails[e.id] for e in test]


def read_labelled(paths: list[Path]) -> list[LabelledMail]:
    """Every record of ``paths`` with its situations and sector, checked against the topics."""
    mails = []
    for path in paths:
        with path.open(encoding="utf-8") as lines:
            for number, line in enumerate(lines, 1):
                if line.strip():
                    mails.append(_mail(json.loads(line), f"{path}:{number}"))
    return mails


def _mail(record: dict, where: str) -> LabelledMail:
    label, secondary = record.get("label"), record.get("secondary")
    situations = record.get("situations", [])
    sector = record.get("sector")
    if not isinstance(situations, list) or not all(isinstance(s, str) for s in situations):
        raise ConfigError(f"{where}: situations must be a list of situation ids")
    for situation in situations:
        if TOPIC_OF.get(situation) not in (label, secondary):
            raise ConfigError(
                f"{where}: situation {situation!r} is not one of topic {label!r}"
                + (f" or {secondary!r}" if secondary else "")
            )
    if sector is not None and sector not in SECTORS:
        raise ConfigError(f"{where}: sector must be one of {', '.join(SECTORS)} or null")
    return LabelledMail(
        id=str(record.get("id")),
        subject=record.get("subject") or "",
        words=member_words(record.get("body") or ""),
        label=str(label),
        secondary=secondary or None,
        lang=record.get("lang") or "",
        situations=tuple(situations),
        sector=sector,
    )
