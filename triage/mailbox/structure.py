"""A large message's BODYSTRUCTURE read for its text parts, and its header split in two.

``imap`` fetches a large message's header and text parts only (never the attachments) and
rebuilds it as multipart/mixed from these pieces; attachments keep just their names.
"""

from __future__ import annotations

from collections.abc import Sequence


def text_sections(structure: object) -> tuple[list[str], list[str]]:
    """Section numbers of text/plain and text/html leaves, and the names of other leaves."""
    texts: list[str] = []
    names: list[str] = []

    def walk(node: object, section: str) -> None:
        if not isinstance(node, tuple | list) or not node:
            return
        if getattr(node, "is_multipart", False):
            for index, child in enumerate(node[0], start=1):
                walk(child, f"{section}.{index}" if section else str(index))
            return
        kind = node[0].lower() if isinstance(node[0], bytes) else b""
        sub = node[1].lower() if len(node) > 1 and isinstance(node[1], bytes) else b""
        if kind == b"text" and sub in (b"plain", b"html"):
            texts.append(section or "1")
        else:
            names.append(_leaf_name(node) or f"{kind.decode()}/{sub.decode()}")

    walk(structure, "")
    return texts, names


def _leaf_name(node: Sequence) -> str:
    """The name or filename parameter of a BODYSTRUCTURE leaf (Content-Type or -Disposition)."""
    for item in node:
        found = _name_parameter(item)
        if found:
            return found
    return ""


def _name_parameter(value: object) -> str:
    # Parameters come as flat (key, value, key, value...) lists, the disposition's nested one
    # level deeper: ("attachment", ("filename", "cv.pdf")).
    if not isinstance(value, tuple | list):
        return ""
    items = list(value)
    for key, found in zip(items[::2], items[1::2], strict=False):
        if isinstance(key, bytes) and key.lower() in (b"name", b"filename"):
            return found.decode(errors="replace") if isinstance(found, bytes) else ""
    for item in items:
        found = _name_parameter(item)
        if found:
            return found
    return ""


_CONTENT = (b"content-type:", b"content-transfer-encoding:", b"mime-version:")


def _split_header(header: bytes) -> list[bytes]:
    fields: list[bytes] = []
    for line in header.replace(b"\r\n", b"\n").split(b"\n"):
        if line[:1] in (b" ", b"\t") and fields:
            fields[-1] += b"\r\n" + line
        elif line:
            fields.append(line)
    return fields


def without_content_headers(header: bytes) -> bytes:
    kept = [f for f in _split_header(header) if not f.lower().startswith(_CONTENT)]
    return b"".join(f + b"\r\n" for f in kept)


def content_headers(header: bytes) -> bytes:
    kept = [f for f in _split_header(header) if f.lower().startswith(_CONTENT[:2])]
    return b"".join(f + b"\r\n" for f in kept)
