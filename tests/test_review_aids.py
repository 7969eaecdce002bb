"""The drafting aids of the review page (#10): the rules (similarity, block statistics) as unit
tests, their SQL against a real store, and the situation change through Flask's test client
against Dovecot (CSRF, stale version, the draft drawn again in the store and in Drafts)."""

# ruff: noqa: F811 - pytest fixtures imported from review_fixtures are redefined as arguments
from __future__ import annotations

import email
import email.policy
import json

from review_fixtures import (  # noqa: F401 - fixtures
    COUNSELLOR,
    app,
    client,
    decisions,
    item_form,
    review_settings,
    smtp_server,
    store_row,
)

from triage.compose import Composer
from triage.review.block_use import DELETED, EDITED, KEPT, outcome, tally
from triage.review.similar import MIN_SCORE, most_similar, paragraphs
from triage.state import answers, queue
from triage.state.decisions import Action, add_decision
from triage.state.privacy import purge
from triage.state.statuses import Status
from triage.state.store import Outcome, Store

SALARY = "<salary@example.net>"
HOSTILE_QUESTION = 'Kan jeg be om <script>alert("x")</script> \u202elønn\u202c? 🙂'


# -- similarity ---------------------------------------------------------------------------------


def test_most_similar_ranks_by_tf_idf_cosine_and_leaves_out_unrelated_texts():
    earlier = [
        "Hvordan forbereder jeg meg til et intervju med case?",
        "Hva bør jeg be om i lønn når jeg får tilbud fra kommunen?",
        "Kan du se på CV-en min? Den er tre sider.",
        "Lønnstilbud fra en kommune: hvor mye kan jeg be om i lønn?",
        "xyzzy qwrtp",
    ]
    found = most_similar("Jeg har fått tilbud fra en kommune. Hva bør jeg be om i lønn?", earlier)
    assert [m.index for m in found[:2]] == [1, 3]
    assert all(m.score >= MIN_SCORE for m in found) and len(found) <= 3
    assert 4 not in [m.index for m in found]
    assert found == sorted(found, key=lambda m: -m.score)


def test_most_similar_with_nothing_to_compare():
    assert most_similar("", ["noe"]) == []
    assert most_similar("Lønn?", []) == []
    assert most_similar("???", ["!!!"]) == []


def test_paragraphs_split_on_blank_lines():
    text = "Hei Kari,\r\n\r\nFørste avsnitt\nfortsetter.\n \nAndre.\n\n\n"
    assert paragraphs(text) == ["Hei Kari,", "Første avsnitt\nfortsetter.", "Andre."]


# -- block statistics ---------------------------------------------------------------------------

BLOCK = "I staten avtales lønn i kroner, med stillingskode og lønnsspenn.\nSpør om [[tall]]."


def test_a_block_sent_as_it_was_with_its_places_filled_is_kept():
    sent = (
        "Hei,\n\nI staten avtales lønn i kroner,  med stillingskode\nog lønnsspenn."
        " Spør om 600 000."
    )
    assert outcome(BLOCK, sent) == KEPT


def test_a_block_with_most_of_its_words_is_edited_and_otherwise_deleted():
    edited = "I staten avtales lønnen i kroner etter stillingskode og lønnsspenn. Spør gjerne."
    assert outcome(BLOCK, edited) == EDITED
    assert outcome(BLOCK, "Hei, ring meg heller, så tar vi det på telefon.") == DELETED


def test_a_block_of_places_only_is_left_out():
    assert outcome("[[Svar på: «Hva med lønn?»]]\n", "Hva med lønn? Svaret er ja.") is None


def test_tally_counts_per_block_and_puts_the_weakest_first():
    greeting = {"id": "greeting", "text": "Hei Kari,"}
    sector = {"id": "salary/sector_state", "text": BLOCK}
    questions = {"id": "questions", "text": "[[Svar på: «Lønn?»]]"}
    sent = [
        ([greeting, sector, questions], "Hei Kari,\n\nRing meg."),
        ([greeting, sector], "Hei Kari,\n\n" + BLOCK.replace("[[tall]]", "tall")),
        ([greeting], "Hei Kari, takk for sist."),
    ]
    table = tally(sent)
    assert [u.block for u in table] == ["salary/sector_state", "greeting"]
    weakest = table[0]
    assert (weakest.kept, weakest.edited, weakest.deleted, weakest.used) == (1, 0, 1, 2)
    assert weakest.share(KEPT) == 0.5 and table[1].share(KEPT) == 1.0


# -- the SQL: what was sent, bounded, purged rows left out ---------------------------------------


def _sent(db, message_id, question, reply, status=Status.SENT, action=Action.APPROVE, blocks=None,
          ratio=0.1):  # fmt: skip
    with db.transaction():
        db.record(Outcome(message_id, status, question_text=question, topic="salary", lang="nb",
                          draft_blocks=blocks or {}))  # fmt: skip
        add_decision(db, message_id, COUNSELLOR, action, "salary", "salary", ratio, reply)


def test_sent_questions_are_the_last_sent_replies_newest_first(tmp_path):
    with Store.open(tmp_path / "s.sqlite3") as db:
        _sent(db, "<a>", "Lønn i kommunen?", "Svar A")
        _sent(db, "<kept>", "Lønn i staten?", "Utkast", status=Status.KEPT, action=Action.KEEP)
        _sent(db, "<b>", "Lønn i staten?", "Svar B", action=Action.SENT_FROM_CLIENT)
        _sent(db, "<c>", "CV?", "Svar C")
        found = answers.sent_questions(db, skip="<c>")
        assert [r["message_id"] for r in found] == ["<b>", "<a>"]
        assert [r["message_id"] for r in answers.sent_questions(db, limit=1)] == ["<c>"]
        replies = answers.sent_replies(db, [found[0]["decision_id"]])
        assert replies[found[0]["decision_id"]]["reply_text"] == "Svar B"
        # Purged rows have no text left: they are never searched.
        db.execute("UPDATE messages SET updated_at = '2000-01-01' WHERE message_id = '<a>'")
        db.execute("UPDATE decisions SET at = '2000-01-01' WHERE message_id = '<a>'")
        purge(db, 30)
        assert [r["message_id"] for r in answers.sent_questions(db)] == ["<c>", "<b>"]


def test_sent_drafts_only_where_the_counsellor_saw_the_draft(tmp_path):
    blocks = {"blocks": [{"id": "greeting", "text": "Hei,"}]}
    with Store.open(tmp_path / "s.sqlite3") as db:
        _sent(db, "<seen>", "Lønn?", "Hei,\n\nSvar", blocks=blocks)
        _sent(db, "<shadow>", "Lønn?", "Svar", blocks=blocks, action=Action.SENT_FROM_CLIENT,
              ratio=None)  # fmt: skip
        _sent(db, "<no-blocks>", "Lønn?", "Svar")
        assert answers.sent_drafts(db) == [(blocks["blocks"], "Hei,\n\nSvar")]


# -- the situations on the page ------------------------------------------------------------------


def draw(settings, message_id, topics, situations=(), questions=(), sector=None):
    """Give a drafted row the reading the pass would store (questions, situations, sector)."""
    composer = Composer.for_settings(settings)
    with Store.open(settings.state_path) as db:
        row = db.message(message_id)
        draft = composer.draft(
            row["lang"], topics, row["first_name"], situations=situations, sector=sector,
            questions=questions,
        )  # fmt: skip
        with db.transaction():
            assert queue.set_draft(db, message_id, row["version"], topics[0], draft.text,
                                   blocks=draft.record())  # fmt: skip
    return draft


def _draft_in_mailbox(box, message_id):
    drafts = [
        email.message_from_bytes(d[b"BODY[]"], policy=email.policy.default)
        for d in box.messages("Drafts").values()
    ]
    [found] = [m for m in drafts if m["In-Reply-To"] == message_id]
    return found.get_body(("plain",)).get_content()


def test_the_page_shows_the_questions_and_the_situations_as_text(client, review_settings):
    draw(review_settings, SALARY, ["salary"], ["raise"], [HOSTILE_QUESTION, "Når?"], "state")
    page = client.get("/item", query_string={"m": SALARY}).get_data(as_text=True)
    assert 'id="questions"' in page and page.count('class="asked"') == 2
    assert "&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt;" in page and "<script>alert" not in page
    assert "[U+202E]lønn[U+202C]" in page and "🙂" in page
    assert 'value="raise" id="situation-raise" checked' in page
    assert 'value="new_offer" id="situation-new_offer" >' in page
    assert 'id="situation-gap"' not in page  # the topic's situations only


def test_changing_the_situations_draws_the_draft_again(client, review_settings, box):
    first = draw(review_settings, SALARY, ["salary"], ["raise"], ["Hva bør jeg be om?"], "state")
    before_mailbox = _draft_in_mailbox(box, SALARY)
    form = item_form(client, SALARY)
    response = client.post("/item/situations", data={**form, "situation": ["new_offer"]})
    assert response.status_code == 302
    row = store_row(review_settings, SALARY)
    ids = [block["id"] for block in row["draft_blocks"]["blocks"]]
    assert "salary/new_offer" in ids and "salary/contract" in ids and "salary/raise" not in ids
    assert row["draft_blocks"]["situations"] == {"salary": ["new_offer"]}
    # The member's questions and the sector stay as read.
    assert row["draft_blocks"]["questions"] == ["Hva bør jeg be om?"]
    assert "salary/sector_state" in ids and "«Hva bør jeg be om?»" in row["draft_text"]
    assert row["draft_text"] != first.text and row["status"] == Status.DRAFTED
    assert row["topic"] == "salary"
    [decision] = decisions(review_settings, SALARY)
    assert decision["action"] == "change_situations" and decision["counsellor"] == COUNSELLOR
    assert json.loads(decision["situations"]) == ["new_offer"]
    assert decision["final_topic"] == "salary"
    # The draft in the mailbox follows, as for a change of topic.
    in_mailbox = _draft_in_mailbox(box, SALARY)
    assert in_mailbox != before_mailbox
    assert in_mailbox.replace("\r\n", "\n").startswith(row["draft_text"].strip())
    # None ticked: the topic's general text.
    form = item_form(client, SALARY)
    assert client.post("/item/situations", data=form).status_code == 302
    row = store_row(review_settings, SALARY)
    assert "salary/general" in [block["id"] for block in row["draft_blocks"]["blocks"]]


def test_a_situation_change_needs_csrf_a_current_page_and_known_situations(
    app, client, review_settings
):
    draw(review_settings, SALARY, ["salary"], ["raise"])
    form = item_form(client, SALARY)
    before = store_row(review_settings, SALARY)
    no_token = {k: v for k, v in form.items() if k != "csrf_token"}
    assert client.post("/item/situations", data={**no_token, "situation": "gap"}).status_code == 400
    assert client.post("/item/situations", data={**form, "situation": "nope"}).status_code == 400
    response = client.post("/item/situations", data={**form, "situation": "gap"})  # a CV one
    assert response.status_code == 422
    assert "hører ikke til temaet" in response.get_data(as_text=True)
    assert store_row(review_settings, SALARY)["version"] == before["version"]
    # Another counsellor changed the topic meanwhile: the old page's change is refused.
    other = app.test_client()
    from review_fixtures import sign_in

    sign_in(other)
    assert (
        other.post("/item/topic", data={**item_form(other, SALARY), "topic": "cv"}).status_code
        == 302
    )
    response = client.post("/item/situations", data={**form, "situation": "new_offer"})
    assert response.status_code == 409
    assert "endret" in response.get_data(as_text=True).lower() or "behandlet" in response.get_data(
        as_text=True
    )
    row = store_row(review_settings, SALARY)
    assert row["topic"] == "cv" and "salary/new_offer" not in json.dumps(row["draft_blocks"])
    assert [d["action"] for d in decisions(review_settings, SALARY)] == ["change_topic"]


def test_answered_before_lists_similar_sent_replies_as_text(client, review_settings):
    with Store.open(review_settings.state_path) as db:
        question = "Jeg har fått tilbud fra en kommune. Hva bør jeg be om i lønn?"
        reply = "Hei Per,\n\nBe om lønnstrinn <b>60</b> \u202eeller\u202c mer. 🙂\n\nHilsen Kari"
        _sent(db, "<old-salary>", question, reply)
        _sent(db, "<old-cv>", "Er CV-en min for lang?", "Hei,\n\nTo sider holder.")
    page = client.get("/item", query_string={"m": SALARY}).get_data(as_text=True)
    assert 'id="answered"' in page
    assert "Be om lønnstrinn &lt;b&gt;60&lt;/b&gt; [U+202E]eller[U+202C] mer. 🙂" in page
    # The button inserts the text without the invisible characters.
    assert 'data-text="Be om lønnstrinn &lt;b&gt;60&lt;/b&gt; eller mer. 🙂"' in page
    assert 'id="insert-1"' in page and 'id="insert-3"' in page


def test_block_statistics_on_the_statistics_page(client, review_settings):
    blocks = {"blocks": [{"id": "salary/raise", "text": "Forbered lønnssamtalen med tall."},
                         {"id": "greeting", "text": "Hei Per,"}]}  # fmt: skip
    with Store.open(review_settings.state_path) as db:
        _sent(db, "<s1>", "Lønn?", "Hei Per,\n\nRing meg.", blocks=blocks)
        _sent(db, "<s2>", "Lønn?", "Hei Per,\n\nForbered lønnssamtalen med tall.", blocks=blocks)
    page = client.get("/stats").get_data(as_text=True)
    assert 'id="blocks"' in page
    table = page[page.index('id="blocks"') :]
    assert table.index("salary/raise") < table.index("greeting")
    assert "50 %" in table
