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
    ("warning_signs", "en", "Honestly not sure if I'm even around by the time the course starts.", "if I'm even around"),
    ("warning_signs", "nb", "Hvis jeg i det hele tatt er her til høsten, vil jeg ta kurset.", "i det hele tatt er her"),
    ("warning_signs", "en", "I can't see myself still being alive in October.", "see myself still being alive in October"),
    ("warning_signs", "nn", "Eg har ikkje lagt nokon planar etter den datoen.", "ikkje lagt nokon planar etter den"),
    ("warning_signs", "en", "There are no plans past the 20th, and that feels right.", "no plans past the"),
    ("warning_signs", "nb", "Jeg har skrevet testament, bare så det er sagt.", "testament"),
    ("warning_signs", "en", "Last week I finally made a will and sorted the bank.", "made a will"),
    ("warning_signs", "en", "It should be easy for whoever has to go through my papers.", "whoever has to go through my papers"),
    ("warning_signs", "nn", "Dette blir nok det siste eg skriv til dykk.", "det siste eg skriv"),
    ("warning_signs", "en", "This is the last email I'll ever send you.", "last email I'll ever send"),
    ("warning_signs", "nb", "Om dere ikke hører noe mer fra meg, så vet dere hvorfor.", "ikke hører noe mer fra meg"),
    ("warning_signs", "en", "You won't hear from me again after this week.", "hear from me again"),
    ("warning_signs", "nb", "Jeg vet hvordan jeg skal gjøre det, og hvilken dag.", "hvordan jeg skal gjøre det, og hvilken dag"),
    ("warning_signs", "nn", "Det hadde vore greitt om eg ikkje vakna i morgon.", "om eg ikkje vakna"),
    ("warning_signs", "en", "It would be fine if I didn't wake up.", "if I didn't wake up"),
    ("warning_signs", "nb", "Jeg har lest om hvor mye paracetamol som skal til.", "hvor mye paracetamol som skal til"),
    ("warning_signs", "en", "I checked how many of my tablets it would take, just out of interest.", "how many of my tablets it would take"),
    ("warning_signs", "nn", "Eg vart nesten lei meg for at eg vakna i dag.", "lei meg for at eg vakna"),
    ("warning_signs", "en", "Some days I'm disappointed that I woke up at all.", "disappointed that I woke"),
    ("low_mood", "en", "I cannot see things ever getting better for me.", "see things ever getting better"),
    ("low_mood", "nb", "Jeg ser ikke at det noen gang blir bedre.", "ser ikke at det noen gang blir bedre"),
    ("low_mood", "en", "I'm losing myself, I barely know who I am.", "losing myself"),
    ("low_mood", "nn", "Eg har nesten ikkje sove sidan påske.", "ikkje sove sidan påske"),
    ("low_mood", "en", "I have hardly slept since Christmas.", "hardly slept since Christmas"),
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
    "If I'm still here next year I'd like to ask for a raise.",
    "I don't see myself still being at this company by 2030.",
    "I have no plans after graduation yet, what should I do?",
    "Jeg har ikke lagt noen planer for sommeren ennå.",
    "My will to keep learning is strong.",
    "Nytt testamente? Nei, jeg lurer på oppsigelsestiden.",
    "This is the last thing I'll send before I leave on holiday: my CV.",
    "Det blir det siste jeg sender før ferien, resten tar vi etterpå.",
    "If you don't hear from me, assume I got the job!",
    "I've worked out how I'll do it: I'll call them on Monday.",
    "How and when should I follow up after the interview?",
    "What if I don't wake up in time for the interview?",
    "Kva om eg ikkje vaknar i tide til intervjuet?",
    "I can't see this getting better unless I change teams, should I?",
    "I lose myself in my work, in a good way.",
    "How much would be enough as a salary when the ad says 'competitive'?",
    "I was so sorry I woke up late and missed your call.",
    "Jeg var skuffet da jeg våknet og så avslaget i innboksen.",
    "Hvor mye bør jeg si i lønnssamtalen, og hvor mye er nok for en ny stilling?",
    "I haven't slept since yesterday because I'm so excited about the offer!",
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
