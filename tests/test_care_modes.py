"""Mail that needs care in a dry run and in shadow mode, and in `triage status --json`, through
a real `triage run` against Dovecot (the care mails of tests/test_care_pass.py).

A dry run changes nothing and lists care mail as "needs care", never with the member's words;
shadow mode stores the care outcome but puts nothing in the mailbox, not even `triage-care`.
"""

from __future__ import annotations

import json
import re

from test_care_pass import DISTRESS, DUE, TOMORROW, deliver, keywords_by_id

from triage.cli import main
from triage.state.statuses import Status
from triage.state.store import Store


def flags(box) -> dict[str, set[bytes]]:
    """Each original's flags and keywords; \\Recent belongs to the session that looked first."""
    return {mid: found - {b"\\Recent"} for mid, found in keywords_by_id(box).items()}


def test_dry_run_says_needs_care_and_changes_nothing(box, capsys):
    deliver(box)
    keywords = flags(box)
    assert main(["run", "--dry-run", "--config", str(box.config)]) == 0
    out = capsys.readouterr().out
    assert flags(box) == keywords and not box.messages("Drafts")
    assert not list(box.work.glob("state.sqlite3*"))  # no store was made
    lines = [line for line in out.splitlines() if re.match(r"\s+\d+\s", line)]
    care = [line for line in lines if "needs care" in line]
    assert len(care) == len(DISTRESS)
    assert all("no draft" in line for line in care)
    for *_, words in DISTRESS:
        assert words not in out  # the reason is the member's words: never printed
    assert any(f"(due {TOMORROW.isoformat()})" in line for line in lines)
    assert f"{len(DISTRESS)} need care" in out


def test_shadow_mode_keeps_care_mail_out_of_the_mailbox(box, capsys):
    box.config.write_text(
        box.config.read_text().replace("templates =", 'mode = "shadow"\ntemplates =')
    )
    deliver(box)
    before = flags(box)
    assert main(["run", "--config", str(box.config)]) == 0
    assert flags(box) == before  # no triage-care, no keyword at all
    assert not any(b"triage-" in flag for flags in before.values() for flag in flags)
    assert not box.messages("Drafts")
    with Store.open(box.settings().state_path) as db:
        for message_id, _, _, words in DISTRESS:
            row = db.message(message_id)
            assert row["status"] == Status.NEEDS_CARE and words in row["reason"]
            assert row["draft_text"] == ""
        assert db.message(DUE[0])["due"] == TOMORROW.isoformat()
    capsys.readouterr()
    assert main(["queue", "--json", "--config", str(box.config)]) == 0
    items = json.loads(capsys.readouterr().out)
    assert [i["priority"] for i in items[: len(DISTRESS)]] == ["care"] * len(DISTRESS)


def test_status_json_counts_care_and_due(box, capsys):
    deliver(box)
    assert main(["run", "--config", str(box.config)]) == 0
    capsys.readouterr()
    assert main(["status", "--json", "--config", str(box.config)]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["needs_care"] == report["counts"]["needs_care"] == len(DISTRESS)
    assert (report["due_within_48h"], report["overdue"]) == (1, 0)
    assert report["last_pass"]["needs_care"] == len(DISTRESS)
