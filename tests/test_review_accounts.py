"""`triage users add|list|remove`: argon2 hashes, password from stdin when not a terminal."""

from __future__ import annotations

import io

from triage.cli import main
from triage.state import accounts
from triage.state.store import Store


def users(box, monkeypatch, *args: str, stdin: str = "") -> int:
    monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
    return main(["users", *args, "--config", str(box.config)])


def test_add_list_change_remove(box, monkeypatch, capsys):
    assert users(box, monkeypatch, "add", "kari", stdin="et langt passord\n") == 0
    assert "Added kari" in capsys.readouterr().out
    with Store.open(box.settings().state_path) as db:
        stored = db.execute("SELECT password_hash FROM users WHERE name = 'kari'").fetchone()[0]
        assert stored.startswith("$argon2id$") and "et langt passord" not in stored
        assert accounts.verify(db, "kari", "et langt passord")
        assert not accounts.verify(db, "kari", "feil passord")
        assert not accounts.verify(db, "ola", "et langt passord")

    assert users(box, monkeypatch, "add", "kari", stdin="et nytt langt passord\n") == 0
    assert "Changed the password of kari" in capsys.readouterr().out
    assert users(box, monkeypatch, "list") == 0
    assert "kari" in capsys.readouterr().out
    assert users(box, monkeypatch, "remove", "kari") == 0
    assert users(box, monkeypatch, "remove", "kari") == 2
    with Store.open(box.settings().state_path) as db:
        assert not accounts.exists(db, "kari")


def test_display_name_signs_replies_and_is_kept_when_not_given(box, monkeypatch, capsys):
    args = ("add", "kari", "--display-name", " Kari  Nordmann ")
    assert users(box, monkeypatch, *args, stdin="et langt passord\n") == 0
    assert "signed 'Kari Nordmann'" in capsys.readouterr().out
    assert users(box, monkeypatch, "add", "kari", stdin="et nytt langt passord\n") == 0
    with Store.open(box.settings().state_path) as db:
        assert accounts.display_name(db, "kari") == "Kari Nordmann"
        assert accounts.display_name(db, "nobody") == ""
    assert users(box, monkeypatch, "list") == 0
    assert "kari\t" in (out := capsys.readouterr().out) and "Kari Nordmann" in out
    for bad in ("[[Navnet ditt]]", "Kari\nBcc", "", "x" * 81):
        args = ("add", "ola", "--display-name", bad)
        assert users(box, monkeypatch, *args, stdin="et langt passord\n") == 2
    assert "--display-name must be one line" in capsys.readouterr().err
    with Store.open(box.settings().state_path) as db:
        assert not accounts.exists(db, "ola")


def test_short_password_and_bad_name_are_refused(box, monkeypatch, capsys):
    assert users(box, monkeypatch, "add", "kari", stdin="kort\n") == 2
    assert "at least 10" in capsys.readouterr().err
    assert users(box, monkeypatch, "add", "kari nordmann", stdin="et langt passord\n") == 2
    assert users(box, monkeypatch, "add") == 2


def test_logout_ends_every_session_and_says_so(box, monkeypatch, capsys):
    assert users(box, monkeypatch, "add", "kari", stdin="et langt passord\n") == 0
    with Store.open(box.settings().state_path) as db:
        before = accounts.session_generation(db, "kari")
    assert users(box, monkeypatch, "logout", "kari") == 0
    assert "Signed kari out everywhere" in capsys.readouterr().out
    with Store.open(box.settings().state_path) as db:
        assert accounts.session_generation(db, "kari") == before + 1
    assert users(box, monkeypatch, "logout", "ola") == 2
    assert "no account named ola" in capsys.readouterr().err
    assert users(box, monkeypatch, "logout") == 2
