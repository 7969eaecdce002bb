"""Raw mail bytes to a Question (DESIGN.md: parse).

Mail from the real world is broken in every way a parser can imagine, so every step here
has a fallback, and anything left over becomes a ParseError with a short reason that
names no content and no address (the reason ends up in logs).
"""

from __future__ import annotations

import base64
import binascii
import codecs
import email
import email.policy
import email.utils
import hashlib
import re
from collections.abc import Iterator
from email.message import Message

from inscriptis import get_text

from triage.errors import ParseError
from triage.inbound import clean, language
from triage.inbound.question import Question


def _word_set(words: str) -> frozenset[str]:
    return frozenset(words.split())


_MAX_RAW_BYTES = 50_000_000
_MAX_HTML_CHARS = 2_000_000  # inscriptis time grows with the page; a question is short
_MAX_BODY_CHARS = 1_000_000
_MAX_REFERENCES = 50
_MAX_HEADER_CHARS = 2_000
_SINGLE_BYTE = ("ascii", "iso8859", "cp125", "latin", "mac-", "koi8", "cp437", "cp850", "cp865")

_MAX_LEAVES = 500
_MAX_PARTS = 5_000
_ENCODED_WORD = re.compile(r"=\?([^?]*)\?([qQbB])\?(.*?)\?=")
_Q_ESCAPE = re.compile(rb"=([0-9a-fA-F]{2})")
_QUOTED_PAIR = re.compile(r"\\(.)")
_MIME_TYPE = re.compile(r'^[^\s()<>@,;:\\"/\[\]?=]+/[^\s()<>@,;:\\"/\[\]?=]+$')  # no tspecials
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f\u2028\u2029]")
_DOMAIN = re.compile(r"^[^\W_](?:[\w-]*[^\W_])?(?:\.[^\W_](?:[\w-]*[^\W_])?)+$")
_MSG_ID = re.compile(r"<[^<>\s]+>")
_BRACKETED_ADDRESS = re.compile(r"<([^<>\s]+@[^<>\s]+)>")
_ADDRESS = re.compile(r"[^\s<>(),;:\"@]+@[^\s<>(),;:\"@]+")

# Senders that stand for a web form or a machine rather than a person.
_FORM_SENDER = re.compile(
    r"no-?reply|do-?not-?reply|donotreply|ikke-?svar|nettskjema|skjema|forms?\b|wordpress|"
    r"webmaster|website|nettside|www|web@|contact-?form|kontaktskjema",
    re.IGNORECASE,
)
_FORM_ADDRESS_LINE = re.compile(
    r"^[ \t*]*(?:e-?post(?:adresse)?|e-?mail(?: address)?|epost|mail)[ \t*]*:[ \t]*"
    r"<?(?:mailto:)?([^\s<>]+@[^\s<>]+?)>?[ \t.]*$",
    re.IGNORECASE | re.MULTILINE,
)
_FORM_NAME_LINE = re.compile(
    r"^[ \t*]*(?:navn|namn|fullt navn|fornavn|førenamn|name|full name|first name)[ \t*]*:"
    r"[ \t]*(.+?)[ \t]*$",
    re.IGNORECASE | re.MULTILINE,
)
# Form fields that say who wrote, not what they asked; the label of the message field goes too.
_FORM_FIELD_LINE = re.compile(
    r"^[ \t*]*(?:navn|namn|fullt navn|fornavn|etternavn|name|full name|first name|last name|"
    r"e-?post(?:adresse)?|e-?mail(?: address)?|epost|telefon|tlf|mobil|phone|"
    r"medlemsnummer|member number|"
    # Header-like fields a form adds; left in, they read as a quoted reply's header and the
    # member's question would be cut away with it.
    r"fra|from|til|to|dato|date|sendt|sent|skjema|form|side|page)[ \t*]*:.*$\n?",
    re.IGNORECASE | re.MULTILINE,
)
_FORM_MESSAGE_LABEL = re.compile(
    r"^[ \t*]*(?:melding|spørsmål|emne|message|question|subject)[ \t*]*:[ \t]*",
    re.IGNORECASE | re.MULTILINE,
)
_SIGNOFF = re.compile(
    r"^[ \t]*(?:med )?(?:vennlig|vennleg|venleg|beste|varm)?[ \t]*(?:hilsen|helsing|hilsing)"
    r"|^[ \t]*(?:mvh|vh|best regards|kind regards|regards|best wishes|many thanks|thanks|"
    r"cheers|takk)\b",
    re.IGNORECASE,
)
_UPPER, _LOWER = "A-ZÆØÅÄÖÜÉÈÁÓÚ", "a-zæøåäöüéèáóúíñçß"
_NAME_TOKEN = re.compile(rf"^[{_UPPER}][{_LOWER}]+(?:-[{_UPPER}][{_LOWER}]+)?$")
# Words that show up as display names but are not people, and organisation suffixes.
_NOT_NAMES = _word_set(
    """info post postmottak postmaster noreply no-reply admin administrator kontakt contact
    support team hr jobb jobs job karriere career careers mail email e-post epost webmaster
    nav service kundeservice office sales salg firmapost mailer-daemon daemon system
    microsoft outlook gmail google mail delivery subsystem undeliverable auto automatic
    hei hi hello dear kjære mvh hilsen helsing regards thanks takk bedrift kommune
    universitetet universitet høgskolen skole sekretariat resepsjon redaksjon styret
    student studenter medlem medlemsservice forening foreningen jeg eg vi du de det den
    dette hva kva hvordan korleis kan og men the we you it this"""
)
_NAME_NOISE = re.compile(r"\([^)]*\)|\[[^\]]*\]|<[^>]*>")
_QUOTE_START = re.compile(
    r"\b(?:skrev|skreiv|wrote)\b.*:$|^\*?(?:fra|frå|from|von|från)\*?:|^-{3,}|^_{5,}", re.IGNORECASE
)
_ORG_WORDS = _word_set("as asa ab ltd inc gmbh llc sa ans da ba nuf kf iks")


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
    from_form = bool(_FORM_SENDER.search(sender_address) or _FORM_SENDER.search(sender_name))
    form_address, form_name = _contact_form(from_form, body)

    # Reply-To wins, unless it is itself a machine address and the form gave a person's.
    if reply_address and not (form_address and _FORM_SENDER.search(reply_address)):
        if not reply_name and reply_address.lower() == sender_address.lower():
            reply_name = sender_name
    elif form_address:
        reply_address, reply_name = form_address, ""
    else:
        reply_address, reply_name = sender_address, sender_name
    if from_form and reply_name == sender_name:
        reply_name = ""  # "Nettskjema" or "WordPress" is the form's name, not the member's

    words = clean.member_words(_without_form_fields(body) if from_form else body)
    first = _first_name(reply_name or (form_name if from_form else ""), reply_address, body)
    question = Question(
        message_id=_message_id(mail, raw),
        subject=subject,
        sender_name=sender_name,
        sender_address=sender_address,
        reply_address=reply_address,
        body=body,
        text=words,
        lang=language.detect(subject + "\n" + words),
        date=_date(one_line(_fix_surrogates(mail.raw("Date")))[:_MAX_HEADER_CHARS]),
        in_reply_to=next(iter(_MSG_ID.findall(mail.text("In-Reply-To"))), ""),
        references=tuple(_MSG_ID.findall(mail.text("References")))[-_MAX_REFERENCES:],
        attachments=_attachment_names(mail.leaves),
        first_name=first,
        defects=_defects(mail),
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

    def get(self, name: str, default: str | None = None) -> str | None:
        return self.text(name) if name in self else default

    def raw(self, name: str) -> str:
        """The header's value as it came, still RFC 2047 encoded; "" when missing."""
        return self._raw.get(name.lower(), "")

    def text(self, name: str) -> str:
        """The header's decoded value on one line, "" when missing; decoded once."""
        key = name.lower()
        if key not in self._text:
            self._text[key] = decoded_header(self._raw.get(key, ""))
        return self._text[key]


def one_line(text: str) -> str:
    """Header text on one line: CR, LF and other control characters become spaces."""
    return " ".join(_CONTROL.sub(" ", text.replace("\r", " ").replace("\n", " ")).split())


def _has_surrogates(text: str) -> bool:
    return any("\udc80" <= ch <= "\udcff" for ch in text)


def _fix_surrogates(text: str) -> str:
    """Undo the parser's surrogate escapes: raw 8-bit header bytes are read as UTF-8,
    else as cp1252, never left as lone surrogates that break writing the text later."""
    if not _has_surrogates(text):
        return text.encode("utf-8", "replace").decode("utf-8")
    data = text.encode("utf-8", "surrogateescape")
    return decode_bytes(data, None)


def header_text(msg: MailHeaders | Message, name: str) -> str:
    """A header's decoded value on one line, "" when missing; never raises."""
    if isinstance(msg, MailHeaders):
        return msg.text(name)
    for key, value in msg.raw_items():
        if key.lower() == name.lower():
            return decoded_header(str(value))
    return ""


def decoded_header(raw: str) -> str:
    """A raw header value decoded (8-bit bytes, RFC 2047 words) on one line; never raises."""
    text = _decode_words(_fix_surrogates(raw))
    return one_line(_fix_surrogates(text))[:_MAX_HEADER_CHARS]


def _decode_words(raw: str) -> str:
    """RFC 2047 encoded words decoded by hand, leniently: a broken word is kept as it is,
    a bad base64 padding is forgiven, the charset falls back as for bodies (decode_bytes).

    Adjacent words in one charset are joined as bytes before decoding, since mailers split a
    multi-byte character across two words; the white space between two words is dropped.
    """
    if "=?" not in raw:
        return raw
    out: list[str] = []
    run, run_charset = bytearray(), ""
    in_run = False
    pos = 0
    for match in _ENCODED_WORD.finditer(raw):
        between = raw[pos : match.start()]
        charset = match.group(1).partition("*")[0].lower()  # "utf-8*no": RFC 2231 language
        data = _word_bytes(match.group(2), match.group(3))
        pos = match.end()
        if data is None:  # not decodable: the word stays as it came
            between += match.group(0)
        if in_run and not between.strip() and data is not None and charset == run_charset:
            run += data
            continue
        if in_run:
            out.append(_word_text(bytes(run), run_charset))
            in_run = False
            if not between.strip():
                between = ""  # white space between encoded words is no part of the text
        out.append(between)
        if data is not None:
            run, run_charset, in_run = bytearray(data), charset, True
    if in_run:
        out.append(_word_text(bytes(run), run_charset))
    out.append(raw[pos:])
    return "".join(out)


def _word_text(data: bytes, charset: str) -> str:
    """An encoded word's text. A multi-byte charset (gb2312, iso-2022-jp) is trusted, with
    U+FFFD for its bad bytes; otherwise the lenient fallbacks of the body (decode_bytes)."""
    declared = _known_codec(charset)
    if not declared or declared == "utf-8" or declared.startswith(_SINGLE_BYTE):
        return decode_bytes(data, charset)
    return data.decode(declared, "replace")


def _word_bytes(encoding: str, text: str) -> bytes | None:
    data = text.encode("utf-8", "surrogateescape")
    if encoding in "qQ":
        return _Q_ESCAPE.sub(lambda m: bytes.fromhex(m.group(1).decode()), data.replace(b"_", b" "))
    for padding in (b"=" * (-len(data) % 4), b"==", b""):
        try:
            return base64.b64decode(data + padding)
        except (binascii.Error, ValueError):
            continue
    return None


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
            yield _decode_words(name), _decode_words(address)


def _addresses(raw: str) -> list[tuple[str, str]]:
    """Candidate (display name, address) pairs from a raw header value.

    The header split into addresses first, then anything shaped like an address,
    angle-bracketed ones first ("a@b <a@b.example>", "Name <addr").
    """
    raw = one_line(_fix_surrogates(raw))
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
            return one_line(_fix_surrogates(display)).strip("\"' "), address.strip()
    if pairs:  # keep the name even when the address is unusable; reply goes nowhere
        return one_line(_fix_surrogates(pairs[0][0])).strip("\"' "), ""
    return "", ""


def valid_address(address: str) -> bool:
    """One plain address: no spaces or line breaks, one @, a dot in the domain."""
    if not address or len(address) > 254 or address != address.strip():
        return False
    if any(ch in address for ch in ' \t\r\n<>,;:"()[]\\') or address.count("@") != 1:
        return False
    local, domain = address.split("@")
    return bool(local) and bool(_DOMAIN.match(domain))


def _date(text: str) -> str:
    """A readable date in the RFC 5322 form ("Tue, 03 Nov 2026 10:12:00 +0100"), as
    policy.default gave it; a date that does not parse is kept as it came."""
    try:
        return email.utils.format_datetime(email.utils.parsedate_to_datetime(text))
    except Exception:  # noqa: BLE001 - "not a date", out-of-range years, odd zones
        return text


def _message_id(mail: MailHeaders, raw: bytes) -> str:
    found = _MSG_ID.findall(mail.text("Message-ID"))
    if found and len(found[0]) <= 250:
        return found[0]
    # No usable Message-ID: derive a stable one so a re-run recognises the same mail.
    return f"<{hashlib.sha256(raw).hexdigest()[:32]}@triage.invalid>"


# --- body -------------------------------------------------------------------------------


def decode_bytes(data: bytes, charset: str | None) -> str:
    """Text from bytes: the declared charset, then UTF-8, then cp1252, then latin-1.

    A declared single-byte charset loses to UTF-8 when the bytes are valid UTF-8 with
    non-ASCII in them: that combination is almost never real latin-1 text. UTF-8 cut off in
    the middle of its last character (a length limit in some mailer) still counts as UTF-8.
    """
    declared = _known_codec(charset)
    if (declared is None or declared.startswith(_SINGLE_BYTE)) and not data.isascii():
        text = _utf8(data)
        if text is not None:
            return text
    for codec in (declared, "utf-8", "cp1252"):
        if codec == "utf-8":
            text = _utf8(data)
            if text is not None:
                return text
        elif codec:
            try:
                return data.decode(codec)
            except (UnicodeDecodeError, LookupError, ValueError):
                continue
    return data.decode("latin-1", errors="replace")


def _utf8(data: bytes) -> str | None:
    """UTF-8 text, or None; a last character cut short becomes U+FFFD."""
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        cut_short = exc.reason == "unexpected end of data" and exc.end == len(data)
        if cut_short and not data[: exc.start].isascii():
            return data[: exc.start].decode("utf-8", "replace") + "\ufffd"
    return None


def _known_codec(charset: str | None) -> str | None:
    if not charset:
        return None
    name = str(charset).strip().strip("\"'").lower()
    if name in ("unknown-8bit", "x-unknown", "8bit", "default", ""):
        return None
    try:
        return codecs.lookup(name).name
    except (LookupError, ValueError):
        pass
    if name.endswith(("-i", "-e")):  # iso-8859-8-i: the same bytes, in logical order
        return _known_codec(name[:-2])
    return None


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
        text = _fix_surrogates(_CONTROL.sub("", text))[:_MAX_BODY_CHARS].strip()
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
    names: list[str] = []
    for part in leaves:
        if not _is_attachment(part):
            continue
        try:
            name = part.get_filename() or ""
        except Exception:  # noqa: BLE001
            name = ""
        # An RFC 2047 word in a quoted file name ("=?utf-8?q?CV_N=C3=B8rdmann.pdf?=") is
        # common from Outlook and was decoded by policy.default: decode it here too.
        name = one_line(_fix_surrogates(_decode_words(_fix_surrogates(str(name)))))
        # Quoted pairs and stray quotes of a broken quoted-string are no part of the name.
        name = _QUOTED_PAIR.sub(r"\1", name).strip('" ')[:200]
        names.append(name or "(unnamed)")
    return tuple(names)


def _defects(mail: MailHeaders) -> tuple[str, ...]:
    """Defect class names only (never content), for the record of a hard-to-read mail."""
    names: set[str] = set()
    for part in [*mail.leaves, mail.message]:
        names.update(type(defect).__name__ for defect in getattr(part, "defects", ()))
    return tuple(sorted(names))


# --- who to answer and what to call them ------------------------------------------------


def _contact_form(from_form: bool, body: str) -> tuple[str, str]:
    """(address, name) a web form put in the body, or ("", "") when this is no form mail."""
    if not from_form:
        return "", ""
    name = _FORM_NAME_LINE.search(body)
    form_name = name.group(1) if name else ""
    match = _FORM_ADDRESS_LINE.search(body)
    if not match or not valid_address(match.group(1)):
        return "", form_name
    return match.group(1), form_name


def _without_form_fields(body: str) -> str:
    return _FORM_MESSAGE_LABEL.sub("", _FORM_FIELD_LINE.sub("", body))


def _first_name(display: str, address: str, body: str) -> str:
    """The member's first name, or "" when unsure (a wrong name is worse than none)."""
    local = address.split("@")[0].lower() if address else ""
    tokens = _name_tokens(display, local, fix_case=True)
    signed = _signed_name(body)
    if tokens:
        # "Nordmann Kari" without a comma: the signature says which one is the first name.
        if signed and signed in tokens:
            return signed
        return tokens[0]
    return signed


def _name_tokens(display: str, local: str, fix_case: bool = False) -> list[str]:
    """The words of a person's name, or [] when the text does not look like one."""
    display = _NAME_NOISE.sub(" ", one_line(display))
    display = re.split(r"\s[|/–-]\s", display)[0].strip("\"' ")
    if not display or "@" in display or display.lower() == local:
        return []
    if display.count(",") == 1:  # "Nordmann, Kari"
        last, first = display.split(",")
        display = f"{first} {last}"
    words = display.replace(".", ". ").split()
    if any(word.lower().strip(".") in _ORG_WORDS for word in words):
        return []
    tokens = []
    for word in words:
        word = word.strip("()[]'\"")
        if len(word.rstrip(".")) == 1 and word[:1].isupper():  # an initial: "Ola N."
            continue
        if fix_case and (word.isupper() or word.islower()):
            word = "-".join(piece.capitalize() for piece in word.split("-"))
        if not _NAME_TOKEN.match(word) or word.lower() in _NOT_NAMES:
            return []
        tokens.append(word)
    return tokens


def _signed_name(body: str) -> str:
    """A first name from a sign-off in the member's part: "Mvh\\nKari", "Hilsen Ola N."."""
    lines = []
    for line in body[:5000].split("\n"):
        line = line.strip()
        if line.startswith(">") or _QUOTE_START.search(line):
            break  # what follows is someone else's mail
        lines.append(line)
    for index, line in enumerate(lines):
        match = _SIGNOFF.match(line)
        if not match:
            continue
        rest = line[match.end() :].strip(" ,.!:-")
        candidate = rest or next((nxt for nxt in lines[index + 1 : index + 3] if nxt), "")
        tokens = _name_tokens(candidate.strip(" ,.!-"), "")
        if 1 <= len(tokens) <= 3:
            return tokens[0]
    return ""
