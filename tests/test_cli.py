"""The `triage` command as a user runs it: help texts, the classify contract, retrain script."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import TRIAGE

from triage.cli import build_parser, main
from triage.errors import first_line

ROOT = Path(__file__).resolve().parents[1]


def test_every_command_has_help_text():
    parser = build_parser()
    commands = parser._subparsers._group_actions[0]  # noqa: SLF001 - argparse keeps them here
    for action in commands._choices_actions:  # noqa: SLF001
        assert action.help, f"`triage {action.dest}` has no help text"


def test_every_command_has_a_description_and_run_states_its_exit_codes(capsys):
    parser = build_parser()
    commands = parser._subparsers._group_actions[0]  # noqa: SLF001 - argparse keeps them here
    for name, command in commands.choices.items():
        assert command.description, f"`triage {name} --help` has no description"
    with pytest.raises(SystemExit):
        main(["run", "--help"])
    page = capsys.readouterr().out
    for line in ("0  all fine", "1  some messages were set aside", "2  configuration or usage",
                 "3  mailbox unreachable or login refused"):  # fmt: skip
        assert line in page


@pytest.mark.parametrize("name", ["run", "worker", "queue", "status", "train", "review", "demo"])
def test_every_command_takes_config(name, capsys):
    with pytest.raises(SystemExit):
        main([name, "--help"])
    assert "--config" in capsys.readouterr().out


def test_classify_jsonl_contract_end_to_end():
    lines = [
        {"id": "1", "subject": "Lønn", "body": "Hva bør jeg be om i lønn i ny jobb i staten?"},
        {"id": "2", "subject": "CV", "body": "Could you look at my CV before I apply?"},
        "not json",
    ]
    stdin = "\n".join(x if isinstance(x, str) else json.dumps(x) for x in lines) + "\n"
    done = subprocess.run(
        [*TRIAGE, "classify", "--jsonl", "--config", str(ROOT / "settings.toml")],
        input=stdin,
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=False,
    )
    out = [json.loads(line) for line in done.stdout.splitlines()]
    assert len(out) == 3
    for item in out[:2]:
        assert set(item) >= {"id", "topic", "confidence", "topics", "lang"}
        assert 0.0 <= item["confidence"] <= 1.0
    assert out[0]["lang"] == "nb" and out[1]["lang"] == "en"
    assert "error" in out[2]
    assert done.returncode == 1 and "could not be read" in done.stderr


def test_retrain_script_calls_the_same_code(tmp_path):
    done = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "retrain.py"), "--config", str(tmp_path / "x")],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 2 and "settings file" in done.stderr


@pytest.mark.parametrize(
    ("exc", "expected"),
    [
        (OSError(), "OSError"),
        (TimeoutError(), "TimeoutError"),
        (ConnectionResetError(), "ConnectionResetError"),
        (ValueError("  \n"), "ValueError"),
        (RuntimeError("first\nsecond"), "first"),
    ],
)
def test_first_line_never_raises_and_never_is_empty(exc: BaseException, expected: str) -> None:
    assert first_line(exc) == expected
