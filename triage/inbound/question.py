"""The Question: what the pass knows about one incoming mail after parsing."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Question:
    """One incoming mail, decoded and cleaned.

    ``text`` holds only the member's own words (no quoted reply, no signature);
    ``body`` holds the whole decoded text body, kept for quoting in the reply;
    ``below_signoff`` holds what the member's new text has below the sign-off (the signature
    and anything written under it), read by the care check only.
    """

    message_id: str
    subject: str
    sender_name: str
    sender_address: str
    reply_address: str
    body: str
    text: str
    lang: str
    date: str = ""
    in_reply_to: str = ""
    references: tuple[str, ...] = ()
    attachments: tuple[str, ...] = ()
    first_name: str = ""
    defects: tuple[str, ...] = field(default=())
    below_signoff: str = ""
