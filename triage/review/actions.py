"""The actions on one item: approve and send, keep as draft, change topic, reject.

Every form carries the row's ``version``; an action on a page that is no longer current
changes nothing and says who handled the item.
"""

from __future__ import annotations

import logging
from typing import Any

from flask import Blueprint, abort, flash, redirect, request, url_for

from triage.errors import TriageError, first_line
from triage.review import context
from triage.review.queue import REJECT_REASONS, render_item
from triage.review.service import Done, Refused, ReviewService
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
            done = service.approve(message_id, version, text, who)
    except Refused as refused:
        return _refused(message_id, refused, text)
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


def _service() -> ReviewService:
    return ReviewService(context.settings(), context.db(), context.composer())


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
    params = dict(refused.params)
    if "status" in params:
        params["status"] = context.t(f"status_{params['status']}")
    flash(context.t(refused.key, **params), "error")
    if refused.key == "not_found":
        abort(404)
    if refused.key == "stale":
        # Another counsellor's decision wins: show the item as it is now, not the edit.
        return render_item(_row(message_id), status=409)
    return render_item(_row(message_id), text=text, status=422)


def _done(done: Done, following: str | None) -> Any:
    flash(context.t(done.key), "ok")
    for warning in done.warnings:
        flash(context.t("warning", error=warning.split(": ", 1)[-1]), "error")
    if following:
        return redirect(url_for("queue.item", m=following))
    return redirect(url_for("queue.index"))
