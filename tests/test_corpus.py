"""Robustness: every message of the shared real-world corpus through parse and guard.

The corpus lives outside the repository (../shared/corpora/mime, or $TRIAGE_SHARED_DIR);
without it these tests are skipped. Nothing from it is copied into the repository.
"""

from __future__ import annotations

import csv
import os
import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from triage.errors import ParseError
from triage.inbound.clean import member_words
from triage.inbound.guard import skip_reason
from triage.inbound.parse import parse_message

_DEFAULT_SHARED = Path(__file__).resolve().parents[2] / "shared"
SHARED = Path(os.environ.get("TRIAGE_SHARED_DIR", _DEFAULT_SHARED))
CORPUS = SHARED / "corpora" / "mime"
NOT_MESSAGES = {"INDEX.tsv", "TRAITS.tsv", "README.md", "check.py", "check.txt"}
OWN = frozenset({"karriere@forening.example"})
MUST_SKIP = {"bounce", "autoreply"}

# What a quote header looks like when it survives member_words.
_QUOTE_HEADER = re.compile(
    r"^>|\bwrote:\s*$|\bskre(?:i)?v\b[^\n]*:\s*$|\bschrieb\b[^\n]*:\s*$|\ba écrit ?:\s*$"
    r"|-{3,}\s*(?:Original|Opprinnelig|Oprindelig|Forwarded|Videresendt|Ursprüngliche)"
    r"|^\*?(?:From|Fra|Von|Från|De|Od)\*?:[^\n]*\n\*?(?:Sent|Sendt|Date|Dato|Gesendet|Skickat"
    r"|Wysłano|Envoyé|To|Til|An)\*?:",
    re.MULTILINE | re.IGNORECASE,
)


@dataclass
class Run:
    files: int = 0
    parsed: int = 0
    set_aside: dict[str, str] = field(default_factory=dict)
    crashed: dict[str, str] = field(default_factory=dict)
    skipped: dict[str, str] = field(default_factory=dict)
    multiline_fields: list[str] = field(default_factory=list)
    quote_left: list[str] = field(default_factory=list)
    bodyonly: int = 0


def _categories() -> dict[str, str]:
    with open(CORPUS / "INDEX.tsv", encoding="utf-8") as index:
        rows = csv.DictReader(index, delimiter="\t")
        return {row["path"]: row["category"] for row in rows}


def _message_files() -> list[Path]:
    return sorted(
        path
        for path in CORPUS.rglob("*")
        if path.is_file() and path.name not in NOT_MESSAGES and not path.name.startswith(".")
    )


def _wrap(body: bytes) -> bytes:
    """Body-only reply-parser fixtures get a minimal header block."""
    return (
        b"From: Kari Nordmann <kari@example.no>\r\nTo: karriere@forening.example\r\n"
        b"Subject: Re: svar\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n" + body
    )


def _unquoted(body: str) -> str:
    body = body.replace("\r\n", "\n").replace("\r", "\n")
    lines = [line.rstrip() for line in body.split("\n") if not line.lstrip().startswith(">")]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()


@pytest.fixture(scope="module")
def run() -> Run:
    if not (CORPUS / "INDEX.tsv").is_file():
        pytest.skip(f"shared corpus not found at {CORPUS}")
    result = Run()
    for path in _message_files():
        name = path.relative_to(CORPUS).as_posix()
        raw = path.read_bytes()
        bodyonly = "_bodyonly/" in name
        if bodyonly:
            raw = _wrap(raw)
            result.bodyonly += 1
        result.files += 1
        try:
            question, msg = parse_message(raw)
            reason = skip_reason(msg, question, OWN)
        except ParseError as exc:
            result.set_aside[name] = str(exc)
            continue
        except Exception as exc:  # noqa: BLE001 - what this test looks for
            result.crashed[name] = repr(exc)
            continue
        result.parsed += 1
        if reason:
            result.skipped[name] = reason
        one_line = (question.subject, question.sender_name, question.reply_address)
        one_line += (question.message_id, question.first_name, question.date)
        if any("\r" in value or "\n" in value for value in one_line):
            result.multiline_fields.append(name)
        if bodyonly:
            words = member_words(question.body)
            # Either no quote header is left, or nothing of the member's was found and the
            # documented fallback (the body without ">" lines) came back.
            if _QUOTE_HEADER.search(words) and words != _unquoted(question.body):
                result.quote_left.append(name)
    return result


def test_summary(run: Run, capsys: pytest.CaptureFixture[str]) -> None:
    reasons = Counter(reason.split(" (")[0] for reason in run.skipped.values())
    with capsys.disabled():
        print(
            f"\ncorpus: {run.files} files run ({run.bodyonly} body-only), {run.parsed} parsed, "
            f"{len(run.set_aside)} set aside, {len(run.crashed)} crashed, "
            f"{len(run.skipped)} skipped by guard {dict(reasons)}"
        )
    assert run.files >= 300
    assert run.parsed + len(run.set_aside) + len(run.crashed) == run.files


def test_nothing_but_parse_error_is_raised(run: Run) -> None:
    assert run.crashed == {}


def test_most_messages_parse(run: Run) -> None:
    assert len(run.set_aside) <= run.files * 0.02, run.set_aside


def test_header_fields_are_single_lines(run: Run) -> None:
    assert run.multiline_fields == []


def test_bodyonly_quote_headers_are_removed(run: Run) -> None:
    assert run.bodyonly > 0
    assert run.quote_left == []


def test_bounces_and_autoreplies_get_a_skip_reason(
    run: Run, capsys: pytest.CaptureFixture[str]
) -> None:
    must = [path for path, category in _categories().items() if category in MUST_SKIP]
    missed = [path for path in must if path not in run.skipped]
    rate = (len(must) - len(missed)) / len(must)
    with capsys.disabled():
        print(f"\ncorpus: bounce/autoreply skipped {len(must) - len(missed)}/{len(must)}")
    assert rate >= 0.95, missed
