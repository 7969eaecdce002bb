"""Interface text of the drafting aids (issue 10): the questions checklist, the situations,
"answered before" and the statistics per block, in bokmål, nynorsk and English.

The page's interface languages are those of ``i18n.LANGUAGES``; the nynorsk text is here for
when nynorsk becomes one of them. ``i18n.STRINGS`` takes these in.
"""

from __future__ import annotations


def _l(nb: str, nn: str, en: str) -> dict[str, str]:
    return {"nb": nb, "nn": nn, "en": en}


AIDS: dict[str, dict[str, str]] = {
    "questions_checklist": _l(
        "Medlemmets spørsmål: kryss av når svaret dekker dem",
        "Spørsmåla til medlemmet: kryss av når svaret dekkjer dei",
        "The member's questions: tick each one the reply answers",
    ),
    "questions_left": _l(
        "{left} av {total} spørsmål er ikke krysset av.",
        "{left} av {total} spørsmål er ikkje kryssa av.",
        "{left} of {total} questions not ticked.",
    ),
    "situations": _l("Situasjoner", "Situasjonar", "Situations"),
    "situations_note": _l(
        "Utkastet skrives på nytt med blokkene for situasjonene som er krysset av (ingen: temaets"
        " generelle tekst). Endringer du har gjort i teksten, forsvinner.",
        "Utkastet blir skrive på nytt med blokkene for situasjonane som er kryssa av (ingen:"
        " den generelle teksten for temaet). Endringar du har gjort i teksten, forsvinn.",
        "The draft is written again with the blocks of the situations ticked (none: the topic's"
        " general text). Edits you made to the text are lost.",
    ),
    "change_situations": _l("Skriv utkastet på nytt", "Skriv utkastet på nytt", "Redraw the draft"),
    "situations_changed": _l(
        "Situasjonene er endret, og utkastet er skrevet på nytt.",
        "Situasjonane er endra, og utkastet er skrive på nytt.",
        "The situations were changed and the draft written again.",
    ),
    "not_these_situations": _l(
        "De situasjonene hører ikke til temaet for utkastet.",
        "Dei situasjonane høyrer ikkje til temaet for utkastet.",
        "Those situations do not belong to the draft's topic.",
    ),
    "answered_before": _l("Besvart før", "Svara før", "Answered before"),
    "answered_note": _l(
        "De mest like tidligere spørsmålene som fikk et sendt svar. «Sett inn» (eller tallet)"
        " setter avsnittet inn der markøren står i utkastet, ellers etter hilsenen. Les over:"
        " et gammelt svar kan nevne et annet medlem.",
        "Dei mest like tidlegare spørsmåla som fekk eit sendt svar. «Set inn» (eller talet)"
        " set avsnittet inn der markøren står i utkastet, elles etter helsinga. Les over: eit"
        " gammalt svar kan nemne eit anna medlem.",
        "The most similar earlier questions that got a sent reply. 'Insert' (or its number)"
        " puts the paragraph where the cursor is in the draft, else after the greeting. Read it"
        " through: an old reply may name another member.",
    ),
    "similarity": _l("likhet", "likskap", "similarity"),
    "insert": _l("Sett inn", "Set inn", "Insert"),
    "blocks": _l(
        "Blokkene i sendte svar (svakeste først)",
        "Blokkene i sende svar (svakaste først)",
        "Blocks in sent replies (weakest first)",
    ),
    "block": _l("Blokk", "Blokk", "Block"),
    "block_used": _l("Brukt", "Brukt", "Used"),
    "block_kept": _l("Beholdt", "Halde på", "Kept"),
    "block_edited": _l("Redigert", "Redigert", "Edited"),
    "block_deleted": _l("Slettet", "Sletta", "Deleted"),
    "blocks_note": _l(
        "Beholdt: blokkens tekst står uendret i svaret ([[…]]-plasser kan være fylt ut)."
        " Redigert: ikke uendret, men minst halvparten av ordene (på fire bokstaver eller mer)"
        " er med. Slettet: ellers. De siste {n} sendte svarene.",
        "Halde på: teksten i blokka står uendra i svaret ([[…]]-plassar kan vere fylte ut)."
        " Redigert: ikkje uendra, men minst halvparten av orda (på fire bokstavar eller meir)"
        " er med. Sletta: elles. Dei siste {n} sende svara.",
        "Kept: the block's text is in the reply unchanged ([[…]] places may be filled in)."
        " Edited: not unchanged, but at least half of its words (of four letters or more) are"
        " there. Deleted: otherwise. The last {n} sent replies.",
    ),
    "situation_before_applying": _l("før søknaden", "før søknaden", "before applying"),
    "situation_waiting": _l(
        "venter etter fristen", "ventar etter fristen", "waiting after the deadline"
    ),
    "situation_after_interview": _l("etter intervju", "etter intervju", "after an interview"),
    "situation_rejected": _l("fått avslag", "fått avslag", "rejected"),
    "situation_competing_offer": _l("annet tilbud", "anna tilbod", "a competing offer"),
    "situation_case_test": _l(
        "case, test, presentasjon", "case, test, presentasjon", "case, test, presentation"
    ),
    "situation_panel_public": _l(
        "panel i offentlig sektor", "panel i offentleg sektor", "public-sector panel"
    ),
    "situation_video": _l("videointervju", "videointervju", "video interview"),
    "situation_second_round": _l("andre runde", "andre runde", "second round"),
    "situation_references": _l("referanser", "referansar", "references"),
    "situation_new_offer": _l("tilbud om ny jobb", "tilbod om ny jobb", "new job offer"),
    "situation_expectations": _l(
        "lønnsforventning i prosessen", "lønnsforventning i prosessen", "expectations asked"
    ),
    "situation_raise": _l(
        "lønnsøkning i jobben", "lønnsauke i jobben", "a raise in the current job"
    ),
    "situation_first_public_job": _l(
        "første jobb i offentlig sektor",
        "første jobb i offentleg sektor",
        "first public-sector job",
    ),  # fmt: skip
    "situation_gap": _l("hull i CV-en", "hol i CV-en", "a gap"),
    "situation_international": _l("internasjonal søker", "internasjonal søkjar", "international"),
    "situation_experienced": _l(
        "lang erfaring (50+)", "lang erfaring (50+)", "long experience (50+)"
    ),
    "situation_tailoring": _l(
        "tilpasse til en utlysning", "tilpasse til ei utlysing", "tailoring to an ad"
    ),
    "situation_linkedin": _l("LinkedIn", "LinkedIn", "LinkedIn"),
}
