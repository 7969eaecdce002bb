"""Situations inside a topic: cues, how cues and the model combine, the trained artifact and its
checks, and read_situation as the composer will call it."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from conftest import settings_text
from sklearn.feature_extraction.text import TfidfVectorizer

from triage.cli import main
from triage.errors import ModelError
from triage.model.classify import load_model
from triage.model.situation_cues import cue_hits
from triage.model.situation_rules import cue_text, decide, evidence
from triage.model.situation_text import Features, analyze
from triage.model.situations import (
    Reading,
    load_situation_model,
    read_situation,
    read_situations,
    situation_model_path,
)
from triage.situations import ALL_SITUATIONS, SITUATIONS, situations_for
from triage.training.situations import train_situations

ROOT = Path(__file__).resolve().parents[1]
TOPIC_MODEL = ROOT / "models" / "topic.joblib"


def hits(text: str, *situations: str) -> dict[str, str]:
    return cue_hits(cue_text("", text), situations or ALL_SITUATIONS)


# --- cues ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "situation", "words"),
    [
        ("Jeg fikk avslag i går", "rejected", "avslag"),
        ("Eg fekk nei på stillinga", "rejected", "fekk nei"),
        ("I was rejected after two interviews", "rejected", "reject"),
        ("Har et tilbud fra et IT-selskap med frist fredag", "competing_offer", "tilbud fra et"),
        ("Intervjuet blir på Teams", "video", "på teams"),
        ("The interview is a video call", "video", "video"),
        ("De vil ringe referansene mine", "references", "referanse"),
        ("Skal ha lonnssamtale med sjefen", "raise", "lonnssamtale"),
        ("Vi har lokale forhandlingar i haust", "raise", "lokale forhandling"),
        ("Jeg har et hull i CV-en", "gap", "hull"),
        ("Eg var sjukmeld i to år", "gap", "sjukmeld"),
        ("Bør jeg oppdatere LinkedIn-profilen?", "linkedin", "linkedin"),
        ("Jeg er 58 og har lang erfaring", "experienced", "jeg er 58"),
        ("Andregangsintervju på fredag", "second_round", "andregangs"),
    ],
)  # fmt: skip
def test_cues_name_situations_in_every_language_and_without_special_letters(
    text: str, situation: str, words: str
) -> None:
    assert hits(text, situation) == {situation: words}


def test_a_negated_cue_does_not_count() -> None:
    assert hits("Ingen svar, ingen avslag. Hva er normalt?", "rejected") == {}
    assert hits("I was not rejected, they just went silent", "rejected") == {}
    assert hits("Jeg har fått avslag", "rejected") == {"rejected": "avslag"}


def test_sector_makes_cues_for_public_panels_and_first_public_jobs() -> None:
    text = cue_text("", "Jeg har intervju neste uke. Hva spør de om?")
    assert "panel_public" in evidence(text, ("interview",), "state")
    assert "panel_public" not in evidence(text, ("interview",), "private")
    text = cue_text("", "Jeg er nyutdannet og har fått tilbud. Hva er vanlig?")
    assert evidence(text, ("salary",), "municipality")["first_public_job"].startswith("nyutdann")
    assert "first_public_job" not in evidence(text, ("salary",), "private")
    assert "first_public_job" not in evidence(text, ("cv",), "state")  # only salary situations


# --- combining cues and the model ----------------------------------------------------------

RULES = {s: {"model": 0.6, "cue": 0.2} for s in ALL_SITUATIONS} | {
    "video": {"model": 1.01, "cue": 0.0}
}


def test_the_model_alone_needs_the_higher_bar_and_a_cue_lowers_it() -> None:
    probabilities = {"rejected": 0.3, "waiting": 0.65, "before_applying": 0.1}
    assert decide(probabilities, {}, RULES) == ("waiting",)
    assert decide(probabilities, {"rejected": "avslag"}, RULES) == ("rejected",)  # supersedes
    assert decide({"before_applying": 0.1}, {"before_applying": "før jeg søker"}, RULES) == ()
    assert decide({"video": 0.01}, {"video": "teams"}, RULES) == ("video",)  # cue alone
    assert decide({"video": 0.99}, {}, RULES) == ()  # never by the model alone


def test_a_rejection_after_the_interview_drops_the_advice_on_asking_about_next_steps() -> None:
    probabilities = {"after_interview": 0.9, "rejected": 0.8, "competing_offer": 0.1}
    assert decide(probabilities, {}, RULES) == ("rejected",)
    assert decide({"after_interview": 0.9}, {}, RULES) == ("after_interview",)


def test_silence_after_an_interview_is_not_waiting() -> None:
    probabilities = {"waiting": 0.9, "after_interview": 0.9, "competing_offer": 0.9}
    assert decide(probabilities, {}, RULES) == ("after_interview", "competing_offer")


def test_fast_features_equal_scikit_learns() -> None:
    corpus = [
        "Jeg fikk avslag på søknaden, kan jeg be om tilbakemelding?",
        "Lønnssamtale neste uke: hva bør jeg kreve?",
        "lonnssamtalen min er i morgen, og jeg fikk avslag",
        "Video interview on Teams, any advice?",
    ]
    vectorizer = TfidfVectorizer(analyzer=analyze, sublinear_tf=True).fit(corpus)
    features = Features(vectorizer.vocabulary_, vectorizer.idf_)
    for text in [*corpus, "helt ny tekst uten kjente ord", "avslag avslag avslag video"]:
        expected = vectorizer.transform([text]).toarray()[0]
        row = features.row(text)
        assert {i for i, v in enumerate(expected) if v} == set(row)
        for index, value in row.items():
            assert value == pytest.approx(expected[index])


# --- the committed model, as the composer uses it -----------------------------------------


@pytest.fixture(scope="module")
def models():
    topic = load_model(TOPIC_MODEL)
    return topic, load_situation_model(situation_model_path(TOPIC_MODEL), topic)


def test_read_situation_gives_situations_sector_questions_and_cues(models) -> None:
    _, model = models
    text = (
        "Hei!\n\nJeg fikk avslag på en stilling i et direktorat i går, etter to intervjuer."
        " Kan jeg be om tilbakemelding? Jeg lurer også på om jeg kan få se søkerlisten.\n\nKari"
    )
    reading = read_situation(model, "Avslag", text, "nb", ("followup",))
    assert isinstance(reading, Reading)
    assert "rejected" in reading.situations
    assert set(reading.situations) <= set(SITUATIONS["followup"])
    assert reading.sector == "state"
    assert reading.questions == (
        "Kan jeg be om tilbakemelding?",
        "Jeg lurer også på om jeg kan få se søkerlisten.",
    )
    assert any(cue.startswith("rejected: ") for cue in reading.cues)
    assert "sector state: direktorat" in reading.cues
    assert {s for s, _ in reading.confidence} == set(SITUATIONS["followup"])


def test_situations_only_for_the_chosen_topics(models) -> None:
    _, model = models
    text = "Jeg har intervju på Teams i morgen, og de vil ha referanser. Hva bør jeg tenke på?"
    assert {"video", "references"} <= set(
        read_situation(model, "", text, "nb", ("interview",)).situations
    )
    assert read_situation(model, "", text, "nb", ("cv",)).situations == ()
    other = read_situation(model, "", text, "nb", ("other",))
    assert other == Reading(questions=("Hva bør jeg tenke på?",))
    both = read_situation(model, "", text, "nb", ("cv", "interview"))
    assert set(both.situations) <= set(situations_for(("cv", "interview")))


def test_a_general_question_gets_no_situation(models) -> None:
    _, model = models
    reading = read_situation(model, "CV", "Bør jeg ha bilde på CV-en?", "nb", ("cv",))
    assert reading.situations == ()
    assert reading.questions == ("Bør jeg ha bilde på CV-en?",)


def test_batch_reads_like_one_at_a_time(models) -> None:
    _, model = models
    mails = [
        ("Lønn", "Jeg har fått tilbud fra en kommune, hva bør jeg be om?", "nb", ("salary",)),
        ("", "I have a gap of two years on my CV after sick leave.", "en", ("cv",)),
        ("", "", "nb", ()),
    ]
    assert read_situations(model, mails) == [read_situation(model, *mail) for mail in mails]


# --- loading checks ------------------------------------------------------------------------


@pytest.fixture
def copied(tmp_path: Path) -> Path:
    folder = tmp_path / "models"
    folder.mkdir()
    for name in ("topic.joblib", "topic.json", "situations.joblib", "situations.json"):
        shutil.copy(ROOT / "models" / name, folder / name)
    return folder


def _error(models_dir: Path) -> str:
    topic = load_model(models_dir / "topic.joblib")
    with pytest.raises(ModelError) as caught:
        load_situation_model(models_dir / "situations.joblib", topic)
    message = str(caught.value)
    assert "\n" not in message and "`triage train`" in message
    return message


def test_a_missing_situation_model_names_triage_train(copied: Path) -> None:
    (copied / "situations.joblib").unlink()
    assert "is missing" in _error(copied)


def test_a_situation_model_older_than_the_topic_model_is_refused(copied: Path) -> None:
    card = json.loads((copied / "topic.json").read_text())
    card["version"], card["date"] = "29990101-0000-newtopic", "2999-01-01T00:00:00+00:00"
    (copied / "topic.json").write_text(json.dumps(card))
    assert "is older than the topic model 29990101-0000-newtopic" in _error(copied)


def test_a_changed_file_is_refused_another_scikit_learn_is_not(copied: Path) -> None:
    """The file holds plain numbers (no scikit-learn object), so another scikit-learn version
    is no reason to stop the pass; a changed file is."""
    blob = (copied / "situations.joblib").read_bytes()
    (copied / "situations.joblib").write_bytes(blob + b"x")
    assert "checksum" in _error(copied)
    (copied / "situations.joblib").write_bytes(blob)
    card = json.loads((copied / "situations.json").read_text())
    card["sklearn_version"] = "0.1"
    (copied / "situations.json").write_text(json.dumps(card))
    topic = load_model(copied / "topic.joblib")
    assert load_situation_model(copied / "situations.joblib", topic).version


# --- training ------------------------------------------------------------------------------


def _write_data(folder: Path) -> None:
    """A small labelled set in the data/ format: rejections, silence, and general questions."""
    folder.mkdir()
    kinds = [
        ("rejected", "Jeg fikk avslag på stillingen {n}. Kan jeg be om en begrunnelse?"),
        ("waiting", "Jeg søkte for {n} uker siden og har ikke hørt noe. Bør jeg ringe?"),
        ("", "Hvor lenge bør man vente før man ringer arbeidsgiveren, sånn generelt {n}?"),
    ]
    rows = []
    for n in range(36):
        situation, body = kinds[n % 3]
        rows.append({"id": f"followup-{n}", "subject": "", "body": body.format(n=n),
                     "label": "followup", "secondary": None, "lang": "nb",
                     "situations": [situation] if situation else [], "sector": None})  # fmt: skip
    (folder / "followup.jsonl").write_text("\n".join(json.dumps(r) for r in rows) + "\n")
    other = [{"id": f"other-{n}", "subject": "", "body": f"Takk for kurset {n}!",
              "label": "other", "secondary": None, "lang": "nb", "situations": [],
              "sector": None} for n in range(12)]  # fmt: skip
    (folder / "other.jsonl").write_text("\n".join(json.dumps(r) for r in other) + "\n")


def test_training_writes_a_model_bound_to_the_topic_model(copied: Path, tmp_path: Path) -> None:
    _write_data(tmp_path / "data")
    result = train_situations(tmp_path / "data", copied / "topic.joblib", progress=lambda _: None)
    assert {p.name for p in result.written} == {"situations.joblib", "situations.json"}
    card = json.loads((copied / "situations.json").read_text())
    topic = load_model(copied / "topic.joblib")
    assert card["topic_model"]["version"] == topic.version
    assert set(card["rules"]) == set(ALL_SITUATIONS)
    assert card["test"]["situations"]["per_situation"]["rejected"]["n"] > 0
    model = load_situation_model(copied / "situations.joblib", topic)
    reading = read_situation(model, "", "Fikk avslag i dag, hva nå?", "nb", ("followup",))
    assert reading.situations == ("rejected",)
    assert "Situation model" in result.summary() and "precision" in result.summary()


def test_train_situations_only_leaves_the_topic_model_alone(copied: Path, tmp_path, capsys):
    _write_data(tmp_path / "data")
    config = tmp_path / "settings.toml"
    text = settings_text(1143, "career@example.org", tmp_path, f'[train]\ndata = "{tmp_path}/data"')
    config.write_text(text.replace(f"{ROOT}/models/topic.joblib", f"{copied}/topic.joblib"))
    before = {p.name: p.read_bytes() for p in copied.iterdir()}
    assert main(["train", "--config", str(config), "--situations-only", "--dry-run"]) == 0
    assert "nothing written" in capsys.readouterr().out
    assert {p.name: p.read_bytes() for p in copied.iterdir()} == before
    assert main(["train", "--config", str(config), "--situations-only"]) == 0
    after = {p.name: p.read_bytes() for p in copied.iterdir()}
    assert after["topic.joblib"] == before["topic.joblib"]
    assert after["topic.json"] == before["topic.json"]
    assert after["situations.joblib"] != before["situations.joblib"]
