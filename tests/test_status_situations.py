"""`triage status` says which situation model a pass will use, or that a pass will not start
until `triage train` has made one for the topic model in use (read from the cards only)."""

from __future__ import annotations

import json
import shutil

import pytest
from conftest import ROOT

from triage.cli import main


@pytest.fixture
def models(box, tmp_path):
    """A copy of the shipped models that the box's settings use, to change."""
    copy = tmp_path / "models"
    shutil.copytree(ROOT / "models", copy)
    text = box.config.read_text().replace(f'"{ROOT}/models/', f'"{copy}/')
    box.config.write_text(text)
    return copy


def status(box, capsys) -> tuple[str, dict]:
    assert main(["status", "--config", str(box.config)]) == 0
    out = capsys.readouterr().out
    assert main(["status", "--json", "--config", str(box.config)]) == 0
    return out, json.loads(capsys.readouterr().out)


def test_status_names_the_situation_model_and_its_topic_model(box, models, capsys):
    topic = json.loads((models / "topic.json").read_text())["version"]
    mine = json.loads((models / "situations.json").read_text())["version"]
    out, report = status(box, capsys)
    assert f"Situations: {mine}, trained with topic model {topic}" in out
    assert report["situations_model"] == {"version": mine, "topic_model": topic}


def test_status_says_a_pass_will_not_start_with_a_stale_situation_model(box, models, capsys):
    card_path = models / "situations.json"
    card = json.loads(card_path.read_text())
    card["topic_model"]["version"] = "20200101-0000-00000000"
    card_path.write_text(json.dumps(card))
    out, _ = status(box, capsys)
    line = next(x for x in out.splitlines() if x.startswith("Situations:"))
    assert "trained with topic model 20200101-0000-00000000, not" in line
    assert line.endswith("run `triage train` (a pass will not start)")


def test_status_says_a_pass_will_not_start_without_a_situation_model(box, models, capsys):
    (models / "situations.json").unlink()
    out, report = status(box, capsys)
    assert "Situations: no situation model card at" in out
    assert "run `triage train` (a pass will not start)" in out
    assert report["situations_model"] == {}


def test_status_names_the_care_checks_distress_model(box, capsys):
    from triage.inbound.distress_model import CARD_PATH

    card = json.loads(CARD_PATH.read_text(encoding="utf-8"))
    out, report = status(box, capsys)
    assert f"Care check: lexicon and distress model {card['version']}" in out
    assert report["distress_model"] == {"version": card["version"], "threshold": card["threshold"]}


def test_status_says_when_the_model_file_is_of_the_older_slower_kind(box, models, capsys):
    """A topic model written before models were plain numbers still runs, with a slower
    start; status says so, and what writes a new one."""
    out, report = status(box, capsys)
    line = next(x for x in out.splitlines() if x.startswith("Model:"))
    assert "older" not in line and report["model"]["format"] == "linear-text-2"
    card = json.loads((models / "topic.json").read_text())
    del card["format"]
    (models / "topic.json").write_text(json.dumps(card))
    out, report = status(box, capsys)
    line = next(x for x in out.splitlines() if x.startswith("Model:"))
    assert line.endswith("an older model file that starts slower: `triage train` writes a new one")
    assert report["model"]["format"] is None
