"""The nine findings of the attack on the review page (#13), each replayed against the real
server: Werkzeug serving the app in a thread (live_review.py) or the `triage review` command,
drafts from a real pass against Dovecot, replies to a real SMTP server (aiosmtpd), slowed down
where a race needs time to happen.
"""

# ruff: noqa: F811 - pytest fixtures imported from review_fixtures are redefined as arguments
from __future__ import annotations

import email
import email.policy
import io
import os
import re
import subprocess
import threading
from concurrent.futures import ThreadPoolExecutor
from email.headerregistry import Address
from email.message import EmailMessage
from urllib.parse import urlencode, urlsplit

import pytest
from conftest import TRIAGE, wait_for
from live_review import Browser, serve
from review_fixtures import (  # noqa: F401 - fixtures
    COUNSELLOR,
    COUNSELLOR_PASSWORD,
    decisions,
    review_settings,
    smtp_server,
    store_row,
)

from triage.cli import main
from triage.state import accounts
from triage.state.statuses import Status
from triage.state.store import Store

SALARY = "<salary@example.net>"
OTHER = "ola"
OTHER_PASSWORD = "et annet langt passord"


def filled(text: str) -> str:
    return re.sub(r"\[\[.*?\]\]", "I kommunal sektor ligger nyutdannede rundt lønnstrinn 50.", text,
                  flags=re.S)  # fmt: skip


def sent_folder(box) -> list[EmailMessage]:
    return [
        email.message_from_bytes(d[b"BODY[]"], policy=email.policy.default)
        for d in box.messages("Sent").values()
    ]


def add_account(settings, name: str, password: str) -> None:
    with Store.open(settings.state_path) as db:
        accounts.add_user(db, name, password)


def with_review(box, *lines: str):
    """The settings with more lines in [review] (the last section of the test's file)."""
    box.config.write_text(box.config.read_text() + "\n".join(lines) + "\n")
    return box.settings()


# -- 1. parallel sign-ins: counted before the check, bounded in number --------------------------


class CheckCounter:
    """Wraps the real password check to see how many run at once (it still runs for real)."""

    def __init__(self, real):
        self.real, self.lock, self.running, self.most, self.calls = real, threading.Lock(), 0, 0, 0

    def __call__(self, *args, **kwargs):
        with self.lock:
            self.running += 1
            self.calls += 1
            self.most = max(self.most, self.running)
        try:
            return self.real(*args, **kwargs)
        finally:
            with self.lock:
                self.running -= 1


def burst(where: str, attempts: list[tuple[str, str, dict[str, str]]]) -> list[int]:
    """Every (name, password, headers) sign-in released at the same moment; their statuses."""
    browsers = [Browser(where) for _ in attempts]
    tokens = [b.token() for b in browsers]  # each its own session and CSRF token, fetched first
    start = threading.Barrier(len(attempts))

    def one(n: int) -> int:
        name, password, headers = attempts[n]
        form = {"name": name, "password": password, "csrf_token": tokens[n]}
        start.wait()
        return browsers[n].post("/login", form, **headers).status

    with ThreadPoolExecutor(len(attempts)) as pool:
        return list(pool.map(one, range(len(attempts))))


def test_1_parallel_sign_ins_are_counted_before_the_check_and_bounded(review_settings, monkeypatch):
    counter = CheckCounter(accounts.verify)
    monkeypatch.setattr(accounts, "verify", counter)
    with serve(review_settings) as where:
        attempts = [(COUNSELLOR, f"wrong guess {n}", {}) for n in range(39)]
        attempts.append((COUNSELLOR, COUNSELLOR_PASSWORD, {}))
        statuses = burst(where, attempts)
    # Five attempts per name and client before the lock, counted before their check: never 39.
    assert statuses.count(401) + statuses.count(302) <= 5, statuses
    assert statuses.count(429) >= 35 and 500 not in statuses
    assert counter.calls <= 5 and counter.most <= 2


def test_1_a_burst_from_many_clients_runs_few_password_checks_at_once(
    box, review_settings, monkeypatch
):
    settings = with_review(box, 'trusted_proxies = ["127.0.0.1"]')
    counter = CheckCounter(accounts.verify)
    monkeypatch.setattr(accounts, "verify", counter)
    with serve(settings) as where:
        attempts = [
            (f"name{n}", "wrong password", {"X_Forwarded_For": f"198.51.100.{n + 1}"})
            for n in range(40)
        ]
        statuses = burst(where, attempts)
    # Over the bound the answer is 429 at once, never a queue of 64 MB argon2 checks.
    assert set(statuses) <= {401, 429} and statuses.count(429) > 0
    assert counter.most <= 4


# -- 2. one reply, sent once, while SMTP is slow -----------------------------------------------


def test_2_nothing_else_happens_to_an_item_while_its_reply_is_being_sent(
    review_settings, smtp_server, box
):
    add_account(review_settings, OTHER, OTHER_PASSWORD)
    smtp_server.hold = threading.Event()
    with serve(review_settings) as where:
        anne, ola = Browser(where), Browser(where)
        assert anne.sign_in().status == 302 and ola.sign_in(OTHER, OTHER_PASSWORD).status == 302
        form = anne.item_form(SALARY)
        text = filled(store_row(review_settings, SALARY)["draft_text"])
        with ThreadPoolExecutor(1) as pool:
            approving = pool.submit(anne.post, "/item/send", {**form, "text": text})
            assert wait_for(smtp_server.receiving.is_set, 30)  # the SMTP send is under way
            page = ola.get("/item?" + urlencode({"m": SALARY}))
            assert 'id="claimed"' in page.text and 'id="send-form"' not in page.text
            # Even a form carrying the version as it is now is refused, whatever the action.
            version = str(store_row(review_settings, SALARY)["version"])
            now = {"m": SALARY, "version": version, "csrf_token": ola.token("/")}
            for path, extra in (
                ("/item/send", {"text": text + "\nPS", "action": "approve"}),
                ("/item/reject", {"reason": "reason_no_answer"}),
                ("/item/topic", {"topic": "cv"}),
                ("/item/send", {"text": text, "action": "keep"}),
            ):
                assert ola.post(path, {**now, **extra}).status == 409, path
            smtp_server.hold.set()
            assert approving.result().status == 302
    assert len(smtp_server.messages) == 1
    row = store_row(review_settings, SALARY)
    assert (row["status"], row["topic"]) == (Status.SENT, "salary")
    assert [d["action"] for d in decisions(review_settings, SALARY)] == ["approve"]
    assert len(sent_folder(box)) == 1


def test_2_finishing_that_changes_no_row_is_said_loudly(review_settings, smtp_server, box, caplog):
    smtp_server.hold = threading.Event()
    with serve(review_settings) as where:
        anne = Browser(where)
        anne.sign_in()
        form = anne.item_form(SALARY)
        text = filled(store_row(review_settings, SALARY)["draft_text"])
        with ThreadPoolExecutor(1) as pool:
            approving = pool.submit(anne.post, "/item/send", {**form, "text": text})
            assert wait_for(smtp_server.receiving.is_set, 30)
            # The member asks to be forgotten while their reply is on its way.
            assert main(["forget", "kari@example.net", "--store-only",
                         "--config", str(box.config)]) == 0  # fmt: skip
            smtp_server.hold.set()
            answer = approving.result()
        assert answer.status == 302
        page = anne.get(answer.location)
    assert "Svaret ER sendt, men kunne ikke registreres som sendt" in page.text
    assert "could not be recorded as sent" in caplog.text
    assert store_row(review_settings, SALARY)["status"] == Status.FORGOTTEN


# -- 3. next: a path on this site or the queue ---------------------------------------------------


OFF_SITE = (
    "/\t/evil.example", "/%09/evil.example", "//evil.example", "/\\evil.example",
    "https://evil.example/", "/\n", "\n", "/%0a/x", "/%2F/evil.example", "/\u202e/x",
    "javascript:alert(1)", "evil.example", "/%5Cevil.example",
)  # fmt: skip


def test_3_next_never_leads_off_the_site_and_never_fails(review_settings):
    with serve(review_settings) as where:
        for target in OFF_SITE:
            browser = Browser(where)
            page = browser.get("/login?" + urlencode({"next": target}))
            login_form = page.text[page.text.index('class="login"') :]
            assert page.status == 200 and 'name="next" value=""' in login_form, target
            form = {"name": COUNSELLOR, "password": COUNSELLOR_PASSWORD, "next": target,
                    "csrf_token": page.token()}  # fmt: skip
            answer = browser.post("/login", form)
            assert (answer.status, answer.location) == (302, "/"), target  # the queue
            form = {"lang": "en", "next": target, "csrf_token": browser.token("/")}
            answer = browser.post("/language", form)
            assert (answer.status, answer.location) == (302, "/"), target


def test_3_a_path_on_the_site_is_followed(review_settings):
    with serve(review_settings) as where:
        browser = Browser(where)
        target = "/item?" + urlencode({"m": SALARY})
        page = browser.get("/login?" + urlencode({"next": target}))
        form = {"name": COUNSELLOR, "password": COUNSELLOR_PASSWORD, "next": target,
                "csrf_token": page.token()}  # fmt: skip
        answer = browser.post("/login", form)
        assert answer.status == 302 and answer.location == target
        assert not urlsplit(answer.location).netloc


# -- 4. sessions end on sign-out, a new password, and `triage users logout` -----------------------


def users(box, monkeypatch, *args: str, stdin: str = "") -> int:
    monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
    return main(["users", *args, "--config", str(box.config)])


def test_4_saved_cookies_stop_working_after_sign_out_and_password_change(
    review_settings, box, monkeypatch
):
    with serve(review_settings) as where:
        laptop, phone = Browser(where), Browser(where)
        assert laptop.sign_in().status == 302 and phone.sign_in().status == 302
        saved = laptop.cookie
        assert Browser(where, cookie=saved).get("/").status == 200
        assert laptop.post("/logout", {"csrf_token": laptop.token("/")}).status == 302
        assert Browser(where, cookie=saved).get("/").status == 302  # the copied cookie
        assert phone.get("/").status == 302  # every older session of hers ended

        assert laptop.sign_in().status == 302
        saved = laptop.cookie
        new_password = "et helt nytt passord"
        assert users(box, monkeypatch, "add", COUNSELLOR, stdin=new_password + "\n") == 0
        assert Browser(where, cookie=saved).get("/").status == 302

        assert laptop.sign_in(password=new_password).status == 302
        assert laptop.get("/").status == 200
        assert users(box, monkeypatch, "logout", COUNSELLOR) == 0
        assert laptop.get("/").status == 302
        assert users(box, monkeypatch, "logout", "nobody") == 2


# -- 5. Reply-To elsewhere: both addresses shown, approving asks once more -----------------------


THIRD = "<third@member.example>"


def deliver_reply_elsewhere(box, make_mail) -> None:
    box.deliver(make_mail(
        "Spørsmål om lønn", "Hei, hva er vanlig lønn for en rådgiver?\n\nHilsen Real",
        sender="Real Member <real.member@member.example>",
        headers={"Reply-To": "third.party@victim.example"}, message_id=THIRD,
    ))  # fmt: skip
    assert main(["run", "--config", str(box.config)]) == 0


def test_5_a_reply_to_another_address_is_shown_and_confirmed(
    review_settings, box, make_mail, smtp_server
):
    deliver_reply_elsewhere(box, make_mail)
    with serve(review_settings) as where:
        anne = Browser(where)
        anne.sign_in()
        assert "annen svaradresse" in anne.get("/").text  # marked in the queue
        page = anne.get("/item?" + urlencode({"m": THIRD})).text
        assert "real.member@member.example" in page and "third.party@victim.example" in page
        assert 'id="reply-elsewhere"' in page
        form = anne.item_form(THIRD)
        text = filled(store_row(review_settings, THIRD)["draft_text"])
        asked = anne.post("/item/send", {**form, "text": text, "action": "approve"})
        assert asked.status == 422 and 'id="confirm-elsewhere"' in asked.text
        assert "lønnstrinn 50" in asked.text  # the edit is kept for the second click
        token = re.search(r'name="confirm_address" value="([^"]+)"', asked.text).group(1)
        # A crafted yes is no yes; neither is another item's, nor one of another counsellor.
        for forged in ("1", "yes", "third.party@victim.example", token[:-2] + "xx"):
            answer = anne.post("/item/send", {**form, "text": text, "confirm_address": forged})
            assert answer.status == 422
        assert smtp_server.messages == []
        assert store_row(review_settings, THIRD)["status"] == Status.DRAFTED
        answer = anne.post("/item/send", {**form, "text": text, "confirm_address": token})
        assert answer.status == 302
    [(_, rcpts, reply)] = smtp_server.messages
    assert rcpts == ["third.party@victim.example"]
    assert "Real Member" not in str(reply["To"])  # the member's name is not put on it


def test_5_the_from_address_is_stored_and_forgotten(review_settings, box, make_mail):
    deliver_reply_elsewhere(box, make_mail)
    assert store_row(review_settings, THIRD)["from_address"] == "real.member@member.example"
    assert main(["forget", "real.member@member.example", "--store-only",
                 "--config", str(box.config)]) == 0  # fmt: skip
    row = store_row(review_settings, THIRD)
    assert (row["from_address"], row["reply_to"]) == ("", "")


# -- 6. a lock-out is per (name, client), behind a proxy per forwarded client ---------------------


def test_6_failures_from_one_address_do_not_lock_the_counsellor_out_elsewhere(review_settings):
    with serve(review_settings) as where:
        attacker = Browser(where, source="127.0.0.2")
        for n in range(5):
            assert attacker.sign_in(password=f"guess {n}").status == 401
        assert attacker.sign_in().status == 429  # locked, even with the right password
        # A forged X-Forwarded-For from a client that is no configured proxy changes nothing.
        assert attacker.sign_in(X_Forwarded_For="192.0.2.50").status == 429
        assert Browser(where).sign_in().status == 302  # the counsellor, from her own address


def test_6_behind_the_proxy_each_forwarded_client_counts_alone(box, review_settings):
    settings = with_review(box, 'trusted_proxies = ["127.0.0.1"]')
    with serve(settings) as where:
        via_proxy = Browser(where, headers={"X-Forwarded-For": "203.0.113.9"})
        for n in range(5):
            assert via_proxy.sign_in(password=f"guess {n}").status == 401
        assert via_proxy.sign_in().status == 429
        counsellor = Browser(where, headers={"X-Forwarded-For": "198.51.100.7, 203.0.113.9"})
        assert counsellor.sign_in().status == 429  # left of the proxy's own entry: forgeable
        counsellor = Browser(where, headers={"X-Forwarded-For": "198.51.100.7"})
        assert counsellor.sign_in().status == 302


# -- 7. trusted_header: only from the proxy, only for accounts ------------------------------------


def test_7_trusted_header_only_from_the_proxy_and_only_for_accounts(box, review_settings):
    settings = with_review(
        box, 'trusted_header = "X-Remote-User"', 'trusted_proxies = ["127.0.0.1"]'
    )
    with serve(settings) as where:
        proxy = Browser(where)
        assert proxy.get("/", X_Remote_User="mallory").status == 302  # no such account
        page = proxy.get("/", X_Remote_User=COUNSELLOR)
        assert page.status == 200 and COUNSELLOR in page.text
        elsewhere = Browser(where, source="127.0.0.2")  # not the proxy
        assert elsewhere.get("/", X_Remote_User=COUNSELLOR).status == 302


def test_7_trusted_header_without_a_proxy_address_is_a_settings_error(box):
    from triage.errors import ConfigError

    box.config.write_text(box.config.read_text() + '[review]\ntrusted_header = "X-Remote-User"\n')
    with pytest.raises(ConfigError, match=r"\[review\] trusted_header needs trusted_proxies"):
        box.settings()


# -- 8. bidi and other format characters are shown, not obeyed ----------------------------------


RLO = "\u202e"
HIDDEN = (RLO, "\u2066", "\u2069", "\u200b", "\u200f")


def test_8_bidi_controls_in_names_subjects_and_file_names_are_made_visible(review_settings, box):
    message = EmailMessage()
    # "Kari elgoog.com" on screen: the name pretends to carry an address.
    message["From"] = Address(f"Kari {RLO}moc.elgoog", addr_spec="kari.b@example.net")
    message["To"] = "karriere@example.org"
    message["Subject"] = f"Lønn og CV: faktura{RLO}fdp.exe \u2066x\u2069 zero\u200bwidth"
    message["Message-ID"] = "<bidi@example.net>"
    message["Date"] = "Fri, 20 Nov 2026 09:30:00 +0000"
    message.set_content(f"Hei, se vedlagt lønnsslipp.\u200f {RLO}txet\n\nMvh Kari")
    message.add_attachment(b"%PDF-1.4", maintype="application", subtype="pdf",
                           filename=f"cv{RLO}fdp.exe")  # fmt: skip
    box.deliver(bytes(message))
    assert main(["run", "--config", str(box.config)]) == 0
    with serve(review_settings) as where:
        anne = Browser(where)
        anne.sign_in()
        for path in ("/", "/item?" + urlencode({"m": "<bidi@example.net>"})):
            page = anne.get(path).text
            assert not any(c in page for c in HIDDEN), path
            assert "faktura[U+202E]fdp.exe" in page and "[U+2066]x[U+2069]" in page
            assert "cv[U+202E]fdp.exe" in page and "Kari [U+202E]moc.elgoog" in page


# -- 9. the session secret and the Secure flag ---------------------------------------------------


def test_9_a_short_session_secret_is_refused_with_one_line(review_settings, box):
    from triage.dev.devserver import free_port

    env = {**os.environ, "TRIAGE_TEST_REVIEW_SECRET": "x"}
    try:
        done = subprocess.run(
            [*TRIAGE, "review", "--config", str(box.config), "--port", str(free_port())],
            env=env, capture_output=True, text=True, timeout=30,
        )  # fmt: skip
    except subprocess.TimeoutExpired:
        pytest.fail("the review page started with a one-character session secret")
    assert done.returncode == 2
    [line] = done.stderr.strip().splitlines()
    assert "TRIAGE_TEST_REVIEW_SECRET" in line and "32" in line


def test_9_secure_cookies_setting_behind_a_tls_proxy_on_loopback(box, review_settings):
    settings = with_review(box, "secure_cookies = true")
    with serve(settings) as where:
        answer = Browser(where).sign_in()
        [cookie] = [c for c in answer.cookies if c.startswith("triage_session=")]
        assert "Secure" in cookie and "HttpOnly" in cookie
    with serve(review_settings) as where:  # the default on loopback: off
        answer = Browser(where).sign_in()
        assert not any("Secure" in c for c in answer.cookies)
