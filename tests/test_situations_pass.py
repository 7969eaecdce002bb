"""The pass drafts for the member's situation (issue #10): situations read in the pass, through a
real Dovecot, in one process and in worker processes; a missing or mismatched situation model
stops `triage run` before anything changes; the dry run and `classify --jsonl` show them."""

from __future__ import annotations

import email
import email.policy
import io
import json
import shutil
from datetime import UTC, datetime
from pathlib import Path

import pytest
from conftest import PASSWORD, PASSWORD_ENV, Box

from triage.cli import main
from triage.compose import Composer
from triage.inbound.question import Question
from triage.model.classify import Prediction, classify_jsonl, load_model
from triage.model.situations import load_situation_model, situation_fields, situation_model_path
from triage.passes import parallel
from triage.passes.dry_run import Planned, table
from triage.passes.stages import Item, compose_draft, read_drafted_situations
from triage.state.statuses import Status
from triage.state.store import Outcome, Store

ROOT = Path(__file__).resolve().parents[1]
TOPIC_MODEL = ROOT / "models" / "topic.joblib"

REJECTED = (
    "<rejected@example.net>",
    "Avslag på stillingen",
    "Hei!\n\nJeg søkte på en stilling som rådgiver i et firma her i byen og fikk avslag i går."
    " Hvorfor fikk jeg ikke jobben? Og har jeg lov til å se søkerlisten?\n\nHilsen Ingrid",
)
STATE_SALARY = (
    "<state-salary@example.net>",
    "Lønn i ny jobb",
    "Hei!\n\nJeg har fått tilbud om en stilling som seniorrådgiver i Statens vegvesen. Hva bør"
    " jeg be om i lønn?\n\nMvh Per",
)
GENERAL_CV = (
    "<cv@example.net>",
    "CV",
    "Hei, hvor lang bør en CV være, og bør jeg ha med bilde?\n\nHilsen Siri",
)
MORE = [
    (
        "Ingen svar",
        "Hei, jeg søkte for fem uker siden, fristen gikk ut for tre uker siden, og jeg har ikke"
        " hørt noe. Kan jeg ringe dem?\n\nHilsen Nina",
    ),
    (
        "Lønnssamtale",
        "Hei, jeg jobber i Bergen kommune og skal ha lønnssamtale med lederen min neste uke."
        " Hvordan forbereder jeg meg?\n\nMvh Ali",
    ),
    (
        "Gap in my CV",
        "Hi, I was ill for two years and have a gap in my CV. How do I explain it when I"
        " apply?\n\nBest, Sam",
    ),
    (
        "Case-intervju",
        "Hei, eg skal på intervju og må løyse ei skriftleg case. Korleis førebur eg meg?\n\nOla",
    ),
    (
        "Video interview",
        "Hi, my first interview is on Teams next week. Any advice for a video interview?\n\nAna",
    ),
]


def block_ids(row: dict) -> list[str]:
    return [block["id"] for block in row["draft_blocks"]["blocks"]]


def drafts_by_parent(box) -> dict[str, str]:
    """The text of each draft in Drafts, by the Message-ID it answers."""
    found = {}
    for data in box.messages("Drafts").values():
        message = email.message_from_bytes(data[b"BODY[]"], policy=email.policy.default)
        found[str(message["In-Reply-To"])] = message.get_content()
    return found


def rendered(block_id: str, first_name: str) -> str:
    """The block's text as the templates have it, for a mail in bokmål."""
    writer = Composer(ROOT / "templates", "Karriererådgivningen", "k@example.org").writer
    return writer.render("nb", block_id, writer.context("nb", first_name, [])).strip()


def test_a_draft_answers_the_members_situation_and_sector(box, make_mail):
    for mid, subject, body in (REJECTED, STATE_SALARY, GENERAL_CV):
        box.deliver(make_mail(subject, body, message_id=mid))
    assert main(["run", "--config", str(box.config)]) == 0
    drafts = drafts_by_parent(box)
    with Store.open(box.settings().state_path) as db:
        rows = {mid: db.message(mid) for mid, _, _ in (REJECTED, STATE_SALARY, GENERAL_CV)}
    assert all(row["status"] == Status.DRAFTED for row in rows.values())

    rejected = rows[REJECTED[0]]
    assert rejected["topic"] == "followup"
    assert rejected["draft_blocks"]["situations"] == {"followup": ["rejected"]}
    assert "followup/rejected" in block_ids(rejected)
    assert "followup/before_applying" not in block_ids(rejected)
    assert rendered("followup/rejected", "Ingrid") in drafts[REJECTED[0]]
    assert rendered("followup/before_applying", "Ingrid") not in drafts[REJECTED[0]]
    # Her two questions, quoted in places for the counsellor to answer.
    assert "Hvorfor fikk jeg ikke jobben?" in drafts[REJECTED[0]]
    assert "se søkerlisten?" in drafts[REJECTED[0]]

    salary = rows[STATE_SALARY[0]]
    assert salary["draft_blocks"]["sector"] == "state"
    assert "salary/sector_state" in block_ids(salary)
    assert rendered("salary/sector_state", "Per") in drafts[STATE_SALARY[0]]
    assert rendered("salary/sector_unknown", "Per") not in drafts[STATE_SALARY[0]]

    # No clear situation: the topic's general text.
    cv = rows[GENERAL_CV[0]]
    assert cv["draft_blocks"]["situations"] == {}
    assert "cv/general" in block_ids(cv)
    assert rendered("cv/general", "Siri") in drafts[GENERAL_CV[0]]


@pytest.mark.parametrize("problem", ["missing", "other topic model"])
def test_run_stops_before_anything_changes_without_a_fitting_situation_model(
    box, make_mail, tmp_path, capsys, problem
):
    models = tmp_path / "models"
    models.mkdir()
    for name in ("topic.joblib", "topic.json"):
        shutil.copy(ROOT / "models" / name, models / name)
    if problem == "other topic model":
        shutil.copy(ROOT / "models" / "situations.joblib", models / "situations.joblib")
        card = json.loads((ROOT / "models" / "situations.json").read_text(encoding="utf-8"))
        card["topic_model"]["version"] = "20250101-0000-00000000"
        (models / "situations.json").write_text(json.dumps(card), encoding="utf-8")
    config = box.config.read_text().replace(
        str(ROOT / "models" / "topic.joblib"), str(models / "topic.joblib")
    )
    box.config.write_text(config)
    box.deliver(make_mail(*REJECTED[1:], message_id=REJECTED[0]))

    assert main(["run", "--config", str(box.config)]) == 2
    err = capsys.readouterr().err
    assert len(err.strip().splitlines()) == 1 and "Traceback" not in err
    assert "situation model" in err and "`triage train`" in err
    assert ("missing" in err) == (problem == "missing")
    assert box.messages("Drafts") == {}
    [(_, data)] = box.messages("INBOX").items()
    assert set(data[b"FLAGS"]) <= {b"\\Recent"}  # no keyword, not \Seen
    with Store.open(box.settings().state_path) as db:
        assert db.message(REJECTED[0]) is None


def test_worker_processes_draft_the_same_situations_as_one_process(dovecot, tmp_path, monkeypatch):
    monkeypatch.setenv(PASSWORD_ENV, PASSWORD)
    pools = []
    real_pool = parallel.WorkerPool
    monkeypatch.setattr(
        parallel, "WorkerPool", lambda *args: pools.append(args) or real_pool(*args)
    )
    mails = [REJECTED, STATE_SALARY, GENERAL_CV] + [
        (f"<more{n}@example.net>", subject, body) for n, (subject, body) in enumerate(MORE)
    ]
    mails = [(f"<{n}-{mid.strip('<>')}>", s, b) for n in range(2) for mid, s, b in mails]
    results = []
    for processes in (1, 2):
        (tmp_path / str(processes)).mkdir()
        box = Box(dovecot, tmp_path / str(processes))
        box.config.write_text(box.config.read_text() + f"\n[worker]\nprocesses = {processes}\n")
        for number, (mid, subject, body) in enumerate(mails):
            sender = f"Medlem {number} <member{number}@example.net>"
            box.deliver(email_bytes(subject, body, sender, mid))
        assert main(["run", "--config", str(box.config)]) == 0
        with Store.open(box.settings().state_path) as db:
            rows = {mid: db.message(mid) for mid, _, _ in mails}
        results.append(
            (
                {mid: (r["status"], r["draft_text"], r["draft_blocks"]) for mid, r in rows.items()},
                drafts_by_parent(box),
            )
        )
    assert len(pools) == 1 and pools[0][0] == 2  # the second pass did use two workers
    (one, one_drafts), (two, two_drafts) = results
    assert one == two and one_drafts == two_drafts
    situations = [blocks["situations"] for _, _, blocks in one.values() if blocks]
    assert {"followup": ["rejected"]} in situations and {} in situations


def email_bytes(subject: str, body: str, sender: str, message_id: str) -> bytes:
    from conftest import mail

    return mail(subject, body, sender=sender, message_id=message_id)


# -- pure logic, with the real models --------------------------------------------------------------


@pytest.fixture(scope="module")
def situation_model():
    return load_situation_model(situation_model_path(TOPIC_MODEL), load_model(TOPIC_MODEL))


def item(text: str, status: str, topics=(("followup", 0.9),), lang: str = "nb") -> Item:
    question = Question("<q@x>", "Avslag", "Kari", "k@x.no", "k@x.no", text, text, lang)
    outcome = Outcome("<q@x>", status, topic=topics[0][0] if topics else "", topics=list(topics))
    return Item(1, outcome, question)


def test_only_questions_that_get_a_draft_are_read_in_one_call(situation_model, monkeypatch):
    from triage.model import situations

    calls = []
    real = situations.read_situations
    monkeypatch.setattr(
        situations,
        "read_situations",
        lambda model, mails: calls.append(mails) or real(model, mails),
    )
    text = "Jeg fikk avslag i går. Hvorfor fikk jeg ikke jobben?"
    items = [
        item(text, Status.PENDING),
        item(text, Status.NEEDS_CARE),
        item(text, Status.NEEDS_COUNSELLOR),
        Item(4, Outcome("<bad@x>", Status.SET_ASIDE)),
        item("Hva med lønn i staten?", Status.PENDING, (("salary", 0.9), ("other", 0.1))),
    ]
    readings = read_drafted_situations(items, situation_model)
    assert len(calls) == 1 and [topics for *_, topics in calls[0]] == [["followup"], ["salary"]]
    assert [r is None for r in readings] == [False, True, True, True, False]
    assert readings[0].situations == ("rejected",)
    assert read_drafted_situations(items[1:4], situation_model) == [None, None, None]


def test_compose_draft_uses_the_reading_and_leaves_held_mail_alone(situation_model):
    composer = Composer(ROOT / "templates", "Karriererådgivningen", "karriere@example.org")
    text = "Jeg fikk avslag i går. Hvorfor fikk jeg ikke jobben?"
    pending, care = item(text, Status.PENDING), item(text, Status.NEEDS_CARE)
    readings = read_drafted_situations([pending, care], situation_model)
    drafted = compose_draft(pending, composer, readings[0])
    assert "followup/rejected" in [b["id"] for b in drafted.outcome.draft_blocks["blocks"]]
    assert "[[" in drafted.outcome.draft_text and "Hvorfor fikk jeg ikke jobben?" in (
        drafted.outcome.draft_text
    )
    held = compose_draft(care, composer, readings[1])
    assert held.draft == b"" and held.outcome.draft_text == ""
    # Without a reading (no situation): the topic's general text.
    general = compose_draft(item(text, Status.PENDING), composer)
    assert "followup/general" in [b["id"] for b in general.outcome.draft_blocks["blocks"]]


def test_dry_run_table_names_the_situations_of_each_draft():
    when = datetime(2026, 11, 20, 9, 30, tzinfo=UTC)
    lines = table(
        [
            Planned(1, when, "nb", "followup", 0.9, True, "sure", "Avslag", ("rejected",)),
            Planned(2, when, "nb", "salary", 0.9, True, "sure", "Lønn", ("new_offer", "raise")),
            Planned(3, when, "nb", "cv", 0.9, True, "sure", "CV"),
            Planned(4, when, "nb", "other", 0.4, False, "needs a counsellor", "?"),
        ]
    )
    assert "situations" in lines[0]
    assert " rejected " in lines[1] and " new_offer,raise " in lines[2]
    assert " general " in lines[3] and " no draft " in lines[4] and " - " in lines[4]


def test_classify_jsonl_adds_situations_and_sector_and_keeps_its_keys(situation_model):
    lines = [
        json.dumps({"id": 1, "subject": STATE_SALARY[1], "body": STATE_SALARY[2]}),
        json.dumps({"id": 2, "subject": "x", "body": "Hvor ligger kontoret deres?"}),
    ]
    out = io.StringIO()
    model = load_model(TOPIC_MODEL)
    assert classify_jsonl(lines, model, out, lambda m: situation_fields(situation_model, m)) == 0
    first, second = (json.loads(line) for line in out.getvalue().splitlines())
    keys = {"id", "topic", "confidence", "topics", "lang", "situations", "sector"}
    assert set(first) == set(second) == keys
    assert first["topic"] == "salary" and first["sector"] == "state"
    assert "new_offer" in first["situations"]
    plain = io.StringIO()
    classify_jsonl(lines, model, plain)
    assert [set(json.loads(line)) for line in plain.getvalue().splitlines()] == [
        keys - {"situations", "sector"}
    ] * 2


def test_classify_jsonl_reads_no_situations_where_nothing_would_be_drafted(situation_model):
    seen = []

    class Unsure:
        def predict(self, texts, threshold=None):
            return [Prediction("other", 0.3, (), True) for _ in texts]

    def situate(mails):
        seen.extend(mails)
        return situation_fields(situation_model, mails)

    out = io.StringIO()
    line = json.dumps({"id": 1, "subject": "Avslag", "body": "Jeg fikk avslag."})
    classify_jsonl([line], Unsure(), out, situate)
    assert [topics for *_, topics in seen] == [[]]
    assert json.loads(out.getvalue())["situations"] == []
