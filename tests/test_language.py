"""Language detection on short member questions: bokmål, nynorsk, English."""

from __future__ import annotations

import pytest

from triage.inbound import language
from triage.inbound.language import detect

BOKMAL = [
    "Jeg har vært på to intervjuer, men har ikke fått svar. Hva gjør jeg nå?",
    "Hvordan skriver jeg en god søknad til en stilling i departementet?",
    "Er det greit å ringe arbeidsgiveren før jeg sender søknaden?",
    "Jeg fikk tilbud om fast stilling. Hvor mye kan jeg forhandle på lønnen?",
    "Kan dere lese gjennom CV-en min? Den er vedlagt.",
    "Hvorfor får jeg aldri svar på søknadene mine?",
    "Jeg er nyutdannet og vet ikke hva jeg skal be om i lønn.",
    "Bør jeg ha med bilde på CV-en?",
    "Hva slags spørsmål får man vanligvis på et intervju i kommunen?",
    "Jeg har jobbet fem år i privat sektor og vil over i staten. Noen råd?",
    "Takk for svaret. Jeg lurer også på hvordan jeg følger opp etter intervjuet.",
    "Arbeidsgiveren ba om referanser. Hvem bør jeg oppgi?",
]
NYNORSK = [
    "Eg har vore på to intervju, men har ikkje fått svar. Kva gjer eg no?",
    "Korleis skriv eg ein god søknad til ei stilling i departementet?",
    "Er det greitt å ringje arbeidsgjevaren før eg sender søknaden?",
    "Eg fekk tilbod om fast stilling. Kor mykje kan eg forhandle på løna?",
    "Kan de lese gjennom CV-en min? Han ligg ved.",
    "Kvifor får eg aldri svar på søknadene mine?",
    "Eg er nyutdanna og veit ikkje kva eg skal be om i løn.",
    "Bør eg ha med bilete på CV-en?",
    "Kva slags spørsmål får ein vanlegvis på eit intervju i kommunen?",
    "Eg har jobba fem år i privat sektor og vil over i staten. Nokon råd?",
    "Takk for svaret. Eg lurer òg på korleis eg følgjer opp etter intervjuet.",
    "Arbeidsgjevaren bad om referansar. Kven bør eg oppgje?",
]
ENGLISH = [
    "I have had two interviews but no answer yet. What should I do now?",
    "How do I write a good application for a position in a ministry?",
    "Is it fine to call the employer before I send my application?",
    "I was offered a permanent job. How much can I negotiate on the salary?",
    "Could you read through my CV? It is attached.",
    "Why do I never hear back about my applications?",
    "I just graduated and do not know what salary to ask for.",
    "Should I include a photo on my CV?",
    "What kind of questions are usual in a job interview with the municipality?",
    "I have worked five years in the private sector and want to move to government. Any advice?",
    "Thanks for the answer. I also wonder how to follow up after the interview.",
    "The employer asked for references. Who should I list?",
]
SAMPLES = [("nb", t) for t in BOKMAL] + [("nn", t) for t in NYNORSK] + [("en", t) for t in ENGLISH]


def test_accuracy_on_short_member_questions() -> None:
    wrong = [(want, detect(text), text) for want, text in SAMPLES if detect(text) != want]
    right = len(SAMPLES) - len(wrong)
    print(f"language: {right}/{len(SAMPLES)} right")
    assert right / len(SAMPLES) >= 0.9, wrong


@pytest.mark.parametrize("lang", ["nb", "nn", "en"])
def test_each_language_mostly_right(lang: str) -> None:
    texts = [text for want, text in SAMPLES if want == lang]
    right = sum(detect(text) == lang for text in texts)
    assert right >= len(texts) - 2


@pytest.mark.parametrize("text", ["", "   ", "???", "12345 678", "Hei", "Spørsmål", "CV"])
def test_empty_or_tiny_text_defaults_to_bokmal(text: str) -> None:
    assert detect(text) == "nb"


def test_danish_and_swedish_count_as_bokmal() -> None:
    assert detect("Jeg har søgt en stilling og har ikke hørt noget fra dem endnu.") == "nb"
    assert detect("Jag har sökt ett jobb men har inte hört något från dem ännu.") == "nb"


def test_nynorsk_markers_break_a_close_call() -> None:
    assert detect("Hei, kva er løna?") == "nn"
    assert detect("Hei, hva er lønna?") == "nb"


def test_detector_is_built_lazily_and_once() -> None:
    language._detector.cache_clear()
    assert language._detector.cache_info().currsize == 0
    detect("Hva bør jeg be om i lønn?")
    detect("What salary should I ask for?")
    info = language._detector.cache_info()
    assert (info.currsize, info.misses) == (1, 1)


OTHER_LANGUAGES = [
    "Hallo, ich habe mich vor drei Wochen auf eine Stelle beworben und nichts gehört. Soll ich"
    " anrufen?",
    "Hola, me postulé a un trabajo hace tres semanas y no he recibido respuesta. ¿Debería llamar?",
    "Dzień dobry, złożyłam podanie o pracę trzy tygodnie temu i nie dostałam odpowiedzi.",
    "Bonjour, j'ai postulé à un poste il y a trois semaines et je n'ai pas de réponse.",
    "Добрий день, я подала заявку на роботу три тижні тому і не отримала відповіді.",
    "你好，我三周前申请了一份工作，但还没有收到回复。我应该打电话吗？",
]


@pytest.mark.parametrize("text", OTHER_LANGUAGES)
def test_a_mail_in_another_language_is_unclear_and_answered_in_english(text: str) -> None:
    assert language.assess(text) == language.Detection("en", unclear=True)
    assert detect(text) == "en"


def test_a_long_text_with_nothing_to_go_on_is_unclear_a_short_one_is_not() -> None:
    assert language.assess("12345 678 90 " * 20) == language.Detection("en", unclear=True)
    assert language.assess("12345 678") == language.Detection("nb", unclear=False)


def test_norwegian_and_english_are_never_unclear() -> None:
    for _, text in SAMPLES:
        assert not language.assess(text).unclear, text
    mixed = "Hei, jeg har fått muntlig tilbud, so to be honest I have no idea how Oslo does it."
    assert language.assess(mixed) == language.Detection("nb")


def test_a_german_mail_gets_english_blocks_end_to_end() -> None:
    from email.message import EmailMessage
    from pathlib import Path

    from triage.compose import Composer
    from triage.inbound.parse import parse_message

    message = EmailMessage()
    message["From"] = "Jonas Weber <jonas@example.de>"
    message["Subject"] = "Bewerbung"
    message["Message-ID"] = "<de@example.de>"
    message.set_content(OTHER_LANGUAGES[0] + "\n\nViele Grüße\nJonas")
    question, _ = parse_message(bytes(message))
    assert question.lang == "en"
    root = Path(__file__).resolve().parents[1]
    text = Composer(root / "templates", "Career", "k@example.org").text(
        question.lang, ["followup"], question.first_name
    )
    assert text.startswith(("Hi Jonas,", "Hello,")) and "Thank you for your e-mail." in text
