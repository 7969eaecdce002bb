"""The care template: a whole, personal text in nb, nn and en, with a place for the counsellor's
own words, an offer of a call, and the crisis numbers in a block the counsellor keeps or removes."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from triage.compose import PLACEHOLDER, Composer
from triage.drafts.places import fill_signer, signer_place
from triage.drafts.text import FALLBACK_LANGUAGE
from triage.errors import TemplateError

ROOT = Path(__file__).resolve().parents[1]
LANGUAGES = ("nb", "nn", "en")
CRISIS_NUMBERS = ("116 123", "22 40 00 40", "113")
MARKER_LINE = re.compile(r"^\[\[[^\[\]]+\]\]$")
CALL = {"nb": "ringe deg", "nn": "ringje deg", "en": "call you"}


def composer(templates: Path = ROOT / "templates") -> Composer:
    return Composer(templates, "Karriererådgivningen", "karriere@example.org")


@pytest.mark.parametrize("lang", LANGUAGES)
def test_care_text_is_personal_offers_a_call_and_gives_the_crisis_numbers(lang):
    text = composer().care_text(lang, "Kari")
    assert text.splitlines()[0] in {"Hei Kari,", "Hello Kari,"}
    assert CALL[lang] in text
    for number in CRISIS_NUMBERS:
        assert number in text
    # No standard phrases of the topic replies: the "Takk for spørsmålet ditt!" and
    # "Lykke til videre!" read as a form letter to someone in distress.
    for standard in ("Takk for spørsmålet", "Lykke til", "Good luck", "Thank you for your"):
        assert standard not in text
    assert "Karriererådgivningen" in text
    for leftover in ("{{", "}}", "{%", "%}"):
        assert leftover not in text


@pytest.mark.parametrize("lang", LANGUAGES)
def test_places_for_the_counsellor_each_on_its_own_line(lang):
    text = composer().care_text(lang, "")
    assert text.splitlines()[0] in {"Hei,", "Hello,"}
    places = PLACEHOLDER.findall(text)
    assert 2 <= len(places) <= 3
    assert all(MARKER_LINE.match(line) for line in text.splitlines() if "[[" in line)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_crisis_block_is_marked_and_can_be_removed_whole(lang):
    """The block sits right below its own [[…]] line, which says to keep or delete it, and
    ends with the line that names 113: deleting those lines leaves a whole letter."""
    lines = composer().care_text(lang, "Kari").splitlines()
    start = next(i for i, line in enumerate(lines) if "116 123" in line) - 2
    assert lines[start - 1].startswith("[[") and "113" in lines[start - 1]
    end = next(i for i, line in enumerate(lines) if "113" in line and "[[" not in line)
    without = lines[: start - 1] + lines[end + 1 :]
    assert not any(number in "\n".join(without) for number in CRISIS_NUMBERS)
    assert (
        len(PLACEHOLDER.findall("\n".join(without)))
        == len(PLACEHOLDER.findall("\n".join(lines))) - 1
    )


def test_an_unknown_language_gets_the_same_fallback_as_every_draft():
    # Rendered by the draft blocks' machinery, care text falls back like drafts do (English).
    assert composer().care_text("de", "") == composer().care_text(FALLBACK_LANGUAGE, "")
    assert composer().care_text("de", "").splitlines()[0] == "Hello,"


def test_check_asks_for_a_missing_care_template(tmp_path):
    composer().check()
    shutil.copytree(ROOT / "templates", tmp_path / "t")
    (tmp_path / "t" / "nn" / "care.j2").unlink()
    with pytest.raises(TemplateError, match=r"missing in .*: nn/care\.j2"):
        composer(tmp_path / "t").check()
    with pytest.raises(TemplateError, match=r"nn/care\.j2 is missing"):
        composer(tmp_path / "t").care_text("nn", "Kari")


@pytest.mark.parametrize("lang", LANGUAGES)
def test_signed_and_ended_like_every_draft(lang):
    """The care text is the care block, then the signature and footer blocks: the review page
    fills the name place with the counsellor's display name, as in every draft."""
    text = composer().care_text(lang, "Kari")
    assert signer_place(lang) in text
    assert "\n-- \n" in text
    signed = fill_signer(text, "Ola Nordmann")
    assert "Ola Nordmann\nKarriererådgivningen\n" in signed
    assert signer_place(lang) not in signed
