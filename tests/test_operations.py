"""The operations figures (state.operations) on a real store, and the statistics page's charts:
SVG with their own narrow CSP, an empty-state message without data, the page's CSP strict."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from operations_fixtures import add_question, backdate, decide, make_history
from postgres_fixtures import postgres_server, postgres_url  # noqa: F401 - fixtures
from review_fixtures import REVIEW_SECTION, sign_in

from triage.review import CONTENT_SECURITY_POLICY
from triage.review.charts import CHARTS, SVG_POLICY
from triage.state.decisions import Action
from triage.state.operations import operations, percentile
from triage.state.statuses import Status
from triage.state.store import Store

NOW = datetime(2026, 12, 5, 12, 0, tzinfo=UTC)  # a Saturday


def at(day: int, hour: int, month: int = 11) -> datetime:
    return datetime(2026, month, day, hour, 0, tzinfo=UTC)


@pytest.fixture
def db(tmp_path):
    with Store.open(tmp_path / "state.sqlite3") as store:
        yield store


def small_history(db: Store) -> None:
    add_question(db, "<q1@x>", at(17, 9), Status.DRAFTED, "salary")
    decide(db, "<q1@x>", Action.APPROVE, "salary", "salary", at(17, 19), 0.1, Status.SENT)
    add_question(db, "<q2@x>", at(18, 9), Status.DRAFTED, "cv")
    decide(db, "<q2@x>", Action.SENT_FROM_CLIENT, "cv", "cv", at(20, 9), 0.5, Status.SENT)
    add_question(db, "<q3@x>", at(24, 10), Status.DRAFTED, "salary")  # still waiting
    add_question(db, "<q4@x>", at(1, 8, 12), Status.ANSWERED_ELSEWHERE)
    add_question(db, "<q5@x>", at(2, 8, 12), Status.SKIPPED)
    add_question(db, "<q6@x>", at(1, 12, 12), Status.DRAFTED, "cv")
    decide(db, "<q6@x>", Action.CHANGE_TOPIC, "cv", "interview", at(2, 10, 12))
    decide(db, "<q6@x>", Action.APPROVE, "cv", "interview", at(2, 12, 12), 0.0, Status.SENT)
    add_question(db, "<q7@x>", at(1, 8, 10), Status.DRAFTED, "cv")  # before the window
    backdate(db, "<q7@x>", at(1, 8, 10))


def test_weekly_figures(db):
    small_history(db)
    figures = operations(db, now=NOW, weeks=3)
    assert figures["weeks"] == ["2026-W47", "2026-W48", "2026-W49"]
    by_week = [w["by_topic"] for w in figures["questions"]["per_week"]]
    assert by_week == [{"salary": 1, "cv": 1}, {"salary": 1}, {"answered_elsewhere": 1,
                                                                "interview": 1}]  # fmt: skip
    replies = figures["reply_hours"]
    assert [(r["replies"], r["median"], r["p90"]) for r in replies] == [
        (2, 29.0, 44.2), (0, None, None), (1, 24.0, 24.0),
    ]  # fmt: skip
    oldest = figures["oldest_waiting"]
    assert (oldest["waiting"], oldest["since"], oldest["hours"]) == (
        2, "2026-10-01T08:00:00+00:00", 1564.0,
    )  # fmt: skip
    assert [w["hours"] for w in oldest["per_week"]] == [1264.0, 1432.0, 1564.0]
    light = figures["light_edits"]["per_week"]
    assert light[0]["by_topic"] == {
        "salary": {"sent": 1, "light": 1, "share": 1.0},
        "cv": {"sent": 1, "light": 0, "share": 0.0},
    }
    assert light[2]["by_topic"] == {"interview": {"sent": 1, "light": 1, "share": 1.0}}
    kept = figures["topic_kept"]
    assert (kept["reviewed"], kept["kept"], kept["share"]) == (2, 1, 0.5)
    assert {r["topic"]: r["kept"] for r in kept["by_topic"]} == {"salary": 1, "cv": 0}


def test_the_same_figures_on_postgres_and_a_read_only_store(db, postgres_url):  # noqa: F811
    from psycopg.errors import ReadOnlySqlTransaction

    small_history(db)
    with Store.open(postgres_url) as shared:
        small_history(shared)
    with Store.open_read_only(postgres_url) as shared:
        assert operations(shared, now=NOW, weeks=3) == operations(db, now=NOW, weeks=3)
        with pytest.raises(ReadOnlySqlTransaction), shared.transaction():
            shared.set_status("<q1@x>", Status.REJECTED)


def test_a_read_only_sqlite_store_refuses_writes_and_creates_nothing(db, tmp_path):
    import sqlite3

    small_history(db)
    with Store.open_read_only(db.path) as looking:
        assert looking.message("<q1@x>")["status"] == Status.SENT
        with pytest.raises(sqlite3.OperationalError):
            looking.set_status("<q1@x>", Status.REJECTED)
    missing = tmp_path / "elsewhere" / "state.sqlite3"
    with Store.open_read_only(missing) as empty:
        assert empty.counts() == {}
    assert not missing.parent.exists()


def test_oldest_waiting_follows_the_queue_week_by_week(db):
    add_question(db, "<w1@x>", at(17, 9), Status.DRAFTED, "salary")
    add_question(db, "<w2@x>", at(24, 10), Status.DRAFTED, "salary")
    decide(db, "<w1@x>", Action.REJECT, "salary", "salary", at(25, 9), None, Status.REJECTED)
    hours = [w["hours"] for w in operations(db, now=NOW, weeks=3)["oldest_waiting"]["per_week"]]
    # W47 ends with w1 waiting since the 17th; w1 is handled on the 25th, w2 waits on.
    assert hours == [5 * 24 + 15.0, 5 * 24 + 14.0, 11 * 24 + 2.0]


def test_no_data_gives_empty_figures(db):
    figures = operations(db, now=NOW)
    assert len(figures["weeks"]) == 12
    assert figures["questions"]["topics"] == []
    assert figures["oldest_waiting"]["hours"] is None
    assert figures["topic_kept"]["share"] is None
    assert all(r["median"] is None for r in figures["reply_hours"])


def test_percentile_interpolates():
    assert percentile([], 0.5) is None
    assert percentile([5.0], 0.9) == 5.0
    assert percentile([1.0, 2.0, 3.0, 4.0], 0.5) == 2.5
    assert percentile(list(map(float, range(11))), 0.9) == pytest.approx(9.0)


@pytest.fixture
def stats_client(box, monkeypatch):
    from triage.review import create_app
    from triage.state.accounts import add_user

    monkeypatch.setenv("TRIAGE_TEST_REVIEW_SECRET", "a-test-secret-that-is-long-enough")
    box.config.write_text(box.config.read_text() + REVIEW_SECTION)
    settings = box.settings()
    with Store.open(settings.state_path) as db:
        add_user(db, "kari", "riktig-hest-batteri")
    client = create_app(settings, {"TESTING": True}).test_client()
    assert sign_in(client, "kari", "riktig-hest-batteri").status_code == 302
    client.settings = settings
    return client


def test_charts_render_without_data_with_an_empty_state(stats_client):
    page = stats_client.get("/stats")
    assert page.headers["Content-Security-Policy"] == CONTENT_SECURITY_POLICY
    assert "unsafe-inline" not in page.headers["Content-Security-Policy"]
    html = page.get_data(as_text=True)
    for name in CHARTS:
        assert f'src="/stats/chart/{name}.svg"' in html
        chart = stats_client.get(f"/stats/chart/{name}.svg")
        assert chart.status_code == 200 and chart.mimetype == "image/svg+xml"
        assert chart.headers["Content-Security-Policy"] == SVG_POLICY
        assert "Ingen data ennå." in chart.get_data(as_text=True)
    assert stats_client.get("/stats/chart/nothing.svg").status_code == 404


def test_charts_draw_the_history(stats_client):
    with Store.open(stats_client.settings.state_path) as db:
        make_history(db, datetime.now(UTC))
    for name in CHARTS:
        svg = stats_client.get(f"/stats/chart/{name}.svg").get_data(as_text=True)
        assert "Ingen data ennå." not in svg
        assert svg.count("<path") + svg.count("<rect") > 10
    questions = stats_client.get("/stats/chart/questions.svg").get_data(as_text=True)
    assert "Lønn" in questions and "Besvart utenom" in questions  # topic names, translated
    html = stats_client.get("/stats").get_data(as_text=True)
    assert "Eldste ventende" in html


def test_charts_need_a_signed_in_counsellor(stats_client):
    fresh = stats_client.application.test_client()
    assert fresh.get("/stats/chart/questions.svg").status_code in (302, 401)
