"""The care check's sentence model: its arithmetic, loading and training, and the shipped one."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import numpy as np
import pytest
from sklearn.pipeline import Pipeline

from triage.errors import ModelError
from triage.inbound.care import check_care, lexicon_phrases
from triage.inbound.distress_model import (
    MAX_SENTENCES,
    MODEL_PATH,
    DistressModel,
    load_distress_model,
    sentences,
    shipped_model,
)
from triage.training.distress import (
    MailScore,
    build_pipeline,
    choose_threshold,
    train_distress,
    write_model,
)

ROOT = Path(__file__).resolve().parents[1]

DISTRESS = [
    "I feel like a ghost in my own flat these days",
    "Eg kjenner meg som eit spøkelse i min eigen leilegheit",
    "Jeg føler meg som et spøkelse i min egen leilighet for tiden",
    "everything is grey and heavy like a ghost",
]
ORDINARY = [
    "Kan dere se over CV-en min før fredag?",
    "I have an interview on Tuesday at ten",
    "Eg lurer på kva lønn eg bør be om",
    "Should I call the contact person again?",
    "Jeg har ikke hørt noe etter intervjuet",
    "Thanks for the quick answer last week",
]


def _tiny_pipeline() -> Pipeline:
    texts = DISTRESS * 3 + ORDINARY * 3
    labels = np.array([1] * len(DISTRESS) * 3 + [0] * len(ORDINARY) * 3)
    pipeline = build_pipeline(c=10.0)
    pipeline.named_steps["features"].transformer_list[0][1].min_df = 1
    pipeline.named_steps["features"].transformer_list[1][1].min_df = 1
    return pipeline.fit(texts, labels)


@pytest.fixture(scope="module")
def tiny() -> DistressModel:
    """A model that knows one image of distress, trained in the test: fast and predictable."""
    return DistressModel.fitted(_tiny_pipeline(), 0.5, "tiny")


def test_scorer_is_the_pipelines_own_arithmetic() -> None:
    pipeline = _tiny_pipeline()
    model = DistressModel.fitted(pipeline, 0.5, "tiny")
    texts = [*DISTRESS, *ORDINARY, "ÆØÅ æøå aeoeaa", "\u200b\u202e odd \t chars 🙂", "x" * 500, ""]
    expected = pipeline.predict_proba(texts)[:, 1]
    assert model.scores(texts) == pytest.approx(list(expected), abs=1e-12)


def test_the_scorer_matches_a_pipeline_fitted_on_real_sentences() -> None:
    """The shipped pipeline's own settings (min_df 2, folding), fitted on the training
    sentences in data/, scored on real career mail's sentences."""
    rows = _rows(ROOT / "data" / "care" / "train_sentences.jsonl")
    texts = [row["text"] for row in rows]
    labels = np.array([bool(row["care"]) for row in rows])
    pipeline = build_pipeline().fit(texts, labels)
    model = DistressModel.fitted(pipeline, 0.5, "real")
    mails = _rows(ROOT / "data" / "cv.jsonl")[:60]
    sentences_of_mail = [s for row in mails for s in sentences(row["body"])]
    expected = pipeline.predict_proba(sentences_of_mail)[:, 1]
    assert model.scores(sentences_of_mail) == pytest.approx(list(expected), abs=1e-12)


def _rows(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]


def test_a_batch_is_read_as_each_mail_alone(monkeypatch: pytest.MonkeyPatch) -> None:
    """``read_many`` (the pass reads a batch in one go) gives every mail the reading ``read``
    gives it alone, also across the chunks it scores in, and for mail with no sentence."""
    model = shipped_model()
    data = ROOT / "data" / "care" / "eval.jsonl"
    rows = [json.loads(line) for line in data.read_text(encoding="utf-8").splitlines()]
    mails = [(row.get("subject") or "", row["body"]) for row in rows[:60]]
    mails[3:3] = [("", ""), ("Hei", "Takk!"), ("Orker ikke mer", "")]
    monkeypatch.setattr("triage.inbound.distress_model.SCORE_CHUNK", 7)
    alone = [model.read(subject, text) for subject, text in mails]
    assert model.read_many(mails) == alone
    assert any(reading.care for reading in alone) and any(not r.care for r in alone)
    assert model.read_many([]) == []


def test_sentences_are_verbatim_and_skip_greetings() -> None:
    text = "Hei,\nJeg har et spørsmål om lønn. Kan dere hjelpe meg? Mvh Kari\nTakk!"
    found = list(sentences(text))
    assert found == ["Jeg har et spørsmål om lønn.", "Kan dere hjelpe meg?"]
    assert all(piece in text for piece in found)


def test_a_long_mail_is_read_up_to_a_bound() -> None:
    text = " ".join(f"Dette er setning nummer {i} av mange her." for i in range(500))
    assert len(list(sentences(text))) == MAX_SENTENCES


def test_check_care_adds_the_models_sentence_verbatim(tiny: DistressModel) -> None:
    text = "Hei. Jeg føler meg som et spøkelse i min egen leilighet. Kan dere se på CV-en?"
    assert lexicon_phrases("CV", text) == []
    finding = check_care("CV", text, model=tiny)
    assert finding.needs_care
    assert finding.phrases == ("Jeg føler meg som et spøkelse i min egen leilighet.",)


def test_a_sentence_holding_a_lexicon_phrase_is_not_shown_twice(tiny: DistressModel) -> None:
    text = "I feel like a ghost in my own flat and I feel hopeless about everything."
    lexicon = lexicon_phrases("", text)
    assert lexicon
    assert check_care("", text, model=tiny).phrases == tuple(lexicon)


def test_ordinary_mail_stays_unflagged_by_the_tiny_model(tiny: DistressModel) -> None:
    assert not check_care("Lønn", "Eg lurer på kva lønn eg bør be om.", model=tiny).needs_care


def _copy(tmp_path: Path) -> Path:
    for suffix in (".joblib", ".json"):
        shutil.copy(MODEL_PATH.with_suffix(suffix), tmp_path / f"distress{suffix}")
    return tmp_path / "distress.joblib"


def test_a_damaged_model_is_a_clear_error(tmp_path: Path) -> None:
    path = _copy(tmp_path)
    path.write_bytes(path.read_bytes()[:1000])
    with pytest.raises(ModelError, match="does not match its card") as raised:
        load_distress_model(path)
    assert "\n" not in str(raised.value)


def test_a_missing_card_is_a_clear_error(tmp_path: Path) -> None:
    path = _copy(tmp_path)
    path.with_suffix(".json").unlink()
    with pytest.raises(ModelError, match="card .* cannot be read"):
        load_distress_model(path)


def test_the_model_needs_no_particular_scikit_learn_but_its_own_format(tmp_path: Path) -> None:
    """The file holds plain numbers: any scikit-learn (or none) runs it. A file in another
    format (a fitted pipeline, as before) is refused with what to do."""
    path = _copy(tmp_path)
    card = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))
    card["sklearn_version"] = "0.1"
    path.with_suffix(".json").write_text(json.dumps(card), encoding="utf-8")
    assert load_distress_model(path).scores(DISTRESS[:1])
    del card["format"]
    path.with_suffix(".json").write_text(json.dumps(card), encoding="utf-8")
    with pytest.raises(ModelError, match="not in the format .*train_distress") as raised:
        load_distress_model(path)
    assert "\n" not in str(raised.value)


def test_threshold_keeps_the_recall_target() -> None:
    scored = [MailScore(str(i), True, s) for i, s in enumerate((0.9, 0.8, 0.7, 0.2))]
    scored.append(MailScore("o", False, 0.75))
    threshold = choose_threshold(scored, target=0.75)
    assert 0.69 < threshold <= 0.7
    assert sum(s.score >= threshold for s in scored if s.distress) == 3


def _small_data(root: Path) -> Path:
    care = root / "care"
    care.mkdir(parents=True)
    lines = []
    for i in range(40):
        distress = i % 4 == 0
        sad = f"{DISTRESS[i // 4 % len(DISTRESS)]} nummer {i} igjen"
        body = (
            f"Hei. {sad}. Kan dere se på CV-en?"
            if distress
            else f"Hei. {ORDINARY[i % len(ORDINARY)]} nummer {i}."
        )
        signal = [sad] if distress else []
        lines.append(
            {"id": f"e{i}", "subject": "Spørsmål", "body": body, "care": distress, "signal": signal}
        )
    for name in ("eval", "fresh"):
        (care / f"{name}.jsonl").write_text(
            "".join(json.dumps(dict(row, id=f"{name}-{row['id']}")) + "\n" for row in lines),
            encoding="utf-8",
        )
    career = [
        {"id": f"c{i}", "subject": "Lønn", "body": ORDINARY[i % len(ORDINARY)] + f" {i}."}
        for i in range(30)
    ]
    (root / "salary.jsonl").write_text(
        "".join(json.dumps(row) + "\n" for row in career), encoding="utf-8"
    )
    return root


def test_training_writes_a_model_that_loads_and_finds_what_it_learned(tmp_path: Path) -> None:
    data = _small_data(tmp_path / "data")
    lines: list[str] = []
    result = train_distress(data, progress=lines.append)
    assert any("fold" in line for line in lines)
    assert result.card["out_of_fold"]["distress"] == 20
    out = tmp_path / "model" / "distress.joblib"
    written = write_model(result, out)
    assert written == (out, out.with_suffix(".json"))
    model = load_distress_model(out)
    assert model.threshold == result.card["threshold"]
    text = f"Hei. {DISTRESS[1]} nummer 4 igjen. Kan dere se på CV-en?"
    assert model.read("", text).care == (f"{DISTRESS[1]} nummer 4 igjen.",)


def test_a_held_out_set_is_measured_not_learned(tmp_path: Path) -> None:
    data = _small_data(tmp_path / "data")
    result = train_distress(data, hold_out=("fresh",))
    assert "fresh" not in result.card["data"]["sets"]
    assert result.card["held_out"]["fresh"]["distress"] == 10
    assert len(result.held_out) == 40


def test_the_shipped_model_meets_its_recall_target_out_of_fold() -> None:
    card = json.loads(MODEL_PATH.with_suffix(".json").read_text(encoding="utf-8"))
    oof = card["out_of_fold"]
    assert oof["distress_found"] >= card["recall_target"] * oof["distress"]
    assert card["data"]["held_out"] == []  # the shipped model has seen every seen set


def test_a_run_on_sentence_is_shown_by_its_start(tiny: DistressModel) -> None:
    long = "Jeg føler meg som et spøkelse i min egen leilighet " + "og så videre " * 40
    (phrase,) = check_care("", long, model=tiny).phrases
    assert phrase.endswith(" …") and len(phrase) <= 242
    assert long.startswith(phrase[:-2])


def test_the_concern_band_lies_between_the_two_thresholds(tiny: DistressModel) -> None:
    text = "Jeg føler meg som et spøkelse i min egen leilighet. Kan dere se på CV-en?"
    sentences_ = list(sentences(text))
    low, high = sorted(tiny.scores(sentences_))
    banded = DistressModel(tiny.linear, (low + high) / 2 + 1, "t", concern_threshold=high - 1e-9)
    assert banded.read("", text).care == ()
    assert banded.read("", text).concern == (sentences_[0],)
    finding = check_care("", text, model=banded)
    assert not finding.needs_care and finding.concern == (sentences_[0],)
    # No lower threshold: no band.
    assert DistressModel(tiny.linear, 0.999999, "t").read("", text).concern == ()


def test_care_wins_over_concern(tiny: DistressModel) -> None:
    text = "Jeg føler meg som et spøkelse i min egen leilighet. Kan dere se på CV-en?"
    banded = DistressModel(tiny.linear, 0.5, "t", concern_threshold=0.0)
    finding = check_care("", text, model=banded)
    assert finding.needs_care and finding.concern == ()


def test_a_concern_keeps_the_mail_from_a_template_with_its_words_as_the_reason() -> None:
    from triage.inbound.attention import Attention
    from triage.state.rows import CONCERN_REASON, hold_for_a_person
    from triage.state.statuses import Status
    from triage.state.store import Outcome

    outcome = hold_for_a_person(
        Outcome("<m@example.net>", Status.PENDING), Attention(concern=("Alt er grått.",))
    )
    assert outcome.status == Status.NEEDS_COUNSELLOR
    assert outcome.reason == f"{CONCERN_REASON}: «Alt er grått.»"
    care = hold_for_a_person(
        Outcome("<n@example.net>", Status.PENDING),
        Attention(care=("orker ikke mer",), concern=("Alt er grått.",)),
    )
    assert care.status == Status.NEEDS_CARE


def test_a_concern_is_logged_and_printed_without_the_members_words() -> None:
    from triage.state.rows import CONCERN_REASON, loggable_reason
    from triage.state.statuses import Status

    reason = f"{CONCERN_REASON}: «Alt er grått.»"
    assert loggable_reason(Status.NEEDS_COUNSELLOR, reason) == CONCERN_REASON
    assert loggable_reason(Status.NEEDS_CARE, "«orker ikke mer»") == ""
    assert loggable_reason(Status.NEEDS_COUNSELLOR, "model not sure") == "model not sure"
