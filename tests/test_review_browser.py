"""The real flow in headless Chromium: sign in, queue, open, change topic, edit, approve.

Drafts come from a real pass against Dovecot; the reply goes to aiosmtpd; the Sent copy and the
\\Answered flag are checked in Dovecot. Saves the screenshots the README shows (docs/).
"""

# ruff: noqa: F811 - pytest fixtures imported from review_fixtures are redefined as arguments
from __future__ import annotations

import email
import email.policy
import re
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

from triage.state.statuses import Status

DOCS = Path(__file__).resolve().parents[1] / "docs"
HOSTILE_ID = "<hostile@example.net>"
HOSTILE_SUBJECT = (
    '<script>window.pwned = 1; alert("x")</script> {{ 7*7 }} {% if 1 %}jinja{% endif %}'
)
HOSTILE_BODY = (
    'Hei!\n<script>window.pwned = 2</script><img src=x onerror="window.pwned=3">\n'
    "{{ config }} {{ 6*7 }} {% for x in range(3) %}loop{% endfor %}\n\nHilsen Mallory"
)

pytestmark = pytest.mark.skipif(not Path(CHROMIUM).exists(), reason="needs Debian's chromium")


@pytest.fixture
def live(box, make_mail, request):
    """The review page served on loopback, after a pass over the standard and a hostile mail."""
    box.deliver(make_mail(HOSTILE_SUBJECT, HOSTILE_BODY, sender="Mallory <m@example.net>",
                          message_id=HOSTILE_ID))  # fmt: skip
    settings = request.getfixturevalue("review_settings")
    with serve(settings) as host:
        yield f"http://{host}", settings


@pytest.fixture
def page():
    with chromium_context() as context:
        yield noting_dialogs(context)


def test_counsellor_clears_an_item_in_the_browser(live, page, smtp_server, box):
    base, settings = live
    page.goto(base + "/")
    assert "/login" in page.url  # nothing without sign-in
    page.fill("#name", COUNSELLOR)
    page.fill("#password", COUNSELLOR_PASSWORD)
    page.click("#sign-in")
    page.wait_for_selector("#queue")

    rows = page.locator("#queue tr.item")
    assert rows.count() == 4
    assert "Lønn i ny jobb" in page.inner_text("#queue")
    # The hostile subject is shown as the text it is: no script ran, no template was evaluated.
    hostile = page.locator("td.subject a", has_text="window.pwned")
    assert hostile.inner_text() == HOSTILE_SUBJECT
    assert page.evaluate("window.pwned") is None and page.dialogs == []
    assert "49" not in page.inner_text("#queue")
    page.screenshot(path=str(DOCS / "review-queue.png"), full_page=True)

    # j/k move the selection in the queue.
    page.keyboard.press("j")
    assert "selected" in (rows.nth(1).get_attribute("class") or "")
    page.keyboard.press("k")
    assert "selected" in (rows.nth(0).get_attribute("class") or "")

    page.click("text=Lønn i ny jobb")
    page.wait_for_selector("#draft")
    assert page.locator("#preview mark").count() >= 1  # the place to fill is highlighted
    assert page.is_disabled("#approve")
    page.screenshot(path=str(DOCS / "review-draft.png"), full_page=True)

    # t: change the topic; the draft is re-written from that topic's template.
    page.keyboard.press("t")
    assert page.evaluate("document.activeElement.id") == "topic"
    page.select_option("#topic", "interview")
    page.click("#change-topic")
    page.wait_for_selector("text=Temaet er byttet")
    assert "intervju" in page.input_value("#draft").lower()

    # e: edit; filling the places enables approve, live.
    page.keyboard.press("e")
    assert page.evaluate("document.activeElement.id") == "draft"
    text = re.sub(r"\[\[.*?\]\]", "Øv gjerne på konkrete eksempler fra praksisen din.",
                  page.input_value("#draft"), flags=re.S)  # fmt: skip
    page.fill("#draft", text)
    assert page.is_enabled("#approve") and page.is_visible("#places-none")
    assert page.locator("#preview mark").count() == 0

    # a: approve and send (after leaving the text field).
    page.keyboard.press("Escape")
    page.keyboard.press("a")
    page.wait_for_selector("text=Svaret er sendt.")

    [(_, rcpts, reply)] = smtp_server.messages
    assert rcpts == ["kari@example.net"]
    assert reply["In-Reply-To"] == "<salary@example.net>"
    assert "<salary@example.net>" in reply["References"]
    assert reply["Subject"] == "Re: Lønn i ny jobb"
    assert "Øv gjerne på konkrete eksempler" in reply.get_content()
    assert reply["X-Triage-Topic"] == "interview"
    row = store_row(settings, "<salary@example.net>")
    assert (row["status"], row["topic"]) == (Status.SENT, "interview")

    sent = box.messages("Sent")
    assert len(sent) == 1
    [copy] = sent.values()
    parsed = email.message_from_bytes(copy[b"BODY[]"], policy=email.policy.default)
    assert parsed["In-Reply-To"] == "<salary@example.net>" and b"\\Seen" in copy[b"FLAGS"]
    inbox = box.messages("INBOX")
    answered = [
        d for d in inbox.values()
        if b"Message-ID: <salary@example.net>" in d[b"BODY[]"]
    ]  # fmt: skip
    assert answered and b"\\Answered" in answered[0][b"FLAGS"]


def test_hostile_mail_opens_as_plain_text(live, page):
    base, _ = live
    sign_in_page(page, base)
    page.click("td.subject a >> text=window.pwned")
    page.wait_for_selector("#question-text")
    assert page.inner_text("#subject") == HOSTILE_SUBJECT
    page.click("summary")
    original = page.inner_text("#original-text")
    assert "<script>window.pwned = 2</script>" in original and "{{ 6*7 }}" in original
    assert "{% for x in range(3) %}loop{% endfor %}" in original and "looploop" not in original
    assert page.locator("#original-text img, #question-text script").count() == 0
    assert page.evaluate("window.pwned") is None and page.dialogs == []
