"""Raw mail bytes to a Question, and a view of the mail's headers and parts (MailHeaders).

Mail from the real world is broken in every way a parser can imagine, so every step here
has a fallback, and anything left over becomes a ParseError with a short reason that
names no content and no address (the reason ends up in logs). Charsets and encoded words
are read in ``mime``, names and contact forms in ``names``.
"""

from __future__ import annotations

import email
import email.policy
import email.utils
import hashlib
import re
from collections.abc import Iterator
from email.message import Message

from inscriptis import get_text

from triage.errors import ParseError
from triage.inbound import clean, language, names
from triage.inbound.mime import (
    CONTROL,
    MAX_HEADER_CHARS,
    decode_bytes,
    decode_words,
    decoded_header,
    fix_surrogates,
    one_line_without_controls,
)
from triage.inbound.question import Question

_MAX_RAW_BYTES = 50_000_000
_MAX_HTML_CHARS = 2_000_000  # inscriptis time grows with the page; a question is short
_MAX_BODY_CHARS = 1_000_000
_MAX_REFERENCES = 50
_MAX_LEAVES = 500
_MAX_PARTS = 5_000
_QUOTED_PAIR = re.compile(r"\\(.)")
_MIME_TYPE = re.compile(r'^[^\s()<>@,;:\\"/\[\]?=]+/[^\s()<>@,;:\\"/\[\]?=]+$')  # no tspecials
_DOMAIN = re.compile(r"^[^\W_](?:[\w-]*[^\W_])?(?:\.[^\W_](?:[\w-]*[^\W_])?)+$")
_MSG_ID = re.compile(r"<[^<>\s]+>")
_BRACKETED_ADDRESS = re.compile(r"<([^<>\s]+@[^<>\s]+)>")
_ADDRESS = re.compile(r"[^\s<>(),;:\"@]+@[^\s<>(),;:\"@]+")


def parse_message(raw: bytes) -> tuple[Question, MailHeaders]:
    """Turn raw RFC 5322 bytes into a Question and a view of the mail's headers and parts.

    Raises ParseError, and nothing else, when the bytes cannot be read as a mail.
    """
    if not isinstance(raw, bytes | bytearray | memoryview):
        raise ParseError("input is not bytes")
    raw = bytes(raw)
    if not raw.strip():
        raise ParseError("empty message")
    if len(raw) > _MAX_RAW_BYTES:
        raise ParseError("message too large")
    try:
        return _parse(raw)
    except ParseError:
        raise
    except RecursionError:
        raise ParseError("MIME structure nested too deeply") from None
    except Exception as exc:  # noqa: BLE001 - the contract: one bad mail never stops a pass
        raise ParseError(f"unreadable message ({type(exc).__name__})") from None


class _RawHeaderPolicy(email.policy.Compat32):
    """compat32, except that a header with raw 8-bit bytes stays a str (with surrogate
    escapes) instead of becoming a Header that turns those bytes into U+FFFD: parameters
    such as file names then keep their bytes for decode_bytes to read."""

    def header_fetch_parse(self, name: str, value: str) -> str:
        return value


_RAW_HEADERS = _RawHeaderPolicy()


def _parse(raw: bytes) -> tuple[Question, MailHeaders]:
    # compat32 keeps header values as the raw strings they came as; policy.default re-parsed
    # each header into objects on every access, which was most of the cost of a pass.
    msg = email.message_from_bytes(raw, policy=_RAW_HEADERS)
    if not isinstance(msg, Message):
        raise ParseError("parser returned no message")
    if not msg.raw_items() and not msg.get_payload():
        raise ParseError("no headers and no body")
    mail = MailHeaders(msg)

    body = _body_text(mail)
    subject = mail.text("Subject")
    sender_name, sender_address = _first_address(mail.raw("From"))
    reply_name, reply_address = _first_address(mail.raw("Reply-To"))
    from_form = names.is_form_sender(sender_address) or names.is_form_sender(sender_name)
    form_address, form_name = names.contact_form(from_form, body)
    if not valid_address(form_address):
        form_address = ""

    # Reply-To wins, unless it is itself a machine address and the form gave a person's.
    if reply_address and not (form_address and names.is_form_sender(reply_address)):
        if not reply_name and reply_address.lower() == sender_address.lower():
            reply_name = sender_name
    elif form_address:
        reply_address, reply_name = form_address, ""
    else:
        reply_address, reply_name = sender_address, sender_name
    if from_form and reply_name == sender_name:
        reply_name = ""  # "Nettskjema" or "WordPress" is the form's name, not the member's

    words, below = clean.member_parts(names.without_form_fields(body) if from_form else body)
    first = names.first_name(reply_name or (form_name if from_form else ""), reply_address, body)
    question = Question(
        message_id=_message_id(mail, raw),
        subject=subject,
        sender_name=sender_name,
        sender_address=sender_address,
        reply_address=reply_address,
        body=body,
        text=words,
        lang=language.detect(subject + "\n" + words),
        date=_date(mail.raw("Date")),
        in_reply_to=next(iter(_MSG_ID.findall(mail.text("In-Reply-To"))), ""),
        references=tuple(_MSG_ID.findall(mail.text("References")))[-_MAX_REFERENCES:],
        attachments=_attachment_names(mail.leaves),
        first_name=first,
        defects=_defects(mail),
        below_signoff=below,
    )
    return question, mail


# --- headers ------------------------------------------------------------------------------


class MailHeaders:
    """One parsed mail as parse and guard read it: every header read once, parts listed once.

    ``mail["Subject"]`` is the decoded value on one line (None when the header is missing),
    ``"List-Id" in mail`` asks whether a header is there at all; lookups ignore case.
    ``message`` is the underlying ``email.message.Message`` (compat32: raw header values).
    """

    def __init__(self, message: Message) -> None:
        self.message = message
        self._raw: dict[str, str] = {}
        for name, value in message.raw_items():
            key = str(name).lower()
            if key not in self._raw:  # the first of repeated headers counts, as with get()
                self._raw[key] = str(value)
        self._text: dict[str, str] = {}
        self.parts = _walk(message)
        self.leaves = [part for part in self.parts if not _has_subparts(part)][:_MAX_LEAVES]
        self.content_type = _content_type(message)
        self.part_types = tuple(_content_type(part) for part in self.parts)

    def __contains__(self, name: object) -> bool:
        return isinstance(name, str) and name.lower() in self._raw

    def __getitem__(self, name: str) -> str | None:
        return self.text(name) if name in self else None

    def raw(self, name: str) -> str:
        """The header's value as it came, still RFC 2047 encoded; "" when missing."""
        return self._raw.get(name.lower(), "")

    def text(self, name: str) -> str:
        """The header's decoded value on one line, "" when missing; decoded once."""
        key = name.lower()
        if key not in self._text:
            self._text[key] = decoded_header(self._raw.get(key, ""))
        return self._text[key]


# --- addresses, date, Message-ID --------------------------------------------------------


def _split_addresses(raw: str) -> Iterator[tuple[str, str]]:
    # The raw value is split before decoding: decoding first would let an encoded word
    # smuggle in a second address ("=?utf-8?q?x=0D=0ABcc:_y@z?=").
    # Without angle brackets a display name can only come from a comment
    # ("MAILER-DAEMON@x (Mail Delivery System)"), which names no person: policy.default
    # ignored it too. A name without an address ("MAILER DAEMON <>") is kept.
    has_name_addr = "<" in raw
    for name, address in email.utils.getaddresses([raw]):
        name = name if has_name_addr else ""
        if address or name:
            yield decode_words(name), decode_words(address)


def _addresses(raw: str) -> list[tuple[str, str]]:
    """Candidate (display name, address) pairs from a raw header value.

    The header split into addresses first, then anything shaped like an address,
    angle-bracketed ones first ("a@b <a@b.example>", "Name <addr").
    """
    raw = one_line_without_controls(fix_surrogates(raw))
    if not raw:
        return []
    found = list(_split_addresses(raw))
    found += [("", match) for match in _BRACKETED_ADDRESS.findall(raw)]
    found += [("", match) for match in _ADDRESS.findall(raw)]
    return found


def _first_address(raw: str) -> tuple[str, str]:
    """(display name, address) of the first valid address in the header, or ("", "")."""
    pairs = _addresses(raw)
    for display, address in pairs:
        if valid_address(address):
            return _display_name(display), address.strip()
    if pairs:  # keep the name even when the address is unusable; reply goes nowhere
        return _display_name(pairs[0][0]), ""
    return "", ""


def _display_name(text: str) -> str:
    return one_line_without_controls(fix_surrogates(text)).strip("\"' ")


def valid_address(address: str) -> bool:
    """One plain address: no spaces or line breaks, one @, a dot in the domain."""
    if not address or len(address) > 254 or address != address.strip():
        return False
    if any(ch in address for ch in ' \t\r\n<>,;:"()[]\\') or address.count("@") != 1:
        return False
    local, domain = address.split("@")
    return bool(local) and bool(_DOMAIN.match(domain))


def _date(raw: str) -> str:
    """A readable date in the RFC 5322 form ("Tue, 03 Nov 2026 10:12:00 +0100"), as
    policy.default gave it; a date that does not parse is kept as it came (on one line)."""
    text = one_line_without_controls(fix_surrogates(raw))[:MAX_HEADER_CHARS]
    try:
        return email.utils.format_datetime(email.utils.parsedate_to_datetime(text))
    except Exception:  # noqa: BLE001 - "not a date", out-of-range years, odd zones
        return text


def _message_id(mail: MailHeaders, raw: bytes) -> str:
    found = _MSG_ID.findall(mail.text("Message-ID"))
    if found and len(found[0]) <= 250:
        return found[0]
    return fallback_message_id(raw)


def fallback_message_id(raw: bytes) -> str:
    """The Message-ID of a mail that has no usable one, or that cannot be parsed at all:
    derived from its bytes, so a re-run recognises the same mail."""
    return f"<{hashlib.sha256(raw).hexdigest()[:32]}@triage.invalid>"


# --- body -------------------------------------------------------------------------------


def _part_text(part: Message) -> str:
    """A leaf part's text: the transfer encoding undone leniently, then the charset."""
    try:
        payload = part.get_payload(decode=True)
    except Exception:  # noqa: BLE001 - a broken transfer encoding: use the text as it is
        payload = None
    if payload is None:
        payload = part.get_payload()
        if isinstance(payload, str):
            payload = payload.encode("utf-8", "surrogateescape")
        else:
            return ""
    try:
        charset = part.get_content_charset()
    except Exception:  # noqa: BLE001 - malformed Content-Type parameters
        charset = None
    text = decode_bytes(bytes(payload), charset)
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _html_to_text(html: str) -> str:
    html = html[:_MAX_HTML_CHARS]
    if not html.strip():
        return ""
    try:
        return get_text(html)
    except Exception:  # noqa: BLE001 - lxml refuses some documents; strip tags instead
        return re.sub(r"<[^>]*>", " ", html)


def _is_attachment(part: Message) -> bool:
    try:
        return part.get_content_disposition() == "attachment" or bool(part.get_filename())
    except Exception:  # noqa: BLE001
        return True


def _has_subparts(part: Message) -> bool:
    return part.is_multipart() and isinstance(part.get_payload(), list)


def _walk(msg: Message) -> list[Message]:
    """Every part in order (as Message.walk), attached messages included, without recursion."""
    found: list[Message] = []
    stack: list[Message] = [msg]
    while stack and len(found) < _MAX_PARTS:
        part = stack.pop()
        found.append(part)
        if _has_subparts(part):
            stack.extend(reversed(part.get_payload()))
    return found


def _body_text(mail: MailHeaders) -> str:
    """The text body: text/plain preferred, HTML converted to text, never rendered."""
    for subtype in ("plain", "html"):
        part = _body_part(mail, subtype)
        if part is None:
            continue
        text = _part_text(part)
        if subtype == "html":
            text = _html_to_text(text)
        text = text.replace("\u2028", "\n").replace("\u2029", "\n\n")
        text = fix_surrogates(CONTROL.sub("", text))[:_MAX_BODY_CHARS].strip()
        if text:  # an empty text/plain beside a full HTML part: take the HTML
            return text
    return ""


def _body_part(mail: MailHeaders, subtype: str) -> Message | None:
    """The stdlib's choice of body; else the first such leaf, attached messages included."""
    try:
        part = _stdlib_body(mail.message, subtype)
    except Exception:  # noqa: BLE001 - broken multipart trees: walk the leaves instead
        part = None
    if part is not None:
        return part
    leaves = [leaf for leaf in mail.leaves if not _is_attachment(leaf)]
    return next((leaf for leaf in leaves if _content_type(leaf) == f"text/{subtype}"), None)


def _stdlib_body(msg: Message, subtype: str) -> Message | None:
    """What ``EmailMessage.get_body(preferencelist=(subtype,))`` picks, for a compat32
    message and without recursion: the first text/<subtype> part that is no attachment,
    looking into multiparts only (of multipart/related, only into the start part)."""
    top_is_multipart = msg.is_multipart()  # sic: the stdlib asks the top message, not the part
    stack: list[Message] = [msg]
    while stack:
        part = stack.pop()
        if part.get_content_disposition() == "attachment":
            continue
        maintype, _, found = _content_type(part).partition("/")
        if maintype == "text":
            if found == subtype:
                return part
            continue
        if maintype != "multipart" or not top_is_multipart:
            continue
        subparts = part.get_payload()
        if not isinstance(subparts, list):
            return None  # the stdlib fails on this tree: the caller walks the leaves
        if found == "related":
            start = part.get_param("start")
            chosen = next((p for p in subparts if start and p.get("content-id") == start), None)
            subparts = [chosen if chosen is not None else subparts[0]] if subparts else []
        stack.extend(reversed(subparts))
    return None


def _content_type(part: Message) -> str:
    try:
        found = part.get_content_type()
        # compat32 takes any "a/b" as a type; policy.default fell back on garbage such as
        # an encoded word with a "/" in its base64, and so do we.
        return found if _MIME_TYPE.match(found) else part.get_default_type()
    except Exception:  # noqa: BLE001
        return "text/plain"


def _attachment_names(leaves: list[Message]) -> tuple[str, ...]:
    """File names only; attachments are never decoded or read."""
    found: list[str] = []
    for part in leaves:
        if not _is_attachment(part):
            continue
        try:
            name = part.get_filename() or ""
        except Exception:  # noqa: BLE001
            name = ""
        # An RFC 2047 word in a quoted file name ("=?utf-8?q?CV_N=C3=B8rdmann.pdf?=") is
        # common from Outlook and was decoded by policy.default: decode it here too.
        name = one_line_without_controls(fix_surrogates(decode_words(fix_surrogates(str(name)))))
        # Quoted pairs and stray quotes of a broken quoted-string are no part of the name.
        name = _QUOTED_PAIR.sub(r"\1", name).strip('" ')[:200]
        found.append(name or "(unnamed)")
    return tuple(found)


def _defects(mail: MailHeaders) -> tuple[str, ...]:
    """Defect class names only (never content), for the record of a hard-to-read mail."""
    found: set[str] = set()
    for part in [*mail.leaves, mail.message]:
        found.update(type(defect).__name__ for defect in getattr(part, "defects", ()))
    return tuple(sorted(found))
