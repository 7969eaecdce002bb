"""Mail that must never get a reply (DESIGN.md: guard).

Out-of-office replies, bounces, list mail, no-reply senders and the mailbox's own mail
are skipped with a short reason. Reasons never contain addresses: they are logged and
shown in the queue.
"""

from __future__ import annotations

import re
from email.message import Message

from triage.parse import header_text
from triage.question import Question

# Subjects of out-of-office replies; specific phrases only, so a member asking about
# "fravær" (absence) is not taken for a machine.
_AUTO_SUBJECT = re.compile(
    r"fraværsmelding|fråværsmelding|automatisk svar|autosvar|auto[- ]?reply|auto[- ]?response|"
    r"automatic reply|out of (?:the )?office|abwesenheitsnotiz|automatische antwort|"
    r"frånvaro|automatiskt svar|vacation reply|fraværsassistent",
    re.IGNORECASE,
)
_BOUNCE_SUBJECT = re.compile(
    r"delivery status notification|undeliverable|undelivered mail|unzustellbar|returned mail|"
    r"mail delivery (?:failed|failure|subsystem)|delivery (?:failure|failed|has failed)|"
    r"failure notice|kunne ikke leveres|non remis|nicht zustellbar|onbestelbaar|"
    r"delivery delayed|message not delivered|returned to sender",
    re.IGNORECASE,
)
_BOUNCE_SENDER = re.compile(r"^(?:mailer-daemon|postmaster|mail-daemon|mailerdaemon)@", re.I)
_BOUNCE_NAME = re.compile(r"mailer-daemon|mail delivery (?:subsystem|system)|postmaster", re.I)
# Machine senders: the brief's list, matched as parts of the local part or domain.
_NO_REPLY = re.compile(
    r"no-?reply|do-?not-?reply|donotreply|dont-?reply|ikke-?svar|ikkje-?svar|"
    r"(?:^|[.+_=-])(?:bounces?|mailer)(?:[.+_=@-]|$)|mailer-daemon",
    re.IGNORECASE,
)
_BULK_PRECEDENCE = {"bulk", "junk", "list", "auto_reply", "auto-reply"}


def skip_reason(msg: Message, question: Question, own_addresses: frozenset[str]) -> str | None:
    """None when the mail may get a draft, else a short reason with no address in it."""
    for check in (_auto_reply, _bounce, _mailing_list):
        reason = check(msg, question)
        if reason:
            return reason
    own = {address.strip().lower() for address in own_addresses}
    if question.sender_address.lower() in own or question.reply_address.lower() in own:
        return "own address"
    if not question.reply_address:
        return "no reply address"
    if _NO_REPLY.search(question.reply_address):
        return "no-reply sender"
    if question.reply_address.lower() == question.sender_address.lower() and _NO_REPLY.search(
        question.sender_name
    ):
        return "no-reply sender"
    return None


def _header(msg: Message, name: str) -> str:
    return header_text(msg, name).strip().lower()


def _has(msg: Message, name: str) -> bool:
    try:
        return name in msg
    except Exception:  # noqa: BLE001 - a header the parser cannot read still counts
        return True


def _auto_reply(msg: Message, question: Question) -> str | None:
    auto_submitted = _header(msg, "Auto-Submitted")
    if auto_submitted and not re.match(r"no\b", auto_submitted):
        return "auto-reply (Auto-Submitted)"
    for name in ("X-Autoreply", "X-Autorespond", "X-Auto-Response-Suppress", "X-Autoresponder"):
        if _has(msg, name):
            return f"auto-reply ({name})"
    precedence = _header(msg, "Precedence").split(" ")[0]
    if precedence in _BULK_PRECEDENCE:
        return f"auto-reply (Precedence {precedence})"
    if _header(msg, "X-Precedence") in _BULK_PRECEDENCE:
        return "auto-reply (X-Precedence)"
    if _AUTO_SUBJECT.search(question.subject):
        return "auto-reply (subject)"
    return None


def _bounce(msg: Message, question: Question) -> str | None:
    if _BOUNCE_SENDER.search(question.sender_address) or _BOUNCE_NAME.search(question.sender_name):
        return "bounce (sender)"
    try:
        content_type = msg.get_content_type()
    except Exception:  # noqa: BLE001
        content_type = ""
    if content_type == "multipart/report":
        return "bounce (multipart/report)"
    if _has(msg, "Return-Path") and _header(msg, "Return-Path").replace(" ", "") == "<>":
        return "bounce (empty Return-Path)"
    if _header(msg, "X-Failed-Recipients"):
        return "bounce (X-Failed-Recipients)"
    if _BOUNCE_SUBJECT.search(question.subject):
        return "bounce (subject)"
    if _has_delivery_status(msg):
        return "bounce (delivery-status)"
    return None


def _has_delivery_status(msg: Message) -> bool:
    try:
        return any(
            part.get_content_type() in ("message/delivery-status", "message/feedback-report")
            for part in msg.walk()
        )
    except Exception:  # noqa: BLE001
        return False


def _mailing_list(msg: Message, question: Question) -> str | None:
    for name in ("List-Id", "List-Unsubscribe", "List-Post"):
        if _has(msg, name):
            return f"mailing list ({name})"
    if _has(msg, "X-Mailing-List") or _has(msg, "Mailing-List"):
        return "mailing list (Mailing-List)"
    return None
