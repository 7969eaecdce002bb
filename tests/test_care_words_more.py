# ruff: noqa: E501 (one example a line reads best as a table)
"""The families in ``care_words_more``: each found in nb, nn and en, with hard negatives that
share its words. All sentences are my own, written for these tests."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from triage.inbound.care import check_care, lexicon_phrases
from triage.inbound.care_words import FAMILIES
from triage.inbound.care_words_more import MORE_FAMILIES
from triage.inbound.care_words_risk import RISK_FAMILIES
from triage.inbound.lexicon import Prefilter, compile_words, lower_same_length, pattern_source

# (family, lang, text, a phrase the finding must contain or be contained in)
DISTRESS = [
    # A burnout now, or back again (one told as background is in test_care).
    ("burnout", "nb", "Jeg er utbrent og får ikke gjort noe som helst.", "utbrent"),
    ("burnout", "nn", "Eg var utbrent i 2022, og no kjenner eg det kjem att.", "utbrent"),
    ("burnout", "en", "I think I'm burnt out, and the job search makes it worse.", "burnt out"),
    # Norwegian subordinate-clause order: the negation before the verb.
    ("negated_order", "nb", "Jeg skriver fordi jeg ikke ser noen utvei lenger.", "ikke ser noen utvei"),
    ("negated_order", "nb", "Problemet er at jeg ikke lenger orker mer av dette.", "orker mer"),
    ("negated_order", "nn", "Eg skriv fordi eg ikkje maktar meir.", "ikkje maktar meir"),
    ("negated_order", "nn", "Det er berre det at eg ikkje ser korleis det skal bli betre.", "korleis det skal bli betre"),
    ("negated_order", "nb", "Kona vet ikke at jeg ikke holder ut.", "ikke holder ut"),
    ("negated_order", "nn", "Sidan eg ikkje kjenner meg sjølv att lenger, veit eg ikkje kva eg vil.", "kjenner meg sjølv att"),
    ("negated_order", "nb", "I fjor orket jeg ikke å leve sånn, og nå er det like ille.", "orket jeg ikke å leve"),
    ("negated_order", "nn", "Eg maktar ikkje dette lenger.", "maktar ikkje dette lenger"),
    ("negated_order", "nb", "Jeg ser ingen grunn til å stå opp om morgenen.", "ingen grunn til å stå opp"),
    ("negated_order", "nb", "jeg vet ikke hvordan jeg skal fa det bedre igjen", "hvordan jeg skal fa det bedre"),
    # Not able to bear it any longer.
    ("cannot_take", "en", "I cannot take it any longer.", "cannot take it any longer"),
    ("cannot_take", "en", "Honestly I can no longer cope.", "can no longer cope"),
    ("cannot_take", "en", "I've had enough of everything.", "enough of everything"),
    ("cannot_take", "en", "im so done with life", "done with life"),
    ("cannot_take", "nb", "Jeg har fått nok av alt sammen.", "fått nok av alt sammen"),
    ("cannot_take", "nn", "Eg er heilt ferdig med livet.", "ferdig med livet"),
    # Sleep loss told as an amount or a span.
    ("sleep_amount", "nb", "Jeg har knapt sovet på flere uker.", "knapt sovet"),
    ("sleep_amount", "nn", "Eg søv berre tre timar kvar natt no.", "søv berre tre timar"),
    ("sleep_amount", "en", "I've barely slept in a week.", "barely slept"),
    ("sleep_amount", "en", "I get maybe two hours of sleep a night these days.", "two hours of sleep"),
    ("sleep_amount", "nb", "har nesten ikke sovet pa en uke", "nesten ikke sovet"),
    ("sleep_amount", "nn", "Mannen min seier at eg ikkje har sove ordentleg sidan i haust, i lang tid.", "ikkje har sove"),
    # Sleeping and never waking up.
    ("never_wake", "nb", "Noen kvelder vil jeg bare legge meg og aldri våkne igjen.", "legge meg og aldri våkne"),
    ("never_wake", "nn", "Eg skulle ønskje eg kunne sove og ikkje vakne.", "sove og ikkje vakne"),
    ("never_wake", "en", "Some nights I want to fall asleep and never wake up.", "fall asleep and never wake"),
    # The world or the family fine without the member; nobody would notice.
    ("without_me", "nb", "Familien min hadde hatt det fint uten meg.", "Familien min hadde hatt det fint uten meg"),
    ("without_me", "nn", "Verda hadde gått vidare utan meg.", "Verda hadde gått vidare utan meg"),
    ("without_me", "en", "Honestly the world would keep spinning without me.", "the world would keep spinning without me"),
    ("without_me", "en", "If I disappeared tomorrow nobody would even notice.", "nobody would even notice"),
    ("without_me", "nb", "Ingen ville merket det om jeg forsvant.", "om jeg forsvant"),
    # Drowning, sinking.
    ("drowning", "en", "Most days I feel like I'm drowning.", "feel like I'm drowning"),
    ("drowning", "en", "I'm slowly sinking.", "slowly sinking"),
    ("drowning", "nb", "Jeg føler at jeg drukner.", "føler at jeg drukner"),
    ("drowning", "nn", "Det kjennest som om eg søkk.", "som om eg søkk"),
    # Everything empty, nothing matters, not caring any longer.
    ("empty", "nn", "Alt kjennes berre tomt.", "Alt kjennes berre tomt"),
    ("empty", "nb", "Livet føles grått og tomt.", "Livet føles grått"),
    ("empty", "en", "Nothing matters anymore.", "Nothing matters anymore"),
    ("empty", "nb", "Ingenting betyr noe lenger.", "Ingenting betyr noe lenger"),
    ("empty", "nb", "Jeg bryr meg ikke om noe lenger.", "bryr meg ikke om noe lenger"),
    ("empty", "nn", "Eg bryr meg ikkje lenger.", "bryr meg ikkje lenger"),
    ("empty", "nb", "Det er som om jeg ikke bryr meg om hva som skjer med meg.", "bryr meg om hva som skjer med meg"),
    ("empty", "en", "I don't care about anything anymore.", "care about anything anymore"),
    # No point in going on.
    ("going_on", "nb", "Jeg vet ikke om det er noen vits i å fortsette med alt.", "vits i å fortsette med alt"),
    ("going_on", "nn", "Kva er poenget med å halde fram?", "poenget med å halde fram"),
    ("going_on", "en", "I don't see the point in carrying on with any of it.", "point in carrying on with any of it"),
    ("going_on", "en", "Is there any point in going on at all?", "point in going on at all"),
    ("going_on", "nn", "er det nokon vits i å halde fram. med alt. eg veit ikkje", "vits i å halde fram"),
]  # fmt: skip

# The same words in ordinary mail: a skill, a lie-in, the workplace, paperwork, a single night.
ORDINARY = [
    # negated order
    "Jeg lurer på om jeg ikke ser noen fremtid i denne bransjen.",
    "Jeg klarer ikke mer enn to intervjuer i uka.",
    "Hvis jeg ikke klarer å leve på den lønna, må jeg si nei.",
    "Eg veit ikkje korleis søknaden kan bli betre, kan de sjå på han?",
    "Jeg ser ikke hvordan CV-en min kan bli bedre uten mer erfaring.",
    "Jeg kjenner meg ikke igjen i stillingsbeskrivelsen.",
    "Det er ingen grunn til å stresse, skrev sjefen.",
    "Han klarte ikke lenger å vente og ringte dem selv.",
    # cannot take
    "I can't take any more days off this year, so the interview must be after work.",
    "I'm done with everything on the checklist you sent.",
    "Jeg har fått nok av NAV sine skjemaer.",
    "I couldn't handle it any longer in that team, so I quit. How do I explain it?",
    # sleep amount
    "Jeg sov bare tre timer i natt fordi jeg var så spent!",
    "I barely slept last night before the interview.",
    "Eg søv betre no som eg har fått fast jobb.",
    "The course takes three hours a week in the evenings.",
    # never wake
    "Jeg er redd for å sove og ikke våkne før klokka ti på intervjudagen.",
    "I never wake up before nine on weekends, is an 8 am interview a problem?",
    # without me
    "Teamet klarte seg fint uten meg mens jeg var i permisjon.",
    "Alle klarte seg fint uten meg på jobb i ferien.",
    "My family managed without me for two weeks while I was at a course abroad.",
    "Everyone had left the meeting without me.",
    # drowning
    "I'm drowning in applications this month.",
    "Jeg drukner i arbeid før fristen.",
    "I feel like I'm drowning in paperwork since the merger.",
    "Lønna mi synker i forhold til prisene, jeg føler at jeg taper.",
    # empty
    "Jeg bryr meg ikke om tittelen, bare om lønna.",
    "I don't care about anything except the salary.",
    "Nothing matters more to me than a permanent job.",
    "CV-en min er helt tom etter studiene.",
    "I don't care anymore about the title, just the tasks.",
    # going on
    "Er det vits i å fortsette å søke på stillinger i staten?",
    "Is there any point in continuing the application if they never replied?",
    "Er det noen vits i å fortsette med dette studiet?",
    # the idioms the issue names
    "Denne ventingen tar livet av meg, haha.",
    "This job hunt is killing me, but here's my letter.",
    "Jeg har intervju på fredag og får nesten ikke sove, hvordan roer jeg nervene?",
    "I feel hopeless at writing cover letters. Can you help?",
    "Jeg føler meg håpløs på å skrive søknader, har dere en mal?",
]


def assert_found(family: str, lang: str, text: str, phrase: str) -> None:
    """``text`` needs care, for words around ``phrase``, each phrase verbatim from the text."""
    finding = check_care("", text, lang)
    assert finding.needs_care, (family, text)
    assert any(phrase in found or found in phrase for found in finding.phrases), finding
    assert all(found in text for found in finding.phrases)


@pytest.mark.parametrize(("family", "lang", "text", "phrase"), DISTRESS)
def test_each_new_family_is_found(family: str, lang: str, text: str, phrase: str) -> None:
    assert_found(family, lang, text, phrase)


def test_every_new_family_has_examples_in_each_language() -> None:
    for family in MORE_FAMILIES:
        langs = {lang for name, lang, _, _ in DISTRESS if name == family.name}
        assert {"nb", "nn", "en"} & langs, family.name
    assert {name for name, *_ in DISTRESS} == {family.name for family in MORE_FAMILIES}
    for lang in ("nb", "nn", "en"):
        assert sum(1 for _, found, _, _ in DISTRESS if found == lang) >= 10


@pytest.mark.parametrize("text", ORDINARY)
def test_ordinary_mail_with_the_same_words_is_not_distress(text: str) -> None:
    assert lexicon_phrases("", text) == []


def test_a_single_night_is_not_sleep_loss_but_weeks_are() -> None:
    assert not check_care("", "I only slept three hours last night, so nervous!").needs_care
    assert check_care(
        "", "I'm nervous and have only slept three hours a night for weeks."
    ).needs_care


def test_the_workplace_without_me_counts_when_it_would_be_better() -> None:
    assert not check_care("", "My family coped without me while I worked abroad.").needs_care
    text = "My family would be better without me now that I lost my job."
    assert check_care("", text).needs_care


# The patterns added after the first lexicon: these families and those of care_words_risk.
MORE_PATTERNS = [pattern for family in MORE_FAMILIES + RISK_FAMILIES for pattern in family.patterns]
PREFILTER = Prefilter([compile_words(pattern, ignore_case=False) for pattern in MORE_PATTERNS])


def test_new_patterns_are_filled_and_every_one_has_a_prefilter() -> None:
    for pattern in MORE_PATTERNS:
        assert "{" not in pattern.replace("{0,", "").replace("{1,", ""), pattern
    assert not PREFILTER.always
    names = [family.name for family in FAMILIES + MORE_FAMILIES + RISK_FAMILIES]
    assert len(names) == len(set(names))


@pytest.mark.parametrize("index", range(len(MORE_PATTERNS)))
@settings(
    max_examples=20,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
)
@given(data=st.data())
def test_the_prefilter_never_skips_a_new_pattern(index: int, data: st.DataObject) -> None:
    made = data.draw(st.from_regex(pattern_source(MORE_PATTERNS[index]), fullmatch=True))
    text = lower_same_length(f"hei. {made} takk")
    regex = compile_words(MORE_PATTERNS[index], ignore_case=False)
    if regex.search(text):
        assert index in PREFILTER.candidates(text)
