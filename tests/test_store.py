"""The state store: migrations, owner-only file, upserts, clear errors."""

from __future__ import annotations

import sqlite3
import stat

import pytest

from triage.errors import StateError
from triage.state import queue
from triage.state.decisions import add_decision, counsellor_labels
from triage.state.migrations import MIGRATIONS
from triage.state.statuses import Status
from triage.state.store import Outcome, Store


def test_new_store_is_owner_only_and_migrated(tmp_path):
    path = tmp_path / "s" / "triage.sqlite3"
    with Store.open(path) as db:
        assert db.execute("PRAGMA user_version").fetchone()[0] == len(MIGRATIONS)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    with Store.open(path):  # re-opening migrates nothing and keeps data
        pass


def test_record_is_an_upsert_and_bumps_version(tmp_path):
    with Store.open(tmp_path / "t.sqlite3") as db:
        with db.transaction():
            db.record(Outcome("<a@x>", Status.PENDING, subject="S", topics=[("cv", 0.9)]))
        with db.transaction():
            db.set_status("<a@x>", Status.DRAFTED)
        row = db.message("<a@x>")
        assert row["status"] == Status.DRAFTED and row["version"] == 2
        assert row["topics"] == [["cv", 0.9]]
        assert queue.waiting(db)[0]["message_id"] == "<a@x>"
        assert db.counts() == {Status.DRAFTED: 1}


def test_failed_transaction_leaves_no_partial_records(tmp_path):
    with Store.open(tmp_path / "t.sqlite3") as db:
        with pytest.raises(RuntimeError), db.transaction():
            db.record(Outcome("<a@x>", Status.DRAFTED))
            raise RuntimeError("crash")
        assert db.message("<a@x>") is None


def test_counsellor_labels_latest_decision_wins_and_rejects_teach_nothing(tmp_path):
    with Store.open(tmp_path / "t.sqlite3") as db:
        with db.transaction():
            db.record(Outcome("<a@x>", Status.SENT, subject="S", question_text="q1"))
            db.record(Outcome("<b@x>", Status.REJECTED, subject="S", question_text="q2"))
            add_decision(db, "<a@x>", "anne", "topic", "cv", "salary")
            add_decision(db, "<a@x>", "anne", "approve", "cv", "interview")
            add_decision(db, "<b@x>", "anne", "reject", "cv", "cv")
        assert counsellor_labels(db) == [("<a@x>", "S", "q1", "interview")]


def test_corrupt_store_gives_a_clear_error(tmp_path):
    path = tmp_path / "bad.sqlite3"
    path.write_bytes(b"this is not a database" * 100)
    with pytest.raises(StateError, match="cannot be opened"):
        Store.open(path)


def test_store_from_a_newer_triage_is_refused(tmp_path):
    path = tmp_path / "new.sqlite3"
    Store.open(path).close()
    db = sqlite3.connect(path)
    db.execute(f"PRAGMA user_version = {len(MIGRATIONS) + 1}")
    db.close()
    with pytest.raises(StateError, match="upgrade triage"):
        Store.open(path)
