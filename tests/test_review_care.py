"""The review page for mail that must reach a person first: care items at the top with their
reason, due dates, complaints with the earlier exchange in front, history shown only as text."""

# ruff: noqa: F811 - pytest fixtures imported from review_fixtures are redefined as arguments
from __future__ import annotations

import pytest
from review_fixtures import (  # noqa: F401 - fixtures
    app,
    client,
    csrf_token,
    item_form,
    review_settings,
    smtp_server,
    store_row,
)
from test_care_pass import COMPLAINT, DISTRESS, DUE, TOMORROW, mail

from triage.state.decisions import Action, add_decision
from triage.state.statuses import Status
from triage.state.store import Outcome, Store

CARE_ID = DISTRESS[0][0]
HOSTILE_REPLY = "<script>window.pwned = 1</script> {{ 7*7 }} Vi svarte om lønn i staten."


@pytest.fixture
def care_client(box, request):
    """A signed-in client after a pass over care, due and complaint mail (and the standard
    questions), with an earlier reply to the complaining member in the store."""
    box.deliver(mail(*COMPLAINT, age=20), mail(*DUE, age=10), mail(*DISTRESS[0][:3], age=1))
    settings = request.getfixturevalue("review_settings")
    with Store.open(settings.state_path) as db, db.transaction():
        db.record(Outcome("<earlier@example.net>", Status.SENT, subject="Lønn i staten",
                          reply_to="complaint@example.net", question_text="Hva tjener en rådgiver?",
                          received_at="2026-09-01T08:00:00+00:00", topic="salary"))  # fmt: skip
        add_decision(db, "<earlier@example.net>", "anne", Action.APPROVE, "salary", "salary",
                     0.0, HOSTILE_REPLY)  # fmt: skip
    return request.getfixturevalue("client"), settings


def test_queue_shows_care_first_with_its_reason_then_due(care_client):
    client, _ = care_client
    page = client.get("/").get_data(as_text=True)
    rows = page.split('<tr class="item ')[1:]
    assert rows[0].startswith("needs_care priority-care")
    assert "ser ikke noe poeng i noe lenger" in rows[0] and "trenger omsorg" in rows[0]
    assert rows[1].startswith("drafted priority-due") or rows[1].startswith(
        "needs_counsellor priority-due"
    )
    assert TOMORROW.isoformat() in rows[1] and 'class="due soon"' in rows[1]
    complaint = next(row for row in rows if "Lønn igjen" in row)
    assert "Klage på et tidligere svar" in complaint


def test_complaint_item_shows_the_earlier_exchange_first_and_as_text(care_client):
    client, _ = care_client
    page = client.get("/item", query_string={"m": COMPLAINT[0]}).get_data(as_text=True)
    assert 'id="complaint-note"' in page
    # The earlier exchange comes before the question, in a prominent section.
    assert page.index('id="history"') < page.index('id="subject"')
    assert 'class="history prominent"' in page
    assert "Hva tjener en rådgiver?" in page
    assert "&lt;script&gt;window.pwned = 1&lt;/script&gt; {{ 7*7 }}" in page
    assert "<script>window.pwned" not in page
    assert "ikke med samme mal igjen" in page  # the note above the blank text


def test_care_item_starts_from_the_care_text_and_shows_its_due_date_if_any(care_client):
    client, settings = care_client
    page = client.get("/item", query_string={"m": CARE_ID}).get_data(as_text=True)
    assert 'id="care-note"' in page and "ser ikke noe poeng i noe lenger" in page
    assert "116 123" in page and "Lykke til videre" not in page
    assert 'id="history-none"' in page  # no earlier mail from this member
    due_page = client.get("/item", query_string={"m": DUE[0]}).get_data(as_text=True)
    assert f'<dd id="due">{TOMORROW.isoformat()}</dd>' in due_page
    # A care item can still be rejected (the member wrote twice, say): it leaves the queue.
    form = item_form(client, CARE_ID)
    answer = client.post("/item/reject", data={**form, "reason": "reason_elsewhere"})
    assert answer.status_code == 302
    assert store_row(settings, CARE_ID)["status"] == Status.REJECTED


def test_english_interface_says_needs_care(care_client):
    client, _ = care_client
    token = csrf_token(client, "/")
    client.post("/language", data={"lang": "en", "csrf_token": token, "next": "/"})
    page = client.get("/").get_data(as_text=True)
    assert "needs care" in page and "waiting (needs care first, then due soonest" in page
