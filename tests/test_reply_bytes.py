"""A reply's bytes, written directly (`Reply.__bytes__`), are those policy.SMTP's generator
writes: for generated mail of every kind the benchmark makes, and for arbitrary names,
subjects, bodies and references."""

from __future__ import annotations

import sys
from datetime import UTC, datetime
from email.message import EmailMessage
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st
from test_compose import question

from triage.compose import Composer
from triage.inbound.parse import parse_message

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))  # the benchmark's mail generator

from bench import mailgen  # noqa: E402

COMPOSER = Composer(ROOT / "templates", "Karriererådgivningen", "karriere@example.org")
WHEN = datetime(2026, 11, 20, 9, 30, tzinfo=UTC)


def both(reply: EmailMessage) -> tuple[bytes, bytes]:
    return bytes(reply), EmailMessage.__bytes__(reply)


def test_generated_mail_gives_the_generators_bytes():
    mails = mailgen.plan_corpus(400, mailgen.load_records(), quick=True)
    checked = 0
    for mail in mails:
        if mail.kind == "large-attachment":
            continue
        found, _ = parse_message(mailgen.render(mail))
        if not found.reply_address:
            continue
        text = COMPOSER.text(found.lang, ["cv", "salary"], found.first_name)
        fast, slow = both(COMPOSER.reply(found, text, topic="cv,salary", when=WHEN))
        assert fast == slow, mail.kind
        checked += 1
    assert checked > 300


TEXT = st.text(st.characters(blacklist_categories=("Cs",)), max_size=120)


@settings(max_examples=300, deadline=None)
@given(
    name=TEXT,
    subject=TEXT,
    body=st.text(max_size=400),
    reply_text=TEXT,
    references=st.lists(st.from_regex(r"<[a-z0-9.]{1,90}@[a-z]{1,30}\.no>", fullmatch=True),
                        max_size=12),
    topic=st.sampled_from(["", "cv", "cv,salary"]),
)  # fmt: skip
def test_any_reply_gives_the_generators_bytes(name, subject, body, reply_text, references, topic):
    found = question(sender_name=name, subject=subject, body=body, references=tuple(references))
    fast, slow = both(COMPOSER.reply(found, reply_text, topic=topic, when=WHEN))
    assert fast == slow


def test_a_changed_reply_is_written_by_the_generator():
    reply = COMPOSER.reply(question(), "Hei", when=WHEN)
    reply.set_content("Annen tekst, æøå")
    fast, slow = both(reply)
    assert fast == slow and "Annen tekst" in reply.get_content()
