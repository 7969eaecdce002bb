# ruff: noqa: E501 (one example a line reads best as a table)
"""The families in ``care_words_risk``: warning signs told, not named, and low mood, in nb, nn
and en, with hard negatives that share their words. All sentences are my own, written for
these tests (none from the evaluation sets). The prefilter checks of these patterns are in
test_care_words_more."""

from __future__ import annotations

import pytest
from test_care_words_more import assert_found

from triage.inbound.care import lexicon_phrases
from triage.inbound.care_words_risk import RISK_FAMILIES

# (family, lang, text, a phrase the finding must contain or be contained in)
DISTRESS = [
    ("warning_signs", "nb", "Av og til lurer jeg på om jeg skal gjøre slutt på alt sammen.", "slutt på alt"),
    ("warning_signs", "nn", "Eg har tenkt mykje på å få slutt på det heile i vinter.", "slutt på det heile"),
    ("warning_signs", "en", "Last night I searched for ways to end it.", "ways to end it"),
    ("warning_signs", "en", "I just want to put an end to everything.", "put an end to everything"),
    ("warning_signs", "nb", "Mest av alt vil jeg bare slutte å finnes.", "slutte å finnes"),
    ("warning_signs", "en", "Some days I wish I could just stop existing.", "stop existing"),
    ("warning_signs", "nn", "Eg har rekna på kor mange sovetablettar eg har liggjande.", "kor mange sovetablettar"),
    ("warning_signs", "en", "I looked up how many sleeping pills would be enough.", "how many sleeping pills"),
    ("warning_signs", "nb", "Jeg har stått på brua og tenkt på å hoppe fra brua.", "hoppe fra brua"),
    ("warning_signs", "en", "I have been thinking about swimming out into the ocean at night.", "swimming out into the ocean"),
    ("warning_signs", "nb", "Jeg har laget en liste over hvem som skal ha tingene mine.", "hvem som skal ha tingene mine"),
    ("warning_signs", "en", "This week I started giving away my things to friends.", "giving away my things"),
    ("warning_signs", "nn", "Eg har skrive eit avskjedsbrev.", "avskjedsbrev"),
    ("warning_signs", "en", "I wrote a letter to my kids that I have not sent.", "letter to my kids"),
    ("warning_signs", "en", "There is a plan and a date, I'm not sure why I'm telling you.", "a plan and a date"),
    ("warning_signs", "nb", "Jeg tror ikke jeg er her til påske uansett.", "ikke jeg er her til påske"),
    ("warning_signs", "en", "I probably won't be around for christmas anyway.", "won't be around for christmas"),
    ("warning_signs", "en", "maybe it is better if i am not in this world", "i am not in this world"),
    ("warning_signs", "en", "When I'm gone they will move on fast.", "gone they will move on"),
    ("warning_signs", "nn", "Viss eg var borte, ville dei nok klare seg fint.", "borte, ville dei nok klare seg"),
    ("low_mood", "en", "I honestly can't imagine any future for myself.", "imagine any future"),
    ("low_mood", "nb", "Det blir aldri bedre, uansett hva jeg prøver.", "aldri bedre"),
    ("low_mood", "en", "It feels like things will never get better.", "never get better"),
    ("low_mood", "nn", "Eg ligg i senga heile dagen og søkjer ingenting.", "ligg i senga heile dagen"),
    ("low_mood", "en", "Most days I stay in bed all day.", "stay in bed all day"),
    ("low_mood", "nb", "Jeg går ikke ut av huset lenger.", "går ikke ut av huset lenger"),
    ("low_mood", "nb", "Ærlig talt, jeg er et null.", "er et null"),
    ("low_mood", "en", "Sometimes I think I'm a waste of space.", "waste of space"),
    ("low_mood", "en", "I am a burden on my family's necks? no, a weight around everyone's neck.", "weight around everyone's neck"),
    ("low_mood", "nb", "Jeg føler at jeg er en byrde for familien.", "byrde for familien"),
    ("low_mood", "en", "I'm so tired of being me.", "tired of being me"),
    ("low_mood", "nn", "Eg er drittlei av å vere meg.", "av å vere meg"),
    ("low_mood", "nb", "Jeg kjenner ingenting lenger, bare tomhet.", "kjenner ingenting lenger"),
    ("low_mood", "en", "I feel nothing at all these days.", "feel nothing at all"),
]  # fmt: skip

ORDINARY = [
    "Vi må få slutt på rotet i CV-en min før fredag.",
    "Kan jeg gjøre slutt på usikkerheten ved å ringe dem?",
    "How do I end things politely with a recruiter who keeps calling?",
    "I would like to put an end to the waiting and just ask them.",
    "Hvor mange søknader bør jeg sende i uka?",
    "How many references should I list on the form?",
    "We walked into the sea after the job fair, it was freezing and great fun.",
    "Etter intervjuet gikk jeg ut i sjøen og badet, helt nydelig.",
    "Who gets my things when I move offices is sorted; my question is about the notice period.",
    "I wrote a letter to my parents to thank them for the help with the application.",
    "I have a plan for the interview and a list of questions.",
    "Kontrakten min går ut før påske, hva gjør jeg med lønnssamtalen?",
    "I won't be around for the Christmas party because of the new job.",
    "When I'm gone on parental leave, who handles my applications?",
    "I can't picture myself in that role, should I still apply?",
    "Det blir aldri bedre enn dette tilbudet, skal jeg si ja?",
    "Lønna blir aldri bedre med denne arbeidsgiveren, bør jeg bytte?",
    "After the flu I had to stay in bed for two days and missed the call.",
    "Jeg går ikke ut av huset før jeg har sendt søknaden, haha.",
    "I am nothing like the other candidates, is that good?",
    "I feel nothing but excitement about the offer!",
    "I'm tired of being the one who always writes the minutes.",
]


@pytest.mark.parametrize(("family", "lang", "text", "phrase"), DISTRESS)
def test_each_risk_family_is_found(family: str, lang: str, text: str, phrase: str) -> None:
    assert_found(family, lang, text, phrase)


def test_every_risk_family_has_examples_in_each_language() -> None:
    assert {name for name, *_ in DISTRESS} == {family.name for family in RISK_FAMILIES}
    for family in RISK_FAMILIES:
        langs = {lang for name, lang, _, _ in DISTRESS if name == family.name}
        assert langs == {"nb", "nn", "en"}, family.name


@pytest.mark.parametrize("text", ORDINARY)
def test_ordinary_mail_with_the_same_words_is_not_distress(text: str) -> None:
    assert lexicon_phrases("", text) == []
