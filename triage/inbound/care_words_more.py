"""More of the safeguarding lexicon: phrasing families that ``care_words`` did not cover.

Each family is a linguistic pattern, not a sentence: Norwegian subordinate-clause word order
("at jeg ikke orker mer", "fordi eg ikkje ser korleis det skal bli betre"), not being able to
bear it any longer, sleep loss told as hours or weeks, sleeping and never waking up, the world
or the family managing fine without the member, drowning or sinking, everything feeling empty
or not caring about anything any longer, no point in going on, and a burnout now (not one
told as background). The same conventions as in ``care_words`` hold: lower case with æ, ø and
å (``care.py`` also matches "aa", "o" and "e" spellings), a space matches any white space, and
each pattern carries its own negation.
"""

from __future__ import annotations

from triage.inbound.care_words import (
    APO,
    I_AM,
    I_AM_NB,
    IKKE,
    JEG,
    LASTING,
    LENGER,
    NOE,
    SLEEPLESS,
    Family,
)

# What ends the thought after a phrase: punctuation, the end of the text, or two spaces (where
# ``care.py`` read "med alt. jobbsøkinga" as a typing pause, the dot became a space).
END = r"(?= ?(?:[.,!?\n]|$)|\s\s)"
# Adverbs that come between the negation and the verb in a subordinate clause ("at jeg ikke
# lenger orker", "fordi eg ikkje heilt maktar").
NOT_NOW = (
    rf"{IKKE} (?:lenger |lengre |meir |mer |helt |heilt |egentlig |eigentleg |rett og slett )?"
)


def both_orders(verbs: str, rest: str) -> tuple[str, str]:
    """A negated verb in main-clause order ("orker ikke mer", "maktar eg ikkje meir") and in
    subordinate-clause order ("at jeg ikke orker mer", "fordi eg ikkje lenger maktar meir")."""
    return (rf"{verbs} (?:{JEG} )?{IKKE} (?:{rest})", rf"{NOT_NOW}{verbs} (?:{rest})")


# Not seeing a way out or how things could get better; main order is in ``care_words``.
_WAY_OUT = (
    rf"(?:(?:{NOE}|noen|nokon|nokor|et|eit|en|ei|ein) )?(?:utvei|utveg|vei ut|veg ut|lys|håp|"
    r"lyspunkt\w*|(?:fremtid|framtid)\w*(?! (?:i|hos|på|innen|innan|som)\b))\b"
)
# Life, things or the situation getting better, or the member being well again; not "how my
# CV can get better".
_GETS_BETTER = (
    r"(?:hvordan|korleis|åssen|kossen|at) (?:(?:det|dette|alt|ting\w*|livet|situasjonen|noe|noko|"
    r"hverdagen|kvardagen|(?:fremtid|framtid)\w*)(?: \w+){0,3}? (?:(?:skal|kan|vil|kommer til å|"
    r"kjem til å|skulle|kunne) (?:\w+ )?(?:bli|gå)|blir|går|vert)|(?:jeg|eg) (?:\w+ )?(?:skal|"
    r"kan|kommer til å|kjem til å) (?:\w+ )?(?:få det|ha det)) (?:\w+ )?(?:bedre|betre|bra|godt)\b"
)
# Cannot bear it: "orke", "makte" take "mer"/"lenger" alone; "klare", "greie" only "mer" (not
# "klarer ikke lenger å vente", which is impatience) and never "mer enn".
_ORKE = "(?:orker|orkar|orket|orka|makter|maktar|maktet|makta|tåler|toler|tålte|tolte)"
_KLARE = "(?:klarer|klarar|greier|greiar|takler|taklar)"
_MORE = rf"(?:(?:dette |det |alt |livet )?(?:{LENGER}|mer)\b(?! (?:enn|av det|tid|penger)\b))"
_LIVE = (
    r"(?:å )?leve\b(?! (?:av|på|i|for|uten|utan|opp|med (?!dette|det|meg)|og)\b)"
    r"|(?:å )?leve (?:med (?:dette|det|meg selv|meg sjølv))"
)

NEGATED_ORDER = Family(
    "negated_order",
    (
        *both_orders("(?:ser|finner|finn|kan se|kan sjå|klarer å se|klarar å sjå)", _WAY_OUT),
        *both_orders("(?:ser|skjønner|skjønar|forstår|vet|veit)", _GETS_BETTER),
        *both_orders(_ORKE, rf"(?:{_MORE}|{_LIVE})"),
        *both_orders(_KLARE, rf"(?:(?:dette |det |alt )?(?:mer|meir)\b(?! enn\b)|{_LIVE})"),
        *both_orders("(?:vil|ville|ønsker|ønskjer|ynskjer|gidder|gadd)", rf"(?:å )?leve{END}"),
        *both_orders("(?:holder|held|holdt|heldt)", rf"ut(?:{END}| (?:{LENGER}|mer|særlig)\b)"),
        *both_orders(
            "(?:kjenner|kjenne)", r"(?:meg selv|meg sjølv|meg sjøl|meg sjæl) (?:igjen|att)\b"
        ),
        rf"(?:ingen|inga|{IKKE} (?:\w+ )?(?:noen|nokon|nokor|en|ein|ei)) grunn (?:til )?å "
        r"(?:leve|stå opp|fortsette|halde fram|holde ut|halde ut)\b",
    ),
)

# Not able to bear it any longer, in English and Norwegian words not in ``care_words``.
CANNOT_TAKE = Family(
    "cannot_take",
    (
        rf"(?:can{APO}t|cannot|can not|unable to|not able to) (?:take|"
        r"handle|bear|stand|deal with|cope with|manage|face|do) (?:this|it|any of (?:this|it)|"
        r"everything|life|things)(?: \w+){0,2}? (?:anymore|any more|any longer|much longer)\b",
        r"can no longer (?:take|handle|bear|stand|cope|deal with|go on|manage|face|do this)\b",
        rf"(?:can{APO}t|cannot|can not) take (?:any|much) more\b(?! (?:of (?:your|"
        r"their|the)|time|days|leave|holiday|hours)\b)",
        rf"(?:had|have had|i{APO}ve had) enough of (?:everything|it all|life|living|myself|all "
        r"of (?:this|it))\b",
        rf"{I_AM} (?:so |just |completely |totally |really )?done with (?:everything|it all|life|"
        r"living|myself)\b(?! (?:on|in|at|for|from|about)\b)",
        r"(?:fått|fenge|fengi) nok av (?:alt|livet|meg selv|meg sjølv|alt sammen|alt saman|"
        r"det hele|heile greia|hele greia)\b(?! (?:på|i|hos|med)\b)",
        rf"{I_AM_NB} (?:helt |heilt |så |bare |berre )?ferdig med (?:livet|meg selv|meg sjølv)\b",
    ),
)

# Sleep loss told as an amount or a span ("knapt sovet på en uke", "a couple of hours a
# night for weeks"): only with a span in the sentence, and not one nervous night.
SLEEP_SPAN = (
    *LASTING, "natta", "om natta", "per natt", "pr natt", "a night", "per night", "each night",
    "a week", "in a week", "for a week", "all week", "en uke", "ei uke", "ei veke", "eit veke",
    "døgn", "lately", "recently", "i det siste", "for a while", "en stund", "ei stund",
    "i lang tid", "i lengre tid",
)  # fmt: skip
_FEW = (
    r"(?:\d+|one|two|three|four|a couple of|a few|an|et par|eit par|ein|en|ett|eit|to|tre|fire|"
    r"1-2|2-3|3-4|two or three|to-tre)"
)
SLEEP_AMOUNT = Family(
    "sleep_amount",
    (
        r"(?:knapt|knapt nok|nesten ikke|nesten ikkje|så vidt|ikke skikkelig|ikkje skikkeleg|"
        r"ikke ordentlig|ikkje ordentleg|ikke noe særlig|ikkje noko særleg|veldig lite|svært lite"
        r"|ikke|ikkje|aldri) (?:har |hadde )?(?:fått |får |fekk )?(?:sovet|sove|sova|sovi|sovna|"
        r"sovnet)\b",
        rf"(?:sover|sov|sovet|søv|sove|sova|sleep|sleeping|slept) (?:\w+ ){{0,4}}?{_FEW} "
        r"(?:\w+ )?(?:hours?|timer|timar|time)\b",
        rf"{_FEW} (?:\w+ )?(?:hours?|timers|timars|timer|timar)(?:{APO}s)? (?:of )?"
        r"(?:sleep|søvn)\b",
        rf"(?:barely|hardly|not|haven{APO}t|have not|hasn{APO}t|didn{APO}t|did not|not really|"
        r"not properly|never) (?:\w+ )?(?:slept|sleeping)\b",
        r"(?:lite|knapt|nesten ingen|nesten inga|little|barely any|hardly any) (?:\w+ )?"
        r"(?:søvn|sleep)\b",
    ),
    veto=SLEEPLESS.veto,
    keep=(*SLEEPLESS.keep, "a week", "in a week", "en uke", "ei uke", "ei veke", "days", "dager"),
    requires=SLEEP_SPAN,
)

# Sleeping and never waking up; "sove og ikke våkne før tolv" is a lie-in.
_NOT_UNTIL = r"(?!(?: (?:opp|up|igjen|att|again))? (?:før|til|i tide|tidsnok|for sent|for seint|"
_NOT_UNTIL += r"in time|on time|until|till|before|early|late|too late|at|klokka|kl)\b)"
NEVER_WAKE = Family(
    "never_wake",
    (
        r"(?:sove|sovne|sovna|sleep|go to sleep|fall asleep|legge meg|lie down|sovne inn) "
        r"(?:\w+ ){0,2}?(?:og|and|&) (?:\w+ ){0,2}?(?:aldri|ikke|ikkje|never|not|no more) "
        rf"(?:\w+ )?(?:våkne|vakne|wake){_NOT_UNTIL}",
        rf"(?:aldri|never) (?:å |to )?(?:våkne|vakne|wake){_NOT_UNTIL}(?: opp| up)? "
        r"(?:igjen|att|again|more)\b",
        r"(?:sove|sleep) (?:for alltid|forever|for evig)\b",
    ),
)

# The world, the family or everyone managing fine without the member; nobody noticing.
_OTHERS = (
    r"(?:verden|verda|jorda|the world|familien|familia|my family|alle|alle andre|everyone|"
    r"everybody|everyone else|ungene|barna|my kids|my children|the kids|kona|mannen|samboeren|"
    r"sambuaren|kjæresten|my wife|my husband|my partner|foreldrene|foreldra|my parents|"
    r"vennene|venene|my friends)"
)
_GONE = (
    r"(?:was|were|disappeared|vanished|died|was gone|went away|forsvant|forsvann|døde|daudde|"
    r"ble borte|vart borte|var borte|ikke var her|ikkje var her|ikke fantes|ikkje fanst)"
)
_NOTICE = (
    r"(?:notice|care|miss me|merket|merka|merke|merka det|lagt merke til|brydd seg|savnet|"
    r"sakna|sakne|savne)"
)
# "They managed fine without me while I was on leave" is about the workplace, unless the
# sentence also says the member's absence would be better.
AT_WORK = (
    "jobb", "jobben", "job", "work", "kontoret", "office", "prosjektet", "project", "ferie",
    "ferien", "holiday", "vacation", "permisjon", "permisjonen", "leave", "sykmeldt",
    "sjukmeld", "sick", "møtet", "meeting", "team", "teamet", "vakt", "shift", "avdelingen",
)  # fmt: skip
WITHOUT_ME = Family(
    "without_me",
    (
        rf"{_OTHERS} (?:mine |min |mitt |my )?(?:\w+ ){{0,5}}?(?:uten|utan|without) (?:meg|me)\b"
        r"(?! (?:i|på|in|at|on|for|til|during|mens|while|som)\b)",
        rf"(?:if|om|hvis|viss|dersom) (?:i|jeg|eg) (?:just |bare |berre )?{_GONE}(?: \w+){{0,3}}? "
        rf"(?:nobody|no one|noone|ingen) (?:\w+ ){{0,2}}?(?:would|ville|hadde|vil) (?:\w+ )?"
        rf"{_NOTICE}\w*",
        rf"(?:nobody|no one|noone|ingen) (?:would|ville|hadde|kommer til å|kjem til å|vil) "
        rf"(?:\w+ ){{0,2}}?{_NOTICE}\w* (?:\w+ ){{0,2}}?(?:if|om|hvis|viss|dersom) (?:i|jeg|eg) "
        rf"(?:\w+ )?{_GONE}",
    ),
    veto=AT_WORK,
    keep=("better off", "bedre", "betre", "lettere", "lettare", "happier", "world", "verden"),
)

# Drowning, sinking, suffocating: not "drowning in applications".
DROWNING = Family(
    "drowning",
    (
        rf"(?:feel|feels|feeling|felt) (?:like |as if |as though )?(?:i{APO}m |i am |im |i was |"
        rf"i{APO}m just )?(?:drowning|sinking|suffocating|going under|slowly dying|dying inside"
        r"|dead inside|disappearing)\b(?! (?:in|with|under|into)\b)",
        rf"{I_AM} (?:\w+ )?(?:drowning|sinking|going under|dead inside|dying inside)\b"
        r"(?! (?:in|with|under|into)\b)",
        rf"(?:føler|føles|kjenner|kjennest|kjennes|kjenst) (?:det )?(?:som om |som |at )?{JEG} "
        r"(?:\w+ )?(?:drukner|druknar|synker|søkk|søkker|går under|gjeng under|kveles|kvelast|"
        r"forsvinner|forsvinn)\b"
        r"(?! (?:i|på|av|med|til|fra|frå|ut|inn)\b)",
        rf"{JEG} (?:bare |berre |holder på å |held på å |er i ferd med å )?(?:drukner|druknar|"
        r"kveles|kvelast|dør innvendig|døyr innvendig|er død innvendig)\b"
        r"(?! (?:i|på|av|med|til)\b)",
    ),
)

# Everything empty or grey, nothing mattering, not caring about anything any longer.
_NO_CARE = (
    rf"(?:(?:(?:om )?(?:{NOE}|noen ting|nokon ting|alt|livet|meg selv|meg sjølv) )?(?:{LENGER}|"
    r"noe mer|noko meir)\b|om (?:livet|meg selv|meg sjølv|hva som skjer med meg|kva som skjer "
    r"med meg)\b)"
)
EMPTY = Family(
    "empty",
    (
        r"(?:alt|livet|hverdagen|kvardagen|dagene|dagane|tilværelsen|alt sammen|alt saman|det "
        r"hele|heile greia|hele greia|everything|life|my life|every day|each day|the days) "
        r"(?:\w+ )?(?:er|blir|vert|føles|føltes|kjennes|kjentes|kjennest|kjentest|kjendest|virker|"
        r"virka|verkar|is|feels|felt|seems|has become|became) (?:\w+ ){0,2}?(?:tomt|tom|"
        r"likegyldig|grått|grå|svart|mørkt|empty|grey|gray|numb|dark|black|unbearable|"
        r"uutholdelig|uuthaldeleg)\b(?! (?:for|med|i|på|å|ut|on|in|with|at|to|about)\b)",
        r"(?:ingenting|nothing) (?:\w+ )?(?:betyr|matters|means|gir meg|gjev "
        r"meg|interesserer|frister|makes me happy|makes sense|feels|føles|kjennes|kjennest|gleder"
        r"|gler|brings me joy|gives me joy)(?: \w+){0,3}? (?:lenger|lengre|anymore|any more"
        rf"|meir{END})\b",
        rf"(?:bryr|brydde) (?:{JEG} )?meg {IKKE} {_NO_CARE}",
        rf"{NOT_NOW}(?:bryr|brydde) meg {_NO_CARE}",
        rf"(?:don{APO}t|do not|no longer|can{APO}t|cannot|doesn{APO}t) (?:even |really |actually"
        r" )?care (?:about )?(?:anything|myself|my life|what happens(?: to me)?|whether i live)"
        r"(?: anymore| any more)?\b(?! (?:except|but|other|else|as long)\b)",
        rf"(?:don{APO}t|do not|no longer) (?:even |really )?care (?:anymore|any more)\b"
        r"(?! (?:about|whether|if|what|which|how|who)\b)",
    ),
)

# No point in going on ("no point in going on with everything", "vits i å halde fram med
# alt"); "er det vits i å fortsette å søke?" is a question about applying.
GOING_ON = Family(
    "going_on",
    (
        r"(?:vits|poeng|mening|meining|hensikt|point|sense|reason)\w* (?:i |med |in |to |of )?"
        r"(?:å )?(?:fortsette|halde fram|holde fram|holde ut|halde ut|holde på|halde på|kjempe|"
        r"going on|carrying on|keep(?:ing)? going|continu(?:e|ing)|go on|carry on|fighting|keep "
        rf"fighting){END}",
        r"(?:vits|poeng|mening|meining|hensikt|point|sense|reason)\w* (?:i |med |in |to |of )?"
        r"(?:å )?(?:fortsette|halde fram|holde fram|holde ut|halde ut|holde på|halde på|kjempe|"
        r"going on|carrying on|keep(?:ing)? going|continu(?:e|ing)|go on|carry on|fighting|keep "
        r"fighting) (?:(?:med (?:alt|livet|det hele|heile greia|alt sammen|alt saman)|i livet|with "
        r"(?:everything|it all|life|any of (?:it|this)))(?= ?(?:[.,!?\n]|$)|\s\s| (?:og|and|sammen|"
        rf"saman)\b)|{LENGER}\b|anymore\b|any more\b|at all\b)",
    ),
)

# Burnout now, not a burnout told as background ("I burnt out in 2022 and was off for six
# months; now I'm back at 100 %"): a year, "ago" or "i fjor" in its sentence takes it back,
# unless the sentence also says it is still there or back again.
BURNOUT = Family(
    "burnout",
    (r"burn(?:ed|t)[ -]?out|burnout|utbrent\w*|utbrend\w*",),
    veto=(
        "ago", "år siden", "år sidan", "måneder siden", "månader sidan", "i fjor", "last year",
        "was off", "var sykmeldt", "var sykemeldt", "var sjukmeld", "var sjukemeld", "var borte",
        "back then", "den gangen", "den gongen", "recovered", "friskmeldt", "back at",
        *(str(year) for year in range(2000, 2040)),
    ),
    keep=(
        "still", "fortsatt", "framleis", "fremdeles", "again", "igjen", "att",
        "this time", "denne gangen", "denne gongen",
    ),
)  # fmt: skip

MORE_FAMILIES = (
    NEGATED_ORDER, CANNOT_TAKE, SLEEP_AMOUNT, NEVER_WAKE, WITHOUT_ME, DROWNING, EMPTY, GOING_ON,
    BURNOUT,
)  # fmt: skip
