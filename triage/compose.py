"""Draft replies from the Jinja templates in ``templates/<lang>/``.

The member's mail is only ever *data* passed to a template, never template source: templates
are loaded from disk into a sandboxed environment with StrictUndefined, and the quoted original
is appended by code after rendering.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from datetime import UTC, datetime
from email.headerregistry import Address
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime
from pathlib import Path

import jinja2
from jinja2.sandbox import SandboxedEnvironment

from .errors import TemplateError
from .question import Question

LANGUAGES = ("nb", "nn", "en")
SECTION_TOPICS = ("followup", "interview", "salary", "cv", "other")
PARTS = ("greeting", "signature", "footer")
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
    bare = _REPLY_PREFIX.sub("", one_line(subject)).strip()
    return f"Re: {bare or _NO_SUBJECT.get(lang, _NO_SUBJECT['en'])}"


def one_line(value: str) -> str:
    """A header value with every line break (real or encoded, already decoded) flattened."""
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
            for name in PARTS + SECTION_TOPICS:
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

    def reply(
        self,
        question: Question,
        text: str,
        *,
        topic: str = "",
        when: datetime | None = None,
        to_address: str = "",
    ) -> EmailMessage:
        """A threaded text/plain UTF-8 reply with the original quoted below ``text``."""
        when = when or datetime.now(UTC)
        message = EmailMessage(policy=SMTP)
        message["From"] = Address(one_line(self.from_name), addr_spec=self.from_address)
        address = to_address or question.reply_address
        name = one_line(question.sender_name) if address == question.sender_address else ""
        message["To"] = Address(name, addr_spec=address)
        message["Subject"] = reply_subject(question.subject, question.lang)
        message["Date"] = format_datetime(when)
        domain = self.from_address.rsplit("@", 1)[-1]
        message["Message-ID"] = draft_message_id(question.message_id, domain)
        message["In-Reply-To"] = question.message_id
        references = [r for r in question.references if r != question.message_id][-10:]
        message["References"] = " ".join([*references, question.message_id])
        if topic:
            message["X-Triage-Topic"] = one_line(topic)
        body = text.rstrip("\n") + "\n\n" + quote(question, when)
        message.set_content(body, charset="utf-8", cte="quoted-printable")
        return message


def quote(question: Question, when: datetime) -> str:
    """The original below the reply, every line prefixed with "> "."""
    who = one_line(question.sender_name) or "?"
    date = one_line(question.date) or format_datetime(when)
    wrote = _WROTE.get(question.lang, _WROTE["en"]).format(date=date, who=who)
    original = question.body[:MAX_QUOTED_CHARS].rstrip()
    lines = [f"> {line}".rstrip() for line in original.splitlines()]
    return wrote + "\n" + "\n".join(lines) + "\n"
