"""Keep only the member's own words, and turn them into the text the classifier sees.

`mail-parser-reply` does the splitting into quoted replies and the signature cut; this
module registers Norwegian patterns with it and adds small regex steps where it is too
eager. What is left is the Question's ``text``: what the classifier and the language
detection read.
"""

from __future__ import annotations

import re
from functools import cache

from mailparser_reply import constants
from mailparser_reply.parser import EmailMessage, EmailReply

_Q = constants.QUOTED_MATCH_INCLUDE

# Norwegian (bokmål and nynorsk) patterns in the structure of the library's "da" entry.
# The wrote-header needs a date in it, so ordinary sentences such as "Den søknaden jeg
# skrev i fjor:" are not taken for a quote header; one line break is allowed anywhere
# because Gmail and Outlook wrap long "… skrev Navn <adresse>:" lines.
_NO_DATE = (
    r"(?:\d{1,2}\.? ?[a-zæøå]{3,9}\.?,? \d{4}|\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|\d{4}-\d{2}-\d{2})"
)
_NO_WROTE = (
    r"^("
    + _Q
    + r"(?:(?:den|på|man|tir|ons|tor|fre|lør|søn|må|ty|la|su)[a-zæøå]*\.?,? )*"
    + _NO_DATE
    # Greedy runs with the line break inside an optional group keep this linear in the
    # line length; "[^\n]{0,60}?\n?[^\n]{0,60}?" took seconds on long non-matching lines.
    + r"[^\n]*(?:\n[^\n]*)?\s(?:skrev|skreiv)\s[^\n]*(?:\n[^\n]*)?:"
    + r"|-{3,} ?(?:Opprinnelig melding|Opphavleg melding|Videresendt melding) ?-{3,})$"
)
_NO_FROM = (
    r"((?:(?:^|\n|\n"
    + _Q
    + r")?-{3,} ?(?:Opprinnelig melding|Opphavleg melding|Videresendt melding) ?-{3,}\n)?"
    + r"(?:(?:^|\n|\n"
    + _Q
    + r")[* ]*(?:Fra|Frå|Sendt|Til|Emne|Dato|Kopi|Vedlegg):[ *]*(?:\s{,2}).*){2,}(?:\n.*){,1})"
)
_NO_SIGNOFFS = [
    "Med vennlig hilsen",
    "Med vennleg helsing",
    "Med venleg helsing",
    "Med beste hilsen",
    "Med hilsen",
    "Vennlig hilsen",
    "Vennleg helsing",
    "Venleg helsing",
    "Beste hilsen",
    "Beste helsing",
    "Hilsen",
    "Hilsing",
    "Helsing",
    "Helsinga",
    "Mvh",
    "Vh",
    "På forhånd takk",
    "Takk på forhånd",
]
constants.MAIL_LANGUAGES.setdefault(
    "no",
    {
        "wrote_header": _NO_WROTE,
        "from_header": _NO_FROM,
        "disclaimers": ["Konfidensialitet:", "Taushetsplikt:", "Advarsel:"],
        "signatures": _NO_SIGNOFFS,
        "sent_from": "Sendt fra min|Sendt frå min|Sendt fra|Hent Outlook for|Få Outlook for",
    },
)

# mail-parser-reply language codes to split by (not the reply languages of compose).
_SPLIT_LANGUAGES = ["no", "en", "da", "sv"]

# Sign-offs the library lacks. "Weak" ones also open ordinary sentences ("Takk!" before a
# second question), so they only count when at most a few lines follow them.
_STRONG_EXTRA = ["Regards", "Best wishes", "Warm regards", "With kind regards"]
_WEAK_SIGNOFFS = ["Thanks", "Thank you", "Many thanks", "Cheers", "Takk", "Tusen takk"]
_SENT_FROM_EXTRA = ["Sent from Mail for", "Sent from Outlook", "Sendt fra Outlook"]
_NAME = r"(?:[A-ZÆØÅÄÖÜ][\w'.-]*|[A-ZÆØÅ]\.)"
# After the phrase: punctuation or an emoji, perhaps "fra"/"from", and at most four
# capitalised words, all on the sign-off line ("Hilsen Ola N.", "Best regards, Kari").
_SIGNOFF_TAIL = rf"(?![^\W\d_])[^\w\n]*(?:(?:fra|from|frå)[ \t]+)?(?:{_NAME}[^\w\n]*){{0,4}}$"

_QUOTED_LINE = re.compile(r"^[ \t]*>.*$\n?", re.MULTILINE)
_BLANK_RUNS = re.compile(r"\n{3,}")
# The library reads any line starting "- word" as a "-Name" signature; with
# keep_hyphen_lists it no longer does, so a bare "-Kari" sign-off is cut here instead.
_DASH_NAME_TAIL = re.compile(r"\n[ \t]*-[ \t]?[A-ZÆØÅ][\w.-]{1,20}(?:[ \t]+[A-ZÆØÅ][\w.-]*)?\s*\Z")
# Guard against the library taking a normal sentence for a quote header: a real header
# carries a date, a time, an address or the "original message" dashes.
_PLAUSIBLE_HEADER = re.compile(r"\d|@|-{3,}|_{5,}|\*?(?:From|Fra|Frå|Von|Från):", re.IGNORECASE)
# Quote headers in languages the library is not asked about ("… kirjoitti:", "… a écrit :")
# still carry a year, a time and an address and end in a colon; forwarded blocks start
# with a dashed title ("---------- Forwarded message ---------").
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_SENTENCE_END = (".", "?", "!")
_TIME = re.compile(r"\b\d{1,2}[:.]\d\d\b")
_DASHED_TITLE = re.compile(r"^[ \t]*-{2,}[ \t]*(\S[^\n]{1,80}?)[ \t]*-{2,}[ \t]*$")
_HEADER_FIELD = re.compile(r"^[ \t>]*\*?[^\W\d_][\w -]{1,20}\*?:\*?[ \t]")
_FORWARD_WORDS = re.compile(
    r"message|melding|besked|meddelelse|nachricht|meddelande|wrote|forwarded|videresendt",
    re.IGNORECASE,
)
# Apple Mail's forward title, a line of its own with no dashes.
_APPLE_FORWARD = r"(?:begin forwarded message|start på videresendt melding)[ \t]*:?"
# What a cut leaves at the end: separator rules, a dangling "From:" line or address.
_TRAILING_LEFTOVER = re.compile(
    r"(?:\n[ \t]*(?:[-_—–=*~ \t]{3,}|-{2,}[^\n]{1,80}-{2,}"
    r"|\*?(?:From|Fra|Frå|Von|Från|De)\*?:[^\n]*|<[^<>\s]+@[^<>\s]+>"
    rf"|{_APPLE_FORWARD})[ \t]*)+\s*\Z",
    re.IGNORECASE,
)

# A forward is often the member's own mail sent on ("forwarding what I wrote to the
# recruiter"): the care check reads it, the topic and the draft do not.
_FORWARD_TITLE = re.compile(
    r"^[ \t>]*(?:-{2,}[ \t]*(?:forwarded message|videresendt melding|vidaresendt melding"
    r"|videresendt e-post|vidaresend e-post)[^\n]*"
    rf"|{_APPLE_FORWARD}|(?:videresendt melding|forwarded message)[ \t]*:?)[ \t]*$",
    re.IGNORECASE | re.MULTILINE,
)
_FORWARD_CARE_CHARS = 4_000  # enough for a mail or two; a forwarded report is not read whole
_MAX_CHARS = 100_000  # the member's words are at the top; long tails only cost time
# Some of the library's header patterns take time quadratic in the line length, and a
# header is never this long, so long lines are set aside while the library looks.
_LONG_LINE = re.compile(r"^[^\n]{400,}$", re.MULTILINE)
_SHELVED = re.compile(r"\ue000(\d+)\ue001")
# A postscript after the sign-off is the member's own words, often the most important ones
# ("PS: I haven't slept for weeks"): the signature cut keeps it. "P.S.", "PS:", "Ps.", "PPS",
# "P.S" at the start of a line; "Psykolog" is a word, not a postscript.
_POSTSCRIPT = re.compile(r"^[ \t]*p\.?[ \t]?p?\.?[ \t]?s(?:\.|:|\b)", re.IGNORECASE | re.MULTILINE)


def _language_patterns(languages: list[str], key: str) -> list[str]:
    patterns = []
    for language in languages:
        value = constants.MAIL_LANGUAGES.get(language, {}).get(key)
        if isinstance(value, list):
            patterns.extend(value)
        elif value:
            patterns.append(value)
    return patterns


@cache
def _strict_signature_regex(languages: tuple[str, ...]) -> re.Pattern[str]:
    """The sign-off rule of ``_ReplySplitter``, compiled once per set of languages."""
    strong = "|".join(_language_patterns(list(languages), "signatures") + _STRONG_EXTRA)
    weak = "|".join(_WEAK_SIGNOFFS)
    sent_from = "|".join(_language_patterns(list(languages), "sent_from") + _SENT_FROM_EXTRA)
    pattern = (
        rf"(?:{constants.NOLIST_SIGNATURE_REGEX}"
        rf"|{constants.OUTLOOK_MAIL_SEPARATOR}[\s\S]*"
        rf"|\s*^{_Q}(?i:{sent_from}) ?(?:(?:[\w.<>:// ]+)|(?:\w+ ){{1,3}})$[\s\S]*"
        rf"|(?<!\A)^{_Q}(?i:{strong}){_SIGNOFF_TAIL}[\s\S]*"
        rf"|(?<!\A)^{_Q}(?i:{weak}){_SIGNOFF_TAIL}(?:\n+[^\n]*){{0,8}}\s*\Z)"
    )
    # Case-insensitive only inside the phrases: the name after them must be capitalised.
    return re.compile(pattern, flags=re.MULTILINE)


# The library's quote-header regex, built from the languages on every message otherwise
# (the pattern is long: building and looking it up in re's cache cost more than most mails).
_HEADER_REGEXES: dict[tuple[str, ...], re.Pattern[str]] = {}


class _ReplySplitter(EmailMessage):
    """The library's message with a stricter sign-off rule, and its regexes compiled once.

    Its own rule cuts from any line that merely *starts* with a sign-off word, so the
    Danish "Tak" swallowed "Takk for svaret …" and "Thanks, that helps …" lost the rest of
    the question. Here a sign-off must be a whole line: the phrase, punctuation, and at
    most a short capitalised name.

    Only the replies' ``content`` and ``headers`` are read here (``member_words`` applies
    the sign-off rule itself), so the library's per-reply search for signatures and
    disclaimers, whose results nobody reads, is skipped.
    """

    @property
    def HEADER_REGEX(self) -> re.Pattern[str]:  # noqa: N802 - the library's name
        key = tuple(self.languages)
        found = _HEADER_REGEXES.get(key)
        if found is None:
            found = _HEADER_REGEXES[key] = super().HEADER_REGEX
        return found

    @property
    def SIGNATURE_REGEX(self) -> re.Pattern[str]:  # noqa: N802 - the library's name
        return _strict_signature_regex(tuple(self.languages))

    def _process_signatures_disclaimers(self, text: str) -> tuple[list[str], str]:
        return [], ""

    def read(self) -> _ReplySplitter:
        """The library's split; a text without a ":" or a run of dashes is one reply, as the
        library finds it, without its header search: every quote header it knows holds one
        ("skrev:", "From:", "-----Original Message-----"), and the search, one long
        case-insensitive pattern, was most of the time of a split."""
        if ":" in self.text or "---" in self.text:
            return super().read()
        self.replies.append(EmailReply(content=self.text))
        return self


def _split(text: str) -> _ReplySplitter:
    return _ReplySplitter(
        text=text, languages=list(_SPLIT_LANGUAGES), keep_hyphen_lists=True
    ).read()


def _is_dated_header(candidate: str) -> bool:
    return (
        len(candidate) < 300
        and candidate.rstrip().endswith(":")
        and "@" in candidate
        and bool(_YEAR.search(candidate))
        and bool(_TIME.search(candidate))
    )


def _attribution_start(lines: list[str], index: int) -> int:
    """First line of an "… wrote:" block ending at ``index`` and followed by "> " lines.

    Without a date, a time or an address the line is taken as the member's own
    ("Du skrev:" before a quote they answer), and -1 comes back.
    """
    line = lines[index].rstrip()
    if not line.endswith(":") or line.lstrip().startswith(">"):
        return -1
    following = next((nxt for nxt in lines[index + 1 : index + 4] if nxt.strip()), "")
    if not following.lstrip().startswith(">"):
        return -1
    start = index
    while (
        start > 0
        and index - start < 2
        and lines[start - 1].strip()
        and not lines[start - 1].rstrip().endswith((".", "?", "!", ",", ";"))
        and not lines[start - 1].lstrip().startswith(">")
    ):
        start -= 1
    block = " ".join(lines[start : index + 1])
    if "@" in block or _YEAR.search(block) or _TIME.search(block):
        return start
    return -1


def _generic_header_start(text: str) -> int:
    """Offset of the first quote header in any language, or -1 (see _YEAR and friends)."""
    lines = text.split("\n")
    offsets = [0]
    for line in lines:
        offsets.append(offsets[-1] + len(line) + 1)
    for index, line in enumerate(lines):
        following = next((nxt for nxt in lines[index + 1 : index + 4] if nxt.strip()), "")
        title = _DASHED_TITLE.match(line)
        if title and (_FORWARD_WORDS.search(title.group(1)) or _HEADER_FIELD.match(following)):
            return offsets[index]
        for size in (1, 2, 3):
            block = lines[index : index + size]
            # A wrapped header is one unbroken run of lines, none of them a finished sentence.
            if any(
                not part.strip() or part.rstrip().endswith(_SENTENCE_END) for part in block[:-1]
            ):
                break
            if _is_dated_header(" ".join(block)):
                return offsets[index]
        start = _attribution_start(lines, index)
        if start >= 0:
            return offsets[start]
    return -1


def _unquoted(body: str) -> str:
    return _BLANK_RUNS.sub("\n\n", _QUOTED_LINE.sub("", body)).strip()


def member_words(body: str) -> str:
    """The member's own new words: no quoted reply, no reply header, no signature.

    Greeting and question are kept. If nothing would be left (a mail that is only a
    forward, say), the body comes back with just the ">" lines removed.
    """
    return member_parts(body)[0]


def care_text(words: str, below: str) -> str:
    """What the care check reads: the member's words, then what is below the sign-off."""
    return "\n\n".join(part for part in (words, below) if part)


def body_care_text(body: str) -> str:
    """``care_text`` of a body: the care check's reading of a mail, as the pass gives it."""
    return care_text(*member_parts(body))


def member_parts(body: str) -> tuple[str, str]:
    """``member_words(body)``, and what the member's new text has below the sign-off (the
    signature, and whatever was written under it that is not a P.S.).

    The second part is for the care check only: a member may tell what matters most under
    the name ("Mvh Trond" and then a line about last night), where no topic or draft should
    look, but where distress must not go unread.
    """
    text = body.replace("\r\n", "\n").replace("\r", "\n")[:_MAX_CHARS]
    text = _BLANK_RUNS.sub("\n\n", "\n".join(line.rstrip() for line in text.split("\n")))
    if not text.strip():
        return "", ""
    head = text
    cut = _generic_header_start(text)
    if cut >= 0:
        head = text[:cut]
    shelf: list[str] = []

    def shelve(match: re.Match[str]) -> str:
        shelf.append(match.group())
        return f"\ue000{len(shelf) - 1}\ue001"

    def unshelve(part: str) -> str:
        return _SHELVED.sub(lambda match: shelf[int(match.group(1))], part)

    head = _LONG_LINE.sub(shelve, head)
    message = _split(head) if head.strip() else None
    kept: list[str] = []
    for index, reply in enumerate(message.replies if message else []):
        if index == 0 and reply.headers:
            break  # the mail starts with a quote header: the member wrote nothing above it
        if index > 0 and _PLAUSIBLE_HEADER.search(reply.headers):
            break
        kept.append(reply.content)
    words = "\n\n".join(kept)
    below = ""
    if message is not None:
        signature = message.SIGNATURE_REGEX.search(words)
        if signature:
            postscript = _POSTSCRIPT.search(words, signature.start())
            end = postscript.start() if postscript else len(words)
            below = _unquoted(unshelve(words[signature.start() : end]))
            after = "\n\n" + words[end:] if postscript else ""
            words = words[: signature.start()] + after
    words = _unquoted(unshelve(words))
    words = _TRAILING_LEFTOVER.sub("", "\n" + words).strip()
    words = _DASH_NAME_TAIL.sub("", words)
    if not words:
        return _unquoted(text), below
    return words, "\n\n".join(part for part in (below, _forwarded(text)) if part)


def _forwarded(text: str) -> str:
    """The text of the first forwarded message in ``text``, without its header lines."""
    title = _FORWARD_TITLE.search(text)
    if title is None:
        return ""
    lines = text[title.end() : title.end() + _FORWARD_CARE_CHARS].split("\n")
    start = 0
    while start < len(lines) and (not lines[start].strip() or _HEADER_FIELD.match(lines[start])):
        start += 1
    return _unquoted("\n".join(lines[start:]))


# --- text for the classifier -------------------------------------------------------------

_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_URL = re.compile(r"(?:https?://|www\.)[^\s<>\"')\]]*[^\s<>\"')\].,;:!?]", re.IGNORECASE)
# Norwegian 8-digit numbers in their usual groupings, and international numbers with a
# prefix. Only spaces separate groups: "03.11.2026" and "2025-2026" are dates, not phones.
_SP = r"[ \u00a0]?"
_PHONE = re.compile(
    rf"(?<![\w+])(?:(?:\+|00)\d{{1,3}}{_SP})?"
    rf"(?:\d{{3}}{_SP}\d{{2}}{_SP}\d{{3}}|\d{{2}}{_SP}\d{{2}}{_SP}\d{{2}}{_SP}\d{{2}})(?!\w)"
    r"|(?<![\w+])(?:\+|00)\d{1,3}(?:[ \u00a0-]?\d{2,4}){2,5}(?!\w)"
)
_DIGITS = re.compile(r"\d{5,}")
_A_DIGIT = re.compile(r"\d")
_REPLY_PREFIX = re.compile(
    r"^\s*(?:(?:re|sv|svar|aw|vs|fw|fwd|vb|wg)\s*(?:\[\d+\])?\s*:\s*)+", re.IGNORECASE
)


def for_model(subject: str, words: str) -> str:
    """Subject and words with addresses, links, phone numbers and long numbers as tokens.

    The model should learn the question, not who sent it: the placeholders are
    ``__email__``, ``__url__``, ``__phone__`` and ``__number__`` (word characters, so the
    usual token patterns keep them whole). "Re:"/"SV:" prefixes carry no topic and go.
    """
    text = _REPLY_PREFIX.sub("", subject) + "\n" + words
    # Each pattern only where the text holds what it cannot match without (an "@", "://" or
    # "www.", a digit): scanning every word for the start of an address cost more than the
    # rest of this function.
    if "@" in text:
        text = _EMAIL.sub(" __email__ ", text)
    if "://" in text or "www." in text.lower():
        text = _URL.sub(" __url__ ", text)
    if _A_DIGIT.search(text):
        text = _PHONE.sub(" __phone__ ", text)
        text = _DIGITS.sub(" __number__ ", text)
    return " ".join(text.split())
