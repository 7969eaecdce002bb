"""Cues: words and phrases that name a situation, per situation and language.

A cue is a regular expression that a counsellor can read and extend. Each list below belongs to
one situation (triage.situations) and one language; every list is tried on every mail, because
members mix languages (an English mail about a "lønnssamtale", a Norwegian one about a "case").
Written forms are expanded so that mail typed without æ, ø and å still matches ("lønn" also
finds "lonn" and "loenn"). A cue matches at the start of a word and may run on into the rest of
a compound or an inflection ("avslag" finds "avslaget"); a ``\\b`` at the end stops that.

How cues and the situation model are combined is in triage.model.situations.
"""

from __future__ import annotations

import re
from functools import cache

from triage.inbound.cue_patterns import compile_cues, split_cues

# situation -> language -> cues, separated by ";". Nynorsk lists hold only the forms that differ
# from bokmål.
CUES: dict[str, dict[str, str]] = {
    # --- followup ---------------------------------------------------------------------------
    "before_applying": {
        "nb": r"""
            før (jeg|man|du) søker; før (jeg )?sender søknad; før søknaden er sendt; har
            ikke søkt (ennå|enda); ringe før; ringt før; før fristen; ringe kontaktperson;
            kontaktpersonen i annonsen; uten å ha søkt
            """,
        "nn": r"""
            før eg søkjer; før eg sender søknad; ikkje søkt enno; ringje før
            """,
        "en": r"""
            before (i|you|we) (apply|send); before applying; haven'?t applied yet; not
            applied yet; call the contact person; contact person (in|for|named)
            """,
    },
    "waiting": {
        "nb": r"""
            ikke hørt noe; ikke hørt fra; ingen svar; ikke fått (noe )?svar; ikke fått
            beskjed; helt stille; purre; purring; status på søknad; fristen (gikk|var|er)
            ute?; søknadsfristen (gikk|var|er) ute?; etter (søknads)?fristen; følge opp
            søknaden; hører ingenting; ingenting fra dem; siden jeg søkte; siden fristen;
            søkte for .{0,20}siden; (uker|måned|mnd|dager) siden (jeg )?søkte; under
            behandling; høre om søknaden; etterlyse; ikke svart; svar på søknaden;
            bekreftelse på
            """,
        "nn": r"""
            ikkje høyrt noko; ikkje fått (noko )?svar; ikkje høyrt frå; sidan eg søkte;
            sidan fristen; purre; fristen gjekk ut; høyrde aldri; ikkje svart; stadfesting
            """,
        "en": r"""
            haven'?t heard; have not heard; heard nothing; not heard (back|anything); no
            (answer|reply|response)\b; ghost; status of my application; (since|after) the
            deadline; deadline (passed|was); follow up on my application; since i applied;
            still waiting; chase; applied .{0,30}(weeks?|months?) ago; check on my
            application; about my application; after the application deadline; nothing
            since; not a word since; follow.up email
            """,
    },
    "after_interview": {
        "nb": r"""
            etter (første|andre)?(gangs)?intervju; var på (første|andre)?(gangs)?intervju;
            hadde (første|andre)?(gangs)?intervju; siden intervjuet; etter samtalen; ringt
            referans; sjekket referans; tatt referans; muntlig tilbud; innstilt; venter på
            kontrakt(en)?; ikke fått kontrakt; intervjuet gikk
            """,
        "nn": r"""
            etter (første|andre)?(gongs|gangs)?intervju; var på intervju; sidan intervjuet;
            ringde (begge )?referans; munnleg tilbod; innstilt
            """,
        "en": r"""
            after (the|my|an|our) (first |second |final )?interview; since (the|my)
            interview; had (an|the|my|a) (first |second )?interview; interviewed me; called
            my references; checked my references; verbal offer; waiting for (the|a)
            contract; the interview went
            """,
    },
    "rejected": {
        "nb": r"""
            avslag; fikk (et )?nei; fått (et )?nei; ble ikke valgt; fikk ikke
            (jobben|stillingen); valgt en annen; valgte en annen; nådde ikke opp; klage på
            ansettelse; klage på tilsetting; ikke kommet videre; ikke gått videre; ikke
            innkalt; ble ikke innkalt; stillingen er besatt; begrunnelse
            """,
        "nn": r"""
            fekk (eit )?nei; fått (eit )?nei; vart ikkje vald; fekk ikkje
            (jobben|stillinga); valt ein annan; nådde ikkje opp; ikkje kalla inn; ikkje den
            interne
            """,
        "en": r"""
            reject; turned down; not selected; wasn'?t selected; didn'?t get (the|it); did
            not get (the|it); chose (another|someone); chosen another; went with
            (another|someone); unsuccessful; position has been filled; wasn'?t invited; not
            invited; why i (was|wasn)
            """,
    },
    "competing_offer": {
        "nb": r"""
            annet (jobb)?tilbud; tilbud fra (et|en) ; et tilbud (med|og) (svar)?frist;
            tilbud et annet sted; annen prosess; intervju (et annet sted|andre steder);
            søker andre steder; skynde; fortgang; svarfrist
            """,
        "nn": r"""
            anna (jobb)?tilbod; tilbod frå; tilbod ein annan stad; svarfrist
            """,
        "en": r"""
            another (job )?offer; other offer; competing offer; offer from (a|an|another);
            offer elsewhere; offered me (a|the) (job|position|role); another
            (process|employer); interviewing elsewhere; speed (things|it|the process) up;
            answer by\b
            """,
    },
    # --- interview --------------------------------------------------------------------------
    "case_test": {
        "nb": r"""
            case; test\b; testen\b; tester\b; evnetest; personlighetstest; kartleggingstest;
            skriftlig (oppgave|prøve); oppgave; presentasjon; presentere; prøveforelesning;
            prøvetime; prøveundervisning; rollespill; hjemmeoppgave; prøvedag
            """,
        "nn": r"""
            oppgåve; presentasjon; prøveførelesing; skriftleg
            """,
        "en": r"""
            case\b; cases\b; test\b; tests\b; written (task|assignment|exercise);
            presentation; present (a|my|to); assessment; exercise; assignment; trial lesson;
            trial lecture; role.?play; practical task; aptitude
            """,
    },
    "panel_public": {
        "nb": r"""
            strukturert; kompetansebasert; tillitsvalgt; tillitsvalde; intervjupanel;
            ansettelsesråd; tilsettingsråd; innstillingsråd
            """,
        "nn": r"""
            tillitsvald; tilsetjingsråd; strukturert
            """,
        "en": r"""
            structured interview; competen(cy|ce).based; union rep; shop steward
            """,
    },
    "video": {
        "nb": r"""
            video; (på|via|over|i|på) teams\b; teams.?(intervju|møte|interview); zoom;
            webex; skype; google meet; digitalt intervju; digital(t)? samtale; på skjerm;
            kamera; hybrid; innspilt
            """,
        "nn": r"""
            på skjerm; digitalt intervju
            """,
        "en": r"""
            video; (on|via|over) teams\b; zoom; webex; skype; camera; on screen; online
            interview; hybrid; recorded; one.way interview; hirevue
            """,
    },
    "second_round": {
        "nb": r"""
            andre ?runde; andregangs; andre intervju; 2\. ?(runde|intervju|gangs); siste
            runde; tredje runde; neste runde; runde to\b; videre til
            """,
        "nn": r"""
            andregongs; andre ?runde; vidare til
            """,
        "en": r"""
            second (round|interview); 2nd (round|interview); final (round|interview); third
            round; next round; round two; last round; second stage
            """,
    },
    "references": {
        "nb": r"""
            referanse; referansesjekk; referent
            """,
        "nn": r"""
            referansar
            """,
        "en": r"""
            reference; referee
            """,
    },
    # --- salary -----------------------------------------------------------------------------
    "new_offer": {
        "nb": r"""
            tilbud; tilbudt; tilbudsbrev; kontrakten; signere; arbeidsavtale
            """,
        "nn": r"""
            tilbod; tilboden
            """,
        "en": r"""
            offer; offered; the contract; sign the
            """,
    },
    "expectations": {
        "nb": r"""
            lønnsforventning; lønnskrav; lønnsønske; forventet lønn; ønsket lønn; hva jeg
            forventer; når de spør om lønn; hvis de spør om lønn; spør (meg )?om lønn; oppgi
            lønn; et tall i (søknaden|intervjuet)
            """,
        "nn": r"""
            lønsforventning; lønskrav; løn(s|n)?ønske; spør om løn; kva eg forventar; ventar
            meg i løn; ser for meg i
            """,
        "en": r"""
            salary expectation; expected salary; expectations; desired salary; salary
            requirement; what (salary|pay) i (expect|want); name a (number|figure);
            ask(ed|s)? (me )?(about|for) (my )?(salary|pay); salary (wish|demand); what
            would it take; what (do|should) i (say|answer)
            """,
    },
    "raise": {
        "nb": r"""
            lønnssamtale; lønnsøkning; lokale forhandling; lokalt oppgjør; lønnsoppgjør;
            tillegg; opprykk; mottilbud; lønnsutvikling; særskilt forhandling; krav til (de
            )?(lokale )?forhandling; mer (i )?lønn (i|for) (jobben|stillingen) jeg har;
            nåværende arbeidsgiver; sjefen min; lederen min
            """,
        "nn": r"""
            lønssamtale; lønsauke; lokale forhandlingar; lønsoppgjer; tillegg; opprykk;
            leiaren min; sjefen min
            """,
        "en": r"""
            raise\b; pay rise; salary review; counter.?offer; my (boss|manager); current
            (job|employer|role); local negotiation; annual (pay|salary); promotion
            """,
    },
    "first_public_job": {
        "nb": r"""
            første (jobb|stilling) i (staten|kommunen|det offentlige|offentlig); aldri
            jobbet i (staten|kommunen|det offentlige|offentlig); ny i staten; garantilønn;
            stillingskode; lønnsspenn; lønnsramme; ansiennitet; fra privat (sektor )?til;
            over i (det )?offentlig; hvordan (settes|fastsettes) lønn; bare jobbet i privat;
            alltid jobbet i privat; etter tariff; iht\.? tariff
            """,
        "nn": r"""
            fyrste (jobb|stilling); aldri jobba i; garantiløn; lønsspenn; lønsramme; korleis
            blir løna sett; frå frivillig; etter tariff
            """,
        "en": r"""
            first (job|position|time) in the (public|state); never worked in the public; new
            to the public; pay (step|scale|grade); position code; collective agreement; from
            the private sector; all my working life (has been )?in the private
            """,
    },
    # --- cv ---------------------------------------------------------------------------------
    "gap": {
        "nb": r"""
            hull; sykemeld; sykmeld; arbeidsledig; permittert; utbrent; pause fra; opphold
            i; tom periode; \baap\b; fengsel; soning; behandling; omsorg for; hjemme med
            """,
        "nn": r"""
            hol\b; holet\b; sjukmeld; sjukemeld; arbeidsledig; heime med
            """,
        "en": r"""
            gap; sick leave; unemploy; burn.?out; career break; time off; prison; treatment;
            caring for; laid off; out of work
            """,
    },
    "international": {
        "nb": r"""
            utenlandsk; utlandet; kommer fra; flyttet til norge; godkjenning; nokut;
            hk.?dir; norsk(e)? (standard|arbeidsgivere|cv); \bb[12]\b; flyktning; europass;
            i hjemlandet
            """,
        "nn": r"""
            utanlandsk; utlandet; flytta til noreg; kjem frå
            """,
        "en": r"""
            foreign; abroad; my country; back home; moved to norway; (i am|i'm|i come) from
            (?!the\b); diploma; recogni[sz]; norwegian
            (norms|conventions|employers|cv|style|standard); refugee; europass; in norway\b;
            \bb[12]\b; moving back
            """,
    },
    "experienced": {
        "nb": r"""
            (jeg er|er nå) [5-6]\d\b; [5-6]\d år gammel; [2-4]\d års? (arbeids)?erfaring;
            [2-4]\d år (i|som|med); hvor langt tilbake; alder; pensjon; eldre søker; 50\+;
            lang cv; mange sider; sju sider; seks sider
            """,
        "nn": r"""
            eg er [5-6]\d\b; kor langt tilbake; [2-4]\d år (i|som|med)
            """,
        "en": r"""
            i'?m [5-6]\d\b; i am [5-6]\d\b; [2-4]\d years; how far back; my age; older
            (applicant|candidate|worker); retire; graduation year; decades; 50\+
            """,
    },
    "tailoring": {
        "nb": r"""
            annonsen; stillingsannonse; utlysning; tilpass; åpen søknad; spesifikk stilling;
            denne stillingen; se på søknaden; lese søknaden; les gjennom; fristen er;
            søknadsfristen er; se over; frist (på
            )?(mandag|tirsdag|onsdag|torsdag|fredag|lørdag|søndag); søker (på
            )?(en|ei|stillingen|min første); søknaden min; motivasjons(brev|tekst); kravene;
            samme (søknad|cv|brev); lyst ut; intern søknad
            """,
        "nn": r"""
            annonsen; utlysinga; open søknad; tilpass; denne stillinga; målform; søkjer (på
            )?(ei|ein|stillinga); frist (på )?måndag; krava; lese gjennom; søknadsbrevet
            """,
        "en": r"""
            the ad\b; job ad; advert; the posting; tailor; adapt; specific
            (job|position|role); open application; this (job|position|role); look at my
            (letter|application|cover); applying (for|to) (a|an|the); motivation letter;
            cover letter for; same cover letter; requirements?\b; draft cover letter
            """,
    },
    "linkedin": {
        "nb": r"""
            linked.?in; open to work
            """,
        "en": r"""
            linked.?in; open to work
            """,
    },
}

# A cue right after a negation does not count: "ingen avslag", "not rejected", "uten video".
_NEGATED = re.compile(
    r"(?<!\w)(?:ikke|ikkje|ingen|inga|aldri|uten|utan|not|no|never|without|n't)\W+(?:\w+\W+)?$",
    re.IGNORECASE,
)
_NEGATION_REACH = 24


@cache
def compiled() -> dict[str, re.Pattern[str]]:
    """One pattern per situation, over its cues in every language."""
    return {
        situation: compile_cues(
            cue
            for language in ("nb", "nn", "en")
            for cue in split_cues(by_language.get(language, ""))
        )
        for situation, by_language in CUES.items()
    }


def cue_hits(text: str, situations: tuple[str, ...]) -> dict[str, str]:
    """For each of ``situations`` whose cues occur in ``text``: the first matched words."""
    patterns = compiled()
    hits = {}
    for situation in situations:
        pattern = patterns.get(situation)
        for match in pattern.finditer(text) if pattern is not None else ():
            if not _NEGATED.search(text, max(0, match.start() - _NEGATION_REACH), match.start()):
                hits[situation] = " ".join(match.group().split())
                break
    return hits
