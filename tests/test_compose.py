"""Reply composition: threading headers, subjects, sandboxed templates, mail content as data."""

from __future__ import annotations

import email
import email.policy
import re
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import settings as hyp_settings
from hypothesis import strategies as st

from triage.compose import (
    Composer,
    draft_message_id,
    has_placeholders,
    one_line_keeping_controls,
    reply_subject,
)
from triage.errors import TemplateError
from triage.inbound.question import Question

ROOT = Path(__file__).resolve().parents[1]


def question(**changes) -> Question:
    base = dict(
        message_id="<abc@example.net>",
        subject="SV: Re: Lønn",
        sender_name="Kari Nordmann",
        sender_address="kari@example.net",
        reply_address="kari@example.net",
        body="Hei\nHva bør jeg be om i lønn?\n",
        text="Hva bør jeg be om i lønn?",
        lang="nb",
        date="Fri, 20 Nov 2026 09:30:00 +0000",
        references=("<older@example.net>",),
        first_name="Kari",
    )
    base.update(changes)
    return Question(**base)


@pytest.fixture
def composer() -> Composer:
    return Composer(ROOT / "templates", "Karriererådgivningen", "karriere@example.org")


@pytest.mark.parametrize(
    ("subject", "expected"),
    [
        ("Lønn", "Re: Lønn"),
        ("Re: SV: AW: Fwd: Lønn", "Re: Lønn"),
        ("SV:SV: Lønn", "Re: Lønn"),
        ("re[2]: question", "Re: question"),
        ("", "Re: Spørsmålet ditt"),
        ("Line\r\nBcc: evil@example.com", "Re: Line Bcc: evil@example.com"),
    ],
)
def test_reply_subject_never_stacks(subject, expected):
    assert reply_subject(subject, "nb") == expected


def test_reply_is_threaded_utf8_text_with_quote(composer):
    q = question()
    text = composer.text("nb", ["salary", "cv"], "Kari")
    message = composer.reply(q, text, topic="salary,cv")
    parsed = email.message_from_bytes(bytes(message), policy=email.policy.default)
    assert parsed["In-Reply-To"] == "<abc@example.net>"
    assert parsed["References"] == "<older@example.net> <abc@example.net>"
    assert parsed["Subject"] == "Re: Lønn"
    assert parsed["To"].addresses[0].addr_spec == "kari@example.net"
    assert parsed["Message-ID"] == draft_message_id("<abc@example.net>", "example.org")
    assert parsed.get_content_type() == "text/plain" and parsed.get_content_charset() == "utf-8"
    body = parsed.get_content()
    assert body.startswith("Hei Kari")
    assert "Du spør også om" in body  # the second topic's bridging sentence
    assert "> Hva bør jeg be om i lønn?" in body
    assert has_placeholders(body)


@pytest.mark.parametrize(
    "from_address",
    ["karriere@example.org", "a@" + "long-domain." * 8 + "no"],
)
def test_the_reply_knows_its_message_id_as_the_header_reads(from_address):
    """The pass records ``Reply.message_id`` instead of parsing the header back: it is the
    Message-ID a mail client reads in the draft, also for a member's odd Message-ID and a
    header too long to fold (where reading the header back gave it a leading space)."""
    composer = Composer(ROOT / "templates", "Karriererådgivningen", from_address)
    message = composer.reply(question(message_id="<æ weird id@example.net>"), "Hei")
    parsed = email.message_from_bytes(bytes(message), policy=email.policy.default)
    assert message.message_id == str(parsed["Message-ID"])


def test_draft_message_id_is_deterministic():
    assert draft_message_id("<a@b>", "x.org") == draft_message_id("<a@b>", "x.org")
    assert draft_message_id("<a@b>", "x.org") != draft_message_id("<c@b>", "x.org")


def test_mail_content_is_data_never_template_source(composer):
    evil = "{{ 7*7 }} {% for x in range(3) %}x{% endfor %} {{ ''.__class__.__mro__ }}"
    q = question(subject=evil, body=evil, sender_name="{{ config }}", first_name="{{ 7*7 }}")
    text = composer.text("nb", ["salary"], q.first_name, questions=[evil + "?"])
    assert "{{ 7*7 }}" in text and "49" not in text  # the question, quoted as it was
    message = composer.reply(q, text)
    body = message.get_content()
    assert "{{ 7*7 }}" in body and "49" not in body
    assert evil in body


def test_header_injection_is_flattened(composer):
    q = question(sender_name="Kari\r\nBcc: evil@example.com", subject="Hi\nBcc: evil@example.com")
    raw = bytes(composer.reply(q, "text"))
    headers = raw.split(b"\r\n\r\n", 1)[0]
    assert b"\r\nBcc:" not in headers


def test_missing_template_is_named(tmp_path):
    import shutil

    shutil.copytree(ROOT / "templates", tmp_path / "t")
    (tmp_path / "t" / "nb" / "greeting.j2").unlink()
    composer = Composer(tmp_path / "t", "x", "k@example.org")
    with pytest.raises(TemplateError, match=r"missing in .*: nb/greeting\.j2"):
        composer.check()
    with pytest.raises(TemplateError, match=r"nb/greeting\.j2 is missing"):
        composer.text("nb", ["salary"], "")


def test_sandbox_blocks_unsafe_template(tmp_path):
    import shutil

    shutil.copytree(ROOT / "templates", tmp_path / "t")
    (tmp_path / "t" / "nb" / "salary" / "general.j2").write_text(
        "Lønn.\n{{ ''.__class__.__mro__[1].__subclasses__() }}"
    )
    composer = Composer(tmp_path / "t", "x", "k@example.org")
    with pytest.raises(TemplateError, match=r"salary/general\.j2 line 2 does not render"):
        composer.text("nb", ["salary"], "")


@given(st.text(alphabet=st.characters(max_codepoint=127), max_size=90))
@hyp_settings(max_examples=300, deadline=None)
def test_an_ascii_subject_is_written_as_the_header_class_writes_it(subject):
    # Short plain headers skip email.header.Header for speed: the bytes must not change.
    from email.header import Header

    composer = Composer(ROOT / "templates", "Karriererådgivningen", "karriere@example.org")
    raw = bytes(composer.reply(question(subject=subject), "Hei"))
    head = raw.split(b"\r\n\r\n", 1)[0].decode("ascii")
    written = re.search(r"^Subject: ([^\r\n]*(?:\r\n[ \t][^\r\n]*)*)", head, re.M).group(1)
    flat = one_line_keeping_controls(reply_subject(subject, "nb"))
    charset = "us-ascii" if flat.isascii() and "=?" not in flat else "utf-8"
    expected = Header(flat, charset, header_name="Subject").encode()
    assert written == expected.replace("\n", "\r\n")
