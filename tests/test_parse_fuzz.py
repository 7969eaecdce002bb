"""Property tests: whatever the bytes, parse raises only ParseError and headers stay one line."""

from __future__ import annotations

import base64
import quopri

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from triage.errors import ParseError
from triage.inbound.guard import skip_reason
from triage.inbound.parse import parse_message
from triage.inbound.question import Question

FUZZ = settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])

CHARSETS = ["utf-8", "iso-8859-1", "windows-1252", "us-ascii", "utf-16", "x-bogus", "", "koi8-r"]
HEADER_NAMES = [
    "From",
    "Reply-To",
    "To",
    "Cc",
    "Subject",
    "Message-ID",
    "In-Reply-To",
    "References",
    "Date",
    "Content-Type",
    "Content-Transfer-Encoding",
    "Content-Disposition",
    "Auto-Submitted",
    "Precedence",
    "List-Id",
    "Return-Path",
    "X-Whatever",
]
NEWLINES = st.sampled_from(["\n", "\r\n", "\r"])
# Text with the characters that break parsers: line breaks, NULs, quotes, brackets, '=?'.
NASTY = st.lists(
    st.sampled_from(list("abcæøåÆØÅ @<>\"'(),;:=?\r\n\t\x00\\.-_") + ["=?", "?=", "\r\n "]),
    max_size=40,
).map("".join)


@st.composite
def encoded_words(draw: st.DrawFn) -> str:
    charset = draw(st.sampled_from(CHARSETS))
    text = draw(st.text(max_size=20))
    data = text.encode(charset if charset in ("utf-8", "utf-16") else "utf-8", "replace")
    if draw(st.booleans()):
        payload = base64.b64encode(data).decode()
        kind = "b"
    else:
        payload = quopri.encodestring(data, header=True).decode()
        kind = "q"
    if draw(st.booleans()):
        payload = payload[: draw(st.integers(0, len(payload)))]  # truncated / malformed
    return f"=?{charset}?{kind}?{payload}?="


header_values = st.one_of(
    NASTY,
    encoded_words(),
    st.builds(lambda n, a: f"{n} <{a}>", NASTY, st.emails()),
    st.emails(),
    st.lists(encoded_words(), max_size=3).map(" ".join),
    st.just("<>"),
)


@st.composite
def headers(draw: st.DrawFn) -> list[tuple[str, str]]:
    names = draw(st.lists(st.sampled_from(HEADER_NAMES), max_size=10))
    return [(name, draw(header_values)) for name in names]


@st.composite
def leaf(draw: st.DrawFn) -> tuple[list[tuple[str, str]], bytes]:
    charset = draw(st.sampled_from(CHARSETS))
    subtype = draw(st.sampled_from(["plain", "html", "calendar", "x-unknown"]))
    text = draw(st.text(max_size=200))
    if subtype == "html":
        text = f"<html><body><p>{text}</p><div>{draw(NASTY)}</body>"
    try:
        data = text.encode(charset or "utf-8")
    except (LookupError, UnicodeEncodeError):
        data = text.encode("utf-8")  # a label that lies about the bytes
    cte = draw(st.sampled_from(["", "7bit", "8bit", "base64", "quoted-printable", "x-uuencode"]))
    if cte == "base64":
        data = base64.encodebytes(data)
        if draw(st.booleans()):
            data = data[: len(data) // 2] + b"!!"
    elif cte == "quoted-printable":
        data = quopri.encodestring(data) + draw(st.sampled_from([b"", b"=", b"=Z9"]))
    head = [("Content-Type", f"text/{subtype}; charset={charset}")]
    if cte:
        head.append(("Content-Transfer-Encoding", cte))
    if draw(st.booleans()):
        head.append(("Content-Disposition", f'attachment; filename="{draw(NASTY)}"'))
    return head, data


def mime_tree(depth: int):
    if depth == 0:
        return leaf()
    return st.one_of(leaf(), multipart(depth), rfc822(depth))


@st.composite
def multipart(draw: st.DrawFn, depth: int) -> tuple[list[tuple[str, str]], bytes]:
    boundary = draw(st.sampled_from(["b1", "=_x", "", "a b", "---"]))
    parts = draw(st.lists(mime_tree(depth - 1), max_size=3))
    subtype = draw(st.sampled_from(["mixed", "alternative", "related", "report", "signed"]))
    body = b""
    for part_headers, part_body in parts:
        body += f"--{boundary}\n".encode() + _head(part_headers) + b"\n" + part_body + b"\n"
    if draw(st.booleans()):
        body += f"--{boundary}--\n".encode()  # sometimes the closing boundary is missing
    return [("Content-Type", f'multipart/{subtype}; boundary="{boundary}"')], body


@st.composite
def rfc822(draw: st.DrawFn, depth: int) -> tuple[list[tuple[str, str]], bytes]:
    inner_headers, inner_body = draw(mime_tree(depth - 1))
    inner = _head(draw(headers()) + inner_headers) + b"\n" + inner_body
    return [("Content-Type", "message/rfc822")], inner


def _head(pairs: list[tuple[str, str]]) -> bytes:
    return "".join(f"{name}: {value}\n" for name, value in pairs).encode("utf-8", "surrogatepass")


def _check(raw: bytes) -> None:
    try:
        question, msg = parse_message(raw)
    except ParseError as exc:
        assert "\n" not in str(exc)
        return
    assert isinstance(question, Question)
    single = [question.message_id, question.subject, question.sender_name]
    single += [question.sender_address, question.reply_address, question.first_name]
    single += [question.date, question.in_reply_to, question.lang]
    single += list(question.references) + list(question.attachments)
    for value in single:
        assert "\r" not in value and "\n" not in value, value
    assert question.lang in {"nb", "nn", "en"}
    question.body.encode("utf-8")  # no lone surrogates left behind
    question.subject.encode("utf-8")
    reason = skip_reason(msg, question, frozenset({"karriere@forening.example"}))
    assert reason is None or "@" not in reason


@FUZZ
@given(st.binary(max_size=2000))
def test_random_bytes(raw: bytes) -> None:
    _check(raw)


@FUZZ
@given(headers(), mime_tree(3), NEWLINES, st.booleans())
def test_random_mime_messages(
    top: list[tuple[str, str]],
    tree: tuple[list[tuple[str, str]], bytes],
    newline: str,
    eight_bit_headers: bool,
) -> None:
    tree_headers, body = tree
    head = _head(top + tree_headers)
    if eight_bit_headers:
        head = head.replace(b"a", "å".encode("latin-1"))
    raw = (head + b"\n" + body).replace(b"\r\n", b"\n").replace(b"\n", newline.encode())
    _check(raw)


@FUZZ
@given(st.lists(st.tuples(st.sampled_from(HEADER_NAMES), st.binary(max_size=80)), max_size=8))
def test_random_header_bytes(pairs: list[tuple[str, bytes]]) -> None:
    raw = b"".join(name.encode() + b": " + value + b"\r\n" for name, value in pairs)
    _check(raw + b"\r\nHei, hva med l\xc3\xb8nn?\r\n")
