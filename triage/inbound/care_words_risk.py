"""The safeguarding lexicon's warning signs of suicide that are told, not named.

People rarely write "suicide". They write about putting an end to everything, about a method
(pills, the sea, a bridge), about preparing (who gets their things, a letter to the family
never sent, a plan and a date), about not being here by a time to come, or about ceasing to
exist. The first sealed evaluation of the lexicon (data/care/README.md, fresh2.jsonl) found
these families missing, with a few of low mood (no future to picture, never getting better,
lying in bed all day, being a nobody or a weight round everyone's neck). Conventions as in
``care_words``: lower case with æ, ø and å (``care.py`` also matches "aa", "o" and "e"
spellings), a space matches any white space, each pattern carries its own negation.
"""

from __future__ import annotations

from triage.inbound.care_words import APO, I_AM, I_AM_NB, IKKE, JEG, LENGER, Family

# Putting an end to everything, ceasing to exist: never about a contract or a job.
_EVERYTHING = (
    r"(?:alt|alt sammen|alt saman|det hele|det heile|heile greia|hele greia|meg selv|meg sjølv"
    r"|livet mitt|mitt liv)"
)
_CEASE = r"(?:finnes|fins|finnast|eksistere|eksistera|leve|være til|vere til)"
_TIME_AHEAD = (
    r"(?:jul|julen|jula|påske|påsken|påska|sommeren|sommaren|våren|hausten|høsten|nyttår"
    r"|neste år|bursdagen min|til neste år|christmas|easter|summer|next year|new year|my birthday"
    r"|the summer|the end of the year|året er omme)"
)
WARNING_SIGNS = Family(
    "warning_signs",
    (
        # Ending it.
        rf"(?:få|gjøre|gjere|gjort|fått|gjer|gjør) (?:en |ein )?slutt på {_EVERYTHING}\b"
        r"(?! (?:rotet|kaoset|usikkerheten|uvissa|ventinga|ventingen|søkinga|søkingen)\b)",
        r"(?:ways|how|way) to end (?:it|things|everything|my life|it all)\b"
        r"|(?:end|ending) (?:things|everything)(?: for good| once and for all)?(?= ?[.,!?\n]|$)"
        r"|put an end to (?:it all|everything|myself|my life)",
        rf"(?:slutte|slutta|sluttar|slutter) å {_CEASE}\b|{IKKE} (?:lenger |meir )?(?:å )?{_CEASE}"
        rf" (?:{LENGER})\b|stop(?:ped)? existing|cease to exist|not exist(?:ing)? any ?more",
        # A method.
        r"(?:how many|hvor mange|kor mange) (?:\w+ )?(?:pills|tablets|sleeping pills|tabletter|"
        r"tablettar|piller|sovetabletter|sovetablettar)\b",
        # Walking into the sea: only as a thought or a wish, or never to come back.
        r"overdos\w*|(?:thinking (?:about|of)|think about|thought about|want to|wanted to|wish i "
        r"could|dream of|tenker på å|tenkt på å|tenkte på å|tenkjer på å|lyst til å|vil bare|vil "
        r"berre) (?:\w+ )?(?:walk\w*|swim\w*|gå|gå rett|gå ut|symje|svømme) (?:out |rett )?"
        r"(?:into the|ut i|i) (?:sea|ocean|water|river|lake|sjøen|havet|elva|vannet|vatnet)\b",
        r"(?:into the|ut i|i) (?:sea|ocean|water|river|lake|sjøen|havet|elva|vannet|vatnet) (?:and "
        r"|og )?(?:never|not|aldri|ikke|ikkje) (?:\w+ )?(?:come|coming|comes|kome|komme|kjem|"
        r"kommer) (?:back|tilbake|opp att|opp igjen)",
        r"(?:jump|jumping) (?:off|from) (?:a|the) (?:bridge|roof|balcony|cliff)|(?:hoppe|hopper|"
        r"hoppa) (?:ut )?(?:fra|frå|av|utfor) (?:brua|broen|brua|taket|balkongen|stupet)",
        # Preparing.
        r"(?:list|liste|lista|writing down|wrote down|written down|skrive ned|skriver ned|skreiv "
        r"ned|skrevet ned|skrive ned|bestemt|decided|decide|avgjort) (?:\w+ ){0,3}?(?:over |of )?"
        r"(?:who|hvem|kven) (?:\w+ ){0,2}?(?:gets|get|should have|will have|will get|skal ha|"
        r"skal få|får) (?:alle )?(?:my things|my stuff|my belongings|tingene mine|tinga mine|"
        r"sakene mine|eiendelene mine|eigedelane mine)",
        r"(?:giv|gav|gjev|gi|gir|gitt)\w* (?:away|bort) (?:\w+ )?(?:my things|my stuff|my "
        r"belongings|tingene mine|tinga mine|sakene mine)",
        r"avskjedsbrev|farewell (?:letter|note)|goodbye (?:letter|note)|suicide note",
        r"(?:brev|letter|letters) (?:til|to) (?:\w+ )?(?:foreldrene|foreldra|familien|familia|"
        r"barna|ungane|ungene|mamma|pappa|mor og far|my parents|my family|my kids|my children|"
        r"my mum|my mom|my dad)(?: mine| mi)?(?: \w+){0,4}? (?:ikke|ikkje|never|not|haven't"
        r"|hasn't|har ikke|har ikkje) (?:\w+ )?(?:sendt|sent)",
        r"(?:a|my) plan and a date|(?:en|ein) plan og (?:en|ein) dato",
        # Not being here by a time to come, or in this world.
        rf"{IKKE} (?:{JEG} )?(?:er|være|vere|blir|lever) (?:her|i live|til) (?:lenger |meir )?"
        rf"(?:til|i|på|ved) {_TIME_AHEAD}",
        rf"(?:won{APO}t|will not|may not|might not|not going to) (?:still )?be (?:here|around|"
        rf"alive) (?:for|by|at|until|till|to see) {_TIME_AHEAD}",
        rf"(?:i am|i{APO}m|i was|i were|i be|me) not in this world|(?:ikke|ikkje) (?:er|var|"
        r"fantes|fanst) (?:i|på) (?:denne verden|denne verda|verden|verda)",
        rf"(?:if|when|once|after) (?:i|i{APO}m|i am) (?:was |were |am |is )?gone(?:,? \w+){{0,5}}? "
        r"(?:would|will|wouldn't|won't|could) (?:\w+ )?(?:get over|move on|be fine|be better|be "
        r"happier|manage|cope|forget)",
        rf"(?:om|hvis|viss|dersom|når|etter at) {JEG} (?:var|er|blir|ble|vart) borte"
        r"(?:,? \w+){0,5}? (?:klare seg|klart seg|kommet over|komme over|kome over|glemme|gløyme|"
        r"bedre|betre|lettere)",
    ),
)

# Low mood told in ways ``care_words`` misses.
LOW_MOOD = Family(
    "low_mood",
    (
        rf"(?:can{APO}t|cannot|can not|don{APO}t|do not) (?:picture|imagine|see) (?:\w+ )?(?:a|any|"
        r"my) future\b",
        r"(?:det|alt|livet) (?:blir|vert|kommer|kjem) aldri (?:til å )?(?:bli |verte )?(?:noe |"
        r"noko )?(?:bedre|betre)\b(?! (?:enn|med|på|av)\b)|(?:it|things|life) (?:will|is going to)"
        r" never get better",
        r"(?:ligger|ligg|låg|lå|blir liggende|blir liggjande) (?:bare |berre )?"
        r"(?:i sengen|i senga|til sengs) (?:\w+ )?(?:hele dagen|heile dagen|hele dager|"
        r"heile dagar|dagevis|hele tiden|heile tida)"
        r"|(?:stay|staying|lie|lying|lay) in bed (?:all day|for days|all the time)",
        rf"(?:sluttet|slutta|slutter|sluttar) å (?:svare|ta) (?:på )?(?:telefonen|telefon|meldinger"
        rf"|meldingar)(?: \w+){{0,4}}? (?:går|gå|kommer|kjem) {IKKE} ut|(?:stopped|stop) "
        r"(?:answering|picking up) (?:the phone|my phone|calls)(?: \w+){0,4}? (?:don't|do not|"
        r"never) (?:go|leave)",
        rf"{JEG} (?:går|gjeng|gikk) {IKKE} ut (?:av (?:huset|leiligheten|leilegheita|døra) )?"
        rf"(?:{LENGER}|mer)\b|(?:i )?(?:don{APO}t|do not|never) (?:go out|leave the (?:house|flat|"
        r"apartment)) (?:anymore|any more)\b",
        rf"{I_AM_NB} (?:\w+ )?(?:et null|ein null|en null|ingenting verdt|ikke noe verdt|ikkje noko"
        rf" verd)\b|{I_AM} (?:a nobody|a nothing|nothing|worth nothing|a waste of space)\b"
        r"(?! (?:like|but|compared|if|special|new|more)\b)",
        r"(?:a|like a) (?:weight|burden|millstone) (?:around|round|on) (?:everyone|everybody|"
        r"their|my family)\w*(?:'s|’s)? necks?|(?:en|ei|ein) (?:byrde|bør|belastning) for (?:alle"
        r"|familien|familia|de rundt meg|dei rundt meg)",
        r"(?:tired|sick) of being me\b|(?:lei|trøtt|trøytt|drittlei) av å (?:være|vere) meg\b",
        rf"(?:kjenner|kjenn|føler) {IKKE} {'(?:noe|noko|ingenting)'} (?:{LENGER})\b|(?:kjenner|"
        rf"føler|kjenn) ingenting (?:{LENGER})\b|(?:i )?(?:feel|felt) nothing (?:anymore|any more"
        r"|at all)\b",
    ),
    negatable=True,
)

RISK_FAMILIES = (WARNING_SIGNS, LOW_MOOD)
