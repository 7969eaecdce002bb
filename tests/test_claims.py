"""Claims (triage/state/claims.py) and session generations on both stores, SQLite and a real
PostgreSQL: a claimed item is accepted by no other action, and finishing is conditional."""

# ruff: noqa: F811 - pytest fixtures imported from postgres_fixtures are redefined as arguments
from __future__ import annotations

import pytest
from postgres_fixtures import postgres_server, postgres_url  # noqa: F401 - fixtures

from triage.state import accounts, claims, queue
from triage.state.statuses import Status
from triage.state.store import Outcome, Store


@pytest.fixture(params=["sqlite", "postgresql"])
def db(request, tmp_path):
    target = tmp_path / "state.sqlite3"
    if request.param == "postgresql":
        target = request.getfixturevalue("postgres_url")
    with Store.open(target) as store:
        with store.transaction():
            store.record(Outcome("<q@x>", Status.NEEDS_COUNSELLOR, reply_to="m@example.net",
                                 from_address="m@example.net"))  # fmt: skip
        yield store


def version(db) -> int:
    return db.message("<q@x>")["version"]


def test_a_claimed_item_is_taken_by_no_other_action_and_finished_once(db):
    start = version(db)
    reply = ("<r@x>", "Hei!", "2026-11-20T09:30:00+00:00")
    with db.transaction():
        assert claims.take(db, "<q@x>", start, Status.SENDING, "kari", reply)
    with db.transaction():  # the same version again, or the new one: no second claim
        assert not claims.take(db, "<q@x>", start, Status.SENDING, "ola", reply)
        assert not claims.take(db, "<q@x>", start + 1, Status.SENDING, "ola", reply)
        assert not queue.decide(db, "<q@x>", start + 1, Status.REJECTED, "reason_no_answer")
        assert not queue.set_draft(db, "<q@x>", start + 1, "cv", "text")
    claim = claims.get(db, "<q@x>")
    assert (claim.status_before, claim.counsellor, claim.reply_message_id) == (
        Status.NEEDS_COUNSELLOR, "kari", "<r@x>",
    )  # fmt: skip
    claims.accepted(db, "<q@x>")
    assert claims.get(db, "<q@x>").accepted_at
    assert [row["message_id"] for row in claims.claimed(db)] == ["<q@x>"]
    with db.transaction():
        assert not claims.finish(db, "<q@x>", start, Status.SENT)  # not the claimed version
        assert claims.finish(db, "<q@x>", start + 1, Status.SENT)
    assert db.message("<q@x>")["status"] == Status.SENT and claims.get(db, "<q@x>") is None
    with db.transaction():
        assert not claims.finish(db, "<q@x>", start + 2, Status.SENT)  # done: not again


def test_a_released_claim_goes_back_to_the_status_it_had(db):
    start = version(db)
    with db.transaction():
        assert claims.take(db, "<q@x>", start, Status.KEEPING, "kari")
    with db.transaction():
        assert claims.release(db, "<q@x>", start + 1)
    row = db.message("<q@x>")
    assert row["status"] == Status.NEEDS_COUNSELLOR and claims.get(db, "<q@x>") is None
    assert queue.queue(db)[0]["from_address"] == "m@example.net"


def test_session_generations_on_both_stores(db):
    accounts.add_user(db, "kari", "et langt passord")
    first = accounts.session_generation(db, "kari")
    accounts.add_user(db, "kari", "et nytt langt passord")
    assert accounts.end_sessions(db, "kari")
    assert accounts.session_generation(db, "kari") == first + 2
