"""Loading the model safely, abstaining, and the `triage classify --jsonl` contract."""

from __future__ import annotations

import io
import json
import shutil
import subprocess
import sys
from importlib import metadata
from pathlib import Path

import joblib
import pytest

from triage.errors import ModelError
from triage.linear import FORMAT
from triage.model import classify
from triage.model.classify import Prediction, TopicModel, classify_jsonl, load_model
from triage.topics import DRAFT_TOPICS, TOPICS
from triage.training.options import TrainOptions
from triage.training.run import run_training

SAMPLES = {
    "followup": "Jeg søkte for tre uker siden og har ikke hørt noe. Bør jeg ringe arbeidsgiver?",
    "interview": "Jeg skal på intervju med panel neste uke. Hvordan forbereder jeg meg?",
    "salary": "De spør om lønnsforventning. Hvilket lønnstrinn bør jeg be om?",
    "cv": "Kan dere se over CV-en og søknadsbrevet mitt før fristen?",
    "other": "Jeg vurderer etterutdanning og lurer på permisjon fra jobben.",
}
VARIANTS = [
    "{}",
    "Hei! {} Mvh Kari",
    "{} Takk på forhånd.",
    "Hallo, {}",
    "{} Jeg er ny i jobben.",
    "Hei dere, {} Hilsen Ola",
    "{} Dette haster litt.",
    "God dag. {}",
    "{} Beste hilsen Priya",
    "Hei igjen. {}",
    "{} Jeg jobber i kommunen.",
    "{} Jeg er student.",
    "Spørsmål: {}",
    "{} Jeg har master i sosiologi.",
]


@pytest.fixture(scope="module")
def trained(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, TopicModel]:
    root = tmp_path_factory.mktemp("model")
    data = root / "data"
    data.mkdir()
    for label, sample in SAMPLES.items():
        rows = [
            {"id": f"{label}-{n}", "subject": "", "body": v.format(sample), "label": label}
            for n, v in enumerate(VARIANTS)
        ]
        (data / f"{label}.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows))
    options = TrainOptions(data_dir=data, model_path=root / "models" / "topic.joblib")
    result = run_training(options, [], lambda _: None)
    return root / "models", result.model


@pytest.fixture(scope="module")
def model_dir(trained: tuple[Path, TopicModel]) -> Path:
    return trained[0]


@pytest.fixture
def model_copy(model_dir: Path, tmp_path: Path) -> Path:
    for name in ("topic.joblib", "topic.json"):
        shutil.copy(model_dir / name, tmp_path / name)
    return tmp_path / "topic.joblib"


def test_load_round_trip(model_dir: Path) -> None:
    model = load_model(model_dir / "topic.joblib")
    card = json.loads((model_dir / "topic.json").read_text())
    assert model.version == card["version"] and model.card == card
    assert model.labels == tuple(sorted(TOPICS))
    assert set(model.draft_topics) == set(DRAFT_TOPICS)
    predictions = model.predict(list(SAMPLES.values()), threshold=0.0)
    assert all(isinstance(p, Prediction) and not p.abstained for p in predictions)
    assert [p.topic for p in predictions] == list(SAMPLES)
    for prediction in predictions:
        if prediction.topic == "other":
            assert prediction.topics == ()  # no draft for "other"
        else:
            assert prediction.topics[0] == (prediction.topic, prediction.confidence)
    assert model.predict([]) == []


def test_abstains_below_threshold_with_topic_other(model_dir: Path) -> None:
    model = load_model(model_dir / "topic.joblib")
    (prediction,) = model.predict([SAMPLES["salary"]], threshold=1.01)
    assert prediction.abstained and prediction.topic == "other" and prediction.topics == ()
    assert 0 < prediction.confidence <= 1
    # None means the card's threshold
    (default,) = model.predict([SAMPLES["salary"]])
    assert default.abstained == (default.confidence < model.card["threshold"])


def test_secondary_topic_follows_the_card_rule(model_dir: Path) -> None:
    model = load_model(model_dir / "topic.joblib")
    model.secondary_min = 0.0  # any second draft topic is confident enough
    (prediction,) = model.predict([SAMPLES["cv"] + " " + SAMPLES["salary"]], threshold=0.0)
    assert len(prediction.topics) == 2
    assert {t for t, _ in prediction.topics} <= set(DRAFT_TOPICS)


def test_checksum_mismatch_is_refused_before_unpickling(
    model_copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import joblib

    def must_not_load(*_args, **_kwargs):
        raise AssertionError("unpickled an unverified file")

    monkeypatch.setattr(joblib, "load", must_not_load)
    model_copy.write_bytes(model_copy.read_bytes() + b"tampered")
    with pytest.raises(ModelError, match="checksum.*triage train"):
        load_model(model_copy)


def test_the_file_holds_numbers_the_fitted_model_predicts_with(
    trained: tuple[Path, TopicModel],
) -> None:
    """What training fitted (scikit-learn) and what the pass loads (plain numbers) agree."""
    model_dir, fitted = trained
    assert fitted.pipeline is not None
    loaded = load_model(model_dir / "topic.joblib")
    assert loaded.pipeline is None and loaded.card["format"] == FORMAT
    texts = [*SAMPLES.values(), "ÆØÅ 🙂", ""]
    features = fitted.pipeline.named_steps["features"].transform(texts)
    expected = fitted.pipeline.named_steps["classifier"].predict_proba(features)
    scores = loaded.scores(texts)
    assert scores.topic == pytest.approx(expected, abs=1e-12)
    # (this data has no mail on two topics, so no second-topic head: tests/test_linear.py)
    assert scores.secondary is None and fitted.secondary_head is None
    assert loaded.predict(texts) == fitted.predict(texts)


def test_loading_a_model_imports_no_scikit_learn(model_dir: Path) -> None:
    code = (
        "import sys\n"
        "from triage.model.classify import load_model\n"
        f"model = load_model({str(model_dir / 'topic.joblib')!r})\n"
        "model.predict(['Hvilket lønnstrinn bør jeg be om?'])\n"
        "print(sorted(m for m in ('sklearn', 'scipy') if m in sys.modules))\n"
    )
    found = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert found.stdout.strip() == "[]"


def test_scikit_learn_version_matters_only_for_a_file_of_fitted_parts(
    model_copy: Path, trained: tuple[Path, TopicModel]
) -> None:
    """A file written before plain numbers (its card names no format) still loads, through
    the scikit-learn that wrote it; another version is refused. A plain file loads with any."""
    card_path = model_copy.with_suffix(".json")
    card = json.loads(card_path.read_text())
    card["sklearn_version"] = "1.5.0"
    card_path.write_text(json.dumps(card))
    assert load_model(model_copy).labels == tuple(sorted(TOPICS))

    fitted = trained[1]
    buffer = io.BytesIO()
    joblib.dump({"topic": fitted.pipeline, "secondary": fitted.secondary_head}, buffer, compress=3)
    model_copy.write_bytes(buffer.getvalue())
    del card["format"]
    card["sha256"] = classify.sha256_bytes(buffer.getvalue())
    card_path.write_text(json.dumps(card))
    with pytest.raises(ModelError) as error:
        load_model(model_copy)
    message = str(error.value)
    assert "was trained with scikit-learn 1.5.0, this is" in message
    assert "`triage train`" in message and "\n" not in message

    card["sklearn_version"] = metadata.version("scikit-learn")
    card_path.write_text(json.dumps(card))
    old = load_model(model_copy)
    texts = list(SAMPLES.values())
    assert old.scores(texts).topic == pytest.approx(fitted.scores(texts).topic, abs=1e-12)


def test_a_format_from_a_later_version_is_refused(model_copy: Path) -> None:
    card_path = model_copy.with_suffix(".json")
    card = json.loads(card_path.read_text())
    card["format"] = "linear-text-9"
    card_path.write_text(json.dumps(card))
    with pytest.raises(ModelError, match="format .* does not know .*linear-text-9"):
        load_model(model_copy)


def test_missing_and_corrupt_files(model_copy: Path) -> None:
    card_path = model_copy.with_suffix(".json")
    card_path.rename(card_path.with_suffix(".bak"))
    with pytest.raises(ModelError, match="card .* is missing.*triage train"):
        load_model(model_copy)
    card_path.with_suffix(".bak").rename(card_path)
    card = json.loads(card_path.read_text())
    model_copy.write_bytes(b"not a pickle")  # checksum matches, content is garbage
    card["sha256"] = classify.sha256_bytes(b"not a pickle")
    card_path.write_text(json.dumps(card))
    with pytest.raises(ModelError, match="cannot be loaded.*triage train"):
        load_model(model_copy)
    card_path.write_text("{not json")
    with pytest.raises(ModelError, match="cannot be read"):
        load_model(model_copy)
    with pytest.raises(ModelError, match="does not exist.*triage train"):
        load_model(model_copy.with_name("absent.joblib"))


def test_classify_jsonl_contract(model_dir: Path) -> None:
    model = load_model(model_dir / "topic.joblib")
    lines = [
        json.dumps({"id": "m1", "subject": "Lønn", "body": SAMPLES["salary"]}),
        "{broken",
        "",
        json.dumps({"id": 7, "subject": "", "body": SAMPLES["cv"] + "\n\n> gammel tekst"}),
        json.dumps({"id": "m3", "subject": "Hei"}),
        json.dumps({"id": "m4", "subject": None, "body": "I have an interview on Monday."}),
    ]
    out = io.StringIO()
    assert classify_jsonl(iter(lines), model, out) == 2
    rows = [json.loads(line) for line in out.getvalue().splitlines()]
    assert [r["id"] for r in rows] == ["m1", None, 7, "m3", "m4"]
    assert "error" in rows[1] and "error" in rows[3]
    for row in (rows[0], rows[2], rows[4]):
        assert list(row) == ["id", "topic", "confidence", "topics", "lang"]
        assert row["topic"] in TOPICS and 0 <= row["confidence"] <= 1
        assert row["lang"] in ("nb", "nn", "en")
        for entry in row["topics"]:
            assert set(entry) == {"topic", "confidence"}
    assert rows[4]["lang"] == "en"


def test_classify_jsonl_abstains_as_other(model_dir: Path) -> None:
    model = load_model(model_dir / "topic.joblib")
    model.threshold = 1.01
    out = io.StringIO()
    line = json.dumps({"id": "x", "subject": "", "body": SAMPLES["interview"]})
    classify_jsonl([line] * (classify.BATCH_SIZE + 3), model, out)  # more than one batch
    rows = [json.loads(row) for row in out.getvalue().splitlines()]
    assert len(rows) == classify.BATCH_SIZE + 3
    assert all(r["topic"] == "other" and r["topics"] == [] for r in rows)
