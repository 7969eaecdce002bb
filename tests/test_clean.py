"""member_words keeps the member's own words; for_model hides who wrote them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from triage.inbound import clean
from triage.inbound.clean import body_care_text, for_model, member_parts, member_words

QUESTION_NB = "Hei,\n\nJeg har søkt på en stilling og hørt ingenting. Kan jeg ringe dem?"
QUESTION_NN = "Hei,\n\nEg har søkt på ei stilling og ikkje høyrt noko. Kan eg ringje dei?"
QUESTION_EN = "Hi,\n\nI applied for a job and have heard nothing. May I call them?"

# Each case: the member's text, then what a mail client appends below it.
QUOTE_TAILS = {
    "outlook_no": (
        QUESTION_NB,
        "\n\nFra: Karriere <karriere@forening.example>\nSendt: tirsdag 3. november 2026 10:12\n"
        "Til: Kari Nordmann <kari@example.no>\nEmne: SV: Søknad\n\nHei Kari, gammelt svar.\n",
    ),
    "outlook_no_kopi": (
        QUESTION_NB,
        "\n\n________________________________\nFra: Karriere <karriere@forening.example>\n"
        "Sendt: 3. november 2026 10:12\nTil: Kari\nKopi: Ola\nEmne: Søknad\n\nGammelt svar.\n",
    ),
    "gmail_no": (
        QUESTION_NB,
        "\n\ntir. 3. nov. 2026 kl. 10:12 skrev Karriere <karriere@forening.example>:\n\n"
        "> Hei Kari,\n> gammelt svar\n",
    ),
    "gmail_no_wrapped": (
        QUESTION_NB,
        "\n\ntir. 3. nov. 2026 kl. 10:12 skrev Karriererådgivningen i Foreningen <\n"
        "karriere@forening.example>:\n\n> Hei Kari,\n> gammelt svar\n",
    ),
    "gmail_no_wrapped_before_address": (
        QUESTION_NB,
        "\n\nman. 2. nov. 2026 kl. 08:01 skrev Karriererådgivningen i Foreningen\n"
        "<karriere@forening.example>:\n\n> gammelt svar\n",
    ),
    "gmail_nn": (
        QUESTION_NN,
        "\n\nty. 3. nov. 2026 kl. 10:12 skreiv Karriere <karriere@forening.example>:\n\n"
        "> gammalt svar\n",
    ),
    "ipad_no": (
        QUESTION_NB,
        "\n\nDen 3. nov. 2026 kl. 20.42 skrev Karriere <karriere@forening.example>:\n\n"
        "> gammelt svar\n",
    ),
    "opprinnelig_melding": (
        QUESTION_NB,
        "\n\n-----Opprinnelig melding-----\nFra: Karriere\nSendt: 3. november 2026\n"
        "Til: Kari\nEmne: Søknad\n\ngammelt svar\n",
    ),
    "opprinnelig_melding_alone": (QUESTION_NB, "\n\n-----Opprinnelig melding-----\ngammelt svar\n"),
    "original_message": (
        QUESTION_EN,
        "\n\n-----Original Message-----\nFrom: Career <career@forening.example>\n"
        "Sent: Tuesday, November 3, 2026 10:12 AM\nTo: John\nSubject: RE: Job\n\nold answer\n",
    ),
    "on_wrote": (
        QUESTION_EN,
        "\n\nOn Tue, Nov 3, 2026 at 10:12 AM Career <career@forening.example> wrote:\n\n"
        "> old answer\n",
    ),
    "on_wrote_wrapped": (
        QUESTION_EN,
        "\n\nOn Tue, Nov 3, 2026 at 10:12 AM Career Service of the Association <\n"
        "career@forening.example> wrote:\n\n> old answer\n",
    ),
    "quoted_block": (QUESTION_NB, "\n\n> Du skrev at jeg burde vente.\n> Hilsen rådgiveren\n"),
    "iphone_no": (QUESTION_NB, "\n\nSendt fra min iPhone"),
    "iphone_en": (QUESTION_EN, "\n\nSent from my iPhone"),
    "outlook_ios": (QUESTION_NB, "\n\nHent Outlook for iOS<https://aka.ms/o0ukef>"),
    "dash_dash": (QUESTION_NN, "\n\n-- \nOla Nordmann\nRådgjevar, Fylkeskommunen\nTlf 99 88 77 66"),
    "mvh": (QUESTION_NB, "\n\nMvh\nKari"),
    "mvh_same_line": (QUESTION_NB, "\n\nMvh Kari Nordmann"),
    "hilsen": (QUESTION_NB, "\n\nHilsen Ola N."),
    "med_vennlig_hilsen": (
        QUESTION_NB,
        "\n\nMed vennlig hilsen\nKari Nordmann\nSeniorrådgiver | Etaten\nTlf. 22 33 44 55",
    ),
    "vennlig_hilsen": (QUESTION_NB, "\n\nVennlig hilsen\nKari"),
    "helsing": (QUESTION_NN, "\n\nHelsing\nOla"),
    "med_venleg_helsing": (QUESTION_NN, "\n\nMed venleg helsing\nOla Nordmann\nStudent"),
    "best_regards": (QUESTION_EN, "\n\nBest regards,\nJohn Smith\nAnalyst, Example Ltd"),
    "kind_regards": (QUESTION_EN, "\n\nKind regards\nJohn"),
}


@pytest.mark.parametrize("case", sorted(QUOTE_TAILS))
def test_member_words_removes_quotes_and_signatures(case: str) -> None:
    question, tail = QUOTE_TAILS[case]
    assert member_words(question + tail) == question


def test_everything_combined_in_one_mail() -> None:
    body = (
        QUESTION_NB
        + "\n\nMed vennlig hilsen\nKari\n\nSendt fra min iPhone\n\n"
        + "Den 3. nov. 2026 kl. 20.42 skrev Karriere <karriere@forening.example>:\n\n"
        + "> Hei Kari,\n>\n> -----Opprinnelig melding-----\n> Fra: Kari\n> Sendt: 1. nov\n"
        + "> Til: Karriere\n> Emne: Søknad\n>\n> Første spørsmål\n"
    )
    assert member_words(body) == QUESTION_NB


def test_plain_three_paragraph_question_is_not_cut() -> None:
    body = (
        "Hei,\n\nJeg søkte på en stilling i kommunen for tre uker siden. Takk for svar sist.\n\n"
        "Takk for svaret\nJeg har ikke hørt noe siden intervjuet, og fristen er passert.\n\n"
        "Kan jeg ringe dem og spørre hvordan det går, eller virker det masete?"
    )
    assert member_words(body) == body


def test_english_three_paragraphs_with_thanks_line_is_not_cut() -> None:
    body = (
        "Hello,\n\nThanks, that helps a lot.\n\n"
        "I have one more question about the interview next week.\n\n"
        "Should I bring copies of my diplomas?"
    )
    assert member_words(body) == body


def test_sentence_that_looks_like_a_danish_header_is_kept() -> None:
    # The library's Danish pattern takes "Den … skrev …:" for a quote header.
    body = "Hei\n\nDen søknaden jeg skrev i fjor:\nvar den god nok?\n\nMvh\nKari"
    assert member_words(body) == "Hei\n\nDen søknaden jeg skrev i fjor:\nvar den god nok?"


def test_hyphen_list_is_kept_and_dash_name_dropped() -> None:
    body = "Hei,\njeg har med:\n- CV\n- søknad\nEr det nok?\n-Kari"
    assert member_words(body) == "Hei,\njeg har med:\n- CV\n- søknad\nEr det nok?"


def test_greeting_is_kept() -> None:
    assert member_words("Hei Karriere!\n\nHva med lønn?\n\nMvh\nKari").startswith("Hei Karriere!")


def test_only_a_forward_falls_back_to_body_without_quote_lines() -> None:
    body = (
        "-----Original Message-----\nFrom: X\nSent: Y\nTo: Z\nSubject: W\n\n"
        "> quoted line\nstill the forward"
    )
    assert member_words(body) == (
        "-----Original Message-----\nFrom: X\nSent: Y\nTo: Z\nSubject: W\n\nstill the forward"
    )


def test_crlf_and_cr_line_endings() -> None:
    text = "Hei,\r\nkan jeg ringe?\r\n\r\nMvh\r\nKari\r\n"
    assert member_words(text) == "Hei,\nkan jeg ringe?"
    assert member_words(text.replace("\r\n", "\r")) == "Hei,\nkan jeg ringe?"


def test_empty_body() -> None:
    assert member_words("") == ""
    assert member_words("\n \n") == ""


def test_huge_quoted_body() -> None:
    # A regression guard against patterns that backtrack on long input (one took 16 s): a hang
    # here stalls the whole run. Speed itself is measured in scripts/bench.py, not here.
    body = "Hei, hva med lønn?\n\n" + ("> gammel tekst " * 10 + "\n") * 20_000
    assert member_words(body) == "Hei, hva med lønn?"


# --- for_model -------------------------------------------------------------------------


def test_for_model_replaces_personal_tokens() -> None:
    text = for_model(
        "SV: Re: Lønn",
        "Ring meg på +47 912 34 567 eller 22 33 44 55, skriv til kari.n@example.no,\n"
        "se https://example.no/cv?id=1 og www.example.org. Medlemsnr 1234567.",
    )
    assert text == (
        "Lønn Ring meg på __phone__ eller __phone__ , skriv til __email__ , "
        "se __url__ og __url__ . Medlemsnr __number__ ."
    )


def test_for_model_keeps_years_dates_and_small_numbers_and_collapses_space() -> None:
    assert for_model("Lønn", "I  2026\n\ntjente jeg\t550 000 kr") == (
        "Lønn I 2026 tjente jeg 550 000 kr"
    )
    assert for_model("Intervju", "Intervju 03.11.2026, stilling 2025-2026") == (
        "Intervju Intervju 03.11.2026, stilling 2025-2026"
    )


def _for_model_unguarded(subject: str, words: str) -> str:
    """for_model as it was before the cheap checks that skip a pattern: every pattern runs."""
    text = clean._REPLY_PREFIX.sub("", subject) + "\n" + words
    for pattern, token in (
        (clean._EMAIL, " __email__ "),
        (clean._URL, " __url__ "),
        (clean._PHONE, " __phone__ "),
        (clean._DIGITS, " __number__ "),
    ):
        text = pattern.sub(token, text)
    return " ".join(text.split())


def test_for_model_skips_a_pattern_only_where_it_could_not_match() -> None:
    rows = [
        json.loads(line)
        for path in sorted((Path(__file__).resolve().parents[1] / "data").glob("**/*.jsonl"))
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]
    cases = [(r.get("subject") or "", r["body"]) for r in rows if isinstance(r.get("body"), str)]
    cases += [
        ("Re: CV", "Se WWW.Example.no/jobb eller HTTPS://x.no, ring +47 912 34 567"),
        ("", "kari.nordmann@example.no skrev 12345678"),
        ("", "www.finn.no"),
        ("SV: 2026", "ingen tall her"),
    ]
    assert len(cases) > 3000
    differ = [c for c in cases if for_model(*c) != _for_model_unguarded(*c)]
    assert differ == []


@pytest.mark.parametrize(
    ("body", "kept"),
    [
        (
            "Hei, kan jeg flytte timen?\nMvh Sunniva\n\nPS. Jeg sover nesten ikke.\n",
            "PS. Jeg sover nesten ikke.",
        ),
        (
            "Hei,\nKva løn bør eg be om?\nHelsing Gunn\n\nP.S: Eg orkar ikkje meir.\n",
            "P.S: Eg orkar ikkje meir.",
        ),
        (
            "Hi,\nCan you look at my CV?\n\nBest regards,\nPeter\n\nps i haven't slept in weeks\n",
            "ps i haven't slept in weeks",
        ),
        (
            "Hi,\nCan you look at my CV?\n\nKind regards\nAnna\n\nP. S. Sorry for the typos.\n",
            "P. S. Sorry for the typos.",
        ),
    ],
)
def test_a_postscript_after_the_sign_off_is_the_members_own_words(body: str, kept: str) -> None:
    words = member_words(body)
    assert words.endswith(kept)
    assert "?" in words.split("\n\n")[0]  # the question is still there, the sign-off is not
    assert "Mvh" not in words and "Helsing" not in words and "regards" not in words


def test_a_signature_line_that_starts_like_ps_is_still_cut() -> None:
    body = "Hi,\nCan you look at my CV?\n\nBest regards,\nPeter\nPsychologist, Oslo\n"
    assert member_words(body) == "Hi,\nCan you look at my CV?"


@pytest.mark.parametrize(
    ("body", "words", "below"),
    [
        (
            "Hei,\nKan de sjå på CV-en min?\n\nHelsing\nArne\n\nEg sov dårleg i natt.\n",
            "Hei,\nKan de sjå på CV-en min?",
            "Helsing\nArne\n\nEg sov dårleg i natt.",
        ),
        (
            # A P.S. is the member's words; only the signature lines are below the sign-off.
            "Hi,\nCan you look at my CV?\n\nBest regards,\nPeter\n\nps i haven't slept\n",
            "Hi,\nCan you look at my CV?\n\nps i haven't slept",
            "Best regards,\nPeter",
        ),
        ("Hei, hva bør jeg be om i lønn?\n", "Hei, hva bør jeg be om i lønn?", ""),
        (
            # A quoted earlier exchange is neither the member's words nor below the sign-off.
            "Takk!\n\nMvh Kari\n\nDen 3. mars 2026 kl. 10:00 skrev Rådgiver <r@example.org>:\n"
            "> Hei Kari, ring dem gjerne.\n",
            "Takk!",
            "Mvh Kari",
        ),
    ],
)
def test_member_parts_keeps_what_is_below_the_sign_off_apart(body, words, below) -> None:
    assert member_parts(body) == (words, below)
    assert member_words(body) == words
    assert body_care_text(body) == "\n\n".join(part for part in (words, below) if part)


@pytest.mark.parametrize(
    "title",
    [
        "---------- Forwarded message ---------",
        "-------- Videresendt melding --------",
        "Begin forwarded message:",
    ],
)
def test_a_forward_is_read_by_the_care_check_only(title: str) -> None:
    # What the member sent someone else is often their own words: the care check reads it,
    # the topic and the draft (the member's words) do not.
    body = (
        "Hi, forwarding what I wrote to the agency. Is the tone right?\n\n"
        f"{title}\nFrom: Ola <ola@example.no>\nDate: 1 March 2026\nSubject: Hours\n"
        "To: Agency <jobs@example.no>\n\nHello,\nI can work any shift. "
        "Nothing seems to matter much these days.\n\nOla\n"
    )
    words, below = member_parts(body)
    assert words == "Hi, forwarding what I wrote to the agency. Is the tone right?"
    assert below.startswith("Hello,\nI can work any shift. Nothing seems to matter")
    assert "From:" not in below and "Subject:" not in below
    assert "Nothing seems to matter" in body_care_text(body)


def _labelled_bodies() -> list[str]:
    data = Path(__file__).resolve().parents[1] / "data"
    rows = [
        json.loads(line)
        for path in sorted(data.glob("**/*.jsonl"))
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]
    return [row["body"] for row in rows if isinstance(row.get("body"), str)]


def test_a_text_without_a_colon_or_dashes_splits_as_the_library_splits_it() -> None:
    """The split skips the library's header search where no header can be (no ":", no
    "---"); every labelled body, and quoted replies of each kind, split as the library's own
    ``read`` splits them."""
    texts = _labelled_bodies() + [
        "Takk!\n\nDen 3. juni 2026 kl. 10.00 skrev Kari Nordmann <kari@example.no>:\n> Hei",
        "Thanks\n\nOn Mon, 3 Jun 2026 at 10:00, Kari <kari@example.no> wrote:\n> Hi",
        "Hei\n\n-----Opprinnelig melding-----\nFra: Kari\nSendt: 3. juni\nTil: oss\n\nHei",
        "Hei\n\n----- Original Message -----\nFrom: x\nSent: y\n\nold text",
        "Hei, ingen overskrift her\n\nKari skrev 3. juni\n> gammel tekst",
        "Takk for sist\n\n----- Original Message -----\ngammel tekst uten kolon",
    ]
    shortcut = [t for t in texts if ":" not in t and "---" not in t]
    assert len(shortcut) > 1000 and len(texts) - len(shortcut) > 500

    def replies(message: clean.EmailMessage) -> list[tuple[str, str, str, list[str]]]:
        return [(r.headers, r.content, r.signatures, r.disclaimers) for r in message.replies]

    for text in texts:
        library = clean._ReplySplitter(
            text=text, languages=list(clean._SPLIT_LANGUAGES), keep_hyphen_lists=True
        )
        assert replies(clean._split(text)) == replies(clean.EmailMessage.read(library)), text[:60]
