"""The footer's promise kept: `[privacy] retention_days` purged by `triage run` and `triage
worker` themselves, at most once a day; the footer and the signature follow the settings."""

from __future__ import annotations

import email
import email.policy
from datetime import UTC, datetime, timedelta

from review_fixtures import run_pass

from triage.cli import main
from triage.passes.worker import Worker
from triage.state import retention
from triage.state.statuses import Status
from triage.state.store import Outcome, Store

OLD = "<old-sent@example.net>"
RECENT = "<recent-sent@example.net>"
WAITING = "<old-waiting@example.net>"


def outcome(message_id: str, status: str) -> Outcome:
    return Outcome(
        message_id, status, subject="Lønn", sender_name="Kari Nordmann", first_name="Kari",
        reply_to="kari@example.net", lang="nb", topic="salary", question_text="Hva med lønn?",
        original_text="Hei! Hva med lønn?", draft_text="Hei Kari,\n\n[[Svar på: «Hva med lønn?»]]",
        draft_blocks={"blocks": [{"id": "questions", "text": "[[Svar på: «Hva med lønn?»]]"}],
                      "questions": ["Hva med lønn?"]},
    )  # fmt: skip


def add(db: Store, message_id: str, status: str, days_old: int) -> None:
    stamp = (datetime.now(UTC) - timedelta(days=days_old)).isoformat(timespec="seconds")
    with db.transaction():
        db.record(outcome(message_id, status))
        db.execute("UPDATE messages SET updated_at = ? WHERE message_id = ?", (stamp, message_id))


def purged(db: Store, message_id: str) -> bool:
    row = db.message(message_id)
    assert row is not None
    return not row["question_text"] and not row["draft_text"] and row["draft_blocks"] == {}


def test_purge_when_due_runs_at_most_once_a_day(tmp_path) -> None:
    now = datetime.now(UTC)
    with Store.open(tmp_path / "state.sqlite3") as db:
        add(db, OLD, Status.SENT, 200)
        add(db, RECENT, Status.SENT, 10)
        add(db, WAITING, Status.DRAFTED, 200)
        assert retention.purge_when_due(db, 0) is None  # 0: kept until deleted by hand
        assert not purged(db, OLD)

        done = retention.purge_when_due(db, 180, now)
        assert done == {"messages": 1, "decisions": 0, "waiting": 1}
        assert purged(db, OLD) and not purged(db, RECENT) and not purged(db, WAITING)
        assert retention.last_done(db) == now.replace(microsecond=0)

        add(db, "<another-old@example.net>", Status.REJECTED, 300)
        assert retention.purge_when_due(db, 180, now + timedelta(hours=23)) is None
        assert not purged(db, "<another-old@example.net>")
        assert retention.purge_when_due(db, 180, now + timedelta(hours=25))["messages"] == 1
        assert purged(db, "<another-old@example.net>")


def test_triage_run_applies_the_retention_without_a_cron_line_of_its_own(box) -> None:
    box.config.write_text(box.config.read_text() + "\n[privacy]\nretention_days = 30\n")
    settings = box.settings()
    with Store.open(settings.state_path) as db:
        add(db, OLD, Status.SENT, 31)
    assert main(["run", "--config", str(box.config)]) == 0  # an idle pass: no new mail
    with Store.open(settings.state_path) as db:
        assert purged(db, OLD)
        add(db, RECENT, Status.SENT, 31)
    assert main(["run", "--config", str(box.config)]) == 0
    with Store.open(settings.state_path) as db:
        assert not purged(db, RECENT)  # purged today already
        retention.mark_done(db, datetime.now(UTC) - timedelta(days=1, minutes=1))
    assert main(["run", "--config", str(box.config)]) == 0
    with Store.open(settings.state_path) as db:
        assert purged(db, RECENT)


def test_worker_applies_the_retention(box) -> None:
    box.config.write_text(box.config.read_text() + "\n[privacy]\nretention_days = 7\n")
    settings = box.settings()
    with Store.open(settings.state_path) as db:
        add(db, OLD, Status.KEPT, 8)
        add(db, WAITING, Status.NEEDS_COUNSELLOR, 8)
    Worker(settings).one_pass()
    with Store.open(settings.state_path) as db:
        assert purged(db, OLD) and not purged(db, WAITING)
        assert retention.last_done(db) is not None


def test_no_retention_means_nothing_is_purged_and_the_footer_promises_nothing(
    box, make_mail, monkeypatch
) -> None:
    box.config.write_text(box.config.read_text() + "\n[privacy]\nretention_days = 0\n")
    with Store.open(box.settings().state_path) as db:
        add(db, OLD, Status.SENT, 4000)
    run_pass(box, make_mail, monkeypatch)
    with Store.open(box.settings().state_path) as db:
        assert not purged(db, OLD) and retention.last_done(db) is None
    for data in box.messages("Drafts").values():
        text = email.message_from_bytes(data[b"BODY[]"], policy=email.policy.default)
        body = text.get_content().replace("\r\n", "\n")
        footer = body.split("\n-- \n")[1].split("\n> ")[0]
        assert "slett" not in footer and "delete" not in footer


def test_drafts_carry_the_retention_and_the_office_name_of_their_language(
    box, make_mail, monkeypatch
) -> None:
    extra = (
        'office_name = { nb = "Karrieresenteret", en = "The Career Centre" }\n'
        "\n[privacy]\nretention_days = 90\n"
    )
    box.config.write_text(box.config.read_text() + extra)
    run_pass(box, make_mail, monkeypatch)
    bodies = {}
    for data in box.messages("Drafts").values():
        message = email.message_from_bytes(data[b"BODY[]"], policy=email.policy.default)
        bodies[message["In-Reply-To"]] = message.get_content().replace("\r\n", "\n")
    nb, en = bodies["<salary@example.net>"], bodies["<cv@example.net>"]
    assert "Vennlig hilsen\n[[Navnet ditt]]\nKarrieresenteret\n" in nb and "90 dager" in nb
    assert "Best regards,\n[[Your name]]\nThe Career Centre\n" in en and "90 days" in en
    with Store.open(box.settings().state_path) as db:
        row = db.message("<salary@example.net>")
    # A new offer from a municipality: the pass reads the situation and the sector (#10).
    assert [b["id"] for b in row["draft_blocks"]["blocks"]][:4] == [
        "greeting", "questions", "salary/new_offer", "salary/sector_municipality",
    ]  # fmt: skip
