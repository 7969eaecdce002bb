"""The review page for mail that must reach a person first: care items at the top with their
reason, due dates, complaints with the earlier exchange in front, history shown only as text."""

# ruff: noqa: F811 - pytest fixtures imported from review_fixtures are redefined as arguments
from __future__ import annotations

import pytest
from review_fixtures import (  # noqa: F401 - fixtures
    COUNSELLOR,
    COUNSELLOR_SIGNS,
    app,
    client,
    csrf_token,
    item_form,
    review_settings,
    smtp_server,
    store_row,
)
from test_care_pass import COMPLAINT, DISTRESS, DUE, TOMORROW, mail

from triage.state import claims
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


def test_care_text_is_signed_with_the_counsellors_name(care_client):
    client, _ = care_client
    page = client.get("/item", query_string={"m": CARE_ID}).get_data(as_text=True)
    editor = page.split('id="draft"', 1)[1].split("</textarea>", 1)[0]
    assert "116 123" in editor and f"{COUNSELLOR_SIGNS}\n" in editor
    assert "[[Navnet ditt]]" not in editor


def test_a_care_item_being_sent_is_claimed_like_any_other(care_client):
    """No other action accepts a claimed care item; sent back to the queue, it needs care
    again, with its reason."""
    client, settings = care_client
    with Store.open(settings.state_path) as db, db.transaction():
        row = db.message(CARE_ID)
        assert claims.take(db, CARE_ID, row["version"], Status.SENDING, COUNSELLOR)
    client.application.config["SENDING_STALE_SECONDS"] = 0  # as if the process had died
    page = client.get("/item", query_string={"m": CARE_ID}).get_data(as_text=True)
    assert 'id="care-note"' in page and 'id="claimed"' in page and 'id="interrupted"' in page
    assert 'id="send-form"' not in page and 'id="resolve-queue"' in page
    queue_page = client.get("/").get_data(as_text=True)
    assert 'id="claimed-items"' in queue_page
    version = str(store_row(settings, CARE_ID)["version"])
    now = {"m": CARE_ID, "version": version, "csrf_token": csrf_token(client, "/")}
    for path, extra in (
        ("/item/send", {"text": "Hei", "action": "approve"}),
        ("/item/reject", {"reason": "reason_no_answer"}),
        ("/item/topic", {"topic": "cv"}),
        ("/item/send", {"text": "Hei", "action": "keep"}),
    ):
        assert client.post(path, data={**now, **extra}).status_code == 409, path
    assert client.post("/item/resolve", data={**now, "choice": "queue"}).status_code == 302
    row = store_row(settings, CARE_ID)
    assert row["status"] == Status.NEEDS_CARE
    page = client.get("/item", query_string={"m": CARE_ID}).get_data(as_text=True)
    assert 'id="send-form"' in page and 'id="care-note"' in page


def test_care_reason_and_history_are_shown_through_the_display_filter(care_client):
    """The reason (the member's words) and the history are mail text: bidi and other format
    characters are made visible, and markup stays text."""
    client, settings = care_client
    rlo = "\u202e"
    with Store.open(settings.state_path) as db, db.transaction():
        db.record(Outcome("<bidi-care@example.net>", Status.NEEDS_CARE,
                          reason=f"«orker ikke{rlo}mer»", subject=f"Hjelp{rlo}txt.exe",
                          reply_to="complaint@example.net", question_text="Jeg orker ikke mer.",
                          received_at="2026-11-01T08:00:00+00:00"))  # fmt: skip
        db.record(Outcome("<bidi-earlier@example.net>", Status.SENT, subject=f"CV{rlo}fdp.exe",
                          reply_to="complaint@example.net",
                          question_text=f"<b>fet</b> {rlo}tekst",
                          received_at="2026-10-01T08:00:00+00:00"))  # fmt: skip
    for path, query in (("/", {}), ("/item", {"m": "<bidi-care@example.net>"})):
        page = client.get(path, query_string=query).get_data(as_text=True)
        assert rlo not in page, path
        assert "«orker ikke[U+202E]mer»" in page and "Hjelp[U+202E]txt.exe" in page
    page = client.get("/item", query_string={"m": COMPLAINT[0]}).get_data(as_text=True)
    assert rlo not in page
    assert "CV[U+202E]fdp.exe" in page and "&lt;b&gt;fet&lt;/b&gt; [U+202E]tekst" in page


def test_an_item_the_distress_model_was_less_sure_of_says_why_it_has_no_template(
    care_client,
):
    client, settings = care_client
    reason = "may show distress: «Det er som om lufta har gått ut av meg <b>{{ 7*7 }}</b>»"
    with Store.open(settings.state_path) as db, db.transaction():
        db.record(Outcome("<concern@example.net>", Status.NEEDS_COUNSELLOR, subject="CV",
                          reply_to="concern@example.net", question_text="Kan dere se på CV-en?",
                          received_at="2026-09-02T08:00:00+00:00", topic="cv",
                          reason=reason))  # fmt: skip
    page = client.get("/item", query_string={"m": "<concern@example.net>"}).get_data(as_text=True)
    assert 'id="concern-note"' in page and 'id="care-note"' not in page
    assert "Det er som om lufta har gått ut av meg &lt;b&gt;{{ 7*7 }}&lt;/b&gt;" in page
    ordinary = client.get("/item", query_string={"m": COMPLAINT[0]}).get_data(as_text=True)
    assert 'id="concern-note"' not in ordinary
    # The queue shows the reason under the subject, as for care items.
    rows = client.get("/").get_data(as_text=True).split('<tr class="item ')[1:]
    concern = next(row for row in rows if "concern%40example.net" in row or "concern@" in row)
    assert "may show distress: «Det er som om lufta har gått ut av meg" in concern
    assert "&lt;b&gt;{{ 7*7 }}&lt;/b&gt;" in concern
