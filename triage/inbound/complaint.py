"""Is the member complaining about an earlier answer from the career service?

Such mail goes to a counsellor with the earlier exchange at hand, never the same template again.
Only complaints about *our* answer count: a standard rejection from an employer, "klage på
vedtak" to NAV, a colleague who complains, or a job handling complaints are ordinary mail.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from triage.inbound.lexicon import (
    Prefilter,
    compile_literals,
    compile_words,
    lower_same_length,
    sentence_around,
)

APO = "['’`´]?"
NOT = rf"(?:ikke|ikkje|ikkj|ike|aldri|not|n{APO}t|never)"
US = r"(?:dere|dykk|deg|karriere\w*|rådgiv\w*|rådgjev\w*|foreningen|you|your)"

# A templated, generic or copied answer.
_STANDARD = (
    r"standard ?svar\w*|standardtekst\w*|standardrespons\w*|malsvar\w*|mal-svar\w*"
    r"|ferdigskrevne? (?:svar|tekst)|kopierte? (?:svar|tekst)|klipp og lim\w*|copy[- ]?paste\w*"
    r"|standard (?:reply|replies|answer|answers|response|text|template|e-?mail|message)"
    r"|template[ds]? (?:reply|replies|answer|answers|response|text)|generic (?:reply|replies|"
    r"answer|answers|response|advice|text|template)|canned (?:reply|answer|response)"
    r"|boilerplate|form letter"
    r"|automated (?:reply|answer|response)|upersonleg\w* (?:svar|tekst)|upersonlig\w* (?:svar|"
    r"tekst)|impersonal (?:reply|answer|response)",
    r"generic (?:list|set|collection|bunch) of (?:\w+ ){0,2}?(?:tips|advice|points|answers)"
    r"|could have (?:found|googled|read|looked up) (?:(?:this|that|it|them|all that|all of it|"
    r"all this) )?(?:anywhere|online|on google|myself)",
    r"kunne (?:ha )?(?:funnet|funne|googla|googlet|lest|slått opp) (?:\w+ ){0,2}?(?:selv|sjølv"
    r"|hvor som helst|kvar som helst|på nettet|på google)",
    r"(?:svar|svaret) som like (?:gjerne|godt) kunne (?:ha )?(?:vore|vært|vori|gått) "
    r"(?:\w+ ){0,2}?(?:til|for)",
)
# The question was not answered, not read, or not answered at all.
_UNANSWERED = (
    rf"you (?:\w+ )?(?:did not|didn{APO}t|never|haven{APO}t|have not|still haven{APO}t|did{APO}nt)"
    r" (?:actually |really |even )?(?:answer\w*|reply|replied|respond\w*|address\w*|read|get back"
    r"|look at)",
    rf"(?:my|the) question (?:was(?:n{APO}t| not)|went|remains|is still) (?:answered|unanswered)"
    r"|(?:my|the) question (?:\w+ )?(?:went |remains |is still )?unanswered",
    rf"(?:did not|didn{APO}t|never|haven{APO}t|have not) (?:get|receive|got|gotten|received) "
    r"(?:an? |any )?(?:answer|reply|response) (?:from you|to my (?:question|mail|email|last))"
    r"|no (?:answer|reply|response) from you|still waiting for (?:an? )?(?:answer|reply|response)"
    r" from you",
    rf"not what i asked|(?:didn{APO}t|did not|doesn{APO}t|does not) answer (?:my|the|what)"
    rf"|(?:wasn{APO}t|was not|isn{APO}t|is not) (?:an )?answer to (?:my|what)"
    r"|(?:did|do) you (?:even |actually |really )?read (?:my|the|what)",
    rf"(?:dere|du|dykk) (?:svarte|svara|svarer|har|hadde) (?:\w+ )?{NOT} (?:\w+ )?(?:svart|svara"
    r"|svar|på (?:det|spørsmål\w*|mitt|min|mine|kva|hva))",
    rf"(?:svarte|svara|svarer) (?:dere|du|dykk) (?:\w+ )?{NOT}",
    rf"(?:fikk|fekk|har fått|har fenge|fått) (?:\w+ )?(?:{NOT}|ingen) (?:noe |noko |noen |eit "
    rf"|et )?svar (?:fra|frå) {US}|ingen svar (?:fra|frå) {US}|venter (?:\w+ )?på svar (?:fra|frå) "
    rf"{US}|ventar (?:\w+ )?på svar frå {US}",
    rf"{NOT} (?:svar |svara )?på (?:det|spørsmålet|spørsmåla|spørsmålene|selve spørsmålet) "
    rf"(?:jeg|eg) (?:spurte|spurde|lurte|stilte)|{NOT} (?:det|noe|noko) (?:jeg|eg) (?:spurte|"
    r"spurde|lurte på|spør)",
    r"(?:har|hadde) (?:dere|du|dykk) (?:\w+ ){0,4}?lest|(?:leste|las) (?:dere|du|dykk)"
    r" (?:i det hele tatt|i det heile|egentlig|eigentleg|mailen|e-posten|spørsmålet)",
    r"(?:read|answer|look at|respond to|address) my (?:actual|real|specific|own) question"
    r"|none of (?:that|it|this|my questions) (?:was |were |got )?(?:addressed|answered|covered)"
    r"|(?:svar|svaret) som (?:faktisk|eigentleg|egentlig|virkelig|verkeleg) (?:tek|tar|tok) "
    r"(?:omsyn|hensyn) til",
    # "I sent a question three weeks ago and still have no answer": a question to us.
    rf"(?:sendte|sende|sendt|stilte|sent|asked) (?:\w+ ){{0,4}}?(?:spørsmål|spørsmålet|question)"
    rf"(?:,? \w+){{0,16}}? (?:fortsatt|framleis|fremdeles|enda|ennå|enno|still) "
    rf"(?:have |has |had )?(?:{NOT}|no) "
    r"(?:\w+ )?(?:fått |fenge |fatt |had |got |received )?(?:noe |noko |et |eit |an? |any )?"
    r"(?:svar|answer|reply|response)",
)
# Our answer was about something else, or did not come: "my question got mixed up", "this is
# my third e-mail", "fekk ikkje svar på spørsmålet".
_ELSEWHERE = (
    rf"(?:fikk|fekk|got|get|have got|received) (?:{NOT}|no|ingen) (?:noe |noko |any )?(?:svar|"
    r"answer|reply) (?:på|to) (?:spørsmålet|spørsmåla|spørsmålene|mitt spørsmål|det (?:jeg|eg)|"
    r"my question|what i asked)",
    r"(?:question|spørsmålet\w*|spørsmåla) (?:\w+ )?(?:got |was |ble |vart |blei |har blitt )?"
    r"(?:mixed up|misunderstood|misforstått|misforstod|blanda|blandet|forveksla|forvekslet|"
    r"confused)",
    rf"(?:answered|answering|svarte på|svara på|svarer på) (?:a different|another|someone "
    rf"else{APO}s|et annet|eit anna|noe annet|noko anna|en annen|ein annan)|someone else{APO}s "
    r"(?:question|mail|email|e-mail)",
    r"my (?:second|third|fourth|2nd|3rd|4th) (?:email|e-?mail|mail|message|attempt)"
    r"|(?:andre|tredje|fjerde) (?:gang (?:jeg|eg) (?:skriver|skriv|sender|spør)|e-?post\w*|"
    r"mail\w*|henvendelse\w*|førespurnad\w*)",
    rf"(?:dette|det|svaret|svara|rådet|rådene) (?:\w+ )?(?:svarte|svara|svarer) (?:\w+ )?{NOT} "
    r"på",
)
# An explicit complaint about our answer or service, or an answer called wrong or useless.
_COMPLAINT = (
    r"complain\w* about (?:the|your|an?|my|this) (?:\w+ )?(?:answer|reply|response|advice|service"
    r"|counsell?or|adviser|advisor|help|treatment)",
    r"(?:formal |official )?complaint (?:about|regarding|on|over) (?:the|your|an?|my) (?:\w+ )?"
    r"(?:answer|reply|response|advice|service|counsell?or|adviser|advisor)",
    # "I want to complain", "... about your answer"; not "... about a job ad", "... against
    # the municipality": a complaint with another object is someone else's business.
    r"(?:want|wish|would like|like) to (?:complain|file a complaint|make a complaint)"
    r"(?! (?:about|against|regarding|over|on|to) (?!(?:you|your|the (?:\w+ )?(?:answer|reply|"
    r"advice|service|counsell?or)|my (?:last |earlier )?(?:answer|reply|question))\b))",
    rf"klag\w* (?:på|over) (?:\w+ ){{0,2}}?(?:svaret|svara|svar|rådet|råda|råd|rådgiving\w*|"
    rf"rådgivning\w*|rådgjeving\w*|veiledning\w*|rettleiing\w*|tjenesten|tenesta|behandlingen|"
    rf"handsaminga|rådgiveren|rådgjevaren|oppfølgingen|oppfølginga|{US})",
    r"(?:formell|offisiell|skriftlig|skriftleg) klage|(?:vil|ønsker|ønskjer|må) (?:\w+ )?klage"
    r"(?=\s*[.!,]|$| på dere| på dykk| på svaret)",
    r"(?:your|the|that|this) (?:\w+ )?(?:answer|reply|response|advice) (?:\w+ )?(?:was|is|were)"
    r" (?:\w+ ){0,2}?(?:wrong|incorrect|useless|unhelpful|not helpful|no help|generic|rude"
    r"|condescending"
    r"|irrelevant|too general|nonsense|insulting|patronising|patronizing)",
    r"(?:skuffet|skuffa|disappointed|not happy|unhappy|misfornøgd|misfornøyd|ikke fornøyd|"
    r"ikkje nøgd) (?:\w+ )?(?:over|med|with|by|about|in) (?:\w+ )?(?:svaret|svara|rådet|rådene|"
    r"answer|reply|advice|response)",
    rf"(?:answer|reply|response|svaret|svara|rådet) (?:\w+ )?(?:didn{APO}t|did not|doesn{APO}t|"
    rf"does not) help|(?:svaret|svara|rådet) (?:\w+ )?(?:hjalp|hjelpte|hjelper) (?:meg )?{NOT}"
    r"|(?:was|is|var|er|looked like|ser ut som) (?:\w+ ){0,2}?(?:a template|en mal|ein mal|"
    r"a standard text|a form letter)",
    r"(?:same|identical) (?:answer|reply|text|template|response) (?:as |that )?i (?:got|received|"
    r"had)|(?:samme|same) (?:svar|svaret|tekst|teksten) (?:som )?(?:jeg|eg) (?:fikk|fekk)",
    r"(?:wrong|bad|poor|useless|unhelpful|incorrect) advice|(?:same|identical) (?:answer|reply|"
    r"text|template|response)(?: as)? (?:again|as (?:last time|before))",
    r"you (?:just |only |simply )?(?:sent|gave|copied|pasted) (?:me )?(?:the same|a standard|"
    r"a generic|a template|the standard)",
    r"(?:svaret|svara|rådet|råda|rådene|tipsene|tipsa) (?:\w+ ){0,4}?(?:var|er|vart) (?:\w+ )?"
    r"(?:feil|ubrukelig\w*|ubrukeleg\w*|til ingen hjelp|generel\w*|standard|frekk\w*|nedlat\w*"
    rf"|upersonl\w*|irrelevant\w*|verdiløs\w*|tull|tøv)|(?:svaret|rådet) (?:\w+ ){{0,3}}?{NOT}"
    r" (?:til )?(?:hjelp|nyttig|nyttig\w*)",
    r"feil råd|dårlige? råd|dårleg råd|(?:samme|same) svar(?:et)? (?:\w+ )?(?:igjen|som sist|"
    r"som forrige gang|som førre gong)",
    r"(?:dere|du|dykk) (?:\w+ )?(?:sendte|sende|ga|gav|kopierte) (?:meg )?(?:bare |berre )?"
    r"(?:det samme|det same|samme|same|et standard|eit standard|en standard|ein standard|en mal|"
    r"ein mal)",
    # Our answer does not fit the member, was careless, or was about something else.
    rf"(?:svaret|svara|rådet|råda|rådene) (?:ditt|deres|dykkar|du ga|dere ga|eg fekk|jeg fikk) "
    rf"(?:\w+ )?(?:stemmer|stemmar|passer|passar|gjelder|gjeld) (?:\w+ )?{NOT}",
    r"(?:svaret|svara|rådet|råda|rådene|your (?:answer|reply|advice)|the (?:answer|reply|advice)"
    r" (?:i|you) (?:got|gave|sent)) (?:\w+ ){0,3}?(?:var|er|vart|was|is|were) (?:\w+ )?"
    r"(?:slurvete|slurvet|slurvut|overfladisk\w*|lettvint|careless|sloppy|superficial|lazy)",
    rf"(?:svaret|svara|your (?:answer|reply)|the (?:answer|reply) i got) (?:\w+ )?(?:handla|"
    rf"handlet|handler|handlar|was|were|is) (?:om|about) (?:\w+ ){{0,4}}?(?:\w+),? (?:og )?"
    rf"(?:{NOT}|ikkje|ikke) (?:om |about )?(?:spørsmålet|det|what|my)",
    r"(?:skrev|skreiv|wrote) (?:\w+ ){0,3}?(?:på|in) (?:nynorsk|bokmål|norsk|engelsk|english|"
    r"norwegian),? (?:\w+ ){0,3}?(?:fikk|fekk|got) (?:\w+ )?(?:svar|answer|reply|a reply|an "
    r"answer) (?:på|in) (?:nynorsk|bokmål|norsk|engelsk|english|norwegian)",
    # A template instead of a person: "svarte med en mal", "a real person this time".
    r"(?:svarte|svara|svarer|answered|replied) (?:meg |me )?(?:med|with) (?:en|ein|a|an) "
    r"(?:mal|ferdig tekst|standardtekst|template|form letter)"
    r"|(?:fikk|fekk|got) (?:tilbake |bare |berre |back |only )?(?:en|ein|a) (?:ferdig|ferdigskriven"
    r"|ready-made|pre-written|prewritten) (?:tekst|text)",
    r"(?:få|ha|fikk|fekk) (?:et|eit) (?:ordentlig|ordentleg|skikkelig|skikkeleg|ekte) svar"
    r"|(?:svar|answer|reply) (?:fra|frå|from) (?:en|ein|a) (?:ekte |virkelig |verkeleg |real |"
    r"actual )?(?:person|human|menneske)\b|(?:could|can|may|would) (?:\w+ ){0,2}?(?:a real|an "
    r"actual|a living) (?:person|human)",
    r"(?:does|did|do) (?:anyone|anybody|someone) (?:\w+ )?read (?:these|this|the|our|my|what)"
    rf"|(?:don{APO}t|do not) think (?:anyone|anybody) (?:\w+ )?read|(?:leser|les|leste|las) "
    r"(?:noen|nokon) (?:\w+ )?(?:det|mailene|e-postene|e-postane|meldingene|meldingane|"
    r"spørsmålene|spørsmåla)\b",
)

# Each pattern on its own, for lower-cased text; the prefilter says which can match a mail.
_PATTERNS = [
    compile_words(pattern, ignore_case=False)
    for pattern in _STANDARD + _UNANSWERED + _ELSEWHERE + _COMPLAINT
]
_PREFILTER = Prefilter(_PATTERNS)

# The same words about someone else's answer or complaint: an employer's standard rejection,
# an appeal to NAV or a public body, a colleague who complains, a job handling complaints.
_OTHERS = compile_literals(
    (
        "arbeidsgiver",
        "arbeidsgiveren",
        "arbeidsgjevar",
        "arbeidsgjevaren",
        "employer",
        "employers",
        "company",
        "firmaet",
        "bedriften",
        "selskapet",
        "recruiter",
        "rekrutterer",
        "rekruttereren",
        "hr",
        "nav",
        "kommunen",
        "fylkeskommunen",
        "staten",
        "direktoratet",
        "departementet",
        "vedtak",
        "vedtaket",
        "avslag",
        "avslaget",
        "rejection",
        "rejected",
        "avviste",
        "avvist",
        "ansettelse",
        "ansettelsen",
        "tilsetting",
        "tilsettinga",
        "tilsettingsråd",
        "innstilling",
        "innstillinga",
        "kollega",
        "kollegaen",
        "kolleger",
        "kollegaer",
        "colleague",
        "colleagues",
        "sjefen",
        "leder",
        "lederen",
        "leiar",
        "manager",
        "boss",
        "kunder",
        "kundene",
        "customers",
        "clients",
        "citizens",
        "innbyggere",
        "innbyggarane",
        "appeal",
        "anke",
        "they",
        "them",
        "dei",
        "dem",
        "de",
    )
)
# ... unless the sentence also says the answer was ours.
_OURS = compile_words(
    (
        rf"(?:fra|frå|from) (?:{US})",
        r"dere|dykk|your",
        r"(?:you|du) (?:\w+ )?(?:sent|gave|replied|answered|wrote|sendte|ga|gav|svarte|skrev"
        r"|skreiv)",
        r"last time|sist|forrige gang|førre gong|sist gang|earlier (?:answer|reply)"
        r"|tidligere svar|tidlegare svar|førre svar|previous (?:answer|reply)",
        r"takk for svaret|thanks? (?:you )?for (?:the|your) (?:reply|answer)",
    )
)
# A mail that says what we wrote before is about our answer, whoever else it names.
_EARLIER_ANSWER = compile_words(
    r"(?:dere|dykk|du|you|de) (?:skrev|skreiv|sa|svarte|svara|sende|sendte|told me|wrote|said|"
    r"replied|answered|sent)|your (?:answer|reply|advice)|svaret (?:deres|dykkar|ditt|fra dere|"
    r"frå dykk)"
)
MAX_PHRASES = 4


@dataclass(frozen=True)
class ComplaintFinding:
    """Whether the mail complains about an earlier answer, and the member's words that say so."""

    is_complaint: bool
    phrases: tuple[str, ...] = ()


def _about_us(text: str, match: re.Match[str], earlier_answer: bool) -> bool:
    sentence = sentence_around(text, match.start(), match.end())
    if earlier_answer or _OTHERS is None or not _OTHERS.search(sentence):
        return True
    return bool(_OURS.search(sentence))


def check_complaint(subject: str, text: str, lang: str = "") -> ComplaintFinding:
    """Whether the member complains about an earlier answer from the service.

    ``text`` is the member's own words; ``lang`` is accepted for symmetry with the other
    checks, and every language's patterns run (mixed-language mail is common).
    """
    phrases: list[str] = []
    parts = (subject or "", text or "")
    earlier: list[bool] = []  # looked for at the first match only: most mail has none

    def earlier_answer() -> bool:
        if not earlier:
            earlier.append(any(_EARLIER_ANSWER.search(part) for part in parts))
        return earlier[0]

    for part in parts:
        lowered = lower_same_length(part)
        matches = [
            match
            for index in sorted(_PREFILTER.candidates(lowered))
            for match in _PATTERNS[index].finditer(lowered)
        ]
        end = -1
        for match in sorted(matches, key=lambda match: (match.start(), -match.end())):
            phrase = part[match.start() : match.end()].strip()
            if match.start() < end or not _about_us(part, match, earlier_answer()):
                continue
            end = match.end()
            if phrase not in phrases:
                phrases.append(phrase)
    return ComplaintFinding(bool(phrases), tuple(phrases[:MAX_PHRASES]))
