"""Raw mail bytes to a Question (DESIGN.md: parse).

Mail from the real world is broken in every way a parser can imagine, so every step here
has a fallback, and anything left over becomes a ParseError with a short reason that
names no content and no address (the reason ends up in logs).
"""

from __future__ import annotations

import codecs
import email
import email.header
import email.policy
import email.utils
import hashlib
import re
from email.message import EmailMessage, Message

from inscriptis import get_text

from triage import clean, language
from triage.errors import ParseError
from triage.question import Question


def _word_set(words: str) -> frozenset[str]:
    return frozenset(words.split())


_MAX_RAW_BYTES = 50_000_000
_MAX_HTML_CHARS = 2_000_000  # inscriptis time grows with the page; a question is short
_MAX_BODY_CHARS = 1_000_000
_MAX_REFERENCES = 50
_MAX_HEADER_CHARS = 2_000
_SINGLE_BYTE = ("ascii", "iso8859", "cp125", "latin", "mac-", "koi8", "cp437", "cp850", "cp865")

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
    r"medlemsnummer|member number)[ \t*]*:.*$\n?",
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


def parse_message(raw: bytes) -> tuple[Question, EmailMessage]:
    """Turn raw RFC 5322 bytes into a Question and the parsed message.

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


def _parse(raw: bytes) -> tuple[Question, EmailMessage]:
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    if not isinstance(msg, EmailMessage):
        raise ParseError("parser returned no message")
    if not list(msg.raw_items()) and not msg.get_payload():
        raise ParseError("no headers and no body")

    body = _body_text(msg)
    subject = header_text(msg, "Subject")
    sender_name, sender_address = _first_address(msg, "From")
    reply_name, reply_address = _first_address(msg, "Reply-To")
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
        message_id=_message_id(msg, raw),
        subject=subject,
        sender_name=sender_name,
        sender_address=sender_address,
        reply_address=reply_address,
        body=body,
        text=words,
        lang=language.detect(subject + "\n" + words),
        date=header_text(msg, "Date"),
        in_reply_to=next(iter(_MSG_ID.findall(header_text(msg, "In-Reply-To"))), ""),
        references=tuple(_MSG_ID.findall(header_text(msg, "References")))[-_MAX_REFERENCES:],
        attachments=_attachment_names(msg),
        first_name=first,
        defects=_defects(msg),
    )
    return question, msg


# --- headers ------------------------------------------------------------------------------


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


def header_text(msg: Message, name: str) -> str:
    """A header's decoded value on one line, "" when missing; never raises."""
    raw = _raw_value(msg, name)
    if _has_surrogates(raw):
        # Raw 8-bit bytes: the stdlib would turn non-UTF-8 ones into U+FFFD.
        text = _decode_words(_fix_surrogates(raw))
    else:
        try:
            value = msg.get(name)
            text = "" if value is None else str(value)
        except Exception:  # noqa: BLE001 - the stdlib header parser has known crashes
            text = _decode_words(raw)
    return one_line(_fix_surrogates(text))[:_MAX_HEADER_CHARS]


def _raw_value(msg: Message, name: str) -> str:
    """The header's value as it came, still RFC 2047 encoded; "" when missing."""
    for key, value in msg.raw_items():
        if key.lower() == name.lower():
            return str(value)
    return ""


def _decode_words(raw: str) -> str:
    """RFC 2047 encoded words decoded by hand, with the lenient charset fallbacks."""
    try:
        parts = email.header.decode_header(raw)
    except Exception:  # noqa: BLE001 - malformed encoded words: keep the text as it is
        return raw
    return "".join(
        decode_bytes(part, charset) if isinstance(part, bytes) else part for part, charset in parts
    )


def _addresses(msg: Message, name: str) -> list[tuple[str, str]]:
    """Candidate (display name, address) pairs, the stdlib's reading first.

    Then the raw value split before decoding (decoding first would let an encoded word
    smuggle in a second address: "=?utf-8?q?x=0D=0ABcc:_y@z?="), then anything shaped like
    an address, angle-bracketed ones first ("a@b <a@b.example>", "Name <addr").
    """
    found: list[tuple[str, str]] = []
    try:
        header = msg.get(name)
        if header is None:
            return []
        found = [
            (_fix_surrogates(a.display_name), _fix_surrogates(a.addr_spec))
            for a in getattr(header, "addresses", ())
        ]
    except Exception:  # noqa: BLE001 - fall back to the lenient readings below
        pass
    raw = one_line(_fix_surrogates(_raw_value(msg, name)))
    found += [(_decode_words(n), a) for n, a in email.utils.getaddresses([raw]) if a]
    found += [("", match) for match in _BRACKETED_ADDRESS.findall(raw)]
    found += [("", match) for match in _ADDRESS.findall(raw)]
    return found


def _first_address(msg: Message, name: str) -> tuple[str, str]:
    """(display name, address) of the first valid address in the header, or ("", "")."""
    pairs = _addresses(msg, name)
    for display, address in pairs:
        if valid_address(address):
            return one_line(display).strip("\"' "), address.strip()
    if pairs:  # keep the name even when the address is unusable; reply goes nowhere
        return one_line(pairs[0][0]).strip("\"' "), ""
    return "", ""


def valid_address(address: str) -> bool:
    """One plain address: no spaces or line breaks, one @, a dot in the domain."""
    if not address or len(address) > 254 or address != address.strip():
        return False
    if any(ch in address for ch in ' \t\r\n<>,;:"()[]\\') or address.count("@") != 1:
        return False
    local, domain = address.split("@")
    return bool(local) and bool(_DOMAIN.match(domain))


def _message_id(msg: Message, raw: bytes) -> str:
    found = _MSG_ID.findall(header_text(msg, "Message-ID"))
    if found and len(found[0]) <= 250:
        return found[0]
    # No usable Message-ID: derive a stable one so a re-run recognises the same mail.
    return f"<{hashlib.sha256(raw).hexdigest()[:32]}@triage.invalid>"


# --- body -------------------------------------------------------------------------------


def decode_bytes(data: bytes, charset: str | None) -> str:
    """Text from bytes: the declared charset, then UTF-8, then cp1252, then latin-1.

    A declared single-byte charset loses to UTF-8 when the bytes are valid UTF-8 with
    non-ASCII in them: that combination is almost never real latin-1 text.
    """
    declared = _known_codec(charset)
    if (declared is None or declared.startswith(_SINGLE_BYTE)) and not data.isascii():
        try:
            return data.decode("utf-8")
        except UnicodeDecodeError:
            pass
    for codec in (declared, "utf-8", "cp1252"):
        if not codec:
            continue
        try:
            return data.decode(codec)
        except (UnicodeDecodeError, LookupError, ValueError):
            continue
    return data.decode("latin-1", errors="replace")


def _known_codec(charset: str | None) -> str | None:
    if not charset:
        return None
    name = str(charset).strip().strip("\"'").lower()
    if name in ("unknown-8bit", "x-unknown", "8bit", "default", ""):
        return None
    try:
        return codecs.lookup(name).name
    except (LookupError, ValueError):
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


def _leaves(msg: Message) -> list[Message]:
    """Leaf parts in order, including those of attached messages, without recursion limits."""
    found: list[Message] = []
    stack: list[Message] = [msg]
    while stack and len(found) < 500:
        part = stack.pop()
        payload = part.get_payload()
        if part.is_multipart() and isinstance(payload, list):
            stack.extend(reversed(payload))
        else:
            found.append(part)
    return found


def _body_text(msg: EmailMessage) -> str:
    """The text body: text/plain preferred, HTML converted to text, never rendered."""
    for subtype in ("plain", "html"):
        part = _body_part(msg, subtype)
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


def _body_part(msg: EmailMessage, subtype: str) -> Message | None:
    """The stdlib's choice of body; else the first such leaf, attached messages included."""
    try:
        part = msg.get_body(preferencelist=(subtype,))
    except Exception:  # noqa: BLE001 - broken multipart trees: walk the leaves instead
        part = None
    if part is not None:
        return part
    leaves = [leaf for leaf in _leaves(msg) if not _is_attachment(leaf)]
    return next((leaf for leaf in leaves if _content_type(leaf) == f"text/{subtype}"), None)


def _content_type(part: Message) -> str:
    try:
        return part.get_content_type()
    except Exception:  # noqa: BLE001
        return "text/plain"


def _attachment_names(msg: Message) -> tuple[str, ...]:
    """File names only; attachments are never decoded or read."""
    names: list[str] = []
    for part in _leaves(msg):
        if not _is_attachment(part):
            continue
        try:
            name = part.get_filename() or ""
        except Exception:  # noqa: BLE001
            name = ""
        name = one_line(_fix_surrogates(str(name)))[:200]
        names.append(name or "(unnamed)")
    return tuple(names)


def _defects(msg: Message) -> tuple[str, ...]:
    """Defect class names only (never content), for the record of a hard-to-read mail."""
    names: set[str] = set()
    for part in _leaves(msg) + [msg]:
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
