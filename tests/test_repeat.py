"""No second template on a topic to the same member (`[replies] repeat_days`), against a real
Dovecot, and the store query it rests on."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

# ruff: noqa: F811 - pytest fixtures imported from the fixture modules are redefined as arguments
from postgres_fixtures import postgres_server, postgres_url  # noqa: F401 - fixtures
from review_fixtures import app, client, review_settings, smtp_server  # noqa: F401 - fixtures
from test_pass import QUESTIONS

from triage.cli import main
from triage.state.statuses import Status
from triage.state.store import Outcome, Store

SALARY = QUESTIONS[0]
SALARY_AGAIN = (
    "Lønn igjen",
    "Hei igjen!\n\nKommunen har nå tilbudt meg 560 000 kroner i året som rådgiver. Er det et"
    " rimelig lønnsnivå, og hvordan bør jeg forhandle om mer før jeg skriver under?\n\nMvh Kari",
)
INTERVIEW = QUESTIONS[2]
KARI = "Kari Nordmann <kari@example.net>"


def rows(box, ids: list[str]) -> list[dict]:
    with Store.open(box.settings().state_path) as db:
        return [db.message(mid) for mid in ids]


def keywords(box) -> dict[str, set[bytes]]:
    found = {}
    for data in box.messages("INBOX").values():
        body = data[b"BODY[]"]
        mid = body.split(b"Message-ID: ", 1)[1].split(b"\r\n", 1)[0].decode()
        found[mid] = {f for f in data[b"FLAGS"] if f.startswith(b"triage-")}
    return found


def test_a_member_gets_no_second_template_on_the_same_topic(box, make_mail):
    box.deliver(make_mail(*SALARY, sender=KARI, message_id="<first@example.net>"))
    assert main(["run", "--config", str(box.config)]) == 0
    (first,) = rows(box, ["<first@example.net>"])
    assert first["status"] == Status.DRAFTED and first["topic"] == "salary"
    drafts_before = len(box.messages("Drafts"))

    same_member = "Kari N <Kari@Example.NET>"  # the address in other letters' case
    box.deliver(
        make_mail(*SALARY_AGAIN, sender=same_member, message_id="<again@example.net>"),
        make_mail(*INTERVIEW, sender=KARI, message_id="<other-topic@example.net>"),
        make_mail(*SALARY, sender="Ola Vik <ola@example.org>", message_id="<member@example.net>"),
    )
    assert main(["run", "--config", str(box.config)]) == 0
    again, other_topic, other_member = rows(
        box, ["<again@example.net>", "<other-topic@example.net>", "<member@example.net>"]
    )
    assert again["status"] == Status.NEEDS_COUNSELLOR
    today = datetime.now(UTC).date().isoformat()
    assert again["reason"] == f"asked again about salary: this member got its template on {today}"
    assert again["topic"] == "salary"  # still classified: the queue shows it
    assert again["draft_text"] == "" and again["draft_message_id"] == ""
    assert again["question_text"]  # waiting for a counsellor, not lost
    assert other_topic["status"] == Status.DRAFTED
    assert other_member["status"] == Status.DRAFTED
    assert len(box.messages("Drafts")) == drafts_before + 2
    assert keywords(box)["<again@example.net>"] == {b"triage-counsellor"}


def test_two_questions_on_one_topic_in_one_pass_get_one_template(box, make_mail):
    box.deliver(
        make_mail(*SALARY, sender=KARI, message_id="<one@example.net>"),
        make_mail(*SALARY_AGAIN, sender=KARI, message_id="<two@example.net>"),
    )
    assert main(["run", "--config", str(box.config)]) == 0
    one, two = rows(box, ["<one@example.net>", "<two@example.net>"])
    assert one["status"] == Status.DRAFTED
    assert two["status"] == Status.NEEDS_COUNSELLOR
    assert two["reason"].startswith("asked again about salary")
    assert len(box.messages("Drafts")) == 1


def test_repeat_days_0_drafts_every_question(box, make_mail):
    box.config.write_text(box.config.read_text() + "repeat_days = 0\n")
    box.deliver(
        make_mail(*SALARY, sender=KARI, message_id="<one@example.net>"),
        make_mail(*SALARY_AGAIN, sender=KARI, message_id="<two@example.net>"),
    )
    assert main(["run", "--config", str(box.config)]) == 0
    assert [r["status"] for r in rows(box, ["<one@example.net>", "<two@example.net>"])] == [
        Status.DRAFTED,
        Status.DRAFTED,
    ]


def test_a_negative_repeat_days_is_a_configuration_error(box, capsys):
    box.config.write_text(box.config.read_text() + "repeat_days = -1\n")
    assert main(["run", "--config", str(box.config)]) == 2
    assert "[replies] repeat_days must be 0 (off) or more" in capsys.readouterr().err


def _row(db: Store, mid: str, status: str, topics: list, blocks: dict) -> None:
    with db.transaction():
        db.record(
            Outcome(
                mid, status, reply_to="kari@example.net", topic=topics[0][0], topics=topics,
                draft_blocks=blocks, draft_message_id=f"<draft{mid}",
            )
        )  # fmt: skip


def test_only_templates_that_reached_or_wait_for_the_member_count(tmp_path):
    only_templates_count(tmp_path / "state.db")


def test_only_templates_count_on_postgres_too(postgres_url):
    only_templates_count(postgres_url)


def only_templates_count(where) -> None:
    blocks = {"topics": ["salary"]}
    with Store.open(where) as db:
        _row(db, "<a>", Status.SENT, [("salary", 0.9)], blocks)
        _row(db, "<b>", Status.REJECTED, [("cv", 0.9)], blocks)  # never reached the member
        _row(db, "<c>", Status.SENT, [("interview", 0.9)], {})  # a counsellor's own answer
        _row(db, "<d>", Status.DRAFTED, [("followup", 0.8), ("other", 0.1)], blocks)
        _row(db, "<e>", Status.NEEDS_CARE, [("cv", 0.9)], {})
        since = (datetime.now(UTC) - timedelta(days=1)).isoformat(timespec="seconds")
        found = db.templates_since(["kari@example.net", "ola@example.org"], since)
        assert set(found) == {"kari@example.net"}
        assert set(found["kari@example.net"]) == {"salary", "followup"}
        later = (datetime.now(UTC) + timedelta(days=1)).isoformat(timespec="seconds")
        assert db.templates_since(["kari@example.net"], later) == {}
        assert db.templates_since([], since) == {}


def test_the_review_page_puts_the_earlier_exchange_first_for_a_repeat(box, make_mail, request):
    # Delivered before the fixture's questions: this one is drafted, and Kari's salary question
    # in the fixture's pass is the repeat.
    box.deliver(make_mail(*SALARY_AGAIN, sender=KARI, message_id="<first@example.net>"))
    request.getfixturevalue("review_settings")
    client = request.getfixturevalue("client")
    first, repeat = rows(box, ["<first@example.net>", "<salary@example.net>"])
    assert first["status"] == Status.DRAFTED
    assert repeat["reason"].startswith("asked again about salary")
    queue = client.get("/").get_data(as_text=True)
    rows_html = queue.split('<tr class="item ')[1:]
    (repeat_row,) = [row for row in rows_html if "salary%40example.net" in row or "salary@" in row]
    assert '<span class="badge complaint repeat">Samme tema igjen</span>' in repeat_row
    assert sum("Samme tema igjen" in row for row in rows_html) == 1
    page = client.get("/item", query_string={"m": "<salary@example.net>"}).get_data(as_text=True)
    assert 'id="repeat-note"' in page and "Samme tema igjen" in page
    assert 'id="complaint-note"' not in page
    assert page.index('class="history prominent"') < page.index('id="subject"')
    assert "Kommunen har nå tilbudt meg 560 000" in page  # the earlier question, shown first
    other = client.get("/item", query_string={"m": "<cv@example.net>"}).get_data(as_text=True)
    assert 'id="repeat-note"' not in other and 'class="history prominent"' not in other
