"""Mail that must never get a reply: the guard between parsing and drafting.

Out-of-office replies, bounces, list mail, no-reply senders and the mailbox's own mail
are skipped with a short reason. Reasons never contain addresses: they are logged and
shown in the queue.
"""

from __future__ import annotations

import re

from triage.inbound.parse import MailHeaders
from triage.inbound.question import Question

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
# Machine senders (no-reply, do-not-reply, ikke-svar, svar-ikke, bounces, mailer-daemon),
# matched as parts of the local part or domain.
_NO_REPLY = re.compile(
    r"no[-_.]?reply|do[-_.]?not[-_.]?reply|dont[-_.]?reply|ikke[-_.]?svar|ikkje[-_.]?svar|"
    r"svar[-_.]?ikke|"
    r"(?:^|[.+_=-])(?:bounces?|mailer)(?:[.+_=@-]|$)|mailer-daemon",
    re.IGNORECASE,
)
_BULK_PRECEDENCE = {"bulk", "junk", "list", "auto_reply", "auto-reply"}
_REPORT_PARTS = {"message/delivery-status", "message/feedback-report"}


def skip_reason(
    mail: MailHeaders,
    question: Question,
    own_addresses: frozenset[str],
    *,
    subject_says_auto_reply: bool = True,
) -> str | None:
    """None when the mail may get a draft, else a short reason with no address in it.

    ``mail`` is what parse_message returned beside the Question (headers already read once).
    ``subject_says_auto_reply=False``: an out-of-office subject alone does not skip the mail
    (the pass passes it for mail that needs care: only headers may then say it is automatic).
    """
    checks = (_auto_reply if subject_says_auto_reply else _auto_reply_headers, _bounce)
    for check in (*checks, _mailing_list):
        reason = check(mail, question)
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


def _header(mail: MailHeaders, name: str) -> str:
    return mail.text(name).strip().lower()


def _auto_reply(mail: MailHeaders, question: Question) -> str | None:
    reason = _auto_reply_headers(mail, question)
    if reason is None and _AUTO_SUBJECT.search(question.subject):
        return "auto-reply (subject)"
    return reason


def _auto_reply_headers(mail: MailHeaders, question: Question) -> str | None:
    auto_submitted = _header(mail, "Auto-Submitted")
    if auto_submitted and not re.match(r"no\b", auto_submitted):
        return "auto-reply (Auto-Submitted)"
    for name in ("X-Autoreply", "X-Autorespond", "X-Auto-Response-Suppress", "X-Autoresponder"):
        if name in mail:
            return f"auto-reply ({name})"
    precedence = _header(mail, "Precedence").split(" ")[0]
    if precedence in _BULK_PRECEDENCE:
        return f"auto-reply (Precedence {precedence})"
    if _header(mail, "X-Precedence") in _BULK_PRECEDENCE:
        return "auto-reply (X-Precedence)"
    return None


def _bounce(mail: MailHeaders, question: Question) -> str | None:
    if _BOUNCE_SENDER.search(question.sender_address) or _BOUNCE_NAME.search(question.sender_name):
        return "bounce (sender)"
    if mail.content_type == "multipart/report":
        return "bounce (multipart/report)"
    if "Return-Path" in mail and _header(mail, "Return-Path").replace(" ", "") == "<>":
        return "bounce (empty Return-Path)"
    if _header(mail, "X-Failed-Recipients"):
        return "bounce (X-Failed-Recipients)"
    if _BOUNCE_SUBJECT.search(question.subject):
        return "bounce (subject)"
    if any(kind in _REPORT_PARTS for kind in mail.part_types):
        return "bounce (delivery-status)"
    return None


def _mailing_list(mail: MailHeaders, question: Question) -> str | None:
    for name in ("List-Id", "List-Unsubscribe", "List-Post"):
        if name in mail:
            return f"mailing list ({name})"
    if "X-Mailing-List" in mail or "Mailing-List" in mail:
        return "mailing list (Mailing-List)"
    return None
