"""find_dates skips the regexes a text cannot match (issue 15); the dates found are the same.

The reference scans every regex on every text, as before: every labelled mail in data/ (its
dated mail in data/care/dates.jsonl among them), read on several sent days, gives the same
mentions.
"""

from __future__ import annotations

import json
import re
from datetime import date
from pathlib import Path

import pytest

from triage.inbound import dates
from triage.inbound.dates import find_dates

DATA = Path(__file__).resolve().parents[1] / "data"
SENT_DAYS = (None, date(2026, 11, 2), date(2026, 12, 31), date(2027, 2, 27))


def _texts() -> list[str]:
    texts = []
    for path in sorted(DATA.glob("**/*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            record = json.loads(line) if line.strip() else {}
            if isinstance(record.get("body"), str):
                texts.append(f"{record.get('subject') or ''}\n{record['body']}")
    return texts


def test_every_weekday_name_has_the_hint_in_it() -> None:
    names = dates._WEEKDAY_NUMBER
    assert all(dates._WEEKDAY_HINT.search(name) for name in names)
    assert all(dates._WEEKDAY_HINT.search(name.upper()) for name in names)


def test_the_dates_found_are_those_of_every_regex_scanned(monkeypatch: pytest.MonkeyPatch) -> None:
    texts = _texts() + ["Intervju TIRSDAG kl 10", "møte ٣/١٢", "Interview on Friday, 3/12."]
    found = {day: [find_dates(text, day) for text in texts] for day in SENT_DAYS}
    always = re.compile("")
    monkeypatch.setattr(dates, "_DIGIT", always)
    monkeypatch.setattr(dates, "_WEEKDAY_HINT", always)
    for day in SENT_DAYS:
        assert found[day] == [find_dates(text, day) for text in texts]
    assert sum(map(bool, found[date(2026, 11, 2)])) > 100  # the texts do hold dates
