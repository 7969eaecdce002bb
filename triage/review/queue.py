"""The queue (needs care first, then due soonest, then oldest) and one opened item: the
question and the member's history beside the editable draft.

Items being sent or kept (claimed) are listed above the queue; one a crash left "sending" is
marked interrupted, and its page offers the two ways to end it (service.ReviewService.resolve).
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from typing import Any

from flask import Blueprint, abort, current_app, render_template, request

from triage.compose import PLACEHOLDER
from triage.review import context, reading
from triage.review.answered import answered_before
from triage.review.confirm import replies_elsewhere
from triage.review.display import editable
from triage.review.service import generated_text, signer_name, stale_params
from triage.state import claims, queue
from triage.state.history import member_history
from triage.state.rows import is_concern, is_repeat
from triage.state.statuses import AWAITING, CLAIMED, Status
from triage.topics import TOPICS

bp = Blueprint("queue", __name__)
REJECT_REASONS = ("reason_no_answer", "reason_elsewhere", "reason_not_ours")


@bp.get("/")
def index() -> str:
    db = context.db()
    rows = queue.queue(db)
    now = datetime.now(UTC)
    soon = (date.today() + timedelta(days=2)).isoformat()
    for row in rows:
        row["age"] = age(row["received_at"] or row["created_at"], now)
        row["elsewhere"] = replies_elsewhere(row)
        row["due_soon"] = bool(row["due"]) and row["due"] <= soon
        row["concern"] = is_concern(row["status"], row["reason"] or "")
        row["repeat"] = is_repeat(row["status"], row["reason"] or "")
    taken = claims.claimed(db)
    for row in taken:
        row["age"] = age(row["started_at"] or "", now)
        row["interrupted"] = _interrupted(row["started_at"] or "", now)
    return render_template("queue.html", rows=rows, claimed=taken)


@bp.get("/item")
def item() -> str:
    message_id = request.args.get("m", "")
    row = context.db().message(message_id)
    if row is None:
        abort(404)
    return render_item(row)


def render_item(
    row: dict[str, Any], text: str | None = None, status: int = 200, confirm_token: str = ""
) -> Any:
    db = context.db()
    handled = None
    if row["status"] not in AWAITING:
        params = stale_params(db, row)
        params["status"] = context.t(f"status_{row['status']}")
        handled = context.t("handled", **params)
    if text is None:
        text = generated_text(context.composer(), row, signer_name(db, context.user()))
    text = editable(text)  # no invisible bidi or format characters in what is edited and sent
    previous, following = queue.neighbours(db, row["message_id"])
    history = member_history(db, row["reply_to"], row["message_id"])
    parts = segments(text)
    claim = _claim_view(row)
    # A care item being sent or kept still says why it needed care.
    care = Status.NEEDS_CARE in (row["status"], claim and claim["before"])
    # Wording the distress model is less sure of kept the mail from a template: say which.
    concern = not care and is_concern(row["status"], row["reason"] or "")
    # The member got this topic's template lately: the earlier exchange comes first.
    repeat = is_repeat(row["status"], row["reason"] or "")
    page = render_template(
        "item.html",
        row=row,
        text=text,
        segments=parts,
        places=[part for is_place, part in parts if is_place],
        handled=handled,
        blank=row["status"] == Status.NEEDS_COUNSELLOR and not row["draft_text"],
        care=care,
        concern=concern,
        repeat=repeat,
        earlier_first=bool(row["complaint"]) or repeat,
        history=history,
        topics=TOPICS,
        reasons=REJECT_REASONS,
        previous=previous,
        following=following,
        elsewhere=replies_elsewhere(row),
        confirm_token=confirm_token,
        claim=claim,
        questions=reading.questions(row),
        situations=reading.situation_choices(row),
        answered=answered_before(db, row["question_text"], row["message_id"])
        if row["status"] in AWAITING
        else [],
    )
    return page, status


def _claim_view(row: dict[str, Any]) -> dict[str, Any] | None:
    """What the page says of an item being sent or kept, and whether it may be resolved."""
    if row["status"] not in CLAIMED:
        return None
    claim = claims.get(context.db(), row["message_id"])
    started = claim.started_at if claim else ""
    return {
        "who": claim.counsellor if claim else "?",
        "age": age(started, datetime.now(UTC)),
        "accepted": bool(claim and claim.accepted_at),
        "interrupted": _interrupted(started, datetime.now(UTC)),
        "sending": row["status"] == Status.SENDING,
        "before": claim.status_before if claim else "",
    }


def _interrupted(started: str, now: datetime) -> bool:
    try:
        then = datetime.fromisoformat(started)
    except ValueError:
        return True  # a claim without its record: nothing is running it
    seconds = (now - then).total_seconds()
    return seconds >= current_app.config["SENDING_STALE_SECONDS"]


def segments(text: str) -> list[tuple[bool, str]]:
    """The text cut into (is_placeholder, part) for the highlighted preview."""
    parts: list[tuple[bool, str]] = []
    at = 0
    for match in PLACEHOLDER.finditer(text):
        if match.start() > at:
            parts.append((False, text[at : match.start()]))
        parts.append((True, match.group(0)))
        at = match.end()
    if at < len(text):
        parts.append((False, text[at:]))
    return parts


def age(stamp: str, now: datetime) -> str:
    """A short age: "12 min", "5 t", "3 d"."""
    try:
        then = datetime.fromisoformat(stamp)
    except (TypeError, ValueError):
        return ""
    if then.tzinfo is None:
        then = then.replace(tzinfo=UTC)
    minutes = max(int((now - then).total_seconds() // 60), 0)
    hour = "t" if context.lang() == "nb" else "h"
    if minutes < 60:
        return f"{minutes} min"
    if minutes < 48 * 60:
        return f"{minutes // 60} {hour}"
    return f"{minutes // 1440} d"
