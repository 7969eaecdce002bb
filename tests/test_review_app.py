"""The review page's logic through Flask's test client: sign-in, CSRF, queue, item, actions.

The drafts come from a real pass against Dovecot (stub model); sending goes to aiosmtpd.
"""

# ruff: noqa: F811 - pytest fixtures imported from review_fixtures are redefined as arguments
from __future__ import annotations

import email
import email.policy
import re

from review_fixtures import (  # noqa: F401 - fixtures
    COUNSELLOR,
    COUNSELLOR_PASSWORD,
    app,
    client,
    csrf_token,
    decisions,
    item_form,
    review_settings,
    sign_in,
    smtp_server,
    store_row,
)

from triage.review import create_app
from triage.state.statuses import Status

SALARY = "<salary@example.net>"
UNSURE = "<unsure@example.net>"


def test_nothing_is_shown_without_sign_in(app):
    anonymous = app.test_client()
    for path in ("/", "/item?m=%3Csalary%40example.net%3E", "/stats"):
        response = anonymous.get(path)
        assert response.status_code == 302 and "/login" in response.headers["Location"]
        assert "Lønn" not in response.get_data(as_text=True)
    token = csrf_token(anonymous)
    response = anonymous.post(
        "/item/reject", data={"m": SALARY, "version": "1", "reason": "reason_no_answer",
                              "csrf_token": token},
    )  # fmt: skip
    assert response.status_code == 401
    assert store_row(app.config["TRIAGE_SETTINGS"], SALARY)["status"] == Status.DRAFTED
    with anonymous.get("/static/review.css") as style:  # the sign-in page's style
        assert style.status_code == 200


def test_sign_in_and_out(app):
    browser = app.test_client()
    assert sign_in(browser, password="wrong password").status_code == 401
    response = sign_in(browser)
    assert response.status_code == 302
    page = browser.get("/").get_data(as_text=True)
    assert COUNSELLOR in page and "Lønn i ny jobb" in page
    browser.post("/logout", data={"csrf_token": csrf_token(browser, "/")})
    assert browser.get("/").status_code == 302


def test_sign_in_attempts_are_rate_limited(app):
    browser = app.test_client()
    for _ in range(5):
        assert sign_in(browser, password="guess").status_code == 401
    response = sign_in(browser)  # even the right password, for a while
    assert response.status_code == 429
    assert "For mange forsøk" in response.get_data(as_text=True)


def test_session_cookie_is_httponly_samesite_and_secure_off_loopback(app, review_settings):
    browser = app.test_client()
    cookie = sign_in(browser).headers["Set-Cookie"]
    assert "HttpOnly" in cookie and "SameSite=Lax" in cookie and "Secure" not in cookie
    import dataclasses

    public = dataclasses.replace(
        review_settings, review=dataclasses.replace(review_settings.review, host="0.0.0.0")
    )
    assert create_app(public).config["SESSION_COOKIE_SECURE"] is True


def test_post_without_csrf_token_is_refused(client, review_settings):
    form = item_form(client, SALARY)
    del form["csrf_token"]
    response = client.post("/item/reject", data={**form, "reason": "reason_no_answer"})
    assert response.status_code == 400
    assert store_row(review_settings, SALARY)["status"] == Status.DRAFTED


def test_pages_carry_a_strict_content_security_policy_and_no_inline_script(client):
    for path in ("/", f"/item?m={SALARY}", "/stats"):
        response = client.get(path)
        policy = response.headers["Content-Security-Policy"]
        assert "script-src 'self'" in policy and "unsafe-inline" not in policy
        scripts = re.findall(r"<script([^>]*)>(.*?)</script>", response.get_data(as_text=True))
        assert scripts and all('src="' in attrs and not body.strip() for attrs, body in scripts)
        assert response.headers["Cache-Control"] == "no-store"


def test_queue_lists_waiting_items_oldest_first_with_their_details(client):
    page = client.get("/").get_data(as_text=True)
    assert "3 venter" in page
    for text in ("Kari Nordmann", "Lønn i ny jobb", "salary", "93 %", "Could you look at my CV?",
                 "trenger rådgiver", "Nina Berg"):  # fmt: skip
        assert text in page


def test_item_shows_question_original_and_draft_with_places_marked(client):
    page = client.get("/item", query_string={"m": SALARY}).get_data(as_text=True)
    assert "Hva bør jeg be om i lønn?" in page  # the cleaned question
    assert 'id="original-text"' in page  # the full original, one click away
    assert "<textarea" in page and "Hei Kari" in page
    assert "<mark>[[" in page  # the place for a personal sentence is highlighted
    assert 'id="approve" class="primary" disabled' in page


def test_the_editor_signs_the_draft_with_the_counsellors_display_name(app, client):
    page = client.get("/item", query_string={"m": SALARY}).get_data(as_text=True)
    editor = page[page.index("<textarea") : page.index("</textarea>")]
    assert "Vennlig hilsen\nKari Rådgiver\nKarriererådgivningen" in editor.replace("\r", "")
    assert "[[Navnet ditt]]" not in page
    # A counsellor without a display name gets the place, to write their name in.
    from triage.state.accounts import add_user
    from triage.state.store import Store

    with Store.open(app.config["TRIAGE_SETTINGS"].state_path) as db:
        add_user(db, "ola", "et langt passord")
    other = app.test_client()
    sign_in(other, "ola", "et langt passord")
    page = other.get("/item", query_string={"m": SALARY}).get_data(as_text=True)
    assert "<mark>[[Navnet ditt]]</mark>" in page


def test_approve_is_refused_while_places_are_unfilled(client, review_settings, smtp_server):
    form = item_form(client, SALARY)
    text = store_row(review_settings, SALARY)["draft_text"]
    response = client.post("/item/send", data={**form, "text": text, "action": "approve"})
    assert response.status_code == 422
    assert "fyll ut de markerte stedene" in response.get_data(as_text=True)
    assert smtp_server.messages == []
    assert store_row(review_settings, SALARY)["status"] == Status.DRAFTED


def test_change_topic_rerenders_the_draft_and_records_the_decision(client, review_settings, box):
    form = item_form(client, SALARY)
    response = client.post("/item/topic", data={**form, "topic": "interview"})
    assert response.status_code == 302
    row = store_row(review_settings, SALARY)
    assert row["topic"] == "interview" and row["status"] == Status.DRAFTED
    assert "intervju" in row["draft_text"].lower() and row["draft_text"].startswith("Hei Kari")
    assert "interview/general" in [block["id"] for block in row["draft_blocks"]["blocks"]]
    [decision] = decisions(review_settings, SALARY)
    assert decision["action"] == "change_topic" and decision["counsellor"] == COUNSELLOR
    assert (decision["predicted_topic"], decision["final_topic"]) == ("salary", "interview")
    # The draft in the mailbox follows, for counsellors who send from their mail client.
    drafts = [
        email.message_from_bytes(d[b"BODY[]"], policy=email.policy.default)
        for d in box.messages("Drafts").values()
    ]
    [replaced] = [m for m in drafts if m["In-Reply-To"] == SALARY]
    assert replaced["X-Triage-Topic"] == "interview"


def test_reject_with_a_reason(client, review_settings):
    form = item_form(client, SALARY)
    response = client.post("/item/reject", data={**form, "reason": "reason_elsewhere"})
    assert response.status_code == 302
    row = store_row(review_settings, SALARY)
    assert (row["status"], row["reason"]) == (Status.REJECTED, "reason_elsewhere")
    assert decisions(review_settings, SALARY)[-1]["action"] == "reject"
    assert SALARY.strip("<>").split("@")[0] not in client.get("/").get_data(as_text=True)


def test_stale_page_cannot_undo_another_counsellors_decision(app, client, review_settings):
    stale = item_form(client, SALARY)
    other = app.test_client()
    sign_in(other)
    form = {**item_form(other, SALARY), "reason": "reason_no_answer"}
    assert other.post("/item/reject", data=form).status_code == 302
    response = client.post("/item/topic", data={**stale, "topic": "cv"})
    assert response.status_code == 409
    page = response.get_data(as_text=True)
    assert f"Allerede behandlet av {COUNSELLOR}" in page
    row = store_row(review_settings, SALARY)
    assert (row["status"], row["topic"]) == (Status.REJECTED, "salary")
    # Opening it later says so too, with no forms to act on.
    page = client.get("/item", query_string={"m": SALARY}).get_data(as_text=True)
    assert 'id="handled"' in page and "<textarea" not in page


def test_needs_counsellor_item_opens_with_the_blank_template(client):
    page = client.get("/item", query_string={"m": UNSURE}).get_data(as_text=True)
    assert "Modellen var usikker" in page
    assert "Skriv et direkte svar" in page and "Hei Nina" in page


def test_english_interface(client):
    token = csrf_token(client, "/")
    client.post("/language", data={"lang": "en", "csrf_token": token, "next": "/"})
    page = client.get("/").get_data(as_text=True)
    assert "waiting (needs care first" in page and 'lang="en"' in page


def test_trusted_header_only_when_configured(review_settings):
    import dataclasses

    plain = create_app(review_settings, {"TESTING": True}).test_client()
    assert plain.get("/", headers={"X-Remote-User": COUNSELLOR}).status_code == 302
    proxied = dataclasses.replace(
        review_settings,
        review=dataclasses.replace(
            review_settings.review, trusted_header="X-Remote-User", trusted_proxies=("127.0.0.1",)
        ),
    )
    browser = create_app(proxied, {"TESTING": True}).test_client()
    page = browser.get("/", headers={"X-Remote-User": COUNSELLOR})
    assert page.status_code == 200 and COUNSELLOR in page.get_data(as_text=True)
    # Only names that are accounts (tests/test_review_security.py: only from the proxy).
    assert browser.get("/", headers={"X-Remote-User": "ola"}).status_code == 302
    assert browser.get("/").status_code == 302  # no header, no session: sign in


def test_stats_page(client, review_settings, tmp_path):
    import json

    card = review_settings.model.path.with_suffix(".json")
    page = client.get("/stats").get_data(as_text=True)
    assert "salary" in page and "cv" in page
    if not card.exists():
        assert "Ingen modellkort" in page
    settings = _with_model_card(review_settings, tmp_path, {
        "version": "2026-11-20-abc", "threshold": 0.61, "coverage": 0.83,
        "per_topic": {"salary": {"precision": 0.95, "recall": 0.9, "f1": 0.92}},
    })  # fmt: skip
    browser = create_app(settings, {"TESTING": True}).test_client()
    sign_in(browser)
    page = browser.get("/stats").get_data(as_text=True)
    assert "2026-11-20-abc" in page and "0.61" in page and "0.920" in page
    assert json.loads(settings.model.path.with_suffix(".json").read_text())


def _with_model_card(settings, folder, card):
    import dataclasses
    import json

    path = folder / "topic.joblib"
    path.with_suffix(".json").write_text(json.dumps(card))
    return dataclasses.replace(settings, model=dataclasses.replace(settings.model, path=path))


def test_queue_of_a_thousand_renders_in_one_page(box):
    from triage.state.accounts import add_user
    from triage.state.store import Outcome, Store

    settings = box.settings()
    with Store.open(settings.state_path) as db, db.transaction():
        for n in range(1000):
            db.record(Outcome(
                f"<q{n}@example.net>", Status.DRAFTED if n % 3 else Status.NEEDS_COUNSELLOR,
                subject=f"Spørsmål {n}", sender_name=f"Medlem {n}", reply_to=f"m{n}@example.net",
                lang="nb", topic="salary", confidence=0.9, attachments=["cv.pdf"],
                original_text="x" * 5000, question_text="y" * 2000, draft_text="z" * 3000,
                received_at=f"2026-11-{1 + n % 28:02d}T08:00:00+00:00",
            ))  # fmt: skip
    with Store.open(settings.state_path) as db:
        add_user(db, COUNSELLOR, COUNSELLOR_PASSWORD)
    browser = create_app(settings, {"TESTING": True}).test_client()
    sign_in(browser)
    # Its speed is measured by scripts/bench.py, never in a timed test on a shared machine.
    response = browser.get("/")
    assert response.status_code == 200 and "1000 venter" in response.get_data(as_text=True)
