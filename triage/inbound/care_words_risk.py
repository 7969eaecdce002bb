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
    r"|the summer|the end of the year|året er omme|januar|februar|mars|april|mai|juni|juli|august"
    r"|september|oktober|november|desember|january|february|march|june|july|october|december)"
)
_MEDICINE = (
    r"(?:paracet\w*|paracetamol|ibux|ibuprofen|insulin|pills|tablets|piller|tabletter|tablettar"
    r"|sovemedisin\w*|medisin\w*|medication|dose\w*)"
)
_IT_TAKES = (
    r"(?:som skal til|som trengs|som trengst|it takes|it would take|would be enough|is enough"
    r"|er nok|som er nok)"
)
_MY_THINGS = (
    r"(?:my things|my stuff|my belongings|my papers|my paperwork|my affairs|tingene mine|tinga mine"
    r"|sakene mine|papirene mine|papira mine|eiendelene mine|eigedelane mine)"
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
        # How much of a medicine it takes: reading up on a dose.
        rf"(?:hvor mye|kor mykje|kor mye|how much|how many) (?:\w+ ){{0,3}}?{_IT_TAKES}\b"
        rf"(?=(?:\W+\w+){{0,12}}?\W+{_MEDICINE})|{_MEDICINE}(?:\W+\w+){{0,6}}?\W+(?:hvor mye|"
        rf"kor mykje|how much|how many) (?:\w+ ){{0,3}}?{_IT_TAKES}\b",
        # Sorry to have woken up at all (not late).
        r"(?:disappointed|sorry|sad|upset|skuffet|skuffa|lei meg|trist) (?:nesten |litt |almost "
        r"|a bit |so )?(?:that |over at |for at |at )?(?:i|jeg|eg) (?:woke|woken|wake|waking|"
        r"våknet|vakna|våkner|vaknar)\b(?! (?:up )?(?:late|too late|so late|for sent|seint|sent)"
        r"\b)",
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
        # Not sure of being here at all: "if I'm even here in August", "om eg i det heile er
        # her", "I don't see myself still being here by summer", "om jeg fortsatt er i live".
        rf"if i{APO}m even (?:still )?(?:here|around|alive)\b|(?:om|hvis|viss|dersom) {JEG} "
        r"(?:i det hele tatt|i det heile(?: teke)?|overhodet|eingong|engang) (?:er|blir|lever|"
        r"finst|fins) (?:her|i live|til)\b|(?:fortsatt|framleis|fremdeles|enda|ennå|still) "
        r"(?:er |lever |be |am )?(?:i live|alive) (?:til|i|på|ved|by|in|at|for|next) ",
        rf"(?:don{APO}t|do not|can{APO}t|cannot) (?:really )?see myself (?:still )?(?:being )?"
        rf"(?:here|around|alive) (?:by|in|at|for|until|till|next) {_TIME_AHEAD}",
        # No plans past a date.
        r"no plans? (?:past|beyond) (?:that|this|the|then|\d)|(?:ikke|ikkje) (?:lagt|lagd|lage|"
        r"legge|legg|har) (?:noen |nokon |nokre )?(?:planer|planar|plan) (?:lenger|lengre|utover|"
        r"forbi|etter) (?:enn )?(?:til )?(?:den|denne|dei|det|\d)",
        # Tidying up for those who come after: a will, papers for whoever has to sort them.
        r"testament(?!e\b)\w*|(?:written|wrote|made|make|updated|signed|sorted|finished) "
        r"(?:out )?(?:my|a) will\b(?! (?:to|be|have|not|probably|also|get)\b)",
        rf"(?:for|to) (?:whoever|whomever|the person who|those who) (?:\w+ ){{0,3}}?(?:pick up|"
        rf"sort out|deal with|go through|clear out|find) {_MY_THINGS}|(?:den|de|dei|han|hun|ho) "
        rf"som (?:må|skal|får) (?:rydde|ordne|gå gjennom|ta seg av) (?:opp )?(?:i )?{_MY_THINGS}",
        # The last time we hear from them.
        r"(?:dette|det) (?:blir|er|vert) (?:nok |vel |truleg |trolig |kanskje )?det siste "
        r"(?:jeg|eg) (?:spør|skriv|skriver|sender|ber)\b(?! (?:før|til|i dag|denne uka|denne veka|"
        r"for nå|for no)\b)|(?:the|my) last (?:thing|time|question|mail|"
        rf"email|message) (?:i{APO}ll|i will|i{APO}m going to|i am going to) (?:ever )?(?:ask|"
        r"write|send|bother)\b(?:you )?(?! (?:before|until|till|for now|this week|today|for a "
        r"while)\b)",
        rf"(?:om|hvis|viss|dersom) (?:dere|dykk|du) {IKKE} (?:hører|høyrer|høre|høyre) (?:noe |"
        rf"noko )?(?:mer|meir|igjen|att) (?:fra|frå) meg|(?:if you don{APO}t|if you do not|you "
        rf"won{APO}t|you will not|you may not) (?:ever )?hear from me (?:again|anymore|any more)",
        # How and when: a method and a day decided.
        rf"(?:korleis|hvordan|how) (?:og (?:når|kva dag|hvilken dag) |and when )?(?:eg|jeg|i) "
        rf"(?:skal|vil|will|{APO}ll|am going to|{APO}m going to) (?:gjere|gjøre|do) (?:det|it|"
        r"slutt på det)\b,? (?:og|and) (?:kva|hvilken|which|what|når|when) ?(?:dag|day|date)?"
        r"|(?:korleis|hvordan|how) og (?:når|kva dag|hvilken dag) (?:eg|jeg) skal (?:gjere|gjøre) "
        r"slutt",
        # Not waking up as a wish, not as oversleeping ("om eg ikkje vaknar i tide").
        rf"(?:(?:om|hvis|viss|dersom) {JEG} {IKKE} (?:våknet|vakna|våkner|vaknar|våkna)\b|if i "
        rf"(?:didn{APO}t|did not|never|don{APO}t|do not) wake(?: up)?\b)(?! (?:up |opp )?(?:i tide"
        r"|i tid|tidsnok|tidleg|tidlig|før|til|in time|on time|early|before|until|till|to|when"
        r"|for)\b)",
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
        rf"(?:can{APO}t|cannot|don{APO}t|do not) see (?:this|it|things|anything) (?:ever )?"
        rf"(?:getting|get|going to get) (?:any )?better\b(?!,? (?:unless|until|without|if|before)"
        rf"\b)|(?:ser|ser eg|ser jeg) {IKKE} at (?:det"
        r"|dette|noe"
        r"|noko) (?:nokon gong |noen gang )?(?:blir|vert|kommer til å bli) (?:noe |noko )?"
        r"(?:bedre|betre)\b(?!,? (?:av|med|om|ved|enn|uten|utan|før|med mindre)\b)",
        r"(?:losing|lost) myself\b(?! in (?:my |the |a |music|books|work|\w+ing)\b)|recogni[sz]e "
        r"(?:me|myself) in the mirror|(?:kjenner|kjenn) (?:meg )?(?:ikke|ikkje) (?:igjen|att) i "
        r"speilet|(?:mister|mistar|miste|mistet|mista) meg (?:selv|sjølv)\b",
        rf"(?:knapt|nesten {IKKE}|{IKKE}|barely|hardly|not) (?:\w+ )?(?:sovet|sove|sova|sovi|"
        rf"slept) (?:\w+ )?(?:siden|sidan|since) (?:jul|jula|julen|påske|påska|påsken|sommeren|"
        rf"sommaren|hausten|høsten|nyttår|christmas|easter|the summer|the autumn|new year|"
        r"januar|februar|mars|april|mai|juni|juli|august|september|oktober|november|desember|"
        r"january|february|march|june|july|october|december)\b",
        rf"(?:kjenner|kjenn|føler) {IKKE} {'(?:noe|noko|ingenting)'} (?:{LENGER})\b|(?:kjenner|"
        rf"føler|kjenn) ingenting (?:{LENGER})\b|(?:i )?(?:feel|felt) nothing (?:anymore|any more"
        r"|at all)\b",
    ),
    negatable=True,
)

RISK_FAMILIES = (WARNING_SIGNS, LOW_MOOD)
