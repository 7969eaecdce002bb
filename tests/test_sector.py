"""Sector of the employer a question is about, from cues: nb/nn/en, past employers weigh less,
mixed mail and employers outside the four sectors give None."""

from __future__ import annotations

import pytest

from triage.inbound.sector import detect_sector


@pytest.mark.parametrize(
    ("subject", "text", "expected"),
    [
        ("Intervju", "Jeg skal på intervju i et departement neste uke.", "state"),
        ("", "Eg har fått tilbod frå eit direktorat. Er løna grei?", "state"),
        ("", "I have an interview at a ministry on Monday.", "state"),
        ("", "Jeg har søkt på en stilling i NAV.", "state"),
        ("", "Har søkt hos Statsforvaltaren i Vestland.", "state"),
        ("Lønn i kommunen", "Hva er vanlig?", "municipality"),
        ("", "Eg har intervju i Fjordvik kommune på torsdag.", "municipality"),
        ("", "They offered me a job in the county administration.", "municipality"),
        ("", "Jeg har fått tilbud fra Oslo kommune, Utdanningsetaten.", "oslo"),
        ("", "Intervju i bydel Gamle Oslo neste uke.", "oslo"),
        ("", "Jeg har fått tilbud fra Nordlys Analyse AS.", "private"),
        ("", "I got an offer from a consultancy in Bergen.", "private"),
        ("", "Eg søkjer ei stilling i ei stifting.", "private"),
        ("", "I have an interview at an NGO.", "private"),
        # No cue, or only words that are not an employer.
        ("", "Hvordan skriver jeg en god CV?", None),
        ("", "I was as happy as can be.", None),
        # Outside the four: a hospital trust, an intermunicipal company, a Swedish municipality.
        ("", "Jeg har fått tilbud fra et helseforetak.", None),
        ("", "Eg har intervju i eit interkommunalt selskap.", None),
        ("", "Jeg har søkt på en stilling i en svensk kommune.", None),
    ],
)  # fmt: skip
def test_sector(subject: str, text: str, expected: str | None) -> None:
    assert detect_sector(subject, text).sector == expected


def test_the_employer_applied_to_wins_over_a_past_one() -> None:
    text = (
        "Jeg jobbet tidligere ti år i en kommune. Nå har jeg søkt på en stilling i et direktorat"
        " og er kalt inn til intervju."
    )
    assert detect_sector("", text).sector == "state"
    text = "Eg kjem frå eit konsulentselskap og har fått tilbod frå staten."
    assert detect_sector("", text).sector == "state"


def test_two_employers_on_equal_terms_give_none() -> None:
    text = "Jeg har fått tilbud fra en kommune og et tilbud fra et departement. Hvilket velger jeg?"
    assert detect_sector("", text).sector is None


def test_a_raise_is_about_the_members_own_employer() -> None:
    text = "Jeg jobber i en kommune og skal ha lønnssamtale. Jeg har sett på lønn i staten."
    assert detect_sector("", text, current_job=True).sector == "municipality"


def test_in_cv_questions_an_employer_named_in_passing_counts_less() -> None:
    text = "Profilteksten min: Samfunnsøkonom med fem års erfaring fra kommunal sektor."
    assert detect_sector("", text, named_only=True).sector is None
    text = "Jeg søker en stilling i et direktorat. Er CV-en for lang?"
    assert detect_sector("", text, named_only=True).sector == "state"


def test_cues_explain_the_sector_and_typing_without_special_letters_works() -> None:
    reading = detect_sector("", "fikk tilbud fra et direktorat i gar, er lonna ok?")
    assert reading.sector == "state"
    assert reading.cues == ("sector state: direktorat",)
    assert detect_sector("", "har fatt tilbud i hogskolen").sector == "state"
