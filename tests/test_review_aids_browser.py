"""The drafting aids in headless Chromium (#10): tick the member's questions, change the
situations and see the draft drawn again, insert a paragraph of an earlier sent reply with one
click and with its key, without a page load. Mail and earlier replies with markup, bidi
controls and emoji show as the text they are.

The draft comes from a real pass against Dovecot, given the questions, situations and sector
the pass stores with it; the earlier reply is one a counsellor sent (in the store, as approving
it would have left it).
"""

# ruff: noqa: F811 - pytest fixtures imported from review_fixtures are redefined as arguments
from __future__ import annotations

from pathlib import Path

import pytest
from live_review import CHROMIUM, chromium_context, noting_dialogs, serve, sign_in_page
from review_fixtures import (  # noqa: F401 - fixtures
    COUNSELLOR,
    COUNSELLOR_PASSWORD,
    review_settings,
    smtp_server,
    store_row,
)
from test_review_aids import draw

from triage.state.decisions import Action, add_decision
from triage.state.statuses import Status
from triage.state.store import Outcome, Store

SALARY = "<salary@example.net>"
HOSTILE_QUESTION = "<script>window.pwned = 1</script> Kan jeg be om \u202emer\u202c? 🙂"
PLAIN_QUESTION = "Når bør jeg ta opp lønn?"
EARLIER_QUESTION = "Jeg har fått tilbud fra en kommune. Hva bør jeg be om i lønn?"
EARLIER_PARAGRAPH = (
    'Be om <img src=x onerror="window.pwned=2"> lønnstrinn 60 \u202eeller\u202c mer. 🙂'
)
EARLIER_REPLY = f"Hei Per,\n\n{EARLIER_PARAGRAPH}\n\nSjekk kontrakten før du skriver under.\n"
NEW_OFFER = "Når du har fått et tilbud, er tiden inne for å forhandle"
RAISE = "Lønnsøkning i jobben du har"

pytestmark = pytest.mark.skipif(not Path(CHROMIUM).exists(), reason="needs Debian's chromium")


@pytest.fixture
def live(request):
    settings = request.getfixturevalue("review_settings")
    draw(settings, SALARY, ["salary"], ["raise"], [HOSTILE_QUESTION, PLAIN_QUESTION], "state")
    with Store.open(settings.state_path) as db, db.transaction():
        db.record(Outcome("<earlier@example.net>", Status.SENT, subject="Lønn",
                          reply_to="per@example.net", question_text=EARLIER_QUESTION,
                          received_at="2026-10-02T08:00:00+00:00", topic="salary"))  # fmt: skip
        add_decision(db, "<earlier@example.net>", "anne", Action.APPROVE, "salary", "salary",
                     0.2, EARLIER_REPLY)  # fmt: skip
    with serve(settings) as host:
        yield f"http://{host}", settings


@pytest.fixture
def page():
    with chromium_context() as context:
        yield noting_dialogs(context)


def test_questions_situations_and_answered_before_in_the_browser(live, page):
    base, settings = live
    sign_in_page(page, base)
    page.goto(
        base + "/item?m=" + SALARY.replace("<", "%3C").replace(">", "%3E").replace("@", "%40")
    )
    page.wait_for_selector("#draft")

    # The member's questions as a checklist, quoted as text: no script ran.
    quoted = page.locator("#questions q")
    assert quoted.count() == 2
    assert quoted.nth(0).inner_text() == (
        "<script>window.pwned = 1</script> Kan jeg be om [U+202E]mer[U+202C]? 🙂"
    )
    assert quoted.nth(1).inner_text() == PLAIN_QUESTION
    assert page.inner_text("#questions-left") == "2 av 2 spørsmål er ikke krysset av."
    page.check("#asked-1")
    assert page.inner_text("#questions-left") == "1 av 2 spørsmål er ikke krysset av."
    page.check("#asked-2")
    assert page.is_hidden("#questions-left")
    assert RAISE in page.input_value("#draft") and NEW_OFFER not in page.input_value("#draft")

    # s (after Esc leaves the checkbox): to the situations; another one draws the draft again.
    page.keyboard.press("Escape")
    page.keyboard.press("s")
    assert page.evaluate("document.activeElement.name") == "situation"
    page.uncheck("#situation-raise")
    page.check("#situation-new_offer")
    page.click("#change-situations")
    page.wait_for_selector("text=Situasjonene er endret")
    draft = page.input_value("#draft")
    assert NEW_OFFER in draft and RAISE not in draft
    assert "«Når bør jeg ta opp lønn?»" in draft  # the questions stay quoted
    assert page.is_checked("#situation-new_offer") and not page.is_checked("#situation-raise")
    row = store_row(settings, SALARY)
    assert row["draft_blocks"]["situations"] == {"salary": ["new_offer"]}

    # Answered before: the earlier question and its reply's paragraphs, as text.
    answered = page.inner_text("#answered")
    assert EARLIER_QUESTION in answered
    assert 'Be om <img src=x onerror="window.pwned=2"> lønnstrinn 60 [U+202E]eller[U+202C]' in (
        answered
    )
    # One click puts a paragraph into the draft, without a page load (the marker survives),
    # and without the invisible characters.
    page.evaluate("window.stillHere = true")
    page.click("#insert-2")
    draft = page.input_value("#draft")
    inserted = EARLIER_PARAGRAPH.replace("\u202e", "").replace("\u202c", "")
    assert inserted in draft and "\u202e" not in draft
    # Not focused before: after the greeting.
    assert draft.startswith("Hei Kari,\n\n" + inserted + "\n\n")
    # Its key: 3 puts the next paragraph right after it.
    page.keyboard.press("3")
    draft = page.input_value("#draft")
    assert inserted + "\n\nSjekk kontrakten før du skriver under.\n\n" in draft
    assert page.evaluate("window.stillHere") is True
    assert page.evaluate("window.pwned") is None and page.dialogs == []
    assert "Sjekk kontrakten" in page.inner_text("#preview")
