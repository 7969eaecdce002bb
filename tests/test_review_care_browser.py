"""A care item in headless Chromium, from the queue to the member: at the top with its reason,
opened with the care text and the member's history, written in the counsellor's own words,
the crisis block kept or removed, approved, and received by the SMTP server.

Mail comes from a real pass against Dovecot; the earlier exchange is a reply a counsellor sent
before (in the state store, as approving it would have left it).
"""

# ruff: noqa: F811 - pytest fixtures imported from review_fixtures are redefined as arguments
from __future__ import annotations

import re
from pathlib import Path

import pytest
from live_review import CHROMIUM, chromium_context, serve, sign_in_page
from review_fixtures import (  # noqa: F401 - fixtures
    COUNSELLOR,
    COUNSELLOR_PASSWORD,
    COUNSELLOR_SIGNS,
    review_settings,
    smtp_server,
    store_row,
)

from triage.state.decisions import Action, add_decision
from triage.state.statuses import Status
from triage.state.store import Outcome, Store

DOCS = Path(__file__).resolve().parents[1] / "docs"
CARE_ID = "<care@example.net>"
CARE_SUBJECT = "Kan dere se på CV-en min?"
CARE_BODY = (
    "Hei, jeg har vært arbeidsledig i over et år og sover dårlig. Jeg ser ikke noe poeng i noe"
    " lenger. Kan dere se over CV-en min?\n\nHilsen Siri"
)
EARLIER_REPLY = "Hei Siri,\n\nEn CV bør være kort og omvendt kronologisk. Tidligere svar 4711."
OWN_WORDS = "Takk for at du forteller meg dette, Siri. Jeg ringer deg i morgen formiddag."

pytestmark = pytest.mark.skipif(not Path(CHROMIUM).exists(), reason="needs Debian's chromium")


@pytest.fixture
def live(box, make_mail, request):
    """The review page after a pass over the standard questions and one care mail, with an
    earlier exchange of the same member in the store."""
    box.deliver(make_mail(CARE_SUBJECT, CARE_BODY, sender="Siri Dahl <siri@example.net>",
                          message_id=CARE_ID))  # fmt: skip
    settings = request.getfixturevalue("review_settings")
    with Store.open(settings.state_path) as db, db.transaction():
        db.record(Outcome("<earlier@example.net>", Status.SENT, subject="CV-hjelp",
                          reply_to="siri@example.net", question_text="Hvor lang bør CV-en være?",
                          received_at="2026-10-02T08:00:00+00:00", topic="cv"))  # fmt: skip
        add_decision(db, "<earlier@example.net>", "anne", Action.APPROVE, "cv", "cv", 0.2,
                     EARLIER_REPLY)  # fmt: skip
    with serve(settings) as host:
        yield f"http://{host}", settings


@pytest.fixture
def page():
    with chromium_context() as context:
        yield context.new_page()


def crisis_block(text: str, keep: bool) -> str:
    """What the counsellor does with the block: delete its [[…]] line, and the block itself
    unless they keep it (from its heading down to the line with 113)."""
    lines = text.splitlines()
    marker = next(i for i, line in enumerate(lines) if line.startswith("[[") and "113" in line)
    end = next(i for i, line in enumerate(lines) if "113" in line and i > marker)
    kept = lines[:marker] + (lines[marker + 1 : end + 1] if keep else []) + lines[end + 1 :]
    return "\n".join(kept) + "\n"


@pytest.mark.parametrize("keep", [True, False], ids=["keeps-crisis-block", "removes-it"])
def test_care_item_from_queue_to_send(live, page, smtp_server, box, keep):
    base, settings = live
    sign_in_page(page, base)

    # At the top of the queue, marked and with the member's words that put it there.
    first = page.locator("#queue tr.item").first
    assert CARE_SUBJECT in first.inner_text()
    assert "trenger omsorg" in first.inner_text()
    assert "ser ikke noe poeng i noe lenger" in first.locator(".care-reason").inner_text()
    assert "priority-care" in (first.get_attribute("class") or "")
    if keep:
        page.screenshot(path=str(DOCS / "review-care-queue.png"))

    first.locator("td.subject a").click()
    page.wait_for_selector("#draft")
    assert "ser ikke noe poeng i noe lenger" in page.inner_text("#care-reason")
    # The starting text is the care template: personal, with the crisis numbers to keep or cut.
    draft = page.input_value("#draft")
    assert draft.startswith("Hei Siri,") and "116 123" in draft and "22 40 00 40" in draft
    assert "Takk for spørsmålet ditt" not in draft and "Lykke til videre" not in draft
    assert page.is_disabled("#approve")
    # Signed like every draft: the page filled in the counsellor's display name.
    assert f"Vennlig hilsen\n{COUNSELLOR_SIGNS}\n" in draft and "[[Navnet ditt]]" not in draft
    # The member's history: the earlier question and the reply they got.
    assert "Tidligere svar 4711" in page.inner_text("#history")
    assert "Hvor lang bør CV-en være?" in page.inner_text("#history")
    if keep:
        page.screenshot(path=str(DOCS / "review-care-item.png"), full_page=True)

    text = crisis_block(draft, keep)
    text = text.replace(re.search(r"\[\[Skriv med dine egne ord.*?\]\]", text).group(0), OWN_WORDS)
    page.fill("#draft", text)
    assert page.is_enabled("#approve") and page.is_visible("#places-none")
    page.click("#approve")
    page.wait_for_selector("text=Svaret er sendt.")

    [(_, recipients, reply)] = smtp_server.messages
    assert recipients == ["siri@example.net"]
    assert reply["In-Reply-To"] == CARE_ID
    body = reply.get_content()
    assert OWN_WORDS in body and COUNSELLOR_SIGNS in body and "[[" not in body
    assert ("116 123" in body) == keep and ("Kirkens SOS: 22 40 00 40" in body) == keep
    row = store_row(settings, CARE_ID)
    assert row["status"] == Status.SENT
