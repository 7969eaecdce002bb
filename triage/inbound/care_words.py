"""The safeguarding lexicon: what members in distress write, by family, in nb, nn and en.

Tuned for recall: a false alarm costs a counsellor one look, a miss can cost far more. What
keeps ordinary strong emotion out ("frustrert", "this is killing me", "helt håpløst system")
is that most words only count with a subject that is the member ("jeg føler meg håpløs",
"I feel hopeless"), never alone. The patterns are written in lower case with æ, ø and å;
``care.py`` compiles them so that "haplos", "haaplos" and "hapløs" match too, and any run of
white space matches a space. Only the text before a match is ever read for negation, so a
pattern may carry its own negation ("can't sleep").
"""

from __future__ import annotations

from dataclasses import dataclass

# --- building blocks, so every family accepts the same spellings --------------------------
APO = "['’`´]?"  # "can't", "can’t" and "cant"
I_AM = rf"(?:i{APO}m|i am|im)"
JEG = "(?:jeg|eg|jg|e)"
IKKE = "(?:ikke|ikkje|ikkj|ike|ikk|ikek|itte|ikkie)"
NOE = "(?:noe som helst|noko som helst|noenting|noen ting|nokon ting|nokonting|noe|noko)"
LENGER = "(?:lenger|lengre|lengere|meir)"  # "mer" is left out: "ringe mer" is not despair
FOLE = (
    "(?:føler|føles|føltes|følt|følte|føle|kjenner|kjennes|kjennest|kjentest|kjende|kjent|kjenne)"
)
# "I am" / "I feel", in either word order: Norwegian puts the verb second ("nå er jeg så
# fortvilet", "i det siste føler jeg meg verdiløs").
BE = "(?:er|var|blir|ble|vart|har vært|har vore|har blitt|har vorte)"
I_AM_NB = rf"(?:{JEG} {BE}|(?:er|var|blir|ble|vart|har) {JEG}(?: vært| vore| blitt| vorte)?)"
I_FEEL_NB = rf"{FOLE} (?:{JEG} )?meg"
SO = "(?:så|helt|heilt|veldig|utrolig|svært|totalt|fullstendig|bare|berre|nesten|ganske)"
EN_SO = "(?:so|completely|totally|utterly|very|really|quite|just|increasingly|more and more)"
NUM_NB = "(?:\\d+|to|tre|fire|fem|seks|sju|syv|åtte|ni|ti|elleve|tolv|atten|mange|flere|fleire)"
NUM_EN = "(?:\\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|eighteen|many|several)"


@dataclass(frozen=True)
class Family:
    """One kind of distress signal.

    ``negatable``: a "not"/"ikke" in the two words before the match cancels it ("I'm not
    depressed"). ``veto``/``keep``: a match is dropped when its sentence has a veto word and
    no keep word (one nervous night before an interview is not sleeplessness). ``requires``:
    a match counts only when its sentence also has one of these words ("for weeks").
    """

    name: str
    patterns: tuple[str, ...]
    negatable: bool = False
    veto: tuple[str, ...] = ()
    keep: tuple[str, ...] = ()
    requires: tuple[str, ...] = ()


# Words that make a state last: weeks of it, not one evening.
LASTING = (
    "every night", "most nights", "almost every night", "night after night", "every day",
    "for weeks", "for months", "days", "weeks", "months", "a long time", "ages", "all the time",
    "hver natt", "kvar natt", "om nettene", "netter", "nights", "hver dag", "kvar dag",
    "dager", "dagar", "uker", "veker", "måneder", "månader", "ukevis", "vekevis", "månedsvis",
    "lenge", "hele tiden", "heile tida",
)  # fmt: skip


# Hopelessness and low mood: about the member's own life, never about a system or a form
# ("helt håpløst system"), nor "hopeless at interviews" (the idiom for "bad at").
HOPELESS = Family(
    "hopeless",
    (
        r"(?:feel|feels|feeling|felt) (?:\w+ ){0,2}?hopeless\w*(?! (?:at|with) (?!times|night|"
        r"the moment|this point|everything|it all|life|my life)\b)",
        r"(?:everything|it all|life|my life|the future|my future|my situation|things) "
        r"(?:is|feels|seems|looks|has become|is getting) (?:\w+ )?(?:hopeless|bleak|dark)",
        rf"{I_AM} (?:{EN_SO} )?hopeless(?! (?:at|with|when|in)\b)",
        r"hopelessness|despair\w*|despondent",
        r"(?:lost|losing|lose) (?:all )?(?:hope|faith in myself)|no hope left"
        rf"|(?:given|giving|gave) up (?:all )?hope|there{APO}?s no hope|there is no hope",
        rf"(?:no|can{APO}t see (?:a|any)|don{APO}t see (?:a|any)|there{APO}s no|there is no) "
        r"way out",
        rf"(?:can{APO}t|cannot|can not|don{APO}t|do not) see (?:any |a )?(?:future|light|"
        r"way forward)|no future (?:for me|left|ahead)",
        r"depress(?:ed|ion|ive)|(?:in )?a (?:very |really )?dark place",
        rf"(?:feel|feeling|felt) (?:{EN_SO} )?(?:empty|numb|broken|low|down|miserable)\b",
        r"(?:cry|crying|cried) (?:myself to sleep|every (?:day|night)|all the time|a lot)",
        rf"(?:getting|feel|feeling|{EN_SO}) desperate(?! (?:to|for)\b)",
        rf"{I_AM} not (?:ok|okay|doing (?:well|ok|okay|good)|coping)",
        # Norwegian: the feeling, or life and the future described as hopeless or dark.
        rf"{FOLE} (?:\w+ ){{0,3}}?(?:håpløs|håplaus|vonlaus|vonløs)\w*(?! (?:på|til) å\b)",
        r"(?:alt|livet|fremtiden|framtida|framtiden|situasjonen(?: min)?|det hele|heile greia|"
        r"hele greia|tilværelsen|dagene|kvardagen|hverdagen) (?:er|blir|føles|kjennes|virker|"
        r"verkar|ser|har blitt|har vorte|vert) (?:\w+ ){0,2}?(?:håpløs|håplaus|vonlaus|mørk|"
        r"svart|tung|grå)\w*",
        r"håpløshet\w*|håplausheit|vonløyse|håpløyse|fortvilelse|fortviling",
        # Not "helt håpløs i Excel", "håplaus når eg skal snakke": bad at something.
        rf"{I_AM_NB} (?:{SO} )?(?:håpløs|håplaus|vonlaus)(?! (?:på|til|med|når|i (?!dag\b|"
        r"det siste\b|kveld\b|natt\b|livet\b)\w+)\b)",
        r"(?:mistet|mista|miste|mister|misser|gitt opp|gjeve opp|gitt opp) (?:alt |all |heilt )?"
        r"(?:håp|håpet|tro|trua|troen|livsgnisten|livslysten|gnisten)",
        rf"(?:ser|finner|finn) (?:{JEG} )?(?:ingen|{IKKE} (?:{NOE}|noen|nokon|nokor|et|eit|en|ei)?)"
        r" ?(?:utvei|utveg|vei ut|veg ut|lys|fremtid\w*|framtid\w*|håp)\b",
        rf"deprimert|depresjon\w*|depressiv|nedstemt|nedfor|(?:{I_AM_NB}|{I_FEEL_NB}) "
        r"(?:\w+ )?(?:langt|helt|heilt) nede"
        r"|på bunnen|i kjelleren",
        rf"(?:{I_AM_NB}|{I_FEEL_NB}) (?:så |helt |heilt |veldig |utrolig |svært )?"
        r"fortvil\w*",
        r"har det (?:så |veldig |utrolig |skikkelig |svært |ganske |helt )?(?:vondt|tungt|"
        rf"jævlig|forferdelig|ille|dårlig|dårleg|grusomt)|har det {IKKE} (?:så |noko |noe )?"
        r"(?:bra|godt|greitt)",
        rf"(?:don{APO}t|can{APO}t|do not|cannot) see how (?:\w+ ){{0,4}}?(?:will|could|is going to|"
        r"are going to|would|can) (?:ever )?(?:get|be|become) better|nothing left (?:for me|to "
        r"try|to hope for)",
        # "ser ikke hvordan det skal bli bedre" is in ``care_words_more`` (about life, not a CV).
        r"ingenting (?:igjen |att |mer |meir )?å (?:håpe på|prøve)",
        rf"(?:{I_AM_NB}|{I_FEEL_NB}) (?:{SO} )?tom(?:me)?\b(?! for\b)|kjenner {IKKE} (?:meg selv|"
        rf"meg sjølv) igjen|don{APO}t recogni[sz]e myself|(?:vet|veit) {IKKE} (?:hvor|kvar) "
        r"(?:jeg|eg) skal (?:gjøre|gjere) av meg",
        r"(?:gråter|gret|græt|grin|griner) (?:\w+ )?(?:hver dag|kvar dag|hele tiden|heile tida"
        r"|mye|mykje|meg i søvn)",
    ),
    negatable=True,
)

# "No point": the point of anything, of living, of going on; not "is there any point in
# calling them?" or "er det vits i å søke?".
NO_POINT = Family(
    "no_point",
    (
        rf"(?:no|not any|n{APO}t any|not much|see the|see any) point (?:in |to |of )?(?:\w+ )"
        r"{0,3}?(?:anything|any of (?:this|it)|anymore|any more|living|life|going on|carrying on"
        r"|getting up|it all)",
        rf"what{APO}?s the point(?: of| in)? (?:\w+ ){{0,2}}?(?:anything|it all|living|life|"
        r"anymore|any more|going on|getting up|even trying)",
        r"what is the point(?: of| in)? (?:\w+ ){0,2}?(?:anything|it all|living|life|anymore|"
        r"any more|going on|getting up)",
        r"(?:everything|life|my life|it all|all of it|every day|each day) (?:is|feels|seems|"
        r"has become|became) (?:\w+ )?(?:pointless|meaningless|empty)",
        r"no (?:reason|point) to (?:get up|go on|live|keep going|carry on|try anymore)",
        r"why (?:even )?bother (?:anymore|any more|with anything|getting up)",
        r"(?:give|giving|gave|given) up on (?:everything|life|myself)|(?:just|want to|ready to|"
        r"about to|should i) give up(?=\s*(?:[?.!,]|$|and |or ))",
        # Norwegian: a negated point, sense or use, of anything or any longer.
        rf"(?:(?:ser|finner|finn|har|føler) (?:jeg |eg )?)?(?:{IKKE}|ingen|inga|hva er|kva er|ka e"
        rf"|hvor er|uten|utan) (?:\w+ ){{0,3}}?(?:poeng|"
        rf"vits|mening|meining|hensikt)\w* (?:i |med |av |å )?(?:{NOE}|livet|å leve|leve|alt|"
        r"å stå opp|stå opp|å fortsette|å halde fram|"
        rf"alt sammen|alt saman|det hele|heile greia|hele greia)(?: {LENGER})?\b",
        rf"(?:{IKKE}|ingen|inga|hva er|kva er|ka e) (?:\w+ ){{0,3}}?(?:poeng|vits|mening|meining|"
        rf"hensikt)\w*(?: \w+){{0,5}}? {LENGER}\b",
        r"(?:alt|livet|hverdagen|kvardagen|det hele|tilværelsen|dagene) (?:er|blir|føles|kjennes"
        r"|virker|verkar|har blitt) (?:\w+ )?(?:menings|meinings)l(?:ø|au)s\w*",
        rf"{FOLE} (?:meg )?(?:\w+ ){{0,2}}?(?:menings|meinings)l(?:ø|au)s\w*",
        r"(?:bare|berre|helt|heilt|snart) (?:gi|gje) opp(?=\s*(?:[?.!,]|$|og |eller ))"
        r"|(?:gi|gir|gitt|ga|gje|gjev|gav) opp (?:alt|livet|meg selv|meg sjølv|heile greia|"
        r"hele greia)\b",
    ),
)

# Sleeplessness: persistent, not one excited or nervous night before an interview.
SLEEPLESS = Family(
    "sleepless",
    (
        rf"(?:can{APO}t|cannot|can not|couldn{APO}t|unable to|don{APO}t|barely|hardly) sleep\w*",
        rf"(?:haven{APO}t|have not|hasn{APO}t|not) (?:been )?(?:slept|sleeping)",
        r"sleepless\w*|insomnia|no sleep",
        r"(?:lie|lying|lay) awake (?:every night|all night|at night|for hours|night after night"
        r"|most nights)|awake (?:every|all) night",
        r"(?:wake|waking|woke) up (?:\w+ ){0,3}?every night",
        r"(?:sleep|sleeping) (?:so |very |really )?(?:badly|poorly|terribly)",
        rf"(?:får|klarer|klarar|greier|greiar) {IKKE} (?:å )?sove",
        rf"(?:sover|søv|sov) (?:nesten |så |veldig |svært |elendig |ekstremt |fryktelig |"
        rf"forferdelig |utrolig )?(?:{IKKE}|dårlig|dårleg|elendig|lite|ingenting|nesten ikke)\b",
        rf"har {IKKE} (?:fått )?(?:sovet|sove|sova|søvn)",
        r"søvnløs\w*|søvnlaus\w*|søvnproblem\w*|søvnvansk\w*|søvnmangel|insomni",
        r"(?:ligger|ligg|lå) (?:våken|vaken) (?:hver natt|kvar natt|om nettene|hele natta|heile "
        r"natta|hele natten|i timevis|natt etter natt|netter)",
        r"våkner (?:\w+ ){0,3}?(?:hver natt|om nettene)|vaknar (?:\w+ ){0,3}?kvar natt"
        r"|(?:våkne|vakne|søvnløse) netter",
    ),
    veto=(
        "excited",
        "gira",
        "giret",
        "spent",
        "gleder meg",
        "gler meg",
        "looking forward",
        "nervous",
        "nervøs",
        "adrenalin",
        "i natt",
        "last night",
        "tonight",
        "i kveld",
        "night before",
        "natta før",
        "natten før",
        "kvelden før",
        "før intervju",
        "before the interview",
        "so happy",
        "glad",
    ),
    keep=(
        "every night",
        "for weeks",
        "for months",
        "weeks",
        "months",
        "hver natt",
        "kvar natt",
        "ukevis",
        "vekevis",
        "månedsvis",
        "lenge",
        "netter",
        "nights",
        "hele tiden",
        "heile tida",
        "all the time",
    ),
)

# Lying awake and not talking to anyone are ordinary for an evening, not for weeks.
LASTING_STATES = Family(
    "lasting",
    (
        r"(?:lie|lying|lay) awake|awake (?:until|till|til) \w+|(?:ligger|ligg|lå) (?:våken|vaken)"
        r"|(?:våkner|vaknar|wake up|waking up) (?:\w+ )?(?:klokka|kl|at) \w+",
        rf"(?:haven{APO}t|have not|hardly|barely|not) (?:spoken|talked|been in touch|seen|met) "
        r"(?:to |with )?(?:anyone|anybody|a soul|people|my friends|friends)",
        rf"{IKKE} (?:snakket|snakka|pratet|prata|sett|møtt|truffet|treft|hatt kontakt) (?:med )?"
        r"(?:noen|nokon|folk|venner|vener|et menneske|eit menneske)",
    ),
    requires=LASTING,
)

# Exhaustion beyond frustration: cannot take any more, burnt out, breaking down; not
# "dead tired of writing applications" or "helt utslitt etter intervjuet" (tired, coping).
EXHAUSTION = Family(
    "exhaustion",
    (
        rf"can{APO}t (?:take|handle|cope with|deal with|do|bear|stand|manage) (?:this|it|any of "
        r"(?:this|it)|much more|more)(?: \w+)?(?: anymore| any more| much longer| for much longer)",
        rf"can{APO}t take (?:much )?more|(?:can{APO}t|cannot|can not|not|no longer) cop(?:e|ing)\b",
        rf"(?:at )?(?:the )?end of my (?:rope|tether)|wits{APO} end|breaking point|falling apart",
        r"(?:breaking|broke|break) down|breakdown",
        r"(?:mentally|emotionally) (?:exhausted|drained|worn out|done|broken)|(?:exhausted|"
        r"drained|worn out) (?:all the time|every day|in every way|from everything)",
        r"nothing left (?:to give|in me|inside)|running on empty",
        rf"(?:no|don{APO}t have (?:the|any)|lost (?:all|the)) (?:energy|strength) (?:left|for "
        r"anything|to (?:go on|keep going|get up|do anything|carry on))",
        r"tired of (?:everything|it all|life|living|being alive|fighting|feeling like this)",
        r"panic attacks?|anxiety attacks?|mental health|struggling (?:mentally|to cope)",
        # Norwegian and nynorsk.
        rf"(?:orker|orkar|gidder) {IKKE} (?:\w+ ){{0,2}}?(?:mer|meir|{LENGER}|{NOE}|livet|å leve"
        r"|å stå opp|å fortsette|å halde fram)\b",
        rf"(?:klarer|klarar|greier|tåler|toler) {IKKE} mer\b(?! enn\b)"
        rf"|(?:klarer|klarar|greier) {IKKE} "
        rf"(?:dette|det) (?:{LENGER}|mer)|(?:holder|held) {IKKE} ut",
        r"går på veggen|bristepunkt\w*|panikkanfall|angstanfall",
        r"(?:psykisk|mentalt|følelsesmessig|kjenslemessig|totalt|fullstendig) (?:utslitt|utsliten|"
        r"utkjørt|tappet|tappa|knekt)|tom innvendig",
        r"psykisk (?:sliten|dårlig|dårleg|syk|sjuk|helse)|psykiske (?:plager|problem\w*|vansk\w*)"
        r"|sliter (?:psykisk|med psyken|med å stå opp|med å komme meg)",
        r"tom(?:me)? for (?:krefter|energi|overskudd)|ingen krefter (?:igjen|att|til)"
        rf"|{IKKE} (?:mer |meir )?(?:krefter|energi|overskudd) (?:igjen|att|til {NOE})",
        rf"(?:alt|{JEG}|livet) (?:rakner|faller sammen|fell saman|går i oppløsning|går i "
        r"oppløysing|faller fra hverandre|fell frå kvarandre)|bryter sammen|bryt saman"
        r"|knekker sammen|bryte sammen|bryte saman",
    ),
)

# Worthlessness and being a burden; not "useless at negotiating".
WORTHLESS = Family(
    "worthless",
    (
        rf"(?:feel|feels|feeling|felt|{I_AM}|am) (?:\w+ ){{0,2}}?(?:worthless|useless|a failure|"
        r"like a failure|a burden|like a burden|a loser|like a loser|like nothing|like a nobody|"
        r"like a waste|a disappointment)(?! (?:at|with|in|when)\b)",
        r"(?:nobody|no one|no-one|noone) (?:\w+ )?(?:wants|needs|cares about|would miss|will miss"
        r"|would notice|would even notice) me",
        r"burden (?:to|on|for) (?:everyone|my family|my partner|my wife|my husband|others|people"
        r"|my parents|the people)|worth nothing|good for nothing",
        rf"hate (?:myself|who i am|my life)|what{APO}?s wrong with me|what is wrong with me",
        r"(?:ashamed|shame) of (?:myself|who i am|being unemployed|being jobless|not having)",
        # Norwegian and nynorsk.
        rf"(?:{I_FEEL_NB}|{I_AM_NB}) (?:\w+ ){{0,2}}?"
        r"(?:verdiløs|verdilaus|verdlaus|ubrukelig|ubrukeleg|unyttig|mislykket|mislykka|mislukka|"
        r"en fiasko|ein fiasko|en taper|ein taper|en byrde|ei byrde|ein byrde|en belastning|"
        r"ei belastning|til bry|til byrde|til last|ingenting verdt|ikke verdt noe|ikkje verd noko|"
        r"en nuller|ein nullar|udugelig|en skuffelse|ei skuffelse|ein skuffelse)"
        r"(?! (?:på|til å|med)\b)",
        r"(?:til byrde|en byrde|ei byrde|ein byrde|til bry|til last) for (?:familien|alle|andre|"
        r"de rundt meg|dei rundt meg|kona|mannen|samboeren|sambuaren|foreldrene|barna)",
        r"ingen (?:\w+ )?(?:vil ha|trenger|treng|bryr seg om|ville savnet|ville sakna|kjem til å"
        r" sakne|kommer til å savne) meg",
        r"hater meg selv|hatar meg sjølv|hater livet mitt|hatar livet mitt"
        r"|hva er (?:det )?galt med meg|kva er (?:det )?gale med meg|hva feiler det meg",
        r"skammer meg over (?:meg selv|å være|at jeg ikke|situasjonen|livet)|skjemmest over"
        r"|skammar meg over (?:meg sjølv|å vere|at eg ikkje|situasjonen)",
    ),
    negatable=True,
)

# Withdrawal from people and from daily life.
WITHDRAWAL = Family(
    "withdrawal",
    (
        rf"(?:stopped|avoid\w*|don{APO}t want to|can{APO}t face|can{APO}t bear to) (?:seeing|"
        r"meeting|talking to|see|meet|talk to|answering) (?:my )?(?:friends|family|anyone|"
        r"anybody|people)",
        r"isolat(?:ing|ed|e) myself|(?:cut|cutting|shut|shutting) myself (?:off|away|in)"
        r"|withdraw(?:n|ing)? from (?:everyone|everything|friends|people|life)",
        rf"(?:haven{APO}t|have not|hardly|barely|don{APO}t) (?:left|leave|been out of) (?:the|my)"
        r" (?:house|flat|apartment|room|bed)",
        rf"(?:stay|staying|stayed|lie|lying) in bed all day|can{APO}t get out of bed",
        rf"(?:feel|feeling|felt|{I_AM}) (?:{EN_SO} )?(?:alone|lonely|isolated)|all alone|so lonely",
        # Norwegian and nynorsk.
        r"isolerer meg|isolert meg|isolerar meg|trekker meg (?:unna|tilbake|bort|vekk)"
        r"|trekkjer meg (?:unna|vekk|tilbake)|(?:trukket|trekt|trakk|trekte|dratt|dradd) meg "
        r"(?:unna|tilbake|bort|vekk)",
        rf"{IKKE} (?:vært|vore|kommet|kome) (?:meg )?(?:ut|ute|utenfor|utanfor|ut av) (?:\w+ )?"
        r"(?:huset|leiligheten|leilegheita|leiligheita|døra|døren|hjemme|heime|senga)"
        rf"|haven{APO}t been (?:out|outside)(?: of (?:the|my) (?:house|flat|apartment|room))?",
        r"(?:sluttet|slutta) å (?:møte|treffe|snakke med|ringe|se|sjå) (?:venner|vener|folk|"
        r"noen|nokon|familien)",
        rf"(?:orker|orkar|klarer|klarar|tør|tør) {IKKE} (?:å )?(?:møte|treffe|se|sjå|snakke med|"
        r"prate med|svare) (?:noen|nokon|folk|venner|vener|familien|telefonen)",
        rf"(?:kommer|kjem) meg {IKKE} (?:ut|opp)(?: av (?:senga|sengen|huset|leiligheten|døra))?"
        r"|(?:ligger|ligg) i senga (?:hele|heile) dag\w*",
        rf"(?:{I_FEEL_NB}|{I_AM_NB}) (?:{SO} )?(?:ensom|einsam|isolert|alene|aleine|"
        r"åleine)(?! (?:med|om|på)\b)",
        r"ensomhet|einsemd",
    ),
)

# Wishing to disappear, not to wake up, not to exist.
DISAPPEAR = Family(
    "disappear",
    (
        rf"(?:want|wanted|wish|wishing|wished|would like|d like|{I_AM} going) (?:\w+ ){{0,2}}?"
        r"(?:to )?(?:disappear|vanish|not exist|stop existing|cease to exist|not wake up|never wake"
        r" up|sleep forever|be gone|go away forever|not be here|not to be here)",
        rf"wish (?:i|i{APO}d) (?:was|were|had) (?:never been born|not here|gone|not alive|"
        r"invisible)|never been born",
        rf"don{APO}t want to wake up|not wake up (?:tomorrow|again)",
        rf"(?:håper|håpar|hope|hoping|ønsker|ønskjer|wish) (?:\w+ ){{0,3}}?(?:{IKKE}|don{APO}t|do "
        rf"not|won{APO}t|will not|never) (?:skal |skulle |vil |will |to )?(?:våkne|vakne|wake up)"
        r"(?! (?:i tide|tidsnok|for sent|for seint|in time|on time|too late|late)\b)",
        r"(?:everything|it all) to (?:stop|end|be over)|want it to stop|make it (?:all )?stop",
        # Norwegian and nynorsk.
        rf"(?:{JEG} (?:\w+ )?(?:vil|ville|ønsker|ønskjer|ynskjer|har lyst til å|har lyst å|kunne"
        rf"|skulle)|(?:vil|ville) {JEG}|lyst til å|lyst å) (?:bare |berre |helst"
        r" |gjerne )?(?:forsvinne|bli borte|bli vekk|vekk fra alt|bort fra alt|ikke finnes|ikkje "
        r"finnast|ikke eksistere|ikkje eksistere|ikke våkne|ikkje vakne|slippe å våkne|sove for "
        r"alltid|ikke være til|ikkje vere til)",
        rf"skulle (?:ønske|ønskje|ynskje) {JEG} (?:\w+ )?(?:ikke|ikkje) (?:fantes|fanst|fans"
        r"|fantest|var her|var til"
        r"|levde|var født|eksisterte)|slippe å våkne",
        r"(?:vil|ønsker|ønskjer|vil bare) at (?:alt|det hele|det) skal (?:ta slutt|stoppe|"
        r"slutte|forsvinne)",
    ),
)

# Suicidal hints and explicit statements. Never negatable: "I'm not suicidal, but" is a
# reason to look. The idioms "dø av nervøsitet", "die of embarrassment" and "killing myself
# trying" are cut off by the look-aheads.
SUICIDAL = Family(
    "suicidal",
    (
        r"suicid\w*",
        r"kill(?:ing)? myself(?! (?:trying|over|with|to get|working|at work|laughing)\b)",
        r"end(?:ing)? (?:it all|my life|my own life)|take my (?:own )?life|taking my (?:own )?life",
        rf"(?:don{APO}t|do not|no longer|not) want to (?:live|be alive|be here|exist|go on)",
        r"(?:want|wanted|wanting) to die(?! (?:of|from|laughing)\b)|wanna die"
        r"|wish (?:i|i'd) (?:was|were) dead|better off dead|rather be dead"
        r"|(?:would|d) rather (?:be dead|not be here|not exist|not wake up)",
        r"(?:be|been|is|are|were) (?:\w+ )?better (?:off )?without me|easier without me",
        r"(?:no|not any|any) (?:reason|point) (?:to|in) (?:live|living|being alive|staying alive)"
        rf"|not worth living|(?:life )?(?:isn{APO}t|is not) worth (?:it|living)",
        rf"how (?:much )?longer (?:i|i{APO}ll) (?:can )?(?:keep going|go on|hold on|do this|take "
        r"this|cope|manage|keep this up|carry on|last)",
        rf"(?:can{APO}t|cannot|can not) (?:keep going|go on|carry on|hold on)(?=\s*(?:like this|"
        r"anymore|any more|much longer|for much longer|[.,!?]|$|and ))",
        r"(?:dark|suicidal|intrusive|scary) thoughts|thoughts (?:of|about) (?:ending(?: it all"
        r"| it| my life)?|death|dying|"
        r"suicide|not being here|killing|taking my)",
        r"thinking (?:of|about) (?:ending it|dying|death|killing myself|taking my|not being here)",
        r"self[- ]?harm\w*|hurt(?:ing)? myself|harm(?:ing)? myself|cut(?:ting)? myself",
        rf"not be (?:here|around) (?:much longer|anymore|any more|for long)|won{APO}t be (?:here|"
        r"around) (?:much longer|for long|anymore)",
        rf"if (?:i|i{APO}d) (?:just |simply |only )?(?:wasn{APO}t|weren{APO}t|was not|were not"
        rf"|hadn{APO}t been) (?:here|around|alive|born)",
        # Norwegian and nynorsk.
        rf"(?:å|skal|skulle) leve for|(?:nothing|anything|what i have|what i{APO}ve got|much) "
        r"(?:left )?to live for",
        r"selvmord\w*|sjølvmord\w*|selvskad\w*|sjølvskad\w*|skade meg selv|skade meg sjølv"
        r"|skader meg selv",
        r"ta livet (?:mitt|av meg)|ta mitt (?:eget |eige )?liv|avslutte (?:livet|det hele|alt)"
        r"|ende livet|(?:gjøre|gjere|gjør|gjer) slutt på (?:livet|alt|det hele|heile greia)",
        rf"(?:vil|ønsker|ønskjer|orker|orkar|gidder) {IKKE} (?:å )?leve|{IKKE} lyst til å leve"
        rf"|{IKKE} (?:vits|poeng) i å leve|{IKKE} (?:verdt|verd) å leve",
        r"(?:vil|ønsker|ønskjer|ynskjer|lyst til å|ville|lengter etter å) (?:\w+ )?(?:dø|døy)\b"
        r"(?! av\b)|heller (?:være|vere) død|skulle ønske (?:jeg|eg) var død",
        r"(?:bedre|betre|lettere|lettare|enklere|enklare) (?:for (?:alle|dem|familien|dei|andre)"
        r" )?(?:uten|utan) meg|klart seg (?:bedre|betre) (?:uten|utan) meg",
        rf"(?:best|bedre|betre|lettest|enklest) (?:\w+ ){{0,3}}?(?:om|hvis|viss|dersom) {JEG} "
        rf"(?:bare |berre )?{IKKE} (?:var|fantes|fanst|levde|fans|finnes|er|hadde vært|hadde vore)"
        r" ?(?:her|til)?",
        r"(?:mørke|svarte|skumle|farlige) tank(?:er|ar)|tank(?:er|ar) om å (?:dø|døy|ta livet"
        r"(?: mitt| av meg)?|ta|avslutte|"
        r"ende|forsvinne|gjøre slutt|gjere slutt|ikke være|ikkje vere)",
        r"(?:tenker|tenkjer|tenkt|tenkte) (?:\w+ )?på å (?:ta livet|avslutte|dø|døy|gjøre slutt|"
        r"gjere slutt|ende)",
        rf"(?:hvor|kor) lenge (?:til )?(?:{JEG} )?(?:klarer|klarar|orker|orkar|greier|holder|held)"
        r"(?: \w+)?(?: dette| ut| mer| meir| på| å holde ut| å halde ut)?",
        rf"{IKKE} (?:være|vere) (?:her|til) (?:{LENGER}|mer)",
    ),
)

# Long unemployment is only a finding together with a word of despair in the same mail
# (``DESPAIR``): "I've been looking for two years" alone is an ordinary question.
LONG_SEARCH = (
    rf"(?:unemployed|out of work|jobless|without (?:a )?(?:job|work)|looking for (?:a )?(?:job|"
    rf"work)|job[- ]?hunting|job[- ]?seeking|applying|searching|been looking) (?:\w+ ){{0,3}}?"
    rf"(?:for )?(?:over |more than |almost |nearly |about |close to )?(?:a year|a long time|"
    rf"{NUM_EN} (?:years|months))",
    rf"{NUM_EN} (?:years|months) (?:of|without) (?:unemployment|a job|work|applying|job hunting)",
    rf"(?:arbeidsledig|ledig|uten jobb|utan jobb|uten arbeid|utan arbeid|søkt jobb\w*|søkt på "
    rf"jobber|søker jobb|søkjer jobb|på nav|jobbsøking|jobbsøkjing) (?:\w+ ){{0,4}}?(?:i |på |"
    rf"snart |over |mer enn |meir enn |nesten |nærmere |bortimot )?(?:et år|eitt år|ett år|eit år|"
    rf"{NUM_NB} (?:år|måneder|månader|mnd))",
    r"(?:\d{3,}|\d\d+|hundre\w*|over \d+) (?:søknader|søknadar|avslag|applications|rejections)",
)
DESPAIR = (
    rf"gi(?:r|tt)? opp|gje opp|gjev opp|give up|giving up|gave up|desperat\w*|fortvil\w*"
    rf"|håpløs\w*|håplaus\w*|vonlaus\w*|hopeless\w*|tungt|mørkt|skam\w*|ashamed|shame"
    rf"|depress\w*|deprimert|nedfor|broke|blakk|failure|mislykk\w*|mislukk\w*|worthless"
    rf"|verdiløs|sliter|struggling|can{APO}t take|orker {IKKE}|orkar {IKKE}|stuck|knekk\w*"
    rf"|crushed|knust|meaningless|pointless|meningsløs\w*|meiningslaus\w*|ingen vits|no point"
    rf"|ingen utvei|no way out|nothing (?:works|helps)|ingenting (?:fungerer|hjelper|nyttar|nytter)"
)

FAMILIES = (
    SUICIDAL, DISAPPEAR, NO_POINT, HOPELESS, WORTHLESS, SLEEPLESS, EXHAUSTION, WITHDRAWAL,
    LASTING_STATES,
)  # fmt: skip
