"""Asking once more before a reply goes to an address that is not the sender's.

A mail "From: Real Member <real.member@member.example>" with "Reply-To: someone@else.example"
(or a web form naming an address in its text) sends the answer, quoting the member's mail, to
that other address. The page shows both addresses and marks it; approving is refused until the
counsellor has seen the question "send to someone@else.example anyway?" and said yes.

The yes is a token the server issues only on that question's page, signed with the session
secret and bound to the item, its version, the address and the counsellor, so a form posted
without having been shown the question cannot carry one.
"""

from __future__ import annotations

from typing import Any

from itsdangerous import BadSignature, URLSafeTimedSerializer

_SALT = "triage-reply-elsewhere"
MAX_AGE_SECONDS = 3600


def replies_elsewhere(row: dict[str, Any]) -> bool:
    """True when the reply goes to another address than the From address of the mail."""
    sender = (row.get("from_address") or "").lower()
    return bool(sender) and sender != (row.get("reply_to") or "").lower()


def issue(secret: str, row: dict[str, Any], who: str) -> str:
    serializer = URLSafeTimedSerializer(secret, salt=_SALT)
    return str(serializer.dumps(_claims(row, who)))


def valid(secret: str, token: str, row: dict[str, Any], who: str) -> bool:
    if not token:
        return False
    serializer = URLSafeTimedSerializer(secret, salt=_SALT)
    try:
        found = serializer.loads(token, max_age=MAX_AGE_SECONDS)
    except BadSignature:  # also an expired one (SignatureExpired is a BadSignature)
        return False
    return found == _claims(row, who)


def _claims(row: dict[str, Any], who: str) -> list[Any]:
    return [row["message_id"], row["version"], row["reply_to"], who]
