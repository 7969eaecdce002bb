"""Draft replies from the Jinja templates in ``templates/<lang>/``.

The member's mail is only ever *data* passed to a template, never template source: templates
are loaded from disk into a sandboxed environment with StrictUndefined, and the quoted original
is appended by code after rendering.
"""

from __future__ import annotations

import binascii
import hashlib
import re
from dataclasses import dataclass
from datetime import UTC, datetime
from email.header import Header
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime, formataddr
from pathlib import Path

import jinja2
from jinja2.sandbox import SandboxedEnvironment

from triage.errors import TemplateError
from triage.inbound.question import Question
from triage.topics import TOPICS

LANGUAGES = ("nb", "nn", "en")
PARTS = ("greeting", "signature", "footer")
# The starting text for mail that needs care: one whole, personal text (no topic sections).
CARE = "care"
# A place where the counsellor must write a sentence of their own; review refuses to send
# while one is left.
PLACEHOLDER = re.compile(r"\[\[.*?\]\]", re.DOTALL)
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


def has_placeholders(text: str) -> bool:
    return bool(PLACEHOLDER.search(text))


@dataclass(frozen=True)
class Composer:
    """Renders reply texts and builds threaded reply messages."""

    templates: Path
    from_name: str
    from_address: str

    def __post_init__(self) -> None:
        env = SandboxedEnvironment(
            loader=jinja2.FileSystemLoader(str(self.templates)),
            undefined=jinja2.StrictUndefined,
            autoescape=False,
            keep_trailing_newline=True,
            trim_blocks=True,
            lstrip_blocks=True,
        )
        object.__setattr__(self, "_env", env)

    def check(self) -> None:
        """Every template for every topic and language exists and renders."""
        problems = []
        for lang in LANGUAGES:
            for name in (*PARTS, *TOPICS, CARE):
                try:
                    self._render(lang, name, first_name="Test", secondary=False)
                except TemplateError as exc:
                    problems.append(str(exc))
        if problems:
            raise TemplateError("; ".join(problems))

    def _render(self, lang: str, name: str, **context: object) -> str:
        path = f"{lang}/{name}.j2"
        try:
            template = self._env.get_template(path)  # type: ignore[attr-defined]
            return template.render(from_name=self.from_name, **context)
        except jinja2.TemplateNotFound:
            raise TemplateError(
                f"template {self.templates / path} is missing: add it (see templates/README.md)"
            ) from None
        except jinja2.TemplateError as exc:
            raise TemplateError(
                f"template {self.templates / path} does not render: {exc}"
            ) from None

    def text(self, lang: str, topics: list[str], first_name: str) -> str:
        """The reply text: greeting, a section per topic (primary first), signature, footer."""
        lang = lang if lang in LANGUAGES else "nb"
        parts = [self._render(lang, "greeting", first_name=first_name)]
        for index, topic in enumerate(topics or ["other"]):
            parts.append(self._render(lang, topic, secondary=index > 0))
        parts.append(self._render(lang, "signature"))
        parts.append(self._render(lang, "footer"))
        return "\n".join(p.strip("\n") + "\n" for p in parts)

    def care_text(self, lang: str, first_name: str) -> str:
        """The care template on its own (``templates/<lang>/care.j2``): offered on the review
        page for mail that needs care, never put in Drafts."""
        lang = lang if lang in LANGUAGES else "nb"
        return self._render(lang, CARE, first_name=first_name).strip("\n") + "\n"

    def reply(
        self,
        question: Question,
        text: str,
        *,
        topic: str = "",
        when: datetime | None = None,
        to_address: str = "",
    ) -> EmailMessage:
        """A threaded text/plain UTF-8 reply with the original quoted below ``text``.

        The headers are formatted here, already RFC 2047-encoded and folded, and stored as
        they are (``set_raw``): building them through policy.SMTP's header objects cost
        most of a draft's time. ``bytes(message)`` writes them unchanged, with CRLF.
        """
        when = when or datetime.now(UTC)
        address = to_address or question.reply_address
        name = question.sender_name if address == question.sender_address else ""
        domain = self.from_address.rsplit("@", 1)[-1]
        references = [r for r in question.references if r != question.message_id][-10:]
        headers = [
            ("From", _address_header("From", self.from_name, self.from_address)),
            ("To", _address_header("To", name, address)),
            ("Subject", reply_subject(question.subject, question.lang)),
            ("Date", format_datetime(when)),
            ("Message-ID", draft_message_id(question.message_id, domain)),
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
        message = EmailMessage(policy=SMTP)
        for header, value in headers:
            if header not in ("From", "To"):
                value = _text_header(header, value)
            message.set_raw(header, value)
        body = text.rstrip("\n") + "\n\n" + quote(question, when)
        message.set_payload(_quoted_printable(body))
        return message


def _text_header(name: str, value: str) -> str:
    """One header value on one line (CR/LF flattened), RFC 2047-encoded when it is not plain
    ASCII, folded at 78 characters."""
    value = one_line_keeping_controls(value)
    # Text that merely looks like an encoded word is encoded too, so it reads back as typed.
    plain = value.isascii() and "=?" not in value
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
