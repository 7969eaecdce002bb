"""The cheaper quote splitting (issue 15) splits as the library does.

``clean._ReplySplitter`` compiles its regexes once per process and skips the library's
per-reply search for signatures and disclaimers (``member_words`` reads only each reply's
headers and content). The reference is the library's own ``EmailMessage`` with the same
arguments: every labelled mail in data/ must be split into the same replies.
"""

from __future__ import annotations

import json
from pathlib import Path

from mailparser_reply.parser import EmailMessage

from triage.inbound import clean

DATA = Path(__file__).resolve().parents[1] / "data"


def _bodies() -> list[str]:
    bodies = []
    for path in sorted(DATA.glob("**/*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            record = json.loads(line) if line.strip() else {}
            if isinstance(record.get("body"), str):
                bodies.append(record["body"])
    return bodies


def _replies(message: EmailMessage) -> list[tuple[str, str]]:
    return [(reply.headers, reply.content) for reply in message.replies]


def test_replies_are_the_librarys() -> None:
    bodies = _bodies()
    quoted = "Takk!\n\nPå tirsdag 3. nov. 2026 kl. 10:12 skrev Kari <k@example.net>:\n> Hei"
    bodies += [quoted, "Hi\n\nOn Mon, 2 Nov 2026 at 09:00, A <a@b.example> wrote:\n> x"]
    assert len(bodies) > 2000
    for body in bodies:
        arguments = {"text": body, "languages": list(clean._SPLIT_LANGUAGES)}
        library = EmailMessage(**arguments, keep_hyphen_lists=True).read()
        assert _replies(clean._split(body)) == _replies(library), body[:60]
    assert len(clean._split(quoted).replies) == 2


def test_regexes_are_compiled_once() -> None:
    first, second = clean._split("Hei\n\nMvh Kari"), clean._split("Hello\n\nRegards, Ola")
    assert first.SIGNATURE_REGEX is second.SIGNATURE_REGEX
    assert first.HEADER_REGEX is second.HEADER_REGEX
    assert (
        first.HEADER_REGEX.pattern
        == EmailMessage(text="", languages=["no", "en", "da", "sv"]).HEADER_REGEX.pattern
    )
