"""The actions on one item: approve and send, keep as draft, change topic or situations, reject,
and ending an interrupted send.

Every form carries the row's ``version``; an action on a page that is no longer current
changes nothing and says who handled the item. Approving a reply that goes to another address
than the sender's needs the confirmation token only the confirmation page carries (confirm.py).
"""

from __future__ import annotations

import logging
from typing import Any

from flask import Blueprint, abort, current_app, flash, redirect, request, url_for

from triage.errors import TriageError, first_line
from triage.mailbox.smtp import SendUncertain
from triage.review import confirm, context
from triage.review.display import shown
from triage.review.queue import REJECT_REASONS, render_item
from triage.review.service import Done, Refused, ReviewService
from triage.situations import ALL_SITUATIONS
from triage.state import queue
from triage.topics import TOPICS

bp = Blueprint("actions", __name__)
log = logging.getLogger("triage.review")


@bp.post("/item/send")
def send() -> Any:
    message_id, version = _target()
    # Browsers send CRLF line ends from a textarea; the reply and the edit ratio want LF.
    text = request.form.get("text", "").replace("\r\n", "\n")
    action = request.form.get("action", "approve")
    service, who = _service(), _who()
    _, following = queue.neighbours(service.db, message_id)
    try:
        if action == "keep":
            done = service.keep(message_id, version, text, who)
        else:
            confirmed = _address_confirmed(message_id, who)
            done = service.approve(message_id, version, text, who, address_confirmed=confirmed)
    except Refused as refused:
        return _refused(message_id, refused, text)
    except SendUncertain as exc:
        # Maybe sent: the item stays "sending" (never offered for sending again by itself).
        flash(context.t("send_uncertain", error=first_line(exc)), "error")
        return render_item(_row(message_id), status=502)
    except TriageError as exc:
        # SMTP or IMAP failed before anything was sent: the item stays, with the edited text.
        log.warning("action %s on an item failed: %s", action, exc)
        flash(context.t("mail_error", error=first_line(exc)), "error")
        return render_item(_row(message_id), text=text, status=502)
    return _done(done, following)


@bp.post("/item/topic")
def topic() -> Any:
    message_id, version = _target()
    chosen = request.form.get("topic", "")
    if chosen not in TOPICS:
        abort(400)
    try:
        done = _service().change_topic(message_id, version, chosen, _who())
    except Refused as refused:
        return _refused(message_id, refused, None)
    flash(context.t(done.key), "ok")
    return redirect(url_for("queue.item", m=message_id))


@bp.post("/item/situations")
def situations() -> Any:
    """Draw the draft again with the situations ticked (none ticked: the general text)."""
    message_id, version = _target()
    chosen = list(dict.fromkeys(request.form.getlist("situation")))
    if any(s not in ALL_SITUATIONS for s in chosen):
        abort(400)
    try:
        done = _service().change_situations(message_id, version, chosen, _who())
    except Refused as refused:
        return _refused(message_id, refused, None)
    flash(context.t(done.key), "ok")
    return redirect(url_for("queue.item", m=message_id))


@bp.post("/item/reject")
def reject() -> Any:
    message_id, version = _target()
    reason = request.form.get("reason", "")
    if reason not in REJECT_REASONS:
        abort(400)
    service = _service()
    _, following = queue.neighbours(service.db, message_id)
    try:
        done = service.reject(message_id, version, reason, _who())
    except Refused as refused:
        return _refused(message_id, refused, None)
    return _done(done, following)


@bp.post("/item/resolve")
def resolve() -> Any:
    """End a send (or keep) that a crash interrupted: "sent" or back to the "queue"."""
    message_id, version = _target()
    choice = request.form.get("choice", "")
    if choice not in ("sent", "queue"):
        abort(400)
    try:
        done = _service().resolve(message_id, version, choice, _who())
    except Refused as refused:
        return _refused(message_id, refused, None)
    return _done(done, None)


def _service() -> ReviewService:
    stale_after = current_app.config["SENDING_STALE_SECONDS"]
    return ReviewService(context.settings(), context.db(), context.composer(), stale_after)


def _address_confirmed(message_id: str, who: str) -> bool:
    """The counsellor said yes on the page asking whether to send to the other address."""
    row = context.db().message(message_id)
    token = request.form.get("confirm_address", "")
    return row is not None and confirm.valid(context.secret(), token, row, who)


def _target() -> tuple[str, int]:
    message_id = request.form.get("m", "")
    try:
        version = int(request.form.get("version", ""))
    except ValueError:
        abort(400)
    if not message_id:
        abort(400)
    return message_id, version


def _who() -> str:
    name = context.user()
    if not name:
        abort(401)
    return name


def _row(message_id: str) -> dict[str, Any]:
    row = context.db().message(message_id)
    if row is None:
        abort(404)
    return row


def _refused(message_id: str, refused: Refused, text: str | None) -> Any:
    params = {key: shown(value) for key, value in refused.params.items()}
    if "status" in params:
        params["status"] = context.t(f"status_{params['status']}")
    if refused.key != "confirm_address":  # that page asks its question in the form itself
        flash(context.t(refused.key, **params), "error")
    if refused.key == "not_found":
        abort(404)
    if refused.key == "stale":
        # Another counsellor's decision wins: show the item as it is now, not the edit.
        return render_item(_row(message_id), status=409)
    row = _row(message_id)
    if refused.key == "confirm_address":
        token = confirm.issue(context.secret(), row, _who())
        return render_item(row, text=text, status=422, confirm_token=token)
    return render_item(row, text=text, status=422)


def _done(done: Done, following: str | None) -> Any:
    if done.alarm:
        status = context.t(f"status_{done.params.get('status', '')}")
        flash(context.t(done.alarm, status=status), "error")
    else:
        flash(context.t(done.key), "ok")
    for warning in done.warnings:
        flash(context.t("warning", error=warning.split(": ", 1)[-1]), "error")
    if following:
        return redirect(url_for("queue.item", m=following))
    return redirect(url_for("queue.index"))
