"""The queue's one order (care, then due soonest, then oldest), what is due within 48 hours,
and a member's history (their other questions and the replies they got, newest first)."""

from __future__ import annotations

from datetime import date

import pytest
from postgres_fixtures import postgres_server, postgres_url  # noqa: F401 - fixtures

from triage.state import queue
from triage.state.decisions import Action, add_decision
from triage.state.history import member_history
from triage.state.migrations import MIGRATIONS, migrate, schema_version
from triage.state.statuses import Status
from triage.state.store import Outcome, Store

TODAY = date(2026, 11, 16)


@pytest.fixture(params=["sqlite", "postgresql"])
def target(request, tmp_path):
    """The same SQL on both stores."""
    if request.param == "sqlite":
        return tmp_path / "s.sqlite3"
    return request.getfixturevalue("postgres_url")


def record(db: Store, message_id: str, status: str, received: str, **fields) -> None:
    with db.transaction():
        db.record(Outcome(message_id, status, received_at=received, **fields))


def test_care_first_then_due_soonest_then_oldest(target):
    with Store.open(target) as db:
        record(db, "<old>", Status.DRAFTED, "2026-11-01T08:00:00+00:00")
        record(db, "<older>", Status.NEEDS_COUNSELLOR, "2026-10-30T08:00:00+00:00")
        record(db, "<due-late>", Status.DRAFTED, "2026-11-15T08:00:00+00:00", due="2026-11-30")
        record(db, "<due-soon>", Status.DRAFTED, "2026-11-16T08:00:00+00:00", due="2026-11-17")
        record(db, "<care-new>", Status.NEEDS_CARE, "2026-11-16T09:00:00+00:00")
        record(db, "<care-due>", Status.NEEDS_CARE, "2026-11-16T10:00:00+00:00", due="2026-11-18")
        record(db, "<care-old>", Status.NEEDS_CARE, "2026-11-02T09:00:00+00:00")
        record(db, "<sent>", Status.SENT, "2026-10-01T08:00:00+00:00", due="2026-11-16")
        rows = queue.queue(db)
        order = [r["message_id"] for r in rows]
        assert order == [
            "<care-due>", "<care-old>", "<care-new>", "<due-soon>", "<due-late>", "<older>",
            "<old>",
        ]  # fmt: skip
        assert [r["priority"] for r in rows] == ["care"] * 3 + ["due"] * 2 + ["normal"] * 2
        assert [r["message_id"] for r in queue.waiting(db)] == order  # the same order, texts too
        assert queue.neighbours(db, "<due-soon>") == ("<care-new>", "<due-late>")
        # Within 48 hours: the 17th and the 18th; the 30th is later, the sent one not waiting.
        assert queue.due_counts(db, TODAY) == (2, 0)
        assert queue.due_counts(db, date(2026, 11, 18)) == (1, 1)


def test_history_by_reply_address_newest_first_with_the_replies(target):
    with Store.open(target) as db:
        member = {"reply_to": "kari@example.net"}
        record(db, "<1>", Status.SENT, "2026-10-01T08:00:00+00:00", subject="Lønn",
               question_text="Hva er vanlig lønn?", **member)  # fmt: skip
        record(db, "<2>", Status.KEPT, "2026-10-20T08:00:00+00:00", subject="CV", **member)
        record(db, "<3>", Status.REJECTED, "2026-11-01T08:00:00+00:00", subject="Takk", **member)
        record(db, "<auto>", Status.SKIPPED, "2026-11-02T08:00:00+00:00", **member)
        record(db, "<now>", Status.NEEDS_COUNSELLOR, "2026-11-16T08:00:00+00:00", complaint=True,
               **member)  # fmt: skip
        record(db, "<other>", Status.SENT, "2026-11-03T08:00:00+00:00", reply_to="ola@x.no")
        with db.transaction():
            add_decision(db, "<1>", "anne", Action.CHANGE_TOPIC, "cv", "salary")
            add_decision(db, "<1>", "anne", Action.APPROVE, "cv", "salary", 0.1, "Svar om lønn")
            add_decision(db, "<2>", "anne", Action.KEEP, "cv", "cv", 0.0, "Utkast om CV")
            add_decision(db, "<3>", "anne", Action.REJECT, "other", "other")
        history = member_history(db, "Kari@Example.net", "<now>")
        assert [h["message_id"] for h in history] == ["<3>", "<2>", "<1>"]
        assert [h["reply_text"] for h in history] == [None, "Utkast om CV", "Svar om lønn"]
        assert history[2]["reply_action"] == Action.APPROVE
        assert history[2]["question_text"] == "Hva er vanlig lønn?"
        assert member_history(db, "", "<now>") == []
        assert db.message("<now>")["complaint"] is True


def test_the_migration_adds_due_and_complaint_to_an_existing_store(tmp_path):
    with Store.open(tmp_path / "s.sqlite3") as db:
        # The store as the migration before this one left it, with a question waiting (the
        # migrations after it are undone too: they run again).
        number = next(i for i, m in enumerate(MIGRATIONS) if "COLUMN due" in m)
        db.execute(f"PRAGMA user_version = {number}")
        added = (("messages", "due"), ("messages", "complaint"), ("runs", "needs_care"),
                 ("decisions", "situations"))  # fmt: skip
        for table, column in added:
            db.execute(f"ALTER TABLE {table} DROP COLUMN {column}")
        db.execute(
            "INSERT INTO messages (message_id, status, created_at, updated_at)"
            " VALUES ('<before>', 'drafted', '2026-11-01', '2026-11-01')"
        )
        migrate(db)
        assert schema_version(db) == len(MIGRATIONS)
        before = db.message("<before>")
        assert (before["due"], before["complaint"]) == ("", False)
        record(db, "<after>", Status.NEEDS_CARE, "2026-11-01T08:00:00+00:00", due="2026-11-20")
        assert [r["priority"] for r in queue.queue(db)] == ["care", "normal"]
