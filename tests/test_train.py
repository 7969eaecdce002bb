"""Training: artifacts, threshold choice, replacement rules, counsellor merge, data loading."""

from __future__ import annotations

import json
import random
import stat
from pathlib import Path

import pytest

from triage.errors import ConfigError
from triage.model.classify import load_model, sha256_bytes
from triage.training import data as training_data
from triage.training import select as model_select
from triage.training.data import Example
from triage.training.options import TrainOptions, TrainResult
from triage.training.run import run_training

WORDS = {
    "followup": "ringe arbeidsgiver hørt ingenting svar søknaden følge opp status venter fortsatt",
    "interview": "intervju forberede spørsmål panel nervøs andre runde case presentasjon",
    "salary": "lønn lønnstrinn forhandle tilbud lønnsforventning lønnsstatistikk ansiennitet",
    "cv": "CV søknadsbrev LinkedIn se over hull bilde tilpasse annonsen",
    "other": "etterutdanning permisjon nedbemanning forsikring medlemskap karriereskifte kurs",
}
FILLER = [
    "jeg",
    "lurer",
    "på",
    "om",
    "dere",
    "kan",
    "hjelpe",
    "meg",
    "med",
    "dette",
    "nå",
    "i",
    "uka",
    "takk",
    "hei",
    "mvh",
]
NAMES = ["Kari", "Ola", "Priya", "Sindre", "Maren", "Jonas", "Ada", "Per"]


def mails(label: str, count: int, seed: int, words: dict[str, str] = WORDS) -> list[dict]:
    rng = random.Random(f"{label}-{seed}")
    vocabulary = words[label].split()
    rows = []
    for n in range(count):
        body = " ".join(rng.sample(vocabulary, 3) + rng.sample(FILLER, 4))
        rows.append(
            {
                "id": f"{label}-{n:03d}",
                "subject": " ".join(rng.sample(vocabulary, 2)),
                "body": f"Hei,\n\n{body} {n}?\n\nHilsen {rng.choice(NAMES)}",
                "label": label,
                "secondary": None,
                "lang": "nb",
            }
        )
    return rows


def write_data(folder: Path, per_label: int = 14, words: dict[str, str] = WORDS) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for label in words:
        lines = [json.dumps(r, ensure_ascii=False) for r in mails(label, per_label, 1, words)]
        (folder / f"{label}.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return folder


def options(tmp_path: Path, **changes) -> TrainOptions:
    values = {"data_dir": tmp_path / "data", "model_path": tmp_path / "models" / "topic.joblib"}
    return TrainOptions(**(values | changes))


def quiet(_: str) -> None:
    pass


@pytest.fixture(scope="module")
def trained(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, TrainResult]:
    root = tmp_path_factory.mktemp("trained")
    write_data(root / "data")
    result = run_training(options(root), [], quiet)
    return root, result


def test_training_writes_model_card_and_report(trained) -> None:
    root, result = trained
    models = root / "models"
    assert result.replaced
    assert {p.name for p in result.written} == {"topic.joblib", "topic.json", "topic-report.html"}
    for name in ("topic.joblib", "topic.json"):
        assert stat.S_IMODE((models / name).stat().st_mode) == 0o600
    card = json.loads((models / "topic.json").read_text(encoding="utf-8"))
    expected = {
        "version", "date", "sklearn_version", "sha256", "data", "split", "labels", "model",
        "threshold", "target_precision", "coverage", "secondary_rule", "test",
    }  # fmt: skip
    assert expected <= card.keys()
    assert card["sha256"] == sha256_bytes((models / "topic.joblib").read_bytes())
    assert card["labels"] == sorted(WORDS)
    assert card["data"]["train"]["by_source"] == {"data": card["data"]["train"]["total"]}
    assert set(card["data"]["test"]["by_label"]) == set(WORDS)  # every label has test mails
    test = card["test"]
    assert {"accuracy", "macro_f1", "per_topic", "confusion_matrix", "at_threshold"} <= set(test)
    assert test["confusion_matrix"]["labels"] == card["labels"]
    assert test["accuracy"] >= 0.8
    page = (models / "topic-report.html").read_text(encoding="utf-8")
    assert "<table" in page and "Kort fortalt" in page and "hsla(" in page
    assert "Test split" in result.summary() and "threshold" in result.summary().lower()
    assert load_model(models / "topic.joblib").version == card["version"]


def test_split_is_fixed_by_id_and_keeps_every_label_in_test() -> None:
    examples = [Example(f"t{i}", "ab"[i % 2], id=f"x-{i}") for i in range(40)]
    first = training_data.split_fixed(examples, key=lambda e: e.id)
    again = training_data.split_fixed(list(reversed(examples)), key=lambda e: e.id)
    assert {e.id for e in first[1]} == {e.id for e in again[1]}
    assert {e.label for e in first[1]} == {"a", "b"}
    tiny = [Example("a1", "a", id="1"), Example("a2", "a", id="2")]
    assert training_data.split_fixed(tiny, key=lambda e: e.id) == (tiny, [])  # keeps 2 to train on


def test_threshold_is_the_lowest_reaching_the_target_precision() -> None:
    truth = ["a", "a", "a", "b", "b", "other"]
    predicted = ["a", "a", "b", "b", "a", "other"]
    confidence = [0.9, 0.8, 0.7, 0.6, 0.5, 0.95]
    choice = model_select.choose_threshold(truth, predicted, confidence, {"other"}, 0.9)
    assert (choice.threshold, choice.precision, choice.reached) == (0.8, 1.0, True)
    assert choice.coverage == pytest.approx(2 / 6)
    # precision at 0.6 is 3/4: enough for a 0.75 target, which allows a lower threshold
    assert (
        model_select.choose_threshold(truth, predicted, confidence, {"other"}, 0.75).threshold
        == 0.6
    )
    unreachable = model_select.choose_threshold(["a", "b"], ["b", "a"], [0.9, 0.8], {"other"}, 0.9)
    assert not unreachable.reached and unreachable.precision == 0.0


def test_threshold_never_goes_below_the_floor() -> None:
    truth = ["a", "b", "a", "b"]
    predicted = ["a", "b", "a", "b"]  # every prediction right: validation alone would take 0.3
    confidence = [0.9, 0.6, 0.4, 0.3]
    choice = model_select.choose_threshold(truth, predicted, confidence, {"other"}, 0.9)
    assert choice.threshold == 0.6 and choice.coverage == pytest.approx(2 / 4)
    assert (
        model_select.choose_threshold(truth, predicted, confidence, {"other"}, 0.9, 0.0).threshold
        == 0.3
    )


def test_second_topic_head_learns_label_sets_and_needs_support() -> None:
    from triage.model.secondary import secondary_topic
    from triage.training.secondary import fit_secondary
    from triage.training.select import make_features

    salary = "hva bør jeg be om i lønn etter tilbudet, lønnstrinn og forhandling"
    cv = "kan dere lese cv og søknadsbrev før jeg søker, er cv for lang"
    texts = [f"{cv} nummer {i}" for i in range(20)] + [f"{salary} nummer {i}" for i in range(20)]
    texts += [f"{cv} og {salary} nummer {i}" for i in range(20)]
    labels = ["cv"] * 20 + ["salary"] * 20 + ["cv"] * 20
    secondaries = [None] * 40 + ["salary"] * 20
    features = make_features().fit(texts)
    head, rule = fit_secondary(
        texts, labels, secondaries, features, ["cv", "salary"], 0.75, lambda _: None
    )
    assert head is not None and rule["validation_precision"] >= 0.75
    row = head.predict_proba(features.transform([f"{cv} og {salary} igjen"]))[0]
    assert secondary_topic(row, rule["classes"], "cv", ["cv", "salary"], rule["min_probability"])
    row = head.predict_proba(features.transform([f"{cv} igjen"]))[0]
    assert not secondary_topic(
        row, rule["classes"], "cv", ["cv", "salary"], rule["min_probability"]
    )

    none, off = fit_secondary(
        texts[:40], labels[:40], secondaries[:40], features, ["cv", "salary"], 0.75, lambda _: None
    )
    assert none is None and off["min_probability"] is None  # nothing labelled to learn from


def test_worse_model_is_refused_unless_forced_and_previous_is_kept(tmp_path: Path) -> None:
    write_data(tmp_path / "data")
    first = run_training(options(tmp_path), [], quiet)
    model_path = tmp_path / "models" / "topic.joblib"
    good_bytes = model_path.read_bytes()
    # Same ids (so the same test mails), but training mails now carry another label's words.
    shuffled = dict(zip(WORDS, list(WORDS.values())[1:] + list(WORDS.values())[:1], strict=True))
    examples = training_data.load_data_dir(tmp_path / "data")
    _, test = training_data.split_fixed(examples, key=lambda e: e.id)
    test_ids = {e.id for e in test}
    for label in WORDS:
        path = tmp_path / "data" / f"{label}.jsonl"
        good = mails(label, 14, 1)
        bad = {r["id"]: r for r in mails(label, 14, 1, shuffled)}
        rows = [r if r["id"] in test_ids else bad[r["id"]] for r in good]
        path.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")

    refused = run_training(options(tmp_path), [], quiet)
    assert not refused.replaced and "--force" in refused.decision
    assert refused.old_score is not None and refused.old_score > 0.8
    assert model_path.read_bytes() == good_bytes
    assert not (tmp_path / "models" / "topic.previous.joblib").exists()

    forced = run_training(options(tmp_path, force=True), [], quiet)
    assert forced.replaced and "forced" in forced.decision
    assert (tmp_path / "models" / "topic.previous.joblib").read_bytes() == good_bytes
    previous = load_model(tmp_path / "models" / "topic.previous.joblib")
    assert previous.version == first.card["version"]

    dry = run_training(options(tmp_path, force=True, write=False), [], quiet)
    assert not dry.replaced and "Dry run" in dry.decision


def test_counsellor_labels_win_and_duplicates_go() -> None:
    data_train = [
        Example("jeg lurer på lønn i staten", "salary", id="s1"),
        Example("hvordan forbereder jeg meg til intervjuet på fredag", "interview", id="i1"),
        Example("hvordan forbereder jeg meg til intervjuet på fredagen", "interview", id="i2"),
    ]
    data_test = [Example("kan dere lese cv-en min før søknadsfristen", "cv", id="c1")]
    counsellor = [
        Example("Jeg lurer på LØNN i staten.", "followup", id="m1", source="counsellor"),
        Example("Kan dere lese CV-en min før søknadsfristen?", "cv", id="m2", source="counsellor"),
        Example("Jeg lurer på lønn i staten", "other", id="m3", source="counsellor"),
    ]
    merged_train, merged_test, report = training_data.merge_counsellor(
        data_train, data_test, counsellor
    )
    by_text = {training_data.normalise(e.text): e for e in merged_train}
    assert by_text["jeg lurer på lønn i staten"].label == "other"  # newest counsellor wins
    assert by_text["jeg lurer på lønn i staten"].source == "counsellor"
    assert sum(e.label == "interview" for e in merged_train) == 1  # near duplicate removed
    assert merged_test == []  # a counsellor labelled the same mail: out of the test split
    assert report["given"] == {"data": 4, "counsellor": 3}
    assert report["kept"] == {"counsellor": 2, "data": 1}
    assert report["data_overridden_by_counsellor"] == 2
    assert report["relabelled_by_counsellor"] == 1
    assert report["removed_from_test"] == 1
    assert report["exact_duplicates_removed"] == 3 and report["near_duplicates_removed"] == 1


def test_counsellor_examples_are_trained_on_and_counted(tmp_path: Path) -> None:
    write_data(tmp_path / "data")
    counsellor = [
        Example(f"Spørsmål {n}\nkan jeg be om mer lønn etter {n} år", "salary", id=f"m{n}",
                source="counsellor", lang="nb")
        for n in range(3)
    ]  # fmt: skip
    result = run_training(options(tmp_path, write=False), counsellor, quiet)
    data = result.card["data"]
    assert data["train"]["by_source"]["counsellor"] >= 1
    assert "counsellor" not in data["test"]["by_source"]
    assert data["merge"]["given"]["counsellor"] == 3
    assert not (tmp_path / "models").exists()


def test_generic_csv_and_jsonl(tmp_path: Path) -> None:
    rows = [
        (f"{w} {n} please", label) for label in WORDS for n, w in enumerate(WORDS[label].split())
    ]
    banking = tmp_path / "train.csv"
    banking.write_text(
        "text,category\n" + "".join(f'"{t}",{label}\n' for t, label in rows), encoding="utf-8"
    )
    assert [(e.text, e.label) for e in training_data.load_table(banking)] == rows
    lines = tmp_path / "train.jsonl"
    lines.write_text("".join(json.dumps({"text": t, "label": lb}) + "\n" for t, lb in rows))
    assert [(e.text, e.label) for e in training_data.load_table(lines)] == rows


def test_generic_training_with_oos_label(tmp_path: Path) -> None:
    def write(name: str, seed: int, per_label: int) -> Path:
        path = tmp_path / name
        records = [
            {"text": r["subject"] + " " + r["body"], "label": label}
            for label in WORDS
            for r in mails(label, per_label, seed)
        ]
        path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
        return path

    opts = options(
        tmp_path,
        data_file=write("train.jsonl", 1, 10),
        val_file=write("val.jsonl", 2, 4),
        test_file=write("test.jsonl", 3, 4),
        oos_label="other",
        write=False,
    )
    card = run_training(opts, [], quiet).card
    assert "other" not in card["labels"]  # never trained on
    assert card["test"]["out_of_scope"]["oos_examples"] == 4
    assert 0 <= card["test"]["out_of_scope"]["oos_recall"] <= 1
    assert card["validation"]["source"] == "val file"


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (None, "does not exist"),
        ("sentence,label\nhello,a\n", "needs columns text,label"),
        ("text,label\n", "has no examples"),
        ('{"text": "hi", "label": "a"}\nnot json\n', ":2: not valid JSON"),
        ("text,label\nhello,\n", "empty or missing label"),
    ],
)
def test_generic_loading_errors(tmp_path: Path, content: str | None, message: str) -> None:
    path = tmp_path / ("data.jsonl" if content and content.startswith("{") else "data.csv")
    if content is not None:
        path.write_text(content, encoding="utf-8")
    with pytest.raises(ConfigError, match=message):
        training_data.load_table(path)


def test_label_with_one_example_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "data.csv"
    path.write_text("text,label\n" + "a b c,x\nd e f,x\ng h i,x\nj k l,y\n", encoding="utf-8")
    test = tmp_path / "test.csv"
    test.write_text("text,label\nm n o,x\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="label y has fewer than 2"):
        run_training(options(tmp_path, data_file=path, test_file=test), [], quiet)


def test_data_dir_errors(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="does not exist"):
        training_data.load_data_dir(tmp_path / "missing")
    (tmp_path / "data").mkdir()
    with pytest.raises(ConfigError, match="no labelled examples"):
        training_data.load_data_dir(tmp_path / "data")
    row = {"id": "a-1", "subject": "", "body": "hei", "label": "cv"}
    (tmp_path / "data" / "cv.jsonl").write_text(json.dumps(row) + "\n" + json.dumps(row) + "\n")
    with pytest.raises(ConfigError, match="id a-1 is also in"):
        training_data.load_data_dir(tmp_path / "data")


# --- issue 14: realistic validation file, in-scope head, counsellors, scorecards ---------------


def write_val(path: Path, per_label: int = 6) -> Path:
    """A validation file in data/'s format, with keys the loader does not use."""
    rows = []
    for label in WORDS:
        for row in mails(label, per_label, 7):
            row["id"] = "val-" + row["id"]
            rows.append(row | {"kind": "short", "situations": ["x"], "sector": "state"})
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), "utf-8")
    return path


@pytest.fixture(scope="module")
def trained_on_val(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, TrainResult]:
    root = tmp_path_factory.mktemp("trained-val")
    write_data(root / "data")
    val = write_val(root / "val.jsonl")
    counsellor = [
        Example(f"Lønn {n}\nkan jeg be om mer lønn etter {n} år", "salary", id=f"m{n}",
                source="counsellor")
        for n in range(6)
    ]  # fmt: skip
    result = run_training(options(root, val_file=val, target_precision=0.8), counsellor, quiet)
    return root, result


def test_validation_file_chooses_model_and_threshold(trained_on_val) -> None:
    root, result = trained_on_val
    card = result.card
    assert card["validation"]["source"] == "val file"
    assert card["validation"]["examples"] == 6 * len(WORDS)
    selection = card["model"]["selection"]
    assert set(selection["scores"]) == {
        model_select.describe_setting(*s) for s in model_select.VAL_GRID
    }
    assert card["model"]["in_scope_head"] is not None
    model = load_model(root / "models" / "topic.joblib")
    assert model.has_in_scope and model.threshold == card["threshold"]
    scores = model.scores(["lønn lønnstrinn forhandle tilbud"])
    assert scores.confidence()[0] == pytest.approx((scores.topic.max() * scores.in_scope[0]) ** 0.5)


def test_scorecards_cover_test_validation_and_recent_decisions(trained_on_val) -> None:
    root, result = trained_on_val
    cards = result.card["scorecards"]
    assert cards["validation"]["mails"] == 6 * len(WORDS)
    assert set(cards["validation"]["by_language"]) == {"nb"}
    assert cards["test"]["mails"] == result.card["test"]["examples"]
    # 6 decisions: the newest 3 (at most half) are held out and scored, the rest trained on.
    assert cards["recent_decisions"]["mails"] == 3
    merge = result.card["data"]["merge"]
    assert merge["given"]["counsellor"] == 6 and merge["held_out_as_recent"] == 3
    assert result.card["data"]["train"]["by_source"]["counsellor"] >= 1  # near duplicates go
    summary = result.summary()
    assert "last counsellor decisions (the real stream), 3 mails" in summary
    page = (root / "models" / "topic-report.html").read_text(encoding="utf-8")
    assert "rådgivernes siste avgjørelser" in page


def test_recent_decisions_are_the_newest_and_at_most_half() -> None:
    decisions = [Example(f"s\nt{n}", "cv", id=f"m{n}", source="counsellor") for n in range(5)]
    older, recent = training_data.split_recent(decisions, 100)
    assert [e.id for e in older] == ["m0", "m1", "m2"] and [e.id for e in recent] == ["m3", "m4"]
    assert all(e.lang and e.source == "counsellor" for e in recent)
    assert training_data.split_recent(decisions, 1)[1][0].id == "m4"
    assert training_data.split_recent(decisions, 0) == (decisions, [])


def test_counsellor_decisions_weigh_more() -> None:
    from triage.training.validate import example_weights

    examples = [Example("a", "cv"), Example("b", "cv", source="counsellor")]
    assert example_weights(examples, 3.0) == [1.0, 3.0]


def test_scorecard_figures() -> None:
    from triage.model.classify import Prediction
    from triage.training.scorecard import score

    def drafted(topic: str) -> Prediction:
        return Prediction(topic, 0.9, ((topic, 0.9),), False)

    abstained = Prediction("other", 0.2, (), True)
    labels = ["cv", "cv", "salary", "other", "other"]
    langs = ["nb", "en", "nb", "nb", "en"]
    predictions = [drafted("cv"), abstained, drafted("cv"), drafted("salary"), abstained]
    card = score(labels, langs, predictions)
    assert card["drafted_share"] == 0.6 and card["drafted_precision"] == pytest.approx(1 / 3, 1e-3)
    assert card["answerable_drafted"] == pytest.approx(2 / 3, 1e-3)
    assert card["answerable_right"] == pytest.approx(1 / 3, 1e-3)
    assert card["other_drafted_as"] == {"salary": 1} and card["other_mails"] == 2
    assert card["by_language"]["en"]["drafted_share"] == 0.0
    assert card["by_label"]["cv"]["became"] == {"cv": 1, "other": 1}


def test_fast_tfidf_equals_scikit_learn() -> None:
    from sklearn.feature_extraction.text import TfidfVectorizer

    from triage.model.features import FastTfidf

    rng = random.Random(3)
    words = " ".join(WORDS.values()).split() + ["æøå", "CV-en", "a", "lønn!"]
    texts = [" ".join(rng.choices(words, k=rng.randint(1, 120))) for _ in range(60)]
    for block in (FastTfidf("word", (1, 2)), FastTfidf("char", (3, 5), tail_chars=50)):
        block.fit(texts[:40])
        reference = TfidfVectorizer(analyzer=block.grams, sublinear_tf=True).fit(texts[:40])
        difference = block.transform(texts[40:] + [""]) - reference.transform(texts[40:] + [""])
        assert abs(difference).max() < 1e-12
    # The block built for transforming (and its remembered words) is not part of the model.
    assert "_fitted" in block.__dict__ and "_fitted" not in block.__getstate__()
