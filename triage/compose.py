"""Threaded reply messages around a draft's text; the text itself comes from ``triage.drafts``.

The member's mail is only ever *data* passed to a template, never template source (see
``triage.drafts.text``), and the quoted original is appended by code after rendering.
"""

from __future__ import annotations

import binascii
import hashlib
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.header import Header
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime, formataddr
from functools import lru_cache
from pathlib import Path

from triage.config import PrivacySettings, Settings
from triage.drafts.places import PLACEHOLDER, has_placeholders
from triage.drafts.text import LANGUAGES, Draft, shared_writer
from triage.inbound.question import Question

__all__ = ["PLACEHOLDER", "Composer", "draft_message_id", "has_placeholders", "reply_subject"]
_REPLY_PREFIX = re.compile(
    r"^\s*(?:(?:re|sv|aw|fw|fwd|vs|vb|antw|ref|tr|r)\s*(?:\[\d+\])?\s*[:：]\s*)+", re.IGNORECASE
)
_NO_SUBJECT = {"nb": "Spørsmålet ditt", "nn": "Spørsmålet ditt", "en": "Your question"}
_WROTE = {
    "nb": "{date} skrev {who}:",
    "nn": "{date} skreiv {who}:",
    "en": "On {date}, {who} wrote:",
}
MAX_QUOTED_CHARS = 20_000


def reply_subject(subject: str, lang: str) -> str:
    """``Re: `` once, whatever prefixes (Re/SV/AW/Fwd…) the subject already had."""
    bare = _REPLY_PREFIX.sub("", one_line_keeping_controls(subject)).strip()
    return f"Re: {bare or _NO_SUBJECT.get(lang, _NO_SUBJECT['en'])}"


def one_line_keeping_controls(value: str) -> str:
    """A header value with every line break (real or encoded, already decoded) flattened;
    white space runs become one space, other control characters stay as they are.

    Text from a parsed mail arrives here already without control characters
    (``triage.inbound.mime.one_line_without_controls``); this only makes sure nothing the
    reply carries in a header can start a header line of its own.
    """
    return " ".join(value.replace("\r", " ").replace("\n", " ").split())


def draft_message_id(question_id: str, domain: str) -> str:
    """Deterministic, so a re-run finds the draft it already made instead of adding another."""
    digest = hashlib.sha256(question_id.encode("utf-8", "surrogateescape")).hexdigest()[:32]
    return f"<triage-{digest}@{domain}>"


@dataclass(frozen=True)
class Composer:
    """Writes reply texts (``triage.drafts``) and builds threaded reply messages."""

    templates: Path
    from_name: str
    from_address: str
    # The office that signs, per language; from_name where a language has none.
    office_names: Mapping[str, str] = field(default_factory=dict)
    retention_days: int = PrivacySettings.retention_days

    @classmethod
    def for_settings(cls, settings: Settings) -> Composer:
        replies = settings.replies
        return cls(
            replies.templates,
            replies.from_name,
            replies.from_address,
            office_names=replies.office_names,
            retention_days=settings.privacy.retention_days,
        )

    def __post_init__(self) -> None:
        offices = tuple((lang, self.office_names.get(lang) or self.from_name) for lang in LANGUAGES)
        writer = shared_writer(self.templates, offices, self.retention_days)
        object.__setattr__(self, "writer", writer)

    def check(self) -> None:
        """Every block for every language exists and renders (TemplateError names each file)."""
        self.writer.check()  # type: ignore[attr-defined]

    def draft(
        self,
        lang: str,
        topics: Iterable[str],
        first_name: str,
        *,
        situations: Mapping[str, Iterable[str]] | Iterable[str] | None = None,
        sector: str | None = None,
        questions: Iterable[str] = (),
    ) -> Draft:
        """The draft's text and the blocks it used (see ``triage.drafts.text.TextWriter``)."""
        return self.writer.write(  # type: ignore[attr-defined]
            lang, topics, first_name, situations=situations, sector=sector, questions=questions
        )

    def text(self, lang: str, topics: Iterable[str], first_name: str, **reading: object) -> str:
        """The reply text alone: greeting, places for the questions, the blocks, signature."""
        return self.draft(lang, topics, first_name, **reading).text  # type: ignore[arg-type]

    def care_text(self, lang: str, first_name: str) -> str:
        """The starting text for mail that needs care (``templates/<lang>/care.j2``, then the
        signature and footer blocks): offered on the review page only, never put in Drafts."""
        return self.writer.care(lang, first_name).text  # type: ignore[attr-defined]

    def reply(
        self,
        question: Question,
        text: str,
        *,
        topic: str = "",
        when: datetime | None = None,
        to_address: str = "",
    ) -> Reply:
        """A threaded text/plain UTF-8 reply with the original quoted below ``text``.

        The headers are formatted here, already RFC 2047-encoded and folded, and stored as
        they are (``set_raw``): building them through policy.SMTP's header objects cost
        most of a draft's time. ``bytes(message)`` writes them unchanged, with CRLF.
        """
        when = when or datetime.now(UTC)
        address = to_address or question.reply_address
        name = question.sender_name if address == question.sender_address else ""
        domain = self.from_address.rsplit("@", 1)[-1]
        message_id = draft_message_id(question.message_id, domain)
        references = [r for r in question.references if r != question.message_id][-10:]
        headers = [
            ("From", _from_header(self.from_name, self.from_address)),
            ("To", _address_header("To", name, address)),
            ("Subject", reply_subject(question.subject, question.lang)),
            ("Date", format_datetime(when)),
            ("Message-ID", message_id),
            ("In-Reply-To", question.message_id),
            ("References", " ".join([*references, question.message_id])),
        ]
        if topic:
            headers.append(("X-Triage-Topic", topic))
        headers += [
            ("Content-Type", 'text/plain; charset="utf-8"'),
            ("Content-Transfer-Encoding", "quoted-printable"),
            ("MIME-Version", "1.0"),
        ]
        message = Reply(policy=SMTP)
        message.message_id = message_id
        for header, value in headers:
            if header not in ("From", "To"):
                value = _text_header(header, value)
            message.set_raw(header, value)
        body = text.rstrip("\n") + "\n\n" + quote(question, when)
        message.set_payload(_quoted_printable(body))
        return message


class Reply(EmailMessage):
    """A reply as `Composer.reply` builds it, with a shortcut for ``bytes()``.

    Its headers are already encoded and folded and its body quoted-printable, so policy.SMTP's
    generator only copies them out with CRLF line ends, at a quarter of a draft's time. The
    shortcut writes the same bytes directly, and leaves to the generator anything it would
    change: a header line over 78 characters (refolded), non-ASCII text, another body.
    ``message_id`` is its Message-ID as built, so nobody parses the header back.
    """

    message_id: str = ""

    def __bytes__(self) -> bytes:
        out: list[str] = []
        for name, value in self._headers:  # type: ignore[attr-defined]
            lines = value.splitlines() if isinstance(value, str) and value.isascii() else None
            if lines is None or _refolded(name, lines):
                return super().__bytes__()
            out.append(f"{name}: " + "\r\n".join(lines) + "\r\n")
        payload = self._payload  # type: ignore[attr-defined]
        if not isinstance(payload, str) or not payload.isascii() or _content_type(self) != _PLAIN:
            return super().__bytes__()
        out.append("\r\n")
        lines = _LINE_END.split(payload)  # the generator's _write_lines
        out.append("\r\n".join(lines[:-1]) + ("\r\n" if len(lines) > 1 else "") + lines[-1])
        return "".join(out).encode("ascii")


_PLAIN = 'text/plain; charset="utf-8"'
_LINE_END = re.compile(r"\r\n|\r|\n")


def _content_type(message: EmailMessage) -> str:
    found = [v for k, v in message._headers if k.lower() == "content-type"]  # type: ignore[attr-defined]
    return found[0] if len(found) == 1 else ""


def _refolded(name: str, lines: list[str]) -> bool:
    """Whether policy.SMTP would fold this raw header again (its refold_source = "long")."""
    return bool(lines) and (
        len(lines[0]) + len(name) + 2 > SMTP.max_line_length
        or any(len(line) > SMTP.max_line_length for line in lines[1:])
    )


def _text_header(name: str, value: str) -> str:
    """One header value on one line (CR/LF flattened), RFC 2047-encoded when it is not plain
    ASCII, folded at 78 characters."""
    value = one_line_keeping_controls(value)
    # Text that merely looks like an encoded word is encoded too, so it reads back as typed.
    plain = value.isascii() and "=?" not in value
    if plain and len(name) + 2 + len(value) <= 78:
        return value  # what Header would return, at a tenth of the time
    return Header(value, "us-ascii" if plain else "utf-8", header_name=name).encode()


def _address_header(name: str, display: str, address: str) -> str:
    """``Name <address>``: the name flattened and quoted or RFC 2047-encoded; an address
    that is not one plain address is refused (nothing can be smuggled in beside it)."""
    if not address or any(ch.isspace() or ch in '<>,;"()' for ch in address):
        raise ValueError("the reply address is not one plain e-mail address")
    if not address.isascii():
        raise ValueError("the reply address is not ASCII")
    display = one_line_keeping_controls(display)
    if not display:
        return address
    if display.isascii() and "=?" not in display:
        value = formataddr((display, address))  # quoted and escaped where needed
        if len(name) + 2 + len(value) <= 78:
            return value
        quoted = value[: -len(address) - 3]
        encoded = Header(quoted, "us-ascii", header_name=name).encode()
    else:
        encoded = Header(display, "utf-8", header_name=name).encode()
    last = encoded.rsplit("\n", 1)[-1] if "\n" in encoded else f"{name}: {encoded}"
    fold = "\n " if len(last) + len(address) + 3 > 78 else " "
    return f"{encoded}{fold}<{address}>"


@lru_cache(maxsize=16)
def _from_header(name: str, address: str) -> str:
    """The office's own From header: the same for every draft, so formatted once."""
    return _address_header("From", name, address)


def _quoted_printable(text: str) -> str:
    """UTF-8 quoted-printable, lines of at most 76 characters, line breaks kept as LF (the
    generator writes CRLF)."""
    data = text.replace("\r\n", "\n").replace("\r", "\n").encode("utf-8", "surrogateescape")
    return binascii.b2a_qp(data, quotetabs=False, istext=True, header=False).decode("ascii")


def quote(question: Question, when: datetime) -> str:
    """The original below the reply, every line prefixed with "> "."""
    who = one_line_keeping_controls(question.sender_name) or "?"
    date = one_line_keeping_controls(question.date) or format_datetime(when)
    wrote = _WROTE.get(question.lang, _WROTE["en"]).format(date=date, who=who)
    original = question.body[:MAX_QUOTED_CHARS].rstrip()
    lines = [f"> {line}".rstrip() for line in original.splitlines()]
    return wrote + "\n" + "\n".join(lines) + "\n"
