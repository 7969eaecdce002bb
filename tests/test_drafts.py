"""Draft text from blocks: which blocks a mail gets, the question places, sector-aware salary
advice, short drafts, the signature, and templates that are broken (file and line named)."""

from __future__ import annotations

import itertools
import json
import re
import shutil
from pathlib import Path

import pytest

from triage.compose import Composer
from triage.drafts import blocks
from triage.drafts.places import PLACEHOLDER, SIGNER_PLACES, fill_signer, quoted_question
from triage.errors import TemplateError

ROOT = Path(__file__).resolve().parents[1]
WORD = re.compile(r"\w+(?:[-'’]\w+)*")
OFFICES = {"nb": "Karriererådgivningen", "nn": "Karriererettleiinga", "en": "Career Service"}


@pytest.fixture(scope="module")
def composer() -> Composer:
    return Composer(ROOT / "templates", "Fallback", "k@example.org", office_names=OFFICES)


def words(text: str) -> int:
    return len(WORD.findall(PLACEHOLDER.sub(" ", text)))


# -- which blocks -----------------------------------------------------------------------------


def test_plan_greets_asks_first_then_the_situations_then_closes() -> None:
    ids = blocks.plan(["followup"], {"followup": ["rejected", "waiting"]}, "private")
    assert ids == [
        "greeting", "questions", "followup/waiting", "followup/rejected",
        "closing", "signature", "footer",
    ]  # fmt: skip


def test_no_situation_gives_the_topic_general_block() -> None:
    assert blocks.plan(["cv"])[2:-3] == ["cv/general"]


def test_second_topic_follows_the_first_with_its_bridge() -> None:
    ids = blocks.plan(["salary", "cv"], ["raise", "gap"], "state")
    assert ids[2:-3] == ["salary/raise", "salary/sector_state", "cv/bridge", "cv/gap"]


def test_public_sector_follow_up_gets_the_public_steps() -> None:
    assert blocks.plan(["followup"], ["rejected"], "municipality")[2:-3] == [
        "followup/rejected", "followup/public_rejected",
    ]  # fmt: skip
    assert blocks.plan(["followup"], [], "state")[2:-3] == [
        "followup/general", "followup/public_before",
    ]  # fmt: skip
    assert blocks.plan(["followup"], ["waiting"], None)[2:-3] == ["followup/waiting"]


@pytest.mark.parametrize(
    ("situations", "sector", "expected"),
    [
        (["new_offer"], "oslo", ["salary/new_offer", "salary/sector_oslo", "salary/contract"]),
        (["raise"], "private", ["salary/raise", "salary/sector_private"]),
        (["expectations"], None, ["salary/expectations", "salary/sector_unknown"]),
        ([], None, ["salary/general", "salary/sector_overview"]),
        ([], "nowhere", ["salary/general", "salary/sector_overview"]),
    ],
)
def test_salary_gets_its_sector_and_the_contract_check_with_an_offer(
    situations, sector, expected
) -> None:
    assert blocks.plan(["salary"], situations, sector)[2:-3] == expected


def test_situations_of_another_topic_and_unknown_ids_are_left_out() -> None:
    assert blocks.plan(["cv"], {"cv": ["gap", "nonsense"], "salary": ["raise"]})[2:-3] == ["cv/gap"]
    assert blocks.plan(["other"]) == ["greeting", "questions", "closing", "signature", "footer"]


def test_every_block_a_plan_can_use_is_listed() -> None:
    listed = set(blocks.all_blocks())
    sectors = (*blocks.SECTORS, None)
    for topic, situations in blocks.SITUATIONS.items():
        for count in range(3):
            for chosen in itertools.combinations(situations, count):
                for sector in sectors:
                    assert set(blocks.plan([topic, "cv"], list(chosen), sector)) <= listed


# -- the draft ---------------------------------------------------------------------------------


def test_one_place_per_question_quoting_it_before_the_advice(composer) -> None:
    questions = ["Kan jeg be om å se søkerlisten?", "Hvorfor fikk jeg nei?"]
    draft = composer.draft(
        "nb", ["followup"], "Kari", situations=["rejected"], sector="state", questions=questions
    )
    places = PLACEHOLDER.findall(draft.text)
    assert places[:2] == [f"[[Svar på: «{q}»]]" for q in questions]
    assert draft.text.index(places[1]) < draft.text.index("tilbakemelding")
    assert draft.text.startswith("Hei Kari,\n")
    assert "utvidet søkerliste" in draft.text  # the public-sector rejection block


def test_questions_in_nynorsk_and_english_and_none_at_all(composer) -> None:
    nn = composer.draft("nn", ["cv"], "", questions=["Kva skal bort?"])
    assert "[[Svar på: «Kva skal bort?»]]" in nn.text and nn.text.startswith("Hei,\n")
    en = composer.draft("en", ["cv"], "", questions=["What goes?"])
    assert "[[Answer to: “What goes?”]]" in en.text and en.text.startswith("Hello,\n")
    none = composer.draft("nb", ["cv"], "Kari")
    assert "[[Skriv et direkte svar på spørsmålet til medlemmet her.]]" in none.text


def test_long_or_hostile_questions_stay_one_place_each(composer) -> None:
    long = "Hvordan " + "veldig " * 40 + "lenge skal jeg vente?"
    assert quoted_question(long).endswith("…") and len(quoted_question(long)) <= 110
    draft = composer.draft("nb", ["cv"], "", questions=[long, "Kan ]] bryte [[ dette?\nNei", long])
    places = [p for p in PLACEHOLDER.findall(draft.text) if p.startswith("[[Svar")]
    assert len(places) == 2  # the same question twice is quoted once
    assert "Kan )) bryte (( dette? Nei" in places[1]
    assert all(line.count("[[") == line.count("]]") for line in draft.text.splitlines())


def test_the_draft_records_its_blocks_for_statistics(composer) -> None:
    draft = composer.draft("en", ["salary"], "Ana", situations=["new_offer"], sector="private")
    record = json.loads(json.dumps(draft.record()))
    ids = [b["id"] for b in record["blocks"]]
    assert ids == [
        "greeting", "questions", "salary/new_offer", "salary/sector_private", "salary/contract",
        "closing", "signature", "footer",
    ]  # fmt: skip
    assert "".join(b["text"] for b in record["blocks"]).replace("\n", "") == draft.text.replace(
        "\n", ""
    )
    assert record["situations"] == {"salary": ["new_offer"]} and record["sector"] == "private"
    assert "Best regards" not in draft.body and "Good luck" in draft.body


@pytest.mark.parametrize("lang", ["nb", "nn", "en"])
def test_sector_sentences(composer, lang) -> None:
    def text(sector: str | None) -> str:
        return composer.text(lang, ["salary"], "", situations=["new_offer"], sector=sector)

    state, municipality, private = text("state"), text("municipality"), text("private")
    assert "stillingskode" in state and "2017" in state
    assert re.search(r"garantil[øo]nn?", municipality) and "KS" in municipality
    assert re.search(r"individu", private)
    assert "Oslo" in text("oslo")
    unknown = text(None)
    assert len(PLACEHOLDER.findall(unknown)) == 3  # the question, the sector's rule, the name
    for draft in (state, municipality, private, unknown):
        assert re.search(r"(oss|us)\b", draft.split("\n-- \n")[0])  # the contract check offer
    raise_draft = composer.text(lang, ["salary"], "", situations=["raise"], sector="state")
    assert "2017" in raise_draft and not re.search(r"tilbud|tilbod|offer or", raise_draft)


@pytest.mark.parametrize("lang", ["nb", "nn", "en"])
def test_a_one_situation_draft_is_short(composer, lang) -> None:
    for topic, situations in blocks.SITUATIONS.items():
        for situation, sector in itertools.product(situations, (*blocks.SECTORS, None)):
            draft = composer.draft(lang, [topic], "Kari", situations=[situation], sector=sector)
            assert words(draft.body) <= 150, (lang, topic, situation, sector)


@pytest.mark.parametrize("lang", ["nb", "nn", "en"])
def test_signed_with_a_name_place_above_the_office_of_the_language(composer, lang) -> None:
    draft = composer.draft(lang, ["interview"], "Kari")
    signature = next(b.text for b in draft.blocks if b.id == "signature")
    assert signature.splitlines()[-2:] == [SIGNER_PLACES[lang], OFFICES[lang]]
    signed = fill_signer(draft.text, "Kari  Nordmann\n")
    assert SIGNER_PLACES[lang] not in signed and f"Kari Nordmann\n{OFFICES[lang]}" in signed
    assert fill_signer(draft.text, "") == draft.text


def test_office_name_falls_back_to_from_name_and_footer_follows_retention() -> None:
    plain = Composer(ROOT / "templates", "Karrieretjenesten", "k@example.org", retention_days=30)
    text = plain.text("nb", ["cv"], "")
    assert "\nKarrieretjenesten\n" in text and "30 dager" in text
    kept = Composer(ROOT / "templates", "X", "k@example.org", retention_days=0)
    footer = kept.text("en", ["cv"], "").split("\n-- \n")[1]
    assert "delete" not in footer.lower()
    assert "1 day after" in Composer(ROOT / "templates", "X", "k@x.org", retention_days=1).text(
        "en", ["cv"], ""
    )


def test_unclear_language_code_gets_the_english_blocks(composer) -> None:
    assert composer.text("de", ["cv"], "Jonas").startswith("Hi Jonas,\n")


# -- broken templates ------------------------------------------------------------------------


@pytest.fixture
def broken(tmp_path) -> Path:
    templates = tmp_path / "templates"
    shutil.copytree(ROOT / "templates", templates)
    return templates


def test_syntax_error_is_named_with_file_and_line(broken) -> None:
    (broken / "nn" / "salary" / "raise.j2").write_text("Løn.\n{% if questions %}\nmeir\n")
    with pytest.raises(TemplateError, match=r"nn/salary/raise\.j2 line 3: Unexpected end"):
        Composer(broken, "x", "k@example.org").check()


def test_undefined_variable_and_unclosed_place_are_named(broken) -> None:
    (broken / "en" / "cv" / "gap.j2").write_text("A gap.\n\n{{ employer }}\n")
    (broken / "nb" / "cv" / "gap.j2").write_text("Et opphold [[ uten slutt.\n")
    with pytest.raises(TemplateError) as raised:
        Composer(broken, "x", "k@example.org").check()
    problems = str(raised.value).split("; ")
    assert any(re.search(r"en/cv/gap\.j2 line 3 does not render: 'employer'", p) for p in problems)
    assert any("nb/cv/gap.j2 has a [[ without ]]" in p for p in problems)


def test_misspelt_file_is_reported_as_unused(broken) -> None:
    shutil.move(broken / "nb" / "cv" / "gap.j2", broken / "nb" / "cv" / "gapp.j2")
    composer = Composer(broken, "x", "k@example.org")
    with pytest.raises(TemplateError, match=r"missing in .*nb/cv/gap\.j2"):
        composer.check()
    assert composer.writer.unused_files() == ["nb/cv/gapp.j2"]
