"""settings.toml: every problem reported at once, with section and key; secrets refused."""

from __future__ import annotations

from pathlib import Path

import pytest

from triage.cli import main
from triage.config import load_settings
from triage.errors import ConfigError

ROOT = Path(__file__).resolve().parents[1]


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "settings.toml"
    path.write_text(text)
    (tmp_path / "templates").mkdir(exist_ok=True)
    return path


GOOD = """
[imap]
host = "imap.example.org"
security = "tls"
username = "karriere@example.org"
password_env = "TRIAGE_IMAP_PASSWORD"
[state]
path = "state/triage.sqlite3"
[model]
path = "models/topic.joblib"
min_confidence = "auto"
[replies]
from_address = "karriere@example.org"
from_name = "Karriererådgivningen"
"""


def test_example_settings_file_in_the_repo_is_valid():
    settings = load_settings(ROOT / "settings.toml")
    assert settings.imap.port == 993 and settings.imap.security == "tls"
    assert settings.state_path == ROOT / "state" / "triage.sqlite3"  # relative to the file
    assert settings.smtp is not None and settings.smtp.security == "starttls"


def test_relative_paths_resolve_against_the_settings_folder(tmp_path):
    settings = load_settings(write(tmp_path, GOOD))
    assert settings.state_path == tmp_path / "state" / "triage.sqlite3"
    assert settings.model.path == tmp_path / "models" / "topic.joblib"
    assert settings.model.min_confidence is None
    assert "karriere@example.org" in settings.own_addresses


def test_every_problem_is_reported_at_once_with_section_and_key(tmp_path):
    text = GOOD.replace('username = "karriere@example.org"\n', "").replace(
        "[state]", '[state]\npaht = "x"'
    )
    text = text.replace('security = "tls"', 'security = "ssl"')
    with pytest.raises(ConfigError) as info:
        load_settings(write(tmp_path, text))
    message = str(info.value)
    assert "[imap] username is missing" in message
    assert "[imap] security must be one of" in message
    assert "[state] unknown key paht (did you mean path?)" in message
    assert "\n" not in message


def test_password_in_settings_is_refused_with_a_pointer(tmp_path):
    text = GOOD.replace('password_env = "TRIAGE_IMAP_PASSWORD"', 'password = "hunter2"')
    with pytest.raises(ConfigError) as info:
        load_settings(write(tmp_path, text))
    assert "password_env" in str(info.value) and "hunter2" not in str(info.value)


def test_plain_is_refused_for_anything_but_loopback(tmp_path):
    with pytest.raises(ConfigError, match="only allowed for a loopback host"):
        load_settings(write(tmp_path, GOOD.replace('"tls"', '"plain"')))
    ok = GOOD.replace('"tls"', '"plain"').replace("imap.example.org", "127.0.0.1")
    assert load_settings(write(tmp_path, ok)).imap.port == 143


def test_xoauth2_needs_a_token_command(tmp_path):
    text = GOOD.replace('password_env = "TRIAGE_IMAP_PASSWORD"', 'auth = "xoauth2"')
    with pytest.raises(ConfigError, match="token_command"):
        load_settings(write(tmp_path, text))


def test_bad_toml_and_missing_file_give_one_line(tmp_path, capsys):
    assert main(["status", "--config", str(tmp_path / "nope.toml")]) == 2
    assert "not found" in capsys.readouterr().err
    path = write(tmp_path, "[imap\nhost=")
    assert main(["status", "--config", str(path)]) == 2
    err = capsys.readouterr().err
    assert "not valid TOML" in err and len(err.strip().splitlines()) == 1


def test_min_confidence_number_overrides(tmp_path):
    settings = load_settings(write(tmp_path, GOOD.replace('"auto"', "0.8")))
    assert settings.model.min_confidence == 0.8
    with pytest.raises(ConfigError, match="min_confidence"):
        load_settings(write(tmp_path, GOOD.replace('"auto"', '"high"')))


def test_first_pass_days_and_reply_mode_defaults(tmp_path):
    settings = load_settings(write(tmp_path, GOOD))
    assert settings.imap.first_pass_days == 7
    assert settings.replies.mode == "draft"
    text = GOOD.replace('security = "tls"', 'security = "tls"\nfirst_pass_days = 0')
    text = text.replace("[replies]", '[replies]\nmode = "shadow"')
    settings = load_settings(write(tmp_path, text))
    assert (settings.imap.first_pass_days, settings.replies.mode) == (0, "shadow")


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("-1", "[imap] first_pass_days must be 0 or more (days)"),
        ("2.5", "[imap] first_pass_days must be a whole number, not 2.5"),
        ('"7"', "[imap] first_pass_days must be a whole number, not '7'"),
        ("true", "[imap] first_pass_days must be a whole number, not True"),
    ],
)
def test_bad_first_pass_days_is_an_error_naming_the_key(tmp_path, capsys, value, expected):
    text = GOOD.replace('security = "tls"', f'security = "tls"\nfirst_pass_days = {value}')
    text = text.replace("[replies]", '[replies]\nmode = "loud"')
    path = write(tmp_path, text)
    assert main(["run", "--dry-run", "--config", str(path)]) == 2
    err = capsys.readouterr().err
    assert expected in err
    assert "[replies] mode must be one of draft, shadow" in err  # every problem at once
    assert len(err.strip().splitlines()) == 1


@pytest.mark.parametrize(("value", "expected"), [("true", True), ("false", False), ("1", None)])
def test_append_connection_is_on_by_default_and_a_yes_or_no(tmp_path, value, expected):
    assert load_settings(write(tmp_path, GOOD)).imap.append_connection is True
    text = GOOD.replace('security = "tls"', f'security = "tls"\nappend_connection = {value}')
    if expected is None:
        with pytest.raises(ConfigError, match=r"\[imap\] append_connection must be"):
            load_settings(write(tmp_path, text))
    else:
        assert load_settings(write(tmp_path, text)).imap.append_connection is expected


def test_worker_processes_default_to_the_cpu_count_and_must_be_positive(tmp_path):
    settings = load_settings(write(tmp_path, GOOD))
    assert settings.worker.processes == 0  # not set
    assert settings.worker.cpu_processes >= 1
    settings = load_settings(write(tmp_path, GOOD + "[worker]\nprocesses = 3\n"))
    assert settings.worker.cpu_processes == 3
    for bad in ("0", "-1", '"many"'):
        with pytest.raises(ConfigError, match=r"\[worker\] processes"):
            load_settings(write(tmp_path, GOOD + f"[worker]\nprocesses = {bad}\n"))


def test_office_name_per_language_and_retention(tmp_path):
    settings = load_settings(write(tmp_path, GOOD))
    assert settings.replies.office_names == {} and settings.privacy.retention_days == 180
    text = GOOD + 'office_name = { nb = "Karrieresenteret", en = "Career  Centre" }\n'
    text += "[privacy]\nretention_days = 0\n"
    settings = load_settings(write(tmp_path, text))
    assert settings.replies.office_names == {"nb": "Karrieresenteret", "en": "Career Centre"}
    assert settings.privacy.retention_days == 0
    one = load_settings(write(tmp_path, GOOD + 'office_name = "Karriere"\n'))
    assert one.replies.office_names == {"nb": "Karriere", "nn": "Karriere", "en": "Karriere"}


def test_bad_office_name_and_retention_are_reported_together(tmp_path):
    text = GOOD + 'office_name = { nb = "Karriere", de = "Karriere", en = 3 }\n'
    text += "[privacy]\nretention_days = -1\nretension = 3\n"
    with pytest.raises(ConfigError) as info:
        load_settings(write(tmp_path, text))
    message = str(info.value)
    assert "[replies] office_name: de = 'Karriere'" in message
    assert "[replies] office_name: en = 3" in message
    assert "[privacy] retention_days must be 0" in message
    assert "[privacy] unknown key retension (did you mean retention_days?)" in message
