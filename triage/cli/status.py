"""`triage status [--json]`: counts by status (mail that needs care first), waiting items due
within 48 hours, first contact, last pass, model, and (with --json, for monitoring) the
operations figures the statistics page draws."""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date, datetime
from pathlib import Path
from typing import Any

from triage.cli.output import print_json
from triage.compose import Composer
from triage.config import Settings
from triage.errors import EXIT_CONFIG, EXIT_OK, ModelError, TemplateError
from triage.inbound.distress_model import CARD_PATH as DISTRESS_CARD
from triage.inbound.distress_model import read_card as read_distress_card
from triage.model.situations import situation_model_path
from triage.state import retention
from triage.state.contact import first_contacts
from triage.state.operations import operations
from triage.state.queue import due_counts
from triage.state.statuses import Status
from triage.state.store import Store

LABELS = [
    (Status.NEEDS_CARE, "need care (signs of distress: answer personally, first)"),
    (Status.DRAFTED, "drafts waiting"),
    (Status.NEEDS_COUNSELLOR, "need a counsellor"),
    (Status.SENT, "sent"),
    (Status.KEPT, "kept as draft in the mailbox"),
    (Status.REJECTED, "rejected"),
    (Status.ANSWERED_ELSEWHERE, "answered elsewhere (flagged Answered, or a reply in Sent)"),
    (Status.SKIPPED, "skipped (automatic or list mail)"),
    (Status.SET_ASIDE, "set aside (could not be read)"),
]


def status(args: argparse.Namespace, settings: Settings) -> int:
    with Store.open(settings.state_target) as db:
        report = status_report(db, settings, with_operations=args.json)
        set_aside = db.set_aside()
    if args.json:
        print_json(report)
        return EXIT_OK
    counts = report["counts"]
    print(f"State store: {report['state_store']}")
    if settings.replies.mode != "draft":
        print(f"Mode: {settings.replies.mode} (nothing is put in the mailbox)")
    for key, label in LABELS:
        print(f"  {counts.get(key, 0):6}  {label}")
    print(f"  {report['due_within_48h']:6}  waiting and due within 48 hours")
    if report["overdue"]:
        print(f"  {report['overdue']:6}  waiting past their due date")
    for contact in report["first_contact"]:
        print(
            f"First contact with {contact['folder']} on {contact['at'][:10]}:"
            f" {contact['left_alone']} older message(s) left alone (older than"
            f" {contact['days']} day(s)), {contact['recent']} recent one(s) read"
        )
    last = report["last_pass"]
    if last:
        print(
            f"Last pass: {last['started_at']}, {last['fetched']} new"
            + (f", failed: {last['error']}" if last["error"] else "")
        )
    else:
        print("Last pass: none yet")
    print(f"Model: {model_summary(settings)}")
    print(f"Situations: {situations_summary(settings)}")
    print(f"Care check: {distress_summary()}")
    print(f"Retention: {_retention_summary(settings, report['last_purge'])}")
    for row in set_aside[-5:]:
        print(f"  set aside {row['message_id']}: {row['reason']}")
    return _check_templates(settings)


def _check_templates(settings: Settings) -> int:
    """Every reply block renders in every language: else each problem (file, line) and exit 2."""
    composer = Composer.for_settings(settings)
    try:
        composer.check()
    except TemplateError as exc:
        problems = str(exc).split("; ")
        print(f"Templates: {len(problems)} problem(s) in {settings.replies.templates}")
        for problem in problems:
            print(f"triage: {problem}", file=sys.stderr)
        return EXIT_CONFIG
    unused = composer.writer.unused_files()
    note = f"; not used (misspelt?): {', '.join(unused)}" if unused else ""
    print(f"Templates: all blocks render in nb, nn and en ({settings.replies.templates}){note}")
    return EXIT_OK


def _retention_summary(settings: Settings, last_purge: object) -> str:
    days = settings.privacy.retention_days
    if days <= 0:
        return "texts are kept until deleted with `triage purge` or `triage forget`"
    when = str(last_purge)[:16].replace("T", " ") if last_purge else "not yet"
    return f"texts of handled mail are removed after {days} day(s); last purge: {when}"


def status_report(db: Store, settings: Settings, with_operations: bool = True) -> dict[str, Any]:
    """The figures of `triage status --json` (the operations ones only when asked)."""
    counts = db.counts()
    contacts = first_contacts(db)
    due_soon, overdue = due_counts(db, date.today())
    report: dict[str, Any] = {
        "state_store": str(db.path),
        "mode": settings.replies.mode,
        "counts": {str(status): counts.get(status, 0) for status in Status} | counts,
        "needs_care": counts.get(Status.NEEDS_CARE, 0),
        "due_within_48h": due_soon,
        "overdue": overdue,
        "first_contact": contacts,
        "first_pass_left_alone": sum(c["left_alone"] for c in contacts),
        "last_pass": db.last_run(),
        "model": model_card(settings),
        "situations_model": situations_card(settings),
        "distress_model": distress_card(),
        "retention_days": settings.privacy.retention_days,
        "last_purge": _iso(retention.last_done(db)),
    }
    if with_operations:
        report["operations"] = operations(db)
    return report


def _iso(when: datetime | None) -> str | None:
    return when.isoformat(timespec="seconds") if when else None


def model_card(settings: Settings) -> dict[str, Any]:
    """The model card's headline figures, or {} when there is none."""
    try:
        data = json.loads(settings.model.path.with_suffix(".json").read_text())
    except (OSError, ValueError):
        return {}
    keys = ("version", "date", "threshold", "coverage", "format")
    return {key: data.get(key) for key in keys} if isinstance(data, dict) else {}


def model_summary(settings: Settings) -> str:
    card = model_card(settings)
    if not card:
        return f"no model card at {settings.model.path.with_suffix('.json')}: run `triage train`"
    line = (
        f"{card.get('version') or '?'}, trained {str(card.get('date') or '?')[:10]},"
        f" threshold {card.get('threshold', '?')}, coverage {card.get('coverage', '?')}"
    )
    if card.get("format") is None:
        # A file of fitted scikit-learn parts: it loads, importing scikit-learn (0.6 s more).
        line += "; an older model file that starts slower: `triage train` writes a new one"
    return line


def situations_card(settings: Settings) -> dict[str, Any]:
    """The situation model's version and the topic model it was trained with, from its card
    (not unpickled: `triage run` checks the file itself); {} when there is no readable card."""
    try:
        data = json.loads(_situations_card_path(settings).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    if not isinstance(data, dict):
        return {}
    topic = data.get("topic_model") if isinstance(data.get("topic_model"), dict) else {}
    return {"version": data.get("version"), "topic_model": topic.get("version")}


def situations_summary(settings: Settings) -> str:
    """One line: the situation model, or what is wrong with it and that `triage train` fixes it
    (a pass refuses to start without a situation model trained with the topic model in use)."""
    card = situations_card(settings)
    if not card:
        return (
            f"no situation model card at {_situations_card_path(settings)}: run `triage train`"
            " (a pass will not start)"
        )
    topic = model_card(settings).get("version")
    if topic and card.get("topic_model") != topic:
        return (
            f"{card.get('version') or '?'} was trained with topic model"
            f" {card.get('topic_model') or '?'}, not {topic}: run `triage train`"
            " (a pass will not start)"
        )
    return f"{card.get('version') or '?'}, trained with topic model {card.get('topic_model')}"


def distress_card() -> dict[str, Any]:
    """The care check's sentence model (shipped in the package): version and threshold."""
    try:
        data = read_distress_card()
    except ModelError:
        return {}
    return {"version": data.get("version"), "threshold": data.get("threshold")}


def distress_summary() -> str:
    card = distress_card()
    if not card:
        return f"no distress model card at {DISTRESS_CARD}: reinstall (a pass will not start)"
    return f"lexicon and distress model {card['version']} (threshold {card['threshold']})"


def _situations_card_path(settings: Settings) -> Path:
    return situation_model_path(settings.model.path).with_suffix(".json")
