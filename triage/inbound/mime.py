"""Bytes and encoded header words to text, leniently: charsets and RFC 2047.

Real mail declares the wrong charset, none at all, or one Python does not know, and splits
a character across two encoded words. Every function here falls back rather than raise:
the declared charset, then UTF-8, then cp1252, then latin-1, which reads any byte.
"""

from __future__ import annotations

import base64
import binascii
import codecs
import re

MAX_HEADER_CHARS = 2_000
# Control characters other than tab and line feed, and the Unicode line and paragraph
# separators: none of them belongs in text that is shown or written back out.
CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f\u2028\u2029]")
_SINGLE_BYTE = ("ascii", "iso8859", "cp125", "latin", "mac-", "koi8", "cp437", "cp850", "cp865")
_SURROGATE = re.compile("[\ud800-\udfff]")
_ESCAPED_BYTE = re.compile("[\udc80-\udcff]")  # a raw byte, escaped by the parser
_ENCODED_WORD = re.compile(r"=\?([^?]*)\?([qQbB])\?(.*?)\?=")
_Q_ESCAPE = re.compile(rb"=([0-9a-fA-F]{2})")


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


def one_line_without_controls(text: str) -> str:
    """Header text on one line: CR, LF and other control characters become spaces.

    Unlike the reply's own headers (compose), text read from a mail may carry any control
    character an attacker or a broken mailer put there, so all of them go.
    """
    return " ".join(CONTROL.sub(" ", text.replace("\r", " ").replace("\n", " ")).split())


def fix_surrogates(text: str) -> str:
    """Undo the parser's surrogate escapes: raw 8-bit header bytes are read as UTF-8,
    else as cp1252, never left as lone surrogates that break writing the text later."""
    if text.isascii() or not _SURROGATE.search(text):
        return text  # what the round trip below gives back for text without surrogates
    if not _ESCAPED_BYTE.search(text):
        return text.encode("utf-8", "replace").decode("utf-8")
    data = text.encode("utf-8", "surrogateescape")
    return decode_bytes(data, None)


def decoded_header(raw: str) -> str:
    """A raw header value decoded (8-bit bytes, RFC 2047 words) on one line; never raises."""
    text = decode_words(fix_surrogates(raw))
    return one_line_without_controls(fix_surrogates(text))[:MAX_HEADER_CHARS]


def decode_words(raw: str) -> str:
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
