"""The fast parse (compat32, each header read once) reads what policy.default read.

For every message of the shared corpus and of triage/dev/demo_mailbox, a straightforward
reference built on ``email.policy.default`` (the parser triage used before) gives subject,
sender, reply address, attachment names and body; the Question must agree. The few messages
where the fast parse reads more than the reference did are listed with the reason.
"""

from __future__ import annotations

import email
import email.policy
from email.message import EmailMessage
from pathlib import Path

import pytest

from triage.errors import ParseError
from triage.inbound.mime import decode_bytes, one_line_without_controls
from triage.inbound.parse import parse_message, valid_address

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpora" / "mime"
NOT_MESSAGES = {"INDEX.tsv", "TRAITS.tsv", "README.md", "check.py", "check.txt"}

# Where the fast parse deliberately differs: the reference read less (or garbage).
IMPROVED = {
    # encoded words the stdlib could not decode (iso-2022-jp, unknown or "-i" charsets)
    "php-mime-mail-parser/issue116": {"subject"},
    "php-mime-mail-parser/issue149": {"subject"},
    "redmine/subject_japanese_3.eml": {"subject"},
    "sisimai/bsd/lhost-exchange2007-04.eml": {"subject"},
    "zbateson-mail-mime-parser/headers/invalid-charset": {"subject"},
    # RFC 2047 or unquoted file names the stdlib cut short, latin-1 8-bit names
    "mikel-mail/attachment_emails/attachment_with_base64_encoded_name.eml": {"attachments"},
    "mikel-mail/attachment_emails/attachment_with_unquoted_name.eml": {"attachments"},
    "zbateson-mail-mime-parser/emails/m3007.txt": {"attachments"},
    # a boundary parameter the stdlib's header parser rejected: now the MIME tree is read
    "mikel-mail/mime_emails/raw_email_with_binary_encoded.eml": {"attachments"},
    "mikel-mail/mime_emails/raw_email_with_illegal_boundary.eml": {"body"},
    # the structured reading finds no address; triage's fallback (getaddresses) always did
    "mimekit/messages/issue358.txt": {"sender_address", "reply_address"},
    # an unquoted address as display name: the address in angle brackets is the real one;
    # Debian's patched 3.11 stdlib (CVE-2023-27043 fix) reads the display name instead
    "spamscope-mail-parser/mail_test_15": {"sender_address", "reply_address"},
    "spamscope-mail-parser/mail_test_19": {"sender_address", "reply_address"},
}


def _messages() -> list[tuple[str, bytes]]:
    found = [
        (f"demo/{path.name}", path.read_bytes())
        for path in sorted((ROOT / "triage" / "dev" / "demo_mailbox").glob("*.eml"))
    ]
    if CORPUS.is_dir():
        for path in sorted(CORPUS.rglob("*")):
            if path.is_file() and path.name not in NOT_MESSAGES and "_bodyonly/" not in str(path):
                found.append((path.relative_to(CORPUS).as_posix(), path.read_bytes()))
    return found


def _first_address(msg: EmailMessage, name: str) -> str:
    header = msg.get(name)
    for address in getattr(header, "addresses", ()):
        if valid_address(address.addr_spec):
            return address.addr_spec
    return ""


def _text(part: EmailMessage) -> str:
    """The part's text with triage's own charset fallbacks (those are not on trial here)."""
    return decode_bytes(part.get_payload(decode=True), part.get_content_charset())


def _reference(raw: bytes) -> dict[str, object]:
    """What policy.default says, read the plain way; KeyError where it cannot say."""
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    if not raw.replace(b"\r\n", b"\n").split(b"\n\n", 1)[0].isascii():
        raise KeyError("8-bit headers: policy.default turns those bytes into U+FFFD")
    sender = _first_address(msg, "From")
    names = []
    for part in msg.walk():
        if part.is_multipart():
            continue
        if part.get_content_disposition() == "attachment" or part.get_filename():
            names.append(one_line_without_controls(part.get_filename() or "") or "(unnamed)")
    body = msg.get_body(preferencelist=("plain",))
    return {
        "subject": one_line_without_controls(str(msg.get("Subject", "")))[:2000],
        "sender_address": sender,
        "reply_address": _first_address(msg, "Reply-To") or sender,
        "attachments": tuple(names),
        "body": _text(body).split() if body is not None else None,
    }


@pytest.mark.parametrize(("name", "raw"), _messages(), ids=lambda value: str(value)[:60])
def test_fast_parse_reads_what_policy_default_read(name: str, raw: bytes) -> None:
    try:
        question, _ = parse_message(raw)
    except ParseError:
        pytest.skip("set aside by both parsers")
    try:
        expected = _reference(raw)
    except Exception:  # noqa: BLE001 - the reference's own limits (8-bit, stdlib crashes)
        pytest.skip("no plain policy.default reading")
    got = {
        "subject": question.subject,
        "sender_address": question.sender_address,
        "reply_address": question.reply_address,
        "attachments": question.attachments,
        "body": question.body.split(),
    }
    if expected["body"] is None or "text/html" in raw.decode("latin-1").lower():
        del expected["body"], got["body"]  # HTML bodies: text conversion, not parsing
    if question.sender_address != question.reply_address and "Reply-To" not in str(raw[:4000]):
        del expected["reply_address"], got["reply_address"]  # web-form address from the body
    differ = {key for key in expected if expected[key] != got[key]}
    assert differ <= IMPROVED.get(name, set()), {k: (expected[k], got[k]) for k in differ}
