"""The pure logic behind the review page's defences (#13): the sign-in gate with a fake clock,
the forwarded client address, visible format characters, `next`, the confirmation token, the
[review] settings and session generations. The real server is in test_review_security.py."""

from __future__ import annotations

import pytest

from triage.config import parse_settings
from triage.errors import ConfigError
from triage.review import confirm, proxy
from triage.review.auth import safe_next
from triage.review.display import editable, shown
from triage.review.throttle import BUSY, LOCKED, Limits, SignInGate, Ticket
from triage.state import accounts
from triage.state.store import Store


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def fail(gate: SignInGate, name: str = "kari", client: str = "10.0.0.1") -> object:
    ticket = gate.enter(name, client)
    if isinstance(ticket, Ticket):
        gate.leave(ticket, success=False)
    return ticket


def test_failures_lock_one_name_from_one_client_with_a_doubling_lock():
    clock = Clock()
    gate = SignInGate(Limits(max_failures=5, lock_seconds=60, max_lock_seconds=200), clock)
    for _ in range(5):
        assert isinstance(fail(gate), Ticket)
    assert gate.enter("kari", "10.0.0.1") == LOCKED
    assert gate.enter("KARI", "10.0.0.1") == LOCKED  # names are matched case-insensitively
    assert isinstance(gate.enter("kari", "10.0.0.2"), Ticket)  # from elsewhere: not locked
    clock.now += 61
    assert isinstance(fail(gate), Ticket)  # one more try after the lock...
    clock.now += 61
    assert gate.enter("kari", "10.0.0.1") == LOCKED  # ...and the next lock is twice as long
    clock.now += 60
    assert isinstance(fail(gate), Ticket)
    clock.now += 199
    assert gate.enter("kari", "10.0.0.1") == LOCKED  # capped at max_lock_seconds (200)
    clock.now += 2
    ticket = gate.enter("kari", "10.0.0.1")
    assert isinstance(ticket, Ticket)
    gate.leave(ticket, success=True)  # the right password clears the count
    for _ in range(4):
        assert isinstance(fail(gate), Ticket)


def test_an_attempt_counts_before_its_check_ends():
    gate = SignInGate(Limits(max_failures=3, per_name=10, per_client=10, total=10), Clock())
    held = [gate.enter("kari", "10.0.0.1") for _ in range(3)]  # three checks still running
    assert all(isinstance(t, Ticket) for t in held)
    assert gate.enter("kari", "10.0.0.1") == LOCKED


def test_concurrent_checks_are_bounded_per_name_per_client_and_in_total():
    gate = SignInGate(Limits(per_name=2, per_client=2, total=3), Clock())
    first = gate.enter("kari", "10.0.0.1")
    assert isinstance(gate.enter("kari", "10.0.0.2"), Ticket)
    assert gate.enter("kari", "10.0.0.3") == BUSY  # a third check for kari
    assert isinstance(gate.enter("ola", "10.0.0.1"), Ticket)
    assert gate.enter("nina", "10.0.0.1") == BUSY  # a third check from 10.0.0.1
    assert gate.enter("nina", "10.0.0.9") == BUSY  # three running in all
    assert isinstance(first, Ticket)
    gate.leave(first, success=False)
    assert isinstance(gate.enter("nina", "10.0.0.9"), Ticket)


def test_a_quiet_pair_starts_over():
    clock = Clock()
    gate = SignInGate(Limits(max_failures=5, forget_seconds=900), clock)
    for _ in range(4):
        fail(gate)
    clock.now += 901
    for _ in range(4):
        assert isinstance(fail(gate), Ticket)


def test_the_client_is_the_peer_unless_the_peer_is_a_trusted_proxy():
    trusted = proxy.networks(["127.0.0.1", "10.1.0.0/16"])
    assert proxy.client_address("192.0.2.7", ["203.0.113.1"], trusted) == "192.0.2.7"
    assert proxy.client_address("127.0.0.1", [], trusted) == "127.0.0.1"
    assert proxy.client_address("127.0.0.1", ["203.0.113.1"], trusted) == "203.0.113.1"
    # The client's own X-Forwarded-For is kept left of what the proxy appended: not believed.
    forged = ["198.51.100.1, 203.0.113.1"]
    assert proxy.client_address("127.0.0.1", forged, trusted) == "203.0.113.1"
    chain = ["203.0.113.1, 10.1.2.3"]  # a second trusted proxy in between
    assert proxy.client_address("127.0.0.1", chain, trusted) == "203.0.113.1"
    assert proxy.client_address("127.0.0.1", ["not-an-ip"], trusted) == "127.0.0.1"
    assert proxy.client_address("127.0.0.1", ["::1"], proxy.networks([])) == "127.0.0.1"
    assert not proxy.is_trusted("127.0.0.2", trusted)


def test_format_and_control_characters_are_shown_as_markers():
    assert shown("Kari Nordmann") == "Kari Nordmann"
    assert shown("cv\u202efdp.exe") == "cv[U+202E]fdp.exe"
    assert shown("a\u200bb\u200ec\u200fd\u2066e\u2069f\ufeff") == (
        "a[U+200B]b[U+200E]c[U+200F]d[U+2066]e[U+2069]f[U+FEFF]"
    )
    assert shown("line\nnext\tcol\x07\u2028") == "line\nnext\tcol[U+0007][U+2028]"
    assert shown("Zoë Ødegård 😀") == "Zoë Ødegård 😀"
    assert shown(None) == ""
    assert editable("Hei \u202eKari\n\u200bsvar\r\n") == "Hei Kari\nsvar\r\n"


@pytest.mark.parametrize(
    ("target", "kept"),
    [("/", True), ("/item?m=%3Cx%40example.net%3E", True), ("/stats", True),
     ("//evil.example", False), ("/\t/evil.example", False), ("/%09/evil.example", False),
     ("/%2F/evil.example", False), ("/\\evil.example", False), ("/%5cevil", False),
     ("https://evil.example", False), ("evil.example", False), ("/\n", False), ("", False),
     ("/a\u202eb", False), ("/%E2%80%AE", False), (None, False)],
)  # fmt: skip
def test_next_is_a_path_on_this_site_or_nothing(target, kept):
    assert safe_next(target) == (target if kept else "")


def test_the_confirmation_token_is_bound_to_item_version_address_and_counsellor():
    row = {"message_id": "<q@x>", "version": 3, "reply_to": "b@y.example", "from_address": "a@x"}
    token = confirm.issue("s" * 32, row, "kari")
    assert confirm.valid("s" * 32, token, row, "kari")
    assert not confirm.valid("s" * 32, token, {**row, "version": 4}, "kari")
    assert not confirm.valid("s" * 32, token, {**row, "reply_to": "c@y.example"}, "kari")
    assert not confirm.valid("s" * 32, token, {**row, "message_id": "<r@x>"}, "kari")
    assert not confirm.valid("s" * 32, token, row, "ola")
    assert not confirm.valid("t" * 32, token, row, "kari")
    assert not confirm.valid("s" * 32, "", row, "kari")
    assert confirm.replies_elsewhere(row)
    assert not confirm.replies_elsewhere({**row, "from_address": "B@Y.example"})
    assert not confirm.replies_elsewhere({**row, "from_address": ""})  # stored before #13


BASE = {
    "imap": {"host": "127.0.0.1", "security": "plain", "username": "u", "password_env": "P"},
    "state": {"path": "s.sqlite3"},
    "model": {"path": "m.joblib"},
    "replies": {"from_address": "a@example.org", "from_name": "A", "templates": "."},
}


def review(tmp_path, **keys):
    return parse_settings({**BASE, "review": keys}, tmp_path / "settings.toml").review


def test_review_settings_are_checked_and_every_problem_named(tmp_path):
    assert review(tmp_path).trusted_proxies == () and review(tmp_path).secure_cookies is None
    assert review(tmp_path, secure_cookies=True).secure_cookies is True
    assert review(tmp_path, secure_cookies="auto").secure_cookies is None
    good = review(tmp_path, trusted_proxies=["127.0.0.1", "10.0.0.0/8", "::1"])
    assert good.trusted_proxies == ("127.0.0.1", "10.0.0.0/8", "::1")
    with pytest.raises(ConfigError) as problems:
        review(tmp_path, secure_cookies="yes", trusted_proxies=["proxy.local"],
               trusted_header="X-Remote-User")  # fmt: skip
    text = str(problems.value)
    assert "[review] secure_cookies must be true, false or" in text
    assert "[review] trusted_proxies: 'proxy.local' is not an IP address" in text
    assert "[review] trusted_header needs trusted_proxies" in text


def test_session_generations_move_on(tmp_path):
    with Store.open(tmp_path / "state.sqlite3") as db:
        assert accounts.session_generation(db, "kari") is None
        accounts.add_user(db, "kari", "et langt passord")
        first = accounts.session_generation(db, "kari")
        assert accounts.end_sessions(db, "kari")
        assert accounts.session_generation(db, "kari") == first + 1
        accounts.add_user(db, "kari", "et nytt langt passord")  # a new password
        assert accounts.session_generation(db, "kari") == first + 2
        assert accounts.verify(db, "kari", "et nytt langt passord")
        assert accounts.session_generation(db, "kari") == first + 2  # signing in changes nothing
        assert not accounts.end_sessions(db, "nobody")
